"""Issue 13, session 19: faults a strict teacher found in items built from a new held-out draw, each rule with its
test.

The sentences are written for these tests (none is from the held-out texts): a slot whose neighbour takes many
words of the key's own kind (so the distractors left are of kinds no reader weighs), a gap inside a bracketed tag,
and a noun key whose clause ends in a colon.
"""
from __future__ import annotations

import pytest

from .conftest import built_gap


def _why(sentence: str, answer: str) -> str:
    from quizgen.items.open_slots import unsure_slot

    return unsure_slot(built_gap(sentence, answer))


def test_neighbour_taking_the_keys_kind_opens_the_slot():
    """煞有介事地写＿。 (文章) offered 价格/小组/条件: 写 is attested with 作文, 日记, 序言 — every word of the key's kind
    fits after 写, so the options left are of kinds no reader weighs."""
    assert _why("他每天晚上都写文章。", "文章") == "open-kind"


def test_neighbour_attested_with_the_key_alone_leaves_the_slot_narrow():
    """迎接挑战 is attested, but with no other verb of 迎接's kind: one attested pair shows nothing about the kind."""
    assert _why("我们要勇敢迎接新的挑战。", "迎接") != "open-kind"


def test_open_kind_counts_words_of_the_keys_class():
    """地方 is attested after 哪些, 什么, 老 (pronouns, an adjective, filed in Cilin with 联合's kinds): they say nothing
    about the verbs that stand before 地方."""
    assert _why("我们要联合地方企业一起发展。", "联合") != "open-kind"


@pytest.mark.parametrize("sentence", ["今天阳光很好[鲜花]，大家都出去玩了。", "今天阳光很好【鲜花】，大家都出去玩了。"])
def test_gap_inside_a_bracketed_tag_is_not_asked(sentence):
    """[鲜花] is a post's emoticon code: a gap inside it asks for a piece of a tag the sentence does not constrain."""
    assert _why(sentence, "鲜花") == "in-title"


def test_bracket_closed_before_the_gap_is_no_tag():
    assert _why("[图]今天的鲜花很便宜。", "鲜花") != "in-title"


def test_noun_key_before_a_final_colon_is_not_asked():
    """他们的主要＿是： (做法) offered 原因/后果: the list that decides the key comes after the stem, and 原因 fits it."""
    assert _why("他们的主要做法是：", "做法") == "colon-end"


def test_noun_key_with_its_predicate_in_the_stem_is_asked():
    assert _why("他们的主要做法是加强管理。", "做法") != "colon-end"
