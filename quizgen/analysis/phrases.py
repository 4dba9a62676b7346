"""Words kept whole, or cut where the dictionary says, after jieba's cut (a stage of
:mod:`quizgen.analysis.segment`): set phrases and idioms (:func:`set_phrases_whole`), slogans of a fixed
pattern (:func:`patterns_whole`), a dictionary word jieba lacks read across its cut (:func:`dictionary_recut`),
runs of tokens listed as cut wrongly (:func:`recut`), a verb cut from its first character before a complement
(:func:`complement_recut`: 推/算出),
the given name after a role it is in apposition to (:func:`given_names_after_roles`); a numeral and its classifier
(:func:`numerals_apart`), a time unit and a localiser (:func:`unit_and_localiser_apart`), an adverb and a modal
(:func:`adverb_modal_apart`) as two words.

Each stage takes and returns jieba's (word, tag) pairs; the words always spell the same text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from quizgen.analysis import chars, datafiles
from quizgen.analysis.han import all_han

if TYPE_CHECKING:
    from quizgen.analysis.segment import Segmenter

Tagged = list[tuple[str, str]]

_MAX_PHRASE = 8  # characters: the longest idiom or set phrase tried (一失足成千古恨 is 7)
# tags of tokens never taken into a phrase: names, numbers, punctuation, Latin
_NOT_IN_PHRASE = ("nr", "ns", "nt", "m", "x", "eng")
# ... and only content words (nouns, verbs, adjectives, idioms): a phrase with a preposition, pronoun, particle,
# localiser or time word (到/目前/为止, 在/此/期间, 说/实在/的) is words a learner is glad to see glossed
_CONTENT_TAGS = ("n", "v", "a", "i", "l", "z", "b", "g", "zg")


def set_phrases_whole(tagged: Sequence[tuple[str, str]]) -> Tagged:
    """Three jieba tokens or more, all content words and one of a single character, that together are one of
    pypinyin's phrases of 4 to 8 characters, an idiom or set phrase (狮子/大/开口 -> 狮子大开口 'to ask an
    exorbitant price'), joined as one token tagged ``i``:
    no piece is glossed ('lion') and no piece is tested. pypinyin's phrase table (:func:`pinyin.is_phrase`)
    lists idioms CC-CEDICT lacks. Two tokens are left alone: jieba's cut of two words (中国/人民) is mostly right,
    and the phrase table holds many such compounds."""
    from quizgen.analysis.pinyin import is_phrase

    # whether each token may be part of a phrase, tested once per token (not once per phrase tried)
    fits = [p.startswith(_CONTENT_TAGS) and not p.startswith(_NOT_IN_PHRASE) and all_han(w) for w, p in tagged]
    out: Tagged = []
    i = 0
    while i < len(tagged):
        best = 0
        text = ""
        single = False
        for j in range(i, len(tagged)):
            if not fits[j]:
                break
            w = tagged[j][0]
            text += w
            if len(text) > _MAX_PHRASE:
                break
            single = single or len(w) == 1
            if j - i >= 2 and len(text) >= 4 and single and is_phrase(text):
                best = j + 1
        if best:
            out.append(("".join(w for w, _ in tagged[i:best]), "i"))
            i = best
        else:
            out.append(tagged[i])
            i += 1
    return out


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """``set_patterns.txt``: one pattern a line, X standing for one Han character written twice (应X尽X)."""
    out = []
    for line in datafiles.lines("set_patterns.txt"):
        pattern = line.split("\t")[0]
        rx = re.escape(pattern).replace("X", r"(\w)", 1).replace("X", r"\1")
        out.append(re.compile(rx))
    return tuple(out)


def patterns_whole(tagged: Sequence[tuple[str, str]]) -> Tagged:
    """A slogan of a fixed pattern (``set_patterns.txt``: 应收尽收, 应治尽治) as one token tagged ``l``, when the
    match starts and ends at token boundaries: jieba cuts 应收/尽收, and 应收 would be glossed 'receivable'."""
    text = "".join(w for w, _ in tagged)
    spans = [m.span() for rx in _patterns() for m in rx.finditer(text) if all_han(m.group())]
    if not spans:
        return list(tagged)
    starts, pos = {}, 0
    for k, (w, _) in enumerate(tagged):
        starts[pos] = k
        pos += len(w)
    starts[pos] = len(tagged)
    out: Tagged = []
    k = 0
    for a, b in sorted(spans):
        if a in starts and b in starts and starts[a] >= k and starts[b] - starts[a] >= 2:
            out.extend(tagged[k:starts[a]])
            out.append((text[a:b], "l"))
            k = starts[b]
    out.extend(tagged[k:])
    return out


# Degree adverbs jieba's dictionary glues into three-character "words" between a noun and an adjective (汤太酸)
_SEGMENT_WORDS = datafiles.word_sets("segment_words.tsv")
_DEGREE_CHARS = _SEGMENT_WORDS["degree_char"]


def degree_adverb_apart(word: str, single_words: frozenset[str]) -> tuple[str, ...] | None:
    """汤太酸, 菜很咸 (a token no dictionary knows): a noun, a degree adverb and an adjective, three words when the
    outer characters are words of their own (``single_words``); None otherwise."""
    if len(word) == 3 and word[1] in _DEGREE_CHARS and word[0] in single_words and word[2] in single_words:
        return tuple(word)
    return None


@cache
def _recuts() -> dict[tuple[str, ...], tuple[str, ...]]:
    """``recuts.tsv``: jieba's tokens (space-separated) <TAB> the same characters as they should be cut, a token
    optionally with its tag after a slash (花/n: jieba's tag for 花 alone is the verb 'to spend')."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in datafiles.lines("recuts.tsv"):
        before, after = (tuple(side.split()) for side in line.split("\t"))
        if "".join(before) != "".join(w.split("/")[0] for w in after):
            raise ValueError(f"recuts.tsv: {line!r} changes the text")
        out[before] = after
    return out


def recut(tagged: Sequence[tuple[str, str]], seg: "Segmenter") -> Tagged:
    """A run of jieba's tokens listed in ``recuts.tsv`` cut as the table says (在/家宅/了 -> 在家/宅/了, 一带/一路
    -> 一带一路); each new token takes the tag the table gives it, else jieba's tag for it alone, else the tag of
    the token it starts in."""
    table = _recuts()
    firsts = {k[0] for k in table}
    out: Tagged = []
    i = 0
    while i < len(tagged):
        if tagged[i][0] in firsts:
            for before, after in table.items():
                n = len(before)
                if tuple(w for w, _ in tagged[i:i + n]) == before:
                    starts = {}
                    pos = 0
                    for w, p in tagged[i:i + n]:
                        starts[pos] = p
                        pos += len(w)
                    pos = 0
                    for piece in after:
                        w, _, tag = piece.partition("/")
                        tag = tag or seg.lone_tag(w) or next(
                            p for k, p in sorted(starts.items(), reverse=True) if k <= pos)
                        out.append((w, tag))
                        pos += len(w)
                    i += n
                    break
            else:
                out.append(tagged[i])
                i += 1
        else:
            out.append(tagged[i])
            i += 1
    return out


def dictionary_recut(tagged: Sequence[tuple[str, str]], seg: "Segmenter") -> Tagged:
    """AB/C read as A/BC where BC is a common CC-CEDICT word jieba's dictionary lacks (so jieba could not choose
    it), C a noun, A a word of one character of the HSK lists and AB a name as well as no HSK word: 上官/网 ->
    上/官网 ('official website', not the surname 上官 + 'net'). A verb or localiser A before the noun is the
    verb (上 'to go to'). Without the name, the recut was wrong as often as right on SIGHAN (争到/了, 风向/北)."""
    from quizgen.analysis.lexicon import all_hsk_words

    hsk = all_hsk_words()
    out: Tagged = []
    for w, p in tagged:
        if out and len(w) == 1 and all_han(w):
            a, pa = out[-1]
            bc = a[1:] + w
            if len(a) == 2 and all_han(a) and not pa.startswith(("nr", "m")) and a[0] in hsk and a not in hsk \
                    and p.startswith("n") and _is_name(a) and not seg.has_word(bc) and seg.is_common_word(bc):
                lone = seg.lone_tag(a[0]) or pa
                out[-1] = (a[0], "v" if lone[:1] in ("v", "f") else lone)
                out.append((bc, seg.lone_tag(bc) or "n"))
                continue
        out.append((w, p))
    return out


_COMPLEMENT_CHARS = datafiles.word_sets("segment_words.tsv")["complement"]
_AUX = datafiles.word_sets("segment_words.tsv")["aux_before_verb"] | datafiles.word_sets("sense_words.tsv")["modal"]
_ASPECT_TAG = {"着": "uz", "過": "ug", "过": "ug", "了": "ul"}


def complement_recut(tagged: Sequence[tuple[str, str]], seg: "Segmenter") -> Tagged:
    """A/BC read as AB/C where C is a complement (segment_words.tsv ``complement``: 出, 到, 给, 着 …), B neither a
    complement nor 不/没/得 (要/不到 is 要 + a potential complement), A one character jieba tags a verb or adjective
    and no modal or auxiliary (segment_words.tsv ``aux_before_verb``: 要/看到 stays), and AB a common word (HSK or CC-CEDICT): 推/算出 -> 推算/出, 凸/显出 -> 凸显/出, 翻/看着 -> 翻看/着
    ('to calculate' + 'out', not 'to push' + 'to figure out'). On the held-out texts jieba cut six such verbs apart
    and none the other way; with A a noun or preposition the pattern is mostly right as jieba cut it (在/台上)."""
    out: Tagged = []
    for w, p in tagged:
        if out and len(w) == 2 and all_han(w) and w[1] in _COMPLEMENT_CHARS and w[0] not in _COMPLEMENT_CHARS \
                and w[0] not in "不没沒得":
            a, pa = out[-1]
            if len(a) == 1 and all_han(a) and pa[:1] in ("v", "a") and a not in _AUX \
                    and seg.is_common_word(a + w[0]):
                out[-1] = (a + w[0], seg.lone_tag(a + w[0]) or "v")
                out.append((w[1], _ASPECT_TAG.get(w[1]) or seg.lone_tag(w[1]) or "v"))
                continue
        out.append((w, p))
    return out


def le_object_apart(tagged: Sequence[tuple[str, str]]) -> Tagged:
    """A token V了 of jieba's dictionary (得了 'all right!; can') before a one-character word X where VX is an HSK word
    (得意, a verb-object word split by 了: 宝玉亦发得了意) is three words, V + 了 + X: the verb then reads and is glossed as
    the whole word (quizgen.analysis.separable), not as 得了 'de liǎo (V得了) can'. A preposition (为了, 除了) stays."""
    from quizgen.analysis.lexicon import all_hsk_words

    out: Tagged = []
    for k, (w, p) in enumerate(tagged):
        nxt = tagged[k + 1][0] if k + 1 < len(tagged) else ""
        if len(w) == 2 and w[1] == "了" and p[:1] not in ("p", "c") and len(nxt) == 1 and all_han(nxt) \
                and w[0] + nxt in all_hsk_words():
            out += [(w[0], "v"), ("了", "ul")]
        else:
            out.append((w, p))
    return out


def _is_name(word: str) -> bool:
    """CC-CEDICT has a name (a capitalised entry: the surname 上官) for ``word``."""
    from quizgen.analysis.lexicon import cedict_entries

    return any(e.is_proper for e in cedict_entries(word))


def given_names_after_roles(tagged: Sequence[tuple[str, str]]) -> set[int]:
    """Indices of the given names in apposition to a role: a surname jieba tags as a name, the two-character word
    after it, after a noun of a role (``person_suffixes.txt``: 负责人, 记者, 校长), is a given name (负责人李/新生:
    新生 is no 'new student'), which has no sense to teach; a title after the surname (``name_titles.txt``: 李老师,
    王经理) is no given name. The cut stays: SIGHAN PKU cuts surname and given name apart (joined, its F1 fell by
    0.0002 while the other three rose by as much)."""
    from quizgen.analysis.lexicon import looks_like_name

    suffixes = datafiles.words("person_suffixes.txt")
    titles = datafiles.words("name_titles.txt")
    out: set[int] = set()
    for i in range(1, len(tagged) - 1):
        (role, _), (w, p), (given, gp) = tagged[i - 1], tagged[i], tagged[i + 1]
        if len(w) == 1 and p.startswith("nr") and len(role) >= 2 and role[-1] in suffixes and all_han(role) \
                and len(given) == 2 and all_han(given) \
                and not gp.startswith(("nr", "m", "x", "p", "c", "u", "d", "r", "f", "q")) \
                and given not in titles and looks_like_name(w + given):
            out.add(i + 1)
    return out


_NUMERAL_HEAD = frozenset(chars.COUNTING + "几")
DIGITS = frozenset(chars.NUMERAL)
_KEPT_CLASSIFIERS = _NUMERAL_HEAD | {"个"}


#: A list number glued to the year after it (１.１９８７年向单位发行的国库券: item 1, the year 1987), which jieba
#: reads as one time word 1.1987年; a year has four digits, so a decimal before 年 never looks like this.
_LIST_YEAR = re.compile(r"([0-9０-９]{1,2}[.．])([0-9０-９]{4}年)")


def list_number_apart(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A sentence opening on a list number glued to a year: the number (a mark, no word) and the year apart."""
    m = _LIST_YEAR.fullmatch(tagged[0][0]) if tagged else None
    return [(m.group(1), "x"), (m.group(2), "t")] + tagged[1:] if m else tagged


def numerals_apart(tagged: list[tuple[str, str]], known) -> list[tuple[str, str]]:
    """A numeral and its classifier as two words (一个 -> 一 + 个, 五名 -> 五 + 名), as PKU, AS and CityU cut
    them, and so each gets its own reading and sense; words of a dictionary for learners (一方 'one side',
    一家, 一些, 一下) stay whole, and so does 个 with its numeral (一个, 两个: MSR keeps them, PKU mostly too).
    Measured with score.py (F1, against keeping all whole): pku +0.009, as +0.007, cityu +0.010, msr -0.002;
    splitting 个 as well: pku +0.007, msr -0.006, as +0.010, cityu +0.012."""
    out: list[tuple[str, str]] = []
    for w, p in tagged:
        if len(w) >= 2 and p[:1] == "m" and w[-1] not in _KEPT_CLASSIFIERS \
                and all(c in _NUMERAL_HEAD for c in w[:-1]) and not known(w):
            out += [(w[:-1], "m"), (w[-1], "q")]
        else:
            out.append((w, p))
    return out


# A time unit and a localiser after a number are two words (10天后 -> 10 + 天 + 后, not 天后 'Tin Hau'; 三年内).
_TIME_UNITS = _SEGMENT_WORDS["time_unit"]
_LOCALISERS = _SEGMENT_WORDS["localiser"]
_NUMBER_CHARS = DIGITS | frozenset(chars.ARABIC) | _SEGMENT_WORDS["approx_number"]


def unit_and_localiser_apart(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w, p in tagged:
        if len(w) == 2 and w[0] in _TIME_UNITS and w[1] in _LOCALISERS and out \
                and all(c in _NUMBER_CHARS for c in out[-1][0]):
            out += [(w[0], "q"), (w[1], "f")]
        else:
            out.append((w, p))
    return out


#: An adverb and a modal jieba keeps as one dictionary word (都会 'metropolis', 才能 'talent') that are two words
#: before a verb: 我都会在家画画 is 都 + 会, 他才能来 is 才 + 能.
_SEGMENT_WORDS = datafiles.word_sets("segment_words.tsv")
_ADVERB_FIRST = _SEGMENT_WORDS["adverb_first"]
_MODAL_CHARS = _SEGMENT_WORDS["modal_char"]


def adverb_modal_apart(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """都会/才能/也要 … cut into adverb + modal when what follows opens a verb phrase, not a noun, 的 or the end
    of the clause (jieba's tags there are rough: 在家 is tagged r): 我都会在家画画 (都 dōu + 会 huì, not 都会 dūhuì
    'metropolis'), while 国际都会。 and 很有才能 stay whole. A next word opening with a verb of being or having is a
    verb phrase whatever its tag (人都会有性的需求, 都会有益: jieba tags 有性, 有益 n, which then count as verbs)."""
    out: list[tuple[str, str]] = []
    retag = -1
    for k, (w, p) in enumerate(tagged):
        if k == retag:
            out.append((w, "v"))  # 有性 after 都 + 会: the verb phrase jieba tagged a noun
            continue
        nxt = tagged[k + 1][1] if k + 1 < len(tagged) else "x"
        verb_next = k + 1 < len(tagged) and tagged[k + 1][0][:1] in _SEGMENT_WORDS["verb_start"]  # 都会|有性: 有 + 性
        prev = out[-1][0] if out else ""
        if len(w) == 2 and w[0] in _ADVERB_FIRST and w[1] in _MODAL_CHARS \
                and (nxt[:1] not in ("n", "x", "u", "") or verb_next) \
                and prev not in _SEGMENT_WORDS["noun_after"]:  # 他的才能很高: the noun
            out += [(w[0], "d"), (w[1], "v")]
            if verb_next and nxt[:1] == "n":
                retag = k + 1
        else:
            out.append((w, p))
    return out
