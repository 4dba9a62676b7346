"""The kind of a place (province, city, mountain, river …), by the English of its CC-CEDICT proper-noun entry
(``quizgen/data/place_kinds.tsv``): the wrong places offered for a place are of its kind, as an exam's are."""
from __future__ import annotations

import re
from functools import cache

from quizgen.analysis import datafiles, lexicon
from quizgen.analysis.script import to_simplified

_WORD = re.compile(r"[a-z]+")


@cache
def place_kind(name: str) -> str:
    """The kind the first of ``place_kinds.tsv``'s words in the first sense of ``name``'s first proper CC-CEDICT
    entry names ('' when CC-CEDICT has no such entry or its sense has none of them: 日本 'Japan')."""
    kinds = datafiles.pairs("place_kinds.tsv")
    for e in lexicon.cedict_entries(to_simplified(name)):
        if e.is_proper and e.senses:
            return next((kinds[w] for w in _WORD.findall(e.senses[0].lower()) if w in kinds), "")
    return ""


#: False: places of any kind stand among a place's options (bench/mutation_check.py "place-same-kind").
SAME_KIND = True


def same_kind(place: str, other: str) -> bool:
    """``other`` may stand for ``place`` among its options: both of one kind (both without one, too)."""
    return not SAME_KIND or place_kind(place) == place_kind(other)
