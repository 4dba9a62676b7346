"""Issue 13, session 18: faults a strict teacher found in items built from a new held-out draw, each rule with its
test.

The sentences are written for these tests (none is from the held-out texts): a key used as a word of another
class than its options (a verb after a classifier, an adjective heading a noun phrase, an adjective taking an
object), a bare adjective predicate, and a verb closing a list.
"""
from __future__ import annotations

import pytest

from .conftest import built_gap


def _why(sentence: str, answer: str) -> str:
    from quizgen.items.open_slots import unsure_slot

    return unsure_slot(built_gap(sentence, answer))


def test_verb_after_a_classifier_is_a_noun():
    """没有一丝＿和沉思 (感动) offered 有着/包含/错过: after 一丝 the key is a noun, its verb options are not."""
    assert _why("看完这部电影，他心里没有一丝感动。", "感动") == "nominal-after-classifier"


def test_verb_before_its_object_is_not_after_a_classifier():
    assert _why("他们每天都认真学习汉语。", "学习") != "nominal-after-classifier"


@pytest.mark.parametrize(("sentence", "answer"), [
    ("如果不早点准备，到时候会出现很大的混乱。", "混乱"),
    ("人民之艰辛，谁都看得见。", "艰辛"),
])
def test_adjective_heading_a_noun_phrase_is_not_gapped(sentence, answer):
    """出现不可收拾的＿； (混乱) offered 杰出/惊人/坚定, 百姓之＿， (艰辛) 潮湿/精美: the key is a noun there."""
    assert _why(sentence, answer) == "adjective-as-noun"


def test_adjective_before_the_noun_it_modifies_is_no_noun_head():
    assert _why("这是一个很混乱的地方。", "混乱") != "adjective-as-noun"


def test_adjective_with_an_aspect_particle_and_an_object_is_a_verb():
    """心里＿了不信任感 (充满, tagged 'a') offered the adjectives 有利/同一/平等: with 了 and an object it is a verb."""
    assert _why("听到这个消息，大家心里充满了希望。", "充满") == "adjective-with-object"


def test_adjective_with_a_final_le_takes_no_object():
    assert _why("天气慢慢暖和了。", "暖和") != "adjective-with-object"


@pytest.mark.parametrize(("sentence", "answer"), [
    ("城里的图书馆很多，可是农村却不普遍。", "普遍"),
    ("这几年，他们家的生活日渐富裕。", "富裕"),
])
def test_bare_adjective_predicate_is_open(sentence, answer):
    """国内却不＿。 (普遍: 积极 fits), 都市也会日渐＿。 (显著: 富裕 fits): a bare predicate after an adverb takes
    most adjectives of its subject's kind."""
    assert _why(sentence, answer) == "open-predicate"


def test_adjective_before_its_noun_is_no_predicate():
    assert _why("我们住在一个普遍的小区里。", "普遍") != "open-predicate"


def test_verb_closing_a_list_is_one_of_its_members():
    """渗透、蒸发及＿ (保存) offered 公布/培养/批准: the last member of a list after 、…及 takes any word of the
    list's kind, whatever its class."""
    assert _why("这些水果要经过清洗、晾干及包装。", "包装") == "enumeration"


def test_verb_after_ji_without_a_list_is_not_a_member():
    assert _why("大家一起讨论及决定了这件事。", "决定") != "enumeration"


def test_verb_that_cilin_files_with_nouns_only_is_not_gapped():
    """蒸发的冷却＿来调节气候 (作用: CC-CEDICT 'to act on' first, Cilin Da and Df only) took 受伤/收入/报道."""
    assert _why("水分蒸发能起冷却作用来调节气温。", "作用") == "verb-filed-as-noun"


def test_adverb_use_of_an_adjective_filed_with_adverbs():
    """您＿和我不是一路人 (确实, tagged 'ad'; Cilin Eb and Ka) took 严格/危险/卫生: the key is an adverb there."""
    assert _why("他确实和别人不一样。", "确实") == "adverb-use"


def test_adjective_closing_its_clause_is_no_adverb_use():
    assert _why("这个消息很确实。", "确实") != "adverb-use"


def test_noun_after_a_letter_code_is_part_of_a_name():
    """走完美国最著名的AT＿ (路线) offered 地位/天空/区域: AT路线 names one trail."""
    assert _why("他们去年一起走完了AT路线。", "路线") == "in-name"


def test_institution_after_a_verb_of_going_is_an_open_place():
    """去＿排队 (银行) offered 工厂/学院/球场: one queues at any of them; an institution after 去/到/在 is a place."""
    assert _why("昨天下午我去银行排队了。", "银行") == "open-place"


def test_verb_opening_its_clause_before_an_adverb_is_its_subject():
    """但＿已经正常进行 (急诊) offered 邮寄/往返/改正: an act as a clause's subject takes any other act."""
    assert _why("考试还没开始，但报名已经结束了。", "报名") == "verb-as-subject"


def test_verb_after_its_subject_is_no_verb_subject():
    assert _why("考试还没开始，我们已经报名了。", "报名") != "verb-as-subject"
