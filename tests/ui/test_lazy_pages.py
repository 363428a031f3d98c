"""Section pages are built the first time they are needed, and the window's contract still
reaches them: state set before a page exists is applied when it is built."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review.completeness import section_status
from pdr_desktop.review.sample import build_sample


def _open_sample(window, form):
    path = window.drafts_folder() / "sample.pdr"
    write_draft(build_sample(form), path)
    assert window.open_path(path)


def test_opening_a_draft_builds_only_the_page_on_screen(window, form):
    _open_sample(window, form)
    wizard = window.wizard
    assert set(wizard.pages.built) <= {wizard.current_id()}  # none, when an extra page is shown
    # The task list still has every section's status, from the draft itself.
    for section in form.sections:
        expected = section_status(form, window.draft, section, window.role, wizard.round_id)
        assert wizard.section_list.status(section.id) == expected.value
    window.wizard.commit()  # commits what is built; builds nothing
    window.save_now()
    assert set(wizard.pages.built) <= {wizard.current_id()}  # none, when an extra page is shown


def test_focus_field_builds_the_page_it_needs(window):
    window.new_draft()
    assert "standards" not in window.wizard.pages.built
    assert window.focus_field("standards.s3.self")
    page = window.wizard.pages.built["standards"]
    assert window.wizard.current_id() == "standards"
    assert page.isAncestorOf(QApplication.focusWidget())


def test_role_guidance_and_round_set_earlier_reach_a_page_built_later(window):
    window.new_draft()
    window.show_section("standards")
    window.set_role(Role.MANAGER)
    window.menus.action_guidance.setChecked(False)
    standards = window.wizard.pages.built["standards"]
    assert standards.editors["standards.s1.self"].locked  # a built page follows at once
    assert "wider" not in window.wizard.pages.built
    window.draft.review.current_round = "six_month"
    window.refresh_from_draft()
    window.show_section("wider")
    wider = window.wizard.pages.built["wider"]
    assert wider.editors["wider.self"].locked
    assert all(panel.isHidden() for panel in wider._guidance)
    window.show_section("comments")
    assert window.wizard.pages.built["comments"].current_round == "six_month"


def test_answers_changed_elsewhere_show_on_built_and_later_pages(window):
    window.new_draft()
    window.show_section("details")
    window.draft.answers["details.position"] = "Personal Advisor"
    window.draft.answers["wider.self"] = "Ran the Solihull group."
    window.refresh_from_draft()
    assert window.wizard.pages.built["details"].editors["details.position"].value() == "Personal Advisor"
    window.show_section("wider")
    assert window.wizard.pages.built["wider"].editors["wider.self"].value() == "Ran the Solihull group."


def _every_page_built_ahead(qtbot, window, form):
    """The sample open and every page built ahead; returns the standards page."""
    _open_sample(window, form)
    every_section = {section.id for section in form.sections}
    qtbot.waitUntil(lambda: set(window.wizard.pages.built) == every_section, timeout=60_000)
    return window.wizard.pages.built["standards"]


def test_pages_are_built_ahead_once_the_draft_is_on_screen_and_a_visit_only_shows_one(qtbot, window, form):
    wizard = window.wizard
    standards = _every_page_built_ahead(qtbot, window, form)
    assert not standards.isVisible()  # built and styled in the background, not shown
    window.show_section("standards")
    assert wizard.pages.built["standards"] is standards  # the visit showed it, built nothing
    assert standards.isVisible() and wizard.current_id() == "standards"


def test_a_window_not_on_screen_builds_nothing_ahead(qtbot, window, form):
    window.hide()
    _open_sample(window, form)
    qtbot.wait(window.wizard.build_ahead.FIRST_DELAY_MS + 300)
    assert set(window.wizard.pages.built) <= {window.wizard.current_id()}


def _standards_built_and_laid_out_ahead(qtbot, window, form):
    """As _every_page_built_ahead, and the standards page (hidden) laid out at the stack's size."""
    standards = _every_page_built_ahead(qtbot, window, form)
    qtbot.waitUntil(lambda: standards.geometry() == window.wizard.stack.contentsRect(), timeout=10_000)
    return standards


def test_a_page_built_ahead_is_laid_out_where_it_will_show_so_a_visit_only_paints(qtbot, window, form):
    standards = _standards_built_and_laid_out_ahead(qtbot, window, form)
    body = standards.widget()
    assert body.width() == standards.viewport().width()  # laid out at the stack's width
    first_layouts = []  # widgets Qt lays out for the first time on the visit

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Resize and not event.oldSize().isValid():
                first_layouts.append(watched)
            return False

    watch = Watch()
    parts = [standards, *standards.findChildren(QWidget)]
    for part in parts:
        part.installEventFilter(watch)
    height = body.height()
    window.show_section("standards")
    qtbot.waitUntil(standards.isVisible)
    QApplication.processEvents()
    # A box may still refit a line once its scroll bar is gone; the page itself is settled.
    assert first_layouts == []
    assert body.height() == height


def test_after_the_window_is_resized_the_hidden_pages_are_laid_out_again(qtbot, window, form):
    standards = _standards_built_and_laid_out_ahead(qtbot, window, form)
    wizard = window.wizard
    window.resize(window.width() + 120, window.height())
    qtbot.waitUntil(lambda: wizard.stack.contentsRect().width() != standards.width(), timeout=5_000)
    qtbot.waitUntil(lambda: standards.geometry() == wizard.stack.contentsRect(), timeout=10_000)
    assert not standards.isVisible()
    assert standards.widget().width() == standards.viewport().width()


def test_after_the_task_list_is_dragged_wider_the_hidden_pages_are_laid_out_again(qtbot, window, form):
    # The window keeps its size; only the stack beside the task list narrows.
    standards = _standards_built_and_laid_out_ahead(qtbot, window, form)
    wizard = window.wizard
    window_size = window.size()
    list_width, right_width = wizard.splitter.sizes()
    wizard.splitter.setSizes([list_width + 80, right_width - 80])
    qtbot.waitUntil(lambda: wizard.stack.contentsRect().width() != standards.width(), timeout=5_000)
    qtbot.waitUntil(lambda: standards.geometry() == wizard.stack.contentsRect(), timeout=10_000)
    assert window.size() == window_size
    assert not standards.isVisible()
    assert standards.widget().width() == standards.viewport().width()
