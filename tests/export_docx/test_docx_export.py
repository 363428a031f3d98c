"""The exported DOCX, read back with python-docx: every answer in the right table and cell."""

from __future__ import annotations

import zipfile

import docx
from docx.shared import Cm

from pdr_desktop.drafts.model import Draft
from pdr_desktop.export.text_values import yesno_text
from pdr_desktop.forms.model import Role
from pdr_desktop.review import signing


def _row_by_label(dh, table, label: str) -> list[str]:
    for row in table.rows:
        cells = [c.text for c in dh.unique_cells(row)]
        if cells and cells[0] == label:
            return cells
    raise AssertionError(f"no row labelled {label!r}")


def test_details_table_holds_name_position_date_and_period(export, sample_draft, dh):
    document = docx.Document(str(export(sample_draft)))
    table = dh.find_table(document, "Name")
    assert dh.rows_text(table) == [
        ["Name", "Position", "Date Updated", "Period Covered"],
        ["Siobhán Ó Dálaigh", "Early Help Practitioner", "15/07/2026", "September 2025 to August 2026"],
    ]


def test_each_practice_standard_row_has_self_assessment_and_manager_answer(export, form, sample_draft, dh):
    document = docx.Document(str(export(sample_draft)))
    table = dh.find_table(document, "Practice Standards")
    assert [c.text for c in dh.unique_cells(table.rows[0])] == [
        "Practice Standards",
        "My Self-assessment",
        "Manager assessment (standards have been met Yes/No)",
    ]
    section = form.section("standards")
    assert len(table.rows) == 1 + len(section.groups)
    for group in section.groups:
        cells = _row_by_label(dh, table, group.label)
        assert cells[1] == sample_draft.answers[f"standards.{group.id}.self"]
        manager = sample_draft.answers[f"standards.{group.id}.manager"]
        assert cells[2] == f"Yes\n{manager['comment']}" == yesno_text(manager)


def test_wider_contribution_and_feedback(export, sample_draft, dh):
    document = docx.Document(str(export(sample_draft)))
    rows = dh.rows_text(dh.find_table(document, "Wider Contribution"))
    answers = sample_draft.answers
    assert rows[1] == ["My Self-assessment", "Manager assessment (standards have been met Yes/No)"]
    assert rows[2] == [answers["wider.self"], yesno_text(answers["wider.manager"])]
    assert rows[3] == ["Professional, young person and family feedback"]
    assert rows[4] == [answers["wider.feedback"]]


def test_learning_rows(export, form, sample_draft, dh):
    document = docx.Document(str(export(sample_draft)))
    table = dh.find_tables(document, "")[3]  # the learning table's first header cell is empty
    assert [c.text for c in dh.unique_cells(table.rows[0])] == [
        "",
        "My Self-assessment",
        "Next Steps & Progress",
    ]
    for group in form.section("learning").groups:
        cells = _row_by_label(dh, table, group.label)
        assert cells[1:] == [
            sample_draft.answers[f"learning.{group.id}.self"],
            sample_draft.answers[f"learning.{group.id}.next"],
        ]


def test_objectives_with_progress_achieved_and_carried_forward(export, form, sample_draft, dh):
    rows = sample_draft.answers["objectives.items"]
    rows[1]["carried_from"] = "2024–25 conversation"
    document = docx.Document(str(export(sample_draft)))
    table = dh.find_table(document, "Specific Objectives for next year")
    texts = dh.rows_text(table)
    assert texts[0] == ["Specific Objectives for next year", "Next Steps", "By When", "By Whom"]
    body = texts[1:]
    objective_rows = [r for r in body if len(r) == 4]
    extra_rows = [r[0] for r in body if len(r) == 1]
    assert objective_rows == [[r["objective"], r["next_steps"], r["by_when"], r["by_whom"]] for r in rows]
    assert len(extra_rows) == len(rows)
    first = extra_rows[0]
    six = rows[0]["progress"]["six_month"]
    # The bar is a row of ten cells (a small table), the score and note plain text beside and under it.
    assert f"Six Month Review | {six['scale']}/10\n{six['note']}" in _progress_text(table, 0, dh)
    assert first.splitlines()[-1] == "Achieved"  # objective 1 is achieved in the sample
    assert not {"■", "□"} & set(first)
    assert "Achieved" not in extra_rows[1]
    assert "Carried forward from 2024–25 conversation" in extra_rows[1]
    bars = _bar_cells(table, 0, dh)
    assert len(bars) == 2 and [sum(fill is not None for fill in bar) for bar in bars] == [
        rows[0]["progress"][r]["scale"] for r in ("six_month", "final")
    ]


