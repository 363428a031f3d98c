"""Side-by-side cells that stack when the page is narrow (a small window, or 200% text)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

MIN_CELL_CHARS = 26  # a cell narrower than this many characters is stacked under its neighbour instead


class ColumnsRow(QWidget):
    """Cells in one row while each can be MIN_CELL_CHARS wide; otherwise as many per row as fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(10)
        self.cells: list[QWidget] = []
        self._per_row = 0

    def add_cell(self) -> QVBoxLayout:
        """A new cell (in reading order); returns its layout to put a label and a field in."""
        cell = QWidget(self)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.cells.append(cell)
        self._arrange(len(self.cells))
        return layout

    def per_row_for(self, width: int) -> int:
        min_cell = self.fontMetrics().averageCharWidth() * MIN_CELL_CHARS
        return max(1, min(len(self.cells), width // max(min_cell, 1)))

    def _arrange(self, per_row: int) -> None:
        per_row = max(1, per_row)
        for cell in self.cells:
            self.grid.removeWidget(cell)
        for n, cell in enumerate(self.cells):
            self.grid.addWidget(cell, n // per_row, n % per_row)
        for column in range(max(len(self.cells), 1)):
            self.grid.setColumnStretch(column, 1 if column < per_row else 0)
        self._per_row = per_row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        per_row = self.per_row_for(event.size().width())
        if per_row != self._per_row:
            self._arrange(per_row)

    def minimumSizeHint(self) -> QSize:
        # Narrow enough for one cell: the row stacks rather than forcing the page wider.
        hint = super().minimumSizeHint()
        narrowest = max((cell.minimumSizeHint().width() for cell in self.cells), default=0)
        return QSize(narrowest, hint.height())

    def per_row(self) -> int:
        return self._per_row
