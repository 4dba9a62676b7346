"""What the student reads: the teacher's text with the tested words gapped and the tested sentences cut out.

A worksheet built on the teacher's own text must not print the answers in that text. Every student-facing
text that comes from the input goes through this module:

* the **reading**: each target of a gap item (:data:`GAP_TYPES`) that lies in it becomes a numbered gap
  ``（16）＿＿＿`` carrying the item's number on the sheet; each sentence removed for an insertion item
  becomes a numbered slot; the three sentences of an ordering item become one reference to the question
  (``（见第 N 题）``). Statement and fact items are reading comprehension: they change nothing in the text;
* **texts with input offsets** (fact prompts, insertion and ordering sentences): :func:`mask` writes every gap
  inside them as its number, so a sentence printed as an option never shows another item's answer;
* **texts without offsets** (statement options, which restate a clause of the passage verbatim):
  :func:`mask_restated` writes a gapped answer as its number where it stands in the same context as in its
  source sentence.

Pieces are ``(text, n)`` pairs: ``n`` None for plain text, 0 for the item's own blank, ``n > 0`` for gap *n*.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from quizgen.analysis import chars
from quizgen.analysis.tone_marks import word_pinyin
from quizgen.export.worksheet.snippet import Piece, snippet
from quizgen.items.itemset import Item, ItemSet, ReadingToken
from quizgen.items.kinds import CUT_TYPES, GAP_TYPES
from quizgen.items.kinds import kind as item_kind

#: Characters that do not count as shared context for :func:`mask_restated` (a gap before "。" is no clue).
_PUNCT = set(chars.CLAUSE_PUNCT + ".、" + "“”\"‘’'（）()《》「」『』—- \u3000\n")



@dataclass(frozen=True, slots=True)
class Hole:
    """A span of the input hidden from the student: a gap (word), a slot (insertion) or a ref (ordering)."""

    start: int
    end: int
    n: int
    kind: str  # "gap" | "slot" | "ref"
    text: str = ""   # the hidden text as in the input (a gap's word, a cut's sentences)
    left: str = ""   # the character before and after a gap in its source sentence (for mask_restated)
    right: str = ""


@dataclass(slots=True)
class StudentText:
    """The gapped reading and where each hole ended up.

    paragraphs: ``{"number", "runs"}`` with runs ``(kind, text, pinyin, n)``, kind one of "t" (plain),
    "w" / "wa" (a word with pinyin over it; "wa" right after another one), "gap", "slot", "ref";
    placed: hole number -> paragraph number for every hole printed in the reading;
    gaps: all gap holes (placed or not), by number;
    explained: above-level word (as written) -> paragraph where the sheet first explains it (pinyin over it in
    mode "above"; see :mod:`quizgen.export.worksheet.glossing`): the glossary's words.
    """

    paragraphs: list[dict[str, Any]]
    placed: dict[int, int]
    gaps: dict[int, Hole]
    explained: dict[str, int] = field(default_factory=dict)

    def context(self, n: int) -> list[Piece]:
        """The words around gap ``n`` in the reading, up to the sentence ends or a budget a side
        (:mod:`quizgen.export.worksheet.snippet`); the gap itself as ``("", 0)``, other gaps as their numbers. Empty if gap ``n`` is not in the reading.

        The snippet is cut where the items' sentences are: a closing quote after a full stop belongs to the
        sentence it closes (``问：“…？”`` keeps its ``”``; the next sentence does not start with it). It never
        starts with closing punctuation nor ends with opening punctuation, and a quotation mark or bracket
        whose partner was cut off is dropped, so what is left is balanced."""
        para = self.placed.get(n)
        if para is None:
            return []
        p = self.paragraphs[para - 1]
        return snippet(p["runs"], n, p.get("starts"))


def holes(numbered: list[tuple[int, Item]]) -> tuple[list[Hole], list[Hole]]:
    """(gaps, cuts) for the items on the sheet, each sorted by position. Gaps inside a cut are kept, to be
    hidden where the cut sentence is printed (an option of the insertion or ordering item)."""
    gaps: list[Hole] = []
    cuts: list[Hole] = []
    for n, it in numbered:
        if it.type in GAP_TYPES and it.target_start is not None and it.target_end is not None \
                and it.target_end > it.target_start:
            a, b = it.target_start - it.start, it.target_end - it.start
            ok = 0 <= a < b <= len(it.sentence) and it.end - it.start == len(it.sentence)
            word = it.sentence[a:b] if ok else (it.word or it.answer)
            gaps.append(Hole(it.target_start, it.target_end, n, "gap", word,
                             it.sentence[a - 1:a] if ok and a else "", it.sentence[b:b + 1] if ok else ""))
        elif it.type in CUT_TYPES and it.end > it.start:
            cuts.append(Hole(it.start, it.end, n, item_kind(it.type).reading, it.sentence))
    gaps.sort(key=lambda h: (h.start, h.n))
    cuts.sort(key=lambda h: (h.start, h.n))
    return gaps, cuts


def student_text(itemset: ItemSet, gaps: list[Hole], cuts: list[Hole], pinyin: str,
                 glossed: frozenset[str] | None = None, where: frozenset[int] | None = None) -> StudentText:
    """The reading with ``gaps`` and ``cuts`` applied; pinyin per ``pinyin`` mode, never over a gap; an
    above-level token explained (see :func:`_explains`) is recorded in ``StudentText.explained``. A gap inside a
    cut is not placed (its sentence is not in the reading); of two overlapping gaps the first is placed; a token
    in two cuts goes to the first, so overlapping cuts hide the union of their sentences. In mode "above" a word has
    pinyin over its first explained occurrence in each paragraph. A reading whose tokens
    carry no offsets is left out when there is anything to hide. Plain tokens are merged into one run."""
    placed: dict[int, int] = {}
    gaps_by_n = {g.n: g for g in gaps}
    if (gaps or cuts) and not any(t.start >= 0 for p in itemset.reading for t in p.tokens):
        # a reading without offsets (items.json from before they were recorded): the holes cannot be
        # found in it, so it is left out rather than printed with the answers in it
        return StudentText([], {}, gaps_by_n)
    cuts_at, gaps_at, near_hole = _Overlaps(cuts), _Overlaps(gaps), _Covered(gaps + cuts)
    paragraphs = []
    explained: dict[str, int] = {}
    for p in itemset.reading:
        runs: list[tuple[str, str, str, int]] = []
        done: set[int] = set()  # holes already written in this paragraph
        written, starts = 0, set()  # characters written so far; where words start (a snippet is cut there)
        unsure = note = None  # the unsure span (Paragraph.unsure), the editorial note (notes) being written
        # words with pinyin over them in this paragraph: the same reading over each of 15 军官 of one article was
        # clutter (strict check, session 16); a paragraph on repeats it once
        ruby: set[str] = set()
        for t in p.tokens:
            starts.add(written)
            unsure = _mark_unsure(runs, p.unsure, t, unsure)
            note = _mark_unsure(runs, p.notes, t, note, "note")
            explain = _explains(t, glossed, where) and not _hidden(t, near_hole, cuts_at, gaps_at)
            if explain:
                explained.setdefault(t.text, p.number)
            first = explain and t.text not in ruby  # mode "above": over the word's first place in the paragraph
            py = word_pinyin(t.pinyin) if t.pinyin and (pinyin == "all" or (pinyin == "above" and first)) else ""
            if first and py:
                ruby.add(t.text)
            if t.start < 0:  # an inserted space (dropped after a hole), or a reading without offsets
                if t.text.strip() or (runs and runs[-1][0] in ("t", "w", "wa")):
                    written += _text(runs, t.text, py)
                continue
            if not near_hole(t.start, t.end):  # most tokens: nothing to hide
                written += _text(runs, t.text, py)
                continue
            cut = next(iter(cuts_at(t.start, t.end)), None)
            if cut is not None:
                if cut.n not in done:
                    done.add(cut.n)
                    placed[cut.n] = p.number
                    runs.append((cut.kind, "", "", cut.n))
                continue
            over = sorted(gaps_at(t.start, t.end), key=lambda h: (h.start, h.n))
            if not over:
                written += _text(runs, t.text, py)
                continue
            written += _gapped_token(runs, t, over, placed, gaps_by_n, p.number)
        runs += [("/" + kind, "", "", 0) for kind, span in (("unsure", unsure), ("note", note)) if span is not None]
        while runs and runs[-1][0] == "t" and not runs[-1][1].strip():
            runs.pop()
        paragraphs.append({"number": p.number, "runs": runs, "starts": frozenset(starts)})
    return StudentText(paragraphs, placed, {g.n: g for g in gaps}, explained)


def _gapped_token(runs: list[tuple[str, str, str, int]], t: ReadingToken, over: list[Hole], placed: dict[int, int],
                  gaps_by_n: dict[int, Hole], number: int) -> int:
    """Token ``t`` written with the gaps ``over`` it (a gap overlapping one already placed is not placed again);
    the characters written."""
    written = 0
    exact = t.end - t.start == len(t.text)  # else junk was removed inside: hide the whole token
    pos = t.start
    for g in over:
        if exact and g.start > pos:
            written += _text(runs, t.text[pos - t.start:g.start - t.start], "")
        if g.n not in placed and not any(g.start < gaps_by_n[m].end and gaps_by_n[m].start < g.end
                                         for m in placed if m in gaps_by_n):
            runs.append(("gap", "", "", g.n))
            placed[g.n] = number
        pos = max(pos, g.end)
    if exact and pos < t.end:
        written += _text(runs, t.text[pos - t.start:], "")
    return written


def _mark_unsure(runs: list[tuple[str, str, str, int]], spans: tuple[tuple[int, int], ...], t: ReadingToken,
                 now: tuple[int, int] | None, kind: str = "unsure") -> tuple[int, int] | None:
    """Open or close the mark of a sentence that looks machine-rewritten (runs ``("unsure", …)`` and
    ``("/unsure", …)``), or of an editorial note (``kind`` "note"), before token ``t``; the span ``t`` is in
    (None: none)."""
    if t.start < 0:
        return now
    span = next((u for u in spans if u[0] <= t.start < u[1]), None)
    if span != now:
        if now is not None:
            runs.append(("/" + kind, "", "", 0))
        if span is not None:
            runs.append((kind, "", "", 0))
    return span


def _explains(t: ReadingToken, glossed: frozenset[str] | None, where: frozenset[int] | None) -> bool:
    """The sheet explains the token (pinyin over it in mode "above", a glossary row): it is above the level,
    the glossary has its meaning (``glossed``; pinyin without a meaning would tell the student how to say what
    they cannot read) and it stands where the questions are (``where``: token offsets, see
    :mod:`quizgen.export.worksheet.glossing`). None: no limit."""
    return t.above and bool(t.pinyin) and (glossed is None or t.text in glossed) and (where is None or t.start in where)


def _hidden(t: ReadingToken, near_hole: _Covered, cuts_at: _Overlaps, gaps_at: _Overlaps) -> bool:
    """The token is (partly) hidden from the student: in a cut sentence or a gap."""
    return t.start >= 0 and near_hole(t.start, t.end) and bool(cuts_at(t.start, t.end) or gaps_at(t.start, t.end))


class _Overlaps:
    """The holes overlapping a span, in the order of the list given, found by bisection: the holes of a lesson
    times its tokens made the student text quadratic. ``holes`` must be sorted by start (as :func:`holes`
    returns them)."""

    def __init__(self, holes: list[Hole]) -> None:
        self._holes = holes
        self._starts = [h.start for h in holes]
        self._longest = max((h.end - h.start for h in holes), default=0)

    def __call__(self, start: int, end: int) -> list[Hole]:
        # a hole overlapping [start, end) starts before ``end`` and, being at most ``_longest`` long, after
        # ``start - _longest``
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [h for h in self._holes[lo:hi] if start < h.end and h.start < end]


class _Covered:
    """Whether a span comes near any hole: False means no hole overlaps it. The holes' spans are merged as
    closed intervals, so one bisection answers for any token (a hole overlapping ``[start, end)`` meets the
    closed ``[start, end]``)."""

    def __init__(self, holes: list[Hole]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for h in sorted(holes, key=lambda h: h.start):
            if self._ends and h.start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], h.end)
            else:
                self._starts.append(h.start)
                self._ends.append(h.end)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._starts, end) - 1
        return k >= 0 and self._ends[k] >= start


def _text(runs: list[tuple[str, str, str, int]], text: str, py: str) -> int:
    """Append ``text`` to ``runs`` (plain text merged into the run before); its length."""
    if not text:
        return 0
    if not py:
        if runs and runs[-1][0] == "t":
            runs[-1] = ("t", runs[-1][1] + text, "", 0)
        else:
            runs.append(("t", text, "", 0))
    else:
        runs.append(("wa" if runs and runs[-1][0] in ("w", "wa") else "w", text, py, 0))
    return len(text)


def mask(text: str, start: int, gaps: dict[int, Hole], own: tuple[int, int] | None = None) -> list[Piece]:
    """``text`` (found at input offset ``start``) with every gap inside it written as its number, and the span
    ``own`` (input offsets: the item's own target) as the blank ``("", 0)``."""
    spans = [(g.start, g.end, g.n) for g in gaps.values() if own is None or not (g.start < own[1] and own[0] < g.end)]
    if own is not None:
        spans.append((own[0], own[1], 0))
    return _cut(text, [(s - start, e - start, n) for s, e, n in spans])


def mask_restated(text: str, gaps: dict[int, Hole]) -> list[Piece]:
    """``text`` with each gapped answer written as its number where it stands in the context it had in its
    source sentence (the same character right before or after it): a statement that restates a clause
    verbatim does not give the clause's gap away. The answer word elsewhere (other context) stays."""
    spans: list[tuple[int, int, int]] = []
    for g in sorted(gaps.values(), key=lambda h: (-len(h.text), h.n)):
        if not g.text:
            continue
        i = text.find(g.text)
        while i >= 0:
            j = i + len(g.text)
            before, after = text[i - 1:i] if i else "", text[j:j + 1]
            shared = (before and before == g.left and before not in _PUNCT) or \
                     (after and after == g.right and after not in _PUNCT)
            if shared and not any(i < e and s < j for s, e, _ in spans):
                spans.append((i, j, g.n))
            i = text.find(g.text, j)
    return _cut(text, spans)


def _cut(text: str, spans: list[tuple[int, int, int]]) -> list[Piece]:
    """``text`` cut at the (start, end, gap number) spans, offsets into ``text``; a span that overlaps an
    earlier one or runs past the end is skipped."""
    out: list[Piece] = []
    pos = 0
    for a, b, n in sorted(spans):
        if a < pos or b > len(text):
            continue
        if a > pos:
            out.append((text[pos:a], None))
        out.append(("", n))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def plain(pieces: list[Piece]) -> str:
    """Pieces as one string, gaps as ``（n）`` (for tests and plain-text uses)."""
    return "".join(t if n is None else ("＿＿＿" if n == 0 else f"（{n}）") for t, n in pieces)
