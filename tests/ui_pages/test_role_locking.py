"""The other role's answers: visible, selectable, copyable; never changeable by any route.

For both roles and every page, each of the other role's inputs is tried with typing,
Ctrl+V, a drop of dragged text and Ctrl+Z (after its owner typed, so there is an undo
history to abuse); the draft and the widget must not change. Ctrl+A, Ctrl+C must copy.
"""

from __future__ import annotations

import copy
import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QRadioButton

from pdr_desktop.forms.model import FieldType, Role

from .conftest import SECTION_IDS, clipboard_text, text_of

CTRL = Qt.KeyboardModifier.ControlModifier


def _drop_text(widget, text: str) -> None:
    """Drag text over the widget and drop it, as a person dragging from another window would."""
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    mime = QMimeData()
    mime.setText(text)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        # PySide6 marks QDragEnterEvent's only public constructor deprecated; nothing replaces it yet.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)


def _owned_text_inputs(page, fld):
    return [w for w in page.editors[fld.id].inputs() if isinstance(w, (QLineEdit, QPlainTextEdit))]


def _pages_with_other_role_fields(form, viewer: Role):
    return [s for s in SECTION_IDS if any(f.owner is viewer.other for f in form.section(s).fields)]


@pytest.mark.parametrize("viewer", list(Role))
@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_other_roles_text_rejects_typing_paste_drop_and_undo(
    make_page, form, sample_draft, qtbot, viewer, section_id
):
    theirs = [
        f
        for f in form.section(section_id).fields
        if (f.owner is viewer.other and f.type in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.DATE))
        or (f.owner is viewer.other and f.type is FieldType.SIGNATURE)
        or (f.owner is viewer.other and f.type is FieldType.YESNO and f.allow_comment)
    ]
    if not theirs:
        pytest.skip(f"{section_id} has no {viewer.other.value} text fields")
    # The owner types first, so each box has an undo history a locked Ctrl+Z could abuse.
    page = make_page(section_id, sample_draft, viewer.other)
    for fld in theirs:
        for widget in _owned_text_inputs(page, fld):
            widget.setFocus()
            qtbot.keyClicks(widget, " owner")
    page.set_role(viewer)
    snapshot = copy.deepcopy(sample_draft.answers)
    emitted: list[str] = []
    page.edited.connect(emitted.append)
    tried = 0
    for fld in theirs:
        assert page.editors[fld.id].locked, fld.id
        for widget in _owned_text_inputs(page, fld):
            before = text_of(widget)
            assert widget.isReadOnly(), widget.accessibleName()
            assert not widget.acceptDrops(), widget.accessibleName()
            widget.setFocus()
            qtbot.keyClicks(widget, "typed")
            QApplication.clipboard().setText("pasted")
            qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)
            _drop_text(widget, "dropped")
            qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
            qtbot.keyClick(widget, Qt.Key.Key_Y, CTRL)
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
            qtbot.keyClick(widget, Qt.Key.Key_X, CTRL)
            for slot in ("paste", "cut", "undo", "redo"):  # what an Edit menu calls on the focused widget
                getattr(widget, slot)()
            assert text_of(widget) == before, widget.accessibleName()
            # ...but reading and copying still work
            qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
            qtbot.keyClick(widget, Qt.Key.Key_C, CTRL)
            assert clipboard_text() == before and before, widget.accessibleName()
            tried += 1
    assert tried
    assert sample_draft.answers == snapshot
    assert emitted == []


