"""The statement rules (HSK 5 "choose the consistent statement"), table-driven on hand-written sentences: each
wrong option changes one fact so that the passage says the opposite; the right option is in the passage."""
import random

import pytest

from quizgen.items import build_items
from quizgen.items import statements as st
from quizgen.items.generate import Context
from quizgen.pipeline import analyze_text

TEXT = "我们公司的产品是最受欢迎的。去年我们的收入增加了20%。我们的压力很大。他不能参加这次会议。"


@pytest.fixture(scope="module")
def ctx():
    doc = analyze_text(TEXT, "t.txt", 5, "2025")
    return Context(doc, 0, [], frozenset())


def _changes(ctx, clause):
    s = next(s for s in ctx.doc.sentences if clause in s.text)
    units = [u for u in st.units(ctx, s) if u.text == clause]
    assert units, f"{clause} is no statement unit"
    return dict((why.split(" ")[0], new) for new, why in st.changes(ctx, units[0], TEXT, {}, random.Random(0)))


@pytest.mark.parametrize("clause, kind, wrong", [
    ("去年我们的收入增加了20%", "antonym", "去年我们的收入减少了20%"),
    ("我们的压力很大", "negation", "我们的压力不大"),
    ("他不能参加这次会议", "negation", "他能参加这次会议"),
])
def test_wrong_statement_contradicts(ctx, clause, kind, wrong):
    got = _changes(ctx, clause)
    assert got.get(kind) == wrong
    assert wrong not in TEXT


def test_changed_number_contradicts(ctx):
    new = _changes(ctx, "去年我们的收入增加了20%")["number"]
    assert new.startswith("去年我们的收入增加了") and new.endswith("%") and "20%" not in new


@pytest.mark.parametrize("clause", ["也许我们的收入增加了20%", "如果我们的收入增加了20%，我就很高兴"])
def test_hedged_or_conditional_clauses_give_no_wrong_option(clause):
    doc = analyze_text(clause + "。", "t.txt", 5, "2025")
    c = Context(doc, 0, [], frozenset())
    for s in doc.sentences:
        for u in st.units(c, s):
            assert st.changes(c, u, doc.text, {}, random.Random(0)) == []


def test_modifier_is_not_negated(ctx):
    doc = analyze_text("一个人总是从自己能胜任的工作做起。", "t.txt", 5, "2025")
    c = Context(doc, 0, [], frozenset())
    for u in st.units(c, doc.sentences[0]):
        assert not any("不能" in new for new, _ in st.changes(c, u, doc.text, {}, random.Random(0)))


def test_right_option_is_in_the_passage_and_wrong_ones_are_not():
    text = ("北京新年音乐会是首都北京的标志性文化活动，已连续成功举办了4届。今年的音乐会有很多观众。"
            "我们的压力很大。他不能参加这次会议。")
    s = build_items(analyze_text(text, "t.txt", 5, "2025"), seed=0, counts={"statement": 3})
    for item in s.by_type("statement"):
        p = s.passage(item.passage)
        assert item.answer[:-1] in p.text
        assert text[item.start:item.end] == item.sentence
        assert sum(o[:-1] in p.text for o in item.options) == 1
