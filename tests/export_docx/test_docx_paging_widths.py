"""The Word copy's line estimate: measured from a glyph table, it must equal reportlab's to the last bit.

docx_paging measures slices of a paragraph from running totals (a 1 MB answer was read back in
10 s when every candidate line went through reportlab). The export's paging and the importer's
reading of it both depend on these numbers, so they are checked against the measure they replace.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from pdr_desktop.export import docx_paging as paging

_LATIN = re.compile(r"[^\x00-\xff]")
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.sampled_from("ąęłżŁódź中文日本語한국어العربيةবাংলা "),
        st.sampled_from(" \t"),
    ),
    max_size=300,
)


def reportlab_width(text: str) -> float:
    """text_width as it was: Latin-1 through reportlab, other scripts by the em."""
    others = _LATIN.findall(text)
    wide = sum(1 for c in others if unicodedata.east_asian_width(c) in ("W", "F"))
    return (
        stringWidth(_LATIN.sub("", text), "Helvetica", paging.FONT_PT)
        + (wide + 0.6 * (len(others) - wide)) * paging.FONT_PT
    )


def wrapped_by_remeasuring(paragraph: str, width: float) -> list[str]:
    """The wrapping as it was, measuring each candidate line afresh with reportlab."""
    if not paragraph.strip():
        return [""]
    lines: list[str] = []
    current = ""
    for word in re.split(r"(?<=\s)", paragraph):
        candidate = current + word
        if reportlab_width(candidate.rstrip()) <= width or not current:
            current = candidate
            while reportlab_width(current.rstrip()) > width and len(current) > 1:
                low, high = 1, len(current)
                while low < high:
                    middle = (low + high + 1) // 2
                    if reportlab_width(current[:middle]) <= width:
                        low = middle
                    else:
                        high = middle - 1
                lines.append(current[:low])
                current = current[low:]
            continue
        lines.append(current)
        current = word
    lines.append(current)
    return lines


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_text_width_is_reportlabs_number(text):
    assert paging.text_width(text) == reportlab_width(text)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from([12.0, 40.0, 150.0, 471.5]))
def test_wrapping_cuts_where_remeasuring_every_line_cut(text, width):
    lines = paging.wrapped(text, width)
    assert lines == wrapped_by_remeasuring(text, width)
    assert "".join(lines) == (text if text.strip() else "")
