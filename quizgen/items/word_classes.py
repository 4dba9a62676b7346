"""The coarse class of a word out of context (noun, verb, adjective, adverb …), on which every option must agree
with the gap's answer.

No one source is right often enough: jieba's dictionary tag (:func:`dict_tag`) is the base, CC-CEDICT's first
sense corrects it where jieba's dictionary is known to err (参观 tagged 'n' is 'to visit', 精心 tagged 'n' is
'meticulous': :func:`quizgen.items.semantic_fields.sense_pos` reads the senses) and Cilin's 大类 must agree
(:func:`quizgen.items.neighbours.agrees`). :func:`word_class` combines them; a word they leave undecided has
the empty class and is never an option.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analysis import datafiles, lexicon
from quizgen.cache import WORD_CACHE
from quizgen.items import neighbours as nb
from quizgen.items import semantic_fields as fx
from quizgen.memo import remembered

# Coarse part-of-speech classes from jieba tags. 'vn' (verbal noun: 发展) fits verb and noun slots, 'an' and
# 'ad' likewise; a word fits a slot when the class sets intersect.
_CLASS = {
    "n": {"n"}, "ng": {"n"}, "nr": set(), "ns": set(), "nt": set(), "nz": set(), "nrfg": set(), "nrt": set(),
    "v": {"v"}, "vg": {"v"}, "vd": {"v", "d"}, "vn": {"v", "n"}, "vi": {"v"}, "vq": {"v"},
    "a": {"a"}, "ag": {"a"}, "ad": {"a", "d"}, "an": {"a", "n"}, "b": {"a"}, "z": {"a"},
    "d": {"d"}, "dg": {"d"}, "c": {"c"}, "p": {"p"}, "q": {"q"}, "r": {"r"}, "f": {"f"}, "s": {"s"},
    "t": {"t"}, "i": {"i"}, "l": {"i"},
}

#: Classes of function words: English senses cannot tell them apart, so their slots are never made
FUNCTION_CLASSES = frozenset({"d", "c", "p", "r", "f", "q"})


@remembered
def dict_tag(word: str) -> str:
    """jieba's dictionary tag of a word on its own ('' when jieba does not keep it as one token).

    Uses the pipeline's segmenter (a second jieba instance loads the dictionary again, ~60 MB); the HSK words
    it adds carry no tag, exactly as a plain instance splitting them gives ''."""
    from quizgen.analysis.segment import segmenter

    return segmenter(None).lone_tag(word)


def pos_class(tag: str) -> frozenset[str]:
    return frozenset(_CLASS.get(tag, ()))


@remembered
def word_class(word: str) -> frozenset[str]:
    """POS class of a word out of context: jieba's dictionary tag; names' tags (美丽 is tagged 'ns') fall back to
    CC-CEDICT (a sense beginning 'to ' makes a verb), and Cilin's 大类 must agree (:func:`neighbours.agrees`:
    全都 'all' tagged 'n' is no noun). Empty when undecidable: such words are never options."""
    base = _word_class(word)
    cls = nb.agrees(word, base, _votes(word, base, pos_class(dict_tag(word))))
    if base and not cls:
        # the dictionary's override lost (广告 'to advertise': jieba n, Cilin Dk14): jieba's own tag, if it stands
        cls = tagged_class(word, dict_tag(word))
    return cls


def tagged_class(word: str, tag: str) -> frozenset[str]:
    """The class of jieba's tag ``tag`` for ``word`` as far as Cilin's 大类 agrees (:func:`neighbours.agrees`):
    the class of a word in context (全都 tagged 'n' is no noun)."""
    tagged = pos_class(tag)
    return nb.agrees(word, tagged, _votes(word, tagged, tagged))


def _votes(word: str, cls: frozenset[str], tagged: frozenset[str]) -> int:
    """How many of jieba's tag (``tagged``) and CC-CEDICT's first sense give the one class of ``cls``."""
    if len(cls) != 1:
        return 0
    (c,) = cls
    return (c in tagged) + (fx.sense_pos(word) == c)


def _word_class(word: str) -> frozenset[str]:
    cls = pos_class(dict_tag(word))
    if cedict_verb(word):
        # jieba's dictionary tags many verbs 'n' (参观, 参赛): CC-CEDICT's first sense 'to …' decides
        return frozenset({"v"}) if cls <= {"n"} else cls | {"v"}
    if cls and cls <= {"n", "v"} and _cedict_adverb(word):  # jieba tags 处处 'everywhere' 'v'
        return frozenset({"d"})  # jieba tags 精心 'n'; CC-CEDICT: 'meticulously; carefully'
    if cls == {"n"} and fx.looks_adjectival(word):
        return frozenset({"a"})  # jieba tags 精心 'n'; CC-CEDICT: 'with utmost care; fine; meticulous'
    if cls == {"v"} and fx.sense_pos(word) == "n" and not fx.is_verbal(word):
        # jieba's dictionary tags 位置 'v'; CC-CEDICT: 'position; place; seat'. But 足够 'enough' is tagged 'v'
        # and Cilin files it with verbs (He14): the two disagree, so the word is undecidable (never an option)
        return frozenset() if nb.never_noun(word) else frozenset({"n"})
    return cls


# an English adverb as CC-CEDICT's first sense: -ly words and the adverbs of place, time and frequency that
# do not end so (处处 'everywhere', 往往 'often'); "only" and "early"/"daily" are -ly words that are adjectives
# too, which the noun/verb classes this is asked about never are
_LY_WORD = re.compile(r"[a-z]+ly|(?:every|any|some|no)where|always|often|seldom|never|almost|again|already|soon")


def _cedict_adverb(word: str) -> bool:
    """The first common entry's first sense is an -ly adverb ('meticulously')."""
    for e in lexicon.cedict_entries(word):
        if not e.is_proper and e.senses:
            first = e.senses[0].strip()
            return bool(_LY_WORD.fullmatch(first)) and first not in datafiles.words("ly_not_adverbs.txt")
    return False


@lru_cache(maxsize=WORD_CACHE)
def cedict_verb(word: str) -> bool:
    """The first common CC-CEDICT entry's first sense is 'to …' (but not 'to be …', often adjectival)."""
    for e in lexicon.cedict_entries(word):
        if not e.is_proper and e.senses:
            first = e.senses[0]
            return first.startswith("to ") and not first.startswith("to be ")
    return False


def noun_voted(word: str) -> bool:
    """Cilin files the word's own first sense with nouns (A–D) and jieba's dictionary tags it 'n' or CC-CEDICT
    lists a reading of it that is a noun: two sources say noun, whatever CC-CEDICT's first entry ('to bear
    fruit' for 结果; 说法 shuōfǎ 'to expound Buddhist teachings' before shuōfa 'way of speaking') made of it. No
    option for a verb slot (参观, tagged 'n' but filed with actions, stays a verb)."""
    return nb.primary(word)[:1] in "ABCD" and bool(nb.primary(word)) \
        and (dict_tag(word) == "n" or noun_reading(word))


@remembered
def noun_reading(word: str) -> bool:
    """CC-CEDICT lists the word under two or more readings and a later one's first sense is no verb's (说法
    shuōfa 'way of speaking'): the word the text uses may well be that noun."""
    entries = [e for e in lexicon.cedict_entries(word) if e.senses and e.pinyin[:1].islower()]
    return len(entries) > 1 and any(not e.senses[0].lower().startswith("to ") for e in entries[1:])


def noun_slot(cls: frozenset[str]) -> bool:
    """A slot of nouns only (no verb or adjective reading of the answer)."""
    return "n" in cls and not cls & {"v", "a"}
