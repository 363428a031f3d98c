"""Lay out a hidden page now, at the place it will be shown in, so that showing it only paints.

Qt keeps back the move and resize events of a widget that is not visible (and so does not run
its layout) until the widget is shown. A page built ahead in a stack therefore had its whole
layout done on the first visit, at the stack's width rather than the 640 × 480 it was made at:
every wrapped label measured again and every answer box refitted to its text, about 110 ms of
the 140 ms the Practice Standards took to appear (issue 17). Done here in a quiet moment, the
visit is left with the paint.

The events are delivered as Qt delivers them when a widget is shown
(QWidgetPrivate::sendPendingMoveAndResizeEvents): the widget first, then each child not hidden
on purpose. A box that fits its height to its text changes its size in its resize event, which
asks for another layout pass: passes repeat until nothing is left pending.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QMoveEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

# Two to five passes settled every page of the Portsmouth form; the bound only stops a layout
# that never settles from holding the event loop (the visit then finishes the layout, as before).
MAX_PASSES = 10


def lay_out_hidden(widget: QWidget, rect: QRect) -> int:
    """Give hidden *widget* the geometry *rect* and run its layout to the end; returns the passes
    it took (0: already visible, nothing to do)."""
    if widget.isVisible():
        return 0  # Qt lays out a visible widget itself
    widget.setGeometry(rect)
    passes = 0
    while passes < MAX_PASSES:
        parts = list(_shown_with(widget))
        if not any(_pending(part) for part in parts):
            break
        passes += 1
        for part in parts:  # parents before their children, as Qt delivers them
            _deliver_pending_events(part)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for part in parts:
            layout = part.layout()
            if layout is not None:
                layout.activate()
        _lay_out_plain_text(parts)
    return passes


def _shown_with(widget: QWidget) -> Iterator[QWidget]:
    """*widget* and the children that show when it does (not those hidden on purpose), parents
    first."""
    yield widget
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow() and not child.isHidden():
            yield from _shown_with(child)


def _pending(widget: QWidget) -> bool:
    attribute = Qt.WidgetAttribute
    return widget.testAttribute(attribute.WA_PendingResizeEvent) or widget.testAttribute(
        attribute.WA_PendingMoveEvent
    )


def _deliver_pending_events(widget: QWidget) -> None:
    attribute = Qt.WidgetAttribute
    if widget.testAttribute(attribute.WA_PendingMoveEvent):
        widget.setAttribute(attribute.WA_PendingMoveEvent, False)
        QCoreApplication.sendEvent(widget, QMoveEvent(widget.pos(), widget.pos()))
    if widget.testAttribute(attribute.WA_PendingResizeEvent):
        widget.setAttribute(attribute.WA_PendingResizeEvent, False)
        QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))


def _lay_out_plain_text(parts: list[QWidget]) -> None:
    """A plain-text box lays its paragraphs out when it paints them, and only then knows how many
    lines it holds: a box that fits its height to its words (fields/long_text.py) would grow on
    the visit. Asking for each paragraph's rectangle lays it out now, at the box's width."""
    for box in parts:
        if isinstance(box, QPlainTextEdit):
            layout = box.document().documentLayout()
            block = box.document().begin()
            while block.isValid():
                layout.blockBoundingRect(block)
                block = block.next()
