"""The order of a worksheet's sections: those placing holes in the reading first, ordered so that the
numbers in the reading follow the text as far as possible, then the others.

Used by :mod:`quizgen.export.worksheet.context` (numbering the items) and
:mod:`quizgen.export.worksheet.integrity` (dropping the items still out of order); it sits below both so
neither imports the other to find it.
"""
from __future__ import annotations

import bisect
import itertools

from quizgen.items.itemset import ITEM_TYPES, Item, ItemSet
from quizgen.items.kinds import CUT_TYPES, GAP_TYPES

#: The sections that place holes (gaps, cut-out sentences) in the reading.
READING_TYPES = GAP_TYPES + CUT_TYPES


def section_order(itemset: ItemSet, types: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The order of the sheet's sections: those placing holes in the reading first, in ``types`` order (default:
    :func:`best_order`), then the others in :data:`ITEM_TYPES` order."""
    present = [t for t in ITEM_TYPES if any(i.type == t for i in itemset.items)]
    reading = list(types) if types is not None else list(best_order(itemset))
    return tuple(reading + [t for t in present if t not in reading])


def _hole_pos(it: Item) -> int:
    return it.target_start if it.type in GAP_TYPES and it.target_start is not None else it.start


def best_order(itemset: ItemSet) -> tuple[str, ...]:
    """The order of the hole-placing sections that keeps most items in text order (ties: ITEM_TYPES order)."""
    types = [t for t in ITEM_TYPES if t in READING_TYPES and any(i.type == t for i in itemset.items)]
    best: tuple[int, tuple[str, ...]] | None = None
    for perm in itertools.permutations(types):
        seq = [(_hole_pos(it), k, it.start) for k, t in enumerate(perm)
               for it in sorted((i for i in itemset.items if i.type == t), key=_hole_pos)]
        # numbers go by (section, position); the reading shows them by position: count the longest run in order
        kept = len(increasing([s[1:] for s in sorted(seq)]))
        if best is None or kept > best[0]:
            best = (kept, perm)
    return best[1] if best else ()


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
