"""One allocator for the sentences and words of a step: sections propose, the allocator assigns (issues 10, 12).

Each section used to claim sentences and words in the shared :class:`Context` as it ran, so a later section picked
among what the earlier ones left and the result depended on the order of :data:`generate.SECTIONS`. Now every
section proposes its items from the same state (a copy of the bookkeeping each, :func:`propose`), and
:func:`allocate` takes the proposals unit by unit (an item, or a group sharing a passage or a bank) in a fixed
order of kinds, :data:`PRIORITY`, keeping a unit only where its claims (:func:`claims`) meet none already taken.
A section that lost a unit proposes again from the new state (at most :data:`ROUNDS` rounds), for what is left
of its count. Nothing here depends on the order the sections are listed in.

The order (:func:`rank`) puts questions about what a sentence means first (statements, cause, purpose,
result and detail questions): a sentence that carries one is worth more than a word gap, which fits almost any
sentence; then the exercises that need a run of sentences (insertion, ordering, passage cloze, word bank,
matching), then ★ questions on a word or value (meaning, who, where, when, how many) and judgments, then single
word gaps, then facts.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.analysis.document import Document
from quizgen.items.context import Context
from quizgen.items.drafts import QUOTED, note_asked, open_to_meaning
from quizgen.items.itemset import Item, Passage
from quizgen.items.kinds import ALLOCATION_ORDER, ALLOCATION_TIER, GAP_TYPES, KINDS, SINGLE_GAP_TYPES

#: Kinds in the order the allocator serves them within a tier (kinds.ALLOCATION_ORDER); a kind not listed after.
PRIORITY = ALLOCATION_ORDER
#: ★ question kinds about a word or a value of one sentence (what a word means, who, where, when, how many): they
#: are served after the exercises that need a run of sentences, before the single word gaps. The other ★ kinds
#: (cause, purpose, result, detail) and judgments ask what a sentence means and are served first.
WORD_QUESTIONS = frozenset({"meaning", "who", "where", "when", "how_many"})
ROUNDS = 2
#: A single word gap may share a sentence with the ★ questions on it (:func:`shares`); False restores one
#: question a sentence (bench/mutation_check.py "share-question-sentences").
SHARE = True
SHARING = frozenset(SINGLE_GAP_TYPES)
TIERS = 5  # of rank()
#: Kinds whose item is a hole in a sentence of the reading (no other passage may take that sentence).
HOLE_KINDS = frozenset(GAP_TYPES)
#: Kinds whose passage is numbered as one block of the reading (no other item's hole or passage goes there).
BLOCK_KINDS = frozenset(k.name for k in KINDS if k.passage_ref and k.reading in ("gap", "slot"))
_MEANING = re.compile(r"“([^“”]+)”的意思是")


@dataclass(frozen=True, slots=True)
class Claims:
    """What a unit takes: sentences asked about (``used``), sentences holding one of its holes (``holes``),
    sentences of its numbered block (``block``) and words (``words``)."""

    used: frozenset[int]
    holes: frozenset[int]
    block: frozenset[int]
    words: frozenset[str]


def propose(ctx: Context, fn: Callable[..., list[Item]], n: int, extra: dict) -> tuple[list[Item], list[Passage]]:
    """The items ``fn`` makes on a copy of ``ctx``'s bookkeeping, and the passages it added (nothing of ``ctx``
    changes but the tally)."""
    scratch = dataclasses.replace(ctx, used=set(ctx.used), used_sentences=set(ctx.used_sentences),
                                  grouped=set(ctx.grouped), passages=list(ctx.passages),
                                  asked_only=dict(ctx.asked_only))
    items = fn(scratch, n, **extra)
    return items, scratch.passages[len(ctx.passages):]


def units(items: list[Item]) -> list[list[Item]]:
    """The items in units taken or left whole: a group (a passage cloze, a bank, a set of insertions), else one
    item; in the order made."""
    out: dict[str, list[Item]] = {}
    for it in items:
        out.setdefault(it.group or it.id, []).append(it)
    return list(out.values())


def hole_sentence(doc: Document, it: Item) -> int:
    """The id of the sentence holding ``it``'s hole (its target, else its start)."""
    offset = it.target_start if it.target_start is not None else it.start
    k = bisect.bisect_right(doc.sentences, offset, key=lambda s: s.start) - 1
    return doc.sentences[max(0, k)].id


