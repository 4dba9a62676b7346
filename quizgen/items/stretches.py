"""One stretch of the reading per single-gap kind: choice gaps in one run of the text, cloze gaps in another.

Holes are numbered in text order across kinds (:mod:`quizgen.export.worksheet.order`), and a section is a run of
one kind, so choice and cloze gaps picked independently across the text printed alternating short sections
(一 choice 1–3, 二 cloze 4, 三 choice 5 …), each with its instruction: 7 sections for 4 kinds on the sample at
HSK 5. :func:`one_stretch_per_kind` keeps the gaps the sections picked — the same sentences and target words,
so no question is lost — and only relabels them: in text order, the first ones become choice items and the rest
cloze items (or cloze first, then choice), at the split that gives the fewest sections on the sheet (a split at
a passage cloze or word bank lets that group sit between the two), then the fewest items changing kind. A choice
item always converts to a cloze item (the pinyin hint names the word); a cloze item becomes a choice item only
where its options pass the same gate as any choice item (else it stays a cloze item where it is). Choice keeps
at least half of its items, and each kind is then topped up to its count inside its own stretch
(:func:`_refill`), so the mix of kinds stays near what the sections asked for.
"""
from __future__ import annotations

import dataclasses

from quizgen.items.context import Context, choice_options, make_gap
from quizgen.items.itemset import Item
from quizgen.items.kinds import CUT_TYPES, GAP_TYPES, SINGLE_GAP_TYPES

SINGLE = SINGLE_GAP_TYPES  # choice and cloze


def _hole_pos(it: Item) -> int:
    return it.target_start if it.type in GAP_TYPES and it.target_start is not None else it.start


def _sections(kinds_in_order: list[str]) -> int:
    return sum(1 for k, t in enumerate(kinds_in_order) if k == 0 or kinds_in_order[k - 1] != t)


def one_stretch_per_kind(ctx: Context, items: list[Item], before: list[Item] | tuple[Item, ...] = (),
                         closed: bool = False) -> list[Item]:
    """``items`` with their choice and cloze items relabelled so each kind takes one stretch of the text.

    ``before``: the items of the text before (earlier paragraphs), already labelled and never changed: their
    holes count in the sections, so the build (which makes questions paragraph by paragraph) decides each
    paragraph's split on the text so far and a paragraph appended later relabels nothing before it.
    ``closed``: the choice stretch ended before (a cloze gap came): every choice item becomes a cloze item."""
    singles = sorted((it for it in items if it.type in SINGLE and it.target_start is not None), key=_hole_pos)
    k = sum(it.type == "choice" for it in singles)
    if closed:
        return [_to_cloze(ctx, it) if it.type == "choice" else it for it in items]
    if not k or k == len(singles):
        return items
    groups: dict[str, tuple[int, str]] = {}
    for it in (*before, *items):
        if it.group and it.type in GAP_TYPES + CUT_TYPES:
            pos = min(groups.get(it.group, (_hole_pos(it), ""))[0], _hole_pos(it))
            groups[it.group] = (pos, it.type)
    fixed = [(_hole_pos(it), it.type) for it in before if it.type in SINGLE and it.target_start is not None]
    converted: dict[str, Item | None] = {}

    def as_choice(it: Item) -> Item | None:
        if it.type == "choice":
            return it
        if it.id not in converted:
            converted[it.id] = _to_choice(ctx, it)
        return converted[it.id]

    best: tuple[tuple[int, int, int], list[Item]] | None = None
    for first in SINGLE:  # the kind that takes the text before the split
        for s in range(len(singles) + 1):
            head, tail = singles[:s], singles[s:]
            choice_part = head if first == "choice" else tail
            # a cloze item whose options fail stays a cloze item where it is (it splits the choice stretch)
            made = [as_choice(it) or it for it in choice_part]
            cloze = [_to_cloze(ctx, it) for it in (tail if first == "choice" else head)]
            seq = sorted([(_hole_pos(it), it.type) for it in made + cloze] + list(groups.values()) + fixed)
            chosen = sum(it.type == "choice" for it in made)
            if chosen < (k + 1) // 2:
                continue
            cost = (_sections([t for _, t in seq]), abs(chosen - k), first != "choice")
            if best is None or cost < best[0]:
                best = (cost, made + cloze)
    if best is None:
        return items
    by_pos = {_hole_pos(it): it for it in best[1]}
    out = [by_pos[_hole_pos(it)] if it.type in SINGLE and it.target_start is not None else it for it in items]
    return out + _refill(ctx, out, groups, {"choice": k, "cloze": len(singles) - k}, fixed)


