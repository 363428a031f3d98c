"""What every part of the main window shares: its state, its settings and the drafts folder.

MainWindow is put together from parts (WindowParts, WindowFurniture, DraftOpening) that each
use the window's state; declaring it here, once, lets mypy check each part on its own. The state is
set in MainWindow.__init__; the methods declared under TYPE_CHECKING are MainWindow's (mypy
checks that its definitions match these).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from pdr_desktop import paths
from pdr_desktop.atomic import make_private_dirs
from pdr_desktop.drafts.store import default_drafts_folder
from pdr_desktop.forms.model import FormDefinition, Role
from pdr_desktop.forms.registry import DEFAULT_FORM_ID, default_form

if TYPE_CHECKING:
    from pdr_desktop.clock import Clock
    from pdr_desktop.drafts.model import Draft
    from pdr_desktop.drafts.tracked import DiskState
    from pdr_desktop.forms.registry import FormRegistry
    from pdr_desktop.settings import Settings
    from pdr_desktop.ui.accessible import StatusLabel
    from pdr_desktop.ui.autosave import Autosave
    from pdr_desktop.ui.banner import MessageBanner
    from pdr_desktop.ui.menus import Menus
    from pdr_desktop.ui.start_page import StartPage

ROLE_VALUES = tuple(r.value for r in Role)


class WindowBase(QMainWindow):
    """The main window's shared state, and the folder and form new conversations use."""

    registry: FormRegistry
    settings: Settings
    clock: Clock  # asked every time, never stored as a date: a window left open overnight moves on
    draft: Draft | None
    draft_path: Path | None
    form: FormDefinition
    role: Role
    autosave: Autosave
    banner: MessageBanner
    start_page: StartPage
    pages: QStackedWidget  # the start page or the wizard
    save_label: StatusLabel
    role_label: StatusLabel
    menus: Menus
    _problems: list[str]  # shown once, in the banner

    if TYPE_CHECKING:  # MainWindow's; used by the parts

        def load_draft(
            self,
            draft: Draft,
            path: Path | None,
            state: DiskState | None = None,
            role: Role | None = None,
        ) -> None: ...

        def save_now(self) -> bool: ...

    @property
    def today(self) -> date:
        return self.clock.today()

    def _default_role(self) -> Role:
        return Role(self.settings.role) if self.settings.role in ROLE_VALUES else Role.PRACTITIONER

    def _default_form(self) -> FormDefinition:
        """The form new conversations use: IT's choice, else Portsmouth's, else whatever is installed."""
        for wanted in (self.settings.default_form, DEFAULT_FORM_ID):
            if wanted and wanted in self.registry:
                return self.registry.get(wanted)
        if self.registry.forms:
            return next(iter(self.registry.forms.values()))
        return default_form()  # raises, naming what is installed, if nothing is

    def drafts_folder(self) -> Path:
        """The chosen folder; the standard one (and a message) when it can't be used, e.g. a drive is gone."""
        if self.settings.drafts_dir:
            folder = Path(self.settings.drafts_dir).expanduser()
            try:
                make_private_dirs(folder)
                return folder
            except OSError as exc:
                self._folder_problem(folder, exc)
        try:
            return default_drafts_folder()
        except OSError as exc:  # a configured site folder that cannot be created
            self._folder_problem(Path(self.settings.drafts_dir or "?"), exc)
            return paths.drafts_dir(ensure=True)

    def _folder_problem(self, folder: Path, exc: OSError) -> None:
        message = QCoreApplication.translate(
            "MainWindow",  # where it was written first; the .ts keeps it there
            "The folder for conversations, {folder}, cannot be used ({reason}). "
            "New conversations are saved in {fallback} until it is available again.",
        ).format(folder=folder, reason=exc.strerror or exc, fallback=paths.drafts_dir())
        if message not in self._problems:
            self._problems.append(message)
            self.banner.show_messages(self._problems)
