"""FlowLayout and the cyclic garbage collector: a widget is never deleted in the middle of its own layout.

A widget created in Python without a parent is owned by its Python object. When that object
is only held by a reference cycle, the cyclic collector deletes the widget whenever it runs —
and it runs on any allocation, including inside a layout pass that calls back into Python.
The round bar was such a widget (a lambda over itself) and crashed the suite in
QWidgetItem::setGeometry when a closed bar was collected mid-layout.
"""

from __future__ import annotations

import gc
import weakref
from datetime import date

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel, QWidget

from pdr_desktop.clock import FixedClock
from pdr_desktop.drafts.model import Draft
from pdr_desktop.ui.fields.flow_layout import FlowLayout
from pdr_desktop.ui.review.round_panel import RoundPanel


class CollectingLabel(QLabel):
    """Runs the cyclic collector from inside the layout pass, as any allocation there may."""

    def __init__(self, owner: weakref.ref) -> None:
        super().__init__("collects")
        self.owner = owner
        self.owner_alive_in_pass: list[bool] = []

    def sizeHint(self) -> QSize:
        gc.collect()
        self.owner_alive_in_pass.append(self.owner() is not None)
        return super().sizeHint()


def test_the_widget_being_laid_out_outlives_a_collection_during_the_pass(qapp):
    container = QWidget()
    container.cycle = container  # reachable only through a cycle once our name is gone
    owner = weakref.ref(container)
    layout = FlowLayout(container)
    collecting = CollectingLabel(owner)
    layout.addWidget(collecting)
    layout.addWidget(QLabel("after it"))
    del container
    layout.setGeometry(QRect(0, 0, 400, 100))
    assert collecting.owner_alive_in_pass == [True]
    del layout, collecting
    gc.collect()
    assert owner() is None  # deleted after the pass, not leaked


def test_a_round_bar_is_freed_when_its_last_reference_goes_not_left_to_the_collector(qtbot, form):
    gc.collect()
    gc.disable()
    try:
        panel = RoundPanel(form, FixedClock(date(2025, 10, 1)))
        panel.set_draft(Draft.new(form))
        gone = weakref.ref(panel)
        del panel
        assert gone() is None
    finally:
        gc.enable()
