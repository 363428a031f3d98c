""" "Compare with…": what changed between this draft and another version of it, and taking the
other person's answers (never overwriting your own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.dates import to_display
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldType, FormDefinition, Role
from pdr_desktop.review import diff
from pdr_desktop.team.received import read_received
from pdr_desktop.ui.accessible import name_buttons
from pdr_desktop.ui.file_operations import open_filters
from pdr_desktop.ui.review.wrapping_delegate import WrappingDelegate

FIELD_ROLE = Qt.ItemDataRole.UserRole
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's whole text; the cell may show less
PREVIEW_CHARS = 120  # a cell shows about two lines of an answer: the pane below shows all of it


class CompareDialog(QDialog):
    """Changes grouped by section; the other side's answers can be ticked and accepted."""

    def __init__(
        self,
        form: FormDefinition,
        mine: Draft,
        theirs: Draft,
        role: Role,
        source: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.mine = mine
        self.theirs = theirs
        self.role = role
        self.side = role.other  # only the other person's answers can be taken
        self.changes = diff.diff_drafts(form, mine, theirs)
        name = source.name if source else self.tr("the other version")
        self.setWindowTitle(self.tr("Compare with %1").replace("%1", name))
        self.resize(self._default_size())

        summary = QLabel()
        summary.setWordWrap(True)
        self.summary = summary
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        # "Theirs" fits its column; the file's name is in the summary, the tooltip and the pane below.
        self.theirs_label = self.tr("In %1").replace("%1", name)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Yours"), self.tr("Theirs")])
        self.tree.headerItem().setToolTip(2, self.theirs_label)
        self.tree.setAccessibleName(self.tr("Differences"))
        # Whole words on several lines, not "Manager comm…ober)": rows grow to fit their text.
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # thirds, following the dialog
        header.setStretchLastSection(True)
        # Wrapped rows are measured at the column width: measure again when it changes.
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The selected difference in full"))
        panes = QSplitter(Qt.Orientation.Vertical)  # the list above, the selected one in full below
        panes.setChildrenCollapsible(False)
        panes.addWidget(self.tree)
        panes.addWidget(self.detail)
        panes.setStretchFactor(0, 3)
        panes.setStretchFactor(1, 1)
        self.tree.currentItemChanged.connect(self._show_detail)
        self._fill()
        summary.setText(self._summary(name))
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.accept_button = QPushButton(self.tr("&Accept selected"))
        self.accept_button.setDefault(bool(self.acceptable_ids()))
        self.accept_button.setEnabled(bool(self.acceptable_ids()))
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(lambda *_: self.accept_button.setEnabled(bool(self.selected_ids())))

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(panes, 1)
        layout.addWidget(self.buttons)
        name_buttons(self)

    def _default_size(self) -> QSize:
        """Most of the window it belongs to (or of the screen), never more than the screen."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
        base = parent.window().size() if parent is not None else room
        width = min(room.width(), max(720, int(base.width() * 0.85)))
        height = min(room.height(), max(480, int(base.height() * 0.85)))
        return QSize(width, height)

    def _count_text(self, count: int) -> str:
        # Two strings, not "%n difference(s)": without a translation loaded Qt shows "(s)".
        if count == 1:
            return self.tr("1 difference.")
        return self.tr("%1 differences.").replace("%1", str(count))

    def _summary(self, name: str) -> str:
        if not self.changes:
            return self.tr("No differences: %1 says the same as your copy.").replace("%1", name)
        count = len(self.changes)
        takeable = len(self.acceptable_ids())
        text = self._count_text(count) + " "
        if takeable:
            text += self.tr(
                "The %1's answers are ticked: accept them to copy them into your draft. "
                "Your own answers are shown for reference and are never overwritten."
            ).replace("%1", self.side.label.lower())
        else:
            text += self.tr("None of them are the %1's answers, so there is nothing to accept.").replace(
                "%1", self.side.label.lower()
            )
        if self.theirs.draft_id != self.mine.draft_id:
            text += " " + self.tr(
                "Note: this file was started as a different conversation; check it is the right person's."
            )
        return text

    def _fill(self) -> None:
        self._checkable: list[QTreeWidgetItem] = []
        for title, items in diff.group_by_section(self.form, self.changes):
            section = QTreeWidgetItem(self.tree, [title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            section.setFlags(section.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            table_item: QTreeWidgetItem | None = None
            for change in items:
                fld = self.form.fields.get(change.field_id)
                if fld is not None and fld.type is FieldType.ROWS:
                    # Tables are accepted whole (diff.accept_changes): one tick for all its cells.
                    if table_item is None:
                        table_item = QTreeWidgetItem(
                            section, [self.tr("%1 (the whole table)").replace("%1", fld.label)]
                        )
                        self._make_checkable(table_item, change)
                    cell = self._new_item(table_item, self._texts(change))
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    continue
                item = self._new_item(section, self._texts(change))
                self._make_checkable(item, change)

    def _where(self, change: diff.FieldChange) -> str:
        """The field's own short label (its group, then its label); the section is the parent row."""
        fld = self.form.fields.get(change.field_id)
        if fld is not None and fld.type is not FieldType.ROWS:
            section = self.form.section(fld.section_id)
            parts = [section.group(fld.group).label] if fld.group else []
            parts.append(fld.label.rstrip(":"))
            place = " › ".join(p for p in parts if p)
        else:  # a table cell ("row 2 › By When") or a review-round entry: the path without the section
            title = diff.section_title(self.form, change.section_id)
            place = change.place.removeprefix(f"{title} › ")
        # "Signed (Manager)" already says whose it is: never "Signed (Manager) (Manager)".
        who = f" ({change.owner.label})" if change.owner and f"({change.owner.label})" not in place else ""
        return place + who

    def _texts(self, change: diff.FieldChange) -> list[str]:
        return [self._where(change), self._dated(change, change.before), self._dated(change, change.after)]

    def _dated(self, change: diff.FieldChange, value: object) -> str:
        """Dates as everywhere else in the app (15/07/2026), not as stored (2026-07-15)."""
        text = diff.value_text(value)
        if change.field_id.startswith("review.meetings."):
            return to_display(text)
        fld = self.form.fields.get(change.field_id)
        if fld is None:
            return text
        if fld.type is FieldType.ROWS and change.column:
            column = next((c for c in fld.columns if c.id == change.column), None)
            dated = column is not None and column.type in (FieldType.DATE, FieldType.DATE_OR_TEXT)
            return to_display(text) if dated else text
        if fld.type is FieldType.DATE:
            return to_display(text)
        if fld.type is FieldType.SIGNATURE and isinstance(value, dict):
            shown = {**value, "date": to_display(str(value.get("date", "")))}
            return diff.value_text(shown)
        return text

    @staticmethod
    def _preview(text: str) -> str:
        """The start of a long answer, cut at a word; the full text is in the pane below."""
        first = text.strip().split("\n", 1)[0]
        if len(first) <= PREVIEW_CHARS and first == text.strip():
            return text
        cut = first[:PREVIEW_CHARS].rsplit(" ", 1)[0] if len(first) > PREVIEW_CHARS else first
        return cut.rstrip(" ,;:.") + " …"

    def _new_item(self, parent: QTreeWidget | QTreeWidgetItem, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [texts[0], *(self._preview(t) for t in texts[1:])])
        for column, text in enumerate(texts):
            item.setData(column, FULL_TEXT_ROLE, text)
            item.setToolTip(column, text)
        return item

    def _make_checkable(self, item: QTreeWidgetItem, change: diff.FieldChange) -> None:
        if not diff.acceptable(change, self.side):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(0, self.tr("Yours (or not an answer): kept as it is in your copy"))
            return
        item.setData(0, FIELD_ROLE, change.field_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        self._checkable.append(item)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        from html import escape

        parent = item.parent() if item is not None else None
        if item is None or parent is None:
            self.detail.clear()
            return
        parts = [f"<p><b>{escape(parent.text(0))} › {escape(item.text(0))}</b></p>"]
        for label, column in ((self.tr("Yours"), 1), (self.theirs_label, 2)):
            full = item.data(column, FULL_TEXT_ROLE) or item.text(column)
            text = escape(full).replace("\n", "<br>")
            if text:
                parts.append(f"<p><b>{escape(label)}:</b> {text}</p>")
        self.detail.setHtml("".join(parts))

    def acceptable_ids(self) -> list[str]:
        return [item.data(0, FIELD_ROLE) for item in self._checkable]

    def selected_ids(self) -> list[str]:
        return [
            item.data(0, FIELD_ROLE)
            for item in self._checkable
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_selected(self, field_ids: list[str]) -> None:
        for item in self._checkable:
            wanted = item.data(0, FIELD_ROLE) in field_ids
            item.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def merged(self) -> Draft:
        """Your draft with the ticked answers of the other person taken from their copy."""
        return diff.accept_changes(self.form, self.mine, self.theirs, self.side, self.selected_ids())


def apply_merged(target: Draft, merged: Draft) -> None:
    """Copy answers and signatures into the open draft object in place (the pages hold it)."""
    target.answers = merged.answers
    target.signatures = merged.signatures


def compare_with(window, path: Path | None = None) -> int:
    """The whole "Compare with…" action on a window; returns how many answers were accepted."""
    if window.draft is None:
        return 0
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("MainWindow", "Compare with another version"),
            str(window.draft_path.parent) if window.draft_path else "",
            open_filters(),
        )
        if not chosen:
            return 0
        path = Path(chosen)
    try:
        theirs = read_received(Path(path), window.registry)
    except DraftFileError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot compare"), str(exc))
        return 0
    if theirs.form_id != window.form.id:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Cannot compare"),
            QCoreApplication.translate(
                "MainWindow", "“%1” is a different form, so it cannot be compared with this one."
            ).replace("%1", Path(path).name),
        )
        return 0
    # Saving first pushes a still-open table cell into the draft, so "yours" is what is on screen.
    if window.draft_path is not None:
        window.save_now()
    role = Role(window.role) if window.role else Role.PRACTITIONER
    dialog = CompareDialog(window.form, window.draft, theirs, role, Path(path), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    chosen_ids = dialog.selected_ids()
    if not chosen_ids:
        return 0
    apply_merged(window.draft, dialog.merged())
    window.refresh_from_draft()
    window.save_now()
    return len(chosen_ids)
