"""A layout that wraps its widgets onto new lines, like words (Qt's Flow Layout example).

Used for button bars that must not force the page wider at 200% text size.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def spacing(self) -> int:
        return self._spacing

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        # Hold the widget being laid out until the pass ends. Python runs in this loop (size
        # hints, overrides), and so can the cyclic garbage collector: were that widget owned by a
        # Python object only an unreachable cycle refers to, the collector would delete it, with
        # this layout and its items, mid-loop (the crash in QWidgetItem::setGeometry the suite
        # met when a closed round bar was collected during its own layout). A reference from this
        # frame keeps it reachable; it is deleted after the pass instead.
        owner = self.parentWidget()
        x, y, line_height = rect.x(), rect.y(), 0
        line: list[tuple[QLayoutItem, QRect]] = []
        for item in self._items:
            widget = item.widget()
            if widget is not None and owner is not None and not widget.isVisibleTo(owner):
                continue
            hint = item.sizeHint()
            # Never wider than the line: an item that can shrink (an elided label) fits instead.
            hint.setWidth(max(min(hint.width(), rect.width()), item.minimumSize().width()))
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > rect.right() + 1 and line_height > 0:
                self._place(line, line_height, test_only)
                line = []
                x = rect.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            line.append((item, QRect(QPoint(x, y), hint)))
            x = next_x
            line_height = max(line_height, hint.height())
        self._place(line, line_height, test_only)
        return y + line_height - rect.y()

    @staticmethod
    def _place(line: list[tuple[QLayoutItem, QRect]], height: int, test_only: bool) -> None:
        """Centre each item of a line vertically: a label beside a taller button lines up with its text."""
        if test_only:
            return
        for item, box in line:
            item.setGeometry(box.translated(0, (height - box.height()) // 2))
