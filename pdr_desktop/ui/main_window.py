"""The main window: start page or wizard, autosave, menus; the contract other UI parts plug into.

Other modules extend the window through its public names only (menus, signals,
open_path/load_draft/save_now/refresh_from_draft/show_section/focus_field/
set_role/add_extra_page), installed at the end of __init__.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop import APP_NAME
from pdr_desktop.clock import Clock, current_clock
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldRole, Role
from pdr_desktop.forms.registry import FormRegistry, default_registry
from pdr_desktop.review.rounds import round_for_date
from pdr_desktop.settings import Settings, load_settings
from pdr_desktop.ui import window_state
from pdr_desktop.ui.accessible import StatusLabel, expose_status_bar, install_accessibility
from pdr_desktop.ui.autosave import Autosave
from pdr_desktop.ui.banner import MessageBanner
from pdr_desktop.ui.first_paint import after_first_paint
from pdr_desktop.ui.focus import keep_focus_in_view
from pdr_desktop.ui.menus import build_menus
from pdr_desktop.ui.shortcuts import install_window_shortcuts_first
from pdr_desktop.ui.start_page import StartPage
from pdr_desktop.ui.theme import ensure_theme
from pdr_desktop.ui.window_opening import DraftOpening

if TYPE_CHECKING:
    from pdr_desktop.drafts.tracked import DiskState
    from pdr_desktop.ui.wizard_pages import ExtraWizardPage, Placement


# One base: its parts are a chain (WindowBase › WindowParts › WindowFurniture › DraftOpening).
# Naming a Qt class twice among the bases makes shiboken cast to QPaintDevice wrongly:
# devicePixelRatio() crashed.
class MainWindow(DraftOpening):
    draft_loaded = Signal()
    draft_changed = Signal(str)  # field id
    draft_saved = Signal(str)  # path
    role_changed = Signal(str)  # role value

    def __init__(
        self,
        registry: FormRegistry | None = None,
        settings: Settings | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self._painted = False
        self._remember_pending: list[Path] = []  # see _remember_opened_draft
        install_accessibility()  # before any widget is asked for its accessible interface
        # Readable colours and visible focus, also where no create_application ran.
        ensure_theme(focus_style=False)
        self.registry = registry or default_registry()
        self.settings = settings or load_settings()
        # Asked every time, never stored as a date: a window left open overnight moves on.
        self.clock = clock or current_clock()
        self.draft = None
        self.draft_path = None
        self.form = self._default_form()
        # The app-wide default until a draft says otherwise (draft.role).
        self.role = self._default_role()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)

        # The session (lock, disk check, notice bar) is built on first use (window_parts.py).
        self.autosave = Autosave(
            commit=self._commit_pages, parent=self, writer=lambda draft, path: self.session.write(draft, path)
        )
        self.autosave.saved.connect(self._on_saved)
        self.autosave.save_failed.connect(self._on_save_failed)
        self.autosave.saving_started.connect(lambda: self.save_label.setText(self.tr("Saving…")))
        self.autosave.dirty_changed.connect(self.setWindowModified)

        self.banner = MessageBanner()
        self._problems = list(self.settings.problems)  # shown once, in the banner
        self.start_page = StartPage(self.settings.organisation)
        self.start_page.draft_chosen.connect(lambda p: self.open_path(Path(p)))
        self.start_page.new_clicked.connect(self.new_draft)
        self.start_page.open_clicked.connect(self.open_dialog)
        self.pages = QStackedWidget()  # the wizard joins it when built (window_parts.py)
        self.pages.addWidget(self.start_page)
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(6, 6, 6, 6)
        self.column.addWidget(self.banner)
        self.column.addWidget(self.pages, 1)  # the session's notice bar goes between (NOTICE_BAR_ROW)
        self.setCentralWidget(central)

        # Their text is their accessible name, and a change is announced ("Saved 09:41").
        self.save_label = StatusLabel(self.tr("Save status"), assertive_prefixes=(self.tr("Not saved"),))
        self.save_label.quiet_texts = {self.tr("Saving…")}
        self.role_label = StatusLabel(self.tr("Mode"))
        for label in (self.save_label, self.role_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.role_label)
        expose_status_bar(self, self.tr("Status bar"))

        self.menus = build_menus(self)
        install_window_shortcuts_first()  # Ctrl+E and the rest also from single-line boxes
        keep_focus_in_view()  # a focused box is scrolled into view whole, not just its cursor
        self._update_role_widgets()
        self._update_title()
        self._connect_application()
        self._problems += [str(e) for e in self.registry.errors]  # a broken extra form file
        if self._problems:
            self.banner.show_messages(self._problems)
        self.show_start_page()
        after_first_paint(self, self._on_first_paint)  # complete() orders the tab stops too
        # The review bar is not movable and shows only with a draft: nothing of it to restore.
        window_state.place_window(self, QSize(1100, 760))
        self.setAcceptDrops(True)

    def _connect_application(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a QGuiApplication's signal: a bare QCoreApplication has none
            app.aboutToQuit.connect(self._flush_quietly)
            # OS logout or shutdown: save before the session ends, never ask.
            app.commitDataRequest.connect(self._on_commit_data)

    def _tidy_after_crashes(self) -> None:
        """Temp files a killed save left (full copies of drafts) go, unless a live process owns them."""
        from pdr_desktop.drafts.housekeeping import clean_orphaned_temps

        recent_folders = {p.parent for p in window_state.recent_files()}
        with contextlib.suppress(OSError):
            clean_orphaned_temps([self.drafts_folder(), *recent_folders])

    def _on_commit_data(self, _manager: object) -> None:
        self._flush_quietly()

    # --- opening and creating --------------------------------------------------------------

    def show_start_page(self) -> None:
        self.refresh_start_page()
        self.pages.setCurrentWidget(self.start_page)
        self._update_title()
        self._update_actions()
        self.start_page.focus_list()

    def _on_first_paint(self) -> None:
        """The start page is on screen: build the rest, then what a first page visit needs."""
        from pdr_desktop.ui.lazy_pages import warm_page_modules

        self._painted = True
        self.complete()
        self._tidy_after_crashes()
        self._remember_opened_draft()
        warm_page_modules()  # a page visited straight away then only builds

    def _remember_opened_draft(self, path: Path | None = None, now: bool = False) -> None:
        """Put opened drafts first in the recent list: that rewrites the state file (QSettings.sync,
        30-100 ms on a busy disk), so at start-up it waits for the first frame; the start page asks first."""
        self._remember_pending += [path] if path is not None else []
        while self._remember_pending and (self._painted or now):
            window_state.remember_draft(self._remember_pending.pop(0))

    def refresh_start_page(self) -> None:
        self._remember_opened_draft(now=True)  # the list must hold every draft opened so far
        folder = self.drafts_folder()
        self.start_page.populate(
            folder,
            window_state.recent_files(),
            self.registry,
            self.role,
            self.today,
            recoverable={p for p in self.pending_recoveries() if p.is_file()},
        )

    def load_draft(
        self, draft: Draft, path: Path | None, state: DiskState | None = None, role: Role | None = None
    ) -> None:
        """Show `draft`; `state` is the file as loaded (read again from `path` when not given);
        `role` the mode it opens in when the caller knows whose work it is (see _role_for)."""
        self.complete()  # the review bar, the Progress page and spelling follow the draft from here
        same_draft = self.draft is not None and self.draft.draft_id == draft.draft_id
        if self.draft is not None:
            self.autosave.flush()
        self.session.begin(path, state)  # lock, or read-only with the reason in the bar
        try:
            form = self.registry.get(draft.form_id)
        except KeyError:
            form = self._default_form()
        self.form = form
        self.draft = draft
        self.draft_path = Path(path) if path else None
        previous_role = self.role
        self.role = self._role_for(draft, role)
        remember_role = role is not None and draft.role != self.role.value
        if remember_role:
            draft.role = self.role.value  # saved below, so reopening it later keeps the mode
        if draft.review.current_round not in form.round_ids():
            draft.review.current_round = round_for_date(form, self.today).id
        self.autosave.attach(draft, None if self.session.read_only else self.draft_path)
        if remember_role and not self.session.read_only:
            self.autosave.note_edit()
        self.wizard.build(form, draft, self.role, draft.review.current_round)
        self.wizard.set_read_only(self.session.read_only)
        self.wizard.set_guidance_visible(self.settings.show_guidance)
        self.pages.setCurrentWidget(self.wizard)
        # The same draft again stays on the page in view; another opens where work is left to do
        # (never on whatever page the last draft showed). Showing it also redoes the tab order.
        current = self.wizard.current_id() if same_draft else ""
        self.wizard.show_entry(current if current in self.wizard.order else self.wizard.landing_entry())
        if self.draft_path is not None:
            self._remember_opened_draft(self.draft_path)
            self.save_label.set_quietly(self._last_saved_text(self.draft_path))
        self._show_read_only_furniture()
        self._update_role_widgets()
        self._update_title()
        self._update_actions()
        self.draft_loaded.emit()
        if self.role is not previous_role:
            self.role_changed.emit(self.role.value)

    def close_draft(self) -> bool:
        """Back to the start page (Ctrl+W); saves first."""
        if self.draft is not None and not self._save_before_leaving():
            return False
        self.autosave.attach(None, None)
        self.session.end()
        for toolbar in self.findChildren(QToolBar):
            toolbar.setEnabled(True)
        self.draft = None
        self.draft_path = None
        self.set_role(self._default_role())  # a per-draft role ends with the draft
        self.setWindowModified(False)
        self.save_label.clear()
        self.show_start_page()
        return True

    # --- saving ----------------------------------------------------------------------------

    def _commit_pages(self) -> None:
        self.wizard.commit()

    def save_now(self) -> bool:
        if self.draft is None:
            return True
        return self.autosave.save_now()

    def _flush_quietly(self) -> None:
        if self.draft is not None:
            self.autosave.flush()

    def _save_before_leaving(self) -> bool:
        if self.autosave.flush():
            return True
        from PySide6.QtWidgets import QMessageBox

        # The save failed (disk full, folder gone). The recovery copy usually survives it.
        kept = (
            self.tr(
                "They are kept in a recovery copy and will be offered the next time you open "
                "this conversation."
            )
            if self._recovery_kept()
            else self.tr("The window stays open so nothing is lost.")
        )
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Your latest changes could not be saved to {path}: {reason}.\n\n{kept} "
                "Use File › Save As… to save them somewhere else."
            ).format(path=self.draft_path, reason=self.autosave.last_error, kept=kept),
        )
        return False

    def _on_saved(self, path: str) -> None:
        self.save_label.setText(self._saved_text(Path(path)))
        self.setWindowModified(False)
        self.draft_saved.emit(path)

    def _on_save_failed(self, reason: str) -> None:
        text = self.tr("Not saved: {reason}").format(reason=reason)
        self.save_label.setText(text)
        if self.autosave.recovery_kept:
            detail = self.tr("Not saved: {reason}. Your words are kept in a recovery copy.")
        else:
            # Say only what is true: nothing of the latest words is on disk anywhere.
            detail = self.tr(
                "Not saved: {reason}. The recovery copy could not be written either: keep this "
                "window open and use File › Save As… to save somewhere else."
            )
        self.statusBar().showMessage(detail.format(reason=reason), 15000)
        if self.autosave.last_exception is not None:
            self.session.note_save_failed(self.autosave.last_exception)

    def _on_edited(self, field_id: str) -> None:
        if self.draft is None:
            return
        self.setWindowModified(True)
        self.autosave.note_edit()
        self.wizard.refresh_statuses(self.wizard.section_of(field_id))
        name_field = self.form.role_field(FieldRole.SUBJECT_NAME)
        if name_field is not None and field_id == name_field.id:
            self._update_title()
        self.draft_changed.emit(field_id)

    def _on_entry_shown(self, entry_id: str) -> None:
        self.autosave.flush()  # a page change is a natural pause: save
        self.update_tab_order()  # the check page and progress page make new widgets as they show
        self.menus.action_next.setEnabled(self.wizard.next_button.isEnabled())

    # --- the contract used by other UI parts -----------------------------------------------

    def refresh_from_draft(self) -> None:
        if self.draft is None:
            return
        if self.session.read_only:
            # A menu command changed the draft here, but this window may not: show the file again.
            self.session.revert_to_disk()
            self.statusBar().showMessage(
                self.tr("This conversation is read-only here, so nothing was changed."), 8000
            )
            return
        self.wizard.set_current_round(self.draft.review.current_round)
        self.wizard.set_draft(self.draft)
        self._update_title()
        self.setWindowModified(True)
        self.autosave.note_edit()

    def show_section(self, section_id: str) -> None:
        if self.draft is None:
            return
        self.pages.setCurrentWidget(self.wizard)
        self.wizard.show_entry(section_id)

    def show_check_page(self) -> None:
        from pdr_desktop.ui.section_list import CHECK_ID

        self.show_section(CHECK_ID)

    def focus_field(self, field_id: str) -> bool:
        if self.draft is None:
            return False
        self.pages.setCurrentWidget(self.wizard)
        return self.wizard.focus_field(field_id)

    def set_role(self, role: Role | str) -> None:
        role = Role(role)
        changed = role is not self.role
        if self.draft is not None:
            self.wizard.commit()  # an open table cell is written while it still belongs to its owner
        self.role = role
        if self.draft is not None and self.draft.role != role.value:
            self.draft.role = role.value
            self.autosave.note_edit()
        if self.built_wizard is not None:  # else it takes the role when a draft is shown
            self.built_wizard.set_role(role)
        self._update_role_widgets()
        if self.pages.currentWidget() is self.start_page:
            self.refresh_start_page()
        if changed:
            self.role_changed.emit(role.value)

    def add_extra_page(
        self, page_id: str, title: str, page: ExtraWizardPage, after_section_id: Placement
    ) -> None:
        """Put *page* (a QWidget following ExtraWizardPage) in the task list after a section."""
        from pdr_desktop.ui.wizard_pages import ExtraPage

        if not isinstance(page, QWidget):
            raise TypeError(f"an extra page must be a QWidget, not {type(page).__name__}")
        self.wizard.add_extra(ExtraPage(page_id, title, page, after_section_id))
        self.update_tab_order()

    def update_tab_order(self) -> None:
        from pdr_desktop.ui.tab_order import order_window

        order_window(self)

    # --- window furniture ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back from another window (perhaps Explorer, a sync client, Word): has the file changed?
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.draft is not None:
            self.session.check_disk()

    def focusNextPrevChild(self, next: bool) -> bool:
        from pdr_desktop.ui.tab_order import step_across_wrap

        return step_across_wrap(self, next) or super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing with words that could not be saved anywhere would lose them: stay open.
        if self.draft is not None and not self._save_before_leaving() and not self._recovery_kept():
            event.ignore()
            return
        if self.built_session is not None:
            self.built_session.end()
        wizard = self.built_wizard
        window_state.save_window(self, wizard.splitter if wizard is not None and wizard.order else None)
        event.accept()

    def _recovery_kept(self) -> bool:
        from pdr_desktop.drafts.store import recovery_path

        # Only when the last failed save did write one: an older copy on disk holds older words.
        return (
            self.draft_path is not None
            and self.autosave.recovery_kept
            and recovery_path(self.draft_path).is_file()
        )
