"""The review parts inside the real MainWindow: page order, the round bar, following edits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pdr_desktop.clock import FixedClock
from pdr_desktop.settings import Settings

main_window = pytest.importorskip("pdr_desktop.ui.main_window")


@pytest.fixture
def window(qtbot, tmp_path):
    win = main_window.MainWindow(
        settings=Settings(role="practitioner", drafts_dir=str(tmp_path / "drafts")),
        clock=FixedClock(date(2026, 3, 20)),
    )
    qtbot.addWidget(win)
    win.show()
    return win


def test_progress_page_sits_after_objectives_and_the_bar_follows_the_draft(qtbot, window):
    actions = window.review_actions
    assert not actions.toolbar.isVisible()  # start page: nothing to say yet
    window.new_draft()
    order = window.wizard.order
    assert order[order.index("objectives") + 1] == "progress"
    assert actions.toolbar.isVisible()
    assert actions.round_panel.round_label.text() == "Six Month Review"  # new in March
    assert actions.progress_page.current_round == "six_month"
    window.close_draft()
    assert not actions.toolbar.isVisible()


def test_objectives_typed_on_their_page_appear_on_the_progress_page(qtbot, window):
    window.new_draft()
    assert window.review_actions.progress_page.objective_widgets() == []
    assert window.focus_field("objectives.items#1.objective")
    view = window.focusWidget()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(window.focusWidget(), "Run a parenting group")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    widgets = window.review_actions.progress_page.objective_widgets()
    assert [w.text.text() for w in widgets] == ["Run a parenting group"]


def test_scaling_survives_a_later_edit_of_the_objectives_table(qtbot, window, form, sample_draft, tmp_path):
    from pdr_desktop.drafts.store import read_draft, write_draft

    path = tmp_path / "s.pdr"
    write_draft(sample_draft, path)
    assert window.open_path(path)
    window.review_actions.progress.trigger()
    window.review_actions.progress_page.objective_widgets()[1].scale.setValue(9)
    assert window.focus_field("objectives.items#2.by_whom")
    view = window.focusWidget()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(window.focusWidget(), "Me")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.save_now()
    row = read_draft(path, window.registry).get(form.rows_field())[1]
    assert row["by_whom"] == "Me"
    assert row["progress"]["final"]["scale"] == 9
