"""The "Training needs" tab: every practitioner's learning rows, by learning row or by theme.

A tree: each group (a learning row, or a course of the learning catalogue, or "Not in the
catalogue") with how many practitioners are in it; under it, one line per practitioner with
what they did and what they need next. Enter or a double click on a line opens that form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.team.report import TeamReport
from pdr_desktop.team.training import NOT_IN_CATALOGUE, Group, Need, by_row, by_theme
from pdr_desktop.ui.review.team_model import warning_colour

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class NeedsTree(QTreeWidget):
    activated_path = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and item is not None
            and item.data(0, PATH_ROLE)
        ):
            self.activated_path.emit(item.data(0, PATH_ROLE))
            return
        super().keyPressEvent(event)


class TrainingTab(QWidget):
    open_requested = Signal(str)  # a practitioner's file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: TeamReport | None = None
        self._stale = False  # a report arrived while the tab was hidden
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.by_row_button = QRadioButton(self.tr("By learning &row"))
        self.by_theme_button = QRadioButton(self.tr("By t&heme"))
        self.by_theme_button.setChecked(True)
        self.grouping = QButtonGroup(self)
        for button in (self.by_theme_button, self.by_row_button):
            self.grouping.addButton(button)
            button.toggled.connect(lambda checked: self.refresh() if checked else None)
        choose = QHBoxLayout()
        group_label = QLabel(self.tr("Group the needs:"))
        choose.addWidget(group_label)
        choose.addWidget(self.by_theme_button)
        choose.addWidget(self.by_row_button)
        choose.addStretch(1)

        self.tree = NeedsTree()
        self.tree.setColumnCount(4)
        self.tree.setAccessibleName(self.tr("Training needs"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.tree.activated_path.connect(self.open_requested)
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(choose)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)

    def set_report(self, report: TeamReport) -> None:
        """Take the new report; the tree is rebuilt now if the tab is in view, else when shown."""
        self.report = report
        note = report.catalogue_note()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if report.catalogue is None:
            palette = self.note.palette()
            palette.setColor(self.note.foregroundRole(), warning_colour())
            self.note.setPalette(palette)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _fit_columns(self) -> None:
        """Shares of the width, so both answers stay in view at any window and text size."""
        width = self.tree.viewport().width()
        char = self.tree.fontMetrics().averageCharWidth()
        name = min(24 * char, int(width * 0.18))
        self.tree.setColumnWidth(0, name)
        self.tree.setColumnWidth(1, int(width * 0.2))
        self.tree.setColumnWidth(2, int((width - name - width * 0.2) / 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def grouped_by_theme(self) -> bool:
        return self.by_theme_button.isChecked()

    def groups(self) -> list[Group]:
        if self.report is None:
            return []
        if self.grouped_by_theme():
            return by_theme(self.report.needs, self.report.catalogue)
        return by_row(self.report.needs)

    def refresh(self) -> None:
        self._stale = False
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        expanded = {item.text(0) for item in tops if item is not None and item.isExpanded()}
        first_time = self.tree.topLevelItemCount() == 0
        self.tree.clear()
        by_theme_now = self.grouped_by_theme()
        second = self.tr("Learning row") if by_theme_now else self.tr("Themes")
        self.tree.setHeaderLabels(
            [self.tr("Practitioner"), second, self.tr("What they did"), self.tr("What they need next")]
        )
        groups = self.groups()
        for group in groups:
            top = QTreeWidgetItem(self.tree, [self._group_title(group), "", "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)  # the group's title reads across the whole row
            for need in group.needs:
                self._need_item(top, need, by_theme_now)
            top.setExpanded(first_time or top.text(0) in expanded)
        self._fit_columns()
        people = len({n.path for n in self.report.needs}) if self.report else 0
        if not groups:
            self.empty.setText(self.tr("No learning and development rows are filled in yet."))
        else:
            self.empty.setText(
                self.tr("%1 practitioners wrote in their Learning and Development rows.").replace(
                    "%1", str(people)
                )
            )

    def _group_title(self, group: Group) -> str:
        count = group.practitioners
        people = (
            self.tr("1 practitioner") if count == 1 else self.tr("%1 practitioners").replace("%1", str(count))
        )
        area = f" · {group.area}" if group.area else ""
        title = self._not_in_catalogue() if group.title == NOT_IN_CATALOGUE else group.title
        return f"{title}{area} — {people}"

    def _not_in_catalogue(self) -> str:
        """The domain's NOT_IN_CATALOGUE, on screen in the reader's language."""
        return self.tr("Not in the catalogue")

    def _need_item(self, parent: QTreeWidgetItem, need: Need, by_theme_now: bool) -> QTreeWidgetItem:
        if by_theme_now:
            second = need.row_label
        else:
            second = (
                ", ".join(c.title for c in need.courses)
                if need.courses
                else (self._not_in_catalogue() if need.next else "")
            )
        item = QTreeWidgetItem(parent, [need.practitioner, second, need.did, need.next])
        item.setData(0, PATH_ROLE, need.path)
        for column in range(4):
            item.setToolTip(column, item.text(column))
        item.setToolTip(0, f"{need.practitioner}\n{Path(need.path).name}")
        return item

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.open_requested.emit(path)
