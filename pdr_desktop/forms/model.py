"""Form definitions as immutable data: what the form asks, of whom, in what order."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any


class Role(str, Enum):
    PRACTITIONER = "practitioner"
    MANAGER = "manager"

    @property
    def other(self) -> Role:
        return Role.MANAGER if self is Role.PRACTITIONER else Role.PRACTITIONER

    @property
    def label(self) -> str:
        return "Practitioner" if self is Role.PRACTITIONER else "Manager"


class FieldRole(str, Enum):
    """What a field is *for*, so code finds it by purpose, never by a form's field id.

    The first four name one field each on the form; the ``ROUND_*`` roles name one field per
    (review round, owner): the comment and its signing-off name, position and date.
    """

    SUBJECT_NAME = "subject_name"  # who the conversation is about
    SUBJECT_POSITION = "subject_position"
    PERIOD = "period"  # the period (year) the conversation covers
    UPDATED_ON = "updated_on"
    ROUND_COMMENT = "round_comment"
    ROUND_NAME = "round_name"
    ROUND_POSITION = "round_position"
    ROUND_DATE = "round_date"

    @property
    def per_round(self) -> bool:
        return self.value.startswith("round_")


class FieldType(str, Enum):
    TEXT = "text"
    LONGTEXT = "longtext"
    DATE = "date"
    DATE_OR_TEXT = "date_or_text"  # a date from a picker, or words such as "Ongoing"
    YESNO = "yesno"
    SIGNATURE = "signature"
    ROWS = "rows"


@dataclass(frozen=True)
class Column:
    """One column of a repeating-rows field (the objectives table)."""

    id: str
    label: str
    type: FieldType
    spellcheck: bool = True  # False for a column of people's names (see Field.spellcheck)
    title: bool = False  # the column that names the row (an objective's own words)


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    type: FieldType
    owner: Role
    section_id: str
    group: str | None = None
    description: str = ""
    round: str | None = None  # comment fields belong to one review round
    allow_comment: bool = False  # a yes/no that may carry a comment
    prefill: str | None = None  # field whose value seeds this one (name, position)
    columns: tuple[Column, ...] = ()
    min_rows: int = 0
    required: bool = True
    # False for fields that hold people's names: not spell-checked, and their words are
    # accepted everywhere else in the conversation.
    spellcheck: bool = True
    role: FieldRole | None = None

    def column(self, column_id: str) -> Column:
        for col in self.columns:
            if col.id == column_id:
                return col
        raise KeyError(column_id)

    def title_column(self) -> Column | None:
        """The column that names a row: the one marked ``"title"``, else the first."""
        return next((c for c in self.columns if c.title), self.columns[0] if self.columns else None)


@dataclass(frozen=True)
class Group:
    """A labelled cluster of fields: one practice standard, one L&D row, one comment block."""

    id: str
    label: str
    guidance: str = ""
    prompt: str = ""
    prompts: tuple[str, ...] = ()
    round: str | None = None
    owner: Role | None = None


@dataclass(frozen=True)
class Cell:
    """One cell of a document table: fixed text, a field's value, or both."""

    text: str | None = None
    field: str | None = None
    part: str | None = None  # "name" / "date" of a signature
    span: int = 1
    group: str | None = None


@dataclass(frozen=True)
class TableLayout:
    columns: int
    rows: tuple[tuple[Cell, ...], ...]
    repeat: str | None = None  # a ROWS field whose items follow the header rows
    min_rows: int = 0


@dataclass(frozen=True)
class LayoutItem:
    """A piece of the printed form: a heading, a paragraph or a table."""

    heading: str | None = None
    paragraph: str | None = None
    table: TableLayout | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    heading: str = ""
    guidance: str = ""
    intro: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()
    fields: tuple[Field, ...] = ()
    layout: tuple[LayoutItem, ...] = ()

    def group(self, group_id: str) -> Group:
        for grp in self.groups:
            if grp.id == group_id:
                return grp
        raise KeyError(group_id)


@dataclass(frozen=True)
class Round:
    id: str
    label: str
    period: str
    starts_month: int


@dataclass(frozen=True)
class FormDefinition:
    id: str
    version: str
    title: str
    short_title: str
    organisation: str
    source: str
    intro: tuple[str, ...]
    approach_heading: str
    send_days_before_meeting: int
    rounds: tuple[Round, ...]
    sections: tuple[Section, ...]
    model: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    path: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        index = {f.id: f for s in self.sections for f in s.fields}
        object.__setattr__(self, "_fields", index)

    @property
    def fields(self) -> dict[str, Field]:
        fields: dict[str, Field] = self.__dict__["_fields"]  # set in __post_init__ (frozen)
        return fields

    def field(self, field_id: str) -> Field:
        return self.fields[field_id]

    def section(self, section_id: str) -> Section:
        for sec in self.sections:
            if sec.id == section_id:
                return sec
        raise KeyError(section_id)

    def round(self, round_id: str) -> Round:
        for rnd in self.rounds:
            if rnd.id == round_id:
                return rnd
        raise KeyError(round_id)

    def round_ids(self) -> list[str]:
        return [r.id for r in self.rounds]

    def first_round_id(self) -> str:
        return self.rounds[0].id

    def role_field(self, role: FieldRole) -> Field | None:
        """The one field with this role (the subject's name, the period…), if the form has it."""
        return next((f for f in self.fields.values() if f.role is role), None)

    def round_field(self, role: FieldRole, round_id: str, owner: Role) -> Field | None:
        """The field with a per-round role (a comment, its name or date) for that round and owner."""
        return next(
            (f for f in self.fields.values() if f.role is role and f.round == round_id and f.owner is owner),
            None,
        )

    def rows_field(self) -> Field | None:
        """The repeating-rows field (objectives), if the form has one."""
        return next((f for f in self.fields.values() if f.type is FieldType.ROWS), None)
