"""Printed or hand-typed cell text → field values (the inverse of text_values)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pdr_desktop.export import text_values as tv
from pdr_desktop.export.text_match import norm
from pdr_desktop.forms.model import Field, FieldType, FormDefinition
from pdr_desktop.review.progress import SCALE_MAX, scaling_rounds

_YES = r"yes|y|✓|✔|☑|☒|met|fully met|agreed"
_NO = r"no|n|✗|✘|not met|unmet|not yet"
_ANSWER = re.compile(
    rf"^\s*(?:(?P<yes>{_YES})|(?P<no>{_NO}))(?=$|[\s\-–—:,.;!])[\s\-–—:,.;!]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BOXES, _TICKED = "☐☒☑✅", "☒☑✅"
# A box belongs to the word on its own line: a comment starting with "☐" on the next line is text.
_BOX = re.compile(
    rf"(?:(?P<b1>[{_BOXES}])[ \t]*(?P<w1>yes|no)\b|\b(?P<w2>yes|no)[ \t]*(?P<b2>[{_BOXES}]))", re.IGNORECASE
)
_LEADING_SEPARATORS = " \t:;,.?!-–—"
_BOTH = re.compile(r"^\s*yes\s*/\s*no\s*$", re.IGNORECASE)
_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y", "%B %d %Y")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
_PROGRESS = re.compile(
    rf"^(?P<label>[^:]+):\s*[■□]*\s*(?P<scale>\d+|[–\-])\s*/\s*{SCALE_MAX}(?:\s*[–\-]\s*(?P<note>.*))?$"
)


@dataclass(frozen=True)
class YesNo:
    value: dict[str, str]
    clear: bool  # False: the answer could not be told; the whole text was kept as the comment


def _boxed(text: str) -> YesNo | None:
    """ "Yes ☒ No ☐" (Word check-box content controls): the ticked box is the answer."""
    marks = [(m.group("w1") or m.group("w2")).lower() for m in _BOX.finditer(text) if _ticked(m)]
    if not _BOX.search(text):
        return None
    comment = _BOX.sub(" ", text).strip(" \t-–—:,.;/")
    comment = "\n".join(line.strip() for line in comment.split("\n")).strip()
    if len(set(marks)) == 1:
        return YesNo({"answer": marks[0], "comment": comment}, True)
    return YesNo({"answer": "", "comment": comment if not marks else text}, not marks)


def _ticked(match: re.Match[str]) -> bool:
    return (match.group("b1") or match.group("b2") or "") in _TICKED


def parse_yesno(text: str) -> YesNo:
    text = (text or "").strip()
    if not text or _BOTH.match(text):
        return YesNo({"answer": "", "comment": ""}, True)
    boxed = _boxed(text)
    if boxed is not None:
        return boxed
    first, _, later = text.partition("\n")
    if _BOTH.match(first):  # the question's "Yes / No" left in place, a comment under it
        return YesNo({"answer": "", "comment": later.strip()}, not later.strip())
    # An answer typed after a question ("…completed Yes / No: Yes.", "…completed? – No"):
    # the separator is not part of the answer. Unclear text is still kept whole, below.
    match = _ANSWER.match(first.lstrip(_LEADING_SEPARATORS))
    if not match:
        return YesNo({"answer": "", "comment": text}, False)
    comment = "\n".join(p for p in (match.group("rest").strip(), later.strip()) if p)
    return YesNo({"answer": "yes" if match.group("yes") else "no", "comment": comment}, True)


def parse_date(text: str) -> str:
    """A typed date → ISO when it is clearly a date; anything else is kept exactly as typed."""
    stripped = (text or "").strip()
    if not stripped:
        return ""
    try:
        return date.fromisoformat(stripped).isoformat()
    except ValueError:
        pass
    cleaned = _ORDINAL.sub("", stripped).replace(",", " ")
    cleaned = " ".join(cleaned.split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return stripped


def parse_value(fld: Field, text: str, part: str | None = None, current: Any = None) -> tuple[Any, bool]:
    """(value, clear) for one field from its cell text; `current` fills the other signature part."""
    text = tv.clean(text)
    if fld.type is FieldType.YESNO:
        parsed = parse_yesno(text)
        return parsed.value, parsed.clear
    if fld.type is FieldType.SIGNATURE:
        value = dict(current) if isinstance(current, dict) else {"name": "", "date": ""}
        if part == "date":
            value["date"] = parse_date(text)
        else:
            value["name"] = text.strip()
        return value, True
    if fld.type is FieldType.DATE:
        return parse_date(text), True
    return text.strip(), True


def column_value(fld: Field, column_id: str, text: str) -> str:
    col = fld.column(column_id)
    text = tv.clean(text).strip()
    return parse_date(text) if col.type is FieldType.DATE else text


@dataclass
class Extra:
    progress: dict[str, dict[str, Any]] = field(default_factory=dict)
    achieved: bool = False
    carried_from: str = ""
    leftovers: list[str] = field(default_factory=list)
    recognised: bool = False  # at least one line was ours


def looks_like_extra(form: FormDefinition, text: str) -> bool:
    return parse_extra(form, text).recognised


def parse_extra(form: FormDefinition, text: str) -> Extra:
    """An objective's printed progress lines → per-round scale/note, achieved, carried forward."""
    labels = {norm(form.round(r).label): r for r in scaling_rounds(form)}
    out = Extra()
    for line in tv.clean(text).split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if norm(stripped) == norm(tv.ACHIEVED):
            out.achieved = out.recognised = True
            continue
        if norm(stripped).startswith(norm(tv.CARRIED_PREFIX)):
            out.carried_from = stripped[len(tv.CARRIED_PREFIX) :].strip()
            out.recognised = True
            continue
        match = _PROGRESS.match(stripped)
        round_id = labels.get(norm(match.group("label"))) if match else None
        if match and round_id:
            raw = match.group("scale")
            scale = int(raw) if raw.isdigit() and int(raw) <= SCALE_MAX else None
            out.progress[round_id] = {"scale": scale, "note": (match.group("note") or "").strip()}
            out.recognised = True
            continue
        out.leftovers.append(stripped)
    return out
