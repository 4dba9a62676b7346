"""Where a word's place or its dictionary entry says which of its senses to show, read from the senses themselves:
the adverb slot (:func:`adverb_slot`: 已先后自行设计 'in succession'), a cyclical year naming a manuscript
(:func:`edition_label`: 甲戌侧批, no gloss), 的 written for 地 (:func:`manner_de`: 白白的丧命), a verb counted at the end of its
clause (:func:`counted_noun`: 一段留言), and an entry that is mostly another writing's variant (:func:`defers`:
閑 'enclosure' behind 閒 'idle'). Plain functions of English senses (given lazily: most words never need them); the
word sets they read are ``edition_mark`` and ``verbal_classifier`` in ``quizgen/data/sense_words.tsv``.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.analysis import chars, datafiles
from quizgen.analysis.han import HAN_CLASS
from quizgen.analysis.lexicon import Entry
from quizgen.analysis.sense_context import Context
from quizgen.analysis.sense_pos import pos_rank

Senses = Callable[[], list[str]]
_ADVERB_TAGS = ("d", "ad")


def adverb_slot(simplified: str, pos: str, ctx: Context, senses: Senses) -> bool:
    """A time word or noun of two characters or more between an adverb and a verb, adverb, pronoun or noun
    (已先后自行设计, 已先后参观), or between a pronoun and a verb (他们先后来到): the adverb slot. If one of its
    ``senses`` is an adverb's ('in succession' of 先后, tagged t, whose first sense 'early or late' is the noun's) it is
    used as that adverb; words with no adverb sense (已|今天|开始) keep theirs."""
    return pos[:1] in ("t", "n") and not pos.startswith(("nr", "ns", "nt", "nz")) and len(simplified) > 1 \
        and (ctx.prev_pos in _ADVERB_TAGS and ctx.next_pos[:1] in ("v", "d", "r", "p", "n")
             or ctx.prev_pos[:1] == "r" and ctx.next_pos[:1] in ("v", "d", "p")) \
        and any(pos_rank(s, "d") == 0 for s in senses())


_EDITION_MARKS = datafiles.word_sets("sense_words.tsv")["edition_mark"]
_CYCLE_YEAR = re.compile(r"\byear\b.*\b60 year cycle\b")


def edition_label(next_: str, senses: Senses) -> bool:
    """A year of the 60-year cycle (by its ``senses``) before a mark of commentary or edition ``next_`` (甲戌侧批,
    庚辰双行夹批, 己卯本): the name of a manuscript of 红楼梦 after the year it was copied, which 'eleventh year A11 of
    the 60 year cycle' does not teach, so no gloss (and never tested)."""
    return next_ in _EDITION_MARKS and any(_CYCLE_YEAR.search(s) for s in senses())


# "(variant of 閒|闲[xian2]) idle" inside an entry's senses: group 1 the Simplified headword it writes.
_INNER_VARIANT = re.compile(rf"variant of (?:[{HAN_CLASS}]+\|)?([{HAN_CLASS}]+)\[")


def defers(entry: Entry, simplified: str) -> bool:
    """The entry's first or second sense already says it is a variant of another writing of the same Simplified word
    (閑 'enclosure; (variant of 閒|闲) idle'): that writing's entry is the main one, whose senses come first ('idle',
    not 閑's own 'enclosure'). An entry whose own senses come first and the variant last (拐 'to turn; to kidnap; …;
    variant of 枴', 托 'to hold up; …; to entrust (variant of 託)') stays the main one."""
    return any((m := _INNER_VARIANT.search(raw)) is not None and m.group(1) == simplified for raw in entry.senses[:2])


def _reduplicated(word: str) -> bool:
    """AA, AABB or ABB (白白, 从从容容, 轻飘飘): the forms of a word of manner."""
    n = len(word)
    return n == 2 and word[0] == word[1] or n == 4 and word[0] == word[1] and word[2] == word[3] \
        or n == 3 and word[1] == word[2]


_MANNER_TAGS = ("d", "z", "a", "l", "i")  # adverbs, descriptive (嘻嘻), adjectives, idioms (从从容容)


def manner_de(ctx: Context, prev_senses: Senses) -> bool:
    """的 after a reduplicated word of manner and before a verb, adverb or preposition is written for 地 (白白的丧命,
    忙忙的吃茶, 嘻嘻的笑: 现代汉语词典 的 ② 同"地"): that word is an adverb's tag or has an adverb's sense by ``prev_senses``
    (白白 'in vain', which jieba tags a name); 妈妈的守护, 宝宝的发展 (nouns) and 有深深的失望 ('deep') keep 的 'of'."""
    return _reduplicated(ctx.prev) and ctx.next_pos[:1] in ("v", "d", "p") and ctx.next_pos != "vn" \
        and (ctx.prev_pos.startswith(_MANNER_TAGS) or any(pos_rank(s, "d") <= 1 for s in prev_senses()[:1]))


_TIMES = datafiles.word_sets("sense_words.tsv")["verbal_classifier"]


def counted_noun(pos: str, ctx: Context) -> bool:
    """A verb closing its clause after a number or demonstrative and a classifier (看到一段留言，, 经过两轮角逐，) is the
    thing counted, a noun ('message', not 'to leave a message'); not after a classifier of times (看了三遍。) or of
    time (两三天方完), which count the verb or say when."""
    return pos[:1] == "v" and pos != "vn" and ctx.end and ctx.prev_pos == "q" and len(ctx.earlier) > 1 \
        and ctx.prev not in _TIMES and ctx.prev not in _TIME_UNITS \
        and (ctx.earlier[1] in _DEMONSTRATIVES or all(c in _NUMERALS for c in ctx.earlier[1]))


_TIME_UNITS = frozenset("天年月日周週夜晚刻秒分时時")
_DEMONSTRATIVES = datafiles.word_sets("sense_words.tsv")["demonstrative"]
_NUMERALS = frozenset(chars.NUMBER_CHARS)


_NOMINAL = datafiles.pairs("noun_senses.tsv")


def nominal(simplified: str, senses: list[str], ctx: Context | None) -> str | None:
    """The noun of a verb standing as a noun (``quizgen/data/noun_senses.tsv``: 的诊断 'diagnosis', 这种消费 'consumption'),
    the verb's first sense of its ``senses`` after it; None when the table lacks the word, or a noun follows and a
    conjunction or a localiser stands before: there the word is as often the verb and its object (开发和培育名牌, 即时
    运用权力, 范围内建设…) as the noun modifying a noun (就业机会和生活条件). The table lists no word whose first
    CC-CEDICT senses hold a noun's (服务 'service': the slot's noun tag already puts it first)."""
    noun = _NOMINAL.get(simplified)
    if noun is None or ctx is not None and ctx.next_pos[:1] == "n" and ctx.prev_pos[:1] in ("c", "f"):
        return None
    return "; ".join((noun.split("; ") + senses[:1])[:3])  # three senses at most, as every gloss
