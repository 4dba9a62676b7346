"""Word segmentation with jieba's model through rjieba (the Rust port: same output, ~40x faster).

Without a user dictionary we use the dictionary rjieba loads when it is imported (through its module functions
``rjieba.tag``, ``add_word``, ``has_word``): a second ``rjieba.Jieba()`` loads the same dictionary again, a
tenth of a short build's time. We add the HSK words of all standards to it (so a program that also calls
rjieba in the same process sees them too); a user's override file gets a private ``rjieba.Jieba`` instance of
its own, so one build's overrides never reach another. We then apply the user's override file, and merge Arabic numbers with 年/月/日 (``2019年``), which
measured +0.012 F1 on SIGHAN PKU and MSR (and -0.003 on CityU, whose standard splits them).

User override file (``--user-dict FILE``), UTF-8, one entry a line, ``#`` starts a comment::

    公安部          add a word
    公安部 nt       add a word with a part-of-speech tag
    公安部 3 nt     jieba's own format: word, frequency, tag (both optional)
    上海/市         always split 上海市 into 上海 + 市
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from quizgen.analysis import chars, datafiles, phrases
from quizgen.analysis.han import all_han
from quizgen.analysis.names import foreign_names_whole, names_whole
from quizgen.cache import releasable
from quizgen.errors import ConfigError

_NUMBER = chars.ASCII_DECIMAL
# Characters jieba's HMM wrongly glues to the next one when that pair is no dictionary word, with their tag.
_GLUED = {**dict.fromkeys("我你他她它您", "r"), **dict.fromkeys("以对把被向从在跟与将", "p"), "并": "c", "地": "uv"}
_GLUED_RX = re.compile(f"[{''.join(_GLUED)}]")
# None lets jieba suggest a frequency high enough for the word to come out whole: SIGHAN 2005 F1 is unchanged
# with the HSK words added this way (docs/benchmarks.md) and HSK words stay whole for learners.
_ADDED_FREQ = None
# The names of textbooks and graded readers (learner_names.txt), which jieba's model cuts wrongly (小明说 ->
# 小/明说), at a frequency that wins over 小 + 明说 in context (jieba's own keeps 小明 whole only alone).
_NAME_FREQ = 2000
LEARNER_NAMES = tuple(datafiles.lines("learner_names.txt"))
# The part of speech of the HSK words jieba lacks (added_word_tags.tsv, after the HSK 3.0 syllabus): untagged, 不太
# in 大家都基本不太担心了 was no adverb to every check that reads the next word's class (基本 'basically').
ADDED_TAGS = datafiles.pairs("added_word_tags.tsv")
#: False: the added HSK words carry no tag (bench/mutation_check.py "added-word-tags").
TAG_ADDED = True

# The word classes read below (quizgen/data/segment_words.tsv: its header says what each set is). A
# two-character token no dictionary has is cut in two only after a function character (很难, 这是, 不来), or
# before a modal jieba glued to the word before (这件事要落实 -> 事/要), never before a suffix (年率 is a rate).
_WORDS = datafiles.word_sets("segment_words.tsv")
_DATE_UNITS = _WORDS["date_unit"]
_DATE = re.compile(f"[0-9][{''.join(sorted(_DATE_UNITS))}]")
_FUNCTION_CHARS = _WORDS["function_char"]
_MODAL_CHARS = _WORDS["modal_char"]
_SUFFIX_CHARS = _WORDS["suffix_char"]

# jieba tags of tokens never cut into dictionary words: numerals and measures (两三条, 十七八岁: a range, not
# 两 + 三条) and people's names (王小明 is no 王 + 小明).
_WHOLE_TAGS = ("m", "q", "nr", "x", "eng")

_COMPLEMENTS = _WORDS["complement"]
_COUNTING = _WORDS["counting"]
_ECHO_NEGATIONS = _WORDS["echo_negation"]
_MORPHEME_TAGS = ("zg", "g", "ng", "vg", "ag")  # jieba: a bound morpheme, no word of its own
_GRAMMAR_TAGS = ("m", "u", "p", "c", "y")  # 两/方面/的: numerals and particles hold no torn word
_NAME_TAGS = ("nr", "ns", "nt", "nz", "m", "eng", "x")

_BA_NOT_AFTER = _WORDS["ba_not_after"]

def _ba_split(seg: "Segmenter", tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The 把 construction read as jieba's words 把门, 把手 (请把门关上 → 请/把门/关上, "to keep goal"): 把 + a
    noun character, followed by a verb and not after 的/这个 (门的把手坏了 keeps the handle), is 把 + X."""
    from quizgen.analysis.lexicon import cedict_entries

    def is_verb(w: str, p: str) -> bool:
        return p.startswith("v") or any(e.senses[0].startswith("to ") for e in cedict_entries(w)[:1])

    out = list(tagged)
    for i in range(len(tagged) - 2, -1, -1):
        w, p = tagged[i]
        if len(w) == 2 and w[0] == "把" and seg.lone_tag(w[1]).startswith("n") and is_verb(*tagged[i + 1]) \
                and (i == 0 or tagged[i - 1][0] not in _BA_NOT_AFTER):
            out[i:i + 1] = [("把", "p"), (w[1], "n")]
    return out


