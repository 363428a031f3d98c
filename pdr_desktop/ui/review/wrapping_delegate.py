"""Row heights for word-wrapped cells in a QTreeWidget (the Compare dialog's list)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks for a size hint without the column's width,
    so the text would be measured as one long line (and the row kept one line high)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        width = self.tree.columnWidth(index.column())
        if index.column() == 0:  # the tree's indentation takes part of the first column
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + 1)
        # The style wraps only within a valid rect: the column's width, any height.
        opt.rect = QRect(0, 0, max(width, 40), opt.fontMetrics.height())
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = super().sizeHint(opt, index)
        # The style lays text out a little narrower when painting than when measuring: a few
        # pixels more keep the last line from being clipped.
        return QSize(hint.width(), hint.height() + opt.fontMetrics.height() // 3)
