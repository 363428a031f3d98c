"""What is missing, for whom, by when: the task list and the `check` command.

A field is due when its owner matches the role asked about and its round (if
it has one) is the current round or an earlier one. A manager's column is never
reported as missing to the practitioner, and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from pdr_desktop.dates import looks_like_broken_date, parse_date
from pdr_desktop.drafts.model import Draft, is_filled, row_is_blank
from pdr_desktop.forms.model import Column, Field, FieldType, FormDefinition, Role, Section
from pdr_desktop.review.rounds import rounds_up_to


class Status(str, Enum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    COMPLETED = "Completed"


@dataclass(frozen=True)
class Missing:
    field_id: str
    section_id: str
    label: str  # "Practice Standards › 1. All families… › My Self-assessment"
    owner: Role
    row: int | None = None  # objectives row (0-based) for a missing cell
    problem: str = ""  # for an answer that is there but not valid: what is wrong with it
    column: str | None = None  # the row's column, for a cell

    @property
    def text(self) -> str:
        """The place, and what is wrong when the answer is there but cannot stand (lists, tooltips)."""
        return f"{self.label} – {self.problem}" if self.problem else self.label

    @property
    def target(self) -> str:
        """Where to put the cursor: the field id, or "objectives.items#2.by_when" for a cell."""
        if self.row is None:
            return self.field_id
        return f"{self.field_id}#{self.row + 1}" + (f".{self.column}" if self.column else "")


def field_path(form: FormDefinition, fld: Field) -> str:
    """A human-readable place for a field, used in reports and the check page."""
    section = form.section(fld.section_id)
    parts = [section.title]
    if fld.group:
        group = section.group(fld.group)
        label = group.label
        parts.append(label if len(label) <= 60 else label[:57].rstrip() + "…")
    parts.append(fld.label)
    return " › ".join(dict.fromkeys(parts))  # drop repeats, keep order


def cell_path(form: FormDefinition, fld: Field, index: int, col: Column) -> str:
    """A human-readable place for one cell of a rows field: "Objectives › row 2 › By When"."""
    return f"{form.section(fld.section_id).title} › row {index + 1} › {col.label}"


def due_fields(
    form: FormDefinition, role: Role | None, round_id: str | None, section: Section | None = None
) -> list[Field]:
    rounds = set(rounds_up_to(form, round_id)) if round_id else set(form.round_ids())
    sections = [section] if section else list(form.sections)
    return [
        f
        for s in sections
        for f in s.fields
        if f.required and (role is None or f.owner is role) and (f.round is None or f.round in rounds)
    ]


def missing(
    form: FormDefinition,
    draft: Draft,
    role: Role | None = None,
    round_id: str | None = None,
    section: Section | None = None,
) -> list[Missing]:
    out: list[Missing] = []
    for fld in due_fields(form, role, round_id, section):
        value = draft.get(fld)
        if fld.type is FieldType.ROWS:
            out.extend(_missing_in_rows(form, fld, value))
        elif not is_filled(fld, value):
            out.append(Missing(fld.id, fld.section_id, field_path(form, fld), fld.owner))
    return out


def _missing_in_rows(form: FormDefinition, fld: Field, rows: list[dict[str, Any]]) -> list[Missing]:
    used = [(i, row) for i, row in enumerate(rows) if not row_is_blank(fld, row)]
    if not used:
        return [Missing(fld.id, fld.section_id, f"{field_path(form, fld)} (at least one)", fld.owner)]
    out = []
    for index, row in used:
        for col in fld.columns:
            if not str(row.get(col.id, "")).strip():
                out.append(
                    Missing(
                        fld.id,
                        fld.section_id,
                        cell_path(form, fld, index, col),
                        fld.owner,
                        row=index,
                        column=col.id,
                    )
                )
    return out


def date_problem(field_type: FieldType, text: str) -> str:
    """Why a typed date cannot stand, or "" when it can.

    A date field wants a whole date; "By when" (date_or_text) also takes words such as "Ongoing"
    but not digits that are not a date ("26", "31/07"), which are half-typed dates.
    """
    text = str(text or "")
    if not text.strip():
        return ""
    if field_type is FieldType.DATE and parse_date(text) is None:
        return f"“{text.strip()}” is not a date"
    if field_type is FieldType.DATE_OR_TEXT and looks_like_broken_date(text):
        return f"“{text.strip()}” is not a date"
    return ""


def invalid(
    form: FormDefinition,
    draft: Draft,
    role: Role | None = None,
    round_id: str | None = None,
    section: Section | None = None,
) -> list[Missing]:
    """Answers that are there but cannot stand as written (a date that is not a date).

    Same shape as `missing` (label, owner, row), with `problem` saying what is wrong, so the task
    list, Check your answers and `check` can point to the field.
    """
    out: list[Missing] = []
    for fld in due_fields(form, role, round_id, section):
        value = draft.get(fld)
        if fld.type is FieldType.ROWS:
            for index, row in enumerate(value if isinstance(value, list) else []):
                if not isinstance(row, dict):
                    continue
                for col in fld.columns:
                    problem = date_problem(col.type, row.get(col.id, ""))
                    if problem:
                        place = cell_path(form, fld, index, col)
                        out.append(Missing(fld.id, fld.section_id, place, fld.owner, index, problem, col.id))
        elif fld.type is FieldType.SIGNATURE:
            if problem := _signature_problem(form, draft, fld):
                place = field_path(form, fld).rstrip(":")  # "Signed (Practitioner):" is a form label
                out.append(Missing(fld.id, fld.section_id, place, fld.owner, problem=problem))
        elif isinstance(value, str) and (problem := date_problem(fld.type, value)):
            out.append(Missing(fld.id, fld.section_id, field_path(form, fld), fld.owner, problem=problem))
    return out


def _signature_problem(form: FormDefinition, draft: Draft, fld: Field) -> str:
    """A signature whose signed answers changed since is not finished: it needs signing again."""
    from pdr_desktop.review import signing  # signing builds on this module, not the other way round

    status = signing.signature_status(form, draft, fld.owner)
    if not status.signed or status.valid:
        return ""
    return "changed since signed – sign again"


def section_status(
    form: FormDefinition,
    draft: Draft,
    section: Section,
    role: Role | None = None,
    round_id: str | None = None,
) -> Status:
    # A section with nothing for this role (Learning, for a manager) reports on
    # everyone's fields, so the task list still says something useful.
    who = role if due_fields(form, role, round_id, section) else None
    fields = due_fields(form, who, round_id, section)
    if not any(is_filled(f, draft.get(f)) for f in fields):
        return Status.NOT_STARTED
    if missing(form, draft, who, round_id, section) or invalid(form, draft, who, round_id, section):
        return Status.IN_PROGRESS  # an answer that is not valid ("26" as a date) is not finished
    return Status.COMPLETED


@dataclass(frozen=True)
class ToDo:
    """What one role still has to do by one round: the one count every view shows.

    The start page, Open Recent, Check your answers and its tag in the task list, the received
    list, My team, `pdr-desktop list` and `pdr-desktop team` all read it from `to_do`, so the
    same draft, role and round give the same number everywhere: what completing the round asks
    for (`missing`, the sign-off included: `workflow.complete_round` refuses without it), and
    the answers that are there but cannot stand (`invalid`: a date that is not one, a signature
    whose answers changed since).
    """

    items: list[Missing]  # what is left, each where it belongs
    total: int  # everything due, counted the same way (a cell of an objective row is one)

    @property
    def left(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return max(0, self.total - self.left)

    @property
    def percent(self) -> int:
        """Never 100 while something is left: "100% done, 1 to do" would be untrue."""
        if not self.total:
            return 100
        share = round(100 * self.done / self.total)
        return min(share, 99) if self.left else share


def to_do(form: FormDefinition, draft: Draft, role: Role | None = None, round_id: str | None = None) -> ToDo:
    """What `role` (None: both people) still has to do by `round_id` (None: the whole form)."""
    items = missing(form, draft, role, round_id) + invalid(form, draft, role, round_id)
    return ToDo(items, sum(_items_due(f, draft.get(f)) for f in due_fields(form, role, round_id)))


def _items_due(fld: Field, value: Any) -> int:
    """How many things a field asks for, in `missing`'s units: a rows field one per cell of each
    row in use (or one, "at least one", while none is), any other field one."""
    if fld.type is not FieldType.ROWS:
        return 1
    used = [row for row in value if not row_is_blank(fld, row)] if isinstance(value, list) else []
    return max(1, len(used) * len(fld.columns))
