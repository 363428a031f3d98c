"""Our DOCX edited (objectives deleted, added, moved; a cell edited), then re-saved by real LibreOffice,
directly and through ODT: the right objectives come back, and the report says exactly what happened.
"""

from __future__ import annotations

import docx
import pytest

from pdr_desktop.cli import main
from pdr_desktop.export import import_file
from pdr_desktop.export.result import ALL_PLACED, ImportSource

OBJECTIVES = "Specific Objectives for next year"

pytestmark = pytest.mark.slow


@pytest.fixture
def edited(export, sample_draft, dh):
    """The sample exported, then in Word: objective 2 deleted, one added, objective 5 moved to the top,
    objective 3's By When edited."""
    path = export(sample_draft)
    document = docx.Document(str(path))
    table = dh.find_table(document, OBJECTIVES)
    groups = dh.objective_groups(table)
    dh.set_cell(dh.unique_cells(groups[2][0])[2], "Autumn 2026")
    for row in groups[1]:
        table._tbl.remove(row._tr)
    header = table.rows[0]._tr
    for row in reversed(groups[4]):
        header.addnext(row._tr)
    new = table.add_row()
    for cell, text in zip(
        dh.unique_cells(new), ["Learn BSL level 1", "Evening class", "June 2027", "Me"], strict=True
    ):
        dh.set_cell(cell, text)
    document.save(str(path))
    return path


def _expected(sample_draft):
    exported = sample_draft.answers["objectives.items"]
    third = {**exported[2], "by_when": "Autumn 2026"}
    return [exported[4], exported[0], third, exported[3], exported[5], exported[6]]


def test_libreoffice_resave_keeps_the_draft_and_the_objectives_identity(
    libreoffice, edited, registry, sample_draft
):
    result = import_file(libreoffice(edited, "docx"), registry)
    assert result.source is ImportSource.APP_DOCX
    rows = result.draft.answers["objectives.items"]
    assert rows[:6] == _expected(sample_draft)
    assert (
        rows[6]["objective"] == "Learn BSL level 1" and rows[6]["progress"] == {} and not rows[6]["achieved"]
    )
    assert "objective 3 › By When: edited in Word" in "\n".join(result.changes)
    assert any(
        c.endswith("objective 7 › Specific Objectives for next year: added in Word") for c in result.changes
    )
    assert len(result.review) == 1 and "objective 2 “Improve the timeliness" in result.review[0]
    assert result.unplaced == [] and result.lost == []
    assert result.draft.review == sample_draft.review
    assert ALL_PLACED not in result.report()


def test_through_odt_the_tables_give_back_the_objectives_and_the_report_says_what_was_lost(
    libreoffice, edited, registry, sample_draft, tmp_path, capsys
):
    back = libreoffice(libreoffice(edited, "odt"), "docx")
    result = import_file(back, registry)
    assert result.source is ImportSource.APP_DOCX_TABLES
    assert "the data inside was removed by another program; read from the tables" in result.notes[0]
    rows = result.draft.answers["objectives.items"]
    assert rows[:6] == _expected(sample_draft)  # progress and Achieved read back from the drawn bars
    assert rows[6]["objective"] == "Learn BSL level 1" and rows[6]["progress"] == {}
    # Every answer is back; the review state from the document's properties; only signatures are lost.
    assert {k: v for k, v in result.draft.answers.items() if k != "objectives.items"} == {
        k: v for k, v in sample_draft.answers.items() if k != "objectives.items"
    }
    assert result.draft.review == sample_draft.review
    assert len(result.lost) == 1 and "signature records" in result.lost[0]
    assert result.unplaced == []
    # The rows' marks survive ODT: the deletion, the addition and the move are still reported.
    assert (
        len(result.review) == 1
        and "objective 2 of the exported copy is no longer in the document" in (result.review[0])
    )
    assert any("objective 7 › Specific Objectives for next year: added in Word" in c for c in result.changes)
    assert any(
        "objective 5 of the exported copy was moved in Word; it is now objective 1" in c
        for c in result.changes
    )
    assert main(["import", str(back), "-o", str(tmp_path / "back.pdr")]) == 1
    out = capsys.readouterr().out
    assert "removed by another program" in out and ALL_PLACED not in out


def test_an_unedited_export_through_odt_loses_nothing_but_the_signature_records(
    libreoffice, export, registry, sample_draft
):
    back = libreoffice(libreoffice(export(sample_draft), "odt"), "docx")
    result = import_file(back, registry)
    assert result.draft.answers == sample_draft.answers
    assert result.draft.review == sample_draft.review
    assert result.unplaced == [] and result.review == []
    assert result.lost and not result.complete
