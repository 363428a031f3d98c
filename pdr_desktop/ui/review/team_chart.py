"""Two small charts painted with QPainter (no web view, no QtCharts: PySide6-Essentials has none).

- `RoundChart`: for each review round, one bar split by stage (how many conversations are at
  each), with the count written in every segment wide enough; `stage_legend` is its key (real
  labels, wrapping at 200% text size); its accessible description says it all in words.
- `SparklineDelegate`: in the Progress column, one small bar per objective, as high as its
  latest 0–10 score, green when achieved; an objective not scored yet is a short grey line.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pdr_desktop.review.progress import SCALE_MAX
from pdr_desktop.team.status import STAGE_COLOURS, STAGES, RoundCounts
from pdr_desktop.ui.fields.flow_layout import FlowLayout
from pdr_desktop.ui.review.team_model import SCORES_ROLE
from pdr_desktop.ui.status_words import stage_word


class RoundChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[RoundCounts] = []
        self.setAccessibleName(self.tr("Where each review round is"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: list[RoundCounts]) -> None:
        self.counts = list(counts)
        description = self.describe()
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        if not self.counts:
            return self.tr("No conversations yet.")
        parts = []
        for counts in self.counts:
            stages = ", ".join(
                f"{counts.counts[s]} {stage_word(s).lower()}" for s in STAGES if counts.counts[s]
            )
            overdue = self.tr("; %1 overdue").replace("%1", str(counts.overdue)) if counts.overdue else ""
            parts.append(f"{counts.label}: {stages}{overdue}.")
        return " ".join(parts)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.counts))
        return QSize(480, self._row_height() * rows + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row_height = self._row_height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        label_width = max([metrics.horizontalAdvance(c.label) for c in self.counts] + [0]) + 12
        bar_width = max(40, self.width() - label_width - 4)
        for index, counts in enumerate(self.counts):
            top = row_height * index + 2
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_width, row_height - 4),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                counts.label,
            )
            total = counts.total or 1
            left = float(label_width)
            for stage in STAGES:
                number = counts.counts[stage]
                if not number:
                    continue
                width = bar_width * number / total
                segment = QRectF(left, top, width, row_height - 4)
                painter.fillRect(segment, QColor(STAGE_COLOURS[stage]))
                text = str(number)
                if metrics.horizontalAdvance(text) + 4 < width:
                    painter.setPen(QColor("#ffffff"))
                    painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter), text)
                left += width
        painter.end()


def stage_legend(parent: QWidget | None = None) -> QWidget:
    """The chart's key: a swatch and the stage's name for each stage, wrapping when narrow."""
    legend = QWidget(parent)
    layout = FlowLayout(legend, spacing=12)
    for stage in STAGES:
        item = QWidget(legend)
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        swatch = QLabel(item)
        size = item.fontMetrics().height() - 4
        swatch.setFixedSize(size, size)
        swatch.setStyleSheet(f"background: {STAGE_COLOURS[stage]};")
        row.addWidget(swatch)
        row.addWidget(QLabel(stage_word(stage), item))
        layout.addWidget(item)
    return legend


class SparklineDelegate(QStyledItemDelegate):
    ACHIEVED = QColor(STAGE_COLOURS[STAGES[-1]])
    SCORED = QColor("#1F5FA8")
    UNSCORED = QColor("#767676")

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)  # background, selection, focus
        scores = index.data(SCORES_ROLE) or []
        if not scores:
            return
        rect = option.rect.adjusted(4, 4, -4, -4)
        gap = 2
        width = max(3.0, min(10.0, (rect.width() - gap * (len(scores) - 1)) / len(scores)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        x = float(rect.left())
        for score, achieved in scores:
            if score is None:
                pen = QPen(self.UNSCORED if not selected else option.palette.highlightedText().color(), 1)
                painter.setPen(pen)
                painter.drawLine(int(x), rect.bottom(), int(x + width), rect.bottom())
            else:
                height = max(2.0, rect.height() * score / SCALE_MAX)
                bar = QRectF(x, rect.bottom() - height + 1, width, height)
                colour = self.ACHIEVED if achieved else self.SCORED
                painter.fillRect(bar, colour)
                if selected:
                    painter.setPen(QPen(option.palette.highlightedText().color(), 1))
                    painter.drawRect(bar)
            x += width + gap
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        count = len(index.data(SCORES_ROLE) or [])
        hint = super().sizeHint(option, index)
        return QSize(max(60, 8 + count * 9), hint.height())
