"""My team's "Team" tab: search and filters, the chart of rounds, and the table of conversations."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.team.report import TeamReport
from pdr_desktop.ui.review.team_chart import RoundChart, SparklineDelegate, stage_legend
from pdr_desktop.ui.review.team_model import ROW_ROLE, Column, Row, TeamFilter, TeamModel, column_headers

SIZE_SAMPLE = 40  # rows measured to size the columns


class TeamTable(QTableView):
    """Enter opens the selected form, like a double click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TeamTab(QWidget):
    """The team's conversations, filtered and sorted; the view above it opens and exports them."""

    row_chosen = Signal(QModelIndex)  # double click, or Enter in the table
    current_changed = Signal()  # the selected row (or the rows shown) changed

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sized = False  # columns are fitted once, to the first whole read
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

        self.model = TeamModel(today, self)
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
        self.table.doubleClicked.connect(self.row_chosen)
        self.table.activated_row.connect(self.row_chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.current_changed.emit())

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
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(stage_legend(self))
        layout.addWidget(self.chart)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def show_report(self, report: TeamReport, reading: bool) -> None:
        """The report's rows and chart, keeping the selected conversation selected.
        *reading*: more rows are on their way (columns are fitted once the read is whole)."""
        current = self.current_row()
        self.model.set_today(report.today)  # a new day: overdue is judged again, cell texts re-made
        self.model.set_members(report.members)
        if report.members and not self._sized and not reading:
            self._size_columns()  # on the whole first read, not the first rows of a long one
        self.chart.set_counts(report.counts)
        self._fill_rounds(report)
        if current is not None:
            self.select_path(current.path)
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)

    def show_empty(self, text: str) -> None:
        """Why there are no rows ("" when there are)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def current_row(self) -> Row | None:
        row: Row | None = self.table.currentIndex().data(ROW_ROLE)
        return row

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

    def _fill_rounds(self, report: TeamReport) -> None:
        wanted = [("", self.tr("All rounds"))] + [(c.round_id, c.label) for c in report.counts]
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

    def _filter(self, **changes: Any) -> None:
        self.proxy.set_filter(**changes)
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)
        self.current_changed.emit()

    def select_path(self, path: Path | str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).path == Path(path):
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return True
        return False

    def summary_text(self, report: TeamReport) -> str:
        """How many conversations, overdue, unreadable files and earlier copies: the status line."""
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

    def selected_paths(self) -> list[Path]:
        """The files of the selected rows, in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        rows = [index.data(ROW_ROLE) for index in indexes]
        return [Path(row.path) for row in rows if row is not None]

    def visible_rows(self) -> list[Row]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
        if watched is self.search and event.type() == QEvent.Type.KeyPress and down:
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
