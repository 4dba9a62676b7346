"""Pinyin as it is written, defined once: tone marks, the tone of a marked syllable, syllables joined into a word.

Tone marks come from pypinyin's ``tone_convert`` (its front door for this, STYLE.md), never from a table of
our own. The pipeline writes every token's pinyin with :func:`to_marks`; the worksheet
(:mod:`quizgen.export.worksheet`) and the Anki notes (:mod:`quizgen.export.anki.note_fields`) write a word's
syllables together with :func:`word_pinyin` / :func:`apostrophe_before` and colour them by
:func:`tone_number`.
"""
from __future__ import annotations

import functools

from quizgen.analysis.pinyin_table import import_pypinyin
from quizgen.cache import releasable

__all__ = ["apostrophe_before", "to_marks", "tone_number", "word_pinyin"]


@releasable
@functools.lru_cache(maxsize=4096)
def to_marks(numbered: str) -> str:
    """'lü4' -> 'lǜ', 'hang2' -> 'háng', 'le5' -> 'le'; 'yin2 hang2' -> 'yín háng' (pypinyin's tone_convert).

    The mark goes where Hanyu Pinyin puts it (a or e, else the o of 'ou', else the last vowel: 'liu2' ->
    'liú', 'gui4' -> 'guì'). 'v' and 'u:' are read as ü. Tone 5 (or 0) is neutral: no mark. Text without a
    tone digit is returned unchanged. The one place quizgen turns numbers into marks.
    """
    import_pypinyin()  # before any other import of pypinyin (pinyin_table)
    from pypinyin.contrib.tone_convert import to_tone

    return " ".join(to_tone(s.replace("u:", "v")) if s[-1:].isdigit() else s for s in numbered.split(" "))


@releasable
@functools.lru_cache(maxsize=4096)
def tone_number(syllable: str) -> int:
    """Tone 1–4 from the tone mark of a syllable ('lǜ' → 4, 'nǚ' → 3, 'Ān' → 1), 5 for none ('de', 'lü');
    a trailing tone digit ('lv4') is accepted too. pypinyin's ``tone_convert.to_tone3`` reads the mark (it
    knows lower-case syllables only, so the syllable is lowered first: 'Běi' would read 'Be3i')."""
    if syllable[-1:] in ("1", "2", "3", "4", "5"):
        return int(syllable[-1])
    import_pypinyin()  # before any other import of pypinyin (pinyin_table)
    from pypinyin.contrib.tone_convert import to_tone3

    numbered = to_tone3(syllable.lower())
    return int(numbered[-1]) if numbered[-1:] in ("1", "2", "3", "4") else 5


@releasable
@functools.lru_cache(maxsize=4096)
def apostrophe_before(syllable: str) -> bool:
    """A syllable that starts with a, o or e (any tone, any case) takes an apostrophe when it follows another
    in one word (Hanyu Pinyin orthography): xī'ān, gōng'ānjú; never before other syllables: duànliàn."""
    import_pypinyin()  # before any other import of pypinyin (pinyin_table)
    from pypinyin.contrib.tone_convert import to_normal

    return to_normal(syllable[:1].lower())[:1] in ("a", "o", "e")


def word_pinyin(syllables: str) -> str:
    """Space-separated syllables written as one word: 'gōng ān jī guān' -> "gōng'ānjīguān"."""
    parts = syllables.split()
    return "".join(("'" if k and apostrophe_before(p) else "") + p for k, p in enumerate(parts))
