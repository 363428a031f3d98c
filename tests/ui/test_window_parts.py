"""The parts the start page does not show are built after the first frame, or at once when needed.

ui/window_parts.py: a window shows its start page first; anything that reads the wizard, the
session or a plug-in, and anything that opens a draft, gets the whole window first.
"""

from __future__ import annotations

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.settings import load_settings
from pdr_desktop.ui.main_window import MainWindow


def _unshown(qtbot, registry, clock) -> MainWindow:
    window = MainWindow(registry=registry, settings=load_settings(), clock=clock)
    qtbot.addWidget(window)
    return window


def _menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for m in window.menuBar().actions() for a in m.menu().actions()]


def test_a_new_window_holds_only_what_its_start_page_shows(qtbot, registry, clock):
    window = _unshown(qtbot, registry, clock)
    assert window.built_wizard is None
    assert window.built_session is None
    assert not window.is_complete
    assert "My team…" not in _menu_texts(window)  # the review menu's items come with the rest


def test_the_rest_is_built_after_the_first_frame_without_anyone_asking(qtbot, registry, clock):
    window = _unshown(qtbot, registry, clock)
    window.show()
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    assert window.built_wizard is not None and window.built_session is not None
    texts = _menu_texts(window)
    assert {"My team…", "Next spelling mistake"} <= set(texts)
    # The wizard's task list and pages are in the tab order once they exist.
    assert window.pages.indexOf(window.built_wizard) >= 0


def test_asking_for_a_part_builds_the_whole_window_at_once(qtbot, registry, clock):
    window = _unshown(qtbot, registry, clock)
    panel = window.review_actions.round_panel  # no paint, no waiting
    assert panel is not None and window.is_complete
    assert window.built_wizard is not None
    assert window.review_actions is window.review_actions  # built once


def test_opening_a_draft_before_the_first_frame_opens_it_in_the_whole_window(
    qtbot, registry, clock, tmp_path, sample_draft
):
    path = tmp_path / "Sample.pdr"
    write_draft(sample_draft, path)
    window = _unshown(qtbot, registry, clock)
    assert window.open_path(path)
    assert window.is_complete
    assert window.review_actions.toolbar.isVisibleTo(window)  # the round bar follows the draft
    assert window.pages.currentWidget() is window.wizard
    assert window.session.lock is not None  # one writer: the draft is locked as it opens
    window.close_draft()


def test_a_draft_opened_as_the_window_first_shows_gets_the_task_list_its_titles_want(
    qtbot, registry, clock, tmp_path, sample_draft
):
    # A double-clicked file: start_window shows the window, then opens the file before any frame,
    # so the wizard is built and its task list measured in the same breath. Measured before the
    # style sheet reached it (its border), the list was 8 px narrower than opened from the start page.
    path = tmp_path / "Sample.pdr"
    write_draft(sample_draft, path)
    window = _unshown(qtbot, registry, clock)
    window.show()
    assert window.open_path(path)
    qtbot.waitExposed(window)
    window.resize(1600, window.height())  # room for the whole list (it never takes over 40%)
    wizard = window.wizard
    wanted = wizard.section_list.ideal_width()
    qtbot.waitUntil(lambda: wizard.splitter.sizes()[0] == wanted, timeout=2000)
    window.close_draft()
