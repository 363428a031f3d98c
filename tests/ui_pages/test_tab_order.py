"""Tab walks every page in reading order, reaches every input, and each stop has an accessible name."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from pdr_desktop.forms.model import Role

from .conftest import SECTION_IDS, page_x, page_y, tab_stops_in

ROW_TOLERANCE = 6  # pixels: widgets side by side on one line start at (nearly) the same height


def _walk_with_tab(qtbot, page) -> list[QWidget]:
    """Press Tab from the first input until focus leaves the page or comes back round."""
    # The first stop is where Tab lands on entering the page: the first tab stop in its focus chain.
    stops = set(tab_stops_in(page))
    first = page.widget().nextInFocusChain()
    while first not in stops:
        first = first.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    visited = [first]
    for _ in range(1000):  # the objectives table alone takes one Tab per cell
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not page.widget().isAncestorOf(now):
            break
        if now is first and visited[-1] is not first:
            break  # came round again
        if now is not visited[-1]:
            visited.append(now)
    return visited


def _radio_group_key(widget: QWidget):
    # An exclusive radio group is one Tab stop in Qt (arrows move inside it): count the group once.
    return ("radio", id(widget.group())) if isinstance(widget, QRadioButton) and widget.group() else widget


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_tab_reaches_every_input_in_reading_order(make_page, form, sample_draft, qtbot, section_id, role):
    page = make_page(section_id, sample_draft, role)
    visited = _walk_with_tab(qtbot, page)

    for widget in visited:
        assert widget.accessibleName().strip(), f"{type(widget).__name__} without an accessible name"

    unique = list(dict.fromkeys(visited))
    for before, after in itertools.pairwise(unique):
        y0, y1 = page_y(before, page), page_y(after, page)
        same_line = abs(y1 - y0) <= ROW_TOLERANCE
        assert y1 > y0 - ROW_TOLERANCE, f"{after.accessibleName()!r} is above {before.accessibleName()!r}"
        if same_line:
            assert page_x(after, page) >= page_x(before, page), (
                before.accessibleName(),
                after.accessibleName(),
            )

    reached = {_radio_group_key(w) for w in visited}
    expected = {_radio_group_key(w) for w in tab_stops_in(page)}
    missing = [key.accessibleName() if isinstance(key, QWidget) else str(key) for key in expected - reached]
    assert not missing, f"Tab never reaches: {missing}"


def test_every_editor_input_is_in_the_pages_focus_sequence(make_page, form, sample_draft):
    for section_id in SECTION_IDS:
        page = make_page(section_id, sample_draft)
        sequence = page.focus_sequence()
        for editor in page.editors.values():
            for widget in editor.inputs():
                assert widget in sequence
                assert widget.accessibleName(), (section_id, type(widget).__name__)


def test_comments_tab_order_follows_the_current_round_first(make_page, form, sample_draft, qtbot):
    page = make_page("comments", sample_draft, Role.MANAGER)
    page.set_current_round("final")
    visited = _walk_with_tab(qtbot, page)
    first_comment = next(w for w in visited if "Comments" in w.accessibleName())
    assert "Final Review" in first_comment.accessibleName()
    assert page.round_order()[0] == "final"


def test_standards_names_say_which_standard(make_page, form, sample_draft):
    page = make_page("standards", sample_draft)
    edit = page.editors["standards.s3.self"].edit
    assert edit.accessibleName() == "Practice standard 3: My Self-assessment"
    assert edit.accessibleDescription() == form.section("standards").group("s3").label
    manager = page.editors["standards.s3.manager"]
    assert manager.accessibleName() == (
        "Practice standard 3: Manager assessment (standards have been met Yes/No)"
    )
    assert manager.comment.accessibleName().startswith("Comment: Practice standard 3")
