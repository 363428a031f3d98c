"""Objectives in our own DOCX are read back by identity: deleted, added, moved and edited rows.

The issue's case: an objective deleted and one added in Word made 34 fields "edited" and
handed the new objective the old one's Achieved tick and scores.
"""

from __future__ import annotations

import copy

import docx
from docx.oxml.ns import qn

from pdr_desktop.export import import_file
from pdr_desktop.export.result import ALL_PLACED, ImportSource

OBJECTIVES = "Specific Objectives for next year"


def _remove(table, group) -> None:
    for row in group:
        if row is not None:
            table._tbl.remove(row._tr)


def _edit(path, edit) -> None:
    document = docx.Document(str(path))
    edit(document)
    document.save(str(path))


def _add_objective(table, dh, texts) -> None:
    row = table.add_row()
    for cell, text in zip(dh.unique_cells(row), texts, strict=True):
        dh.set_cell(cell, text)


def test_deleting_one_and_adding_one_keeps_everyone_elses_progress(export, registry, sample_draft, dh):
    path = export(sample_draft)
    exported = sample_draft.answers["objectives.items"]

    def edit(document):
        table = dh.find_table(document, OBJECTIVES)
        _remove(table, dh.objective_groups(table)[1])
        _add_objective(table, dh, ["Learn BSL level 1", "Evening class", "June 2027", "Me"])

    _edit(path, edit)
    result = import_file(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert rows[:6] == [exported[0], *exported[2:]]  # each keeps its own progress and Achieved tick
    new = rows[6]
    assert new["objective"] == "Learn BSL level 1" and new["by_when"] == "June 2027"
    assert new["progress"] == {} and new["achieved"] is False and new["carried_from"] == ""
    assert result.changes == [
        "Objectives › Specific Objectives for next year › objective 7 › Specific Objectives for next year: "
        "added in Word"
    ]
    assert len(result.review) == 1
    assert result.review[0].startswith(
        "Specific Objectives for next year: objective 2 “Improve the timeliness of my case recording so that "
    )
    assert "was deleted in Word; with it went: Six Month Review: 4/10" in result.review[0]
    assert result.unplaced == [] and ALL_PLACED not in result.report()


def test_rows_moved_in_word_keep_their_identity(export, registry, sample_draft, dh):
    path = export(sample_draft)
    exported = sample_draft.answers["objectives.items"]

    def edit(document):
        table = dh.find_table(document, OBJECTIVES)
        fifth = dh.objective_groups(table)[4]
        header = table.rows[0]._tr
        for row in reversed([r for r in fifth if r is not None]):
            header.addnext(row._tr)  # moving the element moves the row, as cut and paste does

    _edit(path, edit)
    result = import_file(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert rows == [exported[4], *exported[:4], *exported[5:]]
    assert result.review == [] and result.unplaced == []
    assert any(
        "objective 5 “Build my knowledge of exploitation" in c and "is now objective 1" in c
        for c in result.changes
    )
    assert not any("edited in Word" in c for c in result.changes)


def test_a_copied_row_is_a_new_objective_with_no_progress(export, registry, sample_draft, dh):
    path = export(sample_draft)
    exported = sample_draft.answers["objectives.items"]

    def edit(document):
        table = dh.find_table(document, OBJECTIVES)
        first, progress = dh.objective_groups(table)[0]
        copies = [copy.deepcopy(first._tr), copy.deepcopy(progress._tr)]
        # Word gives a pasted copy no bookmark (names are unique); a cruder tool may copy it too.
        for element in copies:
            for mark in element.iter(qn("w:bookmarkStart")):
                mark.set(qn("w:name"), mark.get(qn("w:name")) + "_copy")
        table._tbl.append(copies[0])
        table._tbl.append(copies[1])
        new_first = table.rows[-2]
        dh.set_cell(dh.unique_cells(new_first)[0], "Mentor a new starter")

    _edit(path, edit)
    result = import_file(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert rows[:7] == exported
    assert rows[7]["objective"] == "Mentor a new starter"
    assert rows[7]["progress"] == {} and rows[7]["achieved"] is False
    assert any("progress under a new objective (not taken" in u for u in result.unplaced)


def test_an_edited_cell_is_the_only_change(export, registry, sample_draft, dh):
    path = export(sample_draft)
    exported = sample_draft.answers["objectives.items"]

    def edit(document):
        table = dh.find_table(document, OBJECTIVES)
        third = dh.objective_groups(table)[2][0]
        dh.set_cell(dh.unique_cells(third)[2], "15/09/2026")

    _edit(path, edit)
    result = import_file(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert rows[2] == {**exported[2], "by_when": "2026-09-15"}
    assert rows[:2] + rows[3:] == exported[:2] + exported[3:]
    assert result.changes == [
        "Objectives › Specific Objectives for next year › objective 3 › By When: edited in Word"
    ]
    assert result.complete and result.report().endswith(ALL_PLACED)


def test_text_cleared_from_an_objective_row_deletes_it_with_a_report(export, registry, sample_draft, dh):
    path = export(sample_draft)

    def edit(document):
        table = dh.find_table(document, OBJECTIVES)
        for cell in dh.unique_cells(dh.objective_groups(table)[3][0]):
            dh.set_cell(cell, "")

    _edit(path, edit)
    result = import_file(path, registry)
    titles = [r["objective"][:20] for r in result.draft.answers["objectives.items"]]
    assert len(titles) == 6 and "Use genograms and so" not in titles
    assert any(
        "objective 4 “Use genograms and sociograms" in r and "deleted in Word" in r for r in result.review
    )


def test_without_bookmarks_rows_are_matched_only_by_identical_text(export, registry, sample_draft, dh):
    path = export(sample_draft)
    exported = sample_draft.answers["objectives.items"]

    def edit(document):
        body = document.element.body
        for mark in list(body.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"))):
            mark.getparent().remove(mark)
        table = dh.find_table(document, OBJECTIVES)
        _remove(table, dh.objective_groups(table)[0])
        dh.set_cell(dh.unique_cells(dh.objective_groups(table)[0][0])[0], "Improve my recording (reworded)")

    _edit(path, edit)
    result = import_file(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert rows[1:] == exported[2:]  # the untouched ones keep their progress
    # A reworded row without its mark cannot be proven to be the old one: new, and the old one is listed.
    assert rows[0]["objective"] == "Improve my recording (reworded)" and rows[0]["progress"] == {}
    deleted = [r for r in result.review if "deleted in Word" in r]
    assert len(deleted) == 2 and "objective 1 “Complete the Motivational" in deleted[0]


def test_by_when_dates_print_the_uk_way_and_read_back_unchanged(export, registry, sample_draft, dh):
    sample_draft.answers["objectives.items"][0]["by_when"] = "2026-02-15"
    path = export(sample_draft)
    table = dh.find_table(docx.Document(str(path)), OBJECTIVES)
    assert dh.unique_cells(dh.objective_groups(table)[0][0])[2].text == "15/02/2026"
    result = import_file(path, registry)
    assert result.source is ImportSource.APP_DOCX
    assert result.draft.answers["objectives.items"][0]["by_when"] == "2026-02-15"
    assert result.changes == [] and result.complete
