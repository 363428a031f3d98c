"""set_draft fills every widget from a draft, emits nothing, and the widgets give the same values back."""

from __future__ import annotations

import pytest

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role

from .conftest import SECTION_IDS


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_set_draft_round_trips_every_value(make_page, form, sample_draft, section_id):
    page = make_page(section_id, Draft.new(form))
    emitted: list[str] = []
    page.edited.connect(emitted.append)
    page.set_draft(sample_draft)
    assert emitted == []
    assert page.draft is sample_draft
    checked = 0
    for fld in form.section(section_id).fields:
        expected = sample_draft.get(fld)
        assert expected not in ("", [], None), f"sample has no {fld.id}"
        assert page.editors[fld.id].value() == expected, fld.id
        checked += 1
    assert checked == len(form.section(section_id).fields)


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_set_draft_with_an_empty_draft_clears_the_widgets(make_page, form, sample_draft, section_id):
    page = make_page(section_id, sample_draft)
    empty = Draft.new(form)
    page.set_draft(empty)
    for fld in form.section(section_id).fields:
        value = page.editors[fld.id].value()
        if isinstance(value, list):  # the objectives table shows the form's empty rows
            assert all(not any(str(row[c.id]) for c in fld.columns) for row in value)
            assert len(value) == fld.min_rows
        else:
            assert value == empty.get(fld), fld.id
    assert empty.answers == {}  # loading wrote nothing


def test_non_ascii_text_survives_the_widgets(make_page, form, sample_draft):
    page = make_page("details", Draft.new(form))
    sample_draft.answers["details.name"] = "Siobhán Ó Dálaigh – Zoë 📝"
    page.set_draft(sample_draft)
    assert page.editors["details.name"].line.text() == "Siobhán Ó Dálaigh – Zoë 📝"


def test_a_page_built_on_a_filled_draft_shows_it_for_the_manager_too(make_page, form, sample_draft):
    page = make_page("standards", sample_draft, Role.MANAGER)
    editor = page.editors["standards.s1.self"]
    assert editor.value() == sample_draft.answers["standards.s1.self"]
    assert editor.edit.isReadOnly()
    assert not page.editors["standards.s1.manager"].yes.property("locked")
