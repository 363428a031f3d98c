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

from PySide6.QtCore import QByteArray, QEvent, QFileSystemWatcher, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
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
from pdr_desktop.ui.review.team_chart import RoundChart, SparklineDelegate, stage_legend
from pdr_desktop.ui.review.team_model import (
    ROW_ROLE,
    Column,
    TeamFilter,
    TeamModel,
    column_headers,
    warning_colour,
)
from pdr_desktop.ui.review.team_scanner import TeamScanner
from pdr_desktop.ui.review.team_training import TrainingTab
from pdr_desktop.ui.window_state import state_store

DEBOUNCE_MS = 40  # an atomic save is a burst of events; one refresh answers them all
MAX_WATCHED_FILES = 2000  # a watch per file catches in-place saves; folders catch the rest
TODAY_CHECK_MS = 60_000  # a view left open overnight judges "overdue" again on the new day
GEOMETRY_KEY = "team/geometry"
SIZE_SAMPLE = 40  # rows measured to size the columns


class TeamTable(QTableView):
    """Enter opens the selected form, like a double click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


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
        self._sized = False
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
        self.tabs.addTab(self._build_team_tab(), self.tr("&Team"))
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

    def _build_team_tab(self) -> QWidget:
        tab = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or file"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search by name"))
        search_label = QLabel(self.tr("&Search by name:"))
        search_label.setBuddy(self.search)
        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Round"))
        round_label = QLabel(self.tr("Ro&und:"))
        round_label.setBuddy(self.round_combo)
        self.overdue_check = QCheckBox(self.tr("O&verdue only"))
        self.earlier_check = QCheckBox(self.tr("Show &earlier copies"))
        filters = QHBoxLayout()
        for widget in (search_label, self.search, round_label, self.round_combo):
            filters.addWidget(widget)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.earlier_check)
        filters.addStretch(1)

        self.model = TeamModel(self.clock.today(), self)
        self.proxy = TeamFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = TeamTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Team"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
        )  # Export ▸ Selected forms
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(Column.PROGRESS, SparklineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_row.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.search.textChanged.connect(lambda text: self._filter(search=text.strip()))
        # Type a name, then Enter opens the form found (Open is the default button), or Down
        # moves into the list.
        self.search.installEventFilter(self)
        self.round_combo.currentIndexChanged.connect(
            lambda _i: self._filter(round_id=self.round_combo.currentData() or "")
        )
        self.overdue_check.toggled.connect(lambda on: self._filter(overdue_only=on))
        self.earlier_check.toggled.connect(lambda on: self._filter(show_earlier=on))

        self.chart = RoundChart()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(stage_legend(tab))
        layout.addWidget(self.chart)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        return tab

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
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
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
        current = self.table.currentIndex().data(ROW_ROLE)
        self.model.set_today(today)  # a new day: overdue is judged again, cell texts re-made
        self.model.set_members(self.report.members)
        if self.report.members and not self._sized and not self.scanner.busy:
            self._size_columns()  # on the whole first read, not the first rows of a long one
        self.chart.set_counts(self.report.counts)
        self.training.set_report(self.report)
        self._fill_rounds()
        if current is not None:
            self.select_path(current.path)
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)
        self.problem_label.setText("\n".join(self.problems))
        self.problem_label.setVisible(bool(self.problems))
        palette = self.problem_label.palette()
        palette.setColor(self.problem_label.foregroundRole(), warning_colour())
        self.problem_label.setPalette(palette)
        if not self.folders:
            self.empty_label.setText(
                self.tr(
                    "Add the folder where your team's forms are: the .pdr, Word or PDF files they send "
                    "you, and your own working copies. The view remembers it and keeps itself up to date."
                )
            )
        elif not self.report.members and not self.scanner.busy:
            self.empty_label.setText(self.tr("There are no forms (.pdr, .docx, .pdf) in these folders yet."))
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        if status:
            self.status_label.setText(self.status_text())
        self._update_buttons()

    def _size_columns(self) -> None:
        """Fit the columns to the first rows once; after that they stay as the manager drags them.

        Measured on the first SIZE_SAMPLE rows only: resizeColumnsToContents() asks every row of
        a 500-row team (about 3 s), and the first rows are a fair sample of the widths.
        """
        self._sized = True
        metrics = self.table.fontMetrics()
        # Position, period and file may be long and matter least: they are elided (the tooltip
        # has the whole text); the columns a manager acts on are never cut short.
        limit = metrics.horizontalAdvance("M" * 14)
        elided = {Column.POSITION, Column.PERIOD, Column.FILE}
        padding = 2 * metrics.averageCharWidth() + 8
        sample = self.model.rows[:SIZE_SAMPLE]
        headers = column_headers()
        for column in Column:
            header = metrics.horizontalAdvance(headers[column]) + padding + 16  # room for the sort arrow
            cells = [metrics.horizontalAdvance(self.model.cell_text(row, column)) + padding for row in sample]
            if column is Column.PROGRESS:
                cells = [8 + 9 * len(row.summary.objectives) for row in sample]
            if column is Column.STAGE:
                cells = [c for row, c in zip(sample, cells, strict=True) if row.summary.readable]
            width = max([header, *cells])
            self.table.setColumnWidth(column, min(limit, width) if column in elided else width)

    def status_text(self) -> str:
        report = self.report
        if not self.folders:
            return ""
        parts = [self.tr("%1 conversations").replace("%1", str(len(report.conversations)))]
        parts.append(self.tr("%1 overdue").replace("%1", str(len(report.overdue))))
        unreadable = len(report.unreadable)
        if unreadable:
            parts.append(
                self.tr("1 file cannot be read")
                if unreadable == 1
                else self.tr("%1 files cannot be read").replace("%1", str(unreadable))
            )
        earlier = sum(len(m.earlier) for m in report.members)
        if earlier:
            parts.append(
                self.tr("1 earlier copy")
                if earlier == 1
                else self.tr("%1 earlier copies").replace("%1", str(earlier))
            )
        return " · ".join(parts)

    def _fill_rounds(self) -> None:
        wanted = [("", self.tr("All rounds"))] + [(c.round_id, c.label) for c in self.report.counts]
        have = [
            (self.round_combo.itemData(i) or "", self.round_combo.itemText(i))
            for i in range(self.round_combo.count())
        ]
        if have == wanted:
            return
        chosen = self.round_combo.currentData() or ""
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_id, label in wanted:
            self.round_combo.addItem(label, round_id)
        index = max(0, self.round_combo.findData(chosen))
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self._filter(round_id=self.round_combo.currentData() or "")

    def _filter(self, **changes) -> None:
        self.proxy.set_filter(**changes)
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def select_path(self, path: Path | str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).path == Path(path):
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return True
        return False

    def visible_rows(self) -> list:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().data(ROW_ROLE)
        self.open_button.setEnabled(row is not None and row.summary.readable)
        has_any = bool(self.report.members)
        self.export_button.setEnabled(has_any)
        self.export_forms_action.setEnabled(bool(self.selected_paths()))

    def selected_paths(self) -> list[Path]:
        """The files of the selected rows, in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        rows = [index.data(ROW_ROLE) for index in indexes]
        return [Path(row.path) for row in rows if row is not None]

    def export_selected_forms(self):
        from pdr_desktop.ui.review.batch_export import export_forms

        return export_forms(self, self.selected_paths())

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
