"""Restore machine-rewritten ("spun") text: undo a synonym spinner's substitutions where the evidence says so.

A spinner rewrites a copied article word by word from a synonym table (人民 → 国民, 工作 → 任务, 安全 → 平安,
民 → 平易近). ``quizgen/data/spinner_pairs.tsv`` is the reverse table. Three kinds of evidence decide:

* **The document** (:func:`evidence`): a consistent spinner leaves no occurrence of the words it replaces. A
  text is spun when it holds ≥ 3 strong forms (not Chinese: 平易近, 年夜, 标的目的) or when many spun forms
  whose originals are common stand without a single original (国民 ×13 and no 人民, 周全 ×9 and no 全面 …).
  Nothing is ever restored in a document that is not spun.
* **The pair**: a strong form is always restored (bar its listed exceptions: 平易近人, 年夜饭). A spun form
  that is also a genuine word is restored by default only when it is seldom genuine where either word could
  stand (``genuine`` ≤ ``CERTAIN``: 国民/人民 0.12, 平安/安全 0.06), or when the spinner demonstrably rewrote
  that word too (平安 → 安然 is in the table and 安然 occurs: every 平安 left is a spun 安全).
* **The context**: a dictionary word made of the original and its neighbours, with none made of the spun form
  (公安工作 but no 公安任务, 中共中央, 重要讲话), restores even an everyday word (主要, 中心) and picks among
  several originals (任务 ← 工作 or 使命); a word made of the spun form and its neighbours (国民经济, 国民党)
  keeps it; so does a dictionary word that the spun form's edge cuts and the original's would not (民主要求).
  Undecided forms stay as they are, and their sentences stay flagged (:mod:`quizgen.analysis.garbled`).

Matching is on the Simplified analysis form, longest spun form first and across word boundaries (瞩目标 for
瞩目的: the spinner replaced 目的 by 目标 in 瞩目|的).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from quizgen.analysis.datafiles import lines
from quizgen.analysis.han import han_head, han_tail

__all__ = ["CERTAIN", "GENUINE", "Evidence", "Pair", "Restoration", "collocations", "decide_all", "evidence", "pairs",
           "restorations",
           "strong_hits"]

# A spun form that is a real word is restored without contextual support when it is genuine at most this
# share of the time (wordfreq: f(spun) / (f(spun) + f(original))). Measured by bench/bench_hygiene.py
# (synthetic spinner on SIGHAN AS/CityU chunks): see docs/benchmarks.md, "Issue 14".
CERTAIN = 0.2
# Document gate: distinct strong forms. SIGHAN's ~640k characters hold 0 once their exceptions apply, the sample 10+.
STRONG_HITS = 3
DENSE_CHARS = 500  # two distinct strong forms suffice at one hit per this many characters or more
# Absent-original gate: at least this many certain pairs whose spun form occurs and whose original does not,
# and at most one such pair in ABSENT_PER_PRESENT where the original does occur (SIGHAN chunks and whole
# texts, all four corpora: at most 4 absent pairs, see docs/benchmarks.md).
MIN_ABSENT = 5
ABSENT_PER_PRESENT = 3
_CONTEXT = 3  # characters each side considered for dictionary words around a spun form
_PASSES = 3  # contextual passes at most (each may restore a neighbour that decides the next; the sample needs 2)


@dataclass(frozen=True, slots=True)
class Pair:
    """One line of the reverse table: ``spun`` is what the spinner wrote for ``original``."""

    spun: str
    original: str
    spun_tw: str
    original_tw: str
    genuine: float | None  # None for a strong form (not Chinese)
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()

    @property
    def strong(self) -> bool:
        return self.genuine is None


GENUINE = Pair("", "", "", "", 1.0)  # _decide's verdict for a spun form that is a genuine word in its context


@dataclass(frozen=True, slots=True)
class Restoration:
    """A spun form at ``start:end`` of the analysed text that stands for ``pair.original``."""

    start: int
    end: int
    pair: Pair


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a document says about a spinner (see :func:`evidence`)."""

    strong: int  # distinct strong forms found (outside their exceptions)
    absent: tuple[str, ...]  # certain pairs "spun→original" whose spun form occurs and original does not
    present: tuple[str, ...]  # certain pairs whose original occurs
    active_originals: frozenset[str]  # originals no more frequent than their spun form, or spun forms too
    rewritten: frozenset[str] = frozenset()  # words the spinner demonstrably replaced (their spun form occurs)
    dense: bool = False  # strong forms at least one per DENSE_CHARS characters

    @property
    def spun(self) -> bool:
        if self.strong >= STRONG_HITS or (self.strong >= 2 and self.dense):
            return True
        return len(self.absent) >= MIN_ABSENT and len(self.present) * ABSENT_PER_PRESENT <= len(self.absent)


