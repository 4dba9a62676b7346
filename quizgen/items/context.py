"""What every item section needs: the :class:`Context` of one build (document, seed, targets, bookkeeping) and
the helpers that turn a token of a span into a gap with gated options.

Sections (:mod:`quizgen.items.words`, :mod:`quizgen.items.sections`, :mod:`quizgen.items.statements`,
:mod:`quizgen.items.facts`, :mod:`quizgen.items.questions`) import from here; :mod:`quizgen.items.generate` runs
them. Nothing here imports a section, so the package has no import cycle.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from quizgen.analysis import glosses, lexicon
from quizgen.analysis.document import Document, Token
from quizgen.analysis.script import to_traditional
from quizgen.items import distractors as dx
from quizgen.items.itemset import BLANK, Passage, item_id
from quizgen.items.select import Span, Target


@dataclass(slots=True)
class Context:
    """What every section needs: the document, options, shared bookkeeping."""

    doc: Document
    seed: int
    targets: list[Target]
    text_words: frozenset[str]
    tally: dx.Tally = field(default_factory=dx.Tally)
    used: set[str] = field(default_factory=set)  # target words already tested on the sheet
    used_sentences: set[int] = field(default_factory=set)  # sentences a question already uses (one each)
    known: frozenset[str] = frozenset()  # the learner's --known words: not tested, read as at the level
    passages: list[Passage] = field(default_factory=list)

    def rng(self, section: str) -> random.Random:
        return random.Random(f"{self.seed}:{section}")

    def display(self, simplified: str) -> str:
        """A word not taken from the text, in the input's script."""
        return to_traditional(simplified) if self.doc.script == "traditional" else simplified

    def id(self, span_text: str, target: str, type_: str) -> str:
        return item_id(self.doc.source, span_text, target, type_)


def span_words(span: Span) -> list[str]:
    return [t.simplified for t in span.tokens]


def make_gap(span: Span, tok: Token, level: int, forbid: frozenset[str] = frozenset()) -> dx.Gap:
    words = span_words(span)
    index = next(i for i, t in enumerate(span.tokens) if t is tok)
    offset = sum(len(w) for w in words[:index])
    return dx.gap_for(tok.simplified, tok.pos, level, "".join(words), offset, words, index, forbid)


def blank(doc: Document, span: Span, tok: Token, mark: str = BLANK) -> str:
    return doc.display(span.start, tok.start) + mark + doc.display(tok.end, span.end)


def word_pinyin(simplified: str) -> str:
    """Tone-mark pinyin of a word out of context: its first common CC-CEDICT entry ('' if none)."""
    from quizgen.analysis.pinyin import to_marks

    for e in lexicon.cedict_entries(simplified):
        if not e.is_proper:
            return to_marks(e.pinyin.replace("u:", "v"))
    return ""


def choice_options(ctx: Context, gap: dx.Gap, tok: Token, rng: random.Random) -> tuple | None:
    """(options, answer_index, option_pinyin, option_glosses) for a gap, or None (fewer than 3 distractors or
    the gate fails). Options are shown in the input's script; the gate runs on the Simplified forms."""
    ds = dx.distractors(gap, ctx.doc.standard, rng, text_words=ctx.text_words, tally=ctx.tally)
    if ds is None:
        return None
    simp = [gap.answer] + ds
    rng.shuffle(simp)
    if dx.gate(simp, gap.answer, gap):
        ctx.tally.gate_failures += 1
        return None
    idx = simp.index(gap.answer)
    shown = [tok.text if w == gap.answer else ctx.display(w) for w in simp]
    if len(set(shown)) != len(shown):  # two Simplified words with one Traditional form
        ctx.tally.gate_failures += 1
        return None
    pys = [tok.pinyin if w == gap.answer else word_pinyin(w) for w in simp]
    gls = [(tok.gloss if w == gap.answer else glosses.gloss(w)) or "" for w in simp]
    return tuple(shown), idx, tuple(pys), tuple(gls)
