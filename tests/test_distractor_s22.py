"""Issue 13, session 22: an adjective-and-noun key read as a noun is no choice item.

The sentences are written for these tests (none is from the held-out texts). On fresh draw 10704 the strict hand
check found 战胜各种＿ (困难, tagged both 'a' and 'n') against 痛苦/方便/容易: the noun, among adjectives, and
痛苦 fits (战胜各种痛苦).
"""
from __future__ import annotations

import random

import pytest

from quizgen.items import distractors as dx

from .conftest import built_gap

# (sentence, key): the key is the noun there
NOUN_READINGS = [
    ("我们一定能战胜各种困难。", "困难"),  # after a word of quantity
    ("这次旅行遇到了许多困难。", "困难"),
    ("合作最大的困难是时间不够。", "困难"),  # after 的
]


@pytest.mark.parametrize(("sentence", "key"), NOUN_READINGS)
def test_an_adjective_and_noun_key_read_as_a_noun_is_not_asked(sentence, key):
    gap = built_gap(sentence, key)
    assert {"a", "n"} <= gap.answer_class
    assert dx.unsure_slot(gap) == "adjective-as-noun"
    assert dx.distractors(gap, "2025", random.Random(0)) is None


def test_the_same_key_as_a_predicate_is_still_judged():
    """After a degree adverb 困难 is the adjective: the rule does not refuse the slot."""
    gap = built_gap("这个问题非常困难。", "困难")
    assert {"a", "n"} <= gap.answer_class
    assert dx.unsure_slot(gap) != "adjective-as-noun"
