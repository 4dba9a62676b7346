"""More true restatements (quizgen.items.rephrase): each made where its check passes and refused where not."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import detail, rephrase, restate
from quizgen.items.context import Context

FILLER = "我叫王明，在北京一家公司工作。{0}我们参观了很多有名的地方。李明和张华也来了。"


def _all(text: str, level: int = 5) -> dict[str, list[tuple[str, str]]]:
    doc = analyze_text(text, "t.txt", level, "2025")
    ctx = Context(doc, 0, [], frozenset())
    return {u.text: restate.restatements(ctx, u) for us in detail._units(ctx).values() for u in us}


def _texts(got: dict[str, list[tuple[str, str]]]) -> set[str]:
    return {t for rs in got.values() for t, _ in rs}


@pytest.mark.parametrize("sentences, want", [
    ("李明昨天来到北京。他是八位被训诫的医生之一。", "李明是八位被训诫的医生之一"),  # one person named before
    # followed back through a sentence that opens with 他 and mentions nobody else
    ("李明昨天来到北京。他很喜欢这个城市。他是八位被训诫的医生之一。", "李明是八位被训诫的医生之一"),
    ("我在上海住了3年。", "我在上海住了三年"),  # digits in words
    ("他们公司有2000个工人。", "他们公司有两千个工人"),
    ("全市人均居住面积7.8平方米。", "全市人均居住面积七点八平方米"),
    ("世界100家银行有83家在香港设立机构。", "世界一百家银行有八十三家在香港设立机构"),  # never mixed forms
    ("全国有50%的家庭买了电脑。", "全国有一半的家庭买了电脑"),  # an exact share
    ("老师把这个问题解决了。", "老师解决了这个问题"),  # 把 undone with a definite object
    ("因为天气不好，所以我们没有去公园。", "我们没有去公园，是因为天气不好"),  # a cause turned round
    ("由于下大雨，很多人没有出门。", "很多人没有出门，是因为下大雨"),
    ("他没有来上课，是因为他生病了。", "因为他生病了，所以他没有来上课"),
])
def test_rephrased(sentences, want):
    assert want in _texts(_all(FILLER.format(sentences))), _all(FILLER.format(sentences))


@pytest.mark.parametrize("sentences, refused", [
    # 他 may be 李明 or his mother: a second person before it
    ("李明和他的妈妈来到北京。他是八位被训诫的医生之一。", "是八位被训诫的医生之一"),
    ("李明的妈妈来到了北京。她是八位被训诫的医生之一。", "是八位被训诫的医生之一"),  # the name is no subject
    ("李明昨天见到了张华。他是八位被训诫的医生之一。", "李明是八位"),  # another person named before
    ("李明家离北京很远。他是八位被训诫的医生之一。", "李明家是八位"),  # a name the segmenter made up
    ("李明的车昨天坏了。他是八位被训诫的医生之一。", "李明是八位"),  # the name is no subject: refused when unsure
    ("李明公司在北京。他是八位被训诫的医生之一。", "李明是八位"),  # 李明公司: a name inside a noun phrase
    # the sentence between names someone else: 他 may be 张华
    ("李明昨天来到北京。他见到了张华。他是八位被训诫的医生之一。", "李明是八位"),
    ("1995年他来到了中国。", "一九九五"),  # a year stays as written
    ("我们每天工作3至5个小时。", "三"),  # one end of a range
    ("全国有33%的家庭买了电脑。", "三分之一"),  # 33% is not exactly a third
    ("全国有50.5%的家庭买了电脑。", "一半"),  # a decimal is no listed share
    ("我的哥哥把自行车卖了。", "我的哥哥卖了自行车"),  # that bicycle → a bicycle: an indefinite object
    ("因为天气不好，所以没有去公园。", "没有去公园，是因为天气不好"),  # the effect has no subject of its own
])
def test_refused(sentences, refused):
    got = _texts(_all(FILLER.format(sentences)))
    assert not any(refused in t for t in got), got


def test_chinese_numbers():
    assert [rephrase.chinese_number(n, False) for n in (3, 10, 12, 20, 105, 1010, 9999)] == \
        ["三", "十", "十二", "二十", "一百零五", "一千零一十", "九千九百九十九"]
    assert rephrase.chinese_number(2, True) == "两"
    assert [rephrase.decimal_words(n, p) for n, p in ((7, "8"), (0, "5"), (2, "05"))] == ["七点八", "零点五", "二点零五"]


def test_share_forms_are_exact():
    fractions = {"一半": 1 / 2}
    digits = "一二三四五六七八九十"
    for percent, form in rephrase.share_forms().items():
        if "分之" in form:
            den, num = form.split("分之")
            fractions[form] = (digits.index(num) + 1) / (digits.index(den) + 1)
        assert fractions[form] * 100 == float(percent.rstrip("%")), (percent, form)


def test_four_options_never_mark_the_key_by_a_number_in_words():
    doc = analyze_text(FILLER.format("我在上海住了3年。"), "t.txt", 5, "2025")
    ctx = Context(doc, 0, [], frozenset())
    u = next(u for us in detail._units(ctx).values() for u in us if "3年" in u.text)
    assert restate.restatements(ctx, u) and not restate.restatements(ctx, u, numbers=False)


def test_false_judgments_write_changed_numbers_in_words():
    text = "我叫王明。我在上海住了3年。他们公司有20个工人。我们的压力很大。他去年来到了中国。"
    doc = analyze_text(text, "t.txt", 4, "2025")
    ctx = Context(doc, 0, [], frozenset())
    js = detail.judgments(ctx, random.Random(0))
    numbered = [d for d in js if d.wrong[0][1].startswith(("true: number", "false: number"))]
    assert numbered
    assert all(not any(c.isdigit() for c in d.stem) for d in numbered), [d.stem for d in numbered]


def _sheet_judgments(text: str):
    from quizgen.items import questions

    doc = analyze_text(text, "t.txt", 4, "2025")
    return questions.judgment_items(Context(doc, 0, [], frozenset()), 6)


def test_a_sheet_with_one_answer_only_gets_no_judgments():
    # one clause restated (资本和技术…), none changed: a lone 对 on many sheets makes "always 对" the winning guess
    text = "我叫王明。技术和资本都可以入股。我们参观了很多有名的地方。"
    doc = analyze_text(text, "t.txt", 4, "2025")
    assert [d.key for d in detail.judgments(Context(doc, 0, [], frozenset()), random.Random(0))] == ["对"]
    assert _sheet_judgments(text) == []


def test_neither_answer_more_than_twice_the_other():
    from dataclasses import replace

    from quizgen.items import questions

    doc = analyze_text(FILLER.format(""), "t.txt", 4, "2025")
    ctx = Context(doc, 0, [], frozenset())
    one = _sheet_judgments("我叫王明，在北京一家公司工作。我们的压力很大。我每天早上七点起床。他去年来到了中国。"
                           "我在上海住了3年。商店的东西比较便宜。妹妹今年上大学了。")[0]
    items = [replace(one, id=str(k), answer="对" if k < 4 else "错", evidence=(k,)) for k in range(5)]
    kept = questions._balanced(ctx, items)
    assert [i.answer for i in kept] == ["对", "对", "错"]


def test_a_sheet_keeps_judgments_of_both_answers():
    items = _sheet_judgments("我叫王明，在北京一家公司工作。我们的压力很大。我每天早上七点起床。他去年来到了中国。"
                             "我在上海住了3年。商店的东西比较便宜。妹妹今年上大学了。")
    answers = [i.answer for i in items]
    assert "对" in answers and "错" in answers
    assert max(answers.count("对"), answers.count("错")) <= 2 * min(answers.count("对"), answers.count("错"))


WHO = ("我叫王明，在北京一家公司工作。王芳、张华和刘强是我的同事。王芳、张华和刘强每天都很忙。"
       "李明昨天来到北京。{0}李明是张华的朋友。")


def _who(second: str):
    from quizgen.items import asking

    doc = analyze_text(WHO.format(second), "t.txt", 5, "2025")
    ctx = Context(doc, 0, [], frozenset())
    return [d for d in asking.wh_drafts(ctx, random.Random(0)) if "图书馆" in d.stem]


def test_who_by_reference_asks_for_the_pronouns_person():
    got = _who("他每天都在图书馆看书。")
    assert [(d.stem, d.key) for d in got] == [("谁每天都在图书馆看书？", "李明")], got
    assert len(got[0].wrong) == 3 and "李明" not in {w for w, _ in got[0].wrong}
    assert got[0].evidence == (3, 4)  # the name's sentence and the pronoun's


def test_who_by_reference_refused_when_someone_else_is_named_before():
    assert _who("他见到了王芳。他每天都在图书馆看书。") == []
