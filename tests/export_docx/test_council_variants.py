"""More ways people fill in the council's Word form by hand, built from the blank shared fixture.

Each value must land in its field; whatever cannot be placed must be listed, never dropped.
"""

from __future__ import annotations

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import read_draft
from pdr_desktop.export import import_file
from pdr_desktop.export.result import ImportSource
from pdr_desktop.review.carry_forward import carry_forward

YES_NO = {
    1: ("Yes.", "yes", ""),
    2: ("Y – partly", "yes", "partly"),
    3: ("No - see comments", "no", "see comments"),
    4: ("YES", "yes", ""),
    5: ("no.", "no", ""),
    6: ("yes!", "yes", ""),
    7: ("n", "no", ""),
    8: ("No, not yet", "no", "not yet"),
    9: ("Yes – met", "yes", "met"),
    10: ("Perhaps", "", "Perhaps"),
}


def _save(doc, path):
    doc.save(str(path))
    return path


def test_answers_typed_into_the_header_row_land_in_their_fields(council_copy, registry, dh):
    path, doc = council_copy()
    details = doc.tables[0]
    dh.set_cell(details.rows[0].cells[0], "Name: Łukasz Nowak")
    dh.set_cell(details.rows[0].cells[3], "Period Covered – 2025/26")
    dh.set_cell(details.rows[1].cells[1], "Personal Advisor")
    comments = doc.tables[5]
    label = comments.rows[0].cells[0].text
    dh.set_cell(comments.rows[0].cells[0], f"{label}: Settled into the team well.")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers["details.name"] == "Łukasz Nowak"
    assert answers["details.position"] == "Personal Advisor"
    assert answers["details.period_covered"] == "2025/26"
    assert answers["comments.practitioner.initial.comment"] == "Settled into the team well."
    assert result.unplaced == []


def test_header_text_whose_answer_cell_is_taken_is_reported(council_copy, registry, dh):
    path, doc = council_copy()
    details = doc.tables[0]
    dh.set_cell(details.rows[0].cells[0], "Name: Łukasz Nowak")
    dh.set_cell(details.rows[1].cells[0], "Lukasz Nowak")
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["details.name"] == "Lukasz Nowak"
    assert any("beside “Name”: Łukasz Nowak" in item for item in result.unplaced), result.unplaced


def test_yes_no_in_any_case_with_punctuation_and_comments(council_copy, registry, dh):
    path, doc = council_copy()
    standards = doc.tables[1]
    for number, (typed, _, _) in YES_NO.items():
        dh.set_cell(standards.rows[number].cells[2], typed)
    result = import_file(_save(doc, path), registry)
    for number, (_, answer, comment) in YES_NO.items():
        assert result.draft.answers[f"standards.s{number}.manager"] == {"answer": answer, "comment": comment}
    assert [u for u in result.unplaced if "could not tell Yes or No" in u] == [
        u for u in result.unplaced if "“Perhaps”" in u
    ]
    assert len(result.unplaced) == 1


def test_deleted_empty_objective_rows_then_twelve_added(council_copy, registry, dh):
    path, doc = council_copy()
    objectives = doc.tables[4]
    for row in list(objectives.rows[1:]):
        objectives._tbl.remove(row._tr)
    for index in range(12):
        row = objectives.add_row()
        for cell, text in zip(
            row.cells, [f"Objective {index + 1}", f"Step {index + 1}", "March 2026", "Me"], strict=True
        ):
            dh.set_cell(cell, text)
    result = import_file(_save(doc, path), registry)
    rows = result.draft.answers["objectives.items"]
    assert [r["objective"] for r in rows] == [f"Objective {i + 1}" for i in range(12)]
    assert rows[11]["next_steps"] == "Step 12" and rows[11]["by_whom"] == "Me"
    assert result.unplaced == []


@pytest.mark.parametrize(
    ("typed", "name", "date"),
    [
        ("Signed (Practitioner): Łukasz Nowak   Date: 03/10/2025", "Łukasz Nowak", "2025-10-03"),
        ("Signed (Practitioner):\nŁukasz Nowak\nDate: 3 October 2025", "Łukasz Nowak", "2025-10-03"),
        ("Signed (Practitioner): Łukasz Nowak, date: 03/10/2025", "Łukasz Nowak", "2025-10-03"),
        ("Signed (Practitioner): Candice Dateman", "Candice Dateman", ""),
    ],
)
def test_signature_and_date_typed_in_one_cell(council_copy, registry, dh, typed, name, date):
    path, doc = council_copy()
    dh.set_cell(doc.tables[8].rows[0].cells[0], typed)
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["signoff.practitioner"] == {"name": name, "date": date}
    assert result.unplaced == []


