"""The task list at large text: long names wrap instead of being cut, and the list is measured
again when the text size changes."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from pdr_desktop.ui.section_list import SectionList

LONG = "Learning and Development"


def _row_height(tasks: SectionList, entry_id: str) -> int:
    item = tasks.item_for(entry_id)
    option = QStyleOptionViewItem()
    option.initFrom(tasks)
    option.widget = tasks
    return tasks.itemDelegate().sizeHint(option, tasks.indexFromItem(item)).height()


def test_a_long_name_wraps_onto_two_lines_with_its_tag_under_it(qtbot):
    tasks = SectionList()
    qtbot.addWidget(tasks)
    tasks.set_entries([("learning", LONG), ("details", "Details")])
    tasks.set_status("learning", "Completed")
    tasks.set_status("details", "Completed")
    metrics = tasks.fontMetrics()
    # Narrower than the name: at 200% text the list is held to a share of the window.
    tasks.resize(metrics.horizontalAdvance(LONG) * 2 // 3 + 16 + tasks.frameWidth() * 2, 400)
    tasks.show()
    qtbot.waitExposed(tasks)
    tag_height = metrics.height() + 6
    # Two lines of title and the tag under them: nothing of the name is left out.
    assert _row_height(tasks, "learning") >= 2 * metrics.height() + tag_height + 10
    assert _row_height(tasks, "details") < _row_height(tasks, "learning")
    room = tasks.viewport().width() - 16
    wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), LONG)
    assert wrapped.width() <= room  # every word fits on some line


def test_the_list_is_measured_again_when_the_text_size_changes(window, qtbot):
    window.resize(1600, 900)
    window.new_draft()
    wizard = window.wizard
    tasks = wizard.section_list
    qtbot.waitUntil(lambda: wizard.splitter.sizes()[0] > 0)
    before_ideal = tasks.ideal_width()
    before = wizard.splitter.sizes()[0]
    with qtbot.waitSignal(tasks.ideal_width_changed):
        font = tasks.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        tasks.setFont(font)
    assert tasks.ideal_width() > before_ideal
    assert wizard.splitter.sizes()[0] > before  # the list widened with its text


def test_a_width_the_person_dragged_is_kept_when_the_text_size_changes(window, qtbot):
    window.resize(1600, 900)
    window.new_draft()
    wizard = window.wizard
    qtbot.waitUntil(lambda: wizard.splitter.sizes()[0] > 0)
    wizard.splitter.splitterMoved.emit(250, 1)  # as a drag of the handle reports it
    chosen = wizard.splitter.sizes()[0]
    font = wizard.section_list.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    wizard.section_list.setFont(font)
    assert wizard.splitter.sizes()[0] == chosen


def _laid_out_rows(tasks: SectionList) -> list[QRect]:
    return [tasks.visualItemRect(tasks.item(row)) for row in range(tasks.count())]


def test_rows_are_laid_out_again_when_only_the_viewport_changes_width(qtbot):
    """A scroll bar appearing narrows the viewport, not the list: rows measured at the old width
    overlapped their neighbours (or left gaps) at 200% text until something else relaid them."""
    tasks = SectionList()
    qtbot.addWidget(tasks)
    titles = ["Details", "Wider Contribution and feedback", LONG, "Objectives", "Sign-off"] * 3
    tasks.set_entries([(f"e{i}", title) for i, title in enumerate(titles)])
    for i in range(len(titles)):
        tasks.set_status(f"e{i}", "In progress")
    metrics = tasks.fontMetrics()
    # Just wide enough for the longest title beside its tag while there is no scroll bar.
    width = tasks.ideal_width() - tasks.verticalScrollBar().sizeHint().width() + 4
    tasks.resize(width, 4000)
    tasks.show()
    qtbot.waitExposed(tasks)
    tall = _laid_out_rows(tasks)
    tasks.resize(width, metrics.height() * 8)  # rows overflow: a scroll bar takes some width
    qtbot.waitUntil(lambda: tasks.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: _laid_out_rows(tasks) != tall, timeout=2000)
    rows = _laid_out_rows(tasks)
    for row, rect in enumerate(rows):
        assert rect.height() == _row_height(tasks, f"e{row}"), titles[row]  # measured at this width
    for above, below in itertools.pairwise(rows):
        assert above.bottom() < below.top() and below.top() - above.bottom() <= 8
