"""Tracked changes (w:ins / w:del, as Word writes them): read as accepted, and every one listed.

A deletion must never vanish silently, nor an insertion be taken silently: each is in the
report, with its author and where it was, and the report then never says "Everything was placed".
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pdr_desktop.cli import main
from pdr_desktop.export import import_file
from pdr_desktop.export.result import ALL_PLACED

WHEN = 'w:date="2026-07-21T10:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _inserted(text: str, author: str = "Sam Patel", rid: int = 1) -> str:
    return f'<w:ins w:id="{rid}" w:author="{author}" {WHEN}>{_run(text)}</w:ins>'


def _deleted(text: str, author: str = "Sam Patel", rid: int = 2) -> str:
    return (
        f'<w:del w:id="{rid}" w:author="{author}" {WHEN}><w:r>'
        f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def _write(cell, *pieces: str) -> None:
    """Replace the cell's text with runs and tracked changes, as Word saves them."""
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]._p
    for run in p.findall(f"{{{p.nsmap['w']}}}r"):
        p.remove(run)
    for piece in pieces:
        p.append(parse_xml(f"<w:wrap {nsdecls('w')}>{piece}</w:wrap>")[0])


def _track_row(row, kind: str, author: str = "Ana Silva") -> None:
    """Mark a whole table row inserted or deleted with tracking on (its runs too, as Word does)."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="30" w:author="{author}" {WHEN}/>'))
    for cell in row.cells:
        for para in cell.paragraphs:
            for r in list(para._p.r_lst):
                if kind == "del":
                    for t in r.findall(f"{{{r.nsmap['w']}}}t"):
                        t.tag = f"{{{r.nsmap['w']}}}delText"
                wrapper = parse_xml(f'<w:{kind} {nsdecls("w")} w:id="31" w:author="{author}" {WHEN}/>')
                r.addprevious(wrapper)
                wrapper.append(r)


def test_insertions_and_deletions_in_an_answer_are_read_as_accepted_and_listed(council_copy, registry, dh):
    path, doc = council_copy()
    standards = dh.find_table(doc, "Practice Standards")
    _write(
        standards.rows[1].cells[1],
        _run("I explain consent "),
        _inserted("at every visit"),
        _deleted(" sometimes"),
    )
    _write(standards.rows[1].cells[2], _deleted("Yes", rid=3), _inserted("No", rid=4))
    doc.save(str(path))
    result = import_file(path, registry)
    answers = result.draft.answers
    assert answers["standards.s1.self"] == "I explain consent at every visit"
    assert answers["standards.s1.manager"] == {"answer": "no", "comment": ""}
    where = "Practice Standards › 1. All families understand the reason for involvement fro…"
    manager = f"{where} › Manager assessment (standards have been met Yes/No): tracked change"
    assert result.review == [
        f"{where} › My Self-assessment: tracked change, inserted by Sam Patel: “at every visit”",
        f"{where} › My Self-assessment: tracked change, deleted by Sam Patel: “sometimes”",
        f"{manager}, deleted by Sam Patel: “Yes”",
        f"{manager}, inserted by Sam Patel: “No”",
    ]
    assert not result.complete and ALL_PLACED not in result.report()


def test_a_row_deleted_with_tracking_on_is_not_imported_but_listed(council_copy, registry, dh):
    path, doc = council_copy()
    objectives = dh.find_table(doc, "Specific Objectives")
    for row, name in zip(objectives.rows[1:3], ["Finish MI course", "Shadow an FGC"], strict=True):
        dh.set_cell(row.cells[0], name)
    _track_row(objectives.rows[1], "del")
    _track_row(objectives.rows[2], "ins")
    doc.save(str(path))
    result = import_file(path, registry)
    assert [r["objective"] for r in result.draft.answers["objectives.items"]] == ["Shadow an FGC"]
    joined = "\n".join(result.review)
    assert "tracked change, deleted (the whole row) by Ana Silva: “Finish MI course”" in joined
    assert (
        "objective 1 › Specific Objectives for next year: tracked change, inserted by Ana Silva: "
        "“Shadow an FGC”" in joined
    )


def test_tracked_changes_outside_the_tables_and_in_labels_are_listed(council_copy, registry, dh):
    path, doc = council_copy()
    para = doc.paragraphs[1]
    para._p.append(parse_xml(f"<w:wrap {nsdecls('w')}>{_inserted(' (read before the meeting)')}</w:wrap>")[0])
    header = dh.find_table(doc, "Name").rows[0].cells[3]
    _write(header, _run("Period Covered"), _deleted(" (financial year)", author="IT"))
    doc.save(str(path))
    result = import_file(path, registry)
    joined = "\n".join(result.review)
    assert (
        "paragraph 2 (outside the tables): tracked change, inserted by Sam Patel: “(read before the meeting)”"
        in joined
    )
    assert "table 1 (Details), row 1: tracked change, deleted by IT: “(financial year)”" in joined
    # The inserted words outside the tables are themselves text with no field.
    assert any("(read before the meeting)" in u for u in result.unplaced)


def test_cli_import_exits_1_when_tracked_changes_need_a_look(council_copy, dh, tmp_path, capsys):
    path, doc = council_copy()
    standards = dh.find_table(doc, "Practice Standards")
    _write(standards.rows[2].cells[1], _run("Seen alone"), _deleted(" mostly"))
    doc.save(str(path))
    assert main(["import", str(path), "-o", str(tmp_path / "a.pdr")]) == 1
    out = capsys.readouterr().out
    assert "tracked change, deleted by Sam Patel: “mostly”" in out and ALL_PLACED not in out
    clean_path, clean = council_copy("clean.docx")
    dh.set_cell(dh.find_table(clean, "Practice Standards").rows[2].cells[1], "Seen alone")
    clean.save(str(clean_path))
    assert main(["import", str(clean_path), "-o", str(tmp_path / "b.pdr")]) == 0
    assert ALL_PLACED in capsys.readouterr().out


def test_tracked_changes_in_our_own_export_are_listed_with_the_edit(export, registry, sample_draft, dh):
    import docx

    path = export(sample_draft)
    doc = docx.Document(str(path))
    cell = dh.find_table(doc, "Wider Contribution").rows[2].cells[0]
    _write(cell, _run("I chair the reflective group"), _inserted(" every month", author="Tomáš Dąbrowski"))
    doc.save(str(path))
    result = import_file(path, registry)
    assert result.draft.answers["wider.self"] == "I chair the reflective group every month"
    assert result.changes == ["Wider Contribution and feedback › My Self-assessment: edited in Word"]
    assert result.review == [
        "Wider Contribution and feedback › My Self-assessment: tracked change, inserted by Tomáš Dąbrowski: "
        "“every month”"
    ]
