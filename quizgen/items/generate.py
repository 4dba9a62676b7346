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
from quizgen.analysis.han import is_han
from quizgen.items import allocate, facts, ordering, questions, sections, shares, sheet_pass, statements
from quizgen.items.context import Context, paragraph_words
from quizgen.items.itemset import ITEM_TYPES, GlossEntry, Item, ItemSet, Passage
from quizgen.items.kinds import GAP_TYPES, ONE_A_SHEET, SCALED_TYPES
from quizgen.items.select import CHARS_PER_SHEET, Target, select_targets, sheet_glossed
from quizgen.items.words import choice_items, cloze_items, vocabulary_items

#: Default item counts by level: enough for a two-page worksheet (measured on the sample text's sheet: about
#: 25 questions fill two A4 pages with the passage and glossary). Vocabulary is the Anki word list.
DEFAULT_COUNTS: dict[int, dict[str, int]] = {
    1: {"vocabulary": 20, "cloze": 4, "choice": 4, "matching": 5, "word_bank": 5, "fact": 2},
    2: {"vocabulary": 20, "cloze": 4, "choice": 4, "matching": 5, "word_bank": 5, "fact": 2},
    3: {"vocabulary": 20, "cloze": 4, "choice": 5, "matching": 5, "word_bank": 5, "fact": 2},
    4: {"vocabulary": 20, "cloze": 4, "choice": 6, "word_bank": 5, "ordering": 3, "fact": 3, "question": 8,
        "judgment": 4},
    5: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "statement": 3, "fact": 3, "question": 12},
    6: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "insertion": 5, "fact": 3, "question": 12},
    7: {"vocabulary": 20, "cloze": 4, "choice": 6, "passage_cloze": 8, "insertion": 5, "fact": 3, "question": 12},
}
for _lv in (1, 2, 3):
    DEFAULT_COUNTS[_lv].update({"judgment": 4, "question": 2})
#: Counts are for a text of up to CHARS_PER_SHEET characters; a longer one gets proportionally more of the
#: single questions, up to MAX_SCALE times (a 2,000-character story gives twice a 400-character paragraph's).
#: Grouped sections (word bank, matching, passage cloze, insertion) stay one exercise each.
MAX_SCALE = 2.5
SCALED = frozenset(SCALED_TYPES)  # what each kind is: quizgen.items.kinds (Kind.count)


#: The sections. Each proposes its items from the same state and one allocator assigns sentences and words
#: (:mod:`quizgen.items.allocate`, in its own fixed order of kinds), so this order changes nothing
#: (tests/test_items_build.py, test_items_do_not_depend_on_section_order).
SECTIONS: tuple[tuple[str, Callable[[Context, int], list[Item]]], ...] = (
    ("ordering", ordering.ordering), ("insertion", sections.insertion),
    ("passage_cloze", sections.passage_cloze), ("statement", statements.statement_items),
    ("word_bank", sections.word_bank), ("matching", sections.matching),
    ("question", questions.question_items), ("judgment", questions.unbalanced_judgments),
    ("choice", choice_items), ("cloze", cloze_items), ("fact", facts.fact_items),
    ("vocabulary", vocabulary_items),
)


#: On the worksheet, choice gaps in one stretch of the text and cloze gaps in the next (:mod:`sheet_pass`);
#: False relabels nothing (what tests compare with).
SINGLE_STRETCHES = True
#: Sections propose and one allocator assigns sentences and words (:mod:`quizgen.items.allocate`); False lets
#: each section claim as it runs, in SECTIONS order (what tests compare with).
ALLOCATE = True


def default_counts(level: int, n_chars: int = 0) -> dict[str, int]:
    """Item counts for a text of ``n_chars`` Han characters at ``level``."""
    scale = min(MAX_SCALE, max(1.0, n_chars / CHARS_PER_SHEET))
    return {k: round(v * scale) if k in SCALED else v for k, v in DEFAULT_COUNTS[min(max(level, 1), 7)].items()}


def counts_so_far(level: int, added: dict[str, int]) -> dict[str, int]:
    """Item counts for the text read so far, whose paragraphs added ``added`` (:mod:`quizgen.items.shares`): as
    :func:`default_counts`, a sheet's count at least, and no most (the worksheet's is :func:`default_counts`)."""
    return {k: max(v, added.get(k, 0)) if k in SCALED else v for k, v in DEFAULT_COUNTS[min(max(level, 1), 7)].items()}


