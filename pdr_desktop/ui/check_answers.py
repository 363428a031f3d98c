"""Check your answers: what is done, and what is still missing (GOV.UK error-summary style).

Each missing item is a link-styled button; choosing it asks the window to jump
to that field. Items owned by the other role are listed separately so nobody is
told to fill in somebody else's part.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.model import Draft, is_filled
from pdr_desktop.forms.model import FormDefinition, Role
from pdr_desktop.review.completeness import Missing, due_fields, missing, section_status
from pdr_desktop.ui.theme import heading_label

MAX_LINKS = 60  # a blank form has ~50 items; more would be a wall of links, so say "and N more"


def _link(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(accessible)
    button.setFlat(True)
    return button


class CheckAnswersPage(QScrollArea):
    field_chosen = Signal(str)  # a field id to jump to
    section_chosen = Signal(str)  # a section id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkAnswers")
        self.setAccessibleName(self.tr("Check your answers"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body: QWidget | None = None
        self.missing_mine: list[Missing] = []
        self.missing_theirs: list[Missing] = []

    def refresh(self, form: FormDefinition, draft: Draft, role: Role, round_id: str) -> None:
        """Rebuild from the draft as it is now (cheap: a few dozen labels)."""
        self.missing_mine = missing(form, draft, role, round_id)
        self.missing_theirs = missing(form, draft, role.other, round_id)
        body = QWidget()
        body.setObjectName("checkAnswersBody")
        layout = QVBoxLayout(body)
        title = heading_label(self.tr("Check your answers"), 1.5)
        layout.addWidget(title)
        round_label = form.round(round_id).label
        intro = QLabel(self.tr("{round}, as a {role}.").format(round=round_label, role=role.label.lower()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._summary_box(self.missing_mine, role))
        if self.missing_theirs:
            layout.addWidget(self._others_box(self.missing_theirs, role))
        layout.addWidget(self._sections_table(form, draft, role, round_id))
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        self._body = body

    def _summary_box(self, items: list[Missing], role: Role) -> QFrame:
        box = QFrame()
        box.setObjectName("errorSummary" if items else "doneSummary")
        layout = QVBoxLayout(box)
        if not items:
            done = QLabel(self.tr("Everything you need to fill in for this review is done."))
            done.setWordWrap(True)
            done.setAccessibleName(done.text())
            layout.addWidget(done)
            return box
        heading = QLabel(self.tr("Still to do ({count})").format(count=len(items)))
        heading.setProperty("heading", True)
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        self._add_links(layout, items)
        box.setAccessibleName(heading.text())
        return box

    def _others_box(self, items: list[Missing], role: Role) -> QFrame:
        box = QFrame()
        box.setObjectName("othersSummary")
        layout = QVBoxLayout(box)
        text = (
            self.tr("For your manager ({count})")
            if role is Role.PRACTITIONER
            else self.tr("For the practitioner ({count})")
        ).format(count=len(items))
        heading = QLabel(text)
        heading.setProperty("heading", True)
        heading.setAccessibleName(text)
        layout.addWidget(heading)
        self._add_links(layout, items)
        box.setAccessibleName(text)
        return box

    def _add_links(self, layout: QVBoxLayout, items: list[Missing]) -> None:
        for item in items[:MAX_LINKS]:
            link = _link(item.label, self.tr("Go to {place}").format(place=item.label))
            link.clicked.connect(lambda _=False, fid=item.field_id: self.field_chosen.emit(fid))
            layout.addWidget(link)
        if len(items) > MAX_LINKS:
            layout.addWidget(QLabel(self.tr("…and {count} more").format(count=len(items) - MAX_LINKS)))

    def _sections_table(self, form: FormDefinition, draft: Draft, role: Role, round_id: str) -> QWidget:
        table = QWidget()
        table.setAccessibleName(self.tr("Sections"))
        grid = QGridLayout(table)
        for row, section in enumerate(form.sections):
            fields = due_fields(form, role, round_id, section)
            answered = sum(1 for f in fields if is_filled(f, draft.get(f)))
            status = section_status(form, draft, section, role, round_id).value
            name = QLabel(section.title)
            name.setWordWrap(True)
            count = QLabel(
                self.tr("{answered} of {total} answered").format(answered=answered, total=len(fields))
                if fields
                else self.tr("Nothing for you to fill in")
            )
            tag = QLabel(status)
            go = _link(self.tr("Go to"), self.tr("Go to {section}").format(section=section.title))
            go.clicked.connect(lambda _=False, sid=section.id: self.section_chosen.emit(sid))
            for col, widget in enumerate((name, count, tag, go)):
                if isinstance(widget, QLabel):
                    widget.setAccessibleName(widget.text())
                grid.addWidget(widget, row, col)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(self.fontMetrics().height())
        return table

    def links(self) -> list[QPushButton]:
        return self.findChildren(QPushButton) if self._body else []
