"""The offset map between a cleaned text and the input it came from.

Cleaning drops lines, removes junk tokens and restores spun words (平易近警 → 民警), so the text that analysis
reads is not the input. An :class:`OffsetMap` records, piece by piece, where each stretch of the cleaned text
came from: a *copied* piece is the input's characters one for one; a *replaced* piece (a restored word) stands
for a whole input span of any length (民 for 平易近). Every cleaned character thus has an input start and
end; characters of one replaced piece share them.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["OffsetMap", "build_map"]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Pieces of the cleaned text, in order: piece ``k`` begins at cleaned offset ``at[k]``, has ``length[k]``
    characters and comes from ``start[k]:end[k]`` of the input; it is copied when ``copied[k]``."""

    at: tuple[int, ...]
    length: tuple[int, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]
    copied: tuple[bool, ...]

    def _piece(self, i: int) -> int:
        return bisect.bisect_right(self.at, i) - 1

    def input_start(self, i: int) -> int:
        """Input offset where cleaned character ``i`` starts."""
        k = self._piece(i)
        return self.start[k] + (i - self.at[k] if self.copied[k] else 0)

    def input_end(self, i: int) -> int:
        """Input offset where cleaned character ``i`` ends (exclusive)."""
        k = self._piece(i)
        return self.start[k] + i - self.at[k] + 1 if self.copied[k] else self.end[k]

    def input_span(self, a: int, b: int) -> tuple[int, int]:
        """The input span of cleaned characters ``a:b`` (b > a)."""
        return self.input_start(a), self.input_end(b - 1)

    def cleaned_index(self, pos: int) -> int:
        """The first cleaned offset whose character starts at or after input offset ``pos`` (a replaced
        piece that ``pos`` falls strictly inside counts as before it)."""
        k = bisect.bisect_right(self.start, pos) - 1
        if k < 0:
            return 0
        if pos == self.start[k]:
            return self.at[k]
        if self.copied[k] and pos < self.end[k]:
            return self.at[k] + pos - self.start[k]
        return self.at[k] + self.length[k]

    def identity(self) -> bool:
        """True when the cleaned text is one copied stretch of the input."""
        return len(self.at) <= 1 and all(self.copied)


def build_map(pieces: Iterable[tuple[int, int, int, bool]]) -> OffsetMap:
    """An :class:`OffsetMap` from (length, input start, input end, copied) pieces in order; empty pieces are
    skipped and neighbouring copied pieces that touch in the input are merged."""
    at: list[int] = []
    length: list[int] = []
    start: list[int] = []
    end: list[int] = []
    copied: list[bool] = []
    pos = 0
    for n, a, b, c in pieces:
        if n <= 0:
            continue
        if c and copied and copied[-1] and end[-1] == a:
            length[-1] += n
            end[-1] = b
        else:
            at.append(pos)
            length.append(n)
            start.append(a)
            end.append(b)
            copied.append(c)
        pos += n
    return OffsetMap(tuple(at), tuple(length), tuple(start), tuple(end), tuple(copied))
