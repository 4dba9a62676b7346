"""Issue 13, session 20: a choice distractor must be one a reader weighs beside the gap's words — of the key's own
Cilin 小类 (not its 词群) — and still be verified wrong by the option checks; a gap whose pool holds fewer than
three such words is not asked as a choice item (:mod:`quizgen.items.plausible`).

The sentences are written for these tests (none is from the held-out texts). On main before this session the
strict hand check found 把＿给他们瞧瞧 (稿子) against 食欲/内科/国歌 and 可以＿正常生活 (恢复) against
分享/接近/推动: distractors of the key's 中类 or 大类 that no reader weighs.
"""
from __future__ import annotations

import random

from quizgen.items import distractors as dx
from quizgen.items import neighbours as nb
from quizgen.items import plausible as pl

from .conftest import built_gap

RESTORE = "我们很快就可以恢复正常生活了。"
ACHIEVE = "世界的科学技术取得了惊人的成就。"
NOUN = frozenset({"n"})


def _options(sentence: str, answer: str, level: int = 5, seed: int = 0) -> list[str] | None:
    return dx.distractors(built_gap(sentence, answer, level), "2025", random.Random(seed))


def test_distractors_are_the_keys_small_class_kin():
    """可以＿正常生活 (恢复, Jd08B) takes 失去/消失/消灭 of its 小类 Jd08, not 分享/接近/推动 of other 小类 and 中类."""
    for seed in range(3):
        ds = _options(RESTORE, "恢复", seed=seed)
        assert ds and all(nb.closeness("恢复", d) == pl.KIN for d in ds), ds
    assert pl.problem("恢复", "推动", frozenset({"v"})) == "far-kind"


def test_kin_is_not_refused_as_too_close():
    """失去 shares 恢复's 小类 (Jd08) but not its 词群: the Cilin closeness check lets it through, the other checks
    find nothing wrong with it, so it is asked."""
    gap = built_gap(RESTORE, "恢复")
    assert nb.too_close("恢复", "失去", verb=True)
    assert dx.problems(gap, "失去") == []


def test_words_of_the_keys_word_group_stay_too_close():
    """成果 shares 成就's 词群 (Da14A): a near-synonym that fits 取得了惊人的＿ as well, no kin."""
    assert nb.closeness("成就", "成果") == pl.KIN + 1
    assert not pl.kin("成就", "成果", NOUN)
    assert pl.too_close("成就", "成果", NOUN)


def test_a_gap_without_three_kin_is_not_asked():
    """取得了惊人的＿ (成就, Da14): of its 小类 only 毛病 passes the checks at these levels (业绩, 功劳 are HSK 7-9,
    失误, 贡献 no nouns here): the gap is not asked as a choice item, though 意义/前途 of its 中类 were offered."""
    assert _options(ACHIEVE, "成就") is None


def test_kin_by_a_related_words_leaf_does_not_count():
    """素质 shares 能力's 小类 De04 only by a ``#`` leaf (related words, not its own sense): no plausible kin."""
    assert pl.closeness("能力", "素质", NOUN) == pl.KIN
    assert not pl.kin("能力", "素质", NOUN)
    assert pl.problem("能力", "素质", NOUN) == "far-kind"


def test_kin_of_lower_levels_are_drawn():
    """A key's 小类 holds few words of its own level: a key of HSK 7-9 draws on kin a learner met earlier (失去 is
    HSK 4), and is still asked."""
    gap = built_gap(RESTORE, "恢复", 7)
    assert "失去" in {w for w, _tag, _lv in dx._candidates("2025", 2, pl.levels(7), gap.answer_class)}
    assert _options(RESTORE, "恢复", level=7)
