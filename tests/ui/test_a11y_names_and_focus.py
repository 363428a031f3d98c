"""Names that contain the words on screen (WCAG 2.5.3), and a focus that is always somewhere seen.

Generic over the form: every page of the wizard is walked in both roles, so a widget another
engineer adds tomorrow is checked by the same rules without touching this file.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QToolButton,
    QWidget,
)

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review.sample import build_sample
from pdr_desktop.ui.focus import first_tab_stop, is_tab_stop
from pdr_desktop.ui.section_list import CHECK_ID


def words(text: str, mnemonic: bool = True) -> str:
    """What a voice-control user would say: no access-key "&", no "…", no trailing colon, any case."""
    if mnemonic:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("…", "").replace("...", "")
    return re.sub(r"\s+", " ", text).strip().rstrip(":").strip().lower()


def open_sample(window, form, round_id: str) -> None:
    draft = build_sample(form)
    draft.review.current_round = round_id
    path = window.drafts_folder() / "sample.pdr"
    write_draft(draft, path)
    assert window.open_path(path)


def visible_widgets(window) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


def label_in_name_problems(window) -> list[str]:
    problems = []
    for widget in visible_widgets(window):
        name = words(widget.accessibleName(), mnemonic=False)
        if isinstance(widget, QAbstractButton):
            icon_only = (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            shown = "" if icon_only else words(widget.text())
            if shown and shown not in name:
                problems.append(f"{type(widget).__name__} shows {shown!r}, is named {name!r}")
        elif (
            isinstance(widget, QLabel)
            and widget.accessibleName()
            and widget.textFormat() != Qt.TextFormat.RichText
        ):
            shown = words(widget.text(), mnemonic=widget.buddy() is not None)  # "&" shows without a buddy
            if shown and shown not in name:
                problems.append(f"label shows {shown!r}, is named {name!r}")
        buddies = [
            label
            for label in window.findChildren(QLabel)
            if label.buddy() is widget and label.isVisible() and label.text().strip()
        ]
        if isinstance(widget, (QRadioButton, QCheckBox)):
            continue  # their own text is their label; a caption above names the question
        for label in buddies:
            shown = words(label.text())
            if shown not in name:
                problems.append(f"{type(widget).__name__} labelled {shown!r} is named {name!r}")
    return problems


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.MANAGER])
@pytest.mark.parametrize("round_id", ["initial", "final"])
def test_every_accessible_name_contains_the_visible_label(make_window, form, role, round_id):
    window = make_window(role.value)
    open_sample(window, form, round_id)
    problems = label_in_name_problems(window)  # the round bar, status bar and task list
    for entry in window.wizard.order:
        window.show_section(entry)
        problems += [f"{entry}: {p}" for p in label_in_name_problems(window.wizard)]
    assert problems == []


def test_sign_again_and_next_check_your_answers_are_named_as_shown(window, form):
    open_sample(window, form, "final")
    window.show_section("signoff")
    page = window.wizard.pages["signoff"]
    buttons = [w for w in page.findChildren(QAbstractButton) if w.text() == "Sign again" and w.isVisible()]
    assert buttons and all(b.accessibleName().startswith("Sign again") for b in buttons)
    order = window.wizard.order
    window.show_section(order[order.index(CHECK_ID) - 1])  # the last step before the summary
    assert window.wizard.next_button.text().replace("&", "") == "Next: Check your answers"
    assert window.wizard.next_button.accessibleName() == "Next: Check your answers"


@pytest.mark.parametrize("role", ["practitioner", "manager"])
def test_every_tab_stop_on_every_page_has_a_name(make_window, form, role):
    window = make_window(role)
    open_sample(window, form, "six_month")
    unnamed = []
    for entry in window.wizard.order:
        window.show_section(entry)
        unnamed += [
            f"{entry}: {type(w).__name__}"
            for w in visible_widgets(window)
            if is_tab_stop(w) and not w.accessibleName().strip()
        ]
    assert unnamed == []


class FocusCounter(QObject):
    """Counts focus changes across the application: each is one focus event for a screen reader."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QWidget)
            and watched.isWindow() is False
        ):
            self.count += 1
        return False