def _cut_into_words(word: str, known, level=None, tail_ok=None) -> tuple[str, ...] | None:
    """``word`` as dictionary words, fewest pieces first; a single character only as the first piece (a verb
    or preposition before its object: 喝 + 牛奶), never after, where it would be a suffix cut off its word
    (破案率 as 破案 + 率 reads 率 as shuài) — unless ``level`` (word -> its lowest HSK level, or None) is given
    and the single character is an HSK word that is no suffix after an HSK word and ``tail_ok(head, it)``
    (a determiner and its noun: 所有 + 人; a word and its localiser or particle: 短期 + 内). Among cuts of as many pieces,
    the one of commoner HSK words wins (所有人 is 所有 + 人, not 所 + 有人; 一定量 is 一定 + 量, not 一 + 定量; a
    word no HSK list has counts as level 10). None when there is no such cut."""
    n = len(word)
    cuts: list[tuple[int, int, int, int, tuple[str, ...]]] = []

    def walk(start: int, cut: tuple[str, ...], singles: int) -> None:
        if start == n:
            if len(cut) > 1:
                cost = sum((level(p) or 10) for p in cut) if level else 0
                late = int(any(len(p) == 1 for p in cut[1:]))
                cuts.append((len(cut), singles, cost, late, cut))
            return
        for end in range(min(n, start + 8), start, -1):
            piece = word[start:end]
            single = end - start == 1
            if single:
                if singles or start > 0 and not (
                        level and level(piece) and piece not in _SUFFIX_CHARS and level(cut[-1])
                        and tail_ok is not None and tail_ok(cut[-1], piece)):
                    continue
            elif not known(piece):
                continue
            walk(end, cut + (piece,), singles + single)

    walk(0, (), 0)
    return min(cuts)[4] if cuts else None


def _freq_and_tag(fields: list[str], path: Path, n: int, line: str) -> tuple[int | None, str | None]:
    """The frequency and tag of a user-dictionary line after its word: ``[freq] [tag]`` as in jieba's own
    dictionaries (``公安部 3 nt``), or ``[tag]`` alone (``公安部 nt``)."""
    freq = int(fields[0]) if fields and fields[0].isdigit() else None
    rest = fields[1:] if freq is not None else fields
    if len(rest) > 1:
        raise ConfigError(f"{path}:{n}: expected 'word [freq] [pos]', got {line!r}. Fix that line")
    return freq, (rest[0] if rest else None)