@cache
def pairs() -> tuple[Pair, ...]:
    """The reverse table, ``quizgen/data/spinner_pairs.tsv``: tab-separated spun, original, spun_tw,
    original_tw, genuine ("strong" or a share), not_before, not_after ("|"-separated, "-" for none), source
    (where the pair was read: provenance only)."""
    out = []
    for line in lines("spinner_pairs.tsv"):
        spun, orig, spun_tw, orig_tw, genuine, before, after, _source = line.split("\t")
        out.append(Pair(spun, orig, spun_tw, orig_tw, None if genuine == "strong" else float(genuine),
                        _alternatives(before), _alternatives(after)))
    return tuple(out)


@cache
def spun_forms() -> frozenset[str]:
    """Every spun form of the reverse table (Simplified): a word a spinner writes for another."""
    return frozenset(p.spun for p in pairs())


@cache
def collocations() -> frozenset[str]:
    """Set phrases that decide a spun form in context, ``quizgen/data/spinner_phrases.tsv``: tab-separated
    phrase (Simplified) and source; phrases no shipped dictionary lists (群众工作, 职责使命, 维稳任务)."""
    return frozenset(line.split("\t")[0] for line in lines("spinner_phrases.tsv"))


def _collocation(w: str) -> bool:
    return w in collocations()


def _alternatives(col: str) -> tuple[str, ...]:
    return () if col == "-" else tuple(col.split("|"))


@cache
def _by_spun() -> dict[str, tuple[Pair, ...]]:
    table: dict[str, list[Pair]] = {}
    for p in pairs():
        table.setdefault(p.spun, []).append(p)
    return {k: tuple(v) for k, v in table.items()}


@cache
def _pattern(strong_only: bool) -> re.Pattern[str]:
    forms = sorted({p.spun for p in pairs() if p.strong or not strong_only}, key=lambda s: (-len(s), s))
    return re.compile("|".join(map(re.escape, forms)))


def _exception(text: str, a: int, b: int, p: Pair) -> bool:
    """True when the strong form at text[a:b] is part of a genuine word (平易近人, 年夜饭, 出差人员)."""
    return any(text.endswith(x, 0, a) for x in p.not_before) or any(text.startswith(x, b) for x in p.not_after)


def strong_hits(text: str, limit: int | None = None) -> list[tuple[int, int, Pair]]:
    """The strong spinner forms in a Simplified string, as (start, end, pair), in text order, stopping after
    ``limit`` when given."""
    out: list[tuple[int, int, Pair]] = []
    for m in _pattern(True).finditer(text):
        p = _by_spun()[m.group()][0]
        if not _exception(text, m.start(), m.end(), p):
            out.append((m.start(), m.end(), p))
            if limit is not None and len(out) >= limit:
                break
    return out


def evidence(text: str) -> Evidence:
    """The document-level signal in a Simplified text: strong forms, and which certain pairs stand without
    their original (a consistent spinner leaves none) or with it."""
    # Distinct forms, not occurrences: one genuine word that is also a spinner's strong form (差人 "send
    # someone" in classical novels: 三国演义 has 差人 ×93 and 白叟 ×1 in 600 k characters) must not turn a
    # whole book into a spun one. Two forms count when they are dense, as a spinner writes them.
    hits = strong_hits(text)
    distinct = len({p.spun for _, _, p in hits})
    dense = len(hits) * DENSE_CHARS >= len(text)
    counts: Counter[str] = Counter()
    spun_forms = set(_by_spun())
    absent, present, active = [], [], set()
    for p in pairs():
        if p.strong:
            continue
        for w in (p.spun, p.original):
            if w not in counts:
                counts[w] = text.count(w)
        has_original = counts[p.original] > 0
        # A spinner may miss a few (the sample keeps one 重要 beside 主要 ×2): the pair is in use while its
        # original is no more frequent than its spun form.
        if counts[p.original] <= counts[p.spun] or p.original in spun_forms:
            active.add(p.original)
        if p.genuine is None or p.genuine > CERTAIN or p.original in spun_forms:
            continue  # the absence of an original says much only where it is the usual word
        if has_original:
            present.append(f"{p.spun}→{p.original}")
        elif counts[p.spun]:
            absent.append(f"{p.spun}→{p.original}")
    rewritten = frozenset(p.original for p in pairs() if counts.get(p.spun) or p.spun in text)
    return Evidence(distinct, tuple(absent), tuple(present), frozenset(active), rewritten, dense)


