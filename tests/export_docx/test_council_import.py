"""The council's Word form (the shared blank fixture) filled in by hand → a draft, every value in place."""

from __future__ import annotations

import copy

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.export import import_file
from pdr_desktop.export.docx_reader import read_docx
from pdr_desktop.export.result import ImportSource

ANSWERS = {
    1: ("Consent is explained with a visual plan.\nI check understanding at every visit.", "Yes", "yes", ""),
    2: ("Children seen alone at every visit.", "yes", "yes", ""),
    3: ("Genograms in all my assessments.", "Y", "yes", ""),
    4: ("Lived experience written in the child's words.", "✓", "yes", ""),
    5: ("Trauma history considered.", "No", "no", ""),
    6: ("Cultural heritage considered.", "N", "no", ""),
    7: ("Plans are SMART.", "No – see comments", "no", "see comments"),
    8: (
        "Records within 3 days.",
        "Yes, excellent recording\nSeen in audit",
        "yes",
        "excellent recording\nSeen in audit",
    ),
    9: ("Supervision every 2 months.", "Met", "yes", ""),
    10: ("Oversight recorded.", "Partially – discuss", "", "Partially – discuss"),
}


def _fill_council_form(doc, dh) -> None:
    tables = doc.tables
    details = tables[0]
    for cell, text in zip(
        details.rows[1].cells, ["Jane O’Neill", "Family Support Worker", "12/09/2025", "2025–26"], strict=True
    ):
        dh.set_cell(cell, text)
    standards = tables[1]
    for number, (self_text, manager, _, _) in ANSWERS.items():
        dh.set_cell(standards.rows[number].cells[1], self_text)
        dh.set_cell(standards.rows[number].cells[2], manager)
    wider = tables[2]
    dh.set_cell(wider.rows[2].cells[0], "I chair the team's reflective group.")
    dh.set_cell(wider.rows[2].cells[1], "Yes")
    dh.set_cell(wider.rows[4].cells[0], "“Jane really listened” – parent")
    learning = tables[3]
    dh.set_cell(learning.rows[1].cells[1], "Restorative practice day 1")
    dh.set_cell(learning.rows[1].cells[2], "Day 2 in spring")
    dh.set_cell(learning.rows[4].cells[2], "Research in Practice webinars")
    objectives = tables[4]
    rows = [
        ("Finish MI course", "Book spring cohort", "March 2026", "Me"),
        ("Timely recording", "Friday mornings", "Ongoing", "Me and TM"),
        None,  # a blank row in the middle
        ("Lead an FGC", "Shadow Zoë", "June 2026", "Me"),
        None,
    ]
    for row, values in zip(objectives.rows[1:], rows, strict=True):
        if values:
            for cell, text in zip(row.cells, values, strict=True):
                dh.set_cell(cell, text)
    for values in [
        ("Peer mentor an ASYE", "Monthly", "August 2026", "Me"),
        None,
        ("Learn BSL", "Level 1", "2027", "Me"),
    ]:
        new = objectives.add_row()
        if values:
            for cell, text in zip(new.cells, values, strict=True):
                dh.set_cell(cell, text)
    practitioner = tables[5]
    dh.set_cell(practitioner.rows[1].cells[0], "A good year.\n\nHoping to lead an FGC.")
    for index, text in ((1, "Jane O’Neill"), (3, "Family Support Worker"), (5, "1 October 2025")):
        dh.set_cell(practitioner.rows[2].cells[index], text)
    manager = tables[6]
    dh.set_cell(manager.rows[4].cells[0], "Good progress at six months.")
    dh.set_cell(manager.rows[5].cells[1], "Sam Patel")
    dh.set_cell(tables[7].rows[0].cells[0], "Has the 'Wellbeing Action plan' been completed Yes")
    dh.set_cell(tables[8].rows[0].cells[0], "Signed (Practitioner): Jane O’Neill")
    dh.set_cell(tables[8].rows[0].cells[1], "Date: 20/07/2026")
    dh.set_cell(tables[9].rows[0].cells[0], "Signed (Manager):\nSam Patel")


@pytest.fixture
def filled(council_copy, dh):
    path, doc = council_copy()
    _fill_council_form(doc, dh)
    doc.save(str(path))
    return path


