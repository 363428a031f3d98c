"""What changed between two versions of a draft, and taking the other side's answers.

Typical use: the practitioner compares the copy they sent with the one the manager
returned, sees the manager's assessments and comments, and accepts them into
their own copy. Only fields the *other side* owns can be accepted, so nobody can
overwrite their own words with someone else's version by accident.

Objectives: the rows belong to the practitioner (the form's owner for the table),
including each row's progress scale and "achieved" mark, which are agreed at the
review meeting and recorded by the practitioner. The diff shows every cell that
changed so a manager's edits are visible, but accepting works on the whole table:
a practitioner accepting from the manager never takes rows, a manager may take the
practitioner's latest table whole. Rows are compared by position; a reordered
table shows as changed cells, which is honest if noisy.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FieldType, FormDefinition, Role
from pdr_desktop.review import progress as scaling
from pdr_desktop.review.completeness import field_path

REVIEW_SECTION = "review"  # pseudo-section for meeting dates and round state (not fields)


@dataclass(frozen=True)
class FieldChange:
    field_id: str  # the form field (the rows field for a cell), or review.* for round state
    section_id: str
    place: str  # "Objectives › row 2 › By When"
    owner: Role | None  # None: not a form answer (meeting dates), cannot be accepted
    before: Any
    after: Any
    row: int | None = None
    column: str | None = None

    @property
    def before_text(self) -> str:
        return value_text(self.before)

    @property
    def after_text(self) -> str:
        return value_text(self.after)


def value_text(value: Any) -> str:
    """A value as a person would read it; "(empty)" for nothing."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dict):
        if "answer" in value:
            text = {"yes": "Yes", "no": "No"}.get(value.get("answer", ""), "")
            comment = str(value.get("comment", "")).strip()
            joined = " – ".join(p for p in (text, comment) if p)
            return joined or "(empty)"
        if "name" in value:
            joined = ", ".join(
                p for p in (str(value.get("name", "")), str(value.get("date", ""))) if p.strip()
            )
            return joined or "(empty)"
        if "scale" in value:
            scale = value.get("scale")
            note = str(value.get("note", "")).strip()
            return scaling.scale_bar(scale if isinstance(scale, int) else None) + (
                f" – {note}" if note else ""
            )
    text = "" if value is None else str(value)
    return text if text.strip() else "(empty)"


def _same(a: Any, b: Any) -> bool:
    return value_text(a) == value_text(b) if not isinstance(a, bool) else a == b


def diff_drafts(form: FormDefinition, a: Draft, b: Draft) -> list[FieldChange]:
    """Changes from `a` to `b`, in form order; empty values compare equal however stored."""
    changes: list[FieldChange] = []
    for fld in form.fields.values():
        if fld.type is FieldType.ROWS:
            changes.extend(_row_changes(form, fld, a.get(fld), b.get(fld)))
            continue
        before, after = a.get(fld), b.get(fld)
        if not _same(before, after):
            changes.append(
                FieldChange(fld.id, fld.section_id, field_path(form, fld), fld.owner, before, after)
            )
    changes.extend(_review_changes(form, a, b))
    return changes


def _row_changes(form: FormDefinition, fld: Field, before: list[Any], after: list[Any]) -> list[FieldChange]:
    title = form.section(fld.section_id).title
    out: list[FieldChange] = []
    for index in range(max(len(before), len(after))):
        old = before[index] if index < len(before) else {}
        new = after[index] if index < len(after) else {}
        place = f"{title} › row {index + 1}"

        def add(column: str, label: str, x: Any, y: Any, index: int = index, place: str = place) -> None:
            out.append(
                FieldChange(fld.id, fld.section_id, f"{place} › {label}", fld.owner, x, y, index, column)
            )

        for col in fld.columns:
            x, y = old.get(col.id, ""), new.get(col.id, "")
            if not _same(x, y):
                add(col.id, col.label, x, y)
        for rnd in scaling.scaling_rounds(form):
            x, y = scaling.entry(form, old, rnd), scaling.entry(form, new, rnd)
            if (x.scale, x.note) != (y.scale, y.note):
                add(
                    f"progress.{rnd}",
                    f"{x.round_label} progress",
                    {"scale": x.scale, "note": x.note},
                    {"scale": y.scale, "note": y.note},
                )
        if scaling.is_achieved(old) != scaling.is_achieved(new) and (old or new):
            add("achieved", "Achieved", scaling.is_achieved(old), scaling.is_achieved(new))
        if not _same(old.get("carried_from", ""), new.get("carried_from", "")):
            add("carried_from", "Carried forward", old.get("carried_from", ""), new.get("carried_from", ""))
    return out


