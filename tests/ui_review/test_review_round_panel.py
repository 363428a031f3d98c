"""The round bar: meeting date, send-by warning, completing and reopening rounds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QMessageBox, QWidget

from pdr_desktop.clock import FixedClock
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review import workflow
from pdr_desktop.ui.review.round_panel import RoundPanel
from pdr_desktop.ui.theme import current_scheme, ensure_theme


def panel_for(qtbot, form, draft, today=date(2025, 10, 1)) -> RoundPanel:
    panel = RoundPanel(form, FixedClock(today))
    qtbot.addWidget(panel)
    panel.set_draft(draft)
    return panel


def test_no_draft_disables_everything(qtbot, form):
    panel = panel_for(qtbot, form, None)
    assert not panel.complete.isEnabled()
    assert not panel.meeting.isEnabled()
    assert "No conversation" in panel.round_label.text()


def test_the_calendar_is_made_when_first_shown_not_with_the_bar(qtbot, form):
    # The bar is built with the window, before its first frame: a calendar costs ~10-30 ms.
    panel = panel_for(qtbot, form, Draft.new(form), today=date(2025, 9, 15))
    assert panel.findChild(QCalendarWidget) is None
    panel.show()
    panel.meeting.show_calendar()
    assert panel.findChild(QCalendarWidget) is panel.meeting.calendar
    assert panel.meeting.menu.isVisible()
    panel.meeting.menu.close()


def test_meeting_date_sets_the_send_by_date(qtbot, form):
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft)
    assert panel.meeting.day() is None and panel.meeting.text() == ""
    assert "meeting date" in panel.send_by.text()
    assert "Initial Conversation" in panel.round_label.text()
    with qtbot.waitSignal(panel.meeting_changed) as signal:
        panel.meeting.set_day(date(2025, 10, 20))
    assert signal.args == ["initial"]
    assert draft.review.meetings == {"initial": "2025-10-20"}
    assert panel.send_by.text() == "Send to your manager by 13 October 2025"
    assert panel.send_by.property("warning") is False
    panel.set_role(Role.MANAGER)
    assert panel.send_by.text() == "Due from the practitioner by 13 October 2025"
    panel.meeting.clear()  # the clear button in the box does this
    assert draft.review.meetings == {}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("08/12/2025", "2025-12-08"), ("8 Dec 2025", "2025-12-08"), ("8/12/25", "2025-12-08")],
)
def test_meeting_date_typed_with_the_keyboard(qtbot, form, typed, stored):
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft)
    panel.show()
    qtbot.keyClicks(panel.meeting, typed)
    assert draft.review.meetings == {}  # taken when the box is left or Enter is pressed
    with qtbot.waitSignal(panel.meeting_changed):
        qtbot.keyClick(panel.meeting, Qt.Key.Key_Return)
    assert draft.review.meetings == {"initial": stored}
    assert panel.meeting.text() == "8 December 2025"
    assert panel.send_by.text() == "Send to your manager by 1 December 2025"


def test_a_typed_meeting_date_that_is_not_a_date_is_kept_and_said(qtbot, form):
    draft = Draft.new(form)
    workflow.set_meeting(form, draft, "initial", "2025-10-20")
    panel = panel_for(qtbot, form, draft)
    panel.show()
    panel.meeting.selectAll()
    qtbot.keyClicks(panel.meeting, "32/13")
    qtbot.keyClick(panel.meeting, Qt.Key.Key_Return)
    assert draft.review.meetings == {"initial": "2025-10-20"}  # unchanged
    assert panel.meeting.text() == "32/13"
    assert "“32/13” is not a date" in panel.send_by.text()
    qtbot.keyClick(panel.meeting, Qt.Key.Key_Escape)  # gives up the typing
    assert panel.meeting.text() == "20 October 2025"


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, None)])
def test_alt_down_opens_the_calendar_and_a_pick_sets_the_date(qtbot, form, keys):
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft, today=date(2025, 9, 15))
    panel.show()
    panel.meeting.setFocus()
    key, modifier = keys
    qtbot.keyClick(panel.meeting, key, modifier or Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(panel.meeting.menu.isVisible)
    calendar = panel.meeting.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 9)  # this month, not January 2000
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.meeting.menu.isVisible())
    assert draft.review.meetings == {}  # Escape picks nothing
    panel.meeting.show_calendar()
    calendar.activated.emit(QDate(2025, 10, 20))  # Enter on a day
    assert draft.review.meetings == {"initial": "2025-10-20"}
    assert not panel.meeting.menu.isVisible()
    panel.meeting.show_calendar()  # a date set: the calendar opens on it
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 10)
    assert calendar.selectedDate() == QDate(2025, 10, 20)
    panel.meeting.menu.close()


def test_send_by_turns_to_a_warning_when_passed(qtbot, form):
    draft = Draft.new(form)
    workflow.set_meeting(form, draft, "initial", "2025-10-20")
    panel = panel_for(qtbot, form, draft, today=date(2025, 9, 30))
    assert panel.send_by.property("warning") is False  # calm until the week before
    assert panel.send_by.text() == "Send to your manager by 13 October 2025"
    ensure_theme()
    panel.send_by.ensurePolished()
    calm = panel.send_by.palette().color(panel.send_by.foregroundRole()).name()
    assert calm != current_scheme().error
    panel.clock.advance(days=11)  # 11 October
    panel.refresh()
    assert panel.send_by.property("warning") is True
    assert "in 2 days" in panel.send_by.text()
    panel.clock.advance(days=4)  # 15 October
    panel.refresh()
    assert panel.send_by.property("warning") is True
    assert "passed" in panel.send_by.text()
    # Painted in the theme's error colour (readable light or dark), by the application style sheet.
    ensure_theme()
    panel.send_by.ensurePolished()
    shown = panel.send_by.palette().color(panel.send_by.foregroundRole()).name()
    assert shown == current_scheme().error
    assert "1 week" in panel.send_by.toolTip() or "7 days" in panel.send_by.toolTip()
    panel.clock.advance(days=6)  # 21 October: the meeting has happened
    panel.refresh()
    assert panel.send_by.property("warning") is False
    assert panel.send_by.text().startswith("The meeting was on 20 October 2025")


def test_the_send_by_line_goes_once_the_round_is_completed(qtbot, form, sample_draft):
    sample_draft.review.completed_rounds.append(sample_draft.review.current_round)
    panel = panel_for(qtbot, form, sample_draft, today=date(2026, 7, 23))
    panel.show()
    assert not panel.send_by.isVisible() and not panel.send_by_icon.isVisible()


def test_complete_round_lists_what_is_missing_and_can_be_cancelled(qtbot, form, message_box_click):
    _queue, seen = message_box_click
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft)
    result = panel.complete_round()  # Cancel is pressed
    assert result is not None and not result.completed
    assert draft.review.current_round == "initial"
    assert draft.review.completed_rounds == []
    assert "still empty" in seen[0]["text"]
    assert "Practitioner:" in seen[0]["details"] and "Manager:" in seen[0]["details"]
    assert "My Self-assessment" in seen[0]["details"]


def test_complete_anyway_moves_to_the_next_round(qtbot, form, message_box_click):
    queue, _seen = message_box_click
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft)
    queue.append("Complete anyway")
    with qtbot.waitSignal(panel.round_completed) as signal:
        panel.complete.click()
    assert signal.args == ["initial"]
    assert draft.review.completed_rounds == ["initial"]
    assert draft.review.current_round == "six_month"
    assert "Six Month Review" in panel.round_label.text()
    assert panel.reopen.isEnabled()


def test_a_complete_round_needs_no_question(qtbot, form, sample_draft, message_box_click):
    _queue, seen = message_box_click
    panel = panel_for(qtbot, form, sample_draft, today=date(2026, 7, 23))
    with qtbot.waitSignal(panel.round_completed):
        panel.complete.click()
    assert seen == []
    assert workflow.year_finished(form, sample_draft)
    assert panel.round_label.text() == "Year completed"
    assert not panel.complete.isEnabled()


def test_reopen_asks_then_reopens_the_last_round(qtbot, form, sample_draft, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    panel = panel_for(qtbot, form, sample_draft)
    assert panel.reopen_round() is None
    assert sample_draft.review.completed_rounds == ["initial", "six_month"]
    with qtbot.waitSignal(panel.round_reopened) as signal:
        panel.reopen.click()
    assert signal.args == ["six_month"]
    assert sample_draft.review.completed_rounds == ["initial"]
    assert sample_draft.review.current_round == "six_month"


def test_the_meeting_date_is_one_tab_stop(qtbot, form):
    panel = panel_for(qtbot, form, Draft.new(form))
    assert panel.meeting.nextInFocusChain() is not None
    focusable = [w for w in panel.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    stops = [w for w in focusable if w.isEnabled() and w.isVisibleTo(panel)]
    assert stops == [panel.meeting, panel.complete]  # Reopen… is off: no round completed yet
