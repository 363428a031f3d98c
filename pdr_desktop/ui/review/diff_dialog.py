""" "Compare with…": what changed between this draft and another version of it, and taking the
other person's answers (never overwriting your own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldType, FormDefinition, Role
from pdr_desktop.review import diff
from pdr_desktop.review.received import read_received
from pdr_desktop.ui.accessible import name_buttons

FIELD_ROLE = Qt.ItemDataRole.UserRole
FILE_FILTER = "Performance Conversations (*.pdr *.docx *.pdf);;All files (*)"


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
        self.resize(900, 560)

        summary = QLabel()
        summary.setWordWrap(True)
        self.summary = summary
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Yours"), self.tr("In %1").replace("%1", name)])
        self.tree.setAccessibleName(self.tr("Differences"))
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps "… › My Self-assessment"
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The selected difference in full"))
        self.detail.setMaximumHeight(120)
        self.tree.currentItemChanged.connect(self._show_detail)
        self._fill()
        summary.setText(self._summary(name))
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        for column, width in enumerate((360, 250)):
            self.tree.setColumnWidth(column, width)

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
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        name_buttons(self)

    def _summary(self, name: str) -> str:
        if not self.changes:
            return self.tr("No differences: %1 says the same as your copy.").replace("%1", name)
        count = len(self.changes)
        takeable = len(self.acceptable_ids())
        text = self.tr("%1 difference(s). ").replace("%1", str(count))
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
                    cell = QTreeWidgetItem(table_item, self._texts(change))
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    continue
                item = QTreeWidgetItem(section, self._texts(change))
                self._make_checkable(item, change)

    def _texts(self, change: diff.FieldChange) -> list[str]:
        # The section is the parent row already: don't repeat it in every place.
        title = diff.section_title(self.form, change.section_id)
        place = change.place.removeprefix(f"{title} › ")
        who = f" ({change.owner.label})" if change.owner else ""
        return [place + who, change.before_text, change.after_text]

    def _make_checkable(self, item: QTreeWidgetItem, change: diff.FieldChange) -> None:
        for column in (1, 2):
            item.setToolTip(column, item.text(column))
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

        if item is None or item.parent() is None:
            self.detail.clear()
            return
        parts = [f"<p><b>{escape(item.parent().text(0))} › {escape(item.text(0))}</b></p>"]
        for label, column in ((self.tr("Yours"), 1), (self.tree.headerItem().text(2), 2)):
            text = escape(item.text(column)).replace("\n", "<br>")
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
            window.tr("Compare with another version"),
            str(window.draft_path.parent) if window.draft_path else "",
            FILE_FILTER,
        )
        if not chosen:
            return 0
        path = Path(chosen)
    try:
        theirs = read_received(Path(path), window.registry)
    except DraftFileError as exc:
        QMessageBox.warning(window, window.tr("Cannot compare"), str(exc))
        return 0
    if theirs.form_id != window.form.id:
        QMessageBox.warning(
            window,
            window.tr("Cannot compare"),
            window.tr("“%1” is a different form, so it cannot be compared with this one.").replace(
                "%1", Path(path).name
            ),
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
