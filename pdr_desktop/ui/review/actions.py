"""The Review menu, the round bar and the Progress review page, wired into the main window.

The window knows nothing about reviews beyond calling install_review_actions(); everything
here goes through its public contract (draft, form, role, today, menus, signals,
load_draft/open_path/save_now/refresh_from_draft/add_extra_page).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from pdr_desktop.forms.model import FormDefinition, Role
from pdr_desktop.review import workflow
from pdr_desktop.ui.review.carry_forward_action import has_reference
from pdr_desktop.ui.review.progress_page import PAGE_ID, ProgressPage
from pdr_desktop.ui.review.round_panel import RoundPanel
from pdr_desktop.ui.wizard_pages import ExtraWizardPage

if TYPE_CHECKING:
    # The dialogs load when first opened, not when the window starts.
    from pdr_desktop.ui.review.carry_forward_action import LastYearDialog
    from pdr_desktop.ui.review.manager_list import ManagerListDialog
    from pdr_desktop.ui.review.team_view import TeamView


def _after_objectives(form: FormDefinition) -> str:
    """Progress is reviewed against the objectives, so it follows the section that holds them."""
    rows = form.rows_field()
    return rows.section_id if rows is not None else ""


class ReviewActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        role = self._role()
        self.progress_page = ProgressPage(window.form, None, role)
        page: ExtraWizardPage = self.progress_page  # (so mypy checks the page keeps the contract)
        add_page = getattr(window, "add_extra_page", None)
        if callable(add_page):
            add_page(PAGE_ID, self.tr("Progress review"), page, _after_objectives)

        self.round_panel = RoundPanel(window.form, window.clock)
        self.round_panel.set_role(role)
        self.round_panel.meeting_changed.connect(lambda _r: self._review_state_changed(rounds_moved=False))
        self.round_panel.round_completed.connect(lambda _r: self._review_state_changed(rounds_moved=True))
        self.round_panel.round_reopened.connect(lambda _r: self._review_state_changed(rounds_moved=True))
        self.toolbar = QToolBar(self.tr("Review round"), window)
        self.toolbar.setObjectName("reviewRoundToolbar")  # lets saveState() remember it
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.round_panel)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.menu: QMenu = window.menus.menu_review
        self.menu.addSeparator()
        self.compare = self._action(self.tr("Compare &with…"), self.compare_with, "Ctrl+Shift+D")
        self.open_received = self._action(self.tr("Open &received…"), self.open_received_list, "Ctrl+Shift+O")
        self.team = self._action(self.tr("My &team…"), self.show_team, "Ctrl+Shift+T")
        self.menu.addSeparator()
        self.meeting = self._action(self.tr("&Meeting date…"), self.focus_meeting_date, "Ctrl+Shift+M")
        self.complete = self._action(self.tr("Comp&lete this round"), self.complete_round, None)
        self.progress = self._action(self.tr("&Progress review"), self.show_progress, "Ctrl+Shift+P")
        self.menu.addSeparator()
        self.next_year = self._action(self.tr("Start &next year's conversation…"), self.start_next_year, None)
        self.last_year = self._action(self.tr("Last &year's comments"), self.show_last_year, None)
        self.compare.setStatusTip(
            self.tr("See what changed in another copy and take the other person's answers")
        )
        self.open_received.setStatusTip(self.tr("List the forms your team sent you and open one"))
        self.team.setStatusTip(
            self.tr("Everyone's conversation at a glance, training needs, reports for the board")
        )
        self.team_view: TeamView | None = None

        window.draft_loaded.connect(self.on_draft_loaded)
        window.role_changed.connect(self.on_role_changed)
        window.draft_changed.connect(self.on_draft_changed)
        pages = getattr(window, "pages", None)
        if pages is not None and hasattr(pages, "currentChanged"):
            # Closing a draft shows the start page without a signal: follow it to clear the bar.
            pages.currentChanged.connect(lambda _index: self.on_draft_loaded())
        self.on_draft_loaded()

    def _action(self, text: str, slot, shortcut: str | None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _role(self) -> Role:
        try:
            return Role(self.window.role)
        except ValueError:
            return Role.PRACTITIONER

    # --- following the window -----------------------------------------------------------------

    def on_draft_loaded(self) -> None:
        draft = self.window.draft
        if self.window.form is not self.round_panel.form:  # a draft made with another form
            self.round_panel.form = self.window.form
            self.progress_page.form = self.window.form
        self.round_panel.set_draft(draft)
        self.toolbar.setVisible(draft is not None)  # nothing to say on the start page
        if draft is not None and draft is not self.progress_page.draft:
            self.progress_page.set_draft(draft)  # the wizard re-sets it too; one rebuild is enough
        self.update_actions()

    def on_role_changed(self, role: str) -> None:
        self.round_panel.set_role(role)
        self.progress_page.set_role(role)

    def on_draft_changed(self, field_id: str) -> None:
        # Objectives typed on their own page should show up on the progress page.
        rows = self.window.form.rows_field()
        # refresh() only rebuilds when the objectives themselves changed, so an edit made on the
        # progress page coming back here costs nothing and never moves the cursor.
        if rows is not None and field_id == rows.id:
            self.progress_page.refresh()

    def update_actions(self) -> None:
        draft = self.window.draft
        has_draft = draft is not None
        for action in (self.compare, self.meeting, self.complete, self.progress, self.next_year):
            action.setEnabled(has_draft)
        self.complete.setEnabled(has_draft and not workflow.year_finished(self.window.form, draft))
        self.last_year.setEnabled(has_reference(draft))

    # --- after an edit here -------------------------------------------------------------------

    def _review_state_changed(self, rounds_moved: bool) -> None:
        draft = self.window.draft
        if draft is None:
            return
        if rounds_moved:
            self.progress_page.set_current_round(draft.review.current_round)
            self.window.refresh_from_draft()
        if self.window.draft_path is not None:
            self.window.save_now()
        self.update_actions()

    # --- the menu entries ---------------------------------------------------------------------

    def compare_with(self, path: Path | None = None) -> int:
        from pdr_desktop.ui.review.diff_dialog import compare_with

        accepted = compare_with(self.window, path)
        if accepted:
            self.on_draft_loaded()
        return accepted

    def open_received_list(self) -> ManagerListDialog:
        # Roles follow the work: a form opened from this list is the manager's to answer.
        open_as_manager = lambda path: self.window.open_path(path, role=Role.MANAGER)  # noqa: E731
        from pdr_desktop.ui.review.manager_list import ManagerListDialog

        dialog = ManagerListDialog(
            self.window.registry, self.window.today, open_as_manager, Role.MANAGER, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, not blocking: the list stays up while files are added
        self.received_dialog = dialog
        return dialog

    def show_team(self):
        """The team view: one window, brought to the front if it is open already."""
        from pdr_desktop.ui.review.team_view import TeamView

        if self.team_view is not None and self.team_view.isVisible():
            self.team_view.raise_()
            self.team_view.activateWindow()
            return self.team_view
        settings = self.window.settings
        if settings is None:
            from pdr_desktop.settings import load_settings

            settings = load_settings()
        view = TeamView(self.window.registry, self.window.clock, self._open_as_manager, settings, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.destroyed.connect(lambda _=None: setattr(self, "team_view", None))
        view.show()
        self.team_view = view
        return view

    def _open_as_manager(self, path: Path) -> bool:
        """A form from the team view opens in manager mode, with the window in front."""
        if not self.window.open_path(path):
            return False
        self.window.set_role(Role.MANAGER)
        self.window.raise_()
        self.window.activateWindow()
        return True

    def focus_meeting_date(self) -> None:
        self.toolbar.show()
        self.round_panel.meeting.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def complete_round(self):
        return self.round_panel.complete_round()

    def show_progress(self) -> None:
        show = getattr(self.window, "show_section", None)
        if callable(show):
            show(PAGE_ID)
        self.progress_page.focus_field(self.progress_page.rows_field.id)

    def start_next_year(self) -> Path | None:
        from pdr_desktop.ui.review.carry_forward_action import start_next_year

        return start_next_year(self.window)

    def show_last_year(self) -> LastYearDialog:
        from pdr_desktop.ui.review.carry_forward_action import LastYearDialog

        dialog = LastYearDialog(self.window.draft, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_year_dialog = dialog
        return dialog