def restorations(text: str, known: Callable[[str], bool], has_phrase: Callable[[str], bool],
                 ev: Evidence | None = None) -> list[Restoration]:
    """Spun forms of a Simplified text to restore, in text order, non-overlapping; [] unless the text (or the
    document ``ev`` was computed on) is spun. See :func:`decide_all`."""
    return decide_all(text, known, has_phrase, ev)[0]


def decide_all(text: str, known: Callable[[str], bool], has_phrase: Callable[[str], bool],
               ev: Evidence | None = None) -> tuple[list[Restoration], list[tuple[int, int]]]:
    """The spun forms of a Simplified text to restore, and the spans of spun forms found genuine in their
    context (国民经济: a dictionary word holds the form), both in text order; ([], []) unless the text (or the
    document ``ev`` was computed on) is spun. Forms in neither list are undecided.

    ``known`` says whether a string is a dictionary word (CC-CEDICT or HSK: used for words a spun form's edge
    would cut); ``has_phrase`` whether it is a word or set phrase of any shipped dictionary (also jieba's:
    公安工作, 重要讲话), the collocation evidence.
    """
    ev = ev or evidence(text)
    if not ev.spun:
        return [], []
    found = [(m.start(), m.end(), _by_spun()[m.group()]) for m in _pattern(False).finditer(text)]
    # The sure restorations first (no context but the dictionaries), then contextual passes that read their
    # neighbours restored, until nothing changes (获得严重冲破 -> 严重突破 after the first pass, where 重大突破 is
    # a dictionary phrase; 服务保证办法 -> 服务保障办法 -> 服务保障措施).
    decide = _memo_decide(ev, known)
    decided: dict[int, Pair] = {}
    for a, b, options in found:
        pair = decide(text, a, b, options, _never)
        if pair is not None:
            decided[a] = pair
    phrase = _either(has_phrase, _collocation)
    for _ in range(_PASSES):
        view, shift = _restored_view(text, [(a, b, decided[a]) for a, b, _ in found
                                            if decided.get(a, GENUINE) is not GENUINE])
        new = {}
        for a, b, options in found:
            if a not in decided:
                va = a + shift(a)
                pair = decide(view, va, va + b - a, options, phrase)
                if pair is not None:
                    new[a] = pair
        if not new:
            break
        decided.update(new)
    out = [Restoration(a, b, decided[a]) for a, b, _ in found if decided.get(a, GENUINE) is not GENUINE]
    return out, [(a, b) for a, b, _ in found if decided.get(a) is GENUINE]


def _memo_decide(ev: Evidence, known: Callable[[str], bool]):
    """:func:`_decide` for one document's evidence, remembered per context: a form that is not strong is decided
    by its :func:`_window` alone (its options are those of its spelling), so a form seen again in the same
    context, in the text or in the next contextual pass (which re-reads every undecided form), is not read
    again. Keyed by the predicate too: the first pass reads no phrases."""
    memo: dict[tuple[str, str, str, Callable[[str], bool]], Pair | None] = {}

    def decide(text: str, a: int, b: int, options: tuple[Pair, ...],
               has_phrase: Callable[[str], bool]) -> Pair | None:
        if options[0].strong:
            return _decide(text, a, b, options, ev, known, has_phrase)
        key = (*_window(text, a, b), has_phrase)
        try:
            return memo[key]
        except KeyError:
            pair = memo[key] = _decide(text, a, b, options, ev, known, has_phrase)
            return pair

    return decide


