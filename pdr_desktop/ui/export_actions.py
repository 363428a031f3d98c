"""File ▸ Export… and File ▸ Send to manager…: Word/PDF copies of the open conversation.

The window is used only through a small contract: `form`, `draft` (or None),
`draft_path`, `menus.menu_file`, `save_now()`, `statusBar()`, `settings`, and optionally
`menus.export_separator` (actions go above it) and the `draft_loaded` signal.

Mail programs cannot be told to attach files through a mailto: link (the standard
has no attachments), so "Send to manager" writes the files into a folder, asks for an
addressed e-mail and the folder to be opened, and then says what really happened
(ui/send_report.py): with no mail program or file manager, the folder path and the
address are there to copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.export.naming import conversation_title, file_stem, free_stem
from pdr_desktop.forms.model import Role
from pdr_desktop.ui.desktop_open import open_url
from pdr_desktop.ui.export_worker import ExportOutcome, run_exports
from pdr_desktop.ui.send_report import SendReport

STATUS_MS = 8000
LAST_FOLDER_KEY = "exports/last_folder"


def last_export_folder() -> Path:
    """Where Export… and Send to manager… start: the last folder used, else Documents."""
    from pdr_desktop.ui.window_state import state_store

    remembered = str(state_store().value(LAST_FOLDER_KEY, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_export_folder(folder: Path) -> None:
    from pdr_desktop.ui.window_state import state_store

    store = state_store()
    store.setValue(LAST_FOLDER_KEY, str(folder))
    store.sync()


def mailto_url(to: str, subject: str, body: str) -> QUrl:
    # Percent-encode ourselves: QUrl's tolerant parser would leave "&" in a name splitting the query.
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return QUrl.fromEncoded(f"mailto:{quote(to.strip(), safe='@')}?{query}".encode("ascii"))


class ExportActions(QObject):
    exported = Signal(list)  # the paths written by Export…
    sent = Signal(list)  # the paths written by Send to manager…

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(self.tr("E&xport…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Save a Word or PDF copy of this conversation"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_dialog())
        self.send_action = QAction(self.tr("Sen&d to manager…"), window)
        self.send_action.setStatusTip(
            self.tr("Put Word, PDF and draft copies in a folder and start an e-mail to your manager")
        )
        self.send_action.triggered.connect(lambda _checked=False: self.send_to_manager())
        menu = window.menus.menu_file
        before = getattr(window.menus, "export_separator", None)
        for action in (self.export_action, self.send_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        loaded = getattr(window, "draft_loaded", None)
        if loaded is not None:
            loaded.connect(self.update_actions)
        pages = getattr(window, "pages", None)
        if pages is not None and hasattr(pages, "currentChanged"):
            # Closing a draft shows the start page without a signal of its own.
            pages.currentChanged.connect(lambda _index: self.update_actions())
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        has_draft = self.window.draft is not None
        self.export_action.setEnabled(has_draft)
        self.send_action.setEnabled(has_draft)

    # --- Export… ----------------------------------------------------------------------------

    def export_dialog(self) -> list[Path]:
        draft = self._current_draft()
        if draft is None:
            return []
        word, pdf, both = self.tr("Word document (*.docx)"), self.tr("PDF (*.pdf)"), self.tr("Word and PDF")
        both_filter = f"{both} (*.docx *.pdf)"
        title = conversation_title(self.window.form, draft, from_manager=self._is_manager())
        start = self._start_folder() / f"{file_stem(title)}.pdf"
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export conversation"), str(start), ";;".join([word, pdf, both_filter]), pdf
        )
        if not chosen:
            return []
        path = Path(chosen)
        suffix = path.suffix.lower()
        if selected == both_filter:
            base = path.with_suffix("") if suffix in (".docx", ".pdf") else path
            targets = [
                (base.with_name(base.name + ".docx"), "docx"),
                (base.with_name(base.name + ".pdf"), "pdf"),
            ]
            # The dialog only asked about the name typed; the twin file may exist too.
            others = [t for t, _ in targets if t.exists() and t != path]
            if others and not self._confirm_replace(others):
                return []
        else:
            fmt = "docx" if selected == word else "pdf"
            if suffix in (".docx", ".pdf"):
                fmt = suffix[1:]  # the typed suffix wins over the filter
            else:
                path = path.with_name(f"{path.name}.{fmt}")
            targets = [(path, fmt)]
        outcome = self._write(draft, targets)
        self._report(outcome, self.tr("Exported"))
        if outcome.written:
            remember_export_folder(outcome.written[0].parent)
            self.exported.emit(outcome.written)
        return outcome.written

    # --- Send to manager… --------------------------------------------------------------------

    def send_to_manager(self) -> list[Path]:
        draft = self._current_draft()
        if draft is None:
            return []
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a folder for the files to send"), str(self._start_folder())
        )
        if not chosen:
            return []
        folder = Path(chosen)
        title = conversation_title(self.window.form, draft)
        stem = free_stem(folder, file_stem(title))
        targets = [(folder / f"{stem}.docx", "docx"), (folder / f"{stem}.pdf", "pdf")]
        outcome = self._write(draft, targets)
        copy = folder / f"{stem}{DRAFT_SUFFIX}"
        try:
            write_draft(draft, copy, backup=False, touch=False)
            outcome.written.append(copy)
        except OSError as exc:
            outcome.failed.append((copy, exc.strerror or str(exc)))
        if outcome.failed:
            self._report(outcome, self.tr("Written"))
            if not outcome.written:
                return []
        remember_export_folder(folder)
        names = "\n".join(f"  • {p.name}" for p in outcome.written)
        body = self.tr(
            "Hello,\n\nPlease find my Performance Conversation attached:\n{names}\n\n"
            "(Mail programs cannot attach files automatically: the files are in {folder}.)\n"
        ).format(names=names, folder=folder)
        address = self.window.settings.manager_email.strip()
        # Whether anything took the request decides the words: the report says only what happened.
        mail_opened = open_url(mailto_url(address, title, body))
        folder_opened = open_url(QUrl.fromLocalFile(str(folder)))
        self.send_report = SendReport(
            folder, outcome.written, address, mail_opened, folder_opened, self.window
        )
        self.send_report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.send_report.open()  # window-modal; the person copies the path or address from it
        self.window.statusBar().showMessage(
            self.tr("Files for your manager are in {folder}").format(folder=folder), STATUS_MS
        )
        self.sent.emit(outcome.written)
        return outcome.written

    # --- shared -----------------------------------------------------------------------------

    def _current_draft(self) -> Draft | None:
        """The draft as it goes to somebody else: typed words committed, no per-draft mode.

        draft.role is this laptop's View › Manager/Practitioner mode for the conversation;
        carried in a copy, it would open the manager's copy in practitioner mode (or the
        returned copy in manager mode), with their own boxes locked.
        """
        if self.window.draft is None:
            return None
        # Commit what is typed (and save it) so the copy matches the screen.
        self.window.save_now()
        draft = self.window.draft
        if draft.role:
            draft = draft.clone()
            draft.role = ""
        return draft

    def _start_folder(self) -> Path:
        """The folder last exported to, else Documents: never the app's internal drafts folder,
        where nobody would look for a file to attach."""
        return last_export_folder()

    def _is_manager(self) -> bool:
        try:
            return Role(getattr(self.window, "role", "")) is Role.MANAGER
        except ValueError:
            return False

    def _write(self, draft: Draft, targets: list[tuple[Path, str]]) -> ExportOutcome:
        """Write the files on a worker thread; the window repaints and shows progress with Cancel."""
        return run_exports(self.window, self.window.form, draft, targets, self.tr("Exporting"))

    def _report(self, outcome: ExportOutcome, verb: str) -> None:
        if outcome.written:
            names = ", ".join(p.name for p in outcome.written)
            self.window.statusBar().showMessage(f"{verb}: {names}", STATUS_MS)
        if outcome.cancelled:
            stopped = ", ".join(p.name for p in outcome.cancelled)
            self.window.statusBar().showMessage(
                self.tr("Export cancelled: {names} not written").format(names=stopped), STATUS_MS
            )
        if outcome.failed:
            problems = "\n".join(
                self.tr("“{name}” could not be written: {reason} (in {folder})").format(
                    name=p.name, reason=reason, folder=p.parent
                )
                for p, reason in outcome.failed
            )
            QMessageBox.warning(
                self.window,
                self.tr("Export failed"),
                problems + "\n\n" + self.tr("Your conversation itself is safe; nothing in it has changed."),
            )
        self._report_unprintable(outcome)

    def _report_unprintable(self, outcome: ExportOutcome) -> None:
        """Characters no PDF font can draw are said out loud, never left as silent boxes."""
        places = outcome.unprintable()
        if not places:
            return
        QMessageBox.information(
            self.window,
            self.tr("Some characters cannot be printed in the PDF"),
            self.tr("The PDF was saved, but no font in it can draw these characters; they print as □:")
            + "\n"
            + "\n".join(f"• {place}" for place in places)
            + "\n\n"
            + self.tr("The Word copy and your draft keep every character."),
        )

    def _confirm_replace(self, paths: list[Path]) -> bool:
        names = "\n".join(str(p) for p in paths)
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace files?"),
            self.tr("These files already exist and will be replaced:\n{names}").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def install_export_actions(window: Any) -> ExportActions:
    """File › Export… and Send to manager… (`window`: the small contract in this module's docstring;
    it keeps the returned object alive)."""
    actions = ExportActions(window)
    # Check your answers ends with the next step: send (practitioner) or export (manager).
    check = getattr(getattr(window, "wizard", None), "check_page", None)
    if check is not None and hasattr(check, "set_finish_action"):
        from pdr_desktop.forms.model import Role

        check.set_finish_action(Role.PRACTITIONER, actions.send_action)
        check.set_finish_action(Role.MANAGER, actions.export_action)
    return actions
