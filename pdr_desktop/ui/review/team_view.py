"""Review › My team… (Ctrl+Shift+T): every practitioner's conversation at a glance.

The manager adds the folders where the team's forms are; the view remembers them (user
settings), watches them and refreshes when a file changes, reading only what changed (the
summaries are cached). The first read of a big folder runs in the background with progress;
rows appear as they are read. Files that cannot be read stay listed with the reason. The
"Training needs" tab groups everyone's learning rows; Export… writes the board's report.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QFileSystemWatcher, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.clock import Clock
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.settings import SettingLockedError, Settings, save_user_setting
from pdr_desktop.team.catalogue import CatalogueChoice, choose_catalogue
from pdr_desktop.team.report import TeamReport
from pdr_desktop.team.scan import ScanResult
from pdr_desktop.team.summary import TeamSummary
from pdr_desktop.team.training import Matcher
from pdr_desktop.ui.accessible import name_buttons
from pdr_desktop.ui.review import team_export
from pdr_desktop.ui.review.team_model import ROW_ROLE, Row, warning_colour
from pdr_desktop.ui.review.team_scanner import TeamScanner
from pdr_desktop.ui.review.team_tab import TeamTab
from pdr_desktop.ui.review.team_training import TrainingTab
from pdr_desktop.ui.window_state import state_store

DEBOUNCE_MS = 40  # an atomic save is a burst of events; one refresh answers them all
MAX_WATCHED_FILES = 2000  # a watch per file catches in-place saves; folders catch the rest
TODAY_CHECK_MS = 60_000  # a view left open overnight judges "overdue" again on the new day
GEOMETRY_KEY = "team/geometry"


def saved_folders(settings: Settings) -> list[Path]:
    """The folders the view remembers; anything that is not text (a hand-edited file) is skipped."""
    raw = settings.team_folders if isinstance(settings.team_folders, list) else []
    return [Path(f) for f in dict.fromkeys(f for f in raw if isinstance(f, str) and f.strip())]


class TeamView(QDialog):
    opened = Signal(str)  # a file handed to the window to open in manager mode
    refreshed = Signal()  # a scan finished and the view shows its result

    def __init__(
        self,
        registry: FormRegistry,
        clock: Clock,
        open_path: Callable[[Path], bool],
        settings: Settings,
        parent: QWidget | None = None,
        cache_path: Path | bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window: minimise, maximise, beside the form
        self.setWindowTitle(self.tr("My team"))
        self.registry, self.clock, self.settings = registry, clock, settings
        self._open_path = open_path
        self.folders: list[Path] = saved_folders(settings)
        self.catalogue: CatalogueChoice = choose_catalogue(settings.learning_catalogue)
        self.matcher = Matcher(self.catalogue.catalogue)
        self.summaries: list[TeamSummary] = []
        self.problems: list[str] = []
        self.report = TeamReport.build([], self.catalogue, clock.today())

        self.scanner = TeamScanner(registry, cache_path, self)
        self.scanner.progressed.connect(self._on_progress)
        self.scanner.finished.connect(self._on_finished)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._schedule_refresh)
        self.watcher.fileChanged.connect(self._schedule_refresh)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh)
        self.day_timer = QTimer(self, interval=TODAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_today)
        self.day_timer.start()

        self._build_folder_bar()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Team and training needs"))
        self.team_tab = TeamTab(clock.today())
        self.team_tab.row_chosen.connect(self._open_index)
        self.team_tab.current_changed.connect(self._update_buttons)
        self.tabs.addTab(self.team_tab, self.tr("&Team"))
        self.training = TrainingTab()
        self.training.open_requested.connect(lambda p: self.open_file(Path(p)))
        self.tabs.addTab(self.training, self.tr("Training &needs"))
        self._build_bottom()

        layout = QVBoxLayout(self)
        layout.addLayout(self.folder_bar)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.status_bar)
        layout.addLayout(self.button_bar)
        name_buttons(self)
        # Enter anywhere in the window opens the selected form; no other button may take it
        # (a dialog's buttons default to "auto-default": Enter in the search box would otherwise
        # open the folder chooser).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.open_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self._restore_geometry()
        self._show_report()
        self._update_folder_text()
        if self.folders:
            self.refresh()

    # --- building ---------------------------------------------------------------------------------

    def _build_folder_bar(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_folder_button = QPushButton(self.tr("&Add folder…"))
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_folder_button = QPushButton(self.tr("Re&move folder"))
        self.remove_menu = QMenu(self.remove_folder_button)
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        self.remove_folder_button.setMenu(self.remove_menu)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Read the folders again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_bar = QHBoxLayout()
        self.folder_bar.addWidget(self.folder_label, 1)
        for button in (self.add_folder_button, self.remove_folder_button, self.refresh_button):
            self.folder_bar.addWidget(button)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)

    def _build_bottom(self) -> None:
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Team status"))
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading the forms"))
        self.progress.setVisible(False)
        self.stop_button = QPushButton(self.tr("Sto&p"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.scanner.cancel)
        self.status_bar = QHBoxLayout()
        self.status_bar.addWidget(self.status_label, 1)
        self.status_bar.addWidget(self.progress)
        self.status_bar.addWidget(self.stop_button)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected form in manager mode (Enter)"))
        self.open_button.clicked.connect(lambda: self._open_index(self.team_tab.table.currentIndex()))
        self.export_button = QPushButton(self.tr("E&xport"))
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, text in (
            ("xlsx", self.tr("Spreadsheet (.xlsx)…")),
            ("csv", self.tr("CSV (.csv)…")),
            ("pdf", self.tr("One-page PDF for the board…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        menu.addSeparator()
        self.export_forms_action = menu.addAction(self.tr("Selected &forms as PDF or Word…"))
        self.export_forms_action.triggered.connect(lambda _=False: self.export_selected_forms())
        menu.setToolTipsVisible(True)  # says why the forms entry is off while names are left out
        self.export_button.setMenu(menu)
        self.anonymise_check = QCheckBox(self.tr("&Leave out names (counts only)"))
        self.anonymise_check.setToolTip(
            self.tr("For a board report: no names and no free text, only how many at each stage and per need")
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.button_bar = QHBoxLayout()
        self.button_bar.addWidget(self.open_button)
        self.button_bar.addStretch(1)
        self.button_bar.addWidget(self.anonymise_check)
        self.anonymise_check.toggled.connect(lambda _on: self._update_buttons())
        self.button_bar.addWidget(self.export_button)
        self.button_bar.addWidget(close)

    # --- folders ----------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add the folder where your team's forms are"))
        if chosen:
            self.add_folder(Path(chosen))

    def add_folder(self, folder: Path) -> bool:
        folder = Path(folder).absolute()
        if folder in self.folders:
            self.status_label.setText(self.tr("%1 is already in the team view.").replace("%1", str(folder)))
            return False
        self.folders.append(folder)
        self._remember_folders()
        self.refresh()
        return True

    def remove_folder(self, folder: Path) -> None:
        self.folders = [f for f in self.folders if f != Path(folder)]
        self._remember_folders()
        self.refresh()

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        for folder in self.folders:
            action = self.remove_menu.addAction(str(folder))
            action.triggered.connect(lambda _=False, f=folder: self.remove_folder(f))
        if not self.folders:
            self.remove_menu.addAction(self.tr("No folders yet")).setEnabled(False)

    def _remember_folders(self) -> None:
        self._update_folder_text()
        self.settings.team_folders = [str(f) for f in self.folders]  # the next view opens with them
        try:
            save_user_setting("team_folders", [str(f) for f in self.folders])
        except SettingLockedError:
            self.status_label.setText(
                self.tr("Your organisation sets the team folders; this change lasts until you close.")
            )
        except OSError as exc:
            self.status_label.setText(
                self.tr("The folders could not be remembered (%1); they are used until you close.").replace(
                    "%1", exc.strerror or str(exc)
                )
            )

    def _update_folder_text(self) -> None:
        if not self.folders:
            self.folder_label.setText(self.tr("No folders yet."))
        else:
            names = "; ".join(str(f) for f in self.folders)
            self.folder_label.setText(self.tr("Folders: %1").replace("%1", names))
        self.remove_folder_button.setEnabled(bool(self.folders))

    def _watch(self) -> None:
        """Watch the folders and the forms in them; only the difference is added or removed."""
        wanted = {str(f) for f in self.folders if f.is_dir()}
        wanted |= {s.path for s in self.summaries if not s.error[:1]}  # readable ones: errors may be pipes
        if len(wanted) > MAX_WATCHED_FILES:
            wanted = {str(f) for f in self.folders if f.is_dir()} | set(sorted(wanted)[:MAX_WATCHED_FILES])
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        if gone := watched - wanted:
            self.watcher.removePaths(sorted(gone))
        if new := wanted - watched:
            self.watcher.addPaths(sorted(new))

    # --- reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.debounce.stop()
        if not self.folders:
            self.summaries, self.problems = [], []
            self._watch()
            self._show_report()
            return
        today, catalogue, matcher = self.clock.today(), self.catalogue, self.matcher

        def make_report(result: ScanResult) -> TeamReport:  # runs on the scanner's thread
            return TeamReport.build(result.summaries, catalogue, today, result.problems, matcher)

        self.scanner.scan(self.folders, make_report)

    def _schedule_refresh(self, _path: str = "") -> None:
        self.debounce.start()

    def _on_progress(self, done: int, total: int, so_far: list[TeamSummary]) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        busy = done < total
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.status_label.setText(
            self.tr("Reading the forms… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
        self.summaries = list(so_far)  # the rows read so far show at once
        self._show_report(status=False)

    def _on_finished(self, result: ScanResult, report: TeamReport | None) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.summaries, self.problems = result.summaries, result.problems
        self._watch()
        fresh = isinstance(report, TeamReport) and report.today == self.clock.today()
        self._show_report(report=report if fresh else None)
        if result.cancelled:
            self.status_label.setText(
                self.tr("Stopped: %1 forms read; Refresh reads the rest.").replace(
                    "%1", str(len(result.summaries))
                )
            )
        self.refreshed.emit()

    def _check_today(self) -> None:
        if self.clock.today() != self.report.today:
            self._show_report()

    # --- showing ----------------------------------------------------------------------------------

    def _show_report(self, status: bool = True, report: TeamReport | None = None) -> None:
        today = self.clock.today()
        if report is None:
            report = TeamReport.build(self.summaries, self.catalogue, today, self.problems, self.matcher)
        self.report = report
        self.team_tab.show_report(self.report, reading=self.scanner.busy)
        self.training.set_report(self.report)
        self.problem_label.setText("\n".join(self.problems))
        self.problem_label.setVisible(bool(self.problems))
        palette = self.problem_label.palette()
        palette.setColor(self.problem_label.foregroundRole(), warning_colour())
        self.problem_label.setPalette(palette)
        if not self.folders:
            empty = self.tr(
                "Add the folder where your team's forms are: the .pdr, Word or PDF files they send "
                "you, and your own working copies. The view remembers it and keeps itself up to date."
            )
        elif not self.report.members and not self.scanner.busy:
            empty = self.tr("There are no forms (.pdr, .docx, .pdf) in these folders yet.")
        else:
            empty = ""
        self.team_tab.show_empty(empty)
        if status:
            self.status_label.setText(self.team_tab.summary_text(self.report) if self.folders else "")
        self._update_buttons()

    def select_path(self, path: Path | str) -> bool:
        return self.team_tab.select_path(path)

    def visible_rows(self) -> list[Row]:
        return self.team_tab.visible_rows()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.team_tab.focus_search()

    def _update_buttons(self) -> None:
        row = self.team_tab.current_row()
        self.open_button.setEnabled(row is not None and row.summary.readable)
        has_any = bool(self.report.members)
        self.export_button.setEnabled(has_any)
        # The forms carry names (that is their point), so "Leave out names" rules them out.
        names_left_out = self.anonymise_check.isChecked()
        self.export_forms_action.setEnabled(bool(self.selected_paths()) and not names_left_out)
        self.export_forms_action.setToolTip(
            self.tr(
                "Not while “Leave out names” is ticked: each form is named and holds the person’s answers"
            )
            if names_left_out
            else self.tr("Each selected form as its own PDF or Word file, named after the person")
        )

    def selected_paths(self) -> list[Path]:
        return self.team_tab.selected_paths()

    def export_selected_forms(self):
        from pdr_desktop.ui.review.batch_export import export_forms

        names = {row.path: row.summary.name for row in self.team_tab.visible_rows() if row is not None}
        return export_forms(self, self.selected_paths(), names)

    # --- opening and exporting --------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> bool:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return False
        if not row.summary.readable:
            self.status_label.setText(
                self.tr("%1 cannot be read: %2").replace("%1", row.path.name).replace("%2", row.summary.error)
            )
            return False
        return self.open_file(row.path)

    def open_file(self, path: Path) -> bool:
        if self._open_path(path):
            self.opened.emit(str(path))
            return True
        return False

    def export(self, fmt: str, path: Path | None = None) -> list[Path]:
        anonymise = self.anonymise_check.isChecked()
        path = path or team_export.choose_path(self, self.report, fmt, anonymise)
        if path is None:
            return []
        written = team_export.write_export(
            self, self.report, fmt, path, anonymise, self.settings.organisation
        )
        if written:
            names = ", ".join(p.name for p in written)
            self.status_label.setText(
                self.tr("Exported %1 (in %2).").replace("%1", names).replace("%2", str(written[0].parent))
            )
        return written

    # --- window -----------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = state_store().value(GEOMETRY_KEY)
        if not (
            isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        ):
            self.resize(1180, 680)

    def _shut_down(self) -> None:
        """Stop reading and remember the size; safe to call twice (Close, then the window going)."""
        self.scanner.cancel()
        self.day_timer.stop()
        self.debounce.stop()
        with contextlib.suppress(RuntimeError):
            state_store().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.scanner.wait(10_000)

    def done(self, result: int) -> None:
        self._shut_down()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shut_down()
        super().closeEvent(event)