def _refill(ctx: Context, items: list[Item], groups: dict[str, tuple[int, str]], want: dict[str, int],
            fixed: list[tuple[int, str]] | None = None) -> list[Item]:
    """New choice and cloze items, each inside the longest run of its kind in the reading (between the holes of
    other kinds around it), up to the counts the kinds had before relabelling: a relabelled choice item left a
    choice to make elsewhere in the choice stretch."""
    from quizgen.items.words import choice_items, cloze_items

    seq = sorted([(_hole_pos(it), it.type) for it in items if it.type in SINGLE and it.target_start is not None]
                 + list(groups.values()) + (fixed or []))
    out: list[Item] = []
    for kind_, make in (("choice", choice_items), ("cloze", cloze_items)):
        need = want[kind_] - sum(it.type == kind_ for it in items)
        run = longest_run(seq, kind_)
        if need > 0 and run is not None:
            out += make(ctx, need, inside=run)
    return out


def hole_sequence(items: list[Item] | tuple[Item, ...]) -> list[tuple[int, str]]:
    """(offset, kind) of every single gap's hole and every group's first hole, in text order."""
    groups: dict[str, tuple[int, str]] = {}
    singles: list[tuple[int, str]] = []
    for it in items:
        if it.type in SINGLE and it.target_start is not None and not it.group:
            singles.append((_hole_pos(it), it.type))
        elif it.group and it.type in GAP_TYPES + CUT_TYPES:
            pos = min(groups.get(it.group, (_hole_pos(it), ""))[0], _hole_pos(it))
            groups[it.group] = (pos, it.type)
    return sorted(singles + list(groups.values()))


def lone_breaks(items: list[Item]) -> set[str]:
    """Ids of single gaps that alone split a run of the other kind, where their own kind has another run: the
    sheet would print a section of one question with its own instruction (一 choice 1–3, 二 cloze 4, 三 choice
    5 …). A gap whose options failed the choice gate is kept as a cloze item where it is by the relabelling."""
    singles = {(_hole_pos(it), it.type): it.id for it in items
               if it.type in SINGLE and it.target_start is not None and not it.group}
    out: set[str] = set()
    while True:
        runs: list[list[tuple[int, str]]] = []
        for pos_kind in hole_sequence([it for it in items if it.id not in out]):
            if runs and runs[-1][0][1] == pos_kind[1]:
                runs[-1].append(pos_kind)
            else:
                runs.append([pos_kind])
        kinds = [run[0][1] for run in runs]
        lone = [run[0] for k, run in enumerate(runs)
                if len(run) == 1 and run[0] in singles and kinds.count(kinds[k]) > 1
                and 0 < k < len(runs) - 1 and kinds[k - 1] == kinds[k + 1]]
        if not lone:
            return out
        out.add(singles[lone[0]])


def longest_run(seq: list[tuple[int, str]], kind_: str) -> tuple[int, int] | None:
    """(offset of the hole before, offset of the hole after) the longest run of ``kind_`` holes in ``seq``."""
    best: tuple[int, int, int] | None = None
    k = 0
    while k < len(seq):
        if seq[k][1] != kind_:
            k += 1
            continue
        j = k
        while j < len(seq) and seq[j][1] == kind_:
            j += 1
        lo = seq[k - 1][0] if k else -1
        hi = seq[j][0] if j < len(seq) else 10**9
        if best is None or j - k > best[0]:
            best = (j - k, lo, hi)
        k = j
    return None if best is None else (best[1], best[2])


def _to_cloze(ctx: Context, it: Item) -> Item:
    """The open-cloze form of a gap item: the same sentence and word, the pinyin as its hint."""
    if it.type == "cloze":
        return it
    return dataclasses.replace(it, id=ctx.id(it.sentence, it.simplified, "cloze"), type="cloze", options=(),
                               answer_index=None, hint=it.pinyin, option_pinyin=(), option_glosses=())


def _to_choice(ctx: Context, it: Item) -> Item | None:
    """The choice form of a cloze item, with options through the choice gate; None if they do not pass."""
    for t in ctx.targets:
        if t.simplified != it.simplified:
            continue
        for span, tok in t.occurrences:
            if tok.start == it.target_start and span.start == it.start:
                got = choice_options(ctx, make_gap(span, tok, tok.level or ctx.doc.level), tok)
                if got is None:
                    return None
                options, idx, pys, gls = got
                return dataclasses.replace(it, id=ctx.id(it.sentence, it.simplified, "choice"), type="choice",
                                           options=options, answer_index=idx, hint="", option_pinyin=pys,
                                           option_glosses=gls)
    return None
