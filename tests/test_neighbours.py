"""Cilin closeness computed from per-word prefix sets (neighbours._prefixes/_meet) agrees with its definition:
the deepest level at which some code of one word and some code of the other share their prefix."""
import random

from quizgen.items import neighbours as nb


def _pairwise(codes_a: tuple[str, ...], codes_b: tuple[str, ...]) -> int:
    best = 0
    for x in codes_a:
        for y in codes_b:
            n = 0
            for level, k in enumerate(nb._PREFIX, 1):
                if x[:k] != y[:k]:
                    break
                n = level
            best = max(best, n)
    return best


def test_closeness_is_the_pairwise_maximum():
    words = sorted(nb._walk_cilin())
    rng = random.Random(15)
    # pairs of one word with itself or with a word filed beside it (same 小类) reach the deep levels
    pairs = [(w, w) for w in rng.sample(words, 200)] + [(words[i], words[i + 1]) for i in rng.sample(
        range(len(words) - 1), 2000)] + [(rng.choice(words), rng.choice(words)) for _ in range(2000)]
    pairs += [("中药", "西药"), ("效果", "意义"), ("地方", "车站"), ("中药", "不在词林的词")]
    levels = set()
    for a, b in pairs:
        assert nb.closeness(a, b) == _pairwise(nb.codes(a), nb.codes(b)), (a, b)
        assert nb.noun_closeness(a, b) == _pairwise(nb.noun_codes(a), nb.noun_codes(b)), (a, b)
        levels.add(nb.closeness(a, b))
    assert levels == set(range(len(nb._PREFIX) + 1))  # every level is exercised


def test_pool_at_once_answers_as_word_by_word():
    """bonuses, bonuses_unless_close and leaf_groups (one look-up of the answer's codes for a whole pool) give
    what bonus, too_close and closeness give word by word."""
    from quizgen.analysis import lexicon

    pool = sorted(w for w, lv in lexicon.word_levels("2025").items() if len(w) == 2 and lv in (4, 5, 6))
    for answer in ("成就", "加速", "学者", "良好", "医生"):
        for verb in (False, True):
            assert nb.bonuses(answer, pool, verb) == [nb.bonus(answer, w, verb) for w in pool]
            assert nb.bonuses(answer, pool, verb, True) == [nb.bonus(answer, w, verb, True) for w in pool]
            got = nb.bonuses_unless_close(answer, pool, verb)
            assert list(got) == [w for w in pool if not nb.too_close(answer, w, verb)]
            assert got == {w: nb.bonus(answer, w, verb) for w in got}
        assert [w for w in pool if nb.leaf_groups(answer) & nb.leaf_groups(w)] == \
            [w for w in pool if nb.closeness(answer, w) == 5]