@pytest.fixture
def focus_events():
    counter = FocusCounter()
    QApplication.instance().installEventFilter(counter)
    yield counter
    QApplication.instance().removeEventFilter(counter)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_ctrl_page_down_through_every_page_lands_on_a_seen_focus_with_one_focus_event(
    window, form, qtbot, focus_events
):
    open_sample(window, form, "six_month")
    window.show_section(window.wizard.order[0])
    window.focus_field("details.name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for entry in window.wizard.order[1:]:
        before = focus_events.count
        _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert window.wizard.current_id() == entry
        focused = QApplication.focusWidget()
        page = window.wizard.stack.currentWidget()
        assert focused is not None and focused.isVisible() and is_tab_stop(focused), entry
        assert page.isAncestorOf(focused), (entry, type(focused).__name__)
        assert focus_events.count - before == 1, entry  # one focus change, not two or three
        viewport = focused.visibleRegion()
        assert not viewport.isEmpty(), entry  # scrolled into view


def test_ctrl_page_down_in_the_task_list_keeps_the_focus_there(window, form, qtbot):
    open_sample(window, form, "initial")
    window.wizard.section_list.setFocus()
    qtbot.waitUntil(window.wizard.section_list.hasFocus)
    order = window.wizard.order
    window.show_section(order[0])
    window.wizard.section_list.setFocus()
    _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.wizard.current_id() == order[1]
    assert QApplication.focusWidget() is window.wizard.section_list


def test_progress_review_is_named_and_tab_reaches_all_its_inputs_before_the_toolbar(window, form, qtbot):
    open_sample(window, form, "six_month")
    order = window.wizard.order
    window.show_section(order[order.index("progress") - 1])
    window.focus_field("objectives.items")
    _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    page = window.review_actions.progress_page
    assert window.wizard.current_id() == "progress"
    assert page.accessibleName() == "Progress review"
    inputs = [w for row in page.objective_widgets() for w in (row.scale, row.note, row.achieved)]
    assert QApplication.focusWidget() is inputs[0]
    reached = [QApplication.focusWidget()]
    toolbar = window.review_actions.toolbar
    for _ in range(len(inputs) + 3):
        _press(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if toolbar.isAncestorOf(focused) or focused is window.wizard.back_button:
            break
        reached.append(focused)
    assert reached == inputs
    assert len(inputs) == 21  # the sample's seven objectives, three inputs each


def test_a_page_without_inputs_hands_the_focus_to_the_task_list(window, qtbot):
    window.new_draft()  # no objectives yet: the progress page has nothing to focus
    order = window.wizard.order
    window.show_section(order[order.index("progress") - 1])
    window.focus_field("objectives.items")
    _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.wizard.current_id() == "progress"
    assert first_tab_stop(window.wizard.stack.currentWidget()) is None
    assert QApplication.focusWidget() is window.wizard.section_list


def test_a_focused_box_is_scrolled_fully_into_view(window, form, qtbot):
    open_sample(window, form, "initial")
    window.resize(900, 520)
    window.show_section("standards")
    page = window.wizard.pages["standards"]
    qtbot.waitUntil(lambda: page.viewport().height() < page.widget().height())
    boxes = [w for w in page.inputs() if w.isVisible() and w.height() < page.viewport().height() - 30]
    for box in boxes[::4]:
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus)
        top = box.mapTo(page.viewport(), box.rect().topLeft()).y()
        bottom = box.mapTo(page.viewport(), box.rect().bottomLeft()).y()
        assert top >= 0 and bottom <= page.viewport().height(), box.accessibleName()


def test_the_check_page_is_no_tab_stop(window):
    window.new_draft()
    window.show_section(CHECK_ID)
    assert not is_tab_stop(window.wizard.check_page)
