"""Frozen values passed between the pipeline stages.

All offsets (``start``/``end``) are character offsets into the *decoded input text* ``Document.text`` (after
NFC normalisation), end exclusive. Token and sentence *texts* are the cleaned text as displayed
(``Document.shown``): junk removed, spun words restored. So ``doc.text[t.start:t.end] == t.text`` holds only
for a token whose stretch of input cleaning left alone; a token with junk inside (公包養安 → 公安) or a restored
word (平易近警 → 民警) spans the whole input stretch it came from. ``doc.display(start, end)`` gives the
displayed text of any input span; ``doc.display(t.start, t.end) == t.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from quizgen import options
from quizgen.analysis.han import HAN, han_head, han_tail, is_han  # noqa: F401  (older imports: han.py defines them)
from quizgen.analysis.offsets import OffsetMap

Level = int | None  # 1..6, 7 for the 7-9 band, None when off-list (rendered "7-9" / null in JSON)
Script = Literal["simplified", "traditional"]


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as in the input (original script)
    simplified: str  # the form used for analysis
    start: int
    end: int
    pos: str  # jieba part-of-speech tag ("x" for punctuation/space)
    pinyin: str  # tone marks, one syllable per character, space separated ("" when no Han character)
    pinyin_numbers: str  # same with tone digits 1-5
    level: Level
    gloss: str | None
    proper_noun: bool

    @property
    def is_word(self) -> bool:
        """True for tokens containing at least one Han character."""
        return _has_han(self.simplified)


@lru_cache(maxsize=1 << 16)
def _has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character, cached: the item stages ask it of the same few thousand token
    texts millions of times in a book's build (the most called function of its profile)."""
    return HAN.search(text) is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    text: str
    start: int
    end: int
    flagged: bool
    tokens: tuple[Token, ...]
    clauses: tuple[tuple[int, int], ...] = ()  # (start, end) of clause pieces when the sentence is overlong


@dataclass(frozen=True, slots=True)
class Removed:
    text: str  # the junk token as found in the input
    count: int


@dataclass(frozen=True, slots=True)
class Repaired:
    text: str  # a spinner's substitution as found in the input (平易近)
    replacement: str  # the word it stands for, in the input's script (民)
    count: int


@dataclass(frozen=True, slots=True)
class DroppedLine:
    text: str
    start: int
    end: int
    reason: str  # "caption" | "credit" | "contents line" (of a table of contents)


@dataclass(frozen=True, slots=True)
class Profile:
    """Cumulative coverage by level (1..6 then 7 for 7-9), over running Han characters and word tokens."""

    char_coverage: tuple[tuple[int, float], ...]
    word_coverage: tuple[tuple[int, float], ...]
    level_95_chars: Level
    level_95_words: Level
    above_level: tuple[str, ...]  # distinct words above the target level, most frequent first
    n_chars: int
    n_words: int


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    text: str  # decoded, NFC-normalised input
    script: Script
    standard: str
    level: int  # target level (7 = 7-9 band)
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...]
    dropped: tuple[DroppedLine, ...]
    warnings: tuple[str, ...]
    profile: Profile
    repaired: tuple[Repaired, ...] = ()  # spun forms restored (only in a machine-rewritten document)
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    shown: str | None = None  # the cleaned text as displayed; None when cleaning changed nothing but lines
    offsets: OffsetMap | None = None  # shown ↔ text
    # input spans of caption sentences and editorial notes (flagged: kept for reading, never asked, but not
    # garbled; a flagged sentence outside them looks machine-rewritten)
    kept: tuple[tuple[int, int], ...] = ()

    def garbled(self, s: Sentence) -> bool:
        """``s`` is flagged for looking garbled or machine-rewritten, not for being a caption or a note."""
        return s.flagged and not any(a < s.end and s.start < b for a, b in self.kept)  # (a note inside it too)

    def display(self, start: int, end: int) -> str:
        """The displayed (cleaned, restored) text of the input span ``start:end``: what a learner reads there."""
        if self.shown is None or self.offsets is None:
            return self.text[start:end]
        return self.shown[self.offsets.cleaned_index(start):self.offsets.cleaned_index(end)]

    def as_written(self, s: Sentence) -> bool:
        """Cleaning changed nothing inside ``s`` (no junk removed, no word restored) but the line breaks of a
        sentence broken over lines (quizgen.analysis.cleaning.continues)."""
        raw = self.text[s.start:s.end]
        return raw == s.text or ("\n" in raw and "".join(raw.split()) == "".join(s.text.split()))


level_label = options.level_label  # '1' … '6', '7-9', 'off-list': defined once, in quizgen.options
