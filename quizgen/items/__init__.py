"""Reading items from an analysed Document: target-word selection, distractors with a quality gate, and the
HSK-format sections per level.

Entry points::

    from quizgen.items import build_items, read_known
    items = build_items(doc, seed=0, known=read_known("known.txt"))

Values are in :mod:`quizgen.items.itemset`; the JSON form is written by :mod:`quizgen.export.items_json`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.items.itemset import BLANK, INSTRUCTIONS, ITEM_TYPES, GlossEntry, Item, ItemSet, Passage

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from quizgen.analysis.document import Document


def build_items(doc: "Document", *, seed: int = 0, known: frozenset[str] = frozenset(),
                counts: dict[str, int] | None = None, title: str | None = None) -> ItemSet:
    """Generate every item type for ``doc`` at ``doc.level``; deterministic for a given seed.

    ``known``: words (Simplified or as written) the learner knows, never tested. ``counts``: item type → how
    many to make, overriding :data:`quizgen.items.generate.DEFAULT_COUNTS`. ``title``: defaults to the
    source's file name without suffix. No I/O: the word facts it looks up are written for the next run by
    :func:`quizgen.memo.save` (the build calls it).
    """
    from quizgen.items.generate import build_items as _build

    return _build(doc, seed=seed, known=known, counts=counts, title=title)


def read_known(path: "str | Path") -> frozenset[str]:
    """Words the learner knows, from a word list or a plain-text Anki export: see :func:`select.read_known`."""
    from quizgen.items.select import read_known as _read

    return _read(path)


__all__ = ["build_items", "read_known", "Item", "ItemSet", "Passage", "GlossEntry", "BLANK", "ITEM_TYPES",
           "INSTRUCTIONS"]
