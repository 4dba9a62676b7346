"""Script detection and Traditional→Simplified conversion that keeps offsets valid.

Analysis runs in Simplified (jieba's dictionary and the HSK lists are Simplified). OpenCC converts phrase by
phrase, and almost always one character for one; where a line's conversion changes its length we convert that
line character by character instead, so every offset in the Simplified text is an offset in the original.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def converter(config: str):
    from opencc_pyo3 import OpenCC

    return OpenCC(config)


def detect_script(text: str) -> str:
    """'traditional' when more characters change under t2s than under s2t, else 'simplified'."""
    sample = "".join(c for c in text[:200_000] if ord(c) >= 0x3400)
    if not sample:
        return "simplified"
    simp = converter("t2s").convert(sample)
    trad = converter("s2t").convert(sample)
    trad_only = sum(a != b for a, b in zip(sample, simp))  # characters that t2s changes: Traditional forms
    simp_only = sum(a != b for a, b in zip(sample, trad))
    return "traditional" if trad_only > simp_only else "simplified"


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


def to_traditional(text: str) -> str:
    return convert_same_length(text, "s2t")
