"""The Word export's Helvetica widths table matches reportlab's measurements, character by character
and for whole strings, so row heights (and so where long answers are cut) do not change."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from pdr_desktop.export.docx_metrics import HELVETICA_WIDTHS
from pdr_desktop.export.docx_paging import FONT_PT, text_width


def test_each_latin1_character_has_reportlabs_width():
    assert len(HELVETICA_WIDTHS) == 256
    for code in range(256):
        assert HELVETICA_WIDTHS[code] * 0.001 * 1000 == stringWidth(chr(code), "Helvetica", 1000), hex(code)


def test_text_width_equals_reportlab_for_latin1_text():
    for text in ("Siobhán Ó Dálaigh", "Wide WWW and narrow iii", "tab\tand ÿ", ""):
        assert text_width(text) == stringWidth(text, "Helvetica", FONT_PT)


def test_other_scripts_are_estimated_by_em():
    # Two CJK characters take a full em each; one Polish ł about 0.6 em; Latin measured.
    assert text_width("中文ł a") == stringWidth(" a", "Helvetica", FONT_PT) + 2.6 * FONT_PT
