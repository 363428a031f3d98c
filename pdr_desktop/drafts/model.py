"""The Draft: one person's Performance Conversation for one year, as plain data.

Values by field type (documented in docs/draft-format.md):
text / longtext / date / date_or_text → str; yesno → {"answer": "yes"|"no"|"", "comment": str};
signature → {"name": str, "date": str}; rows → list of row dicts.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pdr_desktop import __version__, clock
from pdr_desktop.forms.model import Field, FieldRole, FieldType, FormDefinition

SCHEMA_VERSION = 2
DRAFT_FORMAT = "pdr-desktop-draft"
DRAFT_SUFFIX = ".pdr"


def utc_now() -> str:
    """Now, as drafts record times, from the app's one clock."""
    return clock.current_clock().utc_stamp()


def empty_value(fld: Field) -> Any:
    if fld.type is FieldType.YESNO:
        return {"answer": "", "comment": ""}
    if fld.type is FieldType.SIGNATURE:
        return {"name": "", "date": ""}
    if fld.type is FieldType.ROWS:
        return []
    return ""


def empty_row(fld: Field) -> dict[str, Any]:
    row: dict[str, Any] = {col.id: "" for col in fld.columns}
    row.update({"achieved": False, "progress": {}, "carried_from": ""})
    return row


def row_is_blank(fld: Field, row: dict[str, Any]) -> bool:
    return not any(str(row.get(col.id, "")).strip() for col in fld.columns)


def row_title(fld: Field, row: dict[str, Any]) -> str:
    """The words that name a row (an objective's own text), from the form's title column."""
    column = fld.title_column()
    return str(row.get(column.id, "")) if column is not None else ""


def is_filled(fld: Field, value: Any) -> bool:
    """Whether a value counts as answered (whitespace alone does not)."""
    if value is None:
        return False
    if fld.type is FieldType.YESNO:
        return value.get("answer") in ("yes", "no")
    if fld.type is FieldType.SIGNATURE:
        return bool(value.get("name", "").strip()) and bool(value.get("date", "").strip())
    if fld.type is FieldType.ROWS:
        return any(not row_is_blank(fld, row) for row in value)
    return bool(str(value).strip())


def new_draft_id() -> str:
    """A random id; uuid is imported here because it loads `platform`, which start-up never needs."""
    import uuid

    return str(uuid.uuid4())


@dataclass
class ReviewState:
    current_round: str = ""  # a round id of the form; Draft.new starts at the form's first round
    meetings: dict[str, str] = field(default_factory=dict)  # round id → ISO date of the PDR meeting
    completed_rounds: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "current_round": self.current_round,
            "meetings": dict(self.meetings),
            "completed_rounds": list(self.completed_rounds),
        }


@dataclass
class Draft:
    form_id: str
    form_version: str
    draft_id: str = field(default_factory=new_draft_id)
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)
    app_version: str = __version__
    answers: dict[str, Any] = field(default_factory=dict)
    signatures: dict[str, dict[str, Any]] = field(default_factory=dict)
    review: ReviewState = field(default_factory=ReviewState)
    role: str = ""  # per-draft role override; "" means the app's setting
    meta: dict[str, Any] = field(default_factory=dict)  # provenance: carried_from, reference, import notes

    @classmethod
    def new(cls, form: FormDefinition, **answers: Any) -> Draft:
        draft = cls(form_id=form.id, form_version=form.version)
        draft.review.current_round = form.first_round_id()
        for key, value in answers.items():
            draft.answers[key] = value
        return draft

    def get(self, fld: Field) -> Any:
        """The stored value, or the type's empty value; a copy, so callers cannot mutate us."""
        if fld.id in self.answers:
            return copy.deepcopy(self.answers[fld.id])
        return empty_value(fld)

    def peek(self, fld: Field) -> Any:
        """What get() returns, not copied: for readers that only read it (the exports, which read
        every value of every draft of a batch). Never change what this returns."""
        if fld.id in self.answers:
            return self.answers[fld.id]
        return empty_value(fld)

    def set(self, fld: Field, value: Any) -> None:
        self.answers[fld.id] = copy.deepcopy(value)

    def text(self, field_id: str) -> str:
        value = self.answers.get(field_id, "")
        return value if isinstance(value, str) else ""

    def role_text(self, form: FormDefinition, role: FieldRole) -> str:
        """The text in the form's field with `role` ("" when the form has no such field)."""
        fld = form.role_field(role)
        return self.text(fld.id) if fld is not None else ""

    def display_name(self, form: FormDefinition) -> str:
        return self.role_text(form, FieldRole.SUBJECT_NAME).strip() or "Untitled conversation"

    def clone(self) -> Draft:
        return copy.deepcopy(self)

    def take_content(self, other: Draft) -> None:
        """Become `other`'s content in place (after a merge), so every page holding us sees it."""
        self.form_id, self.form_version = other.form_id, other.form_version
        self.answers = other.answers
        self.signatures = other.signatures
        self.review = other.review
        self.role = other.role
        self.meta = other.meta
        self.updated = other.updated
