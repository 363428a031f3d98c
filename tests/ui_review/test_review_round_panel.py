"""The round bar: meeting date, send-by warning, completing and reopening rounds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from pdr_desktop.clock import FixedClock
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review import workflow
from pdr_desktop.ui.review.round_panel import NO_DATE, RoundPanel
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


def test_meeting_date_sets_the_send_by_date(qtbot, form):
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft)
    assert panel.meeting.date() == NO_DATE
    assert "meeting date" in panel.send_by.text()
    assert "Initial Conversation" in panel.round_label.text()
    with qtbot.waitSignal(panel.meeting_changed) as signal:
        panel.meeting.setDate(QDate(2025, 10, 20))
    assert signal.args == ["initial"]
    assert draft.review.meetings == {"initial": "2025-10-20"}
    assert panel.send_by.text() == "Send to your manager by 13 October 2025"
    assert panel.send_by.property("warning") is False
    panel.set_role(Role.MANAGER)
    assert panel.send_by.text() == "Due from the practitioner by 13 October 2025"
    panel.clear_meeting.click()
    assert draft.review.meetings == {}


def test_meeting_date_typed_with_the_keyboard(qtbot, form):
    draft = Draft.new(form)
    panel = panel_for(qtbot, form, draft)
    panel.meeting.setDate(QDate(2025, 10, 20))
    panel.meeting.setFocus()
    panel.meeting.setCurrentSection(panel.meeting.sectionAt(0))  # the day
    qtbot.keyClick(panel.meeting, Qt.Key.Key_Up)
    assert draft.review.meetings["initial"] == "2025-10-21"


def test_send_by_turns_to_a_warning_when_passed(qtbot, form):
    draft = Draft.new(form)
    workflow.set_meeting(form, draft, "initial", "2025-10-20")
    panel = panel_for(qtbot, form, draft, today=date(2025, 10, 11))
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


def test_an_empty_meeting_date_opens_the_calendar_on_this_month(qtbot, form):
    panel = panel_for(qtbot, form, Draft.new(form), today=date(2025, 9, 15))
    calendar = panel.meeting.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 9)
    assert panel.meeting.text() == "Not set"
