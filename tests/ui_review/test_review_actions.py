"""The Review menu wiring: entries, enabling, the round bar and the progress page in the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QToolBar

from pdr_desktop.drafts.model import Draft
from pdr_desktop.review import progress as scaling


def test_menu_entries_and_shortcuts(qtbot, make_window):
    window = make_window()
    texts = [a.text().replace("&", "") for a in window.menus.menu_review.actions() if a.text()]
    for wanted in (
        "Compare with…",
        "Open received…",
        "Meeting date…",
        "Complete this round",
        "Progress review",
        "Start next year's conversation…",
        "Last year's comments",
    ):
        assert wanted in texts
    actions = window.review_actions
    assert actions.compare.shortcut().toString() == "Ctrl+Shift+D"
    assert actions.open_received.shortcut().toString() == "Ctrl+Shift+O"
    # No draft yet: only the manager's list makes sense.
    assert actions.open_received.isEnabled()
    assert not actions.compare.isEnabled() and not actions.complete.isEnabled()
    assert window.findChild(QToolBar, "reviewRoundToolbar") is actions.toolbar
    assert window.extra_pages["progress"][0] == "Progress review"
    # Placed after the section holding the objectives of whichever form the window is on.
    assert window.extra_pages["progress"][2](window.form) == "objectives"


def test_loading_a_draft_enables_and_fills_the_bar(qtbot, form, sample_draft, tmp_path, make_window):
    window = make_window(today=date(2026, 7, 20), draft=sample_draft, path=tmp_path / "s.pdr")
    actions = window.review_actions
    assert actions.compare.isEnabled() and actions.complete.isEnabled()
    assert "Final Review" in actions.round_panel.round_label.text()
    assert actions.round_panel.send_by.property("warning") is True  # send-by was 15 July
    assert len(actions.progress_page.objective_widgets()) == 7


def test_scaling_in_the_page_saves_through_the_window(qtbot, form, sample_draft, tmp_path, make_window):
    path = tmp_path / "s.pdr"
    window = make_window(draft=sample_draft, path=path)
    page = window.review_actions.progress_page
    saves = window.saves
    with qtbot.waitSignal(window.draft_changed):
        page.objective_widgets()[1].scale.setValue(9)
    assert window.saves > saves
    from pdr_desktop.drafts.store import read_draft

    row = read_draft(path, window.registry).get(form.rows_field())[1]
    assert scaling.entry(form, row, "final").scale == 9


def test_completing_a_round_refreshes_the_window_and_saves(
    qtbot, form, tmp_path, make_window, message_box_click
):
    queue, _seen = message_box_click
    window = make_window(draft=Draft.new(form), path=tmp_path / "n.pdr")
    queue.append("Complete anyway")
    window.review_actions.complete.trigger()
    assert window.draft.review.current_round == "six_month"
    assert window.refreshes == 1
    assert window.review_actions.progress_page.current_round == "six_month"
    from pdr_desktop.drafts.store import read_draft

    assert read_draft(tmp_path / "n.pdr", window.registry).review.completed_rounds == ["initial"]


def test_meeting_date_shortcut_focuses_the_date(qtbot, form, tmp_path, make_window):
    window = make_window(draft=Draft.new(form), path=tmp_path / "n.pdr")
    window.review_actions.meeting.trigger()
    assert window.focusWidget() is window.review_actions.round_panel.meeting


def test_role_change_reaches_the_bar(qtbot, form, tmp_path, make_window):
    window = make_window(draft=Draft.new(form), path=tmp_path / "n.pdr")
    from pdr_desktop.review import workflow

    workflow.set_meeting(form, window.draft, "initial", "2025-10-30")
    window.set_role("manager")
    assert window.review_actions.round_panel.send_by.text().startswith("Due from the practitioner")