def _extra_cells(table, dh):
    return [dh.unique_cells(row)[0] for row in table.rows[1:] if len(dh.unique_cells(row)) == 1]


def _progress_text(table, index, dh) -> str:
    from pdr_desktop.export.docx_parse import block

    return block(_extra_cells(table, dh)[index]._tc).text


def _bar_cells(table, index, dh) -> list[list[str | None]]:
    """Each bar's ten cells: their fill colour, None when empty."""
    from docx.oxml.ns import qn

    nested = _extra_cells(table, dh)[index].tables[0]
    out = []
    for row in nested.rows:
        cells = dh.unique_cells(row)
        if len(cells) < 12:
            continue  # a note row
        fills = []
        for cell in cells[1:11]:
            shd = cell._tc.tcPr.find(qn("w:shd"))
            fills.append(shd.get(qn("w:fill")) if shd is not None else None)
        out.append(fills)
    return out


def test_comment_blocks_for_both_roles_and_all_rounds(export, form, sample_draft, dh):
    document = docx.Document(str(export(sample_draft)))
    answers = sample_draft.answers
    for role, header in (("practitioner", "Practitioner’s comments"), ("manager", "Manager comments")):
        rows = dh.rows_text(dh.find_table(document, header))
        assert len(rows) == 9
        for index, round_id in enumerate(form.round_ids()):
            base = f"comments.{role}.{round_id}"
            assert rows[3 * index + 1] == [answers[f"{base}.comment"]]
            name_row = rows[3 * index + 2]
            assert name_row[0] == f"Name of {role.title()}"
            assert name_row[1] == answers[f"{base}.name"]
            assert name_row[3] == answers[f"{base}.position"]
            y, m, d = answers[f"{base}.date"].split("-")
            assert name_row[5] == f"{d}/{m}/{y}"


def test_wellbeing_and_signatures(export, form, sample_draft, dh):
    signing.unsign(sample_draft, Role.MANAGER)  # the manager's block typed in, not signed in the app
    signing.sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    digest = sample_draft.signatures["practitioner"]["fingerprint"]
    document = docx.Document(str(export(sample_draft)))
    wellbeing = dh.find_table(document, "Has the 'Wellbeing Action plan'").rows[0].cells[0].text
    assert wellbeing.splitlines()[1] == "Yes"
    signed = dh.rows_text(dh.find_table(document, "Signed (Practitioner):"))
    # The fingerprint sits in the signature's own cell, so it can never be printed apart from it.
    assert signed == [
        [
            "Signed (Practitioner):\nSiobhán Ó Dálaigh\n"
            f"Integrity check, not a signature (SHA-256): {digest}",
            "Date:\n20/07/2026",
        ]
    ]
    manager = dh.rows_text(dh.find_table(document, "Signed (Manager):"))
    assert manager == [
        ["Signed (Manager):\nTomáš Dąbrowski", "Date:\n20/07/2026"]
    ]  # typed, not signed in the app


def test_signature_shows_what_changed_since_signing(export, form, sample_draft, dh):
    signing.sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    sample_draft.answers["wider.feedback"] = "Rewritten after signing."
    document = docx.Document(str(export(sample_draft)))
    cell = dh.find_table(document, "Signed (Practitioner):").rows[0].cells[0]
    changed = [p.text for p in cell.paragraphs if p.text.startswith("Changed since signed: ")]
    assert changed == [
        "Changed since signed: Wider Contribution and feedback › "
        "Professional, young person and family feedback"
    ]


