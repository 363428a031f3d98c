"""Whatever a person types comes back exactly: every field type, any Unicode, any length."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pdr_desktop.drafts import Draft, dumps, loads, read_draft, write_draft
from pdr_desktop.forms import FieldType, default_registry

# Any Unicode except lone surrogates (not encodable as UTF-8 by any editor either).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
SPECIAL = [
    "line one\nline two\r\nline three\ttabbed",
    "Siobhán Ó Dálaigh, Łukasz, Zoë, Tomáš Dąbrowski",
    "emoji 👩🏽‍⚕️👨‍👩‍👧 and a flag 🇬🇧",
    "עברית ومرحبا بالعالم mixed with English",
    "x" * 100_000,
    "",
    "   ",
    '{"format": "pdr-desktop-draft"} "quotes" \\ backslash \u0000 nul',
]


def fill(form, text: str, n: int) -> Draft:
    draft = Draft.new(form)
    for fld in form.fields.values():
        value = f"{text}{n}" if n % 2 else text
        if fld.type is FieldType.YESNO:
            draft.set(fld, {"answer": ("yes", "no", "")[n % 3], "comment": value})
        elif fld.type is FieldType.SIGNATURE:
            draft.set(fld, {"name": value, "date": text})
        elif fld.type is FieldType.ROWS:
            draft.set(
                fld,
                [
                    {c.id: value for c in fld.columns}
                    | {
                        "achieved": bool(n % 2),
                        "progress": {"six_month": {"scale": n % 11, "note": text}},
                        "carried_from": text,
                    }
                ]
                * (1 + n % 3),
            )
        else:
            draft.set(fld, value)
    draft.meta["note"] = text
    return draft


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, n=st.integers(min_value=0, max_value=10))
@example(text=SPECIAL[0], n=0)
@example(text=SPECIAL[1], n=1)
@example(text=SPECIAL[2], n=2)
@example(text=SPECIAL[3], n=3)
@example(text=SPECIAL[4], n=4)
@example(text=SPECIAL[5], n=5)
@example(text=SPECIAL[6], n=6)
@example(text=SPECIAL[7], n=7)
def test_draft_round_trips_through_json(text, n):
    registry = default_registry()
    form = registry.get("portsmouth-early-help-2022")
    draft = fill(form, text, n)
    again = loads(dumps(draft), registry)
    assert again == draft


def test_round_trip_through_a_real_file(tmp_path, registry, sample_draft):
    path = tmp_path / "Siobhán Ó Dálaigh.pdr"
    write_draft(sample_draft, path)
    assert read_draft(path, registry) == sample_draft
