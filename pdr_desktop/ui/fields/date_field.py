"""Dates: typed the UK way (15/07/2026) or picked from a calendar; may be left empty.

QDateEdit has no "not set" state, and an empty date is the normal state of a
fresh form, so this is a line edit with a calendar button beside it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from pdr_desktop.clock import current_clock
from pdr_desktop.dates import UK_FORMAT, looks_like_broken_date, parse_date, to_display, to_stored
from pdr_desktop.forms.model import Field
from pdr_desktop.ui.accessible import DescriptionLabel, announce, describe, link_description
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.line_edit import LineEdit
from pdr_desktop.ui.fields.locking import apply_lock


def calendar_icon(size: int, colour: QColor) -> QIcon:
    """A small calendar drawn in code, so the button needs no image file and scales with the text."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on high-DPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = pixmap.width() / 16
    pen = QPen(colour, unit)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(2 * unit, 3 * unit, 12 * unit, 11 * unit), unit, unit)
    painter.fillRect(QRectF(2 * unit, 3 * unit, 12 * unit, 3 * unit), colour)
    for row in range(2):
        for col in range(3):
            painter.fillRect(
                QRectF((4 + 3.2 * col) * unit, (7.5 + 3 * row) * unit, 2 * unit, 2 * unit), colour
            )
    painter.drawLine(QPointF(5 * unit, 1.5 * unit), QPointF(5 * unit, 4 * unit))
    painter.drawLine(QPointF(11 * unit, 1.5 * unit), QPointF(11 * unit, 4 * unit))
    painter.end()
    return QIcon(pixmap)


def calendar_menu(parent: QWidget) -> tuple[QMenu, QCalendarWidget]:
    """A drop-down holding a month calendar, weeks from Monday (the UK way), with a grid."""
    menu = QMenu(parent)
    calendar = QCalendarWidget(menu)
    calendar.setGridVisible(True)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    action = QWidgetAction(menu)
    action.setDefaultWidget(calendar)
    menu.addAction(action)
    return menu, calendar


class DateInput(QWidget):
    """A line edit for a date (or, with allow_text, words such as "Ongoing") and a calendar button."""

    def __init__(self, accessible_name: str, allow_text: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.allow_text = allow_text
        self.line = LineEdit(self)
        self.line.setAccessibleName(accessible_name)
        self.line.setPlaceholderText(
            self.tr("A date, or words such as Ongoing") if allow_text else self.tr("dd/mm/yyyy")
        )
        self.line.setAccessibleDescription(self.line.placeholderText())
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._update_icon()
        self.button.setAccessibleName(self.tr("Pick a date: {0}").format(accessible_name))
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu, self.calendar = calendar_menu(self.button)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(self.menu)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        # The message is the box's description while shown (GOV.UK's "Error:" prefix tells a
        # screen reader what kind of text it is) and is said when the person leaves the box.
        self.hint = DescriptionLabel("", self)
        self.hint.setObjectName("fieldWarning")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        link_description(self.hint, [self.line])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._check)
        self.line.editingFinished.connect(self._say_error)

    def _update_icon(self) -> None:
        size = self.fontMetrics().height()
        self.button.setIcon(calendar_icon(size, self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setIconSize(QSize(size, size))
        # wide enough for "30/09/2026" in the current font, whatever the text size
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("30/09/2026 ") + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._update_icon()

    def _prepare_calendar(self) -> None:
        day = parse_date(self.line.text()) or current_clock().today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def pick(self, day: date) -> None:
        """Put a picked day in the box, as if typed (emits textEdited for the owner)."""
        self.line.setText(day.strftime(UK_FORMAT))
        self.line.textEdited.emit(self.line.text())

    def _check(self, text: str) -> None:
        # Words ("Ongoing") are fine where allowed; digits that are not a whole date ("26") never are.
        if self.allow_text:
            bad = looks_like_broken_date(text)
            hint = self.tr(
                "Not a date we recognise; it is kept as typed. "
                "Use a date such as 31/07/2026, or words such as Ongoing."
            )
        else:
            bad = bool(text.strip()) and parse_date(text) is None
            hint = self.tr("Not a date we recognise; it is kept as typed. Use dd/mm/yyyy.")
        self.hint.setText(hint)
        self.hint.setVisible(bad)
        describe(self.line, "error", self.tr("Error: {0}").format(self.hint.text()) if bad else "")

    def has_error(self) -> bool:
        return not self.hint.isHidden()

    def _say_error(self) -> None:
        if self.has_error():
            announce(self.line, self.line.accessibleDescription())

    def stored(self) -> str:
        return to_stored(self.line.text())

    def load(self, stored: str) -> None:
        text = to_display(stored)
        if to_stored(self.line.text()) != to_stored(text) or not text:
            self.line.setText(text)

    def set_locked(self, locked: bool) -> None:
        apply_lock(self.line, locked)
        apply_lock(self.button, locked)


class DateField(FieldEditor):
    allow_text = False

    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.input = DateInput(accessible_name, self.allow_text, self)
        self.line = self.input.line
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        self.setFocusProxy(self.input.line)
        self.input.line.textEdited.connect(self.edited)
        self.input.calendar.clicked.connect(self._picked)
        self.input.calendar.activated.connect(self._picked)

    def _picked(self, qdate: QDate) -> None:
        self.input.menu.close()
        self.input.pick(date(qdate.year(), qdate.month(), qdate.day()))
        self.input.line.setFocus()

    def value(self) -> Any:
        return self.input.stored()

    def set_value(self, value: Any) -> None:
        self.input.load(value if isinstance(value, str) else "")

    def inputs(self) -> list[QWidget]:
        return [self.input.line, self.input.button]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.input.set_locked(locked)


class DateOrTextField(DateField):
    """ "By when": a date from the calendar, or words such as "Ongoing" or "By the six month review"."""

    allow_text = True
