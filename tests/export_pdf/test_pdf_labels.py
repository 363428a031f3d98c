"""pdf_labels.Label: reportlab's Paragraph for the form's wording, parsed once per text and wrapped
once per width; it must lay out and split exactly as a fresh Paragraph does."""

from __future__ import annotations

import pytest

from pdr_desktop.export.reportlab_setup import import_reportlab

import_reportlab()

from reportlab.platypus import Paragraph  # noqa: E402

from pdr_desktop.export.fonts import markup  # noqa: E402
from pdr_desktop.export.pdf_labels import Label  # noqa: E402
from pdr_desktop.export.pdf_styles import styles  # noqa: E402

TEXT = "4. Assessments will consider the lived experience of the child & family <as told>, " * 6


def _lines(paragraph: Paragraph) -> list[str]:
    if paragraph.blPara.kind == 0:
        return [" ".join(words) for _, words in paragraph.blPara.lines]
    return ["".join(getattr(w, "text", "") for w in line.words) for line in paragraph.blPara.lines]


@pytest.mark.parametrize("widths", [(120, 300, 120), (300, 300, 80)])
def test_a_label_wraps_as_a_fresh_paragraph_at_every_width(widths):
    st = styles()
    label = Label(TEXT, st.header)
    for width in widths:
        fresh = Paragraph(markup(TEXT), st.header)
        assert label.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert label.wrap(width, 10) == fresh.wrap(width, 1000)  # the height left changes nothing
        assert _lines(label) == _lines(fresh)


def test_labels_of_one_text_share_the_parse_but_not_the_lines():
    st = styles()
    first, second = Label(TEXT, st.header), Label(TEXT, st.header)
    assert first.frags is second.frags
    first.wrap(100, 1000)
    second.wrap(400, 1000)
    assert len(first.blPara.lines) > len(second.blPara.lines)
    assert Label(TEXT, st.cell).style is not first.style  # another style: parsed for it


def test_a_split_label_splits_as_a_fresh_paragraph():
    st = styles()
    label, fresh = Label(TEXT, st.cell), Paragraph(markup(TEXT), st.cell)
    label.wrap(150, 1000), fresh.wrap(150, 1000)
    ours, theirs = label.split(150, 40), fresh.split(150, 40)
    assert len(ours) == len(theirs) == 2
    for a, b in zip(ours, theirs, strict=True):
        assert a.wrap(150, 1000) == b.wrap(150, 1000)
        assert a.getPlainText() == b.getPlainText()
        assert _lines(a) == _lines(b)
