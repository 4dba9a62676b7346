"""Item generation: vocabulary, cloze and choice items, then the HSK-format sections for the level.

:func:`build_items` is the entry point (re-exported as :func:`quizgen.items.build_items`). Each section draws its
randomness from ``random.Random(f"{seed}:{section}")``, so changing one section's count never reshuffles
another, and the same document and seed always give the same items.

Words are tested once per sheet: the HSK sections pick first (they need particular stretches of text), then
choice, then cloze; vocabulary covers every target (it is the word list and the Anki vocabulary deck).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from quizgen.analysis import glosses, lexicon
from quizgen.analysis.document import Document, Token
from quizgen.analysis.script import to_traditional
from quizgen.items import distractors as dx
from quizgen.items.itemset import BLANK, ITEM_TYPES, GlossEntry, Item, ItemSet, Passage, item_id
from quizgen.items.select import Span, Target, best_occurrence, select_targets

#: Default item counts by level: enough for a two-page worksheet (measured on the sample text's sheet: about
#: 25 questions fill two A4 pages with the passage and glossary). Vocabulary is the Anki word list.
DEFAULT_COUNTS: dict[int, dict[str, int]] = {
    1: {"vocabulary": 20, "cloze": 4, "choice": 4, "matching": 5, "word_bank": 5, "fact": 2},
    2: {"vocabulary": 20, "cloze": 4, "choice": 4, "matching": 5, "word_bank": 5, "fact": 2},
    3: {"vocabulary": 20, "cloze": 4, "choice": 5, "matching": 5, "word_bank": 5, "fact": 2},
    4: {"vocabulary": 20, "cloze": 4, "choice": 6, "word_bank": 5, "ordering": 3, "fact": 3},
    5: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "statement": 3, "fact": 3},
    6: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "insertion": 5, "fact": 3},
    7: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "insertion": 5, "fact": 3},
}


def default_counts(level: int) -> dict[str, int]:
    return dict(DEFAULT_COUNTS[min(max(level, 1), 7)])


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


def build_items(doc: Document, *, seed: int = 0, known: frozenset[str] = frozenset(),
                counts: dict[str, int] | None = None, title: str | None = None) -> ItemSet:
    """See :func:`quizgen.items.build_items`."""
    from quizgen.items import facts, sections, statements

    want = default_counts(doc.level)
    want.update(counts or {})
    unknown = sorted(set(want) - set(ITEM_TYPES))
    if unknown:
        from quizgen.errors import ConfigError

        raise ConfigError(f"unknown item type {', '.join(unknown)}. Use one of: {', '.join(ITEM_TYPES)}")
    targets = select_targets(doc, known, seed)
    words = frozenset(t.simplified for s in doc.sentences if not s.flagged for t in s.tokens if t.is_word)
    ctx = Context(doc, seed, targets, words, known=known)
    items: list[Item] = []
    runs = [
        ("ordering", sections.ordering), ("insertion", sections.insertion),
        ("passage_cloze", sections.passage_cloze), ("statement", statements.statement_items),
        ("word_bank", sections.word_bank), ("matching", sections.matching),
        ("choice", choice_items), ("cloze", cloze_items), ("fact", facts.fact_items),
        ("vocabulary", vocabulary_items),
    ]
    for name, fn in runs:
        if want.get(name, 0) > 0:
            items.extend(fn(ctx, want[name]))
    order = {t: i for i, t in enumerate(ITEM_TYPES)}
    items.sort(key=lambda i: (order[i.type], _position(i, ctx.passages), i.number or 0))
    stats = {f"items.{t}": sum(i.type == t for i in items) for t in ITEM_TYPES}
    stats.update({"targets": len(targets), "distractor_candidates": ctx.tally.considered,
                  "distractor_rejected": sum(ctx.tally.rejected.values()),
                  "gaps_dropped_fewer_than_3": ctx.tally.items_dropped, "gate_failures": ctx.tally.gate_failures})
    stats.update({f"rejected.{k}": v for k, v in ctx.tally.rejected.items()})
    stats.update({f"gaps_unsure.{k}": v for k, v in ctx.tally.unsure.items()})
    return ItemSet(source=doc.source, title=title or _title(doc.source), standard=doc.standard, level=doc.level,
                   seed=seed, items=tuple(items), passages=tuple(sorted(ctx.passages, key=lambda p: p.start)),
                   glossary=glossary(doc), profile=_profile(doc), stats=stats, notes=doc.warnings)


def _position(item: Item, passages: list[Passage]) -> int:
    for p in passages:
        if p.id == item.passage:
            return p.start
    return item.start


def _title(source: str) -> str:
    from pathlib import PurePath

    return PurePath(source).stem or source


def _profile(doc: Document) -> dict:
    from quizgen.analysis.document import level_label

    p = doc.profile
    return {"characters": {level_label(lv): round(c, 4) for lv, c in p.char_coverage},
            "words": {level_label(lv): round(c, 4) for lv, c in p.word_coverage},
            "level_95_characters": level_label(p.level_95_chars) if p.level_95_chars else None,
            "level_95_words": level_label(p.level_95_words) if p.level_95_words else None,
            "n_characters": p.n_chars, "n_words": p.n_words}


def glossary(doc: Document) -> tuple[GlossEntry, ...]:
    """Words above the level (not names) that CC-CEDICT glosses, most frequent first as in the profile, with
    their first reading.

    In a machine-rewritten document (one where spinner substitutions were repaired) the real words a spinner
    writes for others (无力 for 有力, 犯法 for 犯罪) are left out: their dictionary sense is not what the
    text means."""
    from quizgen.analysis.garbled import is_spinner_word

    spun = bool(doc.repaired)
    first: dict[str, Token] = {}
    count: dict[str, int] = {}
    for s in doc.sentences:
        for t in s.tokens:
            if t.is_word and not t.proper_noun and (t.level is None or t.level > doc.level) \
                    and not (spun and is_spinner_word(t.simplified)):
                first.setdefault(t.simplified, t)
                count[t.simplified] = count.get(t.simplified, 0) + 1
    order = [w for w in doc.profile.above_level if w in first]
    order += sorted((w for w in first if w not in set(order)), key=lambda w: (-count[w], first[w].start))
    # A word without a CC-CEDICT gloss is left out too: it is mostly a segmenter's invention (水清岸, 一非).
    return tuple(GlossEntry(first[w].text, w, first[w].pinyin, first[w].gloss, first[w].level, count[w])
                 for w in order if first[w].gloss)


# --- word items -------------------------------------------------------------------------------------------


def span_words(span: Span) -> list[str]:
    return [t.simplified for t in span.tokens]


def make_gap(span: Span, tok: Token, level: int, forbid: frozenset[str] = frozenset()) -> dx.Gap:
    words = span_words(span)
    index = next(i for i, t in enumerate(span.tokens) if t is tok)
    offset = sum(len(w) for w in words[:index])
    return dx.gap_for(tok.simplified, tok.pos, level, "".join(words), offset, words, index, forbid)


def blank(doc: Document, span: Span, tok: Token, mark: str = BLANK) -> str:
    return doc.text[span.start:tok.start] + mark + doc.text[tok.end:span.end]


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


def _word_targets(ctx: Context, min_len: int = 2):
    """Unused targets, best first, with their best occurrence in a sentence not used yet by another gap item
    (one gap per sentence: a sentence shown twice would give away the other item's answer)."""
    for t in ctx.targets:
        if t.simplified in ctx.used or len(t.simplified) < min_len or not t.once:
            continue
        free = [o for o in t.occurrences if o[0].sentence.id not in ctx.used_sentences]
        if free:
            best = best_occurrence(Target(t.simplified, t.level, t.pos, t.count, t.score, tuple(free)))
            yield t, best


def choice_items(ctx: Context, n: int) -> list[Item]:
    """Multiple-choice cloze: the answer and three gated distractors; targets without three are skipped.

    Single characters are never gapped here: one character fits too many gaps to have one right answer.
    """
    rng = ctx.rng("choice")
    out: list[Item] = []
    for target, (span, tok) in _word_targets(ctx):
        if len(out) >= n:
            break
        gap = make_gap(span, tok, tok.level or ctx.doc.level)
        got = choice_options(ctx, gap, tok, rng)
        if got is None:
            continue
        options, idx, pys, gls = got
        ctx.used.add(target.simplified)
        ctx.used_sentences.add(span.sentence.id)
        out.append(_word_item(ctx, "choice", span, tok, prompt=blank(ctx.doc, span, tok), options=options,
                              answer_index=idx, option_pinyin=pys, option_glosses=gls))
    return out


def cloze_items(ctx: Context, n: int) -> list[Item]:
    """Open cloze with a pinyin hint: pinyin names one word, so the gap has one right answer (a meaning hint
    would admit synonyms). The gloss is carried for the back of the card."""
    out: list[Item] = []
    for target, (span, tok) in _word_targets(ctx):
        if len(out) >= n:
            break
        ctx.used.add(target.simplified)
        ctx.used_sentences.add(span.sentence.id)
        out.append(_word_item(ctx, "cloze", span, tok, prompt=blank(ctx.doc, span, tok), hint=tok.pinyin))
    return out


def vocabulary_items(ctx: Context, n: int) -> list[Item]:
    """Word cards for the top ``n`` targets (tested elsewhere or not), example sentence from the text."""
    out = []
    for target in ctx.targets[:n]:
        span, tok = best_occurrence(target)
        out.append(_word_item(ctx, "vocabulary", span, tok, prompt=tok.text, hint=tok.pinyin))
    return out


def _word_item(ctx: Context, type_: str, span: Span, tok: Token, *, prompt: str, options: tuple = (),
               answer_index: int | None = None, hint: str = "", option_pinyin: tuple = (),
               option_glosses: tuple = (), **extra) -> Item:
    doc = ctx.doc
    return Item(
        id=ctx.id(span.text, tok.simplified, type_), type=type_, level=tok.level, prompt=prompt,
        options=options, answer=tok.text, answer_index=answer_index, source=doc.source, sentence=span.text,
        start=span.start, end=span.end, word=tok.text, simplified=tok.simplified, pinyin=tok.pinyin,
        gloss=tok.gloss or "", target_start=tok.start, target_end=tok.end, hint=hint,
        blanked=blank(doc, span, tok), option_pinyin=option_pinyin, option_glosses=option_glosses, **extra)