def _window(text: str, a: int, b: int) -> tuple[str, str, str]:
    """What :func:`_decide` reads of the context of a form that is not strong: the Han characters of up to
    :data:`_CONTEXT` before it, the form, those after it."""
    return han_tail(text[max(0, a - _CONTEXT):a]), text[a:b], han_head(text[b:b + _CONTEXT])


def _either(f: Callable[[str], bool], g: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda w: f(w) or g(w)


def _never(_: str) -> bool:
    return False


def _restored_view(text: str, fixes: list[tuple[int, int, Pair]]):
    """``text`` with ``fixes`` applied, and a function giving the offset shift at an unrestored position."""
    import bisect

    parts, pos, marks, shifts, total = [], 0, [], [], 0
    for a, b, p in fixes:
        parts.append(text[pos:a])
        parts.append(p.original)
        total += len(p.original) - (b - a)
        marks.append(b)
        shifts.append(total)
        pos = b
    parts.append(text[pos:])

    def shift(i: int) -> int:
        k = bisect.bisect_right(marks, i)
        return shifts[k - 1] if k else 0

    return "".join(parts), shift


def _decide(text: str, a: int, b: int, options: tuple[Pair, ...], ev: Evidence, known: Callable[[str], bool],
            has_phrase: Callable[[str], bool]) -> Pair | None:
    """The pair that the form at text[a:b] is to be restored by, :data:`GENUINE` to keep it as a genuine word,
    or None when undecided (kept too)."""
    if options[0].strong:
        return None if _exception(text, a, b, options[0]) else options[0]
    left, spun, right = _window(text, a, b)
    live = [p for p in options if p.original in ev.active_originals]
    if not live:
        return None
    # A curated collocation decides first, even where a dictionary word runs across the form's edge (新任务
    # beside 新任 "newly appointed"; 更高水平 beside 高程 "elevation").
    if _in_phrase(left, spun, right, _collocation):
        return GENUINE
    curated = [p for p in live if _in_phrase(left, p.original, right, _collocation)]
    if len(curated) == 1 and has_phrase is not _never:
        return curated[0]
    for side in ("left", "right"):
        if _cuts_word(left, spun, right, known, side) and \
                not any(_cuts_word(left, p.original, right, known, side) for p in live):
            return None  # 民主|要求, 泰国|民俗: the spun "word" is an accident of its neighbours
    # A dictionary word, or a phrase of jieba's list with a whole word of context (its single-character
    # extensions include accidents like 国国民), holds the spun form: genuine here (国民经济, 需求量, 主要职责).
    if _in_phrase(left, spun, right, known) or _in_phrase(left, spun, right, has_phrase, 2):
        return GENUINE
    backed = [p for p in live if _in_phrase(left, p.original, right, has_phrase)]
    if len(backed) == 1:
        return backed[0]
    if len(options) > 1:
        return None  # several originals and no context to choose: leave it (its sentence stays flagged)
    p = live[0]
    certain = p.genuine is not None and p.genuine <= CERTAIN
    # 平安 → 安然 occurs: the spinner rewrote every genuine 平安, so each one left is a spun 安全
    return p if certain or spun in ev.rewritten else None


def _in_phrase(left: str, word: str, right: str, has_phrase: Callable[[str], bool], least: int = 1) -> bool:
    """True when ``word`` with at least ``least`` of its neighbours is one dictionary word or phrase (公安+工作,
    中共+中央)."""
    for i in range(len(left) + 1):
        head = left[len(left) - i:] + word
        for j in range(max(0, least - i), len(right) + 1):
            if has_phrase(head + right[:j]):
                return True
    return False


def _cuts_word(left: str, word: str, right: str, known: Callable[[str], bool], side: str) -> bool:
    """True when a dictionary word runs across the ``side`` ("left" or "right") edge of ``word`` in its
    context (民|主要 cut by 民主), taking a neighbour that no word of the context claims (in 平安|全方位 the 全
    is 全方位's, not 安全's)."""
    if side == "left":
        if any(known(left[len(left) - i:]) for i in range(2, len(left) + 1)):
            return False
        return any(known(left[len(left) - i:] + word[:k]) for k in range(1, len(word))
                   for i in range(1, len(left) + 1))
    if any(known(right[:j]) for j in range(2, len(right) + 1)):
        return False
    return any(known(word[k:] + right[:j]) for k in range(1, len(word)) for j in range(1, len(right) + 1))


