"""The statement rules (HSK 5 "choose the consistent statement"), table-driven on hand-written sentences: each
wrong option changes one fact so that the passage says the opposite; the right option is in the passage."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import build_items
from quizgen.items import statements as st
from quizgen.items.context import Context

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


@pytest.mark.parametrize("clause", [
    "我们的收入可能增加了20%",   # without 可能: 减少了20%, 增加了21%
    "我们可能增加了20%的收入",
    "他也许去年来到了中国",       # without 也许: 今年来到了, 没来到
])
def test_hedged_clauses_give_no_wrong_option(clause):
    """A hedge (可能, 也许) makes the changed clause no contradiction: 我们的收入可能减少了20% is as possible as
    增加. The clause is a statement unit, so it reaches the change rules and only the hedge guard stops them."""
    doc = analyze_text(clause + "。", "t.txt", 5, "2025")
    c = Context(doc, 0, [], frozenset())
    us = [u for s in doc.sentences for u in st.units(c, s)]
    assert [u.text for u in us] == [clause]
    assert st.changes(c, us[0], doc.text, {}, random.Random(0)) == []


@pytest.mark.parametrize("conditional, plain", [
    ("如果我们的收入增加了20%，我就很高兴", "我们的收入增加了20%，我就很高兴"),
    ("万一我们的收入减少了20%，公司就会很困难", "我们的收入减少了20%，公司就会很困难"),
    ("只有我们的收入增加了20%，公司才会很高兴", "我们的收入增加了20%，公司会很高兴"),
])
def test_conditional_clauses_are_no_statements(conditional, plain):
    """A condition asserts nothing, so no unit (right or wrong option) comes from it; the same clause without
    the condition is one."""
    assert _units(conditional + "。") == []
    assert _units(plain + "。")


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


# --- round 4: numerals, time of a completed event, 没有V ↔ V了 ---------------------------------------------


def _all_changes(text):
    """Every (unit text, kind, new text) of a one-text document, the passage being the whole text."""
    doc = analyze_text(text, "t.txt", 5, "2025")
    c = Context(doc, 0, [], frozenset())
    out = []
    for s in doc.sentences:
        for u in st.units(c, s):
            for new, why in st.changes(c, u, doc.text, st.names(c), random.Random(0)):
                out.append((u.text, why.split(" ")[0], new))
    return out


@pytest.mark.parametrize("text, kind, wrong", [
    ("北京音乐会已连续成功举办了四届。", "numeral", "北京音乐会已连续成功举办了五届"),
    ("全国十八个地区的选民参加了这次选举。", "numeral", "全国十九个地区的选民参加了这次选举"),
    ("我们的公司在这次比赛中得了第一名。", "numeral", "我们的公司在这次比赛中得了第二名"),
    ("他去年来到了中国。", "time", "他今年来到了中国"),
    ("他没有参加这次会议。", "negation", "他参加了这次会议"),
    ("我的一位学生没有留在北京。", "negation", "我的一位学生留在了北京"),
    ("我们公司生产这种汽车。", "negation", "我们公司没有生产这种汽车"),
    ("中山舰具有特殊的历史价值。", "negation", "中山舰不具有特殊的历史价值"),
])
def test_round4_change_contradicts(text, kind, wrong):
    got = [(k, new) for _, k, new in _all_changes(text)]
    assert (kind, wrong) in got
    assert wrong not in text


@pytest.mark.parametrize("text, kind", [
    ("他也许去年来到了中国。", None),                 # hedged: nothing (without 也许: time, negation)
    ("我们的收入可能增加了20%。", None),             # hedged: nothing (without 可能: antonym, number)
    ("他打算明年参加这次比赛。", None),               # 打算: a plan, not a fact
    ("我们争取提高收入。", None),                     # 争取: an aim, not a fact (without the hedge words: 降低)
    ("今年我们很忙。", "time"),                       # a state, not one event: 去年我们很忙 contradicts nothing
    ("地铁上午六时至晚上十时开放。", "time"),          # a range: 下午六时至晚上十时 is still true
    ("我们１９９６年的收入与１９９５年基本持平。", "number"),  # compared years
    ("一个人总是从自己能做的工作做起。", "numeral"),   # 一个人 is 'a person', not a count
    ("他们每个月有两三条船停靠中国港口。", "numeral"),  # 两三 is a range
    ("他还没有参加这次会议。", "negation"),            # 还没有: expected to happen, 参加了 is no opposite
    ("我们公司每年生产这种汽车。", "negation"),        # a habit: 没有 does not negate it
    ("广大工人克服了很多困难。", "antonym"),           # 很少困难, 很多容易: no sentence
])
def test_round4_no_change_where_nothing_is_contradicted(text, kind):
    # every case is a statement unit, so it reaches the change rules: only the rule named above stops them
    assert _units(text), f"{text} is no statement unit: the case tests nothing"
    got = _all_changes(text)
    assert not [g for g in got if kind is None or g[1] == kind], got


def test_name_from_a_list_is_not_swapped():
    text = "盛会吸引了美国、日本、俄罗斯等国的爱好者。中国的代表也来了。"
    assert not [g for g in _all_changes(text) if g[1] == "name"]


def test_statement_options_are_of_similar_length_and_deterministic():
    text = ("北京新年音乐会是首都北京的标志性文化活动，已连续成功举办了四届。今年的音乐会有很多观众。"
            "我们的压力很大。他不能参加这次会议。他去年来到了中国。")
    doc = analyze_text(text, "t.txt", 5, "2025")
    a = build_items(doc, seed=3, counts={"statement": 3}).by_type("statement")
    b = build_items(doc, seed=3, counts={"statement": 3}).by_type("statement")
    assert a == b and a
    for item in a:
        lens = [len(o) for o in item.options]
        assert 4 * max(lens) <= 9 * min(lens)  # each within 1.5× the right one


# --- round 5: verb + object clauses, objects with 的, reported clauses, the combination pick ----------------


def _units(text):
    doc = analyze_text(text, "t.txt", 5, "2025")
    c = Context(doc, 0, [], frozenset())
    return [u for s in doc.sentences for u in st.units(c, s)]


@pytest.mark.parametrize("text, unit", [
    ("我们公司生产汽车。", "我们公司生产汽车"),                        # verb + final noun after a subject
    ("他感受到了中国经济发展的大潮。", "他感受到了中国经济发展的大潮"),  # 的 inside the object of V了
])
def test_round5_statement_units(text, unit):
    assert unit in [u.text for u in _units(text)]


@pytest.mark.parametrize("text, fragment", [
    ("古坑收费站的收费规定很多。", "古坑收费站的收费规定"),
    ("曾在1994年第一届国际打击乐大赛获第二名的李飙，登台演出了。", "曾在1994年第一届国际打击乐大赛获第二名的李飙"),
])
def test_round5_noun_phrases_are_no_units(text, fragment):
    assert fragment not in [u.text for u in _units(text)]


@pytest.mark.parametrize("text, kind, wrong", [
    ("他感受到了中国经济发展的大潮。", "negation", "他没感受到中国经济发展的大潮"),  # 的 in the object
    ("中山舰在我国近现代历史上具有特殊的历史价值。", "negation", "中山舰在我国近现代历史上不具有特殊的历史价值"),
    ("他拥有世界最大的私人集装箱船队。", "negation", "他没有世界最大的私人集装箱船队"),
    ("全国都完成了人口计划。", "negation", "全国都没完成人口计划"),       # 人口计划 is a noun, no hedge
    ("我们的压力非常大。", "antonym", "我们的压力非常小"),              # 非常 negates nothing
])
def test_round5_change_contradicts(text, kind, wrong):
    assert (kind, wrong) in [(k, new) for _, k, new in _all_changes(text)]


def test_reported_clause_is_changed_but_never_the_right_option():
    us = _units("张经理说，我们公司的收入增加了20%。")
    assert us and all(not u.asserted for u in us if u.text.startswith("我们公司"))


def test_statement_items_swap_no_names_and_take_wrong_options_from_other_sentences():
    text = ("北京新年音乐会是首都北京的标志性文化活动，已连续成功举办了四届。今年的音乐会有很多观众。"
            "我们的压力很大。他不能参加这次会议。他去年来到了中国。")
    for seed in range(3):
        for item in build_items(analyze_text(text, "t.txt", 5, "2025"), seed=seed).by_type("statement"):
            assert "name" not in item.explanation
            assert not any(o[:-1] in text for o in item.options)  # the key restated, the others changed


def test_count_of_things_done_only_goes_up():
    for seed in range(5):
        doc = analyze_text("北京音乐会已连续成功举办了4届。", "t.txt", 5, "2025")
        c = Context(doc, 0, [], frozenset())
        for u in st.units(c, doc.sentences[0]):
            for new, why in st.changes(c, u, doc.text, {}, random.Random(seed)):
                assert not why.startswith("number") or why.endswith(("5", "6"))


def test_statement_prompt_is_in_the_sheets_script():
    """A Traditional sheet asks 根據這段話 (the session-6 review found the Simplified prompt on one)."""
    text = ("北京新年音樂會是首都北京的標誌性文化活動，已連續成功舉辦了四屆。今年的音樂會有很多觀眾。"
            "我們的壓力很大。他不能參加這次會議。他去年來到了中國。")
    items = [i for seed in range(3)
             for i in build_items(analyze_text(text, "t.txt", 5, "2025"), seed=seed).by_type("statement")]
    assert items
    assert all(i.prompt == "根據這段話，可以知道：" for i in items), {i.prompt for i in items}
