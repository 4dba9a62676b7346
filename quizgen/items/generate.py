"""Item generation: vocabulary, cloze and choice items, then the HSK-format sections for the level.

:func:`build_items` is the entry point (re-exported as :func:`quizgen.items.build_items`). Each section draws its
randomness from ``random.Random(f"{seed}:{section}")``, so changing one section's count never reshuffles
another, and the same document and seed always give the same items.

Words are tested once per sheet and a sentence carries one question: the HSK sections pick first (they need
particular stretches of text), then the passage questions (★ questions, true/false), then choice, cloze and
fact; vocabulary covers every target (it is the word list and the Anki vocabulary deck).
"""
from __future__ import annotations

from collections.abc import Callable

from quizgen.analysis.document import Document, Token
from quizgen.items import facts, ordering, questions, sections, statements
from quizgen.items.context import Context
from quizgen.items.itemset import ITEM_TYPES, GlossEntry, Item, ItemSet, Passage
from quizgen.items.select import CHARS_PER_SHEET, select_targets, sheet_glossed
from quizgen.items.stretches import one_stretch_per_kind
from quizgen.items.words import VOCABULARY_PER_SHEET, choice_items, cloze_items, vocabulary_items

#: Default item counts by level: enough for a two-page worksheet (measured on the sample text's sheet: about
#: 25 questions fill two A4 pages with the passage and glossary). Vocabulary is the Anki word list.
DEFAULT_COUNTS: dict[int, dict[str, int]] = {
    1: {"vocabulary": 20, "cloze": 4, "choice": 4, "matching": 5, "word_bank": 5, "fact": 2},
    2: {"vocabulary": 20, "cloze": 4, "choice": 4, "matching": 5, "word_bank": 5, "fact": 2},
    3: {"vocabulary": 20, "cloze": 4, "choice": 5, "matching": 5, "word_bank": 5, "fact": 2},
    4: {"vocabulary": 20, "cloze": 4, "choice": 6, "word_bank": 5, "ordering": 3, "fact": 3, "question": 6,
        "judgment": 4},
    5: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "statement": 3, "fact": 3, "question": 8},
    6: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "insertion": 5, "fact": 3, "question": 8},
    7: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "insertion": 5, "fact": 3, "question": 8},
}
for _lv in (1, 2, 3):
    DEFAULT_COUNTS[_lv].update({"judgment": 4, "question": 2})
#: Counts are for a text of up to CHARS_PER_SHEET characters; a longer one gets proportionally more of the
#: single questions, up to MAX_SCALE times (a 2,000-character story gives twice a 400-character paragraph's).
#: Grouped sections (word bank, matching, passage cloze, insertion) stay one exercise each.
MAX_SCALE = 2.5
SCALED = frozenset({"vocabulary", "cloze", "choice", "fact", "question", "judgment", "statement", "ordering"})


#: The sections in the order they run. Each claims its sentences and words in the shared Context, so a later
#: section picks among what is left: today the result depends on this order (tests/test_items_build.py,
#: test_items_do_not_depend_on_section_order, measures it; issue 10 asks for one allocator instead).
SECTIONS: tuple[tuple[str, Callable[[Context, int], list[Item]]], ...] = (
    ("ordering", ordering.ordering), ("insertion", sections.insertion),
    ("passage_cloze", sections.passage_cloze), ("statement", statements.statement_items),
    ("word_bank", sections.word_bank), ("matching", sections.matching),
    ("question", questions.question_items), ("judgment", questions.judgment_items),
    ("choice", choice_items), ("cloze", cloze_items), ("fact", facts.fact_items),
    ("vocabulary", vocabulary_items),
)


def default_counts(level: int, n_chars: int = 0) -> dict[str, int]:
    """Item counts for a text of ``n_chars`` Han characters at ``level``."""
    scale = min(MAX_SCALE, max(1.0, n_chars / CHARS_PER_SHEET))
    return {k: round(v * scale) if k in SCALED else v for k, v in DEFAULT_COUNTS[min(max(level, 1), 7)].items()}


def build_items(doc: Document, *, seed: int = 0, known: frozenset[str] = frozenset(),
                counts: dict[str, int] | None = None, title: str | None = None) -> ItemSet:
    """See :func:`quizgen.items.build_items`."""
    want = default_counts(doc.level, doc.profile.n_chars)
    # the vocabulary list grows with the text read so far, up to its largest default (words.vocabulary_order):
    # a count taken from the whole text's length would change every card's chances when text is appended
    want["vocabulary"] = round(VOCABULARY_PER_SHEET * MAX_SCALE)
    want.update(counts or {})
    unknown = sorted(set(want) - set(ITEM_TYPES))
    if unknown:
        from quizgen.errors import ConfigError

        raise ConfigError(f"unknown item type {', '.join(unknown)}. Use one of: {', '.join(ITEM_TYPES)}")
    targets = select_targets(doc, known, seed)
    words = frozenset(t.simplified for s in doc.sentences if not s.flagged for t in s.tokens if t.is_word)
    ctx = Context(doc, seed, targets, words, known=known)
    items: list[Item] = []
    for name, fn in SECTIONS:
        if want.get(name, 0) > 0:
            items.extend(fn(ctx, want[name]))
    items = one_stretch_per_kind(ctx, items)  # choice gaps in one stretch of the text, cloze in another
    # a text that repeats a passage word for word would get the same question twice (one id, one Anki note)
    seen: set[str] = set()
    items = [i for i in items if not (i.id in seen or seen.add(i.id))]  # type: ignore[func-returns-value]
    order = {t: i for i, t in enumerate(ITEM_TYPES)}
    items.sort(key=lambda i: (order[i.type], _position(i, ctx.passages), i.number or 0))
    stats = {f"items.{t}": sum(i.type == t for i in items) for t in ITEM_TYPES}
    stats.update({"targets": len(targets), "distractor_candidates": ctx.tally.considered,
                  "distractor_rejected": sum(ctx.tally.rejected.values()),
                  "gaps_dropped_fewer_than_3": ctx.tally.items_dropped, "gate_failures": ctx.tally.gate_failures})
    stats.update({f"rejected.{k}": v for k, v in ctx.tally.rejected.items()})
    stats.update({f"gaps_unsure.{k}": v for k, v in ctx.tally.unsure.items()})
    if doc.repaired:  # spun words restored by the analysis (quizgen.analysis.despin), as found → as restored
        stats["restored_words"] = sum(r.count for r in doc.repaired)
        stats.update({f"restored.{r.text}→{r.replacement}": r.count for r in doc.repaired})
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
    spun = bool(doc.repaired)
    first: dict[str, Token] = {}
    count: dict[str, int] = {}
    for s in doc.sentences:
        for t in s.tokens:
            if t.is_word and not t.proper_noun and (t.level is None or t.level > doc.level) \
                    and sheet_glossed(t, spun):
                first.setdefault(t.simplified, t)
                count[t.simplified] = count.get(t.simplified, 0) + 1
    order = [w for w in doc.profile.above_level if w in first]
    order += sorted((w for w in first if w not in set(order)), key=lambda w: (-count[w], first[w].start))
    # A word without a CC-CEDICT gloss is left out (sheet_glossed): it is mostly a segmenter's invention (水清岸, 一非).
    return tuple(GlossEntry(first[w].text, w, first[w].pinyin, first[w].gloss or "", first[w].level, count[w])
                 for w in order)


