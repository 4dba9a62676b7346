"""Display script for exports: show an ItemSet in the original script, Simplified or Traditional.

Analysis always runs in Simplified and items keep the input's script; ``--script`` converts every text a
learner sees (prompts, options, answers, sentences, passages, reading text, glossary words) with OpenCC at
export time. Item ids are not touched, so Anki GUIDs stay the same whichever script is shown.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from quizgen import options
from quizgen.analysis.script import to_simplified, to_traditional
from quizgen.items.itemset import GlossEntry, Item, ItemSet, Paragraph, Passage, ReadingToken

SCRIPTS = tuple(s.value for s in options.Script)

_ITEM_FIELDS = ("prompt", "answer", "sentence", "word", "blanked", "explanation")


def in_script(itemset: ItemSet, script: str) -> ItemSet:
    """``itemset`` with every displayed text in ``script`` ('original' returns it unchanged)."""
    if script not in SCRIPTS:
        raise options.unknown(options.Script, script, "script")
    if script == "original":
        return itemset
    conv: Callable[[str], str] = to_simplified if script == "simplified" else to_traditional
    cache: dict[str, str] = {}

    def c(s: str) -> str:
        if not s:
            return s
        hit = cache.get(s)
        if hit is None:
            hit = cache[s] = conv(s)
        return hit

    def item(i: Item) -> Item:
        changes: dict[str, Any] = {f: c(getattr(i, f)) for f in _ITEM_FIELDS}
        return dataclasses.replace(i, options=tuple(c(o) for o in i.options), **changes)

    def passage(p: Passage) -> Passage:
        return dataclasses.replace(p, text=c(p.text), display=c(p.display))

    def gloss(g: GlossEntry) -> GlossEntry:
        return dataclasses.replace(g, word=c(g.word))

    def paragraph(p: Paragraph) -> Paragraph:
        return dataclasses.replace(p, tokens=tuple(dataclasses.replace(t, text=c(t.text)) for t in p.tokens))

    return dataclasses.replace(
        itemset,
        items=tuple(item(i) for i in itemset.items),
        off_sheet=tuple(item(i) for i in itemset.off_sheet),
        passages=tuple(passage(p) for p in itemset.passages),
        glossary=tuple(gloss(g) for g in itemset.glossary),
        reading=tuple(paragraph(p) for p in itemset.reading),
    )


__all__ = ["SCRIPTS", "in_script", "ReadingToken"]