def test_empty_draft_prints_no_none_and_keeps_the_form(export, form, dh):
    path = export(Draft.new(form))
    document = docx.Document(str(path))
    everything = [p.text for p in document.paragraphs] + [
        c.text for t in document.tables for row in t.rows for c in row.cells
    ]
    assert not any("None" in text for text in everything)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert ">None<" not in xml
    assert len(document.tables) == 10
    objectives = dh.find_table(document, "Specific Objectives for next year")
    assert dh.rows_text(objectives)[1:] == [["", "", "", ""]] * 5  # the form's five empty rows


def test_a4_portrait_with_header_and_page_numbers(export, sample_draft):
    document = docx.Document(str(export(sample_draft)))
    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert section.left_margin >= Cm(1.5)
    header = section.header.paragraphs[0].text
    assert "Siobhán Ó Dálaigh" in header and "September 2025 to August 2026" in header
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and 'w:fldCharType="begin"' in footer_xml
    assert section.footer.paragraphs[0].text.startswith("Page ")


def test_custom_xml_part_is_present_and_related_from_the_document(export, sample_draft):
    path = export(sample_draft)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        items = [
            n for n in names if n.startswith("customXml/item") and "Props" not in n and n.endswith(".xml")
        ]
        ours = [n for n in items if b"urn:pdr-desktop:draft" in archive.read(n)]
        assert len(ours) == 1, items
        item = archive.read(ours[0]).decode("utf-8")
        number = ours[0].removeprefix("customXml/item").removesuffix(".xml")
        assert f"customXml/itemProps{number}.xml" in names
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
        item_rels = archive.read(f"customXml/_rels/item{number}.xml.rels").decode("utf-8")
        content_types = archive.read("[Content_Types].xml").decode("utf-8")
    assert sample_draft.draft_id in item
    assert "relationships/customXml" in rels and f"../{ours[0]}" in rels
    assert "customXmlProps" in item_rels
    assert "customXmlProperties+xml" in content_types


def test_header_cells_are_shaded_and_tables_bordered(export, sample_draft, dh):
    document = docx.Document(str(export(sample_draft)))
    table = dh.find_table(document, "Practice Standards")
    assert table.style.name == "Table Grid"
    head = table.rows[0].cells[0]._tc.xml
    assert "w:shd" in head and 'w:fill="D9E2F3"' in head
    assert "w:tblHeader" in table.rows[0]._tr.xml  # repeats on each page the table runs onto
    value = table.rows[1].cells[1]._tc.xml
    assert "w:shd" not in value


def test_long_text_is_one_paragraph_per_line(export, form, sample_draft, dh):
    sample_draft.answers["wider.feedback"] = "First line\n\nThird line after a blank"
    document = docx.Document(str(export(sample_draft)))
    cell = dh.find_table(document, "Wider Contribution").rows[4].cells[0]
    assert [p.text for p in cell.paragraphs] == ["First line", "", "Third line after a blank"]


def test_export_replaces_an_existing_file_and_leaves_no_temp_files(form, sample_draft, tmp_path):
    from pdr_desktop.export.docx_writer import write_docx

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "export.docx"
    target.write_text("old contents")
    write_docx(form, sample_draft, target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in folder.iterdir()] == ["export.docx"]


def test_layout_comes_from_the_form_definition(form, sample_draft, tmp_path, dh):
    """Change the definition's layout and the document follows: no per-section code in the writer."""
    from dataclasses import replace

    from pdr_desktop.export.docx_writer import write_docx
    from pdr_desktop.forms.model import LayoutItem

    learning = form.section("learning")
    layout = tuple(
        replace(item, heading="Learning and Growth") if item.heading else item for item in learning.layout
    )
    layout += (LayoutItem(paragraph="Added by IT in the form definition."),)
    changed = replace(
        form, sections=tuple(replace(s, layout=layout) if s.id == "learning" else s for s in form.sections)
    )
    path = tmp_path / "changed.docx"
    write_docx(changed, sample_draft, path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Learning and Growth" in paragraphs and "Learning and Development" not in paragraphs
    assert "Added by IT in the form definition." in paragraphs