def claims(ctx: Context, unit: list[Item], passages: dict[str, Passage]) -> Claims:
    """What ``unit`` takes (see :class:`Claims`), read from its items."""
    sents = ctx.doc.sentences

    def within(a: int, b: int) -> set[int]:
        lo = max(0, bisect.bisect_right(sents, a, key=lambda s: s.start) - 1)
        hi = bisect.bisect_left(sents, b, key=lambda s: s.start)
        return {s.id for s in sents[lo:hi] if s.start < b and s.end > a}

    used: set[int] = set()
    holes: set[int] = set()
    block: set[int] = set()
    words: set[str] = set()
    for it in unit:
        if it.type != "statement":  # a statement question restates its passage and asks about none of its sentences
            used.update(it.evidence)
        if it.type in HOLE_KINDS:
            holes.add(hole_sentence(ctx.doc, it))
        if it.type in HOLE_KINDS or it.type == "insertion" or it.type == "fact":  # the sentence asked about
            used.add(hole_sentence(ctx.doc, it))
        if it.type in BLOCK_KINDS and it.passage in passages:
            p = passages[it.passage]
            block |= within(p.start, p.end)
        if it.simplified and it.type != "vocabulary":
            words.add(it.simplified)
        m = _MEANING.search(it.prompt) if it.type == "question" and it.kind == "meaning" else None
        if m:
            words.add(m.group(1))
    return Claims(frozenset(used), frozenset(holes), frozenset(block), frozenset(words))


def fits(c: Claims, ctx: Context, unit: list[Item] | None = None) -> bool:
    """``c`` meets nothing taken: no sentence asked twice, no word twice, no hole or block where another unit
    has its block or a hole (a sentence with a hole counts as grouped: a passage over it would number its holes
    out of text order). The one exception: a single word gap may go into a sentence only ★ questions use, where
    its word is not printed (:func:`shares`)."""
    if c.words & ctx.used or (c.holes | c.block) & ctx.grouped:
        return False
    shared = c.used & ctx.used_sentences
    return not shared or (unit is not None and all(shares(ctx, s, unit) for s in shared))


def shares(ctx: Context, sentence: int, unit: list[Item]) -> bool:
    """A unit of one word gap may take ``sentence`` although ★ questions use it, when nothing but ★ questions
    does and none of them prints the gap's word (a word-meaning stem quotes the clause of its word; who / when
    / how many stems restate a clause): an exam passage carries cloze gaps and questions on the same sentences,
    and one question a sentence left a 300-character passage with a handful of questions (issue 12.3)."""
    if SHARE and len(unit) == 1 and unit[0].type == "question" and unit[0].kind == "meaning":
        quote = QUOTED.search(unit[0].prompt)  # another clause of a long sentence (drafts.open_to_meaning)
        return quote is not None and open_to_meaning(ctx, ctx.doc.sentences[sentence], quote.group(1))
    if not SHARE or len(unit) != 1 or unit[0].type not in SHARING or sentence not in ctx.asked_only:
        return False
    it = unit[0]
    printed = ctx.asked_only[sentence]
    return bool(it.word) and it.word not in printed and it.simplified not in printed


def take(c: Claims, ctx: Context, unit: list[Item] | None = None) -> None:
    """Mark ``c`` taken; a sentence that ★ questions alone take stays open to one word gap (:func:`shares`),
    with what they print recorded."""
    if unit and all(it.type == "question" for it in unit):
        note_asked(ctx, c.used, "\x1f".join(x for it in unit for x in (it.prompt, *it.options)))
    else:
        for s in c.used:
            ctx.asked_only.pop(s, None)
    ctx.used_sentences |= c.used
    ctx.grouped |= c.block | c.holes
    ctx.used |= c.words


