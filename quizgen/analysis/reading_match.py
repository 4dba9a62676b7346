"""CC-CEDICT's numbered pinyin as syllables, and how closely two readings of a word match: the test that keeps a
gloss and the reading shown from one dictionary entry (:mod:`quizgen.analysis.glosses`). Plain functions of strings."""
from __future__ import annotations

import re
from functools import lru_cache

from quizgen.cache import releasable

_SYLLABLE = re.compile(r"^([a-z:]+)([1-5]?)$")


@releasable
@lru_cache(maxsize=16384)
def syllables(pinyin: str) -> tuple[tuple[str, int], ...]:
    """'Nu:3 er2' / 'nü3 er5' / 'nv3' -> (('nu:', 3), ('er', 2)). Missing tone -> 5; 'r5' (erhua) -> 'er'."""
    out = []
    for syl in pinyin.lower().replace("ü", "u:").replace("v", "u:").split():
        m = _SYLLABLE.match(syl)
        if not m:
            out.append((syl, 0))
            continue
        letters, tone = m.group(1), int(m.group(2) or 5)
        out.append(("er" if letters == "r" else letters, tone))
    return tuple(out)


def reading_match(ours: tuple[tuple[str, int], ...], theirs: tuple[tuple[str, int], ...]) -> int:
    """3 exact, 2 equal up to neutral tone or sandhi (3->2, 一, 不), 1 equal ignoring tones, 0 different."""
    if len(ours) != len(theirs) or any(a[0] != b[0] for a, b in zip(ours, theirs)):
        return 0
    if ours == theirs:
        return 3
    lenient = all(
        ta == tb or 5 in (ta, tb) or (ta == 2 and tb == 3) or la in ("yi", "bu")
        for (la, ta), (_, tb) in zip(ours, theirs)
    )
    return 2 if lenient else 1
