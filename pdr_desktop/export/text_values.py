"""Plain-text rendering of field values for the exports, shared by the DOCX and PDF writers.

One function per question the writers ask ("what goes in this cell?"), so the DOCX
importer can predict exactly what the writer printed and spot cells edited in Word.
Text is made safe for XML here (control characters dropped, CR/LF normalised),
because python-docx refuses them and a refused export would lose the user's words.
"""

from __future__ import annotations

import re
from typing import Any

from pdr_desktop.dates import to_display
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FieldRole, FieldType, FormDefinition, Role
from pdr_desktop.review import progress as progress_mod
from pdr_desktop.review import signing

# XML 1.0 forbids C0 controls other than tab/LF/CR, lone surrogates and U+FFFE/U+FFFF;
# Word would refuse the file (and lxml refuses to write them at all).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

DATE_TYPES = (FieldType.DATE, FieldType.DATE_OR_TEXT)  # printed dd/mm/yyyy when they hold a date
YES, NO = "Yes", "No"
ACHIEVED = "Achieved"
CARRIED_PREFIX = "Carried forward from "
PROGRESS_LABEL = "Progress"
# An integrity check, not a signature: the printed line says so (issue 10: say only what is true).
FINGERPRINT_PREFIX = "Integrity check, not a signature (SHA-256): "
LEGACY_FINGERPRINT_PREFIXES = ("Fingerprint (SHA-256): ",)  # printed by earlier versions
CHANGED_PREFIX = "Changed since signed: "
# In the DOCX's document properties: it survives programs that drop the embedded draft.
EXPORT_COMMENT = "Exported by PDR Desktop; the draft is stored inside this document."


def clean(text: Any) -> str:
    """A value as printable text: never "None", line ends as "\\n", no XML-illegal characters."""
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def date_text(value: Any) -> str:
    """ISO dates print the UK way (15/07/2026); anything else (e.g. "Ongoing") prints as typed."""
    return to_display(clean(value))


def answer_text(value: dict[str, Any]) -> str:
    """The printed word for a yes/no answer: "Yes", "No" or "" when unanswered."""
    return {"yes": YES, "no": NO}.get(str(value.get("answer", "")).lower(), "")


def yesno_text(value: Any) -> str:
    """{"answer": "yes", "comment": "…"} → "Yes" then the comment on the next line(s)."""
    if not isinstance(value, dict):
        return clean(value)
    answer = answer_text(value)
    comment = clean(value.get("comment", ""))
    return "\n".join(part for part in (answer, comment) if part)


def signature_text(value: Any, part: str | None) -> str:
    if not isinstance(value, dict):
        return clean(value)
    if part == "date":
        return date_text(value.get("date", ""))
    if part == "name":
        return clean(value.get("name", ""))
    return "\n".join(p for p in (clean(value.get("name", "")), date_text(value.get("date", ""))) if p)


def value_text(fld: Field, value: Any, part: str | None = None) -> str:
    """The printed text of one field value (without its label)."""
    if fld.type is FieldType.YESNO:
        return yesno_text(value)
    if fld.type is FieldType.SIGNATURE:
        return signature_text(value, part)
    if fld.type in DATE_TYPES:
        return date_text(value)
    if fld.type is FieldType.ROWS:
        return "\n".join(" | ".join(row_texts(fld, row)) for row in value or [] if isinstance(row, dict))
    return clean(value)


def field_text(form: FormDefinition, draft: Draft, field_id: str, part: str | None = None) -> str:
    fld = form.field(field_id)
    return value_text(fld, draft.peek(fld), part)


def row_texts(fld: Field, row: dict[str, Any]) -> list[str]:
    """One objective row's printed columns, in column order ("By When" dates the UK way too)."""
    return [
        date_text(row.get(col.id, "")) if col.type in DATE_TYPES else clean(row.get(col.id, ""))
        for col in fld.columns
    ]


def progress_line(entry: progress_mod.ProgressEntry) -> str:
    """ "Six Month Review: 6/10 – note", the words beside the drawn bar (no ■□ glyphs)."""
    score = "–" if entry.scale is None else str(entry.scale)
    line = f"{entry.round_label}: {score}/{progress_mod.SCALE_MAX}"
    return clean(line + (f" – {entry.note}" if entry.note else ""))


def objective_extra_text(form: FormDefinition, row: dict[str, Any]) -> str:
    """Progress per review round, "Achieved" and "Carried forward from …", one per line; "" if none.

    Only printed when there is something to say, so a fresh form is not filled with empty bars.
    """
    has_progress = any(e.scale is not None or e.note for e in progress_mod.series(form, row))
    carried = clean(row.get("carried_from", ""))
    achieved = progress_mod.is_achieved(row)
    if not (has_progress or achieved or carried):
        return ""
    lines = [progress_line(e) for e in progress_mod.series(form, row)] if (has_progress or achieved) else []
    if achieved:
        lines.append(ACHIEVED)
    if carried:
        lines.append(f"{CARRIED_PREFIX}{carried}")
    return "\n".join(line for line in lines if line)


def signature_lines(form: FormDefinition, draft: Draft, field_id: str) -> list[str]:
    """Fingerprint and "changed since signed" lines printed under a signature block."""
    fld = form.field(field_id)
    status = signing.signature_status(form, draft, Role(fld.owner))
    if not status.signed:
        return []
    lines = [f"{FINGERPRINT_PREFIX}{status.fingerprint}"]
    if not status.valid:
        places = signing.changed_places(form, status)
        what = "; ".join(places) if places else "the answers differ from what was signed"
        lines.append(CHANGED_PREFIX + what)
    return [clean(line) for line in lines]


def header_text(form: FormDefinition, draft: Draft) -> str:
    """The running header: form, practitioner, period (blank parts left out)."""
    name = draft.role_text(form, FieldRole.SUBJECT_NAME).strip()
    period = draft.role_text(form, FieldRole.PERIOD).strip()
    parts = [form.short_title, name, period]
    return clean(" – ".join(p for p in parts if p))
