"""Coarse semantic fields and dictionary parts of speech from CC-CEDICT's English senses.

Why: the hand check of docs/items-quality.md found that the distractors which made an item ambiguous were
co-hyponyms of the answer — 人民/人类, 歌词/歌曲, 维护/奉行, 现实/现状 — words that share no CC-CEDICT sense
and so pass the synonym check, yet fit the same slot. We have no thesaurus or word vectors offline, but the
English senses name the field: "the people" and "humanity" are both about persons, "to safeguard" and "to
pursue (a policy)" both about keeping to a course. A distractor that shares a field with the answer is too close
to be safely wrong and is rejected (it is not ranked up as "plausible").

The field lists (quizgen/data/semantic_fields.tsv) are hand-made from the failures of the hand checks and from
the commonest heads of CC-CEDICT senses of HSK 4–6 words; a word may be in several fields. They err towards
rejecting: the candidate pool of a gap holds hundreds of words, so a false rejection costs nothing but choice.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analysis import datafiles, lexicon
from quizgen.cache import WORD_CACHE
from quizgen.memo import remembered

# Words of an English sense that say nothing about its field (data/sense_stopwords.txt).
_GENERIC = datafiles.words("sense_stopwords.txt")

#: field name -> English lemmas that put a sense in it (data/semantic_fields.tsv)
FIELDS: dict[str, frozenset[str]] = datafiles.word_sets("semantic_fields.tsv")


_POINTER_SENSE = re.compile(r"(CL:|(\w+ )?variant of|see |also written|old variant|abbr\.)")


@lru_cache(maxsize=WORD_CACHE)
def _senses(word: str) -> tuple[str, ...]:
    """Common (non-name) senses of a word, split on ';' too ('to welcome; to greet'), dictionary order.

    Cached: six checks read them for every candidate distractor (~1,500 words for one gap)."""
    out: list[str] = []
    for e in lexicon.cedict_entries(word):
        if e.is_proper:
            continue
        for s in e.senses:
            for part in s.split(";"):
                part = part.strip()
                if part and not _POINTER_SENSE.match(part):
                    out.append(part)
    return tuple(out)


def _lemma(w: str) -> str:
    """A crude English stem: plural -s/-ies; enough to match 'songs' with 'song'."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_PARENS = re.compile(r"\([^)]*\)")
_LETTERS = re.compile(r"[a-z]+")


@remembered
def lemmas(word: str, first: int = 6) -> frozenset[str]:
    """Content lemmas of the first ``first`` senses, parenthesised notes removed."""
    out: set[str] = set()
    for s in _senses(word)[:first]:
        s = _PARENS.sub(" ", s.lower())
        out.update(_lemma(w) for w in _LETTERS.findall(s) if w not in _GENERIC and len(w) > 2)
    return frozenset(out - _GENERIC)


@remembered
def fields(word: str) -> frozenset[str]:
    """The semantic fields any of the word's first senses name."""
    lem = lemmas(word, 4)
    return frozenset(name for name, keys in FIELDS.items() if lem & keys)


def same_field(a: str, b: str) -> bool:
    """a and b are too close in meaning to be told apart by a learner in most slots: they share a content word
    of their senses ('song lyric' / 'song'; also one inside the other, 'colorful' / 'multicolored' share
    'color') or a semantic field (person: 'the people' / 'humanity')."""
    la, lb = lemmas(a), lemmas(b)
    if la & lb or fields(a) & fields(b):
        return True
    return any(x in y for x in la for y in lb if len(x) >= 4) or any(y in x for x in la for y in lb if len(y) >= 4)


_MODAL = re.compile(r"(should|must|can|could|may|might|ought|will|would|need|have to|able to)\b")
_MANNER = re.compile(r"(\w+ly)( \w+)?")