def test_every_hand_typed_value_lands_in_its_field(filled, registry):
    result = import_file(filled, registry)
    assert result.source is ImportSource.COUNCIL_DOCX
    a = result.draft.answers
    assert (
        a["details.name"],
        a["details.position"],
        a["details.date_updated"],
        a["details.period_covered"],
    ) == (
        "Jane O’Neill",
        "Family Support Worker",
        "2025-09-12",
        "2025–26",
    )
    for number, (self_text, _, answer, comment) in ANSWERS.items():
        assert a[f"standards.s{number}.self"] == self_text
        assert a[f"standards.s{number}.manager"] == {"answer": answer, "comment": comment}, number
    assert a["wider.self"] == "I chair the team's reflective group."
    assert a["wider.manager"] == {"answer": "yes", "comment": ""}
    assert a["wider.feedback"] == "“Jane really listened” – parent"
    assert a["learning.pmfp.self"] == "Restorative practice day 1"
    assert a["learning.pmfp.next"] == "Day 2 in spring"
    assert a["learning.other.next"] == "Research in Practice webinars"
    assert a["learning.core.self"] == ""
    assert a["comments.practitioner.initial.comment"] == "A good year.\n\nHoping to lead an FGC."
    assert a["comments.practitioner.initial.name"] == "Jane O’Neill"
    assert a["comments.practitioner.initial.position"] == "Family Support Worker"
    assert a["comments.practitioner.initial.date"] == "2025-10-01"
    assert a["comments.manager.six_month.comment"] == "Good progress at six months."
    assert a["comments.manager.six_month.name"] == "Sam Patel"
    assert a["comments.manager.initial.comment"] == ""
    assert a["wellbeing.action_plan"] == {"answer": "yes", "comment": ""}
    assert a["signoff.practitioner"] == {"name": "Jane O’Neill", "date": "2026-07-20"}
    assert a["signoff.manager"] == {"name": "Sam Patel", "date": ""}


def test_objectives_any_number_of_rows_blank_rows_skipped(filled, registry):
    rows = read_docx(filled, registry).draft.answers["objectives.items"]
    assert [(r["objective"], r["next_steps"], r["by_when"], r["by_whom"]) for r in rows] == [
        ("Finish MI course", "Book spring cohort", "March 2026", "Me"),
        ("Timely recording", "Friday mornings", "Ongoing", "Me and TM"),
        ("Lead an FGC", "Shadow Zoë", "June 2026", "Me"),
        ("Peer mentor an ASYE", "Monthly", "August 2026", "Me"),
        ("Learn BSL", "Level 1", "2027", "Me"),
    ]
    assert all(r["achieved"] is False and r["progress"] == {} and r["carried_from"] == "" for r in rows)


def test_unclear_yes_no_is_kept_as_comment_and_listed(filled, registry):
    result = read_docx(filled, registry)
    unclear = [u for u in result.unplaced if "could not tell Yes or No" in u]
    assert len(unclear) == 1 and "10. Every case" in unclear[0] and "Partially – discuss" in unclear[0]
    assert not result.complete


def test_text_outside_the_form_is_reported_with_where_it_was(council_copy, registry, dh):
    path, doc = council_copy()
    standards = doc.tables[1]
    dh.set_cell(standards.rows[1].cells[1], "Answer one")
    extra = standards.add_row()
    dh.set_cell(extra.cells[0], "11. My own extra standard")
    dh.set_cell(extra.cells[1], "Evidence for it")
    doc.add_paragraph("PS: please see the attached case notes.")
    table = doc.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Team targets"
    table.rows[1].cells[1].text = "95% of visits on time"
    dh.set_cell(doc.tables[0].rows[0].cells[0], "Name\n(as on payroll)")
    doc.save(str(path))
    result = read_docx(path, registry)
    assert result.draft.answers["standards.s1.self"] == "Answer one"
    joined = "\n".join(result.unplaced)
    # A row that belongs nowhere is one item, its cells joined as they read across.
    assert "table 2 (Practice Standards), row 12: 11. My own extra standard | Evidence for it" in joined
    assert "paragraph" in joined and "PS: please see the attached case notes." in joined
    assert "table 11, row 1: Team targets" in joined and "table 11, row 2: 95% of visits on time" in joined
    assert "beside “Name”: (as on payroll)" in joined
    assert len(result.unplaced) == 5


