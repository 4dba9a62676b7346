"""Which above-level words the student sheet explains: pinyin over them in the reading, a row in the glossary.

A sheet that prints pinyin over every above-level word of a long text, and glosses each of them, is not a
handout: the sample news text (4,400 characters) gave 5 pages of annotated reading and 261 glossary rows for
17 questions. What a student needs explained is what the questions make them read closely. So, in pinyin mode
"above" (the default), a word gets its pinyin and a glossary row when

* it is above the level (``ReadingToken.above``) and the glossary has a meaning for it (:func:`glossed_words`:
  pinyin without a meaning tells a student how to say what they cannot read), and
* it stands in a **question sentence**: the sentence (or, in an overlong sentence, the clause) an item printed on
  the sheet is made from — its stem — or the passage it is about.

Those are the words the questions make a student read closely, and the words item selection already counts: a
stem may hold at most four above-level words, each one glossed (:func:`quizgen.items.select.glossed_above`), so
the glossary holds about four words per question at most, plus those of the passages. The sentence around a
clause is not added: on the sample it would take the glossary from 43 to 74 rows for context no item needs.

The rest of the text is read as extensive reading, without help, as the HSK exam prints it. The glossary holds
exactly the words printed with pinyin, so every word with pinyin has its meaning (issue 13.3) and no row
explains a word the student never needs. Mode "none" lists the same words without pinyin over them; mode "all"
prints pinyin everywhere and glosses every above-level word, as before.
"""
from __future__ import annotations

import bisect
from typing import Any

from quizgen.items.itemset import Item, ItemSet
from quizgen.items.kinds import GAP_TYPES, SKIPPED_TYPES


def question_spans(itemset: ItemSet) -> list[tuple[int, int]]:
    """Input offsets the sheet's questions are about: each printed item's sentence and its passage, merged."""
    passages = {p.id: (p.start, p.end) for p in itemset.passages}
    spans = []
    for it in itemset.items:
        if it.type in SKIPPED_TYPES:
            continue
        if it.end > it.start:
            spans.append((it.start, it.end))
        if it.passage in passages:
            spans.append(passages[it.passage])
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def question_tokens(itemset: ItemSet) -> frozenset[int] | None:
    """Input offsets (``start``) of the reading tokens inside a question's sentence or passage; None (every
    token) when the reading carries no offsets to find them by."""
    if not any(t.start >= 0 for p in itemset.reading for t in p.tokens):
        return None
    spans = question_spans(itemset)
    starts = [a for a, _ in spans]
    out: set[int] = set()
    for p in itemset.reading:
        for t in p.tokens:
            k = bisect.bisect_right(starts, t.start) - 1  # the last span starting at or before the token
            if t.start >= 0 and k >= 0 and spans[k][1] > t.start:
                out.add(t.start)
    return frozenset(out)


def gapped_words(items: list[Item]) -> set[str]:
    """The words tested by a gap on the sheet, in every form, and the words a ★ question asks the meaning of (an
    idiom above the level is one): never glossed (the row would give the answer away)."""
    return {w for it in items if it.type in GAP_TYPES for w in (it.word, it.simplified, it.answer) if w} \
        | {w for it in items if ASKED_MEANINGS and it.type == "question" and it.kind == "meaning"
           for w in (it.word, it.simplified) if w}


#: False: the glossary may explain a word whose meaning a question asks (bench/mutation_check.py
#: "glossary-asked-meaning").
ASKED_MEANINGS = True


def glossed_words(itemset: ItemSet) -> frozenset[str]:
    """Words the glossary can explain (as written), gapped words left out: the only above-level words that may
    get pinyin in the reading."""
    gapped = gapped_words([it for it in itemset.items if it.type not in SKIPPED_TYPES])
    return frozenset(g.word for g in itemset.glossary if g.gloss and g.word not in gapped
                     and g.simplified not in gapped)


def glossary_rows(itemset: ItemSet, explained: dict[str, int | None], limit: int, senses: int) -> list[dict[str, Any]]:
    """A row for each word in ``explained`` (word -> paragraph where the sheet first explains it, from
    :class:`quizgen.export.worksheet.gapped.StudentText`), most frequent first as the glossary orders them:
    the first ``limit`` rows go beside the reading, in order of first appearance, the others at the end of the
    sheet (same order); ``senses`` CC-CEDICT senses per row."""
    from quizgen.analysis.tone_marks import word_pinyin

    rows = [{"word": g.word, "pinyin": word_pinyin(g.pinyin),
             "gloss": "; ".join(s.strip() for s in g.gloss.split(";")[:senses]), "para": explained[g.word]}
            for g in itemset.glossary if g.word in explained]
    order = {id(r): k for k, r in enumerate(rows)}

    def where(r: dict[str, Any]) -> tuple[int, int]:  # para None: no reading printed to point to
        return (r["para"] if r["para"] is not None else 10**9, order[id(r)])

    return sorted(rows[:limit], key=where) + sorted(rows[limit:], key=where)
