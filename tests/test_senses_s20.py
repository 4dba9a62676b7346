"""Senses in context from the session-20 held-out draws (issue 11, seeds 20101/20102), both scripts. The sentences
were written for these tests; each row fails when its rule (a data row or a mechanism) is removed
(bench/mutation_check.py, entries s20-*)."""
from __future__ import annotations

import pytest

from .conftest import assert_gloss, token_of

# (sentence, token, the gloss must start with this (None: no gloss), a text the gloss must not hold)
SENSES = [
    # the adverb slot: a time word with an adverb sense between an adverb or pronoun and a verb
    ("他们已先后参观了三个工厂。", "先后", "in succession", None),
    ("這家公司已先後設計了兩艘船。", "先後", "in succession", None),
    ("他们先后来到北京。", "先后", "in succession", None),
    ("要分清先后。", "先后", "early or late", None),
    # an entry that is mostly a variant of another writing of the word defers to it (閑 'enclosure')
    ("等你闲了再来找我。", "闲", "idle", "enclosure"),
    ("小心坏人把孩子拐了去。", "拐", "to turn", "cane"),
    # a noun-tagged word between a subject pronoun and a place: the verb
    ("他建議台灣學生多讀書。", "建議", "to propose", None),
    ("他建议上海学生多读书。", "建议", "to propose", None),
    ("他提出了三条建议。", "建议", "proposal", None),
    # rows of context_senses.tsv
    ("这件事我有十分把握。", "把握", "assurance", "to grasp"),
    ("他对考试没有把握。", "把握", "assurance", "to grasp"),
    ("要把握机会。", "把握", "to grasp", None),
    ("等闲了咱们再说话儿罢。", "等闲", None, None),
    ("大家很快就能恢复正常生活。", "生活", "life", "to live"),
    ("他们在北京生活了十年。", "生活", "to live", None),
    ("他们开发了一种软件。", "开发", "to develop", None),
    ("他又打破了纪录。", "纪录", "record (best performance)", None),
    ("他又打破了紀錄。", "紀錄", "record (best performance)", None),
    ("她穿了一条性感的裙子。", "性感", "sexy", None),
]


@pytest.mark.parametrize("sentence,word,wanted,unwanted", SENSES)
def test_sense_in_context(sentence, word, wanted, unwanted):
    assert_gloss(token_of(sentence, word).gloss, wanted, unwanted)


# the failures session 19 left: rows, the chiasmus cut and the edition labels
LEFT = [
    ("学校把优秀教师的称号颁发给他。", "颁发", "to award", None),
    ("政府颁发了新的规定。", "颁发", "to issue", None),
    ("这家公司有甲级资质证书。", "资质", "qualification", "aptitude"),
    ("这孩子资质很好。", "资质", "aptitude", None),
    ("来的乃是当日同僚张先生。", "当日", "in those days", None),
    ("会议当日就结束了。", "当日", "on that day", None),
    ("此皆信手拈来随笔成趣。", "随笔", None, None),
    ("我喜欢读他的随笔。", "随笔", "essay", None),
    ("专家说人不传人，大家就放心了。", "传人", None, None),
    ("他是太极拳的传人。", "传人", "a disciple", None),
    ("庚辰双行夹批：略用套语一束。", "庚辰", None, None),
    ("甲戌侧批：盖言如鬼如蜮也。", "甲戌", None, None),
    ("甲戌年春天他来了。", "甲戌", "eleventh year", None),
]


@pytest.mark.parametrize("sentence,word,wanted,unwanted", LEFT)
def test_session_19_leftovers(sentence, word, wanted, unwanted):
    test_sense_in_context(sentence, word, wanted, unwanted)


# written after the session's measure (seed 20103) was judged
AFTER_MEASURE = [
    ("只有你能帮我。", "只有", "only", "only if"),
    ("在河里从事运输。", "从事", "to engage in", "to go for"),
    ("他们在后院看戏。", "戏", "drama", None),
    ("我们终于可以松口气了。", "口气", "breath", "tone of voice"),
    ("听他说话的口气很不客气。", "口气", "tone of voice", None),
    ("以百花之蕊，加以麟髓之醅。", "加以", "(literary) to add", None),
    ("以清水为本，加以蜂蜜。", "加以", "(literary) to add", None),
    ("对这些问题要加以解决。", "加以", "to apply", None),
    ("美国驻北京大使馆的人来了。", "驻", "stationed in", None),
    ("他参加了资格审查会议。", "审查", "to examine", "censorship"),
]


@pytest.mark.parametrize("sentence,word,wanted,unwanted", AFTER_MEASURE)
def test_after_the_measure(sentence, word, wanted, unwanted):
    test_sense_in_context(sentence, word, wanted, unwanted)