#: The count of a kind that grows with the text when the caller gives none: no cap (shares.py says why)
UNCAPPED = 10 ** 9


def build_items(doc: Document, *, seed: int = 0, known: frozenset[str] = frozenset(),
                counts: dict[str, int] | None = None, title: str | None = None) -> ItemSet:
    """See :func:`quizgen.items.build_items`."""
    # the counts grow with the text read so far, each paragraph adding its own share (_Steps; words.vocabulary_order;
    # shares.py), without a cap: a count taken from the whole text's length, or capped, would change every card's
    # chances when text is appended or a sentence edited
    want = {k: UNCAPPED if k in SCALED else v for k, v in DEFAULT_COUNTS[min(max(doc.level, 1), 7)].items()}
    want.update(counts or {})
    unknown = sorted(set(want) - set(ITEM_TYPES))
    if unknown:
        from quizgen.errors import ConfigError

        raise ConfigError(f"unknown item type {', '.join(unknown)}. Use one of: {', '.join(ITEM_TYPES)}")
    targets = select_targets(doc, known, seed)
    words = frozenset(t.simplified for s in doc.sentences if not s.flagged for t in s.tokens if t.is_word)
    ctx = Context(doc, seed, targets, words, known=known)
    items, sheet_only, replaced = _by_paragraph(ctx, counts or {}, want)
    if want.get("vocabulary", 0) > 0:
        items += vocabulary_items(ctx, want["vocabulary"])
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
                   glossary=glossary(doc), profile=_profile(doc), stats=stats, notes=doc.warnings,
                   sheet_only=frozenset(i.id for i in sheet_only), off_sheet=tuple(replaced))


def _by_paragraph(ctx: Context, counts: dict[str, int], want: dict[str, int]
                  ) -> tuple[list[Item], list[Item], list[Item]]:
    """The questions, made paragraph by paragraph so that text appended later changes none of them (issue 15).

    Step k sees the text up to the end of paragraph k (an input line) and nothing after it: a document whose
    text ends there, whose sentences before paragraph k-1 are flagged (no section asks about them) and whose
    targets are the words first usable in paragraphs k-1 and k (a word is asked in its first paragraph; the
    paragraph before stays open so that a passage may run across the break), ranked by
    :attr:`Target.local_score` (never by counts over the whole text). Every section, in :data:`SECTIONS` order,
    may add its count for the Han characters read so far (:func:`default_counts`; a count the caller gave caps
    the whole text) minus what it made before. So a text that grows by a paragraph makes every question of the
    shorter one again, the same, and adds its own: a rebuild after appending changes no Anki note.

    Choice and cloze gaps are made in every paragraph, each kind to its own count. A gap whose answer a later
    paragraph writes again stays an item (the Anki card shows only its sentence) but stops counting (the
    worksheet's fit drops it), so another is made. Judgments are balanced over the whole text at the end,
    a balance that only ever keeps more as the text grows.

    Then, with the whole text in view, for the worksheet only: the gaps it can print are relabelled into one
    stretch per kind and each kind short of its count is topped up (:mod:`quizgen.items.sheet_pass`).

    Returns the items, among them those made for the sheet (which the Anki deck leaves out, since appending text
    may change them), and the paragraph steps' items they replaced (which only the deck keeps)."""
    steps = _Steps(ctx, counts, want)
    for k in range(len(steps.pars)):
        steps.step(k)
    items = steps.items
    if want.get("question", 0) > 0 and any(fn is questions.question_items for _, fn in SECTIONS):
        total = min(want["question"], (default_counts(ctx.doc.level, steps.read) | counts).get("question", 0))
        items += questions.topic_items(ctx, questions.topic_cap(total), items)
    quota = {name: min(n, want.get(name, 0))
             for name, n in (default_counts(ctx.doc.level, steps.read) | counts).items()}
    return sheet_pass.sheet_items(ctx, items, quota, dict(SECTIONS), top_up=TOP_UP, stretches=SINGLE_STRETCHES,
                                  balance=balanced_judgments)


#: The worksheet tops up, with the whole text in view, what later paragraphs took from it
#: (:func:`sheet_pass.top_up`); False: none (what tests compare with).
TOP_UP = True


