"""A whole conversation filled in by keyboard, in both roles; closed, reopened: every word intact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from pdr_desktop.drafts.codec import draft_to_json
from pdr_desktop.drafts.store import read_draft
from pdr_desktop.forms.model import FieldType, Role


def text_for(fid: str) -> str:
    return f"Answer for {fid} – Zoë"  # non-ASCII on purpose


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def fill_field(window, qtbot, typer, fld) -> None:
    assert window.focus_field(fld.id), fld.id
    if fld.type in (FieldType.TEXT, FieldType.LONGTEXT):
        typer(text_for(fld.id))
    elif fld.type is FieldType.DATE:
        typer("12/11/2026")
    elif fld.type is FieldType.YESNO:
        assert isinstance(QApplication.focusWidget(), QRadioButton), fld.id
        press(qtbot, Qt.Key.Key_Space)  # "Yes"
        if fld.allow_comment:
            for _ in range(6):  # Tab on to the comment box
                press(qtbot, Qt.Key.Key_Tab)
                if isinstance(QApplication.focusWidget(), QLineEdit):
                    break
            typer(f"Comment {fld.id}")
    elif fld.type is FieldType.SIGNATURE:
        typer(f"Signer {fld.owner.value} Ó")
        press(qtbot, Qt.Key.Key_Tab)
        typer("20/11/2026")
    elif fld.type is FieldType.ROWS:
        fill_rows(window, qtbot, typer, fld)


def fill_rows(window, qtbot, typer, fld) -> None:
    for number in (1, 2):
        for column in fld.columns:
            assert window.focus_field(f"{fld.id}#{number}.{column.id}")
            press(qtbot, Qt.Key.Key_F2)  # edit the cell
            typer("Ongoing" if column.type is FieldType.DATE_OR_TEXT else f"Row {number} {column.label}")
            press(qtbot, Qt.Key.Key_Tab)  # leaves the cell; the delegate commits it


def test_fill_everything_by_keyboard_then_reopen(window, qtbot, typer, form, registry):
    window.new_draft()
    path = window.draft_path
    for role in (Role.PRACTITIONER, Role.MANAGER):
        window.menus.role_actions[role].trigger()
        for section in form.sections:
            window.wizard.section_list.setFocus()
            window.show_section(section.id)
            for fld in section.fields:
                if fld.owner is role:
                    fill_field(window, qtbot, typer, fld)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    draft = window.draft
    for fld in form.fields.values():
        value = draft.get(fld)
        if fld.type in (FieldType.TEXT, FieldType.LONGTEXT):
            assert value == text_for(fld.id), fld.id
        elif fld.type is FieldType.DATE:
            assert value == "2026-11-12", (fld.id, value)
        elif fld.type is FieldType.YESNO:
            assert value["answer"] == "yes", fld.id
            if fld.allow_comment:
                assert value["comment"] == f"Comment {fld.id}"
        elif fld.type is FieldType.SIGNATURE:
            assert value["name"] == f"Signer {fld.owner.value} Ó" and value["date"] == "2026-11-20", value
        elif fld.type is FieldType.ROWS:
            used = [r for r in value if any(str(r.get(c.id, "")).strip() for c in fld.columns)]
            assert len(used) == 2
            assert used[1]["objective"] == "Row 2 Objective" or used[1][fld.columns[0].id].startswith("Row 2")
            assert used[0][next(c.id for c in fld.columns if c.type is FieldType.DATE_OR_TEXT)] == "Ongoing"

    # Close (Ctrl+W) and reopen from the start page (Enter): the file and the window agree.
    expected = draft_to_json(draft)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.draft is None
    on_disk = draft_to_json(read_draft(path, registry))
    recent = window.start_page.recent
    assert recent.item(0).data(Qt.ItemDataRole.UserRole) == str(path)
    recent.setFocus()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    reopened = draft_to_json(window.draft)
    for data in (expected, on_disk, reopened):
        data.pop("updated")
    assert on_disk == expected
    assert reopened == expected
    assert (
        "100% done" in window.start_page.describe(window.start_page.summaries[0], window.today)
        or window.start_page.summaries[0].answered > 0
    )
