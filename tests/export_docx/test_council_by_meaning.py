"""The council's Word form edited by hand the way people do - blocks deleted, rows added, cells merged -
read by meaning: each value in its own field or reported with its text, never in another field.
"""

from __future__ import annotations

import copy

import pytest

from pdr_desktop.export import import_file
from pdr_desktop.export.result import ALL_PLACED

FINAL = "comments.manager.final"
SIX = "comments.manager.six_month"


def _save(doc, path):
    doc.save(str(path))
    return path


def _fill_name_row(dh, row, name, position, date):
    cells = dh.unique_cells(row)
    for index, text in ((1, name), (3, position), (5, date)):
        dh.set_cell(cells[index], text)


def _delete_rows(table, indices):
    for index in sorted(indices, reverse=True):
        table._tbl.remove(table.rows[index]._tr)


def _empty(answers, *fields):
    return all(answers.get(f, "") in ("", {"answer": "", "comment": ""}) for f in fields)


def test_deleted_six_month_block_then_final_review_filled(council_copy, registry, dh):
    """The case from the issue: the Final Review went into the Six Month fields."""
    path, doc = council_copy()
    manager = dh.find_table(doc, "Manager comments")
    _delete_rows(manager, [3, 4, 5])  # the empty Six Month block
    dh.set_cell(manager.rows[4].cells[0], "A strong year; FGC lead from September.")
    _fill_name_row(dh, manager.rows[5], "Sam Patel", "Team Manager", "22/07/2026")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers[f"{FINAL}.comment"] == "A strong year; FGC lead from September."
    assert answers[f"{FINAL}.name"] == "Sam Patel"
    assert answers[f"{FINAL}.position"] == "Team Manager"
    assert answers[f"{FINAL}.date"] == "2026-07-22"
    assert _empty(answers, f"{SIX}.comment", f"{SIX}.name", f"{SIX}.position", f"{SIX}.date")
    assert result.unplaced == [] and result.review == []
    assert any(
        "Not found in the document: Comments › Manager" in n and "Six Month" in n for n in result.notes
    )
    assert result.report().endswith(ALL_PLACED)  # true: every value found its own field


def test_deleted_initial_and_six_month_blocks_in_the_practitioners_table(council_copy, registry, dh):
    path, doc = council_copy()
    practitioner = dh.find_table(doc, "Practitioner’s comments")
    _delete_rows(practitioner, [0, 1, 2, 3, 4, 5])
    dh.set_cell(practitioner.rows[1].cells[0], "Final words.")
    _fill_name_row(dh, practitioner.rows[2], "Jane O’Neill", "Family Support Worker", "20/07/2026")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers["comments.practitioner.final.comment"] == "Final words."
    assert answers["comments.practitioner.final.name"] == "Jane O’Neill"
    assert _empty(answers, "comments.practitioner.initial.comment", "comments.practitioner.initial.name")
    assert result.unplaced == []


def test_a_block_moved_above_another_is_still_its_own_block(council_copy, registry, dh):
    path, doc = council_copy()
    manager = dh.find_table(doc, "Manager comments")
    dh.set_cell(manager.rows[7].cells[0], "Final comment")
    _fill_name_row(dh, manager.rows[8], "Sam Patel", "Team Manager", "22/07/2026")
    dh.set_cell(manager.rows[4].cells[0], "Six month comment")
    _fill_name_row(dh, manager.rows[5], "Ana Silva", "Deputy Manager", "01/04/2026")
    final_rows = [copy.deepcopy(manager.rows[i]._tr) for i in (6, 7, 8)]
    _delete_rows(manager, [6, 7, 8])
    anchor = manager.rows[2]._tr  # after the Initial block, before Six Month
    for tr in reversed(final_rows):
        anchor.addnext(tr)
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers[f"{FINAL}.comment"] == "Final comment" and answers[f"{FINAL}.name"] == "Sam Patel"
    assert answers[f"{SIX}.comment"] == "Six month comment" and answers[f"{SIX}.name"] == "Ana Silva"
    assert result.unplaced == []


def test_a_retyped_heading_is_known_by_its_round_name(council_copy, registry, dh):
    path, doc = council_copy()
    manager = dh.find_table(doc, "Manager comments")
    dh.set_cell(manager.rows[6].cells[0], "Final Review – manager's comments")
    dh.set_cell(manager.rows[7].cells[0], "Well done this year.")
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers[f"{FINAL}.comment"] == "Well done this year."
    assert "Final Review – manager's comments" not in str(result.draft.answers)
    assert result.unplaced == []


