"""What counts as a Han character: the one definition every module uses.

A Han character is one of Unicode's CJK Unified Ideographs (the main block U+4E00–U+9FFF, Extension A
U+3400–U+4DBF, Extensions B–H in planes 2 and 3, U+20000–U+3134F), a CJK Compatibility Ideograph
(U+F900–U+FAFF: 﨑 and the like that legacy encodings produce) or 〇 (U+3007, the ideographic zero of 二〇二四年).
Radicals, strokes, the Yijing hexagrams (U+4DC0–U+4DFF, between Extension A and the main block) and CJK
punctuation are not.

:data:`HAN_CLASS` is the same set as the inside of a regex character class, for patterns that mix Han with
other characters (``[{HAN_CLASS}·]+``); :data:`HAN` and :data:`HAN_RUN` are compiled for the common cases.
A module that needs a narrower range on purpose names it beside its use with the reason
(:data:`BASIC_BLOCK` is the only one so far).
"""
from __future__ import annotations

import re

HAN_CLASS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")

#: The main CJK Unified Ideographs block only (U+4E00–U+9FFF): for dense tables indexed by code point
#: (quizgen.analysis.junk counts character n-grams in a numpy array of this block's size).
BASIC_BLOCK = (0x4E00, 0x9FFF)


def is_han(c: str) -> bool:
    """Whether the one character ``c`` is Han (see the module docstring)."""
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x3134F
        or 0xF900 <= o <= 0xFAFF
        or o == 0x3007
    )


def all_han(s: str) -> bool:
    """Whether ``s`` is non-empty and Han throughout (the analysis asks this of every token and its neighbours:
    one regex match, not a Python loop over the characters)."""
    return HAN_RUN.fullmatch(s) is not None


def han_head(s: str) -> str:
    """The Han characters that start ``s`` (as many as there are)."""
    m = HAN_RUN.match(s)
    return m.group() if m else ""


def han_tail(s: str) -> str:
    """The Han characters that end ``s``."""
    i = len(s)
    while i and is_han(s[i - 1]):
        i -= 1
    return s[i:]
