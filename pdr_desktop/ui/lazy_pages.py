"""The wizard's section pages by id, each built the first time it is asked for.

Building all eight pages when a draft opened took most of a second; most sessions look at a
few of them. ``built`` holds only the pages made so far, for the wizard to pass state on to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from pdr_desktop.ui.hidden_layout import lay_out_hidden

PageT = TypeVar("PageT", bound=QWidget)


class LazyPages(Mapping[str, PageT]):
    """Section id → its page, built on first access; ``built`` holds only those made so far."""

    def __init__(self, build: Callable[[str], PageT], section_ids: Callable[[], list[str]]) -> None:
        self._build = build
        self._section_ids = section_ids
        self.built: dict[str, PageT] = {}

    def __getitem__(self, section_id: str) -> PageT:
        page = self.built.get(section_id)
        if page is None:
            if section_id not in self._section_ids():
                raise KeyError(section_id)
            page = self._build(section_id)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._section_ids())

    def __len__(self) -> int:
        return len(self._section_ids())

    def __contains__(self, section_id: object) -> bool:
        return section_id in self._section_ids()


class BuildAhead(QObject):
    """Builds the pages not made yet, one per quiet moment once a draft is open and on screen,
    and lays each out where it will be shown (in *stack*, at its contents' rectangle) in the
    next moment; lays them out again when the stack changes size.

    A first visit to a page built on demand took most of a second for the standards (ten cards
    of widgets made, styled and laid out); built ahead, a visit only shows it. Without the
    layout the visit still took 140 ms: Qt lays out a hidden page when it is first shown
    (ui/hidden_layout.py). The first build waits FIRST_DELAY_MS so the draft's own page paints
    and answers clicks first; each build and each layout then yields to the event loop, so a
    click or a key waits at most one of them.
    """

    FIRST_DELAY_MS = 400
    NEXT_DELAY_MS = 30

    def __init__(
        self, pages: LazyPages, host: QWidget, stack: QWidget, in_stack: Callable[[str], QWidget | None]
    ) -> None:
        """*in_stack(section id)*: the widget the stack holds for a built page (the page itself or
        a scroll area around it), the one the stack gives its whole rectangle."""
        super().__init__(host)
        self._pages = pages
        self._host = host
        self._stack = stack
        self._in_stack = in_stack
        self._to_lay_out: list[str] = []  # built, not laid out yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._next())
        # The stack, not the window: it also changes width when the task list is dragged wider,
        # the text size changes or guidance is shown or hidden.
        stack.installEventFilter(self)

    def start(self) -> None:
        self._timer.start(self.FIRST_DELAY_MS)

    def forget(self) -> None:
        """The pages were dropped (another form opened): none is waiting to be laid out."""
        self._to_lay_out.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._pages.built:
            self._lay_out_again()
        return False

    def _lay_out_again(self) -> None:
        """Lay the hidden pages out again at the stack's new size, once it has kept that size for
        FIRST_DELAY_MS (a window being dragged wider is resized many times)."""
        self._to_lay_out = list(self._pages.built)  # the page on screen is left to Qt
        self._timer.start(self.FIRST_DELAY_MS)

    def postpone(self) -> None:
        """A page is being shown: let it paint before the next page is built."""
        if self._timer.isActive():
            self._timer.start(self.FIRST_DELAY_MS)

    def _next(self) -> None:
        """One step: lay out a page built or resized earlier, else build the next missing page."""
        if not self._host.isVisible():
            return  # a hidden wizard (start page, closed window) needs nothing yet
        if self._to_lay_out:
            widget = self._in_stack(self._to_lay_out.pop())
            if widget is not None:  # not dropped meanwhile
                lay_out_hidden(widget, self._stack.contentsRect())
            self._timer.start(self.NEXT_DELAY_MS)
            return
        missing = [section_id for section_id in self._pages if section_id not in self._pages.built]
        if not missing:
            return
        page = self._pages[missing[0]]
        page.ensurePolished()  # styled now, not on the first visit
        self._to_lay_out.append(missing[0])
        self._timer.start(self.NEXT_DELAY_MS)


def warm_page_modules() -> None:
    """Import every page kind and field widget now, for a window that has just painted.

    The pages and their widgets load on first use, so the start page paints without them; but a
    person who opens a draft and goes straight to another page would then wait for the imports
    on top of the build. Run once the window is on screen (first_paint.after_first_paint).
    """
    from pdr_desktop.ui.fields import factory, objectives_table  # noqa: F401
    from pdr_desktop.ui.pages import kinds  # noqa: F401
