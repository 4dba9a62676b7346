"""Distractors for multiple-choice gaps: the candidate pool, plausibility ranking, and the choice of three.

A distractor must be *plausible* (same part of speech, same number of characters, same or adjacent HSK level,
similar frequency, the same grammatical frame — :mod:`quizgen.items.frames` — and preferably from the answer's
Cilin neighbourhood, :mod:`quizgen.items.neighbours`) and *wrong* (no shared CC-CEDICT sense with the answer,
not in its Cilin 小类, not a variant form of it, not a word of the sentence, not forming a dictionary word with
the characters around the gap, not a set phrase with the neighbouring word). When fewer than three survive the
item is dropped; we never pad.

This module is the entry the item sections use (``from quizgen.items import distractors as dx``); the stages
of the choice live beside it, each importing only those before it:

* :mod:`quizgen.items.word_classes` — a word's class out of context (:func:`word_class`);
* :mod:`quizgen.items.gaps` — the gap in its sentence (:class:`Gap`, :func:`gap_for`);
* :mod:`quizgen.items.open_slots` — gaps not worth asking, their slot being open to too many words
  (:func:`unsure_slot`);
* :mod:`quizgen.items.option_checks` — why a word cannot be an option (:func:`problems`), and :func:`gate`,
  which re-checks a finished option set independently of how it was built (every choice-like item passes it
  before it is emitted);
* here — the pool of a gap's candidates, their ranking, and :func:`distractors`, which takes the best that
  pass.
"""
from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quizgen import memo
from quizgen.analysis import cedict_index, lexicon
from quizgen.cache import releasable
from quizgen.items import frames, plausible
from quizgen.items import neighbours as nb
from quizgen.items.gaps import Gap, gap_for
from quizgen.items.open_slots import unsure_slot
from quizgen.items.option_checks import edge_problems, fit_problems, gate, is_synonym, is_variant, problems
from quizgen.items.word_classes import dict_tag, noun_slot, word_class

# what the item sections use, wherever it is defined
__all__ = ["Gap", "Tally", "distractors", "gap_for", "gate", "is_synonym", "is_variant", "problems",
           "unsure_slot", "word_class"]


@releasable
@lru_cache(maxsize=64)
def _pool(standard: str, length: int, levels: tuple[int, ...]) -> tuple[str, ...]:
    """Listed words of ``standard`` with ``length`` characters at ``levels``, sorted (never hash order)."""
    wl = lexicon.word_levels(standard)
    head = cedict_index.headwords()  # a headword has entries
    words = [w for w, lv in wl.items() if len(w) == length and lv in levels and w in head]
    lexicon.prefetch_entries(w for w in words if not word_class.known(w))  # type: ignore[attr-defined]
    return tuple(sorted(w for w in words if not lexicon.is_proper_noun(w, "n")))


@dataclass(slots=True)
class Tally:
    """Counts for measurement: candidates considered and rejected, by reason; items dropped."""

    considered: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    items_dropped: int = 0
    gate_failures: int = 0
    unsure: dict[str, int] = field(default_factory=dict)  # gaps dropped before any candidate, by reason
    refused: dict[str, int] = field(default_factory=dict)  # passage-question drafts refused, "kind:reason"

    def reject(self, reasons: list[str]) -> None:
        self.rejected[reasons[0]] = self.rejected.get(reasons[0], 0) + 1

    def drop_unsure(self, why: str) -> None:
        """A gap dropped before any candidate, for ``why``."""
        self.items_dropped += 1
        self.unsure[why] = self.unsure.get(why, 0) + 1


@releasable
@lru_cache(maxsize=256)
def _candidates(standard: str, length: int, levels: tuple[int, ...], cls: frozenset[str]
                ) -> tuple[tuple[str, str, int | None], ...]:
    """The pool words of a length, levels and part of speech: (word, jieba tag, level), sorted. Not counted
    as candidates: the pool is "same length, level and POS"."""
    with memo.shard(f"pool-{standard}-{length}-{'-'.join(map(str, levels))}"):
        wl = lexicon.word_levels(standard)
        return tuple((w, dict_tag(w), wl.get(w)) for w in _pool(standard, length, levels) if word_class(w) & cls)


@releasable
@lru_cache(maxsize=8192)  # a lesson's gaps × the words checked for each: a few thousand
def _fit_reason(gap: Gap, option: str) -> str:
    """The first reason of :func:`fit_problems`, or "in-sentence", or '' (``gap`` without ``forbid``)."""
    return next(fit_problems(gap, option), "") or ("in-sentence" if option in gap.sentence else "")


@releasable
@lru_cache(maxsize=8192)
def _edge_reason(gap: Gap, option: str) -> str:
    return next(edge_problems(gap, option), "")


def _jitter(salt: str, word: str) -> float:
    """A tie-break in [0, 0.5) from the question's salt and the word: the same for the same question
    whatever else is asked, unlike a draw from a shared random sequence."""
    return zlib.crc32(f"{salt}\x1f{word}".encode()) / 2 ** 33