def _renamed(ctx: Context, unit: list[Item], passages: dict[str, Passage]) -> list[Item]:
    """``unit`` with its passages added to ``ctx`` under the next free ids (proposals numbered theirs from the
    same count)."""
    new_ids: dict[str, str] = {}
    for it in unit:
        if it.passage and it.passage not in new_ids and it.passage in passages:
            p = passages[it.passage]
            pid = f"{p.id.rsplit('-', 1)[0]}-{len(ctx.passages) + 1}"
            ctx.passages.append(dataclasses.replace(p, id=pid))
            new_ids[p.id] = pid
    return [dataclasses.replace(it, passage=new_ids.get(it.passage, it.passage),
                                group=new_ids.get(it.group, it.group)) for it in unit]


def rank(unit: list[Item]) -> tuple[int, int]:
    """Where a unit stands in the allocator's order: (tier, :data:`PRIORITY` index). Tier 0: questions about
    what a sentence means (statements, ★ questions but :data:`WORD_QUESTIONS`); 1: exercises on a run of
    sentences; 2: ★ word and value questions, then judgments (a lone judgment is dropped by the balance at the
    end of the build: first it took a ★ question's sentence); 3: single word gaps; 4: facts."""
    it = unit[0]
    k = PRIORITY.index(it.type) if it.type in PRIORITY else len(PRIORITY)
    if it.type == "question" and it.kind in WORD_QUESTIONS:
        return 2, k
    return ALLOCATION_TIER.get(it.type, 1), k


def allocate(ctx: Context, plan: dict[str, tuple[Callable[..., list[Item]], int, dict]],
             context_for: Callable[[str], Context]) -> dict[str, list[Item]]:
    """Each planned section's accepted items: ``plan`` maps a section's name to (function, count, keyword
    arguments); ``context_for(name)`` is the Context it proposes in (sharing ``ctx``'s bookkeeping).

    The units are served tier by tier (:func:`rank`); a section that lost a unit of a tier proposes again from
    the new state before the next tier is served (at most :data:`ROUNDS` proposals a tier), so a judgment that
    lost its sentence to a ★ question finds another before the word gaps take the rest."""
    order = sorted(plan, key=lambda k: (PRIORITY.index(k) if k in PRIORITY else len(PRIORITY), k))
    got: dict[str, list[Item]] = {name: [] for name in plan}
    want = {name: n for name, (_, n, _) in plan.items()}

    def proposal(name: str) -> tuple[list[list[Item]], dict[str, Passage]]:
        items, passages = propose(context_for(name), plan[name][0], want[name] - len(got[name]), plan[name][2])
        return units(items), {p.id: p for p in passages}

    proposals = {name: proposal(name) for name in order}
    for tier in range(TIERS):
        for round_ in range(ROUNDS):
            queue = sorted(((rank(unit), name, k) for name in order
                            for k, unit in enumerate(proposals[name][0]) if rank(unit)[0] == tier))
            lost: list[str] = []
            for _, name, k in queue:
                unit, passages = proposals[name][0][k], proposals[name][1]
                c = claims(ctx, unit, passages)
                if len(got[name]) + len(unit) <= want[name] and fits(c, ctx, unit):
                    take(c, ctx, unit)
                    got[name] += _renamed(ctx, unit, passages)
                elif name not in lost:
                    lost.append(name)
            for name in order:  # this tier is served: its units are done with
                proposals[name] = ([u for u in proposals[name][0] if rank(u)[0] > tier], proposals[name][1])
            again = [name for name in lost if want[name] > len(got[name])]
            if not again or round_ == ROUNDS - 1:
                break
            for name in again:  # from the new state, this tier and the later ones
                units_, passages = proposal(name)
                proposals[name] = ([u for u in units_ if rank(u)[0] >= tier], passages)
    return got
