"""drafts/json_text.dumps_indented writes exactly what json.dumps(…, ensure_ascii=False, indent=2)
writes (every saved draft and every embedded copy goes through it)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pdr_desktop.drafts import codec
from pdr_desktop.drafts.json_text import dumps_indented

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_KEYS = st.text() | st.integers() | st.none() | st.booleans() | st.floats()
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner) | st.tuples(inner, inner) | st.dictionaries(_KEYS, inner),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_the_same_text_as_json_dumps(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_draft_saves_as_it_did(sample_draft):
    expected = json.dumps(codec.draft_to_json(sample_draft), ensure_ascii=False, indent=2) + "\n"
    assert codec.dumps(sample_draft) == expected


def test_what_json_cannot_write_is_refused_as_json_refuses_it():
    with pytest.raises(TypeError):
        dumps_indented({"when": object()})
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_indented(loop)
