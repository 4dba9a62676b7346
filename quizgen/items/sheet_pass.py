"""The worksheet's pass over the whole text, after the paragraph steps (:func:`generate._by_paragraph`).

The steps make each question seeing only the text up to its paragraph, so that appending text changes no Anki
note (issue 15). The worksheet can see the whole text, and needs to:

- a gap whose answer a later paragraph writes again cannot be printed (the reading would show the answer): it
  is *dead* on the sheet and only the deck keeps it (:func:`dead`);
- its sentence is then free, and a text that repeats its words (the sample, a news article, writes most of its
  terms twice) lost most of its sheet that way (17 → 12 questions): each kind short of its count for the text
  is topped up (:func:`top_up`) in the sentences no printed question uses;
- choice and cloze gaps are relabelled into one stretch of the text each (:func:`stretches.one_stretch_per_kind`),
  which the steps cannot decide without the rest of the text, and a lone gap still splitting the other kind's
  stretch is left to the deck (:func:`stretches.lone_breaks`).

What this pass makes is for the sheet only (:attr:`ItemSet.sheet_only`): the deck's notes are the steps' alone,
and an append still changes none of them (bench/bench_append.py).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from quizgen.items import allocate
from quizgen.items.context import Context
from quizgen.items.itemset import Item
from quizgen.items.kinds import GAP_TYPES, TOPPED_UP
from quizgen.items.stretches import lone_breaks, one_stretch_per_kind

Sections = dict[str, Callable[..., list[Item]]]


def sheet_items(ctx: Context, items: list[Item], quota: dict[str, int], sections: Sections, *, top_up: bool = True,
                stretches: bool = True, balance: Callable[[Context, list[Item]], list[Item]] | None = None
                ) -> tuple[list[Item], list[Item], list[Item]]:
    """(the sheet's items, those of them this pass made, the steps' items only the deck keeps), from the
    steps' ``items`` and the counts ``quota`` for the whole text."""
    made = {it.id for it in items}
    sheet = sheet_context(ctx, items)
    if top_up:
        items = items + topped_up(sheet, items, quota, sections)
    replaced: list[Item] = []
    if stretches:
        items, replaced = one_stretch_each(sheet, items)
    if balance is not None:
        items = balance(ctx, items)
    gone = [it for it in items if dead(ctx, it)]
    items = [it for it in items if not dead(ctx, it)]
    return items, [i for i in items if i.id not in made], gone + [i for i in replaced if i.id in made]


def dead(ctx: Context, it: Item) -> bool:
    """A gap the worksheet cannot print: the whole text writes its answer more than once (the reading would show
    it)."""
    return it.type in GAP_TYPES and bool(it.word) and ctx.doc.text.count(it.word) > 1


def sheet_context(ctx: Context, items: list[Item]) -> Context:
    """``ctx`` as the worksheet sees it once the whole text is read: only the items it can print hold their
    sentences and words (a gap a later paragraph made dead frees its sentence for another question)."""
    sheet = dataclasses.replace(ctx, used=set(), used_sentences=set(), grouped=set(), asked_only={})
    passages = {p.id: p for p in ctx.passages}
    for unit in allocate.units([it for it in items if not dead(ctx, it)]):
        allocate.take(allocate.claims(sheet, unit, passages), sheet, unit)
    return sheet


def one_stretch_each(ctx: Context, items: list[Item]) -> tuple[list[Item], list[Item]]:
    """``items`` with the single gaps the sheet can print relabelled into one stretch per kind over the whole
    text (same sentences and words, at the split giving the fewest sections, then each kind topped up inside
    its stretch), without a lone gap still splitting the other kind's stretch; returns (items, the ones
    relabelled or left out)."""
    live = [it for it in items if not dead(ctx, it)]
    out = one_stretch_per_kind(ctx, live)
    lone = lone_breaks(out)
    out = [it for it in out if it.id not in lone]
    ids = {it.id for it in items}
    kept = {it.id for it in out}
    replaced = [it for it in live if it.id not in kept]
    return [it for it in items if it.id in kept or dead(ctx, it)] + [it for it in out if it.id not in ids], replaced


def topped_up(ctx: Context, items: list[Item], quota: dict[str, int], sections: Sections) -> list[Item]:
    """New questions in ``ctx`` (:func:`sheet_context`) for each kind of :data:`TOPPED_UP` that the
    printable ``items`` leave short of its ``quota``: a gap's word is one the whole text writes once, in a
    sentence no printed question uses (one allocator, as in the steps)."""
    live = [it for it in items if not dead(ctx, it)]
    plan: dict[str, tuple[Callable[..., list[Item]], int, dict]] = {}
    for name in TOPPED_UP:
        n = quota.get(name, 0) - sum(it.type == name for it in live)
        if n > 0 and name in sections:
            plan[name] = (sections[name], n, {"topics": 0} if name == "question" else {})
    got = allocate.allocate(ctx, plan, lambda name: ctx) if plan else {}
    return [it for made in got.values() for it in made]