#: Sections that make one exercise a sheet (a shared bank or list): made once, in the first step that can.
ONE_EXERCISE = frozenset(ONE_A_SHEET)
#: Sections whose passage needs more sentences than two paragraphs often hold (6-10): they see the sentences
#: of the text so far that no question uses yet ...
WIDE = frozenset({"insertion"})
#: ... among the last this many sentences (a passage of at most 10; a pass over the whole text at every
#: paragraph made a long text's items quadratic)
WIDE_SENTENCES = 20


class _Steps:
    """The state of :func:`_by_paragraph` between paragraphs."""

    def __init__(self, ctx: Context, counts: dict[str, int], want: dict[str, int]) -> None:
        import dataclasses

        self.ctx, self.counts, self.want = ctx, counts, want
        doc = ctx.doc
        self.pars = paragraph_ranges(doc)
        self.flagged = [s if s.flagged else dataclasses.replace(s, flagged=True) for s in doc.sentences]
        self.by_par, self.rank = _targets_by_paragraph(doc, ctx.targets, self.pars)
        ctx._paragraphs = paragraph_words(doc)
        self.made: dict[str, int] = {}
        self.read = 0
        self.shares: dict[str, int] = {}  # what the paragraphs so far added to each scaled kind's count
        lv = min(max(doc.level, 1), 7)
        self.rates = {k: v / CHARS_PER_SHEET for k, v in DEFAULT_COUNTS[lv].items() if k in SCALED}
        self.words: set[str] = set()
        self.items: list[Item] = []
        self.live: list[Item] = []  # gap items whose answer the text so far writes once (the sheet prints them)
        self.seen_to = 0
        self.done: set[str] = set()  # ONE_EXERCISE sections that made theirs

    def _context(self, doc: Document, targets: list[Target]) -> Context:
        c = self.ctx
        return Context(doc, c.seed, targets, frozenset(self.words), tally=c.tally, used=c.used,
                       used_sentences=c.used_sentences, grouped=c.grouped, known=c.known, passages=c.passages,
                       asked_only=c.asked_only, _paragraphs=c._paragraphs)

    def step(self, k: int) -> None:
        import dataclasses

        doc, sents, (a, b) = self.ctx.doc, self.ctx.doc.sentences, self.pars[k]
        end = doc.text.find("\n", sents[b - 1].end)
        end = len(doc.text) if end < 0 else end
        # a gap whose answer this paragraph writes again stays a question (its Anki card shows one sentence) but
        # the sheet's fit drops it (its reading shows the answer): it no longer counts, another question is made
        added, self.seen_to = doc.text[self.seen_to:end], end
        for it in [it for it in self.live if it.word in added]:
            self.live.remove(it)
            self.made[it.type] -= 1
        chars = 0
        for s in sents[a:b]:
            chars += sum(1 for t in s.tokens if t.is_word and not t.proper_noun for c in t.simplified if is_han(c))
            if not s.flagged:
                self.words.update(t.simplified for t in s.tokens if t.is_word)
        own = doc.text[sents[a].start:sents[b - 1].end]
        for kind, rate in self.rates.items():  # this paragraph's own share: an edit elsewhere changes none of it
            self.shares[kind] = self.shares.get(kind, 0) + shares.share(own, chars, rate, kind, self.ctx.seed)
        self.read += chars
        lo = self.pars[k - 1][0] if k else a  # the paragraph before stays open: a passage may run across the break
        sub = dataclasses.replace(doc, text=doc.text[:end], sentences=tuple(self.flagged[:lo]) + sents[lo:b])
        step = self._context(sub, sorted(self.by_par.get(k - 1, []) + self.by_par.get(k, []),
                                         key=self.rank.__getitem__))
        wide = max(0, b - WIDE_SENTENCES)
        new = self._sections(step, lambda: self._context(dataclasses.replace(sub, sentences=tuple(
            self.flagged[:wide]) + tuple(self.flagged[i] if s.id in self.ctx.used_sentences
                                         or s.id in self.ctx.grouped else s
                                         for i, s in enumerate(sents[wide:b], wide))), []))
        for it in new:  # counted below, where a gap whose answer is written twice already does not count
            self.made[it.type] -= 1
        for it in new:
            if it.type in GAP_TYPES and it.word and sub.text.count(it.word) > 1:
                continue  # made where its answer is written twice already: the sheet drops it
            self.made[it.type] = self.made.get(it.type, 0) + 1
            if it.type in GAP_TYPES and it.word:
                self.live.append(it)
        self.items.extend(new)
        # a sentence with a hole is no passage's any more: the passage would number its holes out of text order
        self.ctx.grouped.update(allocate.hole_sentence(sub, it) for it in new if it.type in allocate.HOLE_KINDS)

    def quota(self) -> dict[str, int]:
        """How many items of each kind the text read so far allows (the paragraphs' shares; a caller's count caps)."""
        return {name: min(n, self.want.get(name, 0))
                for name, n in (counts_so_far(self.ctx.doc.level, self.shares) | self.counts).items()}

    def _sections(self, step: Context, wide: Callable[[], Context]) -> list[Item]:
        """Every section's new items for one step: each proposes, :func:`allocate.allocate` assigns sentences and
        words (the result does not depend on the order of :data:`SECTIONS`)."""
        made, want = self.made, self.want
        quota = self.quota()
        plan: dict[str, tuple[Callable[..., list[Item]], int, dict]] = {}
        for name, fn in SECTIONS:
            if name == "vocabulary" or want.get(name, 0) <= 0 or name in self.done:
                continue
            n = quota.get(name, 0) - made.get(name, 0)
            extra: dict = {}
            if name == "question":
                # what a passage is about is asked of the whole text's windows, at the end (topic_items)
                n -= questions.topic_cap(quota.get(name, 0))
                extra = {"topics": 0}
            if n > 0:
                plan[name] = (fn, n, extra)
        if ALLOCATE:
            got = allocate.allocate(self.ctx, plan, lambda name: wide() if name in WIDE else step)
        else:  # each section claims as it runs: a later one picks among what the earlier ones left
            got = {name: fn(wide() if name in WIDE else step, n, **extra) for name, (fn, n, extra) in plan.items()}
        new: list[Item] = []
        for name, items in got.items():
            made[name] = made.get(name, 0) + len(items)
            new.extend(items)
            if items and name in ONE_EXERCISE:
                self.done.add(name)
        return new


