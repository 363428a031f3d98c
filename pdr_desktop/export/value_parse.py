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

_YES = r"yes|y|✓|✔|☑|☒|fully met|met|agreed"
# "Not yet" is No with "yet" kept as the comment: the word is read, nothing of the text is lost.
_NO = r"not met|not|no|n|✗|✘|unmet"
_PLAIN = re.compile(r"^(yes|no)$", re.IGNORECASE)
# "Yes and no", "No or yes": both answers at once is no answer.
_BOTH_WAYS = re.compile(r"^(?:(?:and|or|but|&|/|\+)\s*)(?:yes|no|not)\b|^(?:yes|no)$", re.IGNORECASE)
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
# A progress line as the export prints it: "Six Month Review | 6/10 | note" (read out of the
# small table that draws the bar), "Six Month Review: 6/10 – note", or with the ■□ bar of
# exports made before the bar became a table.
_PROGRESS = re.compile(
    rf"^(?P<label>[^:|]+?)\s*[:|]\s*[■□]*\s*(?P<scale>\d+|[–\-])\s*/\s*{SCALE_MAX}"
    r"(?:\s*[|–\-]\s*(?P<note>.*))?$"
)


@dataclass(frozen=True)
class YesNo:
    value: dict[str, str]
    clear: bool  # False: the answer could not be told; the whole text was kept as the comment
    interpreted: bool = False  # the answer was read from a word other than Yes/No ("Not yet", "✓", "Met")


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
    if not match or _BOTH_WAYS.match(match.group("rest").strip()):
        return YesNo({"answer": "", "comment": text}, False)
    comment = "\n".join(p for p in (match.group("rest").strip(), later.strip()) if p)
    word = (match.group("yes") or match.group("no") or "").strip()
    answer = "yes" if match.group("yes") else "no"
    return YesNo({"answer": answer, "comment": comment}, True, not _PLAIN.match(word))


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
    return parse_date(text) if col.type in tv.DATE_TYPES else text


@dataclass
class Extra:
    progress: dict[str, dict[str, Any]] = field(default_factory=dict)
    achieved: bool = False
    carried_from: str = ""
    leftovers: list[str] = field(default_factory=list)
    recognised: bool = False  # at least one line was ours

    def same_as(self, other: Extra) -> bool:
        """The same progress, Achieved and carried-forward note, however the lines were printed."""

        def scaled(extra: Extra) -> dict[str, tuple[Any, str]]:
            return {
                r: (e["scale"], " ".join(e["note"].split()))
                for r, e in extra.progress.items()
                if e["scale"] is not None or e["note"].strip()
            }

        return (
            scaled(self) == scaled(other)
            and self.achieved == other.achieved
            and " ".join(self.carried_from.split()) == " ".join(other.carried_from.split())
            and [" ".join(x.split()) for x in self.leftovers]
            == [" ".join(x.split()) for x in other.leftovers]
        )


def looks_like_extra(form: FormDefinition, text: str) -> bool:
    return parse_extra(form, text).recognised


def parse_extra(form: FormDefinition, text: str) -> Extra:
    """An objective's printed progress lines → per-round scale/note, achieved, carried forward.

    The export prints each round's note on its own line under the bar; older exports put it
    after the score ("Six Month Review: ■■■□ 3/10 – note"). Both read back.
    """
    labels = {norm(form.round(r).label): r for r in scaling_rounds(form)}
    out = Extra()
    awaiting_note: str | None = None  # a round whose note may be on the next line
    for line in tv.clean(text).split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        folded = norm(stripped)
        if folded == norm(tv.PROGRESS_LABEL) and not out.recognised:
            continue  # the caption above the bars
        if folded == norm(tv.ACHIEVED):
            out.achieved = out.recognised = True
            awaiting_note = None
            continue
        if folded.startswith(norm(tv.CARRIED_PREFIX)):
            out.carried_from = stripped[len(tv.CARRIED_PREFIX) :].strip()
            out.recognised = True
            awaiting_note = None
            continue
        match = _PROGRESS.match(stripped)
        round_id = labels.get(norm(match.group("label"))) if match else None
        if match and round_id:
            raw = match.group("scale")
            scale = int(raw) if raw.isdigit() and int(raw) <= SCALE_MAX else None
            note = (match.group("note") or "").strip()
            out.progress[round_id] = {"scale": scale, "note": note}
            out.recognised = True
            awaiting_note = None if note else round_id
            continue
        if awaiting_note is not None:
            out.progress[awaiting_note]["note"] = stripped
            awaiting_note = None
            continue
        out.leftovers.append(stripped)
    return out


def interpretation(fld: Field, text: str) -> str | None:
    """How a yes/no typed in other words ("Not yet", "✓", "Met") was read, for the report; else None."""
    if fld.type is not FieldType.YESNO:
        return None
    parsed = parse_yesno(tv.clean(text))
    if not parsed.clear or not parsed.interpreted:
        return None
    first = text.strip().split("\n")[0].strip()
    note = f"“{first}” was read as {parsed.value['answer'].capitalize()}"
    comment = parsed.value["comment"]
    if comment:
        shown = " ".join(comment.split())
        shown = shown if len(shown) <= 60 else shown[:59].rstrip() + "…"
        note += f", with “{shown}” kept as the comment"
    return note
