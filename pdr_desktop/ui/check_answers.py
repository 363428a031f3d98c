"""Check your answers, the GOV.UK way: a summary list per section, then send.

For each section with something for this person at this round: every question they answer,
the answer itself (its first lines; "Show all" opens the rest) and a Change link that puts
the cursor in the field. A missing answer or one that cannot stand (a date that is not a
date, a signature whose answers changed since) says so in its own row, where it belongs.
The other person's parts are one line ("Your manager has 16 parts to complete"), never a
list of their boxes. The page ends with what comes next: Send to manager… for the
practitioner, Export… for the manager (actions the export plug-in hands over).

It wraps at any width: rows stack (question, answer, link) when the page is narrow or the
text is large, and the page never scrolls sideways.

Other parts add to each section through `add_section_hook(hook)`: the hook is called with
(form, draft, section, role, layout) after the section's rows, to add widgets of its own
(the spelling check's "possible spelling mistakes" list goes there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FieldType, FormDefinition, Role, Section
from pdr_desktop.review import signing
from pdr_desktop.review.completeness import Missing, due_fields, invalid, missing
from pdr_desktop.ui.check_rows import SummaryRow, answer_lines
from pdr_desktop.ui.pages.style import apply_fonts

SectionHook = Callable[[FormDefinition, Draft, Section, Role, QVBoxLayout], None]
NARROW_CHARS = 55  # below this many average characters of width, rows stack


def parts(count: int) -> str:
    return f"{count} part" if count == 1 else f"{count} parts"


def question_label(fld: Field) -> str:
    """A field's label as a question on its own: no trailing colon, and no "Yes / No" on a yes/no
    question (the answer says Yes or No)."""
    # Imported here: the field widgets' modules (and the spelling they load) are not needed to
    # start the window, and this module is.
    from pdr_desktop.ui.fields.yes_no import yes_no_question

    return yes_no_question(fld.label) if fld.type is FieldType.YESNO else fld.label.rstrip(": ")


class CheckAnswersPage(QScrollArea):
    field_chosen = Signal(str)  # a field id (or "objectives.items#2.by_when") to jump to
    section_chosen = Signal(str)  # a section id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkAnswers")
        self.setAccessibleName(self.tr("Check your answers"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body: QWidget | None = None
        self.rows: list[SummaryRow] = []
        self.missing_mine: list[Missing] = []
        self.invalid_mine: list[Missing] = []
        self.missing_theirs: list[Missing] = []
        self.invalid_theirs: list[Missing] = []
        self.section_hooks: list[SectionHook] = []
        self.finish_actions: dict[Role, QAction] = {}
        self._expanded: set[str] = set()  # questions opened with "Show all", kept across rebuilds

    # --- what other parts plug in ---------------------------------------------------------
    def add_section_hook(self, hook: SectionHook) -> None:
        """Called for each section shown, after its rows: add widgets to the section's layout."""
        self.section_hooks.append(hook)

    def set_finish_action(self, role: Role, action: QAction) -> None:
        """The step the page ends with for *role* (Send to manager…, Export…)."""
        self.finish_actions[role] = action

    # --- building -------------------------------------------------------------------------
    def refresh(self, form: FormDefinition, draft: Draft, role: Role, round_id: str) -> None:
        """Rebuild from the draft as it is now (cheap: a few dozen labels)."""
        self._expanded |= {r.question for r in self.rows if r.expanded}
        scroll = self.verticalScrollBar().value()
        self.missing_mine = missing(form, draft, role, round_id)
        self.invalid_mine = invalid(form, draft, role, round_id)
        self.missing_theirs = missing(form, draft, role.other, round_id)
        self.invalid_theirs = invalid(form, draft, role.other, round_id)
        self.rows = []
        body = QWidget()
        body.setObjectName("pageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 32)
        layout.setSpacing(16)
        title = self._label(self.tr("Check your answers"), "pageTitle")
        title.setAccessibleName(title.text())
        layout.addWidget(title)
        layout.addWidget(self._summary(form, role, round_id))
        for section in form.sections:
            fields = due_fields(form, role, round_id, section)
            if fields:
                layout.addWidget(self._section(form, draft, section, role, fields))
        layout.addWidget(self._finish(role, self._signed(form, draft, role)))
        layout.addStretch(1)
        apply_fonts(body, self.font())
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        self._body = body
        self._arrange()
        self.verticalScrollBar().setValue(scroll)

    def _label(self, text: str, object_name: str = "", parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if object_name:
            label.setObjectName(object_name)
        return label

    def _summary(self, form: FormDefinition, role: Role, round_id: str) -> QFrame:
        box = QFrame()
        box.setObjectName("card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 14, 20, 14)
        round_label = form.round(round_id).label
        intro = self.tr("{round}, as the {role}.").format(round=round_label, role=role.label.lower())
        layout.addWidget(self._label(intro))
        mine = len(self.missing_mine) + len(self.invalid_mine)
        if mine:
            text = self.tr("{0} still to do, marked below where they belong.").format(parts(mine))
        else:
            text = self.tr("Everything you need to fill in for this review is done.")
        status = self._label(text, "cardTitle")
        status.setAccessibleName(text)
        layout.addWidget(status)
        theirs = len(self.missing_theirs) + len(self.invalid_theirs)
        if role is Role.PRACTITIONER:
            other = (
                self.tr("Your manager has {0} to complete.").format(parts(theirs))
                if theirs
                else self.tr("Your manager's parts are filled in.")
            )
        else:
            other = (
                self.tr("The practitioner has {0} to complete.").format(parts(theirs))
                if theirs
                else self.tr("The practitioner's parts are filled in.")
            )
        other_label = self._label(other)
        other_label.setObjectName("otherPerson")
        other_label.setAccessibleName(other)
        layout.addWidget(other_label)
        box.setAccessibleName(text)
        return box

    def _section(
        self, form: FormDefinition, draft: Draft, section: Section, role: Role, fields: list[Field]
    ) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(0)
        heading = self._label(section.title, "cardTitle")
        heading.setAccessibleName(section.title)
        layout.addWidget(heading)
        gaps = {(m.field_id, m.row, m.column): m for m in self.missing_mine if m.section_id == section.id}
        problems = [m for m in self.invalid_mine if m.section_id == section.id]
        group = None
        for fld in fields:
            if fld.group and fld.group != group:  # a standard, a round's comments: said once
                label = self._label(section.group(fld.group).label, "blockTitle")
                label.setContentsMargins(0, 10, 0, 0)
                label.setAccessibleName(label.text())
                layout.addWidget(label)
            group = fld.group
            row = self._row(form, draft, section, fld, gaps, problems)
            layout.addWidget(row)
        for hook in self.section_hooks:
            hook(form, draft, section, role, layout)
        return card

    def _question(self, section: Section, fld: Field) -> tuple[str, str]:
        """(where, what): the group is the heading above the row, so the row's name repeats it
        only for screen readers (its accessible name), not on screen."""
        return (section.group(fld.group).label if fld.group else "", question_label(fld))

    def _row(
        self,
        form: FormDefinition,
        draft: Draft,
        section: Section,
        fld: Field,
        gaps: dict[tuple[str, int | None, str | None], Missing],
        problems: list[Missing],
    ) -> SummaryRow:
        question = self._question(section, fld)
        lines = answer_lines(fld, draft.get(fld))
        mine = [m for key, m in gaps.items() if key[0] == fld.id]
        wrong = [p for p in problems if p.field_id == fld.id]
        target, link = fld.id, ""
        if fld.type is FieldType.SIGNATURE:
            lines = self._signature(form, draft, fld, lines)
        notes = [self._problem_text(fld, p) for p in wrong]  # there, but cannot stand as it is
        if mine and (fld.type is not FieldType.ROWS or not lines):
            notes.append(self.tr("Not answered yet"))
            link = self.tr("Sign") if fld.type is FieldType.SIGNATURE else self.tr("Answer")
        elif mine:  # some cells of the objectives left empty
            notes += [self._cell_gap_text(fld, m) for m in mine]
        if wrong or mine:
            target = (wrong or mine)[0].target
        if fld.type is FieldType.SIGNATURE and wrong:
            link = self.tr("Sign again")
        short = [line for line in lines if not line.startswith(" ")] if fld.type is FieldType.ROWS else None
        row = SummaryRow(question, lines, target, "\n".join(notes), link, short=short)
        row.change_clicked.connect(self.field_chosen)
        if row.question in self._expanded and row.more is not None:
            row.toggle()
        self.rows.append(row)
        return row

    def _signature(self, form: FormDefinition, draft: Draft, fld: Field, lines: list[str]) -> list[str]:
        status = signing.signature_status(form, draft, fld.owner)
        if status.signed and status.valid:
            added = signing.added_summary(form, status)
            extra = [self.tr("Added after you signed: {0}").format(", ".join(added))] if added else []
            return [self.tr("Signed: {0}").format(lines[0] if lines else status.name), *extra]
        if lines and not status.signed:
            return [self.tr("{0} (typed, not signed with the Sign button)").format(lines[0])]
        return lines

    def _problem_text(self, fld: Field, problem: Missing) -> str:
        if fld.type is FieldType.SIGNATURE:
            return self.tr("Changed since you signed: check the answers, then sign again")
        if problem.row is not None:
            column = next((c.label for c in fld.columns if c.id == problem.column), "")
            return self.tr("Objective {0}, {1}: {2}").format(problem.row + 1, column, problem.problem)
        return problem.problem

    def _cell_gap_text(self, fld: Field, gap: Missing) -> str:
        if gap.row is None:
            return self.tr("Not answered yet")
        column = next((c.label for c in fld.columns if c.id == gap.column), "")
        return self.tr("Objective {0}: {1} not answered yet").format(gap.row + 1, column)

    @staticmethod
    def _signed(form: FormDefinition, draft: Draft, role: Role) -> bool:
        try:
            status = signing.signature_status(form, draft, role)
        except (StopIteration, KeyError):  # a form without a signature for this role
            return False
        return status.signed and status.valid

    def _finish(self, role: Role, signed: bool) -> QWidget:
        """What comes after checking: sign, then send (practitioner) or export (manager).

        The button works signed or not, so the words say what it does now: "sign first" beside
        a button that sends the unsigned form anyway was untrue."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        if role is Role.PRACTITIONER and signed:
            text = self.tr("You have signed on the Sign-off page: send the form to your manager.")
        elif role is Role.PRACTITIONER:
            text = self.tr(
                "You have not signed yet: Send to manager… sends the form as it is now, without your "
                "signature. To sign first, go to the Sign-off page."
            )
        elif signed:
            text = self.tr("You have signed on the Sign-off page: send a Word or PDF copy back.")
        else:
            text = self.tr(
                "You have not signed yet: Export… makes a Word or PDF copy as it is now, without your "
                "signature. To sign first, go to the Sign-off page."
            )
        layout.addWidget(self._label(text))
        action = self.finish_actions.get(role)
        if action is not None:
            row = QHBoxLayout()
            text = action.text().replace("&", "")  # the menu's access key is the menu's, not this page's
            button = QPushButton(text)
            button.setObjectName("finishButton")
            button.setAccessibleName(text)  # the visible words, as they are
            button.setEnabled(action.isEnabled())
            button.clicked.connect(action.trigger)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            self.finish_button = button
        return box

    # --- fitting the width ------------------------------------------------------------------
    def _arrange(self) -> None:
        narrow = self.viewport().width() < self.fontMetrics().averageCharWidth() * NARROW_CHARS
        for row in self.rows:
            row.arrange(narrow)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._body is not None:
            apply_fonts(self._body, self.font())
            self._arrange()

    def links(self) -> list[QPushButton]:
        return self.findChildren(QPushButton) if self._body else []

    def focusable(self) -> list[QWidget]:
        """The links and buttons in reading order (for the window's tab order)."""
        out: list[QWidget] = []
        for row in self.rows:
            out += row.focusable()
        finish = getattr(self, "finish_button", None)
        if finish is not None and self.isAncestorOf(finish):
            out.append(finish)
        return out
