"""Issue 13, session 21: a noun key used as a predicate, and verbs of declining, which take no object.

The sentences are written for these tests (none is from the held-out texts). On the tuning draw of session 21
the strict hand check found 什么都＿了 (习惯, tagged 'n') against 传统/时尚/世界 and 都应＿警觉 (提高) against
下降, an intransitive verb before an object.
"""
from __future__ import annotations

import random

from quizgen.items import distractors as dx
from quizgen.items import frames

from .conftest import built_gap

USED_TO = "在街头住了多年，什么都习惯了。"
RAISE = "他们提高了工人的收入。"


def test_a_noun_key_before_an_aspect_particle_is_not_asked():
    """习惯 is tagged as a noun in 什么都＿了, yet 了 after it makes it the predicate: its noun options (传统/时尚/
    世界) no reader weighs, so the gap is no choice item."""
    gap = built_gap(USED_TO, "习惯")
    assert gap.answer_class == frozenset({"n"})
    assert dx.unsure_slot(gap) == "noun-as-predicate"
    assert dx.distractors(gap, "2025", random.Random(0)) is None


def test_a_verb_of_declining_takes_no_object():
    """下降 'to decline; to drop; to fall' takes no object: no option for 提高 before 工人的收入, where 降低 is one."""
    assert frames.intransitive("下降")
    gap = built_gap(RAISE, "提高")
    assert "frame-intransitive" in dx.problems(gap, "下降")
    assert "frame-intransitive" not in dx.problems(gap, "降低")
    for seed in range(3):
        ds = dx.distractors(gap, "2025", random.Random(seed))
        assert ds and "下降" not in ds, ds


def test_a_noun_key_is_no_choice_item():
    """取得了惊人的＿ 成就 and 测试…解决问题的＿ 能力: nouns are not asked as choice items (their 小类 mates, 技术/天赋/理性
    for 能力, are things the gap's words rule out or let in, and nothing shipped tells which); verbs still are."""
    from quizgen.items import plausible as pl

    gap = built_gap("这次考试测试学生解决问题的能力。", "能力")
    assert gap.answer_class == frozenset({"n"})
    assert not pl.asked(gap.answer_class)
    tally = dx.Tally()
    assert dx.distractors(gap, "2025", random.Random(0), tally=tally) is None
    assert tally.unsure == {"noun-key": 1}
    assert pl.asked(frozenset({"v"}))


def test_a_noun_key_is_asked_with_the_plausibility_test_off(plausible_off):
    """With the plausibility test off (what tests of other rules use), noun keys get distractors as before."""
    from quizgen.items import plausible as pl

    assert pl.asked(frozenset({"n"}))