def test_rows_whose_heading_was_deleted_are_reported_not_guessed(council_copy, registry, dh):
    path, doc = council_copy()
    manager = dh.find_table(doc, "Manager comments")
    dh.set_cell(manager.rows[4].cells[0], "Whose comment is this?")
    _fill_name_row(dh, manager.rows[5], "Sam Patel", "Team Manager", "01/04/2026")
    _delete_rows(manager, [3])  # the Six Month heading only
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert "Whose comment is this?" not in str(answers) and "Sam Patel" not in str(answers)
    joined = "\n".join(result.unplaced)
    assert "Whose comment is this?" in joined and "Sam Patel" in joined and "01/04/2026" in joined
    assert ALL_PLACED not in result.report()


def test_name_and_position_merged_in_the_details_table(council_copy, registry, dh):
    """The case from the issue: every column shifted along one and the period was lost."""
    path, doc = council_copy()
    details = dh.find_table(doc, "Name")
    details.cell(0, 0).merge(details.cell(0, 1))
    merged = details.cell(1, 0).merge(details.cell(1, 1))
    dh.set_cell(merged, "Tomasz Nowak, Personal Advisor")
    dh.set_cell(details.rows[1].cells[2], "12/09/2025")
    dh.set_cell(details.rows[1].cells[3], "2025–26")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers["details.name"] == "Tomasz Nowak"
    assert answers["details.position"] == "Personal Advisor"
    assert answers["details.date_updated"] == "2025-09-12"
    assert answers["details.period_covered"] == "2025–26"
    assert result.unplaced == []
    assert result.review == [
        "table 1 (Details), row 2: one merged cell covers “Name” and “Position”; split at the comma: "
        "Name “Tomasz Nowak”; Position “Personal Advisor”"
    ]
    assert not result.complete and ALL_PLACED not in result.report()


def test_a_merged_cell_that_cannot_be_split_is_reported_and_nothing_shifts(council_copy, registry, dh):
    path, doc = council_copy()
    details = dh.find_table(doc, "Name")
    merged = details.cell(1, 0).merge(details.cell(1, 1))
    dh.set_cell(merged, "Tomasz Nowak Personal Advisor")
    dh.set_cell(details.rows[1].cells[2], "12/09/2025")
    dh.set_cell(details.rows[1].cells[3], "2025–26")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert _empty(answers, "details.name", "details.position")
    assert answers["details.date_updated"] == "2025-09-12" and answers["details.period_covered"] == "2025–26"
    assert result.unplaced == [
        "table 1 (Details), row 2: one merged cell covers “Name” and “Position”; its text was not placed "
        "in either: Tomasz Nowak Personal Advisor"
    ]


def test_two_merged_answer_cells_are_split_at_a_bare_yes_or_reported(council_copy, registry, dh):
    path, doc = council_copy()
    standards = dh.find_table(doc, "Practice Standards")
    three = standards.cell(3, 1).merge(standards.cell(3, 2))
    dh.set_cell(three, "Genograms in all my assessments.\nYes")
    four = standards.cell(4, 1).merge(standards.cell(4, 2))
    dh.set_cell(four, "Lived experience in the child's words, agreed with my manager")
    dh.set_cell(standards.rows[5].cells[1], "Trauma history considered.")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers["standards.s3.self"] == "Genograms in all my assessments."
    assert answers["standards.s3.manager"] == {"answer": "yes", "comment": ""}
    assert _empty(answers, "standards.s4.self", "standards.s4.manager")
    assert answers["standards.s5.self"] == "Trauma history considered."
    assert len(result.review) == 1 and "split the last line as the Yes/No answer" in result.review[0]
    assert len(result.unplaced) == 1 and "Lived experience in the child's words" in result.unplaced[0]
    assert "row 5" in result.unplaced[0] and "its text was not placed in either" in result.unplaced[0]


def test_a_name_cell_merged_with_the_position_label_splits_at_the_label(council_copy, registry, dh):
    path, doc = council_copy()
    manager = dh.find_table(doc, "Manager comments")
    row = manager.rows[2]
    cells = dh.unique_cells(row)
    dh.set_cell(cells[1], "Sam Patel")
    dh.set_cell(cells[3], "Team Manager")
    cells[1].merge(cells[3])  # Word keeps each cell's paragraphs: name, "Position", position
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers["comments.manager.initial.name"] == "Sam Patel"
    assert answers["comments.manager.initial.position"] == "Team Manager"
    assert result.unplaced == [] and result.review == []  # the form's own label marks the boundary