class Segmenter:
    def __init__(self, user_dict: Path | None = None):
        import rjieba

        from quizgen.analysis import lexicon

        self._known = lexicon.known_word_predicate()
        # characters that are HSK words on their own (很, 难, 这, 是): a two-character token of two of them that
        # no dictionary has (很难, 这是, 不来) is two words
        self._hsk = lexicon.all_hsk_words()
        self._hsk_chars = frozenset(w for w in lexicon.all_hsk_words() if len(w) == 1)
        self._levels = lexicon.lowest_levels()
        self._jieba: Any = rjieba if user_dict is None else rjieba.Jieba()
        for w in sorted(lexicon.all_hsk_words()):
            if not self._jieba.has_word(w):
                self._jieba.add_word(w, _ADDED_FREQ, ADDED_TAGS.get(w) if TAG_ADDED else None)
        for w in LEARNER_NAMES:
            if not self._jieba.has_word(w):
                self._jieba.add_word(w, _NAME_FREQ, "nr")
        self._splits: dict[str, tuple[str, ...]] = {}
        self._tags: dict[str, str] = {}
        if user_dict is not None:
            self._load_user_dict(user_dict)

    def _load_user_dict(self, path: Path) -> None:
        from quizgen.analysis.decoding import read_list

        words: set[str] = set()
        for n, line in enumerate(read_list(path, "user dictionary").splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            word = parts[0]
            if "/" in word:
                pieces = tuple(p for p in word.split("/") if p)
                if len(pieces) < 2:
                    raise ConfigError(f"{path}:{n}: a split needs two pieces or more, like 上海/市. Fix that line")
                self._splits["".join(pieces)] = pieces
                self._jieba.add_word("".join(pieces), 1, None)  # keep jieba from inventing a longer merge
            else:
                freq, tag = _freq_and_tag(parts[1:], path, n, line)
                self._jieba.add_word(word, freq, tag)
                words.add(word)
                if tag:
                    self._tags[word] = tag
        if words:  # the user's words are words: the fix-ups after jieba never cut them (清华大学附中, 银行行长)
            known, users = self._known, frozenset(words)
            self._known = lambda w: w in users or known(w)

    def cut_artefacts(self, tagged: list[tuple[str, str]]) -> frozenset[int]:
        """Indices of the tokens that look like the two sides of a wrong cut: a multi-character token no
        dictionary for learners knows (CC-CEDICT, HSK) and that is no name, beside a token with which it
        shares a dictionary word across their boundary (總局 + 數為, where 局數 is the word). Neither side
        has a sense to teach: the pipeline glosses neither, so neither is tested. So is a given name cut from its
        surname (phrases.given_names_after_roles)."""
        out: set[int] = set()
        for i in range(len(tagged) - 1):
            (a, pa), (b, pb) = tagged[i], tagged[i + 1]
            if not (all_han(a) and all_han(b)):
                continue
            odd = [k for k, (w, p) in ((i, (a, pa)), (i + 1, (b, pb)))
                   if len(w) > 1 and not p.startswith(_NAME_TAGS) and not self._known(w)
                   and w[0] not in _COUNTING  # 这所, 三条: a numeral or demonstrative and its classifier
                   and w[-1] not in _COMPLEMENTS]  # 谋到, 回过, 搬进: a verb and its complement
            if odd and self._straddled(a, b):
                # a single character beside an unknown token is mostly right (新 in 喜迎/新, 小 in 小/屋里),
                # but not one jieba tags a mere morpheme after a chunk no dictionary knows
                # (侵其境/土, 之境/土, where 境土 "territory" is the word: 土 is no "earth")
                out.update(k for k in (i, i + 1) if k in odd or len(tagged[k][0]) > 1)
            if i in odd and len(b) == 1 and pb in _MORPHEME_TAGS:
                out.add(i + 1)
        out.update(self._torn_apart(tagged))
        out.update(_echoed(tagged))
        out.update(_number_tails(tagged))
        out.update(phrases.given_names_after_roles(tagged))  # 负责人李/新生: no 'new student'
        return frozenset(out)

    def _torn_apart(self, tagged: list[tuple[str, str]]) -> set[int]:
        """A two-character word whose first character ends the word before and whose second starts the
        word after (天/下人/心, where 天下 and 人心 are the words): it and single-character neighbours. An HSK
        word in the middle is the word it seems (要/好好/学习: 要好 and 好学 are words, and 好好 is one too), and
        so is a CC-CEDICT word jieba lacks, which only our recut makes (上/官网/下载: phrases.dictionary_recut)."""
        out: set[int] = set()
        for i in range(1, len(tagged) - 1):
            (p, pp), (w, pos), (n, pn) = tagged[i - 1], tagged[i], tagged[i + 1]
            if len(w) == 2 and not pos.startswith(_NAME_TAGS) and all_han(p + w + n) and w not in self._hsk \
                    and not pp.startswith(_GRAMMAR_TAGS) and not pn.startswith(_GRAMMAR_TAGS) \
                    and self._known(p[-1] + w[0]) and self._known(w[1] + n[0]) \
                    and (self._jieba.has_word(w) or not self.is_common_word(w)):
                out.update(k for k in (i - 1, i, i + 1) if k == i or len(tagged[k][0]) == 1)
        return out

    def _straddled(self, a: str, b: str) -> bool:
        """A dictionary word (CC-CEDICT, HSK or jieba's) made of the end of ``a`` and the start of ``b``."""
        for i in range(max(0, len(a) - 3), len(a)):
            for j in range(1, min(len(b), 4) + 1):
                w = a[i:] + b[:j]
                if w != a + b and (self._known(w) or self._jieba.has_word(w)):
                    return True
        return False

    def is_common_word(self, word: str) -> bool:
        """An HSK word or a CC-CEDICT word that is not only a name."""
        from quizgen.analysis.lexicon import cedict_entries

        return word in self._hsk or any(not e.is_proper for e in cedict_entries(word))

    def has_word(self, word: str) -> bool:
        """True if the word is in the dictionary (jieba's, plus the HSK words and the user's additions)."""
        return self._jieba.has_word(word)

    def _split_phrases(self, tagged: list[tuple[str, str]], at: list[int]) -> list[tuple[str, str]]:
        """jieba's dictionary holds phrases no dictionary for learners has (喝牛奶, 买手机, 今天天气,
        深圳市公安局, 很难): each token that is neither a CC-CEDICT headword nor an HSK word is cut into such
        words when that is possible, a single character allowed only first (喝 + 牛奶, 今天 + 天气), or, for two
        characters, into two single-character HSK words (很 + 难). Names and derived words the dictionaries
        lack stay whole (孙力军, 破案率)."""
        out = list(tagged)
        for i in reversed(at):
            w, p = tagged[i]
            pieces = tuple(w) if len(w) == 2 else _cut_into_words(w, self._known, self._level, self._tail_ok)
            pieces = pieces or phrases.degree_adverb_apart(w, self._hsk_chars)
            if pieces:
                out[i:i + 1] = [(x, self.lone_tag(x) or p) for x in pieces]
        return out

    def _false_name(self, w: str) -> bool:
        """A word jieba's dictionary tags a person's name that is no name: no dictionary for learners knows it,
        and it is two
        characters without a surname first (塞进, 愈差), or words of two characters or more of the HSK lists
        (隆重举行 = 隆重 + 举行); a name of real shape (王小明, 张文慈) stays."""
        from quizgen.analysis.lexicon import looks_like_name

        if self._known(w) or not all_han(w) or not self._jieba.has_word(w):
            return False  # a name its HMM made up (凤姐, 黛玉) may be one; its dictionary's are checked
        if len(w) == 2:
            return not looks_like_name(w) and w[0] in self._hsk_chars and w[1] in self._hsk_chars
        pieces = _cut_into_words(w, self._known) or ()
        return bool(pieces) and all(len(x) > 1 and self._level(x) for x in pieces)

    def _split_false_names(self, tagged: list[tuple[str, str]], at: list[int]) -> list[tuple[str, str]]:
        out = list(tagged)
        for i in reversed(at):
            w, p = tagged[i]
            pieces = tuple(w) if len(w) == 2 else _cut_into_words(w, self._known) or (w,)
            out[i:i + 1] = [(x, self.lone_tag(x) or "n") for x in pieces]
        return out

    def _suffix_before_de(self, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """创造/性地 -> 创造性/地: jieba takes the adverbial 性地/化地 for the word 性地 'innate quality' where the
        word before and 性/化 make a dictionary word (创造性, 自动化)."""
        out: list[tuple[str, str]] = []
        for w, p in tagged:
            if w in ("性地", "化地") and out and self._known(out[-1][0] + w[0]):
                out[-1] = (out[-1][0] + w[0], self.lone_tag(out[-1][0] + w[0]) or "n")
                out.append(("地", "uv"))
            else:
                out.append((w, p))
        return out

    def _tail_ok(self, head: str, tail: str) -> bool:
        """A single character may follow ``head`` as a word of its own: after a determiner, adverb or
        conjunction (所有/其他/任何 + 人, 无论 + 是), or when it is a localiser or particle (短期 + 内, 悄悄 + 地);
        not a noun's suffix (山坡地, 繁殖场, 减肥药, 经理人 stay whole, as SIGHAN AS cuts them)."""
        if tail == "地":  # the adverbial particle after an adjective or adverb (悄悄 + 地), not 山坡地, 保留地
            return self.lone_tag(head)[:1] in ("a", "d", "z")
        return self.lone_tag(head)[:1] in ("r", "b", "m", "d", "c") or self.lone_tag(tail)[:1] in ("f", "u", "y")

    def _level(self, word: str) -> int | None:
        """The lowest HSK level of ``word`` in any standard, None when no list has it."""
        return self._levels.get(word)

    def lone_tag(self, word: str) -> str:
        """jieba's dictionary tag of a word on its own ('' when jieba does not keep it as one token, or when
        the word is one of the HSK words we added without a tag in added_word_tags.tsv)."""
        tags = self._jieba.tag(word)
        return tags[0][1] if len(tags) == 1 else ""

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, pos) pairs whose words concatenate to ``text``."""
        tagged = phrases.list_number_apart(phrases.adverb_modal_apart(self._fix_ups(text, self._jieba.tag(text))))
        if any(p[:1] in "mn" or p == "zg" for _, p in tagged):
            tagged = phrases.numerals_apart(tagged, self.is_common_word)
            tagged = phrases.unit_and_localiser_apart(tagged)
            tagged = names_whole(tagged, self._known)
            tagged = foreign_names_whole(tagged, self._known)
        if "性地" in text or "化地" in text:
            tagged = self._suffix_before_de(tagged)
        return self._whole_words(tagged)

    def _whole_words(self, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The stages of :mod:`quizgen.analysis.phrases`: 上/官网, 狮子大开口, 应收尽收."""
        tagged = phrases.recut(phrases.complement_recut(phrases.dictionary_recut(tagged, self), self), self)
        tagged = phrases.le_object_apart(tagged)  # 发/得了/意 -> 得 + 了 + 意 (得意 split by 了)
        return phrases.set_phrases_whole(phrases.patterns_whole(tagged))

    def _phrase_indices(self, tagged: list[tuple[str, str]]) -> list[int]:
        """Words jieba may have joined across a word boundary (:meth:`_split_phrases` tries them)."""
        from quizgen.analysis.pinyin import is_phrase
        # the cheap character tests first: this runs on every word of the text
        return [i for i, (w, p) in enumerate(tagged)
                if (len(w) > 2 or (len(w) == 2 and w[0] in _FUNCTION_CHARS and w[1] in self._hsk_chars
                                   and w[1] not in _SUFFIX_CHARS)
                    or len(w) == 2 and w[1] in _MODAL_CHARS and w[0] in self._hsk_chars
                    and (w[1] == "有" or not self._jieba.has_word(w)))
                and not p.startswith(_WHOLE_TAGS) and not self._known(w)
                and not (p in ("i", "l") and is_phrase(w)  # an idiom (扬眉吐气), not HSK words (目前 + 为止)
                         and not all(map(self._level, _cut_into_words(w, self._known) or ())))]

    def _fix_ups(self, text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
        phrases = self._phrase_indices(tagged)
        if not phrases and not self._splits and not any(p.startswith("nr") for _, p in tagged) and not self._tags and not _DATE.search(text) \
                and not _GLUED_RX.search(text):
            return tagged  # nothing to fix up: the common case, spared the fix-up loop below
        false_names = [i for i, (w, p) in enumerate(tagged) if p.startswith("nr") and self._false_name(w)]
        if false_names:
            tagged = self._split_false_names(tagged, false_names)
            phrases = self._phrase_indices(tagged)  # the split moved the words after it: 今天下午 → 今天/下午
        if phrases:
            tagged = self._split_phrases(tagged, phrases)
        if "把" in text:
            tagged = _ba_split(self, tagged)
        out: list[tuple[str, str]] = []
        for w, p in tagged:
            if w in _DATE_UNITS and out and _NUMBER.fullmatch(out[-1][0]):
                out[-1] = (out[-1][0] + w, "t")
                continue
            if len(w) == 2 and w[0] in _GLUED and not self._jieba.has_word(w):
                # jieba's HMM glues a pronoun or preposition to the next character (我花了 -> 我花,
                # 以党的 -> 以党): split it again
                out.append((w[0], _GLUED[w[0]]))
                out.append((w[1], self.lone_tag(w[1]) or p))
                continue
            pieces = self._splits.get(w)
            if pieces:
                out.extend((x, "x" if not x.strip() else p) for x in pieces)
                continue
            out.append((w, self._tags.get(w, p)))
        return out


_DIGITS = phrases.DIGITS


def _number_tails(tagged: list[tuple[str, str]]) -> set[int]:
    """A word that starts with a numeral right after a numeral (三十/一度, 二十/一号: the number is 三十一):
    the dictionary word (一度 'for a time') is a piece of a longer number, and has no sense to teach."""
    return {i for i in range(1, len(tagged))
            if len(tagged[i][0]) > 1 and tagged[i][0][0] in _DIGITS and tagged[i][1][:1] == "m"
            and tagged[i - 1][0] and all(c in _DIGITS for c in tagged[i - 1][0])}


@releasable
@lru_cache(maxsize=4)
def segmenter(user_dict: Path | None = None) -> Segmenter:
    return Segmenter(user_dict)


def _echoed(tagged: list[tuple[str, str]]) -> set[int]:
    """A two-character token after a negation that ends in the one-character word before the negation (人|不|传人,
    the chiasmus 人不传人 'not passed from person to person'): the token is the verb + that repeated word, cut across
    their boundary ('a disciple' is not 传人 here), so it has no sense to teach."""
    return {i for i in range(2, len(tagged))
            if len(tagged[i][0]) == 2 and tagged[i - 1][0] in _ECHO_NEGATIONS and len(tagged[i - 2][0]) == 1
            and all_han(tagged[i][0] + tagged[i - 2][0]) and tagged[i][0][1] == tagged[i - 2][0]}
