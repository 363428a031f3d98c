"""Issue 11, PDF side: every line of the council's form, "(continued)" labels, one date style, drawn bars."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from pdr_desktop.export.pdf_table import CONTINUED
from pdr_desktop.export.pdf_writer import write_pdf
from pdr_desktop.forms import Role
from pdr_desktop.review.signing import sign

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-000-performance-conversation.txt"


def _seed_lines() -> list[str]:
    """The form's own lines (seed 000), less the Word artefacts and the embedded pictures' captions."""
    lines = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"\[bookmark: [^\]]*\]|\[image: [^\]]*\]", "", raw)
        line = re.sub(r"\s+", " ", line).strip()
        if line.startswith("image") and line.endswith((".png", ".jpeg")):
            break  # the pictures' own text follows the form's last line
        if line:
            lines.append(line)
    return lines


def test_the_pdf_carries_every_line_of_the_council_form_including_its_attribution(
    form, tmp_path, pdf_text, norm
):
    from pdr_desktop.drafts.model import Draft

    path = tmp_path / "blank.pdf"
    write_pdf(form, Draft.new(form), path)
    text = norm(pdf_text(path))
    lines = _seed_lines()
    assert "Clare Poyner PSW January 2022" in lines
    missing = [line for line in lines if norm(line) not in text]
    assert missing == []
    # The attribution closes the form, after the last signature, as on paper.
    assert text.index("Signed (Manager):") < text.rindex("Clare Poyner PSW January 2022")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def test_a_long_answer_says_continued_with_its_question_on_the_next_page(form, sample_draft, tmp_path):
    sample_draft.answers["standards.s2.self"] = " ".join(f"Visit{i:04d} went well." for i in range(1500))
    path = tmp_path / "long.pdf"
    write_pdf(form, sample_draft, path)
    pages = _pages(path)
    holding = [i for i, page in enumerate(pages) if "Visit" in page]
    assert len(holding) >= 3
    for index in holding[1:]:
        # The page opens with the question (the standard's own text), then "(continued)".
        head = re.sub(r"\s+", " ", pages[index])
        assert "2. Children are spoken to alone" in head
        assert CONTINUED in head
        assert head.index(CONTINUED) < head.index("Visit")
    assert CONTINUED not in re.sub(r"\s+", " ", pages[holding[0]])


def test_continued_only_where_a_page_breaks_an_answer(form, sample_draft, tmp_path, pdf_text):
    path = tmp_path / "sample.pdf"
    write_pdf(form, sample_draft, path)
    assert CONTINUED not in pdf_text(path)


def test_short_rows_never_split_across_pages(form, sample_draft, tmp_path):
    """Every objective row (four short cells) sits whole on one page, however the pages fall."""
    sample_draft.answers["wider.feedback"] = "Feedback line.\n" * 97  # pushes the objectives down
    path = tmp_path / "rows.pdf"
    write_pdf(form, sample_draft, path)
    pages = [re.sub(r"\s+", " ", p) for p in _pages(path)]
    for row in sample_draft.answers["objectives.items"]:
        first_words = " ".join(row["objective"].split())
        last_words = " ".join(row["by_whom"].split()[-2:])
        page = next(i for i, p in enumerate(pages) if first_words in p)
        assert last_words in pages[page], (first_words, last_words)


def test_dates_print_dd_mm_yyyy_in_by_when_and_the_signature_line(form, sample_draft, tmp_path, pdf_text):
    sample_draft.answers["objectives.items"][0]["by_when"] = "2026-02-15"
    sample_draft.answers["objectives.items"][1]["by_when"] = "Ongoing"
    sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    path = tmp_path / "dates.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert "15/02/2026" in text and "Ongoing" in text
    assert "20/07/2026" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)


def test_progress_bars_are_drawn_not_typed(form, sample_draft, tmp_path, pdf_text):
    path = tmp_path / "bars.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert "Six Month Review" in text and "/10" in text
    assert not re.search("[■□▪▫█░]", text)
    # Filled boxes are drawn as rectangles ("re") with the bar colour.
    content = b"".join(page.get_contents().get_data() for page in PdfReader(str(path)).pages)
    assert content.count(b" re") > 100


@pytest.mark.parametrize("fmt", ["pdf"])
def test_the_plan_is_what_the_pdf_prints(form, sample_draft, tmp_path, pdf_text, norm, fmt):
    """The PDF renders document_plan's plan: every printed value of the Word copy is in the PDF too."""
    from pdr_desktop.export.document_plan import build_plan

    path = tmp_path / "plan.pdf"
    write_pdf(form, sample_draft, path)
    text = norm(pdf_text(path))
    for slot, value in build_plan(form, sample_draft).slot_texts().items():
        if slot.part == "extra":
            continue  # the progress line is drawn as bars in the PDF
        for line in value.splitlines():
            assert norm(line) in text, (slot, line)
