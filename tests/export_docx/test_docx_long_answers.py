"""Rows of the Word copy never break across pages; a long answer continues in rows that say so.

The issue's case: a row split mid-question left the question cell blank on the next page.
"""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from pdr_desktop.export import import_file
from pdr_desktop.export.result import ImportSource

SENTENCE = (
    "I worked with a family where the parents had very different views about what was going wrong, "
    "and I used the three houses tool with each of them separately before bringing them together."
)
WIDER = "In our reflective group we look at one case a month and agree what each of us will try next."
S4 = "4. Assessments will consider the lived experience of the child and their parents/carer."


@pytest.fixture
def long_draft(sample_draft):
    answers = sample_draft.answers
    answers["standards.s4.self"] = "\n".join(f"Paragraph {n}. " + " ".join([SENTENCE] * 3) for n in range(9))
    answers["comments.manager.final.comment"] = "\n".join(f"Point {n}: {SENTENCE}" for n in range(40))
    answers["wider.self"] = " ".join([WIDER] * 40)  # one paragraph, longer than a page
    return sample_draft


def _texts(table, dh):
    return [[c.text for c in dh.unique_cells(row)] for row in table.rows]


def test_long_answers_continue_under_their_label(export, long_draft, dh):
    document = docx.Document(str(export(long_draft)))
    standards = _texts(dh.find_table(document, "Practice Standards"), dh)
    labels = [row[0] for row in standards]
    continued = [label for label in labels if label.endswith("(continued)")]
    assert continued and set(continued) == {
        "4. Assessments will consider the lived experience of the… (continued)"
    }
    first = labels.index(S4)
    assert labels[first + 1 : first + 1 + len(continued)] == continued  # right under the first piece
    assert (
        "\n".join(row[1] for row in standards[first : first + 1 + len(continued)])
        == (long_draft.answers["standards.s4.self"])
    )
    comments = _texts(dh.find_table(document, "Manager comments"), dh)
    headings = [row[0] for row in comments if len(row) == 1 and row[0].endswith("(continued)")]
    assert headings and set(headings) == {"Comments at the Final Review (July/ August) (continued)"}
    wider = _texts(dh.find_table(document, "Wider Contribution"), dh)
    assert ["My Self-assessment (continued)", ""] in wider  # only the column that continues says so


def test_no_row_of_the_form_may_break_across_a_page(export, long_draft, dh):
    document = docx.Document(str(export(long_draft)))
    for table in document.tables:
        first = " ".join(dh.unique_cells(table.rows[0])[0].text.split())
        if first.startswith("Specific Objectives"):
            continue  # an objective too long for a page may break; its header row repeats
        for row in table.rows:
            tr_pr = row._tr.trPr
            assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None, first


def test_continued_rows_read_back_as_one_answer(export, registry, long_draft, tmp_path, dh):
    path = export(long_draft)
    result = import_file(path, registry)
    assert result.draft == long_draft and result.changes == [] and result.complete
    # Without the embedded draft, from the tables alone: paragraphs come back exactly, and a paragraph
    # cut between two rows comes back with a line break at the cut, every word in place.
    tables = import_file(dh.without_embedded_draft(path, tmp_path / "tables-only.docx"), registry)
    assert tables.source is ImportSource.APP_DOCX_TABLES and tables.unplaced == []
    answers = tables.draft.answers
    assert answers["standards.s4.self"] == long_draft.answers["standards.s4.self"]
    assert answers["comments.manager.final.comment"] == long_draft.answers["comments.manager.final.comment"]
    assert answers["wider.self"].split() == long_draft.answers["wider.self"].split()
    assert answers["wider.self"].count("\n") >= 1  # cut between two rows


@pytest.mark.slow
def test_in_libreoffice_every_page_of_a_long_answer_names_its_question(libreoffice, export, long_draft):
    pdf = libreoffice(export(long_draft), "pdf")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]
    for marker, label in (
        ("Paragraph ", "4. Assessments will consider the lived"),
        ("Point ", "Comments at the Final Review"),
        (WIDER[:40], "My Self-assessment"),
    ):
        holding = [text for text in pages if marker in text]
        assert len(holding) >= 2, marker  # the answer runs over more than one page
        for text in holding:
            assert label in text, (marker, text[:300])
