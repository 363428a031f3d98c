"""Two small widgets for the round bar: a label that shortens instead of widening the window,
and a meeting-date box that Tab can leave while it says "Not set"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QSizePolicy, QWidget

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


class MeetingDateEdit(QDateEdit):
    """QDateEdit whose Tab leaves the box while it shows its "Not set" text.

    QDateTimeEdit keeps Tab for stepping day → month → year, and while the special value
    text is shown it swallows Tab altogether: a keyboard trap in the toolbar.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.date() == self.minimumDate() and self.specialValueText():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)
