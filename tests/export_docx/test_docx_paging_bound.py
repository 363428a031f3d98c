"""docx_paging.at_most_lines: the quick bound too_long trusts must never be below the real count."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pdr_desktop.export import docx_paging as paging

WORDS = st.text(alphabet=st.sampled_from("aiWM@lé.,—中ب "), min_size=1, max_size=14)
TEXTS = st.lists(st.lists(WORDS, max_size=60).map(" ".join), min_size=1, max_size=6).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.floats(min_value=20, max_value=520))
def test_the_bound_is_never_below_the_lines_wrapping_gives(text, width):
    assert paging.at_most_lines(text, width) >= paging.lines_of(text, width)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.floats(min_value=20, max_value=520))
def test_too_long_answers_as_counting_the_lines_does(text, width):
    assert paging.too_long(text, width) == (paging.lines_of(text, width) > paging.ROW_LIMIT)


def test_a_word_wider_than_the_line_leaves_it_to_wrapping():
    assert paging.at_most_lines("x" * 200, 100) == math.inf


def test_a_typical_answer_is_settled_by_the_bound_and_a_long_one_is_not():
    answer = "We met every month and agreed the plan. " * 6
    assert paging.at_most_lines(answer, 300) <= paging.ROW_LIMIT
    assert not paging.too_long(answer, 300)
    long_answer = "\n".join([answer] * 8)
    assert paging.at_most_lines(long_answer, 300) > paging.ROW_LIMIT
    assert paging.too_long(long_answer, 300)