def _targets_by_paragraph(doc: Document, targets: list[Target], pars: list[tuple[int, int]]
                          ) -> tuple[dict[int, list[Target]], dict[Target, int]]:
    """Each target under the paragraph of its first usable occurrence, with only that paragraph's occurrences and
    ``once`` as the text up to its end says (a later paragraph writing it again takes no question away: the
    worksheet's fit drops a gap whose answer its reading shows elsewhere, the Anki card shows one sentence);
    and every target's rank: new at the level first, then :attr:`Target.local_score`, then first occurrence."""
    import dataclasses

    sents = doc.sentences
    order = sorted(targets, key=lambda t: (-(t.level == doc.level), -t.local_score,
                                           t.occurrences[0][1].start, t.simplified))
    first_par = {s.id: k for k, (a, b) in enumerate(pars) for s in sents[a:b]}
    by_par: dict[int, list[Target]] = {}
    rank: dict[Target, int] = {}
    for t in order:
        k = first_par[t.occurrences[0][0].sentence.id]
        a, b = pars[k]
        occ = tuple(o for o in t.occurrences if a <= o[0].sentence.id < b)
        end = doc.text.find("\n", sents[b - 1].end)
        word = occ[0][1].text
        once = doc.text.count(word, 0, None if end < 0 else end) == 1 and all(o[1].text == word for o in occ)
        t = dataclasses.replace(t, occurrences=occ, once=once)
        rank[t] = len(rank)
        by_par.setdefault(k, []).append(t)
    return by_par, rank


def paragraph_ranges(doc: Document) -> list[tuple[int, int]]:
    """(first sentence index, last + 1) of each paragraph (an input line holding sentences), in text order."""
    out: list[tuple[int, int]] = []
    prev_end = -1
    for i, s in enumerate(doc.sentences):
        if not out or "\n" in doc.text[prev_end:s.start]:
            out.append((i, i + 1))
        else:
            out[-1] = (out[-1][0], i + 1)
        prev_end = s.end
    return out


def balanced_judgments(ctx: Context, items: list[Item]) -> list[Item]:
    """``items`` with the judgments balanced (:func:`questions.balanced`) over the whole text, in the order they
    were made: a longer text keeps every judgment a shorter one kept."""
    judgments = [i for i in items if i.type == "judgment"]
    if not judgments:
        return items
    keep = {id(i) for i in questions.balanced(ctx, judgments)}
    return [i for i in items if i.type != "judgment" or id(i) in keep]


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


