"""Cue words, paired connectors and question stems, read from the data files in ``quizgen/data/``.

``cues.tsv``: ``word<TAB>role`` (a word may have several roles; roles are described in the file's header);
``pairs.tsv``: ``first<TAB>second`` paired connectors (虽然…但是); ``question_stems.tsv``: ``id<TAB>template``.
All three are Simplified Chinese, ``#`` lines are comments; each is read once and cached.
"""
from __future__ import annotations

from functools import cache
from importlib import resources


def table(name: str) -> list[list[str]]:
    """The rows of data file ``name`` (tab-separated, ``#`` comment lines and blank lines skipped)."""
    return _rows(name)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("quizgen").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def cue_words(role: str) -> tuple[str, ...]:
    """Words with ``role`` in cues.tsv, longest first (so 是因为 is tried before 因为)."""
    return tuple(sorted((w for w, r in _rows("cues.tsv") if r == role), key=lambda w: (-len(w), w)))


@cache
def pairs() -> tuple[tuple[str, str], ...]:
    """Paired connectors (first, second): a clause opening with ``second`` needs an earlier ``first``."""
    return tuple((a, b) for a, b in _rows("pairs.tsv"))


@cache
def stems() -> dict[str, str]:
    """Question stem templates by id (Simplified)."""
    return {k: v for k, v in _rows("question_stems.tsv")}


def opens_with(words: list[str], role: str) -> str:
    """The cue of ``role`` that the word sequence ``words`` (Simplified) opens with, or ""."""
    head = "".join(words[:3])
    return next((c for c in cue_words(role) if head.startswith(c) and _at_word_edge(words, c)), "")


def _at_word_edge(words: list[str], cue: str) -> bool:
    """``cue`` ends at a word boundary of ``words`` (由于 yes, 由 in 由此 no)."""
    n = 0
    for w in words:
        n += len(w)
        if n == len(cue):
            return True
        if n > len(cue):
            return False
    return False