def test_tables_are_found_by_their_labels_not_their_position(council_copy, registry, dh):
    path, doc = council_copy()
    dh.set_cell(doc.tables[2].rows[4].cells[0], "Feedback typed in the moved table")
    dh.set_cell(doc.tables[1].rows[3].cells[1], "Standard three answer")
    body = doc.element.body
    wider, standards = doc.tables[2]._tbl, doc.tables[1]._tbl
    standards.addprevious(copy.deepcopy(wider))  # wider contribution now comes first …
    body.remove(wider)
    doc.save(str(path))
    result = read_docx(path, registry)
    assert result.draft.answers["wider.feedback"] == "Feedback typed in the moved table"
    assert result.draft.answers["standards.s3.self"] == "Standard three answer"
    assert result.unplaced == []


def test_merged_cells_are_read_once(council_copy, registry, dh):
    path, doc = council_copy()
    objectives = doc.tables[4]
    dh.set_cell(objectives.rows[1].cells[0], "Objective spanning two rows")
    merged = objectives.cell(1, 3).merge(objectives.cell(2, 3))  # "By Whom" merged down two rows
    dh.set_cell(merged, "Me and my manager")
    dh.set_cell(objectives.rows[2].cells[0], "Second objective")
    learning = doc.tables[3]
    both = learning.cell(2, 1).merge(learning.cell(2, 2))  # self-assessment and next steps merged
    dh.set_cell(both, "Core skills: one answer for both columns")
    doc.save(str(path))
    result = read_docx(path, registry)
    rows = result.draft.answers["objectives.items"]
    assert [(r["objective"], r["by_whom"]) for r in rows] == [
        ("Objective spanning two rows", "Me and my manager"),
        ("Second objective", ""),
    ]
    # One answer for two fields: which field it answers is not for the importer to guess.
    assert result.draft.answers.get("learning.core.self", "") == ""
    assert result.draft.answers.get("learning.core.next", "") == ""
    assert result.unplaced == [
        "table 4 (Learning and Development), row 3: one merged cell covers “My Self-assessment” and "
        "“Next Steps & Progress”; its text was not placed in either: Core skills: one answer for both columns"
    ]


def test_curly_quotes_dashes_and_spacing_in_labels_still_match(council_copy, registry, dh):
    path, doc = council_copy()
    standards = doc.tables[1]
    dh.set_cell(standards.rows[0].cells[2], "MANAGER  assessment – (standards have been met Yes / No)")
    dh.set_cell(
        standards.rows[7].cells[0],
        "7. All children have a plan which explains what needs to happen; by when; by whom…",
    )
    dh.set_cell(standards.rows[7].cells[1], "Answer seven")
    dh.set_cell(
        doc.tables[7].rows[0].cells[0], "Has the ‘Wellbeing Action plan’ been completed Yes / No   No"
    )
    doc.save(str(path))
    result = read_docx(path, registry)
    assert result.draft.answers["standards.s7.self"] == "Answer seven"
    assert result.draft.answers["wellbeing.action_plan"] == {"answer": "no", "comment": ""}


def test_the_blank_form_imports_as_an_empty_draft(registry, dh):
    result = read_docx(dh.blank_form, registry)
    assert result.source is ImportSource.COUNCIL_DOCX
    assert result.unplaced == []
    assert all(
        v in ("", [], {"answer": "", "comment": ""}, {"name": "", "date": ""})
        for v in result.draft.answers.values()
    )


def test_an_unrelated_word_document_is_refused(tmp_path, registry):
    import docx

    path = tmp_path / "letter.docx"
    doc = docx.Document()
    doc.add_paragraph("Dear colleague, …")
    doc.add_table(rows=2, cols=2).rows[0].cells[0].text = "Budget"
    doc.save(str(path))
    with pytest.raises(
        DraftFileError, match=r"letter\.docx.*does not look like a Performance Conversation form"
    ):
        read_docx(path, registry)


