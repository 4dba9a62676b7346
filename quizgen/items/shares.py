"""How many questions of a kind the text read so far allows, counted so that an edit changes one paragraph's share.

A kind's count grows with the text at a rate per Han character (its count for a sheet of
:data:`quizgen.items.select.CHARS_PER_SHEET` characters). Rounding ``rate × characters read so far`` made each
paragraph's share depend on the length of every paragraph before it: an edit that lengthened a sentence by five
characters moved every later threshold by five characters, and where one crossed a paragraph end a question was
made one paragraph earlier, so a note far from the edit was retired and another made (issue 15,
bench/bench_churn.py). Here each paragraph adds a whole share of its own, ``floor(rate × its characters + u)``,
with ``u`` in [0, 1) drawn from the paragraph's own text: over many paragraphs the shares add up to
``rate × characters`` on average, and an edit changes the edited paragraph's share only, and seldom.

The counts keep growing with the text (a lesson is at most 1.5 lesson sizes: quizgen.lessons): any limit, on the
count (as before: 2.5 sheets' worth) or on the characters that add to it, makes the last questions of a long text
depend on every paragraph before the limit. The worksheet keeps its own count (items.sheet_pass); the Anki deck
gets the questions of every paragraph.

``u`` is a hash of the paragraph's least pair of adjacent Han characters (least by another hash: a min-hash), so
an edit that leaves that pair in place (most edits of a paragraph of any length) leaves ``u`` alone, and the
share changes only when the edit moves ``rate × characters`` across a whole number.
"""
from __future__ import annotations

import hashlib
import math
import zlib
from functools import lru_cache

from quizgen.analysis.han import is_han


@lru_cache(maxsize=16)
def _anchor(text: str) -> str:
    """The paragraph's least pair of adjacent Han characters (least by CRC-32, then as text), else its stripped
    text; cached: every scaled kind draws from the same paragraph in turn."""
    pairs = {text[i:i + 2] for i in range(len(text) - 1) if is_han(text[i]) and is_han(text[i + 1])}
    return min(pairs, key=lambda p: (zlib.crc32(p.encode()), p)) if pairs else text.strip()


def draw(text: str, kind: str, seed: int = 0) -> float:
    """A number in [0, 1) from ``text`` that a small edit of it seldom changes (the module docstring)."""
    anchor = _anchor(text)
    # a real hash here: CRC-32 is linear, so the CRC of (kind, least pair) is far from uniform (shares of 0)
    digest = hashlib.blake2b(f"{seed}\x1f{kind}\x1f{anchor}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2 ** 64


def share(text: str, chars: int, rate: float, kind: str, seed: int = 0) -> int:
    """The whole number of questions of ``kind`` a paragraph of ``chars`` Han characters adds at ``rate`` per
    character."""
    return math.floor(rate * chars + draw(text, kind, seed))
