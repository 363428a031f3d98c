"""The objectives table: add, remove with undo, reorder, By when as a date or words, hidden keys kept."""

from __future__ import annotations

import copy

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _table(make_page, draft):
    page = make_page("objectives", draft, Role.PRACTITIONER)
    return page, page.editors["objectives.items"]


def _rows(draft):
    return draft.answers["objectives.items"]


def open_editor(view):
    children = view.viewport().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    editors = [w for w in children if isinstance(w, (QLineEdit, QPlainTextEdit)) and w.isVisible()]
    assert len(editors) == 1, editors
    assert view.state() == view.State.EditingState
    return editors[0]


def _edit_cell(qtbot, table, row, column, text):
    """Open the cell editor with F2, type, and leave with Tab (as a person would)."""
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = open_editor(view)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    return editor


def test_column_headers_are_the_forms_labels(make_page, form):
    _page, table = _table(make_page, Draft.new(form))
    labels = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert labels[:4] == [c.label for c in form.field("objectives.items").columns]
    assert table.model.rowCount() == form.field("objectives.items").min_rows


def test_typing_in_a_cell_updates_the_draft_row(make_page, form, qtbot):
    draft = Draft.new(form)
    page, table = _table(make_page, draft)
    with qtbot.waitSignal(page.edited, check_params_cb=lambda fid: fid == "objectives.items"):
        _edit_cell(qtbot, table, 0, 0, "Lead a family group conference")
    assert _rows(draft)[0]["objective"] == "Lead a family group conference"
    assert _rows(draft)[0]["achieved"] is False and _rows(draft)[0]["progress"] == {}
    assert len(_rows(draft)) == 5


def test_by_when_takes_a_date_or_words(make_page, form, qtbot):
    draft = Draft.new(form)
    _page, table = _table(make_page, draft)
    _edit_cell(qtbot, table, 0, 2, "15/07/2026")
    assert _rows(draft)[0]["by_when"] == "2026-07-15"
    assert table.model.index(0, 2).data() == "15/07/2026"
    _edit_cell(qtbot, table, 1, 2, "Ongoing")
    assert _rows(draft)[1]["by_when"] == "Ongoing"
    table.view.setCurrentIndex(table.model.index(2, 0))
    table.calendar.clicked.emit(QDate(2026, 3, 31))
    assert _rows(draft)[2]["by_when"] == "2026-03-31"


def test_add_remove_undo_restores_the_row_with_its_text(make_page, form, sample_draft, qtbot):
    _page, table = _table(make_page, sample_draft)
    original = copy.deepcopy(_rows(sample_draft))
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(2, 1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(_rows(sample_draft)) == len(original) - 1
    assert original[2] not in _rows(sample_draft)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _rows(sample_draft) == original  # the row is back, hidden keys (progress, achieved) included
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(_rows(sample_draft)) == len(original) + 1
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(_rows(sample_draft)) == len(original) + 2
    assert table.current_row() == len(original) + 1
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _rows(sample_draft) == original
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert len(_rows(sample_draft)) == len(original) + 1


def test_buttons_do_the_same(make_page, form, sample_draft, qtbot):
    _page, table = _table(make_page, sample_draft)
    original = copy.deepcopy(_rows(sample_draft))
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert _rows(sample_draft) == original[1:]
    assert table.undo_button.isEnabled()
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    assert _rows(sample_draft) == original
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert len(_rows(sample_draft)) == len(original) + 1


def test_move_rows_with_alt_arrows_and_undo(make_page, form, sample_draft, qtbot):
    _page, table = _table(make_page, sample_draft)
    original = copy.deepcopy(_rows(sample_draft))
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert [r["objective"] for r in _rows(sample_draft)[:2]] == [
        original[1]["objective"],
        original[0]["objective"],
    ]
    assert table.current_row() == 1
    assert _rows(sample_draft)[1] == original[0]  # moved whole, hidden keys too
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    assert _rows(sample_draft) == original
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)  # already first: nothing happens
    assert _rows(sample_draft) == original
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _rows(sample_draft) == original


def test_editing_keeps_hidden_keys(make_page, form, sample_draft, qtbot):
    _page, table = _table(make_page, sample_draft)
    before = copy.deepcopy(_rows(sample_draft)[0])
    _edit_cell(qtbot, table, 0, 3, "Me and my manager")
    after = _rows(sample_draft)[0]
    assert after["by_whom"] == "Me and my manager"
    for key in ("achieved", "progress", "carried_from", "objective", "next_steps", "by_when"):
        assert after[key] == before[key]


