"""Typing across the objectives table at human speed, with autosave running, keeps every key.

The bug this guards against: autosave committed the open cell by closing its editor 0.3–1 s
after Tab, so the next key opened a new editor that replaced the cell ("31/07/2026" was saved
as "026", "Me and Sam" as "am"). These tests use the real window, its real autosave timers and
real key events spaced like a person's typing.
"""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from pdr_desktop.review.completeness import Status
from pdr_desktop.ui import autosave

# Gaps between keys, in ms: a person's rhythm, straddling the autosave's 300 ms and 800 ms timers.
RHYTHM = (50, 140, 250, 90, 200, 60, 170, 250, 110, 230)


def _type(qtbot, text: str, gaps) -> None:
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(widget, char)
        qtbot.wait(next(gaps))


def _tab(qtbot, gaps) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(next(gaps))


def _start_typing(qtbot, view, text: str):
    """The first key opens the cell's editor (as in a spreadsheet); the rest go to that editor."""
    qtbot.keyClicks(view, text[0])
    editor = QApplication.focusWidget()
    assert editor is not view and view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClicks(editor, text[1:])
    return editor


def _open_objectives(window):
    window.new_draft()
    window.show_section("objectives")
    table = window.wizard.page("objectives").editors["objectives.items"]
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 0))
    return table


def _saved_rows(window) -> list[dict]:
    return json.loads(window.draft_path.read_text(encoding="utf-8"))["answers"]["objectives.items"]


def test_typing_at_human_speed_across_every_cell_keeps_every_key(window, qtbot):
    _open_objectives(window)
    gaps = itertools.cycle(RHYTHM)
    rows = [
        ("Lead a family group conference", "Shadow Sam\nthen co-chair one", "31/07/2026", "Me and Sam"),
        ("Finish the DSL course", "Book it in May", "Ongoing", "Me"),
    ]
    for row in rows:
        for text in row:
            _type(qtbot, text, gaps)
            _tab(qtbot, gaps)  # from By whom straight to the next row's first cell: Status is skipped
    qtbot.wait(autosave.SAVE_DELAY_MS + 400)  # let the pending save happen
    expected = [
        ("Lead a family group conference", "Shadow Sam\nthen co-chair one", "2026-07-31", "Me and Sam"),
        ("Finish the DSL course", "Book it in May", "Ongoing", "Me"),
    ]
    columns = ["objective", "next_steps", "by_when", "by_whom"]
    for rows_seen in (window.draft.answers["objectives.items"], _saved_rows(window)):
        got = [tuple(r[c] for c in columns) for r in rows_seen[:2]]
        assert got == expected
    assert not window.isWindowModified()  # and it really reached the file


