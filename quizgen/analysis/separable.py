"""Verb + object words split by a count (上四节课, 睡了一个觉, 开两次会): the verb's sense is the whole word's.

A one-character verb and a one-character noun that CC-CEDICT and the HSK lists know as one verb-object word
(上课 'to attend class', 下雨 'to rain') are often written apart, a number and classifier between them (离合词).
jieba then cuts the verb alone, and the verb's own first sense is the wrong one (上 'on; above' in
我们每天上午上四节课). Where the word after the verb (after 了 or 过, if any) is a count and the noun follows it,
in the count's token (四节课) or the next one (一|场|雨), the verb gets the senses of the whole word. So does a verb
whose one-character object follows right after 了 or 过 (落了榜, 还了书), any word CC-CEDICT has: there the whole
word also gives the verb its reading where the syllable's letters differ (落 luò of 落榜, not là 'to leave out').
"""
from __future__ import annotations

from collections.abc import Sequence

from quizgen.analysis import chars, datafiles
from quizgen.analysis.lexicon import all_hsk_words, cedict_entries, listed_classifiers

_NUMERAL_CHARS = frozenset(chars.NUMBER_CHARS)
_ASPECT = datafiles.word_sets("sense_words.tsv")["verb_aspect"]
_COUNT_TAGS = ("m", "q")


def _object_after_count(words: Sequence[tuple[str, str]], j: int) -> str | None:
    """The noun after the count that starts at word ``j``: the rest of a count word (四节|课) or the word after
    the count's words (一|场|雨, 两个|小时); None when ``j`` starts no count."""
    if j >= len(words):
        return None
    w, tag = words[j]
    n = 0
    while n < len(w) and w[n] in _NUMERAL_CHARS:
        n += 1
    if n == 0 and w not in ("个", "個"):  # 洗了个澡: the classifier alone
        return None
    rest = w[n:] if n else ""
    if rest and rest[0] in _classifiers_of(rest[1:]):
        rest = rest[1:]  # 四节课: 节 counts 课
    elif rest and tag.startswith(_COUNT_TAGS):
        rest = ""  # 四节 (m), 一个: the count alone, the noun follows
    if rest:
        return rest
    k = j + 1
    if k < len(words) and words[k][1].startswith("q"):
        k += 1  # 一|场|雨
    # jieba tags some of these nouns as verbs (两次|会, 一个|觉)
    return words[k][0] if k < len(words) and words[k][1].startswith(("n", "v")) else None


def _classifiers_of(noun: str) -> frozenset[str]:
    """The classifiers CC-CEDICT lists for ``noun`` (课: 节, 门, 堂), and the general 个."""
    return listed_classifiers(noun) | frozenset("个個") if noun else frozenset()


def split_word(words: Sequence[tuple[str, str]], k: int, reading: str) -> tuple[str, str] | None:
    """(word, CC-CEDICT reading) of the verb-object word that word ``k`` (one character, read ``reading``,
    numbered) opens with a noun after a count (上|四节课 -> 上课), or None."""
    verb, tag = words[k]
    if len(verb) != 1 or not tag.startswith(("v", "f")):  # jieba tags 上 and 下 as localisers
        return None
    j = k + 1
    if j < len(words) and words[j][0] in _ASPECT:
        j += 1
    noun = _object_after_count(words, j)
    direct = noun is None and j == k + 2 and j < len(words) and len(words[j][0]) == 1 \
        and words[j][1][:1] == "n" and not words[j][1].startswith(("nr", "ns", "nt", "nz"))
    if direct:
        noun = words[j][0]  # 落了榜: the object right after 了 or 过
    if not noun or len(noun) != 1:
        return None
    word = verb + noun
    if not direct and word not in all_hsk_words():  # a word learners meet (上课, 下雨), not any pair CC-CEDICT holds
        return None
    for e in cedict_entries(word):
        syllables = e.pinyin.lower().split()
        # a verb-object word's first sense is a verb's (有人 'someone' and 要人 'important person' are none)
        if not e.is_proper and syllables and (e.senses[0].startswith("to ") or direct and word in all_hsk_words()) \
                and (syllables[0] == reading.lower() or direct and (_letters(syllables[0]) != _letters(reading)
                                                                    or reading.endswith("5"))):
            return word, e.pinyin
    return None


def _letters(syllable: str) -> str:
    return syllable.lower().rstrip("12345")