@pytest.mark.parametrize("viewer", list(Role))
def test_other_roles_yes_no_cannot_be_changed_but_is_readable(make_page, form, sample_draft, qtbot, viewer):
    yes_no = [f for f in form.fields.values() if f.type is FieldType.YESNO and f.owner is viewer.other]
    if not yes_no:
        pytest.skip("no yes/no of the other role")
    for fld in yes_no:
        page = make_page(fld.section_id, sample_draft, viewer)
        editor = page.editors[fld.id]
        before = sample_draft.get(fld)
        assert before["answer"] in ("yes", "no")
        other: QRadioButton = editor.no if before["answer"] == "yes" else editor.yes
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
        other.setFocus()
        qtbot.keyClick(other, Qt.Key.Key_Space)
        qtbot.keyClick(editor.yes, Qt.Key.Key_Down)
        assert sample_draft.get(fld) == before
        assert editor.value()["answer"] == before["answer"]
        assert not editor.clear_button.isVisible()
        assert editor.yes.isEnabled() and editor.yes.isChecked() == (before["answer"] == "yes")
        # Qt gives an exclusive radio group one Tab stop (the checked or focused button): still reachable.
        assert (editor.yes.focusPolicy() | editor.no.focusPolicy()) & Qt.FocusPolicy.TabFocus


def test_unlocking_gives_the_owner_their_field_back(make_page, form, sample_draft, qtbot):
    page = make_page("standards", sample_draft, Role.MANAGER)
    editor = page.editors["standards.s2.self"]
    before = sample_draft.answers["standards.s2.self"]
    assert editor.edit.isReadOnly()
    page.set_role(Role.PRACTITIONER)
    assert not editor.edit.isReadOnly() and editor.edit.acceptDrops()
    qtbot.keyClicks(editor.edit, "!")
    assert sample_draft.answers["standards.s2.self"] == "!" + before
    qtbot.mouseClick(page.editors["standards.s2.manager"].no, Qt.MouseButton.LeftButton)
    assert sample_draft.answers["standards.s2.manager"]["answer"] == "yes"  # now the manager's is locked


def test_owner_tags_name_the_other_roles_part(make_page, form, sample_draft):
    page = make_page("standards", sample_draft, Role.PRACTITIONER)
    assert page._tags["standards.s1.manager"].isVisible()
    assert page._tags["standards.s1.manager"].text() == "Manager's part"
    assert not page._tags["standards.s1.self"].isVisible()
    page.set_role(Role.MANAGER)
    assert page._tags["standards.s1.self"].text() == "Practitioner's part"
    assert page._tags["standards.s1.self"].isVisible()


def test_objectives_table_is_locked_for_the_manager(make_page, form, sample_draft, qtbot):
    page = make_page("objectives", sample_draft, Role.PRACTITIONER)
    table = page.editors["objectives.items"]
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)  # the practitioner adds a row: undo history exists
    assert table.model.undo_stack.canUndo()
    page.set_role(Role.MANAGER)
    snapshot = copy.deepcopy(sample_draft.answers)
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClicks(view, "typed")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() != view.State.EditingState
    for key, mods in (
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Z, CTRL),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ):
        qtbot.keyClick(view, key, mods)
    _drop_text(view.viewport(), "dropped")
    assert not table.add_button.isEnabled() and not table.remove_button.isEnabled()
    assert sample_draft.answers == snapshot
    assert table.model.rowCount() == len(sample_draft.answers["objectives.items"])
    view.setCurrentIndex(table.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert clipboard_text() == sample_draft.answers["objectives.items"][1]["objective"]


def test_other_roles_signature_cannot_be_signed(make_page, form, sample_draft, qtbot):
    sample_draft.signatures.pop("manager")  # the sample comes signed by both
    page = make_page("signoff", sample_draft, Role.PRACTITIONER)
    manager = page.editors["signoff.manager"]
    assert not manager.sign_button.isEnabled()
    manager.sign()  # even if called, a locked signature does nothing
    assert "manager" not in sample_draft.signatures or sample_draft.signatures["manager"] == {}


def test_the_drop_used_above_does_insert_into_an_owners_field(make_page, form, qtbot):
    """Control for the drop checks: the same synthetic drop lands in an unlocked box."""
    from pdr_desktop.drafts.model import Draft

    draft = Draft.new(form)
    page = make_page("wider", draft, Role.PRACTITIONER)
    edit = page.editors["wider.self"].edit
    _drop_text(edit, "dropped")
    assert "dropped" in edit.toPlainText()
    assert draft.answers["wider.self"] == edit.toPlainText()