def test_an_open_cell_stays_open_through_autosave_and_refreshes(window, qtbot):
    table = _open_objectives(window)
    view = table.view
    view.setCurrentIndex(table.model.index(0, 2))
    editor = _start_typing(qtbot, view, "31/0")
    qtbot.wait(autosave.SAVE_DELAY_MS + 300)  # the recovery copy and the save both commit the cell
    assert window.draft.answers["objectives.items"][0]["by_when"] == "31/0"  # committed…
    assert QApplication.focusWidget() is editor  # …without closing the editor
    window.refresh_from_draft()  # what a round change or an accepted copy does
    window.wizard.page("objectives").refresh_from_draft()
    window.wizard.refresh_statuses()
    assert QApplication.focusWidget() is editor
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 2
    assert editor.cursorPosition() == 4  # the caret did not jump
    qtbot.keyClicks(editor, "7/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert window.draft.answers["objectives.items"][0]["by_when"] == "2026-07-31"


def test_a_cell_typed_through_several_autosaves_undoes_in_one_step(window, qtbot):
    table = _open_objectives(window)
    view = table.view
    view.setCurrentIndex(table.model.index(0, 3))
    gaps = itertools.cycle((350,))  # every key outlasts the recovery timer: a commit per key
    _type(qtbot, "Me", gaps)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.draft.answers["objectives.items"][0]["by_whom"] == "Me"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # close the editor Tab opened on the next cell
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.answers["objectives.items"][0]["by_whom"] == ""


def test_another_cell_changed_elsewhere_is_shown_while_typing(window, qtbot):
    """A refresh with new words in another cell updates that cell in place, the editor stays."""
    table = _open_objectives(window)
    view = table.view
    view.setCurrentIndex(table.model.index(0, 3))
    editor = _start_typing(qtbot, view, "Me a")
    rows = window.draft.get(window.form.field("objectives.items"))
    rows[1]["objective"] = "Written on another page"
    window.draft.set(window.form.field("objectives.items"), rows)
    window.wizard.page("objectives").refresh_from_draft()
    assert table.model.index(1, 0).data() == "Written on another page"
    assert QApplication.focusWidget() is editor
    qtbot.keyClicks(editor, "nd Sam")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    saved = window.draft.answers["objectives.items"]
    assert saved[0]["by_whom"] == "Me and Sam"
    assert saved[1]["objective"] == "Written on another page"


@pytest.mark.parametrize(("typed", "flagged"), [("26", True), ("31/07", True), ("Ongoing", False)])
def test_by_when_is_checked_and_the_section_is_not_completed_while_it_is_wrong(window, qtbot, typed, flagged):
    table = _open_objectives(window)
    view = table.view
    for col, text in enumerate(("Lead a group", "Book it", typed, "Me")):
        view.setCurrentIndex(table.model.index(0, col))
        view.setFocus()
        _start_typing(qtbot, view, text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        view.setFocus()
    assert table.warning.isVisibleTo(table) is flagged
    assert table.model.is_broken_date(0, 2) is flagged
    status = window.wizard.section_list.status("objectives")
    assert status == (Status.IN_PROGRESS.value if flagged else Status.COMPLETED.value)
    if flagged:
        assert f"“{typed}” is not a date we recognise" in table.warning.text()
        assert "Objective 1, By When" in table.warning.text()
        assert "not a date" in table.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
        view.setCurrentIndex(table.model.index(0, 2))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "31/07/2026")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert not table.warning.isVisibleTo(table)
        assert window.wizard.section_list.status("objectives") == Status.COMPLETED.value


def test_the_warning_follows_the_typing_before_the_cell_is_left(window, qtbot):
    table = _open_objectives(window)
    table.view.setCurrentIndex(table.model.index(0, 2))
    editor = _start_typing(qtbot, table.view, "26")
    assert table.warning.isVisibleTo(table)
    qtbot.keyClicks(editor, "/07/2026")
    assert not table.warning.isVisibleTo(table)


def test_tab_skips_status_so_words_typed_after_a_row_land_in_the_next_row(window, qtbot):
    """QA under Xvfb: Tab from By whom landed on the read-only Status cell and the next words vanished."""
    table = _open_objectives(window)
    assert table.model.rowCount() >= 2
    gaps = itertools.cycle(RHYTHM)
    for text in ("Lead a group", "Shadow Sam", "Ongoing", "Me", "Second objective"):
        _type(qtbot, text, gaps)
        _tab(qtbot, gaps)
    for _ in range(2):  # to this row's first cell, then back over Status to the row before
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert table.view.currentIndex() == table.model.index(0, len(table.field.columns) - 1)
    qtbot.keyClicks(QApplication.focusWidget(), "X")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    rows = table.value()
    assert [rows[0][c] for c in ("objective", "next_steps", "by_when", "by_whom")] == [
        "Lead a group",
        "Shadow Sam",
        "Ongoing",
        "X",
    ]
    assert rows[1]["objective"] == "Second objective"


def test_tab_out_of_the_last_cell_leaves_the_table_instead_of_replacing_it(window, qtbot):
    table = _open_objectives(window)
    last = table.model.rowCount() - 1
    table.view.setCurrentIndex(table.model.index(last, len(table.field.columns) - 1))
    editor = _start_typing(qtbot, table.view, "Me")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not table.view.hasFocus() and table.view.open_editor() is None
    qtbot.keyClicks(QApplication.focusWidget(), "and Sam")
    assert table.value()[last][table.field.columns[-1].id] == "Me"


def test_typing_into_status_says_where_status_is_set(window, qtbot):
    table = _open_objectives(window)
    status = table.model.index(0, len(table.field.columns))
    rect = table.view.visualRect(status)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.view.currentIndex() == status
    before = table.value()
    qtbot.keyClicks(table.view, "On track")
    message = window.statusBar().currentMessage()
    assert "Status cannot be typed in" in message and "Progress review" in message
    assert table.value() == before  # nothing pretended to be kept


def test_escape_closes_a_cell_keeping_the_words_typed_in_it(window, qtbot):
    """Escape straight after typing, before autosave commits the cell: Qt's revert showed the cell
    as it was while the draft and the saved file had the new words (later edits then dropped them)."""
    table = _open_objectives(window)
    view = table.view
    typed = {"next_steps": "Shadow Sam\nthen co-chair", "by_whom": "Me and Sam"}  # long text, one line
    for column_id, text in typed.items():
        column = next(i for i, c in enumerate(table.field.columns) if c.id == column_id)
        view.setFocus()
        view.setCurrentIndex(table.model.index(0, column))
        first, _, second = text.partition("\n")
        editor = _start_typing(qtbot, view, first)
        if second:
            qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, as in the page's long-text boxes
            qtbot.keyClicks(editor, second)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert view.open_editor() is None and QApplication.focusWidget() is view
        assert table.model.index(0, column).data(Qt.ItemDataRole.EditRole) == text  # shown…
        assert window.draft.answers["objectives.items"][0][column_id] == text  # …held…
    qtbot.wait(autosave.SAVE_DELAY_MS + 400)
    saved = _saved_rows(window)[0]
    assert {column_id: saved[column_id] for column_id in typed} == typed  # …and saved
