"""True/false and detail keys, session 23 (issue 12): more clauses said in other words (很多 → 不少, 特别 → 非常, a
superlative identity or a place's 有 turned round), judgments on six-character clauses, and the refusals that keep
each of them exact."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import detail, restate
from quizgen.items.changes import Unit, changes
from quizgen.items.context import Context
from quizgen.items.drafts import clauses

FILLER = "我叫王明，在北京一家公司工作。{0}我们参观了很多有名的地方。"


def _unit(sentence: str, level: int = 4):
    doc = analyze_text(FILLER.format(sentence), "t.txt", level, "2025")
    ctx = Context(doc, 0, [], frozenset())
    s = next(s for s in doc.sentences if s.text == sentence)
    c = clauses(s)[0]
    return ctx, Unit(s.id, tuple(c), c[0].start, c[-1].end, doc.display(c[0].start, c[-1].end))


@pytest.mark.parametrize("sentence, want", [
    ("很多人都忽视了健康。", "不少人都忽视了健康"),  # many is certainly not few
    ("我有很多朋友。", "我有不少朋友"),
    ("云南的米线特别好吃。", "云南的米线非常好吃"),  # a degree adverb before the clause's last word
    ("这里的风景特别美。", "这里的风景非常美"),
    ("我最喜欢的课是数学课。", "数学课是我最喜欢的课"),  # 最… names one thing: the identity turns round
    ("操场上有篮球场和足球场。", "篮球场和足球场在操场上"),  # where something is
    ("桌子上有书和笔。", "书和笔在桌子上"),
])
def test_said_in_other_words(sentence, want):
    ctx, u = _unit(sentence)
    assert want in [t for t, _ in restate.restatements(ctx, u)]


@pytest.mark.parametrize("sentence, kept", [
    ("他没有很多朋友。", "很多"),  # *没有不少朋友: a second negation turns the clause round
    ("很多声的叹息和哭泣。", "很多"),  # a quantity inside a modifier
    ("他特别准备了一份礼物。", "特别"),  # 'specially', no degree
    ("他特别喜欢踢足球。", "特别"),  # before a verb 特别 may be 'specially'
    ("这个问题需要特别注意。", "特别"),  # 'special attention': the last word is a verb
    ("丝绸之路是一条重要的贸易通道。", "丝绸之路是"),  # no 最: a thing in a class, not turned round
    ("学校里有一个操场。", "学校里有"),  # *一个操场在学校里
    ("我的哥哥是医生。", "我的哥哥是"),  # no 最: *医生是我的哥哥
])
def test_kept_as_written(sentence, kept):
    ctx, u = _unit(sentence)
    assert all(kept in t for t, _ in restate.restatements(ctx, u)), restate.restatements(ctx, u)


def test_late_event_not_negated():
    # 才 says the train came late, so it came: *火车没开三个小时才到 reads as no Chinese
    ctx, u = _unit("火车开了三个小时才到。")
    got = [t for seed in range(5) for t, why in changes(ctx, u, ctx.doc.text, {}, random.Random(seed))]
    assert got and not any("没" in t for t in got), got


def test_no_negation_before_one_of_a_count():
    # 花花看见一只小狗 → *花花没有看见一只小狗 ('not even one'), as 没参加一个比赛 for V了 (session 14)
    ctx, u = _unit("花花看见一只小狗。")
    got = [t for seed in range(5) for t, why in changes(ctx, u, ctx.doc.text, {}, random.Random(seed))]
    assert not any("没" in t for t in got), got


SHORT = "我叫王明。我的学校很大。学校里有一个图书馆。操场上有篮球场和足球场。我最喜欢的课是数学课。"


@pytest.mark.parametrize("seed", range(3))
def test_short_clauses_are_judged_true_and_false(seed):
    doc = analyze_text(SHORT, "t.txt", 4, "2025")
    ctx = Context(doc, 0, [], frozenset())
    js = detail.judgments(ctx, random.Random(seed))
    got = {(d.stem, d.key) for d in js}
    # 我的学校很大 has six characters: a judgment of its own (the exam's 判断 lines are that short)
    assert ("我的学校不小。", "对") in got, got
    # every clause here that can be restated can be changed only by a negation: the true side ahead, one goes false
    assert {k for _, k in got} == {"对", "错"}, got