def _review_changes(form: FormDefinition, a: Draft, b: Draft) -> list[FieldChange]:
    out = []
    if a.review.current_round != b.review.current_round:
        out.append(
            FieldChange(
                "review.current_round",
                REVIEW_SECTION,
                "Review rounds › current round",
                None,
                _round_label(form, a.review.current_round),
                _round_label(form, b.review.current_round),
            )
        )
    for rnd in form.rounds:
        x, y = a.review.meetings.get(rnd.id, ""), b.review.meetings.get(rnd.id, "")
        if x != y:
            out.append(
                FieldChange(
                    f"review.meetings.{rnd.id}",
                    REVIEW_SECTION,
                    f"Review rounds › {rnd.label} › meeting date",
                    None,
                    x,
                    y,
                )
            )
    return out


def _round_label(form: FormDefinition, round_id: str) -> str:
    try:
        return form.round(round_id).label
    except KeyError:
        return round_id


def section_title(form: FormDefinition, section_id: str) -> str:
    return "Review rounds" if section_id == REVIEW_SECTION else form.section(section_id).title


def group_by_section(
    form: FormDefinition, changes: Iterable[FieldChange]
) -> list[tuple[str, list[FieldChange]]]:
    """Changes grouped under their section titles, sections in form order."""
    order = [s.id for s in form.sections] + [REVIEW_SECTION]
    groups: dict[str, list[FieldChange]] = {}
    for change in changes:
        groups.setdefault(change.section_id, []).append(change)
    return [(section_title(form, sid), groups[sid]) for sid in order if sid in groups]


def render_changes(form: FormDefinition, changes: list[FieldChange]) -> str:
    """Plain text for the CLI and for copying into an email."""
    if not changes:
        return "No differences."
    lines = [f"{len(changes)} difference{'s' if len(changes) != 1 else ''}:"]
    for title, items in group_by_section(form, changes):
        lines.append("")
        lines.append(title)
        for change in items:
            who = f" [{change.owner.label}]" if change.owner else ""
            lines.append(f"  * {change.place}{who}")
            lines.append(f"      before: {_indent(change.before_text)}")
            lines.append(f"      after:  {_indent(change.after_text)}")
    return "\n".join(lines)


def _indent(text: str) -> str:
    return text.replace("\n", "\n              ")


def acceptable(change: FieldChange, side: Role) -> bool:
    """Whether a change can be taken from `side`'s copy: only answers `side` owns."""
    return change.owner is side


def accept_changes(
    form: FormDefinition,
    mine: Draft,
    theirs: Draft,
    side: Role,
    field_ids: Iterable[str] | None = None,
) -> Draft:
    """A copy of `mine` with `side`'s answers taken from `theirs` (all, or only `field_ids`).

    Asking for a field `side` does not own is an error, not a silent skip: the
    caller's list came from somewhere, and a wrong list is a bug to hear about.
    A signature field brings its fingerprint record with it, so the status of the
    other side's signature is checked against the content they actually signed.
    """
    wanted = None if field_ids is None else list(dict.fromkeys(field_ids))
    if wanted is not None:
        for fid in wanted:
            fld = form.fields.get(fid)
            if fld is None:
                raise ValueError(f"{fid!r} is not a field of the form {form.id}")
            if fld.owner is not side:
                raise ValueError(
                    f"“{field_path(form, fld)}” belongs to the {fld.owner.label.lower()}; "
                    f"only the {side.label.lower()}'s fields can be taken from their copy"
                )
    merged = mine.clone()
    for fld in form.fields.values():
        if fld.owner is not side or (wanted is not None and fld.id not in wanted):
            continue
        if fld.id in theirs.answers:
            merged.set(fld, theirs.get(fld))
        else:
            merged.answers.pop(fld.id, None)
        if fld.type is FieldType.SIGNATURE:
            record = theirs.signatures.get(side.value)
            if record:
                merged.signatures[side.value] = copy.deepcopy(record)
            else:
                merged.signatures.pop(side.value, None)
    return merged
