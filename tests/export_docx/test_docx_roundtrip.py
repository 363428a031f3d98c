"""draft → DOCX → draft gives back exactly the draft that was exported."""

from __future__ import annotations

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdr_desktop.drafts import codec
from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.export import export_draft, import_file
from pdr_desktop.export.docx_reader import read_docx
from pdr_desktop.export.result import ImportSource
from pdr_desktop.forms.model import Role
from pdr_desktop.review import progress, signing


def _round_trip(export, registry, draft: Draft):
    result = read_docx(export(draft), registry)
    assert result.source is ImportSource.APP_DOCX
    assert result.changes == [] and result.unplaced == [] and result.notes == []
    assert codec.dumps(result.draft) == codec.dumps(draft)
    assert result.draft == draft
    return result


def test_sample_draft_round_trips_exactly(export, registry, sample_draft):
    _round_trip(export, registry, sample_draft)


def test_empty_draft_round_trips_exactly(export, registry, form):
    _round_trip(export, registry, Draft.new(form))


def test_signed_draft_with_later_change_round_trips(export, registry, form, sample_draft):
    signing.sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    signing.sign(form, sample_draft, Role.MANAGER, "Tomáš Dąbrowski", "2026-07-21")
    sample_draft.answers["standards.s3.self"] = "Changed after both signed."
    result = _round_trip(export, registry, sample_draft)
    assert not signing.signature_status(form, result.draft, Role.PRACTITIONER).valid


def test_fifty_thousand_character_answer(export, registry, form, sample_draft):
    words = "Reflective supervision helped me see the family's strengths. "
    sample_draft.answers["standards.s1.self"] = (words * 900)[:50_000]
    sample_draft.answers["wider.feedback"] = "x" * 50_000
    _round_trip(export, registry, sample_draft)


def test_emoji_rtl_and_awkward_characters(export, registry, form, sample_draft):
    sample_draft.answers["details.name"] = "Zoë 🌈 O’Brien-Nguyễn"
    sample_draft.answers["standards.s2.self"] = (
        "שלום — مرحبا بكم 👨‍👩‍👧 family\n\tindented line  with trailing spaces   \n\n"
        '<b>not markup</b> & "quotes" ]]> {json}'
    )
    sample_draft.answers["wider.manager"] = {"answer": "no", "comment": "لا – see comments 🙂"}
    sample_draft.answers["comments.manager.final.comment"] = "Windows line ends\r\nsurvive\rtoo"
    sample_draft.answers["learning.core.next"] = (
        "Bell\x07 and form-feed\x0c characters are dropped from the page"
    )
    result = _round_trip(export, registry, sample_draft)
    assert result.draft.answers["learning.core.next"] == sample_draft.answers["learning.core.next"]


def test_fifty_objectives_with_progress(export, registry, form, dh):
    draft = Draft.new(form)
    fld = form.field("objectives.items")
    rows = []
    for index in range(50):
        row = empty_row(fld)
        row.update(
            objective=f"Objective {index + 1}: practise something new",
            next_steps=f"Step {index + 1}",
            by_when="Ongoing" if index % 3 else "2026-03-31",
            by_whom="Me",
            carried_from="2024–25" if index % 7 == 0 else "",
        )
        rows.append(row)
    draft.set(fld, rows)
    for index in range(0, 50, 4):
        progress.set_progress(form, draft, index, "six_month", index % 11, f"Note {index}")
        progress.set_achieved(form, draft, index, index % 8 == 0)
    path = export(draft)
    table = dh.find_table(docx.Document(str(path)), "Specific Objectives for next year")
    assert sum(1 for row in table.rows if len(dh.unique_cells(row)) == 4) == 51
    _round_trip(export, registry, draft)


def test_facade_exports_and_imports_docx(form, registry, sample_draft, tmp_path):
    path = export_draft(form, sample_draft, tmp_path / "via-facade.docx", "docx")
    result = import_file(path, registry)
    assert result.draft == sample_draft
    assert "Everything was placed." in result.report()


@pytest.mark.parametrize("round_id", ["initial", "six_month", "final"])
def test_review_state_comes_back(export, registry, form, sample_draft, round_id):
    sample_draft.review.current_round = round_id
    sample_draft.meta["reference"] = f"PDR-{round_id}"
    assert _round_trip(export, registry, sample_draft).draft.review.current_round == round_id


def test_export_that_lost_its_embedded_draft_still_reads_every_answer(
    export, registry, sample_draft, tmp_path
):
    """Some tools drop custom XML parts; the tables alone then give back every answer, progress included."""
    import zipfile

    source = export(sample_draft)
    stripped = tmp_path / "stripped.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("customXml/item") and b"urn:pdr-desktop:draft" in data:
                data = b"<unrelated/>"
            out.writestr(info, data)
    result = read_docx(stripped, registry)
    assert result.source is ImportSource.APP_DOCX_TABLES
    assert result.unplaced == []
    assert result.draft.answers == sample_draft.answers
    # What only the embedded draft carried is listed, and the report never claims otherwise.
    assert "removed by another program; read from the tables" in result.notes[0]
    assert result.draft.review == sample_draft.review  # kept in the document's properties too
    assert len(result.lost) == 1 and "signature records" in result.lost[0]
    assert not result.complete and "Everything was placed" not in result.report()


_ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"), max_size=200
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    self_text=_ANY_TEXT,
    name=_ANY_TEXT,
    comment=_ANY_TEXT,
    answer=st.sampled_from(["yes", "no", ""]),
    by_when=_ANY_TEXT,
)
def test_any_text_round_trips(tmp_path_factory, self_text, name, comment, answer, by_when):
    from pdr_desktop.export.docx_writer import write_docx
    from pdr_desktop.forms import default_registry

    registry = default_registry()
    form = registry.get("portsmouth-early-help-2022")

    draft = Draft.new(form)
    draft.answers["standards.s5.self"] = self_text
    draft.answers["details.name"] = name
    draft.answers["standards.s5.manager"] = {"answer": answer, "comment": comment}
    row = empty_row(form.field("objectives.items"))
    row.update(objective=self_text, by_when=by_when)
    draft.answers["objectives.items"] = [row]
    path = tmp_path_factory.mktemp("prop") / "any.docx"
    write_docx(form, draft, path)
    result = read_docx(path, registry)
    assert result.changes == [] and result.unplaced == []
    assert result.draft == draft
