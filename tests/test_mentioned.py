"""★ 没有提到 (quizgen.items.mentioned): three things of one kind the passage names and one it does not."""
from __future__ import annotations

import dataclasses

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import build_items, mentioned

MARKET = ("我家附近有一个小市场，每天早上都有很多人去买东西。\n"
          "市场里卖的水果很新鲜，有苹果、香蕉、葡萄，还有桃。\n"
          "我妈妈最喜欢吃苹果，她说苹果对身体好。\n"
          "我和弟弟喜欢吃葡萄，爸爸喜欢吃香蕉。\n"
          "周末的时候，我们一家人常常一起去市场买水果。\n"
          "卖水果的阿姨很热情，每次都让我们先尝一尝。\n")


def _asked(text: str, level: str = "hsk3"):
    """The 没有提到 questions of a build without word-meaning questions: on a text this short a word-meaning question
    on one of the three fruits (葡萄 'grape' against bamboo / potato / seed, since session 22) takes its word before
    the 没有提到 question, made last, can name it."""
    doc = analyze_text(text, "t.txt", level, "2025")
    with _no_word_meaning():
        return doc, [i for i in build_items(doc, seed=0).items if i.kind == "not_mentioned"]


def _no_word_meaning():
    from unittest import mock

    from quizgen.items import asking

    return mock.patch.object(asking, "meaning_drafts", lambda ctx, rng: [])


def test_three_named_fruits_and_one_the_passage_does_not_name():
    doc, got = _asked(MARKET)
    assert len(got) == 1
    item = got[0]
    assert item.prompt == "★ 根据短文，下面哪一项没有提到？" and len(item.options) == 4
    assert item.answer == item.options[item.answer_index] and item.answer not in MARKET
    for opt, change in zip(item.options, item.option_changes):
        assert (opt == item.answer) == (change == "")
        if opt != item.answer:  # each wrong option is named in the sentence it records
            assert opt in MARKET and any(opt in doc.sentences[i].text for i in item.evidence)
    assert "水果" not in item.options  # the head of the kind is no option of it


def test_a_fruit_the_passage_names_is_never_the_key():
    """Name the key of the first build too: the check must then refuse it (and take another or none)."""
    _, first = _asked(MARKET)
    key = first[0].answer
    text = MARKET + f"我不太喜欢吃{key}。\n"
    _, got = _asked(text)
    assert all(i.answer != key and i.answer not in text for i in got)


def test_the_head_of_a_kind_has_no_kind():
    """Cilin's first leaf of a 词群 holds its general word (水果 Bh07A01=, 车辆 Bo21A01=): 'not mentioned: 水果'
    beside 苹果 has two answers."""
    assert mentioned._kind("水果") == "" and mentioned._kind("车辆") == ""
    assert mentioned._kind("西瓜") == "Bh" and mentioned._kind("苹果") == "Bh"
    assert mentioned._kind("地方") == "" and mentioned._kind("人们") == ""  # places, people in general
    assert mentioned._kind("美食") == ""  # a kind in general (general_nouns.txt), not a member of it


def test_the_odd_one_out_and_the_head_word_are_no_key():
    teas = ["绿茶", "红茶", "乌龙茶"]
    assert mentioned._odd_one_out("葡萄酒", teas)  # a wine among teas: told apart without reading
    assert not mentioned._odd_one_out("公交车", ["手机", "火车", "空调"])  # mixed options: no odd one
    assert mentioned._head_of("牌子", "标语牌") and not mentioned._head_of("奶茶", "绿茶")


def test_no_question_where_a_kind_is_named_twice_only():
    text = MARKET.replace("葡萄", "面包")
    _, got = _asked(text)
    assert got == [] or all(len({o for o in i.options if o in text}) == 3 for i in got)


def test_absence_against_many_keys_answers_as_the_word_by_word_check():
    """mentioned._Absence (the text's words united once) says of every key what _absent says comparing the key
    with each word: a part of it, a Cilin leaf, a shared sense or sense key, or the key written in the text."""
    doc = analyze_text(MARKET + "他买了一辆自行车，还有一台电脑和一部手机。\n", "t.txt", "hsk4", "2025")
    whole = "".join(t.simplified for s in doc.sentences for t in s.tokens)
    words = frozenset(t.simplified for s in doc.sentences for t in s.tokens if t.is_word)
    pool = mentioned._by_kind("2025", 4)
    keys = sorted({w for ws in pool.values() for w in ws} | words | {"苹果树", "香蕉皮", "单车", "水果"})
    absent = mentioned._Absence(words, whole)
    got = [k for k in keys if absent(k)]
    assert got == [k for k in keys if mentioned._absent(None, k, words, whole)]  # type: ignore[arg-type]
    assert "单车" not in got and "苹果树" not in got and "苹果" not in got  # a synonym, a part, a word of the text
    assert len(got) > 100  # most listed words are absent from a short text


def test_a_key_that_names_what_the_passage_names_in_other_words_is_refused():
    """Strict check, session 17: 暴雨 'torrential rain' was the key beside the named 豪雨 'violent rain'."""
    assert mentioned._gloss_shared("暴雨", "豪雨")
    assert not mentioned._gloss_shared("面包", "馒头") and not mentioned._gloss_shared("救护车", "汽车")


def test_the_sheet_asks_it_of_the_whole_passage():
    """No ¶ before it and no source sentence in the key (the passage is its source, as for a title); the key says
    which option is named (a teacher read "A: named in the passage")."""
    from quizgen.export.worksheet.context import _key_entry, _question_para
    from quizgen.items import build_items as build
    from quizgen.items.paragraphs import reading_paragraphs

    doc = analyze_text(MARKET, "t.txt", "hsk3", "2025")
    with _no_word_meaning():  # as in _asked
        items = dataclasses.replace(build(doc, seed=0), reading=reading_paragraphs(doc))
    item = next(i for i in items.items if i.kind == "not_mentioned")
    assert _question_para(items, item) is None
    entry = _key_entry(1, item, None, items.reading)
    assert entry["sentence"] == [] and all(f"{o} is named in the passage" in item.explanation
                                           for o in item.options if o != item.answer)


#: A passage naming kinds of buildings (written for this test): 住房 'housing' was the key beside the named 民房,
#: and 住宅 (住房's synonym) after it — both what the passage names (strict check, session 18).
QUAKE = ("去年夏天，这个地区发生了一次地震。\n地震以后，一批民房倒塌了，很多人没有地方住。\n村里的寺院也受到了影响，墙上有很多裂缝。\n"
         "学校的校舍也需要修理，孩子们只好在帐篷里上课。\n政府很快派人来帮助大家。\n大家一起努力，生活慢慢恢复了正常。\n")


def test_a_key_near_a_named_word_of_its_group_is_refused(monkeypatch):
    assert mentioned._near("住房", "民房") and mentioned._near("住宅", "民房") and mentioned._near("暴雨", "豪雨")
    assert not mentioned._near("西瓜", "苹果")  # a fruit of the group that shares nothing with it
    for level in ("hsk5", "hsk6"):
        assert _asked(QUAKE, level)[1] == []
    monkeypatch.setattr(mentioned, "NEAR_NAMED", False)
    assert [i.answer for i in _asked(QUAKE, "hsk5")[1]] == ["住房"]  # what the rule refuses
