"""The round bar: which review round the conversation is at, its meeting date, when to send, and
completing or reopening a round. Changes go into the draft; the owner saves on the signals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from pdr_desktop.clock import Clock, current_clock
from pdr_desktop.dates import long_date
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FormDefinition, Role
from pdr_desktop.review import workflow
from pdr_desktop.review.completeness import Missing
from pdr_desktop.ui.fields.date_field import calendar_icon
from pdr_desktop.ui.fields.flow_layout import FlowLayout
from pdr_desktop.ui.review.round_widgets import ElidedLabel, MeetingDateInput

MAX_LISTED = 15  # longer lists of gaps are summarised; the full list is in the details
WARN_DAYS = 7  # the send-by line turns to a warning in the week before the date


def missing_text(missing: list[Missing]) -> str:
    """Gaps grouped by who owes them, one per line, for a message box's details."""
    lines: list[str] = []
    for role in Role:
        items = [m for m in missing if m.owner is role]
        if items:
            lines.append(f"{role.label}:")
            lines += [f"  • {m.label}" for m in items]
    return "\n".join(lines)


_MARGIN = 6  # around the bar's contents


def _row(*widgets: QWidget) -> QWidget:
    """Widgets that stay together on one line when the bar wraps."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row


class RoundPanel(QWidget):
    meeting_changed = Signal(str)  # round id
    round_completed = Signal(str)  # the round just completed
    round_reopened = Signal(str)

    def __init__(
        self, form: FormDefinition, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roundPanel")
        self.form = form
        self.clock = clock or current_clock()
        self.draft: Draft | None = None
        self.role: Role | None = None

        self.round_label = QLabel()
        self.round_label.setObjectName("roundLabel")
        font = self.round_label.font()
        font.setBold(True)
        self.round_label.setFont(font)
        self.meeting_label = QLabel(self.tr("PDR &meeting:"))
        # The clock's own method, not a lambda over self: a cycle through self would leave the panel
        # to the cyclic garbage collector, which can delete it in the middle of its own layout pass.
        self.meeting = MeetingDateInput(self.clock.today)
        self.meeting.setAccessibleName(self.tr("PDR meeting date for this round"))
        self.meeting.setAccessibleDescription(
            self.tr("Type a date such as 08/12/2026 or 8 Dec 2026, or press Alt+Down for a calendar")
        )
        self.meeting_label.setBuddy(self.meeting)
        # Elided, not wrapped: the sentence can be long ("… – that date has passed") and would
        # otherwise set the window's minimum width; the whole of it is in the tooltip.
        self.send_by = ElidedLabel()
        self.send_by.setObjectName("sendBy")
        self.send_by_icon = QLabel()  # a calendar while all is well, a warning sign when it is close
        self.send_by_icon.setObjectName("sendByIcon")
        # Accessible names start with the words on screen, so voice control ("click Complete this
        # round") finds them (WCAG 2.5.3); the longer explanation is the description.
        self.complete = QPushButton(self.tr("Complete this round"))
        self.complete.setAccessibleName(self.tr("Complete this round"))
        self.complete.setAccessibleDescription(
            self.tr("Mark the current review round as done and move on to the next one")
        )
        self.reopen = QPushButton(self.tr("Reopen…"))
        self.reopen.setAccessibleName(self.tr("Reopen the last completed round"))
        self.reopen.setToolTip(
            self.tr("Open the last completed round again, for example if it was closed by mistake")
        )

        # A flow, not a row: in a narrow window or at 200% text the bar wraps onto a second
        # line instead of setting the window's minimum width (it was 1171 px, 2190 px at 200%).
        self.flow = FlowLayout(self, spacing=12)
        for part in (
            self.round_label,
            _row(self.meeting_label, self.meeting),
            _row(self.send_by_icon, self.send_by),
            _row(self.complete, self.reopen),
        ):
            self.flow.addWidget(part)
        QWidget.setTabOrder(self.meeting, self.complete)
        QWidget.setTabOrder(self.complete, self.reopen)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.meeting.day_changed.connect(self._meeting_edited)
        self.meeting.rejected.connect(self._meeting_rejected)
        self.complete.clicked.connect(self.complete_round)
        self.reopen.clicked.connect(self.reopen_round)
        self.set_draft(None)

    # --- size: as wide as one line when there is room, else as tall as the wrapped lines -----

    def sizeHint(self) -> QSize:
        items = (self.flow.itemAt(i) for i in range(self.flow.count()))
        parts = [item.sizeHint() for item in items if item is not None]
        width = sum(p.width() for p in parts) + self.flow.spacing() * (len(parts) - 1) + _MARGIN * 2
        return QSize(width, self._height_for(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.flow.minimumSize().width() + _MARGIN * 2, self._height_for(self.width()))

    def _height_for(self, width: int) -> int:
        return self.flow.heightForWidth(max(width - _MARGIN * 2, 1)) + _MARGIN

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The toolbar asks only for size hints, not height-for-width: tell it the new height.
        height = self._height_for(event.size().width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.updateGeometry()

    # --- state in -----------------------------------------------------------------------------

    def set_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        self.refresh()

    def set_role(self, role: Role | str | None) -> None:
        self.role = Role(role) if role else None
        if self.draft is not None:
            self._show_send_by()

    @property
    def today(self) -> date:
        return self.clock.today()

    def refresh(self) -> None:
        draft = self.draft
        for widget in (self.meeting, self.complete, self.reopen):
            widget.setEnabled(draft is not None)
        if draft is None:
            self.round_label.setText(self.tr("No conversation open"))
            self.meeting.show_day(None)
            self.send_by.setText("")
            self.send_by_icon.clear()
            return
        current = draft.review.current_round
        rnd = self.form.round(current)
        finished = workflow.year_finished(self.form, draft)
        if finished:
            self.round_label.setText(self.tr("Year completed"))
        else:
            # The months go in the tooltip: the bar needs its width for the send-by date.
            self.round_label.setText(rnd.label)
        self.round_label.setToolTip(
            self.tr("%1, usually in %2").replace("%1", rnd.label).replace("%2", rnd.period)
        )
        # Its text is its name (read as it is shown); what it is goes in the description.
        self.round_label.setAccessibleDescription(self.tr("Current review round"))
        self.meeting.show_day(workflow.meeting_date(draft, current))
        self._show_send_by()
        self.complete.setEnabled(not finished)
        self.reopen.setEnabled(bool(draft.review.completed_rounds))

    def _show_send_by(self) -> None:
        assert self.draft is not None
        status = workflow.send_by_status(self.form, self.draft, self.today)
        text, warning = self.send_by_text(status)
        self.send_by.setText(text)
        self.send_by.setVisible(bool(text))
        self.send_by_icon.setVisible(bool(text))
        # Calm (the window's own text colour) until the week before; then the theme's error
        # colour, bold (QLabel#sendBy[warning="true"], readable light or dark), and a warning
        # sign: colour is never the only signal, the words say it too.
        self._mark_warning(warning)
        size = self.send_by.fontMetrics().height()
        icon = (
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if warning
            else calendar_icon(size, self.send_by.palette().color(QPalette.ColorRole.WindowText))
        )
        self.send_by_icon.setPixmap(icon.pixmap(size, size))
        # The full sentence, worded by the domain for the practitioner; the manager is told
        # what the bar shows them (a "send to your manager" sentence would be stale for them).
        full = status.message if self.role is not Role.MANAGER else text
        self.send_by.setToolTip(full)
        self.send_by.setAccessibleDescription(full if full != text else "")

    def _mark_warning(self, warning: bool) -> None:
        self.send_by.setProperty("warning", warning)
        self.send_by.style().unpolish(self.send_by)
        self.send_by.style().polish(self.send_by)

    def send_by_text(self, status: workflow.SendByStatus) -> tuple[str, bool]:
        """One line for the bar and whether it is a warning; "" once the round is completed.

        The manager is told when the form is due to them. After the meeting itself has passed
        there is nothing left to send in time: a reminder to complete the round, not a red line
        that stays for weeks.
        """
        state = workflow.SendByState
        if status.state is state.DONE:
            return "", False
        if status.state is state.NO_MEETING or status.send_by is None:
            return self.tr("Add the meeting date to see when the form is due"), False
        if status.meeting is not None and status.meeting < self.today:
            text = self.tr("The meeting was on %1: complete this round when you are both done")
            return text.replace("%1", long_date(status.meeting)), False
        day = long_date(status.send_by)
        if self.role is Role.MANAGER:
            text = self.tr("Due from the practitioner by %1").replace("%1", day)
        else:
            text = self.tr("Send to your manager by %1").replace("%1", day)
        days = status.days_left if status.days_left is not None else 0
        if days < 0:
            return text + self.tr(" – that date has passed"), True
        if days > WARN_DAYS:
            return text, False
        if days == 0:
            when = self.tr("today")
        elif days == 1:
            when = self.tr("tomorrow")
        else:
            when = self.tr("in %1 days").replace("%1", str(days))
        return f"{text} ({when})", True

    # --- edits --------------------------------------------------------------------------------

    def meeting_day(self) -> date | None:
        return self.meeting.day()

    def _meeting_edited(self) -> None:
        if self.draft is None:
            return
        current = self.draft.review.current_round
        workflow.set_meeting(self.form, self.draft, current, self.meeting_day())
        self._show_send_by()
        self.meeting_changed.emit(current)

    def _meeting_rejected(self, text: str) -> None:
        message = self.tr("“%1” is not a date: type it like 08/12/2026 or 8 Dec 2026").replace("%1", text)
        self.send_by.setText(message)
        self.send_by.setVisible(True)
        self._mark_warning(True)
        self.send_by.setToolTip(message)
        self.send_by.setAccessibleDescription(message)

    def complete_round(self) -> workflow.RoundResult | None:
        """Complete the current round; if something is due, list it and offer "Complete anyway"."""
        if self.draft is None:
            return None
        # Both people's parts are due for a round to be complete: the meeting is shared.
        result = workflow.complete_round(self.form, self.draft, None)
        if not result.completed:
            label = self.form.round(result.round_id).label
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Complete this round"))
            count = len(result.missing)
            text = self.tr("%1 answer(s) due by the %2 are still empty.").replace("%1", str(count))
            box.setText(text.replace("%2", label))
            shown = result.missing[:MAX_LISTED]
            listed = "\n".join(f"• {m.label} ({m.owner.label})" for m in shown)
            if count > MAX_LISTED:
                listed += "\n" + self.tr("…and %1 more (see the details).").replace(
                    "%1", str(count - MAX_LISTED)
                )
            box.setInformativeText(
                listed
                + "\n\n"
                + self.tr("You can complete the round anyway, for example if a comment will follow.")
            )
            box.setDetailedText(missing_text(result.missing))
            anyway = box.addButton(self.tr("Complete anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not anyway:
                return result
            result = workflow.complete_round(self.form, self.draft, None, force=True)
        self.refresh()
        self.round_completed.emit(result.round_id)
        return result

    def reopen_round(self) -> str | None:
        """Reopen the most recently completed round after asking."""
        if self.draft is None or not self.draft.review.completed_rounds:
            return None
        order = self.form.round_ids()
        last = max(self.draft.review.completed_rounds, key=lambda r: order.index(r) if r in order else -1)
        label = self.form.round(last).label
        answer = QMessageBox.question(
            self,
            self.tr("Reopen a round"),
            self.tr("Reopen the %1? It becomes the current round again.").replace("%1", label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        workflow.reopen_round(self.form, self.draft, last)
        self.refresh()
        self.round_reopened.emit(last)
        return last
