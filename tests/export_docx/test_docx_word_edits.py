"""A DOCX we exported, edited in Word (here: with python-docx) and saved: the edits win and are listed."""

from __future__ import annotations

import docx
import pytest

from pdr_desktop.export.docx_reader import read_docx
from pdr_desktop.export.result import ImportSource


def _edit(path, edit) -> None:
    document = docx.Document(str(path))
    edit(document)
    document.save(str(path))


def test_edited_self_assessment_wins_and_is_listed(export, registry, sample_draft, dh):
    path = export(sample_draft)

    def edit(document):
        table = dh.find_table(document, "Practice Standards")
        dh.set_cell(table.rows[1].cells[1], "Rewritten in Word.\nSecond paragraph.")

    _edit(path, edit)
    result = read_docx(path, registry)
    assert result.source is ImportSource.APP_DOCX
    assert result.draft.answers["standards.s1.self"] == "Rewritten in Word.\nSecond paragraph."
    assert result.changes == [
        "Practice Standards › 1. All families understand the reason for involvement fro… › "
        "My Self-assessment: edited in Word"
    ]
    # Everything else is still exactly the exported draft.
    expected = sample_draft.clone()
    expected.answers["standards.s1.self"] = "Rewritten in Word.\nSecond paragraph."
    assert result.draft == expected


def test_yes_no_date_and_signature_edits_are_parsed(export, registry, form, sample_draft, dh):
    path = export(sample_draft)

    def edit(document):
        standards = dh.find_table(document, "Practice Standards")
        dh.set_cell(standards.rows[2].cells[2], "No – see comments")
        details = dh.find_table(document, "Name")
        dh.set_cell(details.rows[1].cells[2], "3/8/2026")
        signed = dh.find_table(document, "Signed (Manager):")
        dh.set_cell(signed.rows[0].cells[0], "Signed (Manager):\nT. Dąbrowski")
        wellbeing = dh.find_table(document, "Has the 'Wellbeing Action plan'")
        dh.set_cell(wellbeing.rows[0].cells[0], "Has the 'Wellbeing Action plan' been completed Yes / No\nNo")

    _edit(path, edit)
    result = read_docx(path, registry)
    answers = result.draft.answers
    assert answers["standards.s2.manager"] == {"answer": "no", "comment": "see comments"}
    assert answers["details.date_updated"] == "2026-08-03"
    assert answers["signoff.manager"] == {"name": "T. Dąbrowski", "date": "2026-07-20"}
    assert answers["wellbeing.action_plan"] == {"answer": "no", "comment": ""}
    assert len(result.changes) == 4
    assert "Details › Date Updated: edited in Word" in result.changes
    assert "Sign-off › Signed (Manager): (name): edited in Word" in result.changes


def test_unclear_yes_no_edit_is_kept_as_comment_and_reported(export, registry, sample_draft, dh):
    path = export(sample_draft)
    _edit(path, lambda d: dh.set_cell(dh.find_table(d, "Practice Standards").rows[3].cells[2], "Partly"))
    result = read_docx(path, registry)
    assert result.draft.answers["standards.s3.manager"] == {"answer": "", "comment": "Partly"}
    assert any("could not tell Yes or No from “Partly”" in u for u in result.unplaced)


def test_objective_edits_added_rows_and_progress(export, registry, form, sample_draft, dh):
    path = export(sample_draft)

    def edit(document):
        table = dh.find_table(document, "Specific Objectives for next year")
        four = [row for row in table.rows[1:] if len(dh.unique_cells(row)) == 4]
        dh.set_cell(four[2].cells[2], "July 2026")
        progress_row = table.rows[2]  # the first objective's progress row
        dh.set_cell(
            dh.unique_cells(progress_row)[0],
            "Six Month Review: ■■■■■■■■□□ 8/10 – Much better\nFinal Review: □□□□□□□□□□ –/10\n"
            "Carried forward from 2024–25",
        )
        new = table.add_row()
        for cell, text in zip(new.cells, ["Learn Welsh", "Evening class", "2027", "Me"], strict=True):
            dh.set_cell(cell, text)

    _edit(path, edit)
    result = read_docx(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert rows[2]["by_when"] == "July 2026"
    assert rows[0]["progress"]["six_month"] == {"scale": 8, "note": "Much better"}
    assert rows[0]["progress"]["final"] == {"scale": None, "note": ""}
    assert rows[0]["achieved"] is False and rows[0]["carried_from"] == "2024–25"
    assert len(rows) == 8
    assert {k: rows[7][k] for k in ("objective", "next_steps", "by_when", "by_whom")} == {
        "objective": "Learn Welsh",
        "next_steps": "Evening class",
        "by_when": "2027",
        "by_whom": "Me",
    }
    assert rows[1] == sample_draft.answers["objectives.items"][1]  # untouched rows keep progress exactly
    assert any(c.endswith("objective 3 › By When: edited in Word") for c in result.changes)
    assert any(c.endswith("objective 1 › Progress: edited in Word") for c in result.changes)
    assert any(
        c.endswith("objective 8 › Specific Objectives for next year: added in Word") for c in result.changes
    )


def test_paragraph_and_table_added_in_word_are_reported(export, registry, sample_draft):
    path = export(sample_draft)

    def edit(document):
        document.add_paragraph("Note from the manager typed at the end.")
        table = document.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = "Extra box"
        table.rows[0].cells[1].text = "Something important"

    _edit(path, edit)
    result = read_docx(path, registry)
    assert result.draft == sample_draft
    assert any("Note from the manager typed at the end." in u for u in result.unplaced)
    assert any("Something important" in u and "table 11" in u for u in result.unplaced)


@pytest.mark.parametrize(
    ("table_header", "note"),
    [
        ("Wider Contribution", "Professional, young person and family feedback: not found"),
        ("Specific Objectives for next year", "Specific Objectives for next year: the table was not found"),
    ],
)
def test_a_deleted_table_keeps_the_exported_answers_with_a_note(
    export, registry, sample_draft, dh, table_header, note
):
    path = export(sample_draft)

    def edit(document):
        table = dh.find_table(document, table_header)
        table._tbl.getparent().remove(table._tbl)

    _edit(path, edit)
    result = read_docx(path, registry)
    assert result.draft == sample_draft
    assert any(note in n for n in result.notes)


def test_comments_added_in_words_margin_are_listed(export, registry, sample_draft, dh):
    path = export(sample_draft)

    def edit(document):
        cell = dh.find_table(document, "Practice Standards").rows[2].cells[1]
        document.add_comment(
            cell.paragraphs[0].runs, text="Can you add an example?", author="Tomáš Dąbrowski"
        )

    _edit(path, edit)
    result = read_docx(path, registry)
    assert result.draft == sample_draft
    assert result.unplaced == ["Word comment by Tomáš Dąbrowski (table 2, row 3): Can you add an example?"]
