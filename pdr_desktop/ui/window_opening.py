"""Opening and creating conversations: File › New/Open, received Word/PDF copies, dropped files.

A part of MainWindow (so the window's public names stay where other UI parts look
for them: open_path, new_draft, follow_file, reopen, warn_file). Which mode a draft opens in
is decided here too (`_role_for`): roles follow the work.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.drafts.store import (
    any_recovery_files,
    clear_recovery,
    pending_recovery,
    unique_path,
    write_draft,
)
from pdr_desktop.export import IMPORT_SUFFIXES
from pdr_desktop.forms.model import FormDefinition, Role
from pdr_desktop.review.rounds import round_for_date
from pdr_desktop.ui import window_state
from pdr_desktop.ui.window_base import ROLE_VALUES
from pdr_desktop.ui.window_furniture import WindowFurniture

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from pdr_desktop.drafts.tracked import DiskState

NAME_CHARS = 80  # file names longer than this are shortened at a word


def received_name(form: FormDefinition, draft: Draft, today: date) -> str:
    """A received copy's file name: whose it is and that it was received, cut at a word, never
    mid-word ("Siobhán Ó Dálaigh – received 23 Nov 2026")."""
    suffix = f" – received {today.day} {today:%b %Y}"
    name = draft.display_name(form)
    room = NAME_CHARS - len(suffix)
    if len(name) > room:
        name = name[:room].rsplit(" ", 1)[0].rstrip(" –-,") + "…"
    return name + suffix


class DraftOpening(WindowFurniture):
    """MainWindow's opening and creating, also of files dropped on it (uses its registry, session,
    autosave and load_draft)."""

    def pending_recoveries(self) -> list[Path]:
        """Drafts (recent or in the drafts folder) with unsaved words from a crash, newest first."""
        if not any_recovery_files():
            return []
        folder = self.drafts_folder()
        candidates = {*folder.glob(f"*{DRAFT_SUFFIX}"), *window_state.recent_files()}
        found = [p for p in candidates if pending_recovery(p, self.registry) is not None]
        return sorted(found, key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True)

    def open_dialog(self) -> None:
        from pdr_desktop.ui.file_operations import ask_open_path

        path = ask_open_path(self)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path | str, role: Role | None = None) -> bool:
        """Open a draft (or import a Word/PDF copy). *role*: the mode it opens in when the
        caller knows whose work it is (the manager's list of received forms); see _role_for."""
        # Here, not at the top: the start page is painted before the window can open anything.
        from pdr_desktop.drafts.tracked import read_tracked
        from pdr_desktop.ui.draft_session import window_with
        from pdr_desktop.ui.recovery_dialog import RecoveryDialog

        path = Path(path)
        holder = window_with(path)
        if holder is not None:  # already open in this app: bring that window forward
            holder.pages.setCurrentWidget(holder.wizard)
            holder.showNormal() if holder.isMinimized() else holder.show()
            holder.raise_()
            holder.activateWindow()
            return True
        if path.suffix.lower() in IMPORT_SUFFIXES:
            return self._open_received(path, role)
        pending = pending_recovery(path, self.registry)
        if pending is not None:
            choice = RecoveryDialog(pending, self.today, self).exec()
            if choice == RecoveryDialog.RECOVER:
                # The file as it is on disk is the base: anything saved there since is merged, not lost.
                self.load_draft(pending.draft, path, role=role)
                self.autosave.note_edit()
                return self.save_now()  # the recovered words become the saved file
            if choice != RecoveryDialog.DISCARD:
                return False  # decide later: both files stay as they are
            clear_recovery(path)
        try:
            draft, state = read_tracked(path, self.registry)
        except DraftFileError as exc:
            self._warn_file(exc)
            return False
        self.load_draft(draft, path, state, role=role)
        return True

    def follow_file(self, path: Path, state: DiskState | None = None) -> None:
        """Keep working on the same draft in another file (Save As, Rename): lock and watch that one."""
        self.draft_path = Path(path)
        self.session.begin(self.draft_path, state)
        self.autosave.attach(self.draft, None if self.session.read_only else self.draft_path)
        self.wizard.set_read_only(self.session.read_only)
        self._update_title()

    def reopen(self, path: Path) -> bool:
        """Read the file again and follow it afresh (after the other window closed it)."""
        self.session.end()
        self.draft, self.draft_path = None, None
        self.autosave.attach(None, None)
        return self.open_path(path)

    def _open_received(self, path: Path, role: Role | None = None) -> bool:
        """A Word or PDF file: import it into a NEW .pdr; the received file is never written."""
        from pdr_desktop.drafts.tracked import DiskState
        from pdr_desktop.export import import_file
        from pdr_desktop.ui.import_report import show_import_report

        try:
            result = import_file(path, self.registry)  # every problem arrives as DraftFileError
        except DraftFileError as exc:
            self._warn_file(exc)
            return False
        draft = result.draft
        draft.meta["received"] = {"file": path.name, "opened": self.today.isoformat()}
        role = self._role_for(draft, role)
        draft.role = role.value  # reopened from the start page, it is still the same person's work
        form = self.registry.get(draft.form_id)
        target = unique_path(self.drafts_folder(), received_name(form, draft, self.today))
        try:
            data = write_draft(draft, target)
        except OSError as exc:
            self._warn_file(DraftFileError(target, f"it could not be saved ({exc.strerror or exc})"))
            return False
        self.load_draft(draft, target, DiskState.of(target, data), role=role)
        self.save_label.set_quietly(self._saved_text(target))  # written just now
        show_import_report(self, result)
        self.statusBar().showMessage(
            self.tr("Imported {name}; saved as {target}").format(name=path.name, target=target.name), 8000
        )
        return True

    def warn_file(self, exc: DraftFileError) -> None:
        self._warn_file(exc)

    def _warn_file(self, exc: DraftFileError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self,
            self.tr("Cannot open {name}").format(name=exc.path.name),
            self.tr("“{name}” cannot be opened: {reason}\n\nFolder: {folder}").format(
                name=exc.path.name, reason=exc.reason, folder=exc.path.absolute().parent
            ),
        )

    def new_draft(self) -> None:
        """A new conversation is saved at once, so there is never an unsaved draft."""
        from pdr_desktop.drafts.tracked import DiskState

        form = self._default_form()
        draft = Draft.new(form)
        draft.review.current_round = round_for_date(form, self.today).id
        draft.role = Role.PRACTITIONER.value  # a new conversation is your own, even for a manager
        path = unique_path(
            self.drafts_folder(),
            self.tr("Performance conversation {date}").format(date=self.today.isoformat()),
        )
        try:
            data = write_draft(draft, path)
        except OSError as exc:
            self._warn_file(
                DraftFileError(path, f"a new conversation cannot be saved there ({exc.strerror or exc})")
            )
            return
        self.load_draft(draft, path, DiskState.of(path, data))
        self.save_label.set_quietly(self._saved_text(path))  # written just now
        self.wizard.show_entry(form.sections[0].id)

    def _role_for(self, draft: Draft, wanted: Role | None) -> Role:
        """Roles follow the work: the mode a draft opens in.

        The caller's word first (a form opened from the manager's list of received forms is the
        manager's to answer), then the draft's own mode (your own conversations are marked as
        yours), then: in manager mode, someone else's form stays in manager mode; otherwise
        the mode chosen for this computer.
        """
        if wanted is not None:
            return Role(wanted)
        if draft.role in ROLE_VALUES:
            return Role(draft.role)
        if self.role is Role.MANAGER:
            return Role.MANAGER
        return self._default_role()

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in (DRAFT_SUFFIX, ".json", *IMPORT_SUFFIXES):
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)
