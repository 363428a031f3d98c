"""The team table: one row per conversation (earlier copies on request), sortable and filtered.

A model over the domain's `Member`s rather than a QTableWidget: 500 rows re-sort and refilter
in milliseconds, and a refresh after one file changed keeps the selection and the scroll.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from pdr_desktop.dates import long_date, to_display
from pdr_desktop.team.members import Member
from pdr_desktop.team.status import Stage, current_stage, days_overdue, is_overdue
from pdr_desktop.team.summary import TeamSummary
from pdr_desktop.team.tables import objectives_text
from pdr_desktop.ui.status_words import signatures_word, stage_word
from pdr_desktop.ui.theme import is_dark

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
SCORES_ROLE = Qt.ItemDataRole.UserRole + 3  # [(score | None, achieved)] for the sparkline
ROW_ROLE = Qt.ItemDataRole.UserRole + 4


class Column(IntEnum):
    """What a manager acts on comes first; who and which year, then the file, after it."""

    NAME = 0
    ROUND = 1
    STAGE = 2
    MEETING = 3
    SEND_BY = 4
    LEFT = 5
    SIGNATURES = 6
    OBJECTIVES = 7
    PROGRESS = 8
    POSITION = 9
    PERIOD = 10
    FILE = 11


def column_headers() -> dict[Column, str]:
    """The column titles, translated now (a table of literals lupdate can read)."""
    return {
        Column.NAME: QCoreApplication.translate("TeamModel", "Practitioner"),
        Column.ROUND: QCoreApplication.translate("TeamModel", "Round"),
        Column.STAGE: QCoreApplication.translate("TeamModel", "Stage"),
        Column.MEETING: QCoreApplication.translate("TeamModel", "Meeting"),
        Column.SEND_BY: QCoreApplication.translate("TeamModel", "Send by"),
        Column.LEFT: QCoreApplication.translate("TeamModel", "Left for you"),
        Column.SIGNATURES: QCoreApplication.translate("TeamModel", "Signatures"),
        Column.OBJECTIVES: QCoreApplication.translate("TeamModel", "Objectives"),
        Column.PROGRESS: QCoreApplication.translate("TeamModel", "Progress"),
        Column.POSITION: QCoreApplication.translate("TeamModel", "Position"),
        Column.PERIOD: QCoreApplication.translate("TeamModel", "Period"),
        Column.FILE: QCoreApplication.translate("TeamModel", "File"),
    }


def warning_colour() -> QColor:
    """Red text with at least 4.5:1 contrast on the light or the dark window background."""
    return QColor("#ff8a80") if is_dark() else QColor("#a4000f")


@dataclass
class Row:
    member: Member
    summary: TeamSummary  # the member's current copy, or one of its earlier ones
    earlier: bool = False
    # What each cell says and sorts by, worked out once: sorting 500 rows asks thousands of times.
    texts: dict[Column, str] = field(default_factory=dict)
    keys: dict[Column, object] = field(default_factory=dict)
    search_text: str = ""

    @property
    def path(self) -> Path:
        return Path(self.summary.path)


class TeamModel(QAbstractTableModel):
    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[Row] = []
        self.sort_column = Column.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- contents -------------------------------------------------------------------------------

    def set_members(self, members: list[Member]) -> None:
        """Show `members`; when the same files are listed, changed rows are updated in place.

        A refresh after one file changed then costs that row's update and a re-sort of 500
        keys, instead of a reset (which also loses the selection and the scroll position).
        """
        rows: list[Row] = []
        for member in members:
            rows.append(Row(member, member.current))
            rows.extend(Row(member, s, earlier=True) for s in member.earlier)
        incoming = {(r.summary.path, r.earlier): r for r in rows}
        if len(incoming) == len(rows) and set(incoming) == {(r.summary.path, r.earlier) for r in self.rows}:
            changed = False
            for number, old in enumerate(self.rows):
                new = incoming[(old.summary.path, old.earlier)]
                if old.summary is new.summary and old.member.earlier == new.member.earlier:
                    old.member = new.member  # same file, same words: keep the worked-out texts
                    continue
                self._prepare(new)
                self.rows[number] = new
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))
                changed = True
            if changed:
                self.sort(self.sort_column, self.sort_order)
            return
        for row in rows:
            self._prepare(row)
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    # --- sorting here, not in the proxy: a Python key per row instead of a call per comparison ---

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = Column(column), order
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        self.rows = self._sorted(self.rows)
        where = {id(row): number for number, row in enumerate(self.rows)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(
            moved, [self.index(where[id(before[i.row()])], i.column()) for i in moved]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row]) -> list[Row]:
        """By the chosen column; a conversation's earlier copies stay right under it; files that
        cannot be read come last either way."""
        groups: list[list[Row]] = []
        for row in rows:
            if row.earlier and groups and groups[-1][0].member is row.member:
                groups[-1].append(row)
            else:
                groups.append([row])
        column, descending = self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder
        readable = [g for g in groups if g[0].summary.readable]
        unreadable = [g for g in groups if not g[0].summary.readable]
        readable.sort(key=lambda g: self.sort_value(g[0], column), reverse=descending)
        unreadable.sort(key=lambda g: self.cell_text(g[0], Column.NAME).casefold())
        return [row for group in readable + unreadable for row in group]

    @staticmethod
    def _prepare(row: Row) -> None:
        current = row.member.current
        names = {current.file_name, row.summary.file_name}
        row.search_text = " ".join([current.name, *names]).casefold()

    def set_today(self, today: date) -> None:
        if today != self.today:
            self.today = today
            for row in self.rows:  # overdue and "overdue by N days" depend on the day
                row.texts.clear()
                row.keys.clear()
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))

    # --- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_headers()[Column(section)]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column is Column.PROGRESS else self.cell_text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_text(row, column) if column is not Column.PROGRESS else self.progress_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and row.earlier:
            font = QFont()
            font.setItalic(True)
            return font
        if role == SCORES_ROLE:
            return [(o.latest, o.achieved) for o in row.summary.objectives]
        if role == SUMMARY_ROLE:
            return row.summary
        if role == ROW_ROLE:
            return row
        return None

    # --- what each cell says --------------------------------------------------------------------

    def sort_value(self, row: Row, column: Column):
        if column not in row.keys:
            row.keys[column] = self.sort_key(row, column)
        return row.keys[column]

    def cell_text(self, row: Row, column: Column) -> str:
        if column not in row.texts:
            row.texts[column] = self.text(row, column)
        return row.texts[column]

    def text(self, row: Row, column: Column) -> str:
        s = row.summary
        if column is Column.NAME:
            return s.name if s.readable else s.file_name.rsplit(".", 1)[0]
        if column is Column.FILE:
            return self._file_text(row)
        if not s.readable:
            return self.tr("Cannot be read: %1").replace("%1", s.error) if column is Column.STAGE else ""
        if column is Column.POSITION:
            return s.position
        if column is Column.PERIOD:
            return s.period
        if column is Column.ROUND:
            return s.round_label
        if column is Column.STAGE:
            return stage_word(current_stage(s))
        if column is Column.MEETING:
            return to_display(s.meeting) if s.meeting else self.tr("Not booked")
        if column is Column.SEND_BY:
            if not s.send_by:
                return ""
            late = days_overdue(s, self.today)
            if late:
                return (
                    self.tr("%1 – overdue by %2 days")
                    .replace("%1", to_display(s.send_by))
                    .replace("%2", str(late))
                )
            return to_display(s.send_by)
        if column is Column.LEFT:
            count = len(s.manager_missing)
            return self.tr("Nothing due") if not count else self.tr("%1 to do").replace("%1", str(count))
        if column is Column.SIGNATURES:
            return signatures_word(s.signatures)
        if column is Column.OBJECTIVES:
            return objectives_text(s)
        return ""

    def _file_text(self, row: Row) -> str:
        name = row.summary.file_name
        if row.earlier:
            year = row.summary in row.member.earlier_years
            what = self.tr("an earlier year") if year else self.tr("earlier copy")
            return f"{name} ({what})"
        extra = len(row.member.earlier)
        if extra:
            more = self.tr("+%1 earlier").replace("%1", str(extra))
            return f"{name} ({more})"
        return name

    def progress_text(self, row: Row) -> str:
        scores = [o.latest for o in row.summary.objectives]
        if not any(score is not None for score in scores):
            return self.tr("No progress scores yet")
        shown = ", ".join("–" if score is None else str(score) for score in scores)
        return self.tr("Latest progress scores out of 10: %1").replace("%1", shown)

    def tooltip(self, row: Row, column: Column) -> str | None:
        s = row.summary
        if not s.readable:
            return f"{s.path}\n{s.error}"
        if column is Column.LEFT and s.manager_missing:
            return "\n".join(f"• {label}" for label in s.manager_missing)
        if column is Column.STAGE and current_stage(s) is Stage.PRACTITIONER:
            lines = "\n".join(f"• {label}" for label in s.practitioner_missing)
            return self.tr("Not in the practitioner's copy yet:") + "\n" + lines
        if column is Column.SIGNATURES and s.signature_note:
            return s.signature_note
        if column is Column.MEETING and s.meeting_date:
            return long_date(s.meeting_date)
        if column is Column.PROGRESS:
            return self.progress_text(row)
        if column is Column.FILE:
            paths = [s.path]
            paths += [
                self.tr("Earlier: %1").replace("%1", e.path) for e in row.member.earlier if not row.earlier
            ]
            return "\n".join(paths)
        if column is Column.SEND_BY and is_overdue(s, self.today):
            return self.tr("The send-by date has passed and the practitioner's part has not all arrived.")
        return self.cell_text(row, column) or None  # the whole text of a cell too narrow for it

    def foreground(self, row: Row, column: Column) -> QColor | None:
        s = row.summary
        if not s.readable:
            return warning_colour()
        if column is Column.SEND_BY and is_overdue(s, self.today):
            return warning_colour()
        if column is Column.SIGNATURES and s.signatures.name == "CHANGED":
            return warning_colour()
        return None

    def sort_key(self, row: Row, column: Column):
        s = row.summary
        # Unreadable files sort after every conversation, whatever the column.
        rank = 0 if s.readable else 1
        if column is Column.MEETING:
            return (rank, s.meeting or "9999")
        if column is Column.SEND_BY:
            return (rank, s.send_by or "9999")
        if column is Column.LEFT:
            return (rank, len(s.manager_missing))
        if column is Column.STAGE:
            return (rank, list(Stage).index(current_stage(s)) if s.readable else 0)
        if column is Column.ROUND:
            ids = [r for r, _ in s.rounds]
            return (rank, ids.index(s.round_id) if s.round_id in ids else 0)
        if column is Column.OBJECTIVES:
            return (rank, len(s.objectives))
        if column is Column.PROGRESS:
            return (rank, s.average_score if s.average_score is not None else -1.0)
        return (rank, self.cell_text(row, column).casefold())


class TeamFilter(QSortFilterProxyModel):
    """Search by name, one round, overdue only, and whether earlier copies show."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = ""
        self.round_id = ""
        self.overdue_only = False
        self.show_earlier = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **changes) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); older Qt has only it.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        for key, value in changes.items():
            setattr(self, key, value)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort goes to the team model (see TeamModel.sort); the proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, TeamModel) and column >= 0:
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: TeamModel = self.sourceModel()  # type: ignore[assignment]
        row = model.rows[source_row]
        s = row.member.current
        if row.earlier and not self.show_earlier:
            return False
        if self.search and self.search.casefold() not in row.search_text:
            return False
        if self.round_id and (not s.readable or s.round_id != self.round_id):
            return False
        return not (self.overdue_only and not is_overdue(s, model.today))
