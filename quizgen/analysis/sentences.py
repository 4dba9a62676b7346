"""Sentence and clause boundaries, as (start, end) offsets into the text.

A sentence ends at 。！？；… (and ASCII !?; when full-width forms were normalised), together with any closing
quotes or brackets that follow it; a line break always ends a sentence. Sentences longer than
``MAX_ITEM_CHARS`` are also cut into clauses at ，、：, so later stages can use a clause as an item sentence.
"""
from __future__ import annotations

import re

from quizgen.analysis import chars

ENDERS = chars.STOPS + "…"
CLOSERS = "”’」』）)】》\"'"
CLAUSE_BREAKS = "，、：,:"
MAX_ITEM_CHARS = 50
# A "sentence" longer than this (a text without punctuation) is cut for analysis, at a clause break or space
# when there is one near the limit, else hard: keeps segmentation and the pinyin model's batches bounded.
MAX_SENTENCE_CHARS = 300

_SENT = re.compile(rf"[^\n{ENDERS}]*(?:[{ENDERS}]+[{re.escape(CLOSERS)}]*|\n|$)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], whitespace trimmed, empty ones dropped."""
    end = len(text) if end is None else end
    spans = []
    for m in _SENT.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        while b - a > MAX_SENTENCE_CHARS:
            cut = _cut_point(text, a, a + MAX_SENTENCE_CHARS)
            spans.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if b > a:
            spans.append((a, b))
    return spans


def _cut_point(text: str, a: int, limit: int) -> int:
    """The last clause break or space in text[a:limit] past its middle, else ``limit``."""
    for i in range(limit - 1, (a + limit) // 2, -1):
        if text[i] in CLAUSE_BREAKS or text[i].isspace():
            return i + 1
    return limit


def split_clauses(text: str, start: int, end: int, max_len: int = MAX_ITEM_CHARS) -> list[tuple[int, int]]:
    """Cut an overlong sentence at clause punctuation into pieces of at most ``max_len`` where possible.

    Returns [] when the sentence is short enough to be used whole. Neighbouring short clauses are kept
    together so that a piece is still a meaningful stretch of text.
    """
    if end - start <= max_len:
        return []
    cuts = [i + 1 for i in range(start, end) if text[i] in CLAUSE_BREAKS]
    pieces, a = [], start
    for c in cuts + [end]:
        if c - a >= 1:
            pieces.append((a, c))
        a = c
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and b - merged[-1][0] <= max_len:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged if len(merged) > 1 else []
