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


def _tab_stop(widget: QWidget) -> bool:
    # A widget with a focus proxy (a spin box's inner line edit) is reached through its proxy.
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def order_window(window: MainWindow) -> None:
    """Top toolbars, the message banner, the start page or the wizard: the task list, the pages
    in the order the list shows them, then Back / Next under the page.

    Inside each part the order the part chose (a page's reading order) is kept; only the
    parts are put in sequence, so widgets a page adds later need this to run again.
    """
    toolbars = [
        bar
        for bar in window.findChildren(QToolBar)
        if window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    ]
    wizard = window.wizard
    pages = [wizard.containers[e] for e in wizard.order if e in wizard.containers]
    parts = [
        *toolbars,
        window.banner,
        window.start_page,
        wizard.section_list,
        *pages,
        wizard.back_button,
        wizard.next_button,
    ]
    current = _chain_order(window)
    flat: list[QWidget] = []
    for part in parts:
        flat += [w for w in current if (w is part or part.isAncestorOf(w)) and _tab_stop(w)]
    chain(list(dict.fromkeys(flat)))


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
    while widget is not current:
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
