"""Reading the dates people type: 15/07/2026, 15/7/26, 2026-07-15 all mean the same day.

Drafts store ISO dates ("2026-07-15"); people see and type the UK way.
"""

from __future__ import annotations

import re
from datetime import date

UK_FORMAT = "%d/%m/%Y"
_UK = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> date | None:
    """The day a person meant, or None if the text is not a whole date."""
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _UK.match(text):
            day, month, year = (int(g) for g in match.groups())
            if year < 100:  # two-digit years are this century: nobody writes a PDR for 1926
                year += 2000
            return date(year, month, day)
    except ValueError:
        return None
    return None


def to_stored(text: str) -> str:
    """What goes into the draft: ISO for a date, otherwise the words as typed."""
    day = parse_date(text)
    return day.isoformat() if day else text


def to_display(stored: str) -> str:
    """What the person sees: ISO dates the UK way, anything else unchanged."""
    if _ISO.match(stored or ""):
        day = parse_date(stored)
        if day:
            return day.strftime(UK_FORMAT)
    return stored or ""
