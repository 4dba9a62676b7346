"""Sentences that are machine-rewritten (spun) or garbled: read, but never taught.

A spun text is one a synonym "spinner" has rewritten word by word (人民 → 平易近, 大 → 年夜, 方向 → 标的目的):
grammatical-looking, wrong Chinese. :mod:`quizgen.analysis.despin` restores what it can; :func:`is_garbled`
flags each sentence that still looks spun or garbled after that. Everything works on Simplified text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from quizgen.analysis import despin
from quizgen.analysis.datafiles import words as _data_words
from quizgen.analysis.decoding import common_chars
from quizgen.analysis.han import all_han, is_han

__all__ = [
    "garble_reasons",
    "is_garbled",
    "is_spinner_word",
    "spinner_hits",
    "spun_document",
]


# --------------------------------------------------------------------------------------------------
# Garbled / spun sentences
# --------------------------------------------------------------------------------------------------
# Strong tier: the spinner forms that are not Chinese (despin's "strong" pairs: 平易近, 年夜, 标的目的 …), each 0
# times in the SIGHAN test texts (~640k characters) once its exceptions apply; the spun sample has 平易近 ×28.
# Weak tier (quizgen/data/spinner_weak.txt): real words the spinner writes for common ones, rare in genuine
# text (平安 10, 供给 10 in SIGHAN) but common in spun text; ≥ _MIN_WEAK distinct ones in a sentence flag it,
# matched as whole jieba tokens, since 有用 or 安身 also occur across word boundaries (所有用户).
# Spun-document tier (quizgen/data/spinner_spun_doc.txt, plus every spun form of despin's reverse table):
# common words the spinner writes for others (国民, 任务, 程度), which count only in a document shown to be
# spun, where one weak or spun-document word left unrestored flags its sentence.
_MIN_WEAK = 2


@cache
def _weak() -> frozenset[str]:
    return _data_words("spinner_weak.txt")


@cache
def _spun_doc() -> frozenset[str]:
    """Spun-document words: the listed ones, the weak ones and every spun form of the reverse table."""
    return _data_words("spinner_spun_doc.txt") | _weak() | {p.spun for p in despin.pairs()}


def spun_document(text: str) -> bool:
    """True when a Simplified document is machine-rewritten (:class:`quizgen.analysis.despin.Evidence`)."""
    return despin.evidence(text).spun


# OOV rule: a sentence with ≥ _MIN_UNITS Han units of which ≥ _MAX_UNKNOWN_SHARE are unknown. A unit is
# a multi-character Han token, or a run of ≥ 3 single-character Han tokens (jieba's way of cutting a
# string it does not know); it is unknown when ``known`` rejects it. The unknown share of SIGHAN sentences
# has p50 ≈ 0.12, p99 ≈ 0.5 — and the spun sample has the same distribution, because the spinner writes
# dictionary words, so this rule only catches real garbage (mojibake, name lists, stuffed lines).
# Flagged share of SIGHAN sentences (pku / msr / as / cityu) by (min units, share):
#   8, 0.5: 1.99 / 2.36 / 0.89 / 2.87 %     8, 0.6: 0.53 / 0.59 / 0.31 / 0.67 %  <- chosen
#   8, 0.7: 0.15 / 0.12 / 0.08 / 0.20 %     6, 0.6: 0.79 / 0.99 / 0.74 / 0.80 %
# What it flags there is mostly sentences dense with names (丁关根、田纪云、李铁映…), no loss to a learner.
# A unit made only of HSK characters counts as known (:func:`_unknown`): jieba cuts classical and dense news
# text into pieces no dictionary lists (官自 / 二出 / 原非 / 之戏 of 红楼梦; 上月被 of a news line), and 102 genuine
# SIGHAN sentences and two 红楼梦 ones were greyed as "machine-rewritten" (session-22 judge). Mojibake (鎴戝湪…)
# is made of rare characters, so it stays flagged. In a probe of the four SIGHAN test texts cut at 。！？ the
# sentences this rule flags went 23 / 25 / 44 / 10 → 0 (pku / msr / as / cityu); the spun sample's flags are unchanged.
_MIN_UNITS = 8
_MAX_UNKNOWN_SHARE = 0.6


def is_spinner_word(word: str) -> bool:
    """A real word that spinners write for another (平安 for 安全, 无力 for 有力): in a spun document its
    dictionary sense is usually not what the text means."""
    return word in _spun_doc()


def spinner_hits(text: str) -> list[str]:
    """The strong spinner forms found in a Simplified string, distinct, in order of first occurrence."""
    return list(dict.fromkeys(p.spun for _, _, p in despin.strong_hits(text)))


def garble_reasons(words: Sequence[str], known: Callable[[str], bool], spun: bool = False) -> list[str]:
    """Why a sentence (its Simplified tokens) looks spun or garbled; empty when it does not.

    Reasons: the strong spinner substitutions found (``'平易近'`` …), ``'weak:平安+周全'`` for ≥ 2 weak
    ones, ``'oov'`` when too many Han units are unknown words, ``'private-use'`` for a character only some
    font can show (a rare character an old GBK/Big5 text stored as a font's own code: its reading is unknown).
    """
    reasons = spinner_hits("".join(words))
    if _private_use(words):
        reasons.append("private-use")
    weak = sorted({w.strip() for w in words} & (_spun_doc() if spun else _weak()))
    if len(weak) >= (1 if spun else _MIN_WEAK):
        reasons.append("weak:" + "+".join(weak))
    units = _han_units(words)
    if len(units) >= _MIN_UNITS:
        if _unknown(units, known) >= _MAX_UNKNOWN_SHARE * len(units):
            reasons.append("oov")
    return reasons


def _private_use(words: Sequence[str]) -> bool:
    return any(_PUA.search(w) for w in words)


#: Unicode's private-use areas (the BMP's and planes 15-16).
_PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def is_garbled(words: Sequence[str], known: Callable[[str], bool], spun: bool = False) -> bool:
    """True when a sentence (its Simplified jieba tokens) still looks spun or garbled.

    It contains a strong spinner form (matched on the joined tokens, because jieba cuts 平易近警 as
    平易/近警), or ≥ 2 distinct weak ones (in a spun document one weak or spun-document word is enough), or too many
    of its Han units are unknown words (``_MAX_UNKNOWN_SHARE``). Punctuation tokens may be present or not.
    """
    # The same tests as garble_reasons, stopping at the first that fires: this runs on every sentence.
    if _private_use(words) or despin.strong_hits("".join(words), limit=1):
        return True
    if spun:
        if not _spun_doc().isdisjoint(words):
            return True
    elif len(_weak().intersection(words)) >= _MIN_WEAK:
        return True
    if len(words) < _MIN_UNITS:  # a unit is at least one token: too few tokens for the unknown-word rule
        return False
    units = _han_units(words)
    if len(units) < _MIN_UNITS:
        return False
    return _unknown(units, known) >= _MAX_UNKNOWN_SHARE * len(units)


def _unknown(units: Sequence[str], known: Callable[[str], bool]) -> int:
    """How many Han units are neither a known word nor made only of HSK characters (Simplified or Traditional)."""
    common = common_chars()
    return sum(1 for u in units if not known(u) and not all(c in common for c in u))


def _han_units(words: Sequence[str]) -> list[str]:
    units: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            units.append("".join(run))
        run.clear()

    for w in words:
        w = w.strip()
        if len(w) == 1 and is_han(w):
            run.append(w)
            continue
        flush()
        if all_han(w):
            units.append(w)
    flush()
    return units
