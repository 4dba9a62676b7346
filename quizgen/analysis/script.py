"""Script detection and Traditional→Simplified conversion that keeps offsets valid.

Analysis runs in Simplified (jieba's dictionary and the HSK lists are Simplified). OpenCC converts phrase by
phrase, and almost always one character for one; where a line's conversion changes its length we convert that
line character by character instead, so every offset in the Simplified text is an offset in the original.
"""
from __future__ import annotations

from typing import Any

from quizgen.analysis.document import Script
from quizgen.analysis.han import HAN_RUN

_converters: dict[str, Any] = {}
_shared: list[Any] = []  # the one OpenCC instance behind every Converter, made on first use


class Converter:
    """OpenCC ``config``'s ``convert``, on an instance shared by every config: opencc_pyo3 loads all of its
    dictionaries when an instance is made, and switching an instance's config (its public ``set_config``) costs
    next to nothing, so a second instance for a second config would only load them again. The config is set
    before each conversion; quizgen converts in one thread."""

    __slots__ = ("config",)

    def __init__(self, config: str) -> None:
        self.config = config

    def convert(self, text: str) -> str:
        if not _shared:
            from opencc_pyo3 import OpenCC

            _shared.append(OpenCC(self.config))
        cc = _shared[0]
        if cc.get_config() != self.config:
            cc.set_config(self.config)
        return cc.convert(text)


def converter(config: str) -> Converter:
    """The OpenCC converter for ``config`` (:class:`Converter`), made once a process.

    Deliberately not a ``functools.cache``: ``quizgen.cache.release_memory`` (before the worksheets) clears those,
    and the worksheet needs t2s and s2tw again right after: freeing an instance gives little memory back to the
    system (glibc keeps it for reuse) and loading it again costs time (docs/benchmarks.md, "Measurements
    that were in docstrings")."""
    cc = _converters.get(config)
    if cc is None:
        cc = _converters[config] = Converter(config)
    return cc


# Share of Han characters that t2s changes above which a text is Traditional. Measured per document:
# SIGHAN pku/msr (Simplified) 0.0001-0.0002, as/cityu (Traditional) 0.28-0.31, the sample 0.37. One
# converter only: each OpenCC instance costs ~26 MB, and s2t is needed only to display Traditional.
TRADITIONAL_SHARE = 0.03


def detect_script(text: str) -> Script:
    """'traditional' when at least 3 % of the Han characters have a different Simplified form."""
    sample = "".join(HAN_RUN.findall(text[:200_000]))
    if not sample:
        return "simplified"
    simp = converter("t2s").convert(sample)
    changed = sum(a != b for a, b in zip(sample, simp))
    return "traditional" if changed >= TRADITIONAL_SHARE * len(sample) else "simplified"


def convert_same_length(text: str, config: str) -> str:
    """Convert with OpenCC ``config`` ('t2s', 's2t', 's2twp', …) keeping one character for one."""
    cc = converter(config)
    out = []
    for line in text.split("\n"):
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(_char(cc, c) for c in line)
        out.append(conv)
    return "\n".join(out)


def _char(cc, c: str) -> str:
    conv = cc.convert(c)
    return conv if len(conv) == 1 else c


def to_simplified(text: str) -> str:
    return convert_same_length(text, "t2s")


def simplified_only(c: str) -> bool:
    """True when the character ``c`` belongs to Simplified writing alone: OpenCC s2tw changes it and no CC-CEDICT
    entry writes it as its own Traditional form. 干 (若干, 干涉), 后 (皇后), 台, 于, 里, 只, 系 are shared by both
    scripts: on a Traditional page they are no evidence of Simplified text; 发, 们, 这 are."""
    if to_traditional(c) == c or to_simplified(c) != c:
        return False
    from quizgen.analysis.cedict_index import lookup

    return all(trad != c for trad, *_ in lookup(c))


def to_traditional(text: str) -> str:
    """Traditional characters in Taiwan's standard forms (s2tw: 起床, not OpenCC's default 起牀); words are
    not changed (s2twp would also rewrite vocabulary, 软件 -> 軟體, which is no longer the text)."""
    return convert_same_length(text, "s2tw")
