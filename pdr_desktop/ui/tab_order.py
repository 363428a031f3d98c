"""Tab follows reading order across the whole window, not the order widgets happened to be made in.

Qt chains widgets in creation order, so the round toolbar (installed after the wizard) came
after the pages, and Back/Next (made before any page) came before them. The window calls
`order_window` whenever it gains pages or toolbars.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow


def chain(widgets: list[QWidget]) -> None:
    """Put the widgets one after another in the focus chain."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def _chain_order(window: QWidget) -> list[QWidget]:
    """Every widget of the window in its current focus-chain order."""
    order: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        order.append(widget)
        widget = widget.nextInFocusChain()
    return order


_TAB_FOCUS = Qt.FocusPolicy.TabFocus.value


def _tab_stop(widget: QWidget) -> bool:
    # A widget with a focus proxy (a spin box's inner line edit) is reached through its proxy.
    # Plain ints: Python enum flag arithmetic, run for every widget of the window, was slow.
    return bool(widget.focusPolicy().value & _TAB_FOCUS) and widget.focusProxy() is None


def _part_index(widget: QWidget, parts: dict[QWidget, int]) -> int | None:
    """The earliest part (in *parts* order) that is *widget* or one of its ancestors."""
    found: int | None = None
    node: QWidget | None = widget
    while node is not None:
        index = parts.get(node)
        if index is not None and (found is None or index < found):
            found = index
        node = node.parentWidget()
    return found


def order_window(window: MainWindow) -> None:
    """Top toolbars, the message banner, the notice bar, the start page or the wizard: the task
    list, the pages in the order the list shows them, then Back / Next under the page.

    Inside each part the order the part chose (a page's reading order) is kept; only the
    parts are put in sequence, so widgets a page adds later need this to run again.
    """
    toolbars = [
        bar
        # A main window's toolbars are its own children: no search through every page's widgets.
        for bar in window.findChildren(QToolBar, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    ]
    wizard = window.built_wizard  # none yet: the start page is all there is
    pages = [wizard.containers[e] for e in wizard.order if e in wizard.containers] if wizard else []
    wizard_parts = [wizard.section_list, *pages, wizard.back_button, wizard.next_button] if wizard else []
    session = window.built_session  # its notice bar (Open a copy, Dismiss) sits above the pages
    notice = [session.bar] if session is not None else []
    parts = [*toolbars, window.banner, *notice, window.start_page, *wizard_parts]
    # One walk up from each widget, not a test of every widget against every part: the window
    # runs this on each page change, and a built standards page alone has hundreds of widgets.
    index_of: dict[QWidget, int] = {}
    for index, part in enumerate(parts):
        index_of.setdefault(part, index)
    buckets: list[list[QWidget]] = [[] for _ in parts]
    for widget in _chain_order(window):
        if _tab_stop(widget):
            part_index = _part_index(widget, index_of)
            if part_index is not None:
                buckets[part_index].append(widget)
    chain(list(dict.fromkeys(itertools.chain.from_iterable(buckets))))


def step_across_wrap(window: QWidget, forward: bool) -> bool:
    """Tab / Shift+Tab when the next stop lies past the window's wrap point: focus it directly.

    At the wrap Qt offers the focus change to the platform window first, and (offscreen at
    least) focus then lands on a widget out of order - the first box of the page rather
    than the round bar. Returns False when no wrap is crossed: Qt's own stepping is right.
    """
    current = window.focusWidget()
    if current is None:
        return False
    crossed = False
    widget = current.nextInFocusChain() if forward else current.previousInFocusChain()
    while widget is not None and widget is not current:
        if widget is window:
            crossed = True
        elif _tab_stop(widget) and widget.isVisibleTo(window) and widget.isEnabled():
            if not crossed:
                return False
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            widget.setFocus(reason)
            return True
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return False
