"""The start page: recent conversations, New, Open…, and where drafts are kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt when used: see ui/first_paint.py on the Qt namespace
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.forms.model import Role
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.review.library import DraftSummary, list_drafts, summarise
from pdr_desktop.ui.theme import heading_label
from pdr_desktop.ui.when import describe_time

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

# Qt.ItemDataRole.UserRole and the next, by number: naming Qt at import would build the Qt
# namespace before the first frame (tests/ui/test_start_page.py checks they are equal).
PATH_ROLE = 0x0100
ERROR_ROLE = PATH_ROLE + 1


# Qt.AlignLeft | Qt.AlignVCenter and Qt.AccessibleTextRole by number too, for the same reason.
LEFT_MIDDLE = 0x0001 | 0x0080
ACCESSIBLE_TEXT_ROLE = 11


class _DraftDelegate(QStyledItemDelegate):
    """First line (the person's name) in bold; the rest as written; some air between entries.

    The style draws each row's background, selection and focus as for any list row, given no
    text (initStyleOption); the lines are drawn here, without naming QStyle, so a returning
    person's start page is drawn without PySide making QStyle's Python type (about 18 ms).
    The Qt namespace's types are still made here: choosing among QPainter.setPen's overloads
    (one takes a Qt.PenStyle) makes them.
    """

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, option.font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = (index.data() or "").split("\n")
        bold, plain = self._fonts(option)
        height = QFontMetrics(bold).lineSpacing() + QFontMetrics(plain).lineSpacing() * (len(lines) - 1)
        width = max(QFontMetrics(bold).horizontalAdvance(line) for line in lines)
        pad = QFontMetrics(plain).height() // 2
        return QSize(width + 2 * pad, height + 2 * pad)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the row as the style draws it; paint draws the lines

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        bold, plain = self._fonts(option)
        pad = QFontMetrics(plain).height() // 2
        view = self.parent()
        selected = isinstance(view, QListWidget) and view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        top = option.rect.top() + pad
        for number, line in enumerate((index.data() or "").split("\n")):
            font = bold if number == 0 else plain
            painter.setFont(font)
            metrics = QFontMetrics(font)
            rect = QRect(option.rect.left() + pad, top, option.rect.width() - 2 * pad, metrics.lineSpacing())
            shown = line
            if metrics.horizontalAdvance(line) > rect.width():
                shown = metrics.elidedText(line, QtCore.Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, LEFT_MIDDLE, shown)
            top += metrics.lineSpacing()
        painter.restore()


def gather_drafts(
    folder: Path, recent: list[Path], registry: FormRegistry, role: Role | None
) -> list[DraftSummary]:
    """Drafts in the folder plus recently opened ones elsewhere; the most recent first.

    ``recent[0]`` (the last draft) always leads, so reopening yesterday's work is one Enter away.
    """
    found = {p.path.resolve(): p for p in list_drafts(folder, registry, role)}
    for path in recent:
        if path.is_file() and path.resolve() not in found:
            found[path.resolve()] = summarise(path, registry, role)
    ordered = sorted(found.values(), key=lambda s: s.modified, reverse=True)
    ordered.sort(key=lambda s: bool(s.error))  # unreadable files last: still listed, never hidden
    if recent and recent[0].is_file():
        last = recent[0].resolve()
        ordered.sort(key=lambda s: s.path.resolve() != last)  # stable: the rest keep their order
    return ordered


class StartPage(QWidget):
    draft_chosen = Signal(str)  # a path
    new_clicked = Signal()
    open_clicked = Signal()

    def __init__(self, organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(self.tr("Start page"))
        layout = QVBoxLayout(self)
        title = heading_label(self.tr("Performance Conversations"), 1.6)
        layout.addWidget(title)
        # Whose app this is, as IT set it (site setting "organisation").
        self.organisation_label = QLabel(organisation)
        self.organisation_label.setObjectName("organisation")
        self.organisation_label.setVisible(bool(organisation))
        layout.addWidget(self.organisation_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New conversation"))
        self.new_button.setAccessibleName(self.tr("New conversation"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a file"))
        self.new_button.clicked.connect(self.new_clicked)
        self.open_button.clicked.connect(self.open_clicked)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list_label = QLabel(self.tr("Re&cent conversations"))
        layout.addWidget(self.list_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentDrafts")
        self.recent.setAccessibleName(self.tr("Recent conversations"))
        self.recent.setWordWrap(True)
        self.recent.setAlternatingRowColors(True)
        self.recent.setSpacing(2)
        self.recent.setItemDelegate(_DraftDelegate(self.recent))
        self.list_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activated)  # Enter and double-click
        layout.addWidget(self.recent, 1)
        self.empty_label = QLabel(self.tr("No conversations yet. Choose “New conversation” to start one."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        # By name, not Qt.TextInteractionFlag: the same flag without building the Qt namespace.
        self.where_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        layout.addWidget(self.where_label)
        # Takes the spare height when the list is hidden (first run): the few items stay together
        # at the top instead of being spread down the window.
        layout.addStretch(0)
        self.summaries: list[DraftSummary] = []

    def populate(
        self,
        folder: Path,
        recent: list[Path],
        registry: FormRegistry,
        role: Role | None,
        today: date,
        recoverable: set[Path] | None = None,
    ) -> None:
        self.summaries = gather_drafts(folder, recent, registry, role)
        recoverable = {p.resolve() for p in recoverable or set()}
        self.recent.clear()
        for summary in self.summaries:
            text = self.describe(summary, today, summary.path.resolve() in recoverable)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(summary.path))
            item.setData(ACCESSIBLE_TEXT_ROLE, text.replace("\n", ". "))
            item.setToolTip(str(summary.path))
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.setVisible(bool(self.summaries))
        self.list_label.setVisible(bool(self.summaries))
        self.empty_label.setVisible(not self.summaries)
        self.where_label.setText(
            self.tr("Your conversations are saved automatically in {folder}, on this computer only.").format(
                folder=folder
            )
        )

    def describe(self, summary: DraftSummary, today: date, recoverable: bool = False) -> str:
        saved = describe_time(summary.modified, today)
        if summary.error:
            return "\n".join(
                [
                    summary.path.name,
                    self.tr("Cannot be opened: {reason}").format(reason=summary.error),
                    self.tr("Last changed {when}").format(when=saved),
                ]
            )
        first = summary.name + (f" — {summary.period}" if summary.period else "")
        to_do = summary.left  # completeness.to_do: what this draft's Check your answers says
        second = self.tr("Last saved {when} · {round} · {percent}% done, {count} to do").format(
            when=saved, round=summary.current_round, percent=summary.percent, count=to_do
        )
        # A copy reads exactly like its original (same person, same state): its file name tells them apart.
        lines = [first, second, self.tr("File: {name}").format(name=summary.path.name)]
        if summary.received_from:  # otherwise it reads exactly like the person's own draft
            mode = self.tr(", answered in manager mode") if summary.role == Role.MANAGER.value else ""
            lines.append(
                self.tr("Received copy, from “{file}”{mode}").format(file=summary.received_from, mode=mode)
            )
        if recoverable:
            lines.append(self.tr("Unsaved changes can be recovered"))
        return "\n".join(lines)

    def _activated(self, item: QListWidgetItem) -> None:
        self.draft_chosen.emit(item.data(PATH_ROLE))

    def focus_list(self) -> None:
        (self.recent if self.recent.count() else self.new_button).setFocus()  # OtherFocusReason
