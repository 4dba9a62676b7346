"""The order of a worksheet's questions: those placing holes in the reading first, numbered in the order their
holes stand in the text (whatever their kind), then the others by kind.

A reading printed once serves every section that places holes in it (cloze, choice, word bank, passage cloze,
insertion, ordering). Numbered section by section, a choice gap after a cloze gap in the text would get the
lower number, and the reading would show (5)(1)(6)…; dropping the items out of order cost the sample two of its
18 questions. So the holes are numbered in text order across sections, and a section is a run of consecutive
questions of one kind: kinds whose holes interleave give several short sections (一、选词填空 1–3, 二、根据提示填空
4, 三、选词填空 5–6 …), each with contiguous numbers, as an exam part is; :mod:`quizgen.items.stretches` gives
choice and cloze gaps one stretch of the text each, so that this rarely happens. A group (a passage cloze, word bank or
insertion set) stays together, placed by its first hole.

Used by :mod:`quizgen.export.worksheet.context` (numbering the items); :func:`increasing` by
:mod:`quizgen.export.worksheet.integrity` (which still drops any item whose number would stand out of order);
it sits below both so neither imports the other to find it.
"""
from __future__ import annotations

import bisect

from quizgen.items.itemset import ITEM_TYPES, Item, ItemSet
from quizgen.items.kinds import CUT_TYPES, GAP_TYPES, SKIPPED_TYPES

#: The sections that place holes (gaps, cut-out sentences) in the reading.
READING_TYPES = GAP_TYPES + CUT_TYPES


def hole_pos(it: Item) -> int:
    """Where the item's hole stands in the input: a gap's target, else the start of the cut sentences."""
    return it.target_start if it.type in GAP_TYPES and it.target_start is not None else it.start


def sheet_order(itemset: ItemSet) -> list[Item]:
    """The items of the sheet in the order they are numbered: the hole-placing ones by where their holes
    stand (a group by its first hole, then its own), then the others in :data:`ITEM_TYPES` order, each kind
    in the order of ``itemset.items`` (text order). Ties: ITEM_TYPES order, then ``itemset.items`` order."""
    shown = [it for it in itemset.items if it.type not in SKIPPED_TYPES]
    rank = {t: k for k, t in enumerate(ITEM_TYPES)}
    first: dict[str, int] = {}
    for it in shown:
        if it.group and it.type in READING_TYPES:
            first[it.group] = min(first.get(it.group, hole_pos(it)), hole_pos(it))
    index = {it.id: k for k, it in enumerate(shown)}

    def key(it: Item) -> tuple[int, int, int, int]:
        pos = hole_pos(it)
        return (first.get(it.group, pos) if it.group else pos, rank[it.type], pos, index[it.id])

    holes = sorted((it for it in shown if it.type in READING_TYPES), key=key)
    rest = sorted((it for it in shown if it.type not in READING_TYPES), key=lambda it: (rank[it.type], index[it.id]))
    return holes + rest


def increasing(seq: list) -> list[int]:
    """Indices of a longest strictly increasing subsequence of ``seq`` (first one found, deterministic)."""
    if not seq:
        return []
    tails: list[int] = []
    prev = [-1] * len(seq)
    keys: list = []
    for i, x in enumerate(seq):
        j = bisect.bisect_left(keys, x)
        if j == len(keys):
            keys.append(x)
            tails.append(i)
        else:
            keys[j] = x
            tails[j] = i
        prev[i] = tails[j - 1] if j else -1
    out, k = [], tails[-1]
    while k >= 0:
        out.append(k)
        k = prev[k]
    return out[::-1]
