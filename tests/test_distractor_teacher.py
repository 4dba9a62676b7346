"""Issue 13, session 17: faults a strict teacher found in items built from fresh texts, each rule with its test.

The sentences are written for these tests (none is from the held-out texts): a gap inside a term in straight
quotes, an adjective key used as an adverbial, a noun key the dictionary's first sense makes a verb, three
distractors of one field the key is not of, and a stem cut inside a list.
"""
from __future__ import annotations

import random

import pytest

from .conftest import built_gap


@pytest.mark.parametrize(("sentence", "answer"), [
    ('老师常说"健康第一"，我们都记住了。', "健康"),
    ('他们常常讨论"健康"这个词的意思，我们也讨论。', "健康"),
])
def test_no_gap_inside_straight_quotes(sentence, answer):
    """Straight quotes around a short term (叫"压岁钱") mark it as a term like “…” does: no gap inside."""
    from quizgen.items.open_slots import unsure_slot

    assert unsure_slot(built_gap(sentence, answer)) == "in-title"


def test_straight_quotes_closed_before_the_gap_do_not_count():
    """An even number of straight quotes before the gap: the quotation is closed, the gap is outside it."""
    from quizgen.items import attested

    assert attested.in_title('他说"你好"，然后', '地走了。') == ""
    assert attested.in_title('他说"我们', '"。') == '"我们"'


def test_adjective_key_before_a_verb_is_not_gapped():
    """北方人＿吃面食 (主要) offered 安全/聪明/整个: an adjective modifying a verb takes no ordinary adjectives,
    and the manner words that could stand there all fit."""
    from quizgen.items.open_slots import unsure_slot

    assert unsure_slot(built_gap("南方人主要吃米饭，也喜欢喝汤。", "主要")) == "adverbial-adjective"


def test_adjective_before_a_complement_of_change_is_a_predicate():
    """幸福起来: the adjective is the predicate, 起来 no verb it modifies (change_complement in slot_words.tsv)."""
    from quizgen.items.open_slots import unsure_slot

    assert unsure_slot(built_gap("他的生活渐渐幸福起来了。", "幸福")) != "adverbial-adjective"


def test_noun_in_context_with_a_verb_first_sense_is_not_a_verb_slot():
    """，＿却出乎人意料 (结果: CC-CEDICT's first sense 'to bear fruit') took the verbs 说明/利用/结合: jieba tags it
    'n' in context and Cilin files it with nouns, so the slot is no verb slot."""
    from quizgen.items.open_slots import unsure_slot

    assert unsure_slot(built_gap("我以为他会来，结果却没有来。", "结果")) == "verb-slot-noun-voted"


def test_odd_field_names_the_field_of_all_options_but_the_key():
    from quizgen.items import neighbours as nb

    assert nb.odd_field("品质", "伤口", "疾病", "流感") == "Dl"
    assert nb.odd_field("身体", "眼睛", "头发", "耳朵") == ""  # the body parts share the key's field


def test_distractors_do_not_make_the_key_the_odd_one_out():
    """注重生活＿ (品质) got 疾病/流感/伤口, three illnesses: the key is the one option of another field."""
    from quizgen.items import distractors as dx
    from quizgen.items import neighbours as nb

    got = dx.distractors(built_gap("现在很多人越来越注重生活品质。", "品质"), "2025", random.Random(0))
    assert got is None or not nb.odd_field("品质", *got)


def test_no_stem_cut_inside_a_list():
    """A long sentence cut before 以及 (…生病的学生，老人， / 以及…的小孩子): neither piece is a clause."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.select import item_spans

    text = ("那年冬天，学校里的老师们每天都很忙，他们要照顾很多生病的学生，老人，"
            "以及那些刚刚从很远的农村来到这个城市上学的小孩子，这是一件很不容易的事情。\n")
    doc = analyze_text(text, "k.txt", 6)
    assert doc.sentences[0].clauses  # overlong: cut into pieces
    assert not [s.text for s in item_spans(doc) if "以及" in s.text or s.text.endswith("老人，")]


def test_adjective_before_a_verbal_noun_head_is_an_open_attribute():
    """取得了＿突破 (重要) offered 年轻/干净/聪明: 突破 is a noun here (n + v), and an attribute of it takes 重大 as
    well, so the slot is open like 产生了＿兴趣."""
    from quizgen.items.open_slots import unsure_slot

    assert unsure_slot(built_gap("这家公司去年取得了重要突破。", "重要")) == "open-attribute"
