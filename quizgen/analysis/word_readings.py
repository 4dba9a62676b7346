"""Readings of whole words from CC-CEDICT (© MDBG, CC BY-SA 4.0), a step of :mod:`quizgen.analysis.pinyin`:
an HSK word that pypinyin's phrase table does not cover reads as CC-CEDICT has it, before the context rules and
the polyphone model (隆重 lóngzhòng, where the model read 重 chóng alone)."""
from __future__ import annotations

from collections.abc import Sequence

from quizgen.analysis.lexicon import all_hsk_words, cedict_entries


def cedict_reading(word: str, any_word: bool = False) -> tuple[str, ...] | None:
    """The one reading CC-CEDICT gives an HSK word in its common entries (隆重 long2 zhong4), a syllable in
    tone 5 left open (''); None when it has none or several. Rarer words are left out (unless ``any_word``):
    their CC-CEDICT readings are less sure than the model (拖拽 tuō yè, 脯氨酸 pú; measured on CPP: 11 better,
    18 worse)."""
    if not any_word and word not in all_hsk_words():
        return None
    common = [e for e in cedict_entries(word) if not e.is_proper]
    found = {tuple(s.lower().replace("u:", "ü") for s in e.pinyin.split()) for e in common}
    if len(found) != 1 or any("also pr." in x for e in common for x in e.senses):
        return None  # 下载 xia4 zai3 'also pr. [xia4 zai4]': CC-CEDICT itself gives a second reading
    return _syllables(word, found)


def _syllables(word: str, found: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    (syls,) = found
    if len(syls) != len(word) or not all(s[-1:].isdigit() for s in syls):
        return None
    return tuple("" if s.endswith("5") else s for s in syls)


def cedict_word_readings(words: Sequence[tuple[str, str]], readings: Sequence[str],
                         covered: Sequence[tuple[int, int] | None]) -> list[tuple[int, str, str, tuple[int, int]]]:
    """(character index, character, CC-CEDICT syllable, the word's span) for the jieba words (with pypinyin's
    ``readings`` and phrase spans ``covered`` of the sentence) that no pypinyin phrase covers and that
    :func:`cedict_reading` reads; a syllable CC-CEDICT writes neutral is left to the rules (随着 zhe) and
    the neutral-tone step. A word one of pypinyin's phrases straddles (这种|花 matched as 这|种花 zhòng huā)
    reads as CC-CEDICT has it even outside the HSK lists: jieba's cut used the context, the phrase match did
    not, so the phrase's reading is the one not to trust there."""
    out: list[tuple[int, str, str, tuple[int, int]]] = []
    pos = 0
    for word, _ in words:
        end = pos + len(word)
        if len(word) > 1 and covered[pos] != (pos, end) and all(readings[pos:end]):
            fixed = cedict_reading(word, any_word=_straddled(pos, end, covered))
            if fixed:
                out.extend((pos + i, word[i], syl, (pos, end)) for i, syl in enumerate(fixed) if syl)
        pos = end
    return out


def _straddled(pos: int, end: int, covered: Sequence[tuple[int, int] | None]) -> bool:
    """A pypinyin phrase covers a character of the word ``pos:end`` and reaches outside it."""
    return any(span is not None and (span[0] < pos or span[1] > end) for span in covered[pos:end])


#: Words outside the HSK lists that CC-CEDICT reads as pypinyin reads their characters are closed to the polyphone
#: model (:func:`agreeing_positions`); False gives the model every polyphone outside pypinyin's phrases again.
AGREEING_CLOSED = True


def agreeing_positions(words: Sequence[tuple[str, str]], readings: Sequence[str],
                       covered: Sequence[tuple[int, int] | None]) -> frozenset[int]:
    """The characters of jieba words (2+ characters, no pypinyin phrase) whose one CC-CEDICT reading is the
    reading pypinyin gives each of their characters: two sources agree, so the polyphone model, out of its
    domain, does not overrule them (it read 族长 zú cháng, 审计长 cháng, 馆藏 zàng, 取舍 shè, 重灾 chóng). The
    context rules still read them (过得很苦 de, where CC-CEDICT's 过得 is dé 'how are you getting on?')."""
    if not AGREEING_CLOSED:
        return frozenset()
    out: set[int] = set()
    pos = 0
    for word, _ in words:
        end = pos + len(word)
        if len(word) > 1 and covered[pos] != (pos, end) and all(readings[pos:end]):
            found = cedict_reading(word, any_word=True)
            if found is not None and all(not f or f == r for f, r in zip(found, readings[pos:end])):
                out.update(range(pos, end))
        pos = end
    return frozenset(out)

