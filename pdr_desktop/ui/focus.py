"""Where the keyboard focus goes, and that the focused widget can be seen.

- Page containers (the scroll areas around pages) are not Tab stops: focus on them showed
  nothing. ``quiet_container`` makes them so; their inputs are the stops.
- After a page change the focus is left where Qt's stacked widget put it (the new page's
  remembered or first input: one focus event) unless it ended up somewhere unseen; then it
  goes to ``first_tab_stop`` of the page, or the task list when a page has no inputs.
- ``keep_focus_in_view`` scrolls every scroll area between the focused widget and the window
  so the whole widget shows, not just its text cursor, which is all Qt's own
  ensureWidgetVisible brings into view for text boxes (a box taller than the view still
  shows the part with its cursor).
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt when used: see ui/first_paint.py on the Qt namespace
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

MARGIN = 12  # a little of what surrounds the focused widget stays in view


def quiet_container(area: QAbstractScrollArea) -> None:
    """A scroll area that holds inputs: not a Tab stop itself (it would show no focus)."""
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)


def is_tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def first_tab_stop(container: QWidget) -> QWidget | None:
    """The first widget Tab would reach inside *container* (focus chain order), if any."""
    widget = container.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        if (
            container.isAncestorOf(widget)
            and is_tab_stop(widget)
            and widget.isVisibleTo(container)
            and widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_is_seen(widget: QWidget | None) -> bool:
    """Whether the focus on *widget* is somewhere a person can see it."""
    return widget is not None and widget.isVisible() and is_tab_stop(widget)


def ensure_fully_visible(widget: QWidget) -> None:
    """Scroll each scroll area around *widget* so all of it shows; a widget taller than the
    view shows from its top. Areas are handled innermost first (the progress list inside the
    page)."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            _scroll_to(parent, child)
        child = parent if isinstance(parent, QScrollArea) else child
        parent = parent.parentWidget()


def _scroll_to(area: QScrollArea, widget: QWidget) -> None:
    content = area.widget()
    if content is None or (widget is not content and not content.isAncestorOf(widget)):
        return
    target = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
    view_height = area.viewport().height()
    bar = area.verticalScrollBar()
    top, bottom = bar.value(), bar.value() + view_height
    wanted_top, wanted_bottom = target.top() - MARGIN, target.bottom() + MARGIN
    if wanted_top >= top and wanted_bottom <= bottom:
        return
    if wanted_bottom - wanted_top > view_height:
        area.ensureWidgetVisible(widget, 0, MARGIN)  # taller than the view: where its cursor is
    elif wanted_top < top:
        bar.setValue(max(0, wanted_top))
    else:
        bar.setValue(wanted_bottom - view_height + 1)


class _FollowFocus(QObject):
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.isVisible():
            ensure_fully_visible(new)


_follower: _FollowFocus | None = None


def keep_focus_in_view() -> None:
    """From now on, whatever gets the focus is scrolled fully into view (once per application)."""
    global _follower
    app = QApplication.instance()
    if not isinstance(app, QApplication) or _follower is not None:
        return
    _follower = _FollowFocus(app)
    app.focusChanged.connect(_follower.follow)
