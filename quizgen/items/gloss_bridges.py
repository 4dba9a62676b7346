"""Near-synonym glosses: two words whose CC-CEDICT senses a third listed word holds both of.

A word-meaning question offers the glosses of other words as its wrong options, words that share no sense with
the key (:func:`quizgen.items.asking._meaning_options`). Sharing no sense is not enough: 摧毁 'to destroy; to
wreck' and 败坏 'to ruin; to corrupt' share none, yet 'to ruin' is a right answer for 摧毁 too, and Cilin files the
two apart. A third word bridges them: 毁 'to destroy; to damage; to ruin' (and 毁灭, 残) lists a sense of each, so
the dictionary itself says the two senses are near each other. :func:`bridged` finds such a word among the words
of the standard's list; unrelated glosses (趋势 'trend', 传说 'legend') have none.

The index (sense -> listed words) is built once from every listed word's senses (slow: every listed word's
entries are read) and kept in the
cache folder (:mod:`quizgen.cache`, keyed by quizgen's files and the data versions) for the next runs.
"""
from __future__ import annotations

from functools import cache

from quizgen.analysis import glosses, lexicon
from quizgen.cache import Table, releasable

_CACHED = "gloss-bridges-{}.marshal"


@releasable
@cache
def _index(standard: str) -> Table:
    """Sense -> the listed words (Simplified) of ``standard`` that have it (a tuple; a build asks for the
    senses of a few options, so the table is read back bucket by bucket: :class:`quizgen.cache.Table`)."""
    from quizgen import cache as disk

    def build() -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for word in sorted(lexicon.word_levels(standard)):
            for sense in glosses.senses(word):
                found.setdefault(sense, []).append(word)
        return {s: tuple(ws) for s, ws in found.items()}

    return disk.marshalled_table(_CACHED.format(standard), build)


def bridged(a: str, b: str, standard: str) -> bool:
    """A listed word other than ``a`` and ``b`` has a sense of ``a`` and a sense of ``b`` (Simplified)."""
    index = _index(standard)
    near_a = {w for s in glosses.senses(a) for w in index.get(s, ())}
    return any(w not in (a, b) and w in near_a for s in glosses.senses(b) for w in index.get(s, ()))
