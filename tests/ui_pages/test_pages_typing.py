"""Every page, built from the real form: what a person types lands in the draft, and edited says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldType, Role

from .conftest import SECTION_IDS


def _type_into(qtbot, page, fld):
    # QTest.keyClicks only knows ASCII keys; non-ASCII text is covered by the set_draft tests.
    """Type into a field the way a person would; returns what the draft should then hold."""
    editor = page.editors[fld.id]
    if fld.type is FieldType.TEXT:
        qtbot.keyClicks(editor.line, "Zoe O Dalaigh")
        return "Zoe O Dalaigh"
    if fld.type is FieldType.LONGTEXT:
        qtbot.keyClicks(editor.edit, "Worked with 7 families")
        return "Worked with 7 families"
    if fld.type is FieldType.DATE:
        qtbot.keyClicks(editor.line, "15/07/2026")
        return "2026-07-15"
    if fld.type is FieldType.YESNO:
        qtbot.mouseClick(editor.no, Qt.MouseButton.LeftButton)
        if editor.comment is not None:
            qtbot.keyClicks(editor.comment, "Needs evidence")
            return {"answer": "no", "comment": "Needs evidence"}
        return {"answer": "no", "comment": ""}
    if fld.type is FieldType.SIGNATURE:
        qtbot.keyClicks(editor.name, "Lukasz Nowak")
        return {"name": "Lukasz Nowak", "date": ""}
    raise AssertionError(f"no typing recipe for {fld.type}")


@pytest.mark.parametrize("section_id", [s for s in SECTION_IDS if s != "objectives"])
@pytest.mark.parametrize("role", list(Role))
def test_typing_into_each_field_updates_the_draft_and_emits_edited(make_page, form, qtbot, section_id, role):
    draft = Draft.new(form)
    page = make_page(section_id, draft, role)
    owned = [f for f in form.section(section_id).fields if f.owner is role]
    for fld in owned:
        seen: list[str] = []
        page.edited.connect(seen.append)
        before = draft.updated
        draft.updated = "1999-01-01T00:00:00Z"
        expected = _type_into(qtbot, page, fld)
        page.edited.disconnect(seen.append)
        assert draft.answers[fld.id] == expected, fld.id
        assert fld.id in seen, fld.id
        assert draft.updated != "1999-01-01T00:00:00Z" and before
    # every section has fields for one role or the other; make sure the loop was not empty for both
    if not owned:
        assert all(f.owner is role.other for f in form.section(section_id).fields)


def test_edited_is_emitted_after_the_draft_holds_the_new_value(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("details", draft)
    values: list[str] = []
    page.edited.connect(lambda fid: values.append(draft.text(fid)))
    qtbot.keyClicks(page.editors["details.name"].line, "Sam")
    assert values == ["S", "Sa", "Sam"]


def test_a_date_that_is_not_a_date_is_kept_as_typed_and_flagged(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("details", draft)
    editor = page.editors["details.date_updated"]
    qtbot.keyClicks(editor.line, "next Tuesday")
    assert draft.answers["details.date_updated"] == "next Tuesday"
    assert editor.input.hint.isVisible()
    editor.line.clear()
    qtbot.keyClicks(editor.line, "2026-03-01")
    assert draft.answers["details.date_updated"] == "2026-03-01"
    assert not editor.input.hint.isVisible()


def test_picking_a_date_from_the_calendar_writes_iso(make_page, form, qtbot):
    from PySide6.QtCore import QDate

    draft = Draft.new(form)
    page = make_page("details", draft)
    editor = page.editors["details.date_updated"]
    with qtbot.waitSignal(page.edited):
        editor.input.calendar.clicked.emit(QDate(2026, 9, 30))
    assert draft.answers["details.date_updated"] == "2026-09-30"
    assert editor.line.text() == "30/09/2026"


def test_yes_no_can_be_cleared(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("wellbeing", draft)
    editor = page.editors["wellbeing.action_plan"]
    qtbot.mouseClick(editor.yes, Qt.MouseButton.LeftButton)
    assert draft.answers["wellbeing.action_plan"]["answer"] == "yes"
    assert editor.clear_button.isVisible()
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert draft.answers["wellbeing.action_plan"]["answer"] == ""
    assert not editor.yes.isChecked() and not editor.no.isChecked()


def test_choosing_yes_adds_no_tab_stop_and_delete_clears(make_page, form, qtbot):
    from PySide6.QtWidgets import QApplication

    draft = Draft.new(form)
    page = make_page("standards", draft, "manager")
    editor = page.editors["standards.s1.manager"]
    editor.yes.setFocus()
    qtbot.keyClick(editor.yes, Qt.Key.Key_Space)
    assert draft.answers["standards.s1.manager"]["answer"] == "yes"
    assert editor.clear_button.isVisible()
    qtbot.keyClick(editor.yes, Qt.Key.Key_Tab)  # from the answer straight to its comment
    assert QApplication.focusWidget() is editor.comment
    qtbot.keyClick(editor.comment, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.yes
    qtbot.keyClick(editor.yes, Qt.Key.Key_Delete)
    assert draft.answers["standards.s1.manager"]["answer"] == ""
    assert not editor.clear_button.isVisible()