@remembered
def sense_pos(word: str) -> str:
    """The part of speech CC-CEDICT's first sense suggests: 'v' ('to …'), 'a' ('to be …', '(of …) …'),
    'd' (an -ly adverb), 'n' (anything else: nouns and most adjectives), '' (no entry)."""
    senses = _senses(word)
    if not senses:
        return ""
    first = senses[0].lower()
    if _MODAL.match(first):
        return "m"  # a modal verb (应当 'should; ought to')
    if first.startswith("to be ") or first.startswith("(of "):
        return "a"
    if first.startswith("to "):
        return "v"
    if _MANNER.fullmatch(first):
        return "d"
    return "n"


@remembered
def is_verbal(word: str, first: int = 3) -> bool:
    """One of the first senses is a verb ('contribution' comes after 'to contribute' for 贡献): such a word fits
    a noun slot about an action (社会对个人的＿ takes 评价 as well as 贡献), so it is no distractor there."""
    return any(s.lower().startswith("to ") and not s.lower().startswith("to be ") for s in _senses(word)[:first])


_ADJ_END = re.compile(r"[a-z-]+(ous|ful|ive|ic|ical|able|ible|ary|less|ish|al|ent|ant|ed|gent)")
# nouns with an adjective's ending
_NOUN_LIKE = frozenset("patient student agent parent president resident assistant servant merchant giant client "
                       "talent event accident incident continent descendant tenant restaurant participant "
                       "applicant consultant immigrant plant elephant seed bed need speed friend individual "
                       "animal hospital capital festival journal signal principal official arrival proposal "
                       "approval material potential professional criminal relative representative detective "
                       "executive native objective initiative alternative motive logic music republic "
                       "public topic clinic graphic mechanic magic picnic traffic fabric".split())


@remembered
def looks_adjectival(word: str) -> bool:
    """The first sense reads as an adjective or a manner ('with utmost care', 'meticulous', 'precious'):
    jieba's dictionary tags such words 'n' (精心, 珍贵), which made them noun distractors nobody would pick."""
    senses = _senses(word)[:1]
    return bool(senses) and _reads_adjectival(senses[0])


def adjectival_sense(word: str, first: int = 3) -> bool:
    """One of the first senses reads as an adjective (有序 'regular; orderly; successional': the third)."""
    return any(_reads_adjectival(s) for s in _senses(word)[:first])


def _reads_adjectival(sense: str) -> bool:
    s = _PARENS.sub("", sense.lower()).strip()
    return s.startswith("with ") or (s not in _NOUN_LIKE and not s.endswith("ment") and bool(_ADJ_END.fullmatch(s)))


#: English verbs that take nearly any object: as distractors in a verb + object slot they fit too often
#: (学生更可＿大学生活: 投入, 迎接 fit as well as 享受). Used only for slots with an object to the right.
OPEN_VERBS = frozenset("""
welcome greet embrace enjoy face meet accept receive throw experience support change improve develop promote
understand study learn know like love hope expect await anticipate choose select prefer value treasure cherish
pay attach attend watch see observe notice consider discuss research explore start begin continue end finish
complete enter join participate strengthen enhance protect maintain keep
""".split())


_TO_VERB = re.compile(r"to (\w+)")


@remembered
def takes_any_object(word: str) -> bool:
    """The first sense is 'to <verb>' with one of :data:`OPEN_VERBS` ('to look forward to' counts as expect)."""
    senses = _senses(word)
    if not senses:
        return False
    m = _TO_VERB.match(senses[0].lower())
    if not m:
        return False
    v = m.group(1)
    return v in OPEN_VERBS or senses[0].lower().startswith(("to look forward", "to put into", "to take part"))


def first_sense(word: str) -> str:
    """The first common CC-CEDICT sense of ``word``, lower case ('' when none)."""
    senses = _senses(word)
    return senses[0].lower() if senses else ""


def verb_senses(word: str) -> tuple[str, ...]:
    """The senses of ``word`` that are verbs ('to …', not 'to be …'), lower case, dictionary order."""
    return tuple(s.lower() for s in _senses(word) if s.lower().startswith("to ") and not s.lower().startswith("to be "))
