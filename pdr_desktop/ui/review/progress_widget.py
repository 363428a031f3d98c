"""A small painted bar chart of one objective's 0–10 progress scale at each review round."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.review import progress as scaling
from pdr_desktop.ui.theme import current_scheme

BAR_WIDTH = 28
BAR_GAP = 18
CHART_HEIGHT = 70


class ScaleChart(QWidget):
    """Bars for the scaling rounds; the numbers are also given in words for screen readers."""

    def __init__(self, form: FormDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._entries: list[scaling.ProgressEntry] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # A chart is not an input: it takes no focus, its words live in the accessible description.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Progress chart"))
        self.set_row({})

    def set_row(self, row: dict[str, Any]) -> None:
        self._entries = scaling.series(self._form, row)
        words = scaling.describe_series(self._form, row)
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.updateGeometry()
        self.update()

    def entries(self) -> list[scaling.ProgressEntry]:
        return list(self._entries)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(self._short(e)) for e in self._entries), default=0)
        column = max(BAR_WIDTH, label_width) + BAR_GAP
        return QSize(column * max(1, len(self._entries)) + BAR_GAP, CHART_HEIGHT + 2 * metrics.height() + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @staticmethod
    def _short(entry: scaling.ProgressEntry) -> str:
        # "Six Month Review" → "Six Month": the word "Review" repeats under every bar.
        return entry.round_label.removesuffix(" Review")

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height()
        top = line + 4  # room for the value above the tallest bar
        base = top + CHART_HEIGHT
        column = self.width() / max(1, len(self._entries))
        text_pen = palette.color(QPalette.ColorRole.WindowText)
        # The bars are read for their height: their edge and fill stand out 3:1 (the theme's).
        scheme = current_scheme()
        bar_fill = QColor(scheme.link) if scheme.dark else palette.color(QPalette.ColorRole.Highlight)
        frame = QColor(scheme.input_edge)
        for index, entry in enumerate(self._entries):
            centre = column * index + column / 2
            outline = QRectF(centre - BAR_WIDTH / 2, top, BAR_WIDTH, CHART_HEIGHT)
            painter.setPen(frame)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(outline)
            value = "–" if entry.scale is None else str(entry.scale)
            if entry.scale:
                height = CHART_HEIGHT * entry.scale / scaling.SCALE_MAX
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar_fill)
                painter.drawRect(QRectF(outline.left(), base - height, BAR_WIDTH, height))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(centre - column / 2, 0, column, line), Qt.AlignmentFlag.AlignCenter, value
            )
            painter.drawText(
                QRectF(centre - column / 2, base + 4, column, line),
                Qt.AlignmentFlag.AlignCenter,
                self._short(entry),
            )
        painter.end()
