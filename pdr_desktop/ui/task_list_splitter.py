"""The wizard's splitter: the task list beside the page, as wide as its titles want but never
more than 1 - MIN_PAGE_SHARE of the window, or as wide as the person dragged it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from pdr_desktop.ui import window_state
from pdr_desktop.ui.section_list import SectionList

MIN_PAGE_SHARE = 0.6


class TaskListSplitter(QSplitter):
    """The task list (left) and the page (right); the list keeps the width wanted as the window
    or the text size changes."""

    def __init__(self, section_list: SectionList, page: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("wizardSplitter")
        self.setChildrenCollapsible(False)
        self.section_list = section_list
        self.addWidget(section_list)
        self.addWidget(page)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self._sized = False  # sized once, when the wizard first has entries
        self._list_wanted: int | None = None  # see fit_list
        self._list_chosen = False  # the person dragged the list's edge (or it was restored)
        self.splitterMoved.connect(self._list_dragged)
        section_list.ideal_width_changed.connect(self._list_remeasured)

    def size_once(self) -> None:
        """The first time there are entries: the saved width, else every title in full when there
        is room (the page keeps at least two thirds)."""
        if self._sized:
            return
        self._sized = True
        self._list_chosen = window_state.restore_splitter(self)
        if not self._list_chosen:
            width = self.section_list.ideal_width()
            total = max(self.width(), width * 3)
            self.setSizes([width, total - width])
        self._list_wanted = self.sizes()[0]
        self.fit_list()

    def fit_list(self) -> None:
        """The task list at the width wanted (its ideal, or where the person dragged it), but
        never more than 1 - MIN_PAGE_SHARE of the window: the splitter would otherwise give
        every pixel of a narrower window (or of 200% text) to the page's loss."""
        sizes = self.sizes()
        total = sum(sizes)
        if self._list_wanted is None or len(sizes) != 2 or total <= 0 or not self.isVisible():
            return
        target = min(self._list_wanted, int(total * (1 - MIN_PAGE_SHARE)))
        if sizes[0] != target:
            self.setSizes([target, total - target])

    def _list_dragged(self) -> None:
        self._list_wanted = self.sizes()[0]
        self._list_chosen = True

    def _list_remeasured(self) -> None:
        """The text size changed: the list wants its ideal width at the new size, unless the
        person chose a width by dragging (theirs is kept)."""
        if self._sized and not self._list_chosen:
            self._list_wanted = self.section_list.ideal_width()
            self.fit_list()