def distractors(gap: Gap, standard: str, rng: random.Random, *, text_words: frozenset[str] = frozenset(),
                n: int = 3, tally: Tally | None = None) -> list[str] | None:
    """The ``n`` most plausible valid distractors for ``gap``, or None when fewer than ``n`` exist.

    A distractor must be clearly wrong, so besides :func:`problems` it must not occur in the text
    (``text_words``: a word of the text is on its topic and too often fits: 战争 for 摆脱贫穷和＿, 评价 for
    社会对个人的＿ in the first hand check). A verbal noun as the answer (class v+n: 建设, 培训) is not gapped
    at all: nearly any other action word fits its slot (院校＿不能满足需要), and we cannot tell which.

    Plausibility (tuned by reading items, see docs/items-quality.md): +3 for a word of the answer's Cilin 中类,
    +1 for its 大类 (成就 → 意义, 前途; a verb: +3 for its 大类, :mod:`quizgen.items.neighbours`); +1 for a Zipf
    frequency within 0.5 of the answer's; +2 for the same first character with a different last one for verbs
    and adjectives (加速/加深: looks alike, means otherwise) — not for nouns, where
    it gave near-synonyms (人民/人类, 现实/现状); -3 for the same last character, the head of a noun and the
    core of a verb (实现/体现, 社区/地区); +1 for the same level; +1 for the exact same jieba tag; a jitter
    below 0.5 from ``rng`` and the word breaks ties, so another seed gives other, equally good distractors.

    The pool is ranked first and checked in rank order until ``n`` pass: the checks (dictionary look-ups
    around the gap) are the cost, and ranking needs none of them. ``tally`` counts the words checked. The
    result depends on the gap, ``forbid``, ``text_words`` and the first draw of ``rng`` only.
    """
    cls = gap.answer_class
    if not cls or {"v", "n"} <= cls:
        if tally:
            tally.drop_unsure("verbal-noun" if cls else "no-class")
        return None
    noun = "v" not in cls and "a" not in cls
    why_not = "noun-key" if not plausible.asked(cls) else unsure_slot(gap)
    if why_not:
        if tally:
            tally.drop_unsure(why_not)
        return None
    salt = repr(rng.random())
    chosen, considered, rejected = _chosen(gap, standard, salt, text_words, n, noun)
    if tally:
        tally.considered += considered
        for why in rejected:
            tally.reject([why])
        if chosen is None:
            tally.items_dropped += 1
    return list(chosen) if chosen is not None else None


@releasable
@lru_cache(maxsize=1024)
def _chosen(gap: Gap, standard: str, salt: str, text_words: frozenset[str], n: int, noun: bool
            ) -> tuple[tuple[str, ...] | None, int, tuple[str, ...]]:
    """(the distractors or None, the words considered, the reason of each rejected, in order) for
    :func:`distractors`: a function of its arguments alone, kept, since a passage cloze asks for the same gap
    in every window around its sentence and a section proposes again after losing a unit (11 of the sample's
    38 calls)."""
    lv = gap.level
    levels = plausible.levels(lv)
    cls = gap.answer_class
    forbid = gap.forbid
    base = replace(gap, forbid=frozenset()) if forbid else gap
    chosen: list[str] = []
    considered, rejected = 0, []
    with memo.shard(f"pool-{standard}-{len(gap.answer)}-{'-'.join(map(str, levels))}"):
        for w in _ranked(base, standard, levels, noun, salt):
            considered += 1
            # the first of problems() + "in-text", as problems() would list them for this gap
            why = plausible.problem(gap.answer, w, cls) or _fit_reason(base, w) or ("in-sentence" if w in forbid else _edge_reason(base, w)) \
                or ("in-text" if w in text_words else "")
            if why:
                rejected.append(why)
                continue
            if _spoils_set(gap.answer, w, chosen, noun, n):
                continue
            chosen.append(w)
            if len(chosen) == n:
                return tuple(chosen), considered, tuple(rejected)
    return None, considered, tuple(rejected)


def _spoils_set(answer: str, w: str, chosen: list[str], noun: bool, n: int) -> bool:
    """``w`` would spoil the set of distractors ``chosen`` so far: two synonyms of each other give each other
    away, and a last noun distractor that puts all in one field the key is not of makes the key the odd one out
    (for verbs and adjectives a Cilin 中类 is a broad field, Gb 'mental acts', and the replacements read worse)."""
    if any(is_synonym(w, c) for c in chosen):
        return True
    return noun and len(chosen) == n - 1 and bool(nb.odd_field(answer, w, *chosen))


def _ranked(gap: Gap, standard: str, levels: tuple[int, ...], noun: bool, salt: str) -> Iterator[str]:
    """The pool words in order of plausibility for ``gap`` (see :func:`distractors`), lazily: the score's
    whole part (character, level and tag bonuses) sorts the pool into a few tiers, and only the tiers
    reached are put in jitter order."""
    for tier in _tiers(gap.answer, gap.tag, gap.level, gap.answer_class, standard, levels, noun):
        yield from sorted(tier, key=lambda w: (-_jitter(salt, w), w))


@releasable  # dropped with the pools: a rebuild after release_memory() computes its pool facts in their shard again
@lru_cache(maxsize=1024)
def _tiers(answer: str, tag: str, lv: int, cls: frozenset[str], standard: str, levels: tuple[int, ...],
           noun: bool) -> tuple[tuple[str, ...], ...]:
    """The pool words by the whole part of their score, best tier first (a passage cloze asks for the same
    gap in every window around its sentence)."""
    first, last = answer[0], answer[-1]
    zipf, verb, slot = frames.zipf(answer), nb.strict(cls), noun_slot(cls)
    tiers: dict[int, list[str]] = {}
    pool = _candidates(standard, len(answer), levels, cls)
    for (w, wtag, wlv), near in zip(pool, nb.bonuses(answer, [c[0] for c in pool], verb, slot)):
        tier = (-3 if w[-1] == last else 2 if w[0] == first and not noun else 0) + (wlv == lv) + (wtag == tag) \
            + near + (abs(frames.zipf(w) - zipf) <= 0.5)
        tiers.setdefault(tier, []).append(w)
    return tuple(tuple(tiers[t]) for t in sorted(tiers, reverse=True))