def test_status_column_shows_carried_forward_and_achieved(make_page, form, sample_draft):
    rows = sample_draft.answers["objectives.items"]
    for row in rows:
        row["progress"] = {}  # progress scales are covered below
    rows[0]["achieved"] = True
    rows[1]["achieved"] = False
    rows[1]["carried_from"] = "2024 to 2025"
    _page, table = _table(make_page, sample_draft)
    status = len(form.field("objectives.items").columns)
    assert table.model.index(0, status).data() == "Achieved"
    assert table.model.index(1, status).data() == "Carried forward from 2024 to 2025"
    assert not table.model.flags(table.model.index(1, status)) & Qt.ItemFlag.ItemIsEditable


def test_status_column_shows_the_latest_progress_scale(make_page, form, sample_draft):
    from pdr_desktop.review import progress

    for index in range(len(sample_draft.answers["objectives.items"])):
        sample_draft.answers["objectives.items"][index]["achieved"] = False
        sample_draft.answers["objectives.items"][index]["carried_from"] = ""
    sample_draft.answers["objectives.items"][0]["progress"] = {}
    progress.set_progress(form, sample_draft, 0, "six_month", 6)
    _page, table = _table(make_page, sample_draft)
    status = len(form.field("objectives.items").columns)
    label = form.round("six_month").label
    assert table.model.index(0, status).data() == f"6/10 at {label}"
    assert "6/10" in table.model.index(0, status).data(Qt.ItemDataRole.ToolTipRole)


def test_undo_of_a_cell_edit(make_page, form, qtbot):
    draft = Draft.new(form)
    _page, table = _table(make_page, draft)
    _edit_cell(qtbot, table, 0, 3, "Me")
    assert _rows(draft)[0]["by_whom"] == "Me"
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Z, CTRL)
    assert _rows(draft)[0]["by_whom"] == ""


def test_cells_have_accessible_names(make_page, form, qtbot):
    _page, table = _table(make_page, Draft.new(form))
    assert table.model.cell_name(2, 2) == "Objective 3, By When"
    editor = _edit_cell(qtbot, table, 2, 2, "x")
    assert editor.accessibleName() == "Objective 3, By When"
    assert (
        table.model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleTextRole)
        == "Objective 3"
    )


def test_an_open_cell_editor_reaches_the_draft_and_commit_keeps_it_open(make_page, form, qtbot):
    draft = Draft.new(form)
    page, table = _table(make_page, draft)
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = open_editor(view)
    qtbot.keyClicks(editor, "Book the course")
    assert _rows(draft)[0]["next_steps"] == "Book the course"  # the draft has every key at once
    assert table.model.rows[0]["next_steps"] == ""
    page.commit()
    assert table.model.rows[0]["next_steps"] == "Book the course"
    assert open_editor(view) is editor  # committing never closes the editor being typed in


def test_table_is_as_tall_as_its_rows(make_page, form, sample_draft, qtbot):
    _page, table = _table(make_page, sample_draft)
    before = table.view.height()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.view.height() > before)
    assert table.view.verticalScrollBar().maximum() == 0


def test_enter_opens_the_cell_editor(make_page, form, qtbot):
    draft = Draft.new(form)
    _page, table = _table(make_page, draft)
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(1, 3))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = open_editor(view)
    qtbot.keyClicks(editor, "Me")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a one-line cell: Enter commits (Qt queues it)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert _rows(draft)[1]["by_whom"] == "Me"


def test_tab_leaves_the_table_after_the_last_cell(make_page, form, qtbot):
    from PySide6.QtWidgets import QApplication

    _page, table = _table(make_page, Draft.new(form))
    view = table.view
    view.setFocus()
    last = table.model.index(table.model.rowCount() - 1, table.model.columnCount() - 1)
    view.setCurrentIndex(last)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table.add_button


def test_table_keys_win_over_window_shortcuts_on_the_same_keys(qtbot, form, sample_draft):
    """The main window has Edit › Undo on Ctrl+Z; in the table Ctrl+Z must undo the table's change."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from pdr_desktop.ui.pages import create_page

    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    for keys in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Delete, QKeySequence("Insert")):
        action = QAction(window)
        action.setShortcut(keys)
        action.triggered.connect(lambda _=False, k=keys: fired.append(str(k)))
        window.addAction(action)
    page = create_page(form, form.section("objectives"), sample_draft, "practitioner")
    window.setCentralWidget(page)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = page.editors["objectives.items"]
    rows = len(sample_draft.answers["objectives.items"])
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus)
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    assert len(_rows(sample_draft)) == rows + 1
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert len(_rows(sample_draft)) == rows
    qtbot.keyClick(table.view, Qt.Key.Key_Z, CTRL)
    assert len(_rows(sample_draft)) == rows + 1
    assert fired == []