def test_two_different_dates_for_one_signature_keep_the_date_cell_and_report_the_other(
    council_copy, registry, dh
):
    path, doc = council_copy()
    dh.set_cell(doc.tables[9].rows[0].cells[0], "Signed (Manager): Sam Patel Date: 01/10/2025")
    dh.set_cell(doc.tables[9].rows[0].cells[1], "Date: 03/10/2025")
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["signoff.manager"] == {"name": "Sam Patel", "date": "2025-10-03"}
    assert any("01/10/2025" in item for item in result.unplaced), result.unplaced


def test_a_negative_symbol_code_does_not_crash_the_import(council_copy, registry, dh):
    path, doc = council_copy()
    cell = doc.tables[1].rows[1].cells[1]
    dh.set_cell(cell, "Ticked ")
    run = cell.paragraphs[0].add_run()
    sym = run._r.makeelement(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sym",
        {
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}font": "Wingdings",
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}char": "-10",
        },
    )
    run._r.append(sym)
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["standards.s1.self"] == "Ticked"


def test_next_year_starts_from_an_imported_word_form(council_copy, registry, form, dh, tmp_path, capsys):
    path, doc = council_copy()
    details = doc.tables[0]
    for cell, text in zip(
        details.rows[1].cells, ["Zoë Hart", "Personal Advisor", "", "2025/26"], strict=True
    ):
        dh.set_cell(cell, text)
    objectives = doc.tables[4]
    dh.set_cell(objectives.rows[1].cells[0], "Finish MI course")
    dh.set_cell(objectives.rows[3].cells[0], "Lead an FGC")
    comments = doc.tables[5]
    dh.set_cell(comments.rows[7].cells[0], "A good year.")
    _save(doc, path)

    imported = import_file(path, registry)
    assert imported.source is ImportSource.COUNCIL_DOCX
    new = carry_forward(form, imported.draft)
    assert new.answers["details.name"] == "Zoë Hart"
    assert new.answers["details.period_covered"] == "2026/27"
    rows = new.answers["objectives.items"]
    assert [r["objective"] for r in rows] == ["Finish MI course", "Lead an FGC"]
    assert all(r["carried_from"].startswith("Carried forward from 2025") for r in rows)
    assert new.meta["reference"]["comments"]["practitioner"]["text"] == "A good year."

    out = tmp_path / "next-year.pdr"
    assert main(["carry-forward", str(path), "-o", str(out)]) == 0
    assert "2 objectives carried forward" in capsys.readouterr().out
    assert [r["objective"] for r in read_draft(out, registry).answers["objectives.items"]] == [
        "Finish MI course",
        "Lead an FGC",
    ]


WELLBEING = "Has the 'Wellbeing Action plan' been completed Yes / No"


@pytest.mark.parametrize(
    ("typed", "answer", "comment"),
    [
        (f"{WELLBEING}: Yes.", "yes", ""),
        (f"{WELLBEING} - No", "no", ""),
        (WELLBEING.replace("Yes / No", "Yes/No") + ": yes", "yes", ""),
        (f"{WELLBEING} – Y, reviewed in May", "yes", "reviewed in May"),
        ("Has the ‘Wellbeing Action plan’ been completed? Yes", "yes", ""),
        (f"{WELLBEING}\nNo – booked for May", "no", "booked for May"),
    ],
)
def test_wellbeing_answer_typed_after_the_question(council_copy, registry, dh, typed, answer, comment):
    path, doc = council_copy()
    dh.set_cell(doc.tables[7].rows[0].cells[0], typed)
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["wellbeing.action_plan"] == {"answer": answer, "comment": comment}
    assert result.unplaced == []


def test_text_that_is_no_answer_is_still_kept_whole():
    from pdr_desktop.export.value_parse import parse_yesno

    parsed = parse_yesno("- see my notes")
    assert parsed.value == {"answer": "", "comment": "- see my notes"} and not parsed.clear


def test_a_comment_typed_under_the_prompt_in_the_heading_cell(council_copy, registry, dh):
    path, doc = council_copy()
    heading = doc.tables[6].rows[3].cells[0]  # the manager's six-month heading
    dh.set_cell(heading, f"{heading.text}\nGood progress; the FGC went well.")
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["comments.manager.six_month.comment"] == "Good progress; the FGC went well."
    assert result.unplaced == []


def test_cli_mentions_what_an_imported_form_could_not_place(council_copy, registry, dh, tmp_path, capsys):
    path, doc = council_copy()
    dh.set_cell(doc.tables[0].rows[1].cells[0], "Zoë Hart")
    doc.add_paragraph("PS: my caseload figures are attached.")
    _save(doc, path)
    assert main(["carry-forward", str(path), "-o", str(tmp_path / "next.pdr")]) == 0
    assert main(["diff", str(path), str(path)]) == 0
    err = capsys.readouterr().err
    assert err.count("1 item(s) in council-filled.docx could not be placed") == 3
