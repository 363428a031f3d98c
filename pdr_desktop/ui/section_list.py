"""The task list down the left: each section with its GOV.UK-style status tag.

Items carry the entry id (a section id, an extra page id or ``CHECK_ID``) in
Qt.UserRole and the status text in STATUS_ROLE; the delegate paints the tag,
and the accessible text says it too ("Details, Completed").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pdr_desktop.ui.theme import tag_colours

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
# The colour a tag is painted in, named by a section status ("Completed"); for tags worded
# otherwise ("Not needed yet", "3 to do") on the Progress review and Check your answers rows.
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
CHECK_ID = "__check__"


WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class _TagDelegate(QStyledItemDelegate):
    """Title on the left, a coloured status tag on the right; when narrow (large text, a narrow
    window) the tag goes under the title, and a long title wraps onto more lines, never cut."""

    def _tag_size(self, option: QStyleOptionViewItem, status: str) -> QSize:
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance(status) + metrics.height(), metrics.height() + 6)

    @staticmethod
    def _room(option: QStyleOptionViewItem) -> int:
        """The width an item gets: the list's viewport (sizeHint's option has no rect)."""
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        return viewport().width() - 16 if callable(viewport) else option.rect.width() - 16

    def _stacked(self, option: QStyleOptionViewItem, title: str, tag: QSize) -> bool:
        """Tag under the title when the title and the tag don't fit side by side on one line."""
        need = option.fontMetrics.horizontalAdvance(title) + tag.width() + 8
        return tag.width() > 0 and need > self._room(option)

    def _title_height(self, option: QStyleOptionViewItem, title: str, width: int) -> int:
        """The title's height wrapped at *width*: one line, or more for a long title."""
        rect = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), WRAP, title)
        return max(rect.height(), option.fontMetrics.height())

    def _stacked_height(self, option: QStyleOptionViewItem, title: str, tag: QSize) -> int:
        return self._title_height(option, title, self._room(option)) + tag.height() + 14

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        status = index.data(STATUS_ROLE) or ""
        title = index.data() or ""
        room = self._room(option)
        if not status:
            lines = self._title_height(option, title, room)
            return QSize(base.width(), max(base.height(), lines) + 8)
        tag = self._tag_size(option, status)
        if self._stacked(option, title, tag):
            return QSize(max(min(base.width(), room), tag.width()), self._stacked_height(option, title, tag))
        return QSize(base.width() + tag.width() + 12, max(base.height(), tag.height()) + 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = index.data(STATUS_ROLE) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        tag = self._tag_size(opt, status) if status else QSize(0, 0)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        rect = option.rect.adjusted(8, 0, -8, 0)
        title = index.data() or ""
        # Stacked exactly when the row was laid out stacked (the height it was given says so):
        # a row measured at one width and painted at another never overlaps or leaves a gap.
        stacked = bool(status) and option.rect.height() >= self._stacked_height(opt, title, tag)
        if stacked or not status:  # the title (on as many lines as it needs), the tag under it
            height = self._title_height(opt, title, rect.width())
            top = rect.top() + 4 if status else rect.top() + (rect.height() - height) // 2
            text_rect = QRect(rect.left(), top, rect.width(), height)
            flags = WRAP
        else:
            text_rect = QRect(rect.left(), rect.top(), rect.width() - tag.width() - 8, rect.height())
            flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(text_rect, flags, title)
        if status:
            bg, fg = tag_colours(index.data(COLOUR_ROLE) or status)
            top = text_rect.bottom() + 2 if stacked else rect.top() + (rect.height() - tag.height()) // 2
            left = rect.left() if stacked else rect.right() - tag.width()
            tag_rect = QRect(left, top, tag.width(), tag.height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(tag_rect, 3, 3)
            painter.setPen(fg)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, status)
        painter.restore()


class SectionList(QListWidget):
    entry_chosen = Signal(str)  # an entry id, when the user picked a row
    ideal_width_changed = Signal()  # the text size changed: the width wanted is measured again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionList")
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("Each part of the form and whether it is finished"))
        self.setItemDelegate(_TagDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # narrower: tags move under the titles
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._laid_out_width = -1
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The rows' heights depend on the width (tags go under titles when narrow). The view lays
        # out again when it is resized, but not when only its viewport is (a scroll bar coming
        # or going, 200% text): rows measured at the old width then overlapped or left gaps.
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            width = self.viewport().width()
            if width != self._laid_out_width:
                self._laid_out_width = width
                self.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """(entry id, title) in order; statuses are set afterwards with set_status."""
        self.blockSignals(True)
        self.clear()
        for entry_id, title in entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.addItem(item)
        self.blockSignals(False)
        self.updateGeometry()

    def item_for(self, entry_id: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == entry_id:
                return item
        return None

    def set_status(self, entry_id: str, status: str, colour: str = "") -> None:
        item = self.item_for(entry_id)
        if item is None:
            return
        item.setData(STATUS_ROLE, status)
        item.setData(COLOUR_ROLE, colour or status)
        title = item.text()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {status}" if status else title)
        item.setToolTip(f"{title}: {status}" if status else title)

    def status(self, entry_id: str) -> str:
        item = self.item_for(entry_id)
        return (item.data(STATUS_ROLE) or "") if item else ""

    def select_entry(self, entry_id: str) -> None:
        item = self.item_for(entry_id)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.entry_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event) -> None:
        # Arrow keys move the highlight; the page follows, so the list works like tabs.
        super().keyPressEvent(event)
        item = self.currentItem()
        if item is not None and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            self.entry_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            result = super().event(event)
            self.doItemsLayout()  # rows re-measured at the new size: titles may wrap or unwrap
            self.updateGeometry()
            self.ideal_width_changed.emit()
            return result
        return super().event(event)

    def ideal_width(self) -> int:
        """Wide enough for the longest title beside the widest tag, at the current font size."""
        metrics = self.fontMetrics()
        statuses = ["Not started", "In progress", "Completed"]
        statuses += [self.item(row).data(STATUS_ROLE) or "" for row in range(self.count())]
        tag = max(metrics.horizontalAdvance(s) for s in statuses)
        titles = [self.item(row).text() for row in range(self.count())]
        text = max(
            (metrics.horizontalAdvance(t) for t in titles), default=metrics.horizontalAdvance("m") * 12
        )
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return text + tag + metrics.height() * 3 + self.frameWidth() * 2 + scrollbar

    def sizeHint(self) -> QSize:
        return QSize(self.ideal_width(), super().sizeHint().height())
