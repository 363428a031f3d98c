"""Dates as people type and read them, and as drafts store them.

Drafts store ISO dates ("2026-07-15"). People type the UK way ("15/07/2026", "15/7/26",
"15.07.2026") or in words ("8 Dec 2026", "8 December 2026"), and read dd/mm/yyyy in boxes
and tables, or "15 July 2026" in sentences, as the council's own form does. One module so the
window, the exports, the Compare dialog and the CLI all say a date the same way.
"""

from __future__ import annotations

import re
from datetime import date

UK_FORMAT = "%d/%m/%Y"
_UK = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_WORDS = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# Text that looks like someone began typing a date ("26", "31/07", "12/13/2026") rather than
# words such as "Ongoing" or "End of March": flagged instead of stored as if it were fine.
_DATE_LIKE = re.compile(r"^[\s\d/.\-]+$")


def parse_date(text: str) -> date | None:
    """The day a person meant, or None if the text is not a whole, real date."""
    text = text or ""
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _UK.match(text):
            day, month, year = (int(g) for g in match.groups())
            if year < 100:  # two-digit years are this century: nobody writes a PDR for 1926
                year += 2000
            return date(year, month, day)
        if match := _WORDS.match(text):
            named = _MONTHS.get(match.group(2).lower())
            if named:
                return date(int(match.group(3)), named, int(match.group(1)))
    except ValueError:
        return None
    return None


def parse_iso(text: object) -> date | None:
    """A stored ISO date, or None for anything else (files may carry free text or nothing)."""
    match = _ISO.match(str(text or ""))
    return parse_date(match.group(0)) if match else None


def looks_like_broken_date(text: str) -> bool:
    """Digits and separators that are not a whole date ("26", "31/07", "31/02/2026")."""
    stripped = (text or "").strip()
    return bool(stripped) and bool(_DATE_LIKE.match(stripped)) and parse_date(stripped) is None


def to_stored(text: str) -> str:
    """What goes into the draft: ISO for a date, otherwise the words as typed."""
    day = parse_date(text)
    return day.isoformat() if day else text


def to_display(stored: object) -> str:
    """What a person sees in a box or table: ISO dates as dd/mm/yyyy, anything else unchanged."""
    text = "" if stored is None else str(stored)
    day = parse_iso(text)
    return day.strftime(UK_FORMAT) if day else text


def long_date(day: date) -> str:
    """The way dates read in sentences of the council's documents: 1 October 2025."""
    return f"{day.day} {day:%B %Y}"