def _split_table(doc, table, first_rows: int) -> None:
    """Split a table in two after `first_rows` rows, as Word does when someone breaks it at a page."""
    rest = copy.deepcopy(table._tbl)
    for tr in table._tbl.tr_lst[first_rows:]:
        table._tbl.remove(tr)
    for tr in rest.tr_lst[:first_rows]:
        rest.remove(tr)
    gap = copy.deepcopy(doc.paragraphs[0]._p)
    for child in list(gap):
        gap.remove(child)
    table._tbl.addnext(gap)
    gap.addnext(rest)


def test_tables_split_in_two_are_read_as_one(council_copy, registry, dh):
    path, doc = council_copy()
    standards, objectives = doc.tables[1], doc.tables[4]
    for number in range(1, 11):
        dh.set_cell(standards.rows[number].cells[1], f"Answer {number}")
    for index, row in enumerate(objectives.rows[1:], start=1):
        dh.set_cell(row.cells[0], f"Objective {index}")
    _split_table(doc, objectives, 3)  # header + 2 objectives | 3 objectives
    _split_table(doc, standards, 6)  # header + standards 1-5 | standards 6-10
    doc.save(str(path))
    assert len(docx.Document(str(path)).tables) == 12
    result = read_docx(path, registry)
    assert [result.draft.answers[f"standards.s{n}.self"] for n in range(1, 11)] == [
        f"Answer {n}" for n in range(1, 11)
    ]
    assert [r["objective"] for r in result.draft.answers["objectives.items"]] == [
        f"Objective {n}" for n in range(1, 6)
    ]
    assert result.unplaced == []
    assert not any("Not found" in n for n in result.notes)


def test_a_missing_row_is_noted(council_copy, registry, dh):
    path, doc = council_copy()
    standards = doc.tables[1]
    standards._tbl.remove(standards.rows[4]._tr)
    doc.save(str(path))
    result = read_docx(path, registry)
    assert any(
        n.startswith("Not found in the document: Practice Standards › 4. Assessments") for n in result.notes
    )


_TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=120
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(self_text=_TYPED, feedback=_TYPED, objective=_TYPED)
def test_whatever_is_typed_in_an_answer_cell_is_what_is_imported(
    tmp_path_factory, council_copy, dh, self_text, feedback, objective
):
    from pdr_desktop.forms import default_registry

    path, doc = council_copy(f"typed-{tmp_path_factory.mktemp('t').name}.docx")
    dh.set_cell(doc.tables[1].rows[5].cells[1], self_text)
    dh.set_cell(doc.tables[2].rows[4].cells[0], feedback)
    dh.set_cell(doc.tables[4].rows[2].cells[0], objective)
    doc.save(str(path))
    result = read_docx(path, default_registry())
    assert result.unplaced == []
    assert result.draft.answers["standards.s5.self"] == self_text.strip()
    assert result.draft.answers["wider.feedback"] == feedback.strip()
    objectives = [r["objective"] for r in result.draft.answers["objectives.items"]]
    assert objectives == ([objective.strip()] if objective.strip() else [])


def _legacy_check_box(paragraph, checked: bool) -> None:
    """A Word 97-style FORMCHECKBOX field, as older council templates use."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    state = '<w:checked w:val="1"/>' if checked else ""
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            f'<w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>'
            "</w:ffData></w:fldChar></w:r>"
        )
    )
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:instrText> FORMCHECKBOX </w:instrText></w:r>"))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def test_check_boxes_answer_yes_no_questions(council_copy, registry, dh):
    path, doc = council_copy()
    cell = doc.tables[7].rows[0].cells[0]
    answer = cell.add_paragraph("Yes ")
    _legacy_check_box(answer, checked=False)
    answer.add_run(" No ")
    _legacy_check_box(answer, checked=True)
    dh.set_cell(doc.tables[1].rows[1].cells[2], "Yes ☐  No ☒\nNeeds consent forms on file")
    symbol = doc.tables[1].rows[2].cells[2].paragraphs[0]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    symbol._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>'))
    symbol.add_run(" Yes")
    doc.save(str(path))
    result = read_docx(path, registry)
    assert result.draft.answers["wellbeing.action_plan"] == {"answer": "no", "comment": ""}
    assert result.draft.answers["standards.s1.manager"] == {
        "answer": "no",
        "comment": "Needs consent forms on file",
    }
    assert result.draft.answers["standards.s2.manager"] == {"answer": "yes", "comment": ""}
    assert result.unplaced == []
