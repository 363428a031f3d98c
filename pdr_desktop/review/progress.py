"""Scaling progress on objectives at the reviews (seed 000: "review and scale the progress").

Each objective row keeps `progress[round_id] = {"scale": 0..10 or None, "note": str}`
per review round, so the six-month score is still there after the final review.
Objectives are set at the initial conversation, so only the later rounds scale.
Rows read from files are treated defensively: a hand-edited or imported file may
carry odd shapes, which read as "not scaled" rather than crashing the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FormDefinition

SCALE_MIN, SCALE_MAX = 0, 10
FULL, EMPTY = "■", "□"


@dataclass(frozen=True)
class ProgressEntry:
    round_id: str
    round_label: str
    scale: int | None
    note: str


def scaling_rounds(form: FormDefinition) -> list[str]:
    """The rounds at which progress is scaled: every round after the first."""
    return form.round_ids()[1:]


def validate_scale(value: Any) -> int | None:
    """A scale 0–10, or None for "not scaled yet"; anything else is a ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"a progress scale is a whole number from {SCALE_MIN} to {SCALE_MAX}, not {value!r}")
    try:
        number = int(value)
    except ValueError:
        raise ValueError(
            f"a progress scale is a whole number from {SCALE_MIN} to {SCALE_MAX}, not {value!r}"
        ) from None
    if not SCALE_MIN <= number <= SCALE_MAX:
        raise ValueError(f"a progress scale runs from {SCALE_MIN} to {SCALE_MAX}; {number} is outside it")
    return number


def _rows_field(form: FormDefinition) -> Field:
    fld = form.rows_field()
    if fld is None:
        raise ValueError(f"the form {form.id} has no objectives table")
    return fld


def _check_round(form: FormDefinition, round_id: str) -> None:
    if round_id not in scaling_rounds(form):
        names = ", ".join(form.round(r).label for r in scaling_rounds(form))
        raise ValueError(f"progress is scaled at {names}, not at {round_id!r}")


def entry(form: FormDefinition, row: dict[str, Any], round_id: str) -> ProgressEntry:
    """One round's progress of one row, tolerant of missing or malformed data."""
    progress = row.get("progress")
    raw = progress.get(round_id) if isinstance(progress, dict) else None
    raw = raw if isinstance(raw, dict) else {}
    try:
        scale = validate_scale(raw.get("scale"))
    except ValueError:
        scale = None
    note = raw.get("note", "")
    return ProgressEntry(round_id, form.round(round_id).label, scale, note if isinstance(note, str) else "")


def series(form: FormDefinition, row: dict[str, Any]) -> list[ProgressEntry]:
    """The data for a small chart: one entry per scaling round, in order."""
    return [entry(form, row, r) for r in scaling_rounds(form)]


def _rows(form: FormDefinition, draft: Draft, index: int) -> tuple[Field, list[dict[str, Any]]]:
    fld = _rows_field(form)
    rows = draft.get(fld)
    if not 0 <= index < len(rows):
        raise IndexError(f"there is no objective {index + 1} (the draft has {len(rows)})")
    return fld, rows


def set_progress(
    form: FormDefinition,
    draft: Draft,
    index: int,
    round_id: str,
    scale: Any = None,
    note: str | None = None,
) -> None:
    """Set the scale (and, when given, the note) of objective `index` at `round_id`."""
    _check_round(form, round_id)
    value = validate_scale(scale)
    fld, rows = _rows(form, draft, index)
    row = rows[index]
    if not isinstance(row.get("progress"), dict):
        row["progress"] = {}
    current = entry(form, row, round_id)
    row["progress"][round_id] = {"scale": value, "note": current.note if note is None else note}
    draft.set(fld, rows)


def set_note(form: FormDefinition, draft: Draft, index: int, round_id: str, note: str) -> None:
    _, rows = _rows(form, draft, index)
    set_progress(form, draft, index, round_id, entry(form, rows[index], round_id).scale, note)


def set_achieved(form: FormDefinition, draft: Draft, index: int, achieved: bool) -> None:
    fld, rows = _rows(form, draft, index)
    rows[index]["achieved"] = bool(achieved)
    draft.set(fld, rows)


def is_achieved(row: dict[str, Any]) -> bool:
    return row.get("achieved") is True


def scale_bar(scale: int | None, width: int = SCALE_MAX) -> str:
    """A text chart: "■■■■■■□□□□ 6/10"; "□□□□□□□□□□ –/10" when not scaled."""
    if scale is None:
        return f"{EMPTY * width} –/{SCALE_MAX}"
    filled = round(width * scale / SCALE_MAX)
    return f"{FULL * filled}{EMPTY * (width - filled)} {scale}/{SCALE_MAX}"


def progress_text(form: FormDefinition, row: dict[str, Any]) -> str:
    """All rounds of one objective on one line each, for exports, the CLI and screen readers."""
    lines = [
        f"{e.round_label}: {scale_bar(e.scale)}" + (f" – {e.note}" if e.note else "")
        for e in series(form, row)
    ]
    if is_achieved(row):
        lines.append("Achieved")
    return "\n".join(lines)


def describe_series(form: FormDefinition, row: dict[str, Any]) -> str:
    """The chart in words, for the accessible description of a painted chart."""
    parts = [
        f"{e.round_label}: {'not scaled' if e.scale is None else f'{e.scale} out of {SCALE_MAX}'}"
        for e in series(form, row)
    ]
    return "Progress. " + "; ".join(parts) + (". Achieved." if is_achieved(row) else ".")