def test_an_added_comment_row_is_reported_not_put_in_the_next_block(council_copy, registry, dh):
    path, doc = council_copy()
    manager = dh.find_table(doc, "Manager comments")
    extra = copy.deepcopy(manager.rows[1]._tr)
    manager.rows[1]._tr.addnext(extra)
    dh.set_cell(manager.rows[1].cells[0], "First comment")
    dh.set_cell(manager.rows[2].cells[0], "A second paragraph typed in a new row")
    result = import_file(_save(doc, path), registry)
    answers = result.draft.answers
    assert answers["comments.manager.initial.comment"] == "First comment"
    assert "A second paragraph typed in a new row" not in str(answers)
    assert any("A second paragraph typed in a new row" in u for u in result.unplaced)


def test_objective_columns_are_found_by_their_headers(council_copy, registry, dh):
    path, doc = council_copy()
    objectives = dh.find_table(doc, "Specific Objectives")
    header, first = objectives.rows[0], objectives.rows[1]
    # By When and By Whom swapped round (a person dragged the column).
    dh.set_cell(header.cells[2], "By Whom")
    dh.set_cell(header.cells[3], "By When")
    for cell, text in zip(first.cells, ["Learn BSL", "Level 1", "Me", "June 2027"], strict=True):
        dh.set_cell(cell, text)
    result = import_file(_save(doc, path), registry)
    row = result.draft.answers["objectives.items"][0]
    assert (row["objective"], row["next_steps"], row["by_when"], row["by_whom"]) == (
        "Learn BSL",
        "Level 1",
        "June 2027",
        "Me",
    )
    assert result.unplaced == []


def test_a_table_whose_columns_cannot_be_told_apart_is_reported(council_copy, registry, dh):
    path, doc = council_copy()
    objectives = dh.find_table(doc, "Specific Objectives")
    dh.set_cell(objectives.rows[0].cells[2], "When / Who")  # headers rewritten: no way to tell
    dh.set_cell(objectives.rows[0].cells[3], "")
    objectives.add_column(objectives.columns[0].width)  # and a fifth column added
    for cell, text in zip(objectives.rows[1].cells, ["Learn BSL", "Level 1", "June", "Me", "?"], strict=True):
        dh.set_cell(cell, text)
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["objectives.items"] == []
    assert any("do not line up with the form's columns: Learn BSL" in u for u in result.unplaced)


@pytest.mark.parametrize(
    ("typed", "answer", "comment", "report"),
    [
        ("Not yet", "no", "yet", "“Not yet” was read as No, with “yet” kept as the comment"),
        ("✓", "yes", "", "“✓” was read as Yes"),
        ("Met – see audit", "yes", "see audit", "was read as Yes, with “see audit” kept as the comment"),
        ("N", "no", "", "“N” was read as No"),
        ("Yes", "yes", "", None),
        ("No – see comments", "no", "see comments", None),
    ],
)
def test_yes_no_words_that_needed_interpreting_are_listed(
    council_copy, registry, dh, typed, answer, comment, report
):
    path, doc = council_copy()
    dh.set_cell(dh.find_table(doc, "Practice Standards").rows[6].cells[2], typed)
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["standards.s6.manager"] == {"answer": answer, "comment": comment}
    if report is None:
        assert result.review == [] and result.complete
    else:
        assert len(result.review) == 1 and result.review[0].endswith(report), result.review
        assert "6. We will take into account" in result.review[0]
        assert not result.complete and ALL_PLACED not in result.report()


@pytest.mark.parametrize("typed", ["Yes and no", "No or yes", "Yes but not fully"])
def test_both_answers_at_once_is_not_read_as_either(council_copy, registry, dh, typed):
    path, doc = council_copy()
    dh.set_cell(dh.find_table(doc, "Practice Standards").rows[6].cells[2], typed)
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers["standards.s6.manager"] == {"answer": "", "comment": typed}
    assert any("could not tell Yes or No" in u and typed in u for u in result.unplaced)


def test_answers_typed_outside_the_tables_are_reported(council_copy, registry, dh):
    path, doc = council_copy()
    standards = dh.find_table(doc, "Practice Standards")
    note = copy.deepcopy(doc.paragraphs[0]._p)
    standards._tbl.addnext(note)
    from docx.text.paragraph import Paragraph

    para = Paragraph(note, doc.paragraphs[0]._parent)
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    para.add_run("Standard 4: I now write the child's words in every assessment.")
    result = import_file(_save(doc, path), registry)
    assert result.draft.answers.get("standards.s4.self", "") == ""
    assert any(
        "outside the tables" in u and "Standard 4: I now write the child's words" in u
        for u in result.unplaced
    )
    assert ALL_PLACED not in result.report()
