"""Start next year's conversation from this year's (seed 000: uncompleted goals are
forwarded into the new performance year).

The new draft gets the practitioner's details, the next period, and every
objective that was not marked achieved, each noting where it came from. Last
year's closing comments go into `meta["reference"]` so they stay at hand without
being mistaken for this year's answers. Rounds and signatures start afresh.
A draft imported from a hand-filled Word form has no progress and no "achieved"
marks, so all its objectives carry over, which is the safe way round: deleting
a carried goal is one click, retyping a lost one is not.
"""

from __future__ import annotations

import re
from typing import Any

from pdr_desktop.drafts.model import Draft, empty_row, row_is_blank, row_title, utc_now
from pdr_desktop.forms.model import FieldRole, FormDefinition, Role
from pdr_desktop.review.progress import is_achieved

# Who the conversation is about stays the same person the next year.
CARRIED_ROLES = (FieldRole.SUBJECT_NAME, FieldRole.SUBJECT_POSITION)
PERIOD_PLACEHOLDER_NOTE = (
    "The period covered could not be worked out from last year's “{old}”; please fill it in."
)

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:(\s*[/–-]\s*)(\d{2})(?!\d))?")


def next_period(text: str) -> str | None:
    """The same period one year on: "September 2025 to August 2026" → "September 2026 to August 2027".

    Also "2025/26" → "2026/27" and "2025-2026" → "2026-2027". Only four-digit years
    are recognised; returns None when there is none (the caller then asks).
    """
    if not _YEAR.search(text):
        return None

    def bump(match: re.Match[str]) -> str:
        year = str(int(match.group(1)) + 1)
        if match.group(3) is None:
            return year
        return f"{year}{match.group(2)}{(int(match.group(3)) + 1) % 100:02d}"

    return _YEAR.sub(bump, text)


def period_label(text: str) -> str:
    """A short name for a period in notes: "2025–2026", or the text itself."""
    years = [m.group(1) for m in _YEAR.finditer(text)]
    if len(years) >= 2:
        return f"{years[0]}–{years[-1]}"
    if years:
        return years[0]
    return text.strip() or "the previous conversation"


def _latest_comment(form: FormDefinition, old: Draft, who: Role) -> dict[str, str] | None:
    """The latest round's comment by `who`, last round first."""

    def text(role: FieldRole, round_id: str) -> str:
        fld = form.round_field(role, round_id, who)
        return old.text(fld.id) if fld is not None else ""

    for rnd in reversed(form.rounds):
        if text(FieldRole.ROUND_COMMENT, rnd.id).strip():
            return {
                "round": rnd.id,
                "round_label": rnd.label,
                "text": text(FieldRole.ROUND_COMMENT, rnd.id),
                "name": text(FieldRole.ROUND_NAME, rnd.id),
                "date": text(FieldRole.ROUND_DATE, rnd.id),
            }
    return None


def carry_forward(form: FormDefinition, old: Draft) -> Draft:
    """A new draft for the next period, built from `old` (which is not changed)."""
    new = Draft.new(form)
    for role in CARRIED_ROLES:
        fld = form.role_field(role)
        if fld is not None and old.text(fld.id).strip():
            new.set(fld, old.text(fld.id))
    notes: list[str] = []
    period_field = form.role_field(FieldRole.PERIOD)
    old_period = old.role_text(form, FieldRole.PERIOD)
    if period_field is not None:
        following = next_period(old_period)
        if following is None:
            # Left empty on purpose: it then shows as missing, which prompts the person.
            notes.append(PERIOD_PLACEHOLDER_NOTE.format(old=old_period.strip() or "(empty)"))
        else:
            new.set(period_field, following)
    origin = f"Carried forward from {period_label(old_period)} (draft {old.draft_id[:8]})"
    carried, left = _carry_objectives(form, old, new, origin)
    reference: dict[str, Any] = {
        "from_draft": old.draft_id,
        "period": old_period,
        "comments": {},
        "objectives_achieved": left,
    }
    for who in Role:
        comment = _latest_comment(form, old, who)
        if comment:
            reference["comments"][who.value] = comment
    new.meta["reference"] = reference
    new.meta["carried_from"] = {
        "draft_id": old.draft_id,
        "period": old_period,
        "objectives_carried": carried,
        "at": utc_now(),
    }
    if notes:
        new.meta["notes"] = notes
    return new


def _carry_objectives(form: FormDefinition, old: Draft, new: Draft, origin: str) -> tuple[int, list[str]]:
    """Copy unfinished objectives; returns (how many carried, texts of achieved ones left behind)."""
    fld = form.rows_field()
    if fld is None:
        return 0, []
    rows, achieved = [], []
    for row in old.get(fld):
        if row_is_blank(fld, row):
            continue
        if is_achieved(row):
            achieved.append(row_title(fld, row))
            continue
        fresh = empty_row(fld)
        for col in fld.columns:
            value = row.get(col.id, "")
            fresh[col.id] = value if isinstance(value, str) else ""
        fresh["carried_from"] = origin
        rows.append(fresh)
    if rows:
        new.set(fld, rows)
    return len(rows), achieved
