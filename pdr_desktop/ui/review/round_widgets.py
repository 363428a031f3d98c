"""Two small widgets for the round bar: a label that shortens instead of widening the window,
and a meeting-date box that takes a typed or picked date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QMenu, QSizePolicy, QWidget
from shiboken6 import isValid

from pdr_desktop.dates import long_date, parse_date
from pdr_desktop.ui.fields.date_field import calendar_icon, calendar_menu

MIN_CHARS = 12  # the shortest the label gets: still enough to start reading it


class ElidedLabel(QLabel):
    """One line that ends in "…" when the bar is narrow.

    The label keeps its full text (screen readers read text(), not what is painted);
    the owner puts the full sentence in the tooltip and accessible description too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(min(width, super().sizeHint().width()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class MeetingDateInput(QLineEdit):
    """The meeting date, typed ("08/12/2026", "8 Dec 2026") or picked from a calendar: one Tab stop.

    QDateEdit could not be typed into freely, had no empty state (it said "Not set" for
    1 January 2000, and its calendar opened there) and took three Tab stops with its Clear
    button. Here the calendar opens from the button at the end of the box, or with Alt+Down
    or F4, on the date shown (else this month); Escape closes it. The clear button in the box,
    or deleting the text, removes the date. A typed date is taken when the box is left or Enter
    is pressed; text that is not a date is kept for correcting and `rejected` says so.
    """

    day_changed = Signal(object)  # date | None: the person typed, picked or cleared a date
    rejected = Signal(str)  # the text typed is not a date (kept in the box for correcting)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day: date | None = None
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setClearButtonEnabled(True)
        self.pick_action = QAction(self)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.pick_action.setText(self.tr("Pick a date"))
        self.pick_action.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.pick_action.triggered.connect(self.show_calendar)
        # Made when first shown: the bar is built with the window, before its first frame.
        self._menu: QMenu | None = None
        self._calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._typed)
        self.textChanged.connect(self._maybe_cleared)
        self._update_look()

    # --- value --------------------------------------------------------------------------------
    def day(self) -> date | None:
        return self._day

    def show_day(self, day: date | None) -> None:
        """Show the stored date (loading a draft: no signal)."""
        self._day = day
        self.blockSignals(True)
        self.setText(long_date(day) if day else "")
        self.blockSignals(False)
        self._mark_invalid(False)

    def set_day(self, day: date | None) -> None:
        """Set a date as a person would (emits day_changed when it is a change)."""
        changed = day != self._day
        self.show_day(day)
        if changed:
            self.day_changed.emit(day)

    def _typed(self) -> None:
        text = self.text().strip()
        if not text:
            self.set_day(None)
            return
        day = parse_date(text)
        if day is None:
            self._mark_invalid(True)
            self.rejected.emit(text)
            return
        self.set_day(day)

    def _maybe_cleared(self, text: str) -> None:
        # The clear button (and select-all + Delete) empties the box: no date, straight away.
        if not text and self._day is not None and not self.signalsBlocked():
            self.set_day(None)

    def _mark_invalid(self, invalid: bool) -> None:
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)

    # --- the calendar -------------------------------------------------------------------------
    @property
    def menu(self) -> QMenu:
        if self._menu is None:
            self._menu, self._calendar = calendar_menu(self)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._menu

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self.menu  # noqa: B018 - makes both
        assert self._calendar is not None
        return self._calendar

    def show_calendar(self) -> None:
        shown = self._day or parse_date(self.text()) or self._today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, qdate: QDate) -> None:
        self.menu.close()
        self.set_day(date(qdate.year(), qdate.month(), qdate.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.show_calendar()
            return
        if event.key() == Qt.Key.Key_Escape and self.property("invalid"):
            self.show_day(self._day)  # Escape gives up the half-typed text, as in a spreadsheet
            return
        super().keyPressEvent(event)

    # --- look ---------------------------------------------------------------------------------
    def _update_look(self) -> None:
        size = self.fontMetrics().height()
        self.pick_action.setIcon(calendar_icon(size, self.palette().color(QPalette.ColorRole.ButtonText)))
        # Room for the longest date as it is shown, and the clear and calendar buttons.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("30 September 2026") + size * 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # (A font change can still arrive while the box is being torn down, its action gone.)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and isValid(self.pick_action):
            self._update_look()
