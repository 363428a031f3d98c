"""The real team view (pytest-qt) on a folder of real files: rows, filters, refresh, opening, tabs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pdr_desktop import paths
from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.settings import load_settings
from pdr_desktop.team.status import STAGE_COLOURS, Stage
from pdr_desktop.ui.review.team_model import SCORES_ROLE, Column
from pdr_desktop.ui.review.team_view import TeamView

BARTOSZ_FILE = "Bartosz Zieliński – Performance conversation.pdr"


@pytest.fixture
def opened():
    return []


@pytest.fixture
def make_view(qtbot, registry, clock, opened):
    def make(folders=(), open_path=None) -> TeamView:
        settings = load_settings()
        settings.team_folders = [str(f) for f in folders]
        view = TeamView(registry, clock, open_path or (lambda p: opened.append(Path(p)) or True), settings)
        qtbot.addWidget(view)
        if folders:
            with qtbot.waitSignal(view.refreshed, timeout=20_000):
                view.show()
        else:
            view.show()
        qtbot.waitExposed(view)
        return view

    return make


def rows_by_name(view: TeamView) -> dict[str, int]:
    return {
        view.team_tab.proxy.index(r, Column.NAME).data(): r for r in range(view.team_tab.proxy.rowCount())
    }


def cell(view: TeamView, name: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return view.team_tab.proxy.index(rows_by_name(view)[name], column).data(role)


def test_every_practitioner_gets_a_row_and_every_bad_file_stays_listed(make_view, team_folder):
    view = make_view([team_folder.folder])
    names = rows_by_name(view)
    assert team_folder.names <= set(names)
    assert (
        view.status_label.text() == "12 conversations · 3 overdue · 4 files cannot be read · 1 earlier copy"
    )
    for broken in team_folder.broken:
        stage = cell(view, broken.stem, Column.STAGE)
        assert stage.startswith("Cannot be read: ")
        assert str(broken) in cell(view, broken.stem, Column.STAGE, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "Bartosz Zieliński", Column.SEND_BY) == "12/11/2026 – overdue by 11 days"
    colour = cell(view, "Bartosz Zieliński", Column.SEND_BY, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor)
    assert cell(view, "Aisha Rahman", Column.SEND_BY) == "06/11/2026"  # passed, but her part is all there
    assert cell(view, "Kwame Mensah", Column.MEETING) == "Not booked"
    assert cell(view, "Siobhán Ó Dálaigh", Column.LEFT) == "16 to do"  # the sign-off too, as her form counts
    assert "Manager assessment" in cell(view, "Siobhán Ó Dálaigh", Column.LEFT, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "Priya Natarajan", Column.SIGNATURES) == "Changed since signed"
    assert cell(view, "Chloé Martin", Column.SIGNATURES) == "Both signed"
    assert cell(view, "Siobhán Ó Dálaigh", Column.OBJECTIVES) == "7 · 1 achieved · average 6.1/10"
    assert cell(view, "Niamh Byrne", Column.FILE) == "Niamh Byrne.pdr (+1 earlier)"
    # Nothing the view did changed a file it read.
    assert team_folder.older.stat().st_size > 0


def test_search_round_overdue_and_earlier_copies_filter_the_rows(make_view, team_folder, qtbot):
    view = make_view([team_folder.folder])
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.team_tab.search
    qtbot.keyClicks(view.team_tab.search, "zie")
    assert list(rows_by_name(view)) == ["Bartosz Zieliński"]
    qtbot.keyClick(view.team_tab.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.team_tab.table
    view.team_tab.search.clear()
    view.team_tab.round_combo.setCurrentIndex(view.team_tab.round_combo.findText("Initial Conversation"))
    assert set(rows_by_name(view)) == {"Kwame Mensah", "Grace O'Neill", "Niamh Byrne"}
    view.team_tab.round_combo.setCurrentIndex(0)
    qtbot.mouseClick(view.team_tab.overdue_check, Qt.MouseButton.LeftButton)
    assert set(rows_by_name(view)) == set(team_folder.overdue)
    view.team_tab.overdue_check.setChecked(False)
    view.team_tab.earlier_check.setChecked(True)
    files = [view.team_tab.proxy.index(r, Column.FILE).data() for r in range(view.team_tab.proxy.rowCount())]
    niamh = files.index("Niamh Byrne.pdr (+1 earlier)")
    assert files[niamh + 1] == "Niamh Byrne (sent first).docx (earlier copy)"


def test_sorting_by_send_by_puts_the_earliest_first_and_unreadable_files_last(make_view, team_folder):
    view = make_view([team_folder.folder])
    view.team_tab.table.sortByColumn(Column.SEND_BY, Qt.SortOrder.AscendingOrder)
    first = view.team_tab.proxy.index(0, Column.NAME).data()
    last = view.team_tab.proxy.index(view.team_tab.proxy.rowCount() - 1, Column.STAGE).data()
    assert first == "Chloé Martin"  # send-by 17 October 2026
    assert last.startswith("Cannot be read")


def test_enter_opens_the_form_and_an_unreadable_row_says_why(make_view, team_folder, qtbot, opened):
    view = make_view([team_folder.folder])
    qtbot.keyClicks(view.team_tab.search, "tom h")
    with qtbot.waitSignal(view.opened):
        qtbot.keyClick(view.team_tab.search, Qt.Key.Key_Return)  # typed a name, Enter opens that form
    assert opened == [team_folder.folder / "Tom Hughes – Performance conversation.pdr"]
    opened.clear()
    view.team_tab.search.clear()
    assert view.select_path(team_folder.folder / BARTOSZ_FILE)
    view.team_tab.table.setFocus()
    with qtbot.waitSignal(view.opened):
        qtbot.keyClick(view.team_tab.table, Qt.Key.Key_Return)
    assert opened == [team_folder.folder / BARTOSZ_FILE]
    assert view.select_path(team_folder.broken[0])
    assert not view.open_button.isEnabled()
    qtbot.keyClick(view.team_tab.table, Qt.Key.Key_Return)
    assert opened == [team_folder.folder / BARTOSZ_FILE]
    assert "cannot be read" in view.status_label.text()


def test_a_changed_file_refreshes_its_row(make_view, team_folder, registry, qtbot):
    view = make_view([team_folder.folder])
    tom = team_folder.folder / "Tom Hughes – Performance conversation.pdr"
    draft = read_draft(tom, registry)
    draft.answers["details.position"] = "Senior Youth Support Worker"
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        write_draft(draft, tom, backup=False)
    assert cell(view, "Tom Hughes", Column.POSITION) == "Senior Youth Support Worker"
    # A new form arriving, and one going, are followed too.
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        (team_folder.folder / BARTOSZ_FILE).rename(team_folder.folder.parent / BARTOSZ_FILE)
    assert "Bartosz Zieliński" not in rows_by_name(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        (team_folder.folder.parent / BARTOSZ_FILE).rename(team_folder.folder / BARTOSZ_FILE)
    assert "Bartosz Zieliński" in rows_by_name(view)


def test_the_first_read_shows_progress_then_the_cache_makes_the_next_instant(make_view, team_folder, qtbot):
    progress: list[tuple[int, int, bool]] = []
    view = make_view()
    view.scanner.progressed.connect(
        lambda done, total, _rows: progress.append((done, total, view.progress.isVisible()))
    )
    finished = []
    view.scanner.finished.connect(lambda result, _report: finished.append(result))
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.add_folder(team_folder.folder)
    assert progress and progress[0][0] == 0
    assert all(done < total and shown for done, total, shown in progress)
    assert not view.progress.isVisible()
    assert finished[-1].read == len(finished[-1].summaries) - (1 if hasattr(os, "mkfifo") else 0)
    cache = paths.cache_dir() / "team-summaries.json"
    view.close()  # the cache is written a moment after a scan, or at the latest on closing
    assert cache.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(cache.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.cache_dir().stat().st_mode) == 0o700
    again = make_view([team_folder.folder])
    assert again.report.members and not again.progress.isVisible()
    assert again.scanner._cache is not None and len(again.scanner._cache) > 0


def test_the_folders_are_remembered_and_can_be_removed(make_view, team_folder, tmp_path, qtbot):
    view = make_view()
    assert "Add the folder" in view.team_tab.empty_label.text()
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.add_folder(team_folder.folder)
    assert load_settings().team_folders == [str(team_folder.folder)]
    view.close()
    later = TeamView(view.registry, view.clock, lambda p: True, load_settings())
    qtbot.addWidget(later)
    assert later.folders == [team_folder.folder]
    later.remove_folder(team_folder.folder)
    assert load_settings().team_folders == []
    assert not later.report.members


def test_a_missing_folder_is_named_and_the_rest_still_shows(make_view, team_folder, tmp_path):
    view = make_view([team_folder.folder, tmp_path / "unplugged drive"])
    assert view.problem_label.isVisible() or not view.isVisible()
    assert "unplugged drive" in view.problem_label.text()
    assert "Bartosz Zieliński" in rows_by_name(view)


def test_overdue_is_judged_again_on_a_new_day(make_view, team_folder, clock):
    view = make_view([team_folder.folder])
    view.team_tab.overdue_check.setChecked(True)
    assert "Łukasz Nowak" not in rows_by_name(view)
    clock.advance(days=30)  # his send-by date (16 December) has passed; his part is still missing
    view.day_timer.timeout.emit()
    assert "Łukasz Nowak" in rows_by_name(view)


def test_the_charts_are_drawn_and_described(make_view, team_folder):
    view = make_view([team_folder.folder])
    description = view.team_tab.chart.accessibleDescription()
    assert "Six Month Review: 3 not reached yet, 3 practitioner's part to do" in description
    image = view.team_tab.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(image.height())
    }
    assert STAGE_COLOURS[Stage.COMPLETED].lower() in colours
    assert STAGE_COLOURS[Stage.READY].lower() in colours
    scores = cell(view, "Siobhán Ó Dálaigh", Column.PROGRESS, SCORES_ROLE)
    assert [s for s, _achieved in scores] == [6, 7, 5, 8, 4, 6, 7]
    spoken = cell(view, "Siobhán Ó Dálaigh", Column.PROGRESS, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Latest progress scores out of 10: 6, 7, 5, 8, 4, 6, 7"
    index = view.team_tab.proxy.index(rows_by_name(view)["Siobhán Ó Dálaigh"], Column.PROGRESS)
    view.team_tab.table.scrollTo(index)
    rect = view.team_tab.table.visualRect(index)
    sparkline = view.team_tab.table.viewport().grab(rect).toImage()
    painted = {
        sparkline.pixelColor(x, y).name() for x in range(sparkline.width()) for y in range(sparkline.height())
    }
    assert {"#1f5fa8", STAGE_COLOURS[Stage.COMPLETED].lower()} <= painted


def test_the_training_tab_groups_needs_by_theme_and_by_row(make_view, team_folder, qtbot, opened):
    view = make_view([team_folder.folder])
    view.tabs.setCurrentIndex(1)
    tree = view.training.tree
    groups = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert "Graded Care Profile · Core Training — 1 practitioner" in groups
    unmatched = next(item for title, item in groups.items() if title.startswith("Not in the catalogue"))
    people = {unmatched.child(i).text(0) for i in range(unmatched.childCount())}
    assert "Bartosz Zieliński" in people
    assert "EXAMPLE" in view.training.note.text()
    qtbot.mouseClick(view.training.by_row_button, Qt.MouseButton.LeftButton)
    rows = [tree.topLevelItem(i).text(0).split(" — ")[0] for i in range(tree.topLevelItemCount())]
    assert rows == [
        "Portsmouth Model of Family Practice Training",
        "Core knowledge and skills",
        "Thematics",
        "Other training relating to your role & other learning opportunities",
    ]
    first = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(first)
    with qtbot.waitSignal(view.opened):
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened[-1].name.endswith(".pdr")


def test_export_from_the_view_writes_what_it_says(make_view, team_folder, tmp_path):
    import csv

    view = make_view([team_folder.folder])
    written = view.export("csv", tmp_path / "board.csv")
    assert [p.name for p in written] == ["board.csv", "board-rounds.csv", "board-training-needs.csv"]
    assert "board.csv, board-rounds.csv, board-training-needs.csv" in view.status_label.text()
    with written[0].open(encoding="utf-8-sig", newline="") as handle:
        assert "Łukasz Nowak" in {row["Practitioner"] for row in csv.DictReader(handle)}
    view.anonymise_check.setChecked(True)
    anonymous = view.export("xlsx", tmp_path / "board.xlsx")[0]
    import openpyxl

    sheets = openpyxl.load_workbook(anonymous).sheetnames
    assert sheets == ["Rounds", "Training needs", "About"]


def test_an_export_that_cannot_be_written_says_so_and_writes_nothing(
    make_view, team_folder, tmp_path, monkeypatch
):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: seen.append((title, text)))
    view = make_view([team_folder.folder])
    assert view.export("pdf", tmp_path / "no such folder" / "board.pdf") == []
    assert seen and "Nothing was written" in seen[0][1] and "board.pdf" in seen[0][1]


def test_every_control_has_an_accessible_name_with_its_label(make_view, team_folder):
    view = make_view([team_folder.folder])
    for widget in view.findChildren(QWidget):
        tab_focus = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if not tab_focus or not widget.isVisibleTo(view):
            continue
        if widget.metaObject().className() in ("QTabBar", "QScrollBar", "QHeaderView"):
            continue
        name = widget.accessibleName()
        visible = getattr(widget, "text", lambda: "")().replace("&", "")
        assert name, widget
        if visible and name:
            assert visible.rstrip("…") in name or name in visible, (name, visible)


def test_my_team_opens_from_the_review_menu_and_opens_forms_in_manager_mode(
    qtbot, registry, clock, team_folder, monkeypatch
):
    from pdr_desktop.settings import save_user_setting
    from pdr_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    save_user_setting("team_folders", [str(team_folder.folder)])
    settings = load_settings()
    settings.role = "practitioner"
    window = MainWindow(registry=registry, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.review_actions.team.shortcut().toString() == "Ctrl+Shift+T"
    window.review_actions.team.trigger()
    view = window.review_actions.team_view
    qtbot.waitUntil(lambda: bool(view.report.members) and not view.scanner.busy, timeout=20_000)
    assert view.select_path(team_folder.folder / BARTOSZ_FILE)
    view.team_tab.table.setFocus()
    qtbot.keyClick(view.team_tab.table, Qt.Key.Key_Return)
    assert window.draft is not None and window.draft.display_name(window.form) == "Bartosz Zieliński"
    assert window.role is Role.MANAGER
    # Asking again brings the same window forward rather than a second one.
    window.review_actions.team.trigger()
    assert window.review_actions.team_view is view
    view.close()
