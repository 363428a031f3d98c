"""draft → DOCX → draft and draft → PDF → draft give back the very same draft, however awkward it is.

Covers what a person (or a pasted document) can put in a draft that the exports cannot print
as-is: XML-illegal control characters, lone surrogates (a draft file may hold one as a JSON
escape), CRLF, tabs, outer spaces, very long words; and the year's state the tables cannot
show: progress on every round of 50 objectives, signatures changed since signing, and a
carried-forward draft's reference notes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdr_desktop.drafts import codec, read_draft, write_draft
from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.export import export_draft, import_file
from pdr_desktop.forms import FieldType, default_registry
from pdr_desktop.forms.model import Role
from pdr_desktop.review import signing
from pdr_desktop.review.carry_forward import carry_forward
from pdr_desktop.review.progress import scaling_rounds

FORMATS = ("docx", "pdf")
AWKWARD = (
    "  leading and trailing spaces  \r\nWindows line\rold Mac line\n\ttabbed\t"
    "\x00nul \x0bvertical tab \x0cform feed \x1b escape "
    "lone \ud800 and \udfff surrogates, \ufffe non-character, "
    + "Pneumonoultramicroscopicsilicovolcanoconiosis"
    * 40
)


def _round_trip(form, registry, draft: Draft, tmp_path, fmt: str) -> None:
    path = tmp_path / f"round-trip.{fmt}"
    export_draft(form, draft, path, fmt)
    result = import_file(path, registry)
    assert result.changes == [] and result.unplaced == []
    assert codec.dumps(result.draft) == codec.dumps(draft)
    assert result.draft == draft


def _every_field(form, text: str) -> Draft:
    draft = Draft.new(form)
    for fld in form.fields.values():
        if fld.type is FieldType.YESNO:
            draft.set(fld, {"answer": "no", "comment": text})
        elif fld.type is FieldType.SIGNATURE:
            draft.set(fld, {"name": text, "date": "2026-07-20"})
        elif fld.type is FieldType.ROWS:
            row = empty_row(fld) | {col.id: text for col in fld.columns}
            draft.set(fld, [row])
        else:
            draft.set(fld, text)
    return draft


@pytest.mark.parametrize("fmt", FORMATS)
def test_awkward_text_in_every_field_comes_back_exactly(form, registry, tmp_path, fmt):
    _round_trip(form, registry, _every_field(form, AWKWARD), tmp_path, fmt)


def test_a_draft_holding_a_lone_surrogate_can_be_saved_and_read_again(form, registry, tmp_path):
    # json.loads accepts "\ud800"; before the fix such a draft opened but could never be saved.
    draft = _every_field(form, "before \ud800 after")
    path = tmp_path / "surrogate.pdr"
    write_draft(draft, path)
    assert path.read_bytes().decode("utf-8")  # always valid UTF-8 on disk
    assert read_draft(path, registry) == draft
    assert signing.sign(form, draft, Role.PRACTITIONER, "Zoë", "2026-07-20")


@pytest.mark.parametrize("fmt", FORMATS)
def test_fifty_objectives_with_progress_on_every_round(form, registry, sample_draft, tmp_path, fmt):
    fld = form.rows_field()
    rounds = scaling_rounds(form)
    rows = []
    for index in range(50):
        row = empty_row(fld) | {col.id: f"{col.label} {index + 1}" for col in fld.columns}
        row["progress"] = {
            r: {"scale": (index + n) % 11, "note": f"note {index} {r}"} for n, r in enumerate(rounds)
        }
        row["achieved"] = index % 3 == 0
        row["carried_from"] = "Carried forward from 2024–2025 (draft 1234abcd)" if index % 5 == 0 else ""
        rows.append(row)
    sample_draft.set(fld, rows)
    _round_trip(form, registry, sample_draft, tmp_path, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_signed_then_changed_draft(form, registry, sample_draft, tmp_path, fmt):
    signing.sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    signing.sign(form, sample_draft, Role.MANAGER, "Tomáš Dąbrowski", "2026-07-21")
    sample_draft.answers["learning.core.next"] = "Changed after signing"
    _round_trip(form, registry, sample_draft, tmp_path, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_carried_forward_draft_keeps_its_reference(form, registry, sample_draft, tmp_path, fmt):
    fld = form.rows_field()
    rows = sample_draft.get(fld)
    rows[0]["achieved"] = False
    sample_draft.set(fld, rows)
    new = carry_forward(form, sample_draft)
    assert new.meta["reference"]["comments"]
    _round_trip(form, registry, new, tmp_path, fmt)


# A high then a low surrogate is one character to every JSON reader ("\ud800\udc00" is U+10000),
# so no file, and no draft loaded from one, can hold that pair as two separate code points.
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
# Any Unicode, plus what st.text() leaves out or rarely draws: lone surrogates and C0 controls.
_ANY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.integers(0xD800, 0xDFFF).map(chr),
        st.integers(0, 0x1F).map(chr),
    ),
    max_size=40,
).filter(lambda text: not _PAIR.search(text))


@settings(
    max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_ANY, fmt=st.sampled_from(FORMATS), answer=st.sampled_from(["yes", "no", ""]))
def test_any_text_in_every_field_round_trips_through_both_formats(tmp_path_factory, text, fmt, answer):
    registry = default_registry()
    form = registry.get("portsmouth-early-help-2022")
    draft = _every_field(form, text)
    draft.set(form.field("standards.s1.manager"), {"answer": answer, "comment": text})
    draft.meta["reference"] = {"comments": {"practitioner": {"text": text}}}
    _round_trip(form, registry, draft, tmp_path_factory.mktemp("any"), fmt)
