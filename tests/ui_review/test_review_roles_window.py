"""Both roles in the real window: each side types, pastes and undoes only in its own fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pdr_desktop.clock import FixedClock
from pdr_desktop.forms.model import FieldType, Role
from pdr_desktop.settings import Settings

main_window = pytest.importorskip("pdr_desktop.ui.main_window")
TEXT_TYPES = (FieldType.TEXT, FieldType.LONGTEXT)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_edits_its_own_text_fields_and_none_of_the_others(qtbot, tmp_path, form, role):
    window = main_window.MainWindow(
        settings=Settings(role=role.value, drafts_dir=str(tmp_path / "d")),
        clock=FixedClock(date(2025, 10, 6)),
    )
    qtbot.addWidget(window)
    window.show()
    window.new_draft()
    window.set_role(role)
    clipboard = QApplication.clipboard()
    own = other = 0
    for fld in form.fields.values():
        if fld.type not in TEXT_TYPES:
            continue
        assert window.focus_field(fld.id), fld.id
        widget = window.focusWidget()
        before = window.draft.text(fld.id)
        qtbot.keyClicks(widget, "typed")
        clipboard.setText(" pasted")
        qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        after_paste = window.draft.text(fld.id)
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if fld.owner is role:
            own += 1
            assert after_paste.endswith("typed pasted"), fld.id
            assert window.draft.text(fld.id) != after_paste, f"undo did nothing in {fld.id}"
        else:
            other += 1
            assert after_paste == before, f"{fld.id} changed in {role.value} mode"
            assert window.draft.text(fld.id) == before
    assert own and other
