"""Senses a sentence chooses by its neighbours (issue 11, session 13): a number before the word, a degree adverb,
the 又…又 frame, a part of the body nearby, the position before a verb. Both scripts, the whole pipeline.

``wanted`` must open the gloss; ``unwanted`` must not be in it.
"""
from __future__ import annotations

import pytest

from quizgen.analysis.pipeline import analyze_text

CASES = [
    # 度 after a number and before no verb is the unit, not 'to pass' or 'classifier for events'
    ("今天气温二十五度。", "度", "degree", "classifier for events"),
    ("今天氣溫二十五度。", "度", "degree", "classifier for events"),
    # 点 after a number: the hour before a verb or 半/左右, the classifier 'items' before a noun
    ("我每天七点起床。", "点", "o'clock", None),
    ("我每天七點起床。", "點", "o'clock", None),
    ("八点左右到。", "点", "o'clock", None),
    ("我有三点意见。", "点", "classifier for items", "o'clock"),
    # 机构 an organisation, a mechanism only among machines; 依法 before its verb 'according to law'
    ("公司在北京建立了研发机构。", "机构", "organization", "mechanism"),
    ("公司在北京建立了研發機構。", "機構", "organization", "mechanism"),
    ("这台机器的传动机构坏了。", "机构", "mechanism", None),
    ("国家依法保障公民的权利。", "依法", "according to law", None),
    ("國家依法保障公民的權利。", "依法", "according to law", None),
    # after 被 a word before no verb is the verb; before a verb it is the agent
    ("他被任命为主席。", "任命", "to appoint", "appointment"),
    ("他被任命為主席。", "任命", "to appoint", "appointment"),
    ("他被警察抓了。", "警察", "police", None),
    ("他被领导批评了。", "领导", "leader", "to lead"),  # the agent before its verb stays a noun
    # 等 'to wait' after a pronoun, adverb or verb, opening a clause or before 了/一下; 'and so on' after a list
    ("我在等你。", "等", "to wait", "etc"),
    ("他們等著我。", "等", "to wait", "etc"),
    ("我们等了很久。", "等", "to wait", "etc"),
    ("大家等了很久。", "等", "to wait", "etc"),  # after a noun, before 了
    ("等他来了再说。", "等", "to wait", "etc"),
    ("北京、上海等城市都很大。", "等", "and so on", None),
    ("他们在学习和研究等方面做得很好。", "等", "and so on", "wait"),  # after a verb, before a noun
    ("我们继续等。", "等", "to wait", "etc"),  # after a verb, closing its clause
    # 里 after a number is the unit li, not 'inside'; 除 as a preposition 'except'
    ("他走了三里路。", "里", "li (", "inside"),
    ("他們每天要走十里路。", "里", "li (", "inside"),
    ("除他以外，大家都来了。", "除", "except", "remove"),
    ("除他以外，大家都來了。", "除", "except", "remove"),
    # 久 keeps its 'long': CC-CEDICT's '(long) time' lost its note
    ("我等了很久。", "久", "long (time)", None),
    # 才能 is 才 + 能 only before its verb; after 有 the noun 'talent'
    ("他很有才能。", "才能", "talent", "only then"),
    ("他是個很有才能的人。", "才能", "talent", "only then"),
    # 不满 before an amount: 'less than'; elsewhere 'dissatisfied'
    ("他不满十八岁。", "不满", "less than", "dissatisfied"),
    ("他不滿十八歲。", "不滿", "less than", "dissatisfied"),
    ("他对工作很不满。", "不满", "resentful", "less than"),
    # 酸: a taste; near a part of the body an ache; in 又…又 with an adjective no verb 'to make sarcastic remarks'
    ("这个橘子又酸又甜。", "酸", "sour", "sarcastic"),
    ("這個橘子又酸又甜。", "酸", "sour", "sarcastic"),
    ("这种橘子非常酸。", "酸", "sour", "sarcastic"),  # after a degree adverb jieba tags d: no verb
    ("這種橘子比較酸。", "酸", "sour", "sarcastic"),
    ("我的腿很酸。", "酸", "sore", "sour"),
    ("我的腿很痠。", "痠", "sore", None),
    # 一般 before a time or a verb is 'usually'; after a degree adverb or closing its clause 'ordinary'
    ("我一般九点起床。", "一般", "generally; usually", "same"),
    ("我一般九點起床。", "一般", "generally; usually", "same"),
    ("他的成绩很一般。", "一般", "ordinary", "same"),
    ("他的成績很一般。", "一般", "ordinary", "same"),
    ("这是很一般的水平。", "一般", "ordinary", "same"),  # after 很, not closing its clause
    ("電影一般。", "一般", "ordinary", "same"),  # closing its clause, no degree adverb
    # 当 before a count of its object (想当一个画家) is 'to be; to act as', not 'manage; withstand'
    ("以后我想当一个画家。", "当", "to work as", "withstand"),
    ("以後我想當一個畫家。", "當", "to work as", "withstand"),
    # 东西 dōngxi 'thing' without the contemptuous 'person'; 唬 without 'a tiger's roar'
    ("这个东西很好吃。", "东西", "thing", "person"),
    ("這個東西很好吃。", "東西", "thing", "person"),
    ("众人唬的忙站起来。", "唬", "to scare", "tiger"),
    ("眾人唬的忙站起來。", "唬", "to scare", "tiger"),
    ("他们想唬我们。", "唬", "to scare; to bluff", "tiger"),  # hǔ: not before 的/得/了一跳 (the xià rows)
    # 粘 nián closing its clause after a degree adverb: the adjective 'sticky', not 'to stick on'
    ("米饭很粘。", "粘", "sticky", None),
    # session 19, word-meaning keys a strict teacher found wrong: 意义 after 史料/重要 … 'significance'
    ("它将成为最重要的资料，极具史料意义。", "意义", "significance", "sense"),
    ("極具史料意義。", "意義", "significance", "sense"),
    ("这个词的意义是什么？", "意义", "sense; meaning", None),
    ("我们要按照中央的要求去做。", "中央", "central authorities", "middle"),  # not 'central; middle'
    ("他站在广场中央。", "中央", "central; middle", "authorities"),
    ("选准突破口，抓住牛鼻子。", "突破口", "breakthrough point", None),
    ("全国人民庆祝澳门回归。", "回归", "to return to", "retreat"),
    ("不同的不仅是文字，还有境界。", "境界", "state; realm", "boundary"),
]


@pytest.mark.parametrize("sentence, word, wanted, unwanted", CASES)
def test_sense_in_its_sentence(sentence, word, wanted, unwanted):
    doc = analyze_text(sentence, "<test>")
    found = [t for s in doc.sentences for t in s.tokens if t.text == word]
    assert found, " / ".join(t.text for s in doc.sentences for t in s.tokens)
    g = found[0].gloss
    assert g is not None and g.startswith(wanted), g
    assert unwanted is None or unwanted not in g, g
