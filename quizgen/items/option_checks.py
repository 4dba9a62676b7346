"""Why a word cannot be an option of a gap, and the gate every finished option set passes.

A distractor must fit the slot (same class of word, same number of characters, the same grammatical frame:
:mod:`quizgen.items.frames`) and be *wrong*: no shared CC-CEDICT sense with the answer (:func:`is_synonym`),
not in its Cilin 小类, not a variant form of it (:func:`is_variant`), not of another kind in a noun slot, not a
word of the sentence, not forming a dictionary word or a set phrase with the text around the gap
(:mod:`quizgen.items.attested`). :func:`problems` lists every reason an option fails; :func:`fit_problems`
(the option against the answer) and :func:`edge_problems` (against the text around the gap) yield them lazily.

:func:`gate` re-checks a finished option set independently of how it was built; every choice-like item passes
it before it is emitted (and the property tests call it on generated items).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quizgen.analysis import chars, datafiles, glosses, lexicon
from quizgen.items import attested, frames, plausible, slot_words
from quizgen.items import neighbours as nb
from quizgen.items import semantic_fields as fx
from quizgen.items.gaps import Gap
from quizgen.items.word_classes import noun_slot, noun_voted, word_class
from quizgen.memo import remembered

# Words too empty to count as shared meaning ("to be sth of sb")
_STOP = frozenset("to be a an the of sb sth one's oneself in on at for with by from and or as it is not "
                  "up out off over into".split())


def is_variant(a: str, b: str) -> bool:
    """b is a variant form of a: same word up to 儿, or CC-CEDICT says 'variant of', or same Traditional form."""
    if a == b or a.rstrip("儿") == b.rstrip("儿"):
        return True
    for x, y in ((a, b), (b, a)):
        # "variant of Y[…]" or "variant of X|Y[…]"; plain substring tests (a regex per pair was the slowest
        # part of item generation: 22 k compilations for one text)
        direct, paired = f"variant of {y}[", f"|{y}["
        if any(direct in s or paired in s for s in _variant_senses(x)):
            return True
    return bool(_traditional_forms(a) & _traditional_forms(b))


@remembered
def _variant_senses(word: str) -> tuple[str, ...]:
    """The CC-CEDICT senses of a word that say 'variant of'."""
    return tuple(s for e in lexicon.cedict_entries(word) for s in e.senses if "variant of " in s)


@remembered
def _traditional_forms(word: str) -> frozenset[str]:
    return frozenset(e.traditional for e in lexicon.cedict_entries(word))


def homophone(a: str, b: str) -> bool:
    """``a`` and ``b`` are read alike, tones and all, in CC-CEDICT (预定/预订 yù dìng, 权利/权力 quán lì): such a pair is
    a test of spelling, not of meaning, and writers use one for the other often enough that both are defended."""
    return bool(_readings(a) & _readings(b))


@remembered
def _readings(word: str) -> frozenset[str]:
    """The lower-case CC-CEDICT readings of ``word`` (a proper noun's capitals do not count)."""
    return frozenset(e.pinyin.lower() for e in lexicon.cedict_entries(word) if e.pinyin == e.pinyin.lower())


_SENSE_WORD = re.compile(r"[a-z']+")


@remembered
def _sense_keys(word: str) -> frozenset[str]:
    """Content words of a word's short senses (≤ 3 words): 'to raise' -> {'raise'}; long definitions skipped."""
    keys: set[str] = set()
    for s in glosses.senses(word):
        words = [w for w in _SENSE_WORD.findall(s) if w not in _STOP]
        if 0 < len(words) <= 3:
            keys.update(words if len(words) == 1 else [" ".join(words)])
    return frozenset(keys)


def is_synonym(a: str, b: str) -> bool:
    """True when a and b share a CC-CEDICT sense (normalised), or a key word of their short senses."""
    sa, sb = glosses.senses(a), glosses.senses(b)
    return bool(sa & sb) or bool(_sense_keys(a) & _sense_keys(b))


def synonym_keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(normalised senses, short-sense key words) of ``word``: :func:`is_synonym` is true exactly when one of
    these sets meets the other word's, so a word is checked against many by the unions of theirs."""
    return glosses.senses(word), _sense_keys(word)


def filed_as_noun(word: str) -> bool:
    """Cilin files ``word`` under noun classes only (A–D; 收入 Dj 'income', 作用 Da/Df): whatever its first
    CC-CEDICT sense ('to take in'), a reader takes it for a noun, so it is no verb option."""
    cs = nb.codes(word)
    return bool(cs) and all(c[0] in "ABCD" for c in cs)


def slot_problem(cls: frozenset[str], option: str, answer_sp: str = "") -> str:
    """Why ``option`` does not fit a slot of class ``cls`` by CC-CEDICT's senses ('' when it does).

    jieba's dictionary tags are often wrong out of context (精心 'n', 位置 'v'), so the first CC-CEDICT sense
    must agree: a verb slot takes a word whose first sense is 'to …'; a noun slot takes a word with no verb
    among its first senses (a verbal noun such as 评价 fits any 'X对Y的＿' slot, so it is never a noun
    distractor) and that does not read as an adjective.
    """
    sp = fx.sense_pos(option)
    if not sp:
        return "no-sense"
    if cls == {"n"} or cls == {"t"} or cls == {"s"}:
        if sp != "n" or fx.is_verbal(option) or fx.looks_adjectival(option):
            return "sense-pos"
        if "E" in nb.tops(option) and fx.adjectival_sense(option):
            return "sense-adjective"  # 有序 (Cilin Dd and Ed; 'regular; orderly; successional') among 利息/情节/地形
    elif "v" in cls and "n" not in cls:
        if sp != (answer_sp if answer_sp == "m" else "v"):
            return "sense-pos"
    elif cls == {"a"}:
        if sp == "v" or fx.is_verbal(option):
            return "sense-pos"
        if not nb.adjective_filed(option):
            return "sense-adjective-class"  # 已经很＿了 (不幸) offered 合同 'contract', tagged 'a' by jieba
    return ""


def problems(gap: Gap, option: str) -> list[str]:
    """Why ``option`` cannot be a distractor for ``gap`` (empty list: it can)."""
    out = list(fit_problems(gap, option))
    if option in gap.sentence or option in gap.forbid:
        out.append("in-sentence")
    out.extend(edge_problems(gap, option))
    return out


def fit_problems(gap: Gap, option: str) -> Iterator[str]:
    """The first checks of :func:`problems`, lazily: does the option fit the slot, is it not the answer's twin."""
    if option == gap.answer or is_variant(gap.answer, option):
        yield "variant"
    if len(option) != len(gap.answer):
        yield "length"
    if homophone(gap.answer, option):
        yield "homophone"  # 这件事＿2005年完成 (预定) offered 预订: one sound, a spelling test, and often written for it
    if not (word_class(option) & gap.answer_class):
        yield "pos"
    if gap.answer_class == {"v"} and noun_voted(option):
        yield "noun-voted"  # 在＿食补 (进行) offered 结果: a verb by CC-CEDICT's 'to bear fruit' only
    if "v" in gap.answer_class and "n" not in gap.answer_class and filed_as_noun(option):
        yield "filed-as-noun"  # 要高度＿这次活动 (重视) offered 收入 (Cilin Dj only): read as 'income', no verb
    if gap.action_object and option in slot_words.phase_verbs() and gap.answer not in slot_words.phase_verbs():
        yield "phase-verb"  # 旨在＿…的经济合作 (加强) offered 继续, 正＿去做 (打算) 坚持: a verb of phase takes any action
    if double_negation(gap, option):
        yield "double-negation"  # 不得对＿ (无效): two negations a reader must untangle, or a second right answer
    if kind_differs(gap.answer, gap.answer_class, option):
        yield "kind"  # 却常用＿ (中药) with 沙子/大厦/暴雨, 骂得有＿ (效果) with 教师/工人/记者
    if "v" in gap.answer_class and gap.right_word and lexicon.is_known_word(gap.right_word) \
            and fx.takes_any_object(option) and fx.sense_pos(gap.right_word) == "n":
        yield "open-verb"
    if is_synonym(gap.answer, option):
        yield "synonym"
    elif plausible.too_close(gap.answer, option, gap.answer_class):
        yield "cilin-close"  # one Cilin 小类: near-synonyms and antonyms (成就/成果, 良好/不良)
    elif fx.same_field(gap.answer, option):
        yield "same-field"
    why = frames.frequency_problem(gap.answer, option) or frames.frame_problem(
        gap.answer, gap.answer_class, option, gap.left, gap.left_word, gap.right, gap.right_word, word_class)
    if why:
        yield why
    why = slot_problem(gap.answer_class, option, fx.sense_pos(gap.answer))
    if why:
        yield why


#: Characters that make a word a negation when it starts with one (不安, 无效, 没用, 未来 is no negation: Cilin
#: and CC-CEDICT do not tell, so only words whose first sense begins with a negative English word count)
_NEGATIVE_FIRST = datafiles.word_sets("slot_words.tsv")["negative_first"]
_NEGATIVE_SENSE = re.compile(r"(?:to )?(?:not|no|never|un|in|im|dis|non|without|lack|-less)\b|(?:un|in|im|dis|non)\w+|\w+less\b|\w+n't\b")
_NEGATION_IN_CONTEXT = re.compile("[不没无未非莫勿别]")


def negative_word(word: str) -> bool:
    """``word`` is a negation: it starts with 不/没/无/未/非 … and its first sense is negative ('uneasy',
    'invalid', 'not to', 'useless'); 未来 'future' and 非常 'very' are not."""
    if word[:1] not in _NEGATIVE_FIRST:
        return False
    return bool(_NEGATIVE_SENSE.match(fx.first_sense(word)))


def double_negation(gap: Gap, option: str) -> bool:
    """A negative ``option`` where the answer is not, in a clause that already holds a negation (不得对＿, 不能＿):
    with it the clause says something else or turns round twice, and a reader rules it out on form, or must
    untangle it."""
    if not negative_word(option) or negative_word(gap.answer):
        return False
    clause = chars.CLAUSE_SPLIT.split(gap.left)[-1] + gap.right[:6]
    return bool(_NEGATION_IN_CONTEXT.search(clause))


def kind_differs(answer: str, cls: frozenset[str], option: str) -> bool:
    """In a noun slot, ``option`` is of another semantic kind than the answer (:func:`neighbours.noun_kind`:
    a person, a time, a place, an abstract thing, a concrete thing of one Cilin 中类). Not judged when Cilin
    gives the answer no noun kind."""
    if not noun_slot(cls):
        return False
    want = nb.noun_kind(answer)
    return bool(want) and nb.noun_kind(option) != want


def edge_problems(gap: Gap, option: str) -> Iterator[str]:
    """The last checks of :func:`problems`, lazily: the option with the text around the gap."""
    if attested.forms_word(gap.left, option, gap.right):
        yield "forms-word"
    if attested.collocates(gap.left_word, option, gap.right_word):
        yield "collocation"
    if attested.neighbour_kind(option, *content_neighbours(gap)):
        yield "neighbour-kind"  # 良好的＿环境 (社会环境, 法制环境): 法律 fits as well as 社会
    if gap.predicate and attested.neighbour_kind(option, "", gap.predicate):
        yield "predicate-kind"  # 而且＿往往比实体店便宜 (价格; 价格便宜 is a word): 费用 fits as well
    if any(nb.closeness(option, p) >= nb.NEIGHBOUR for p in gap.partners):
        yield "coordinate"  # 母子＿儿女: 姐妹 (Cilin Ah, like 母子) fits as well as 夫妻


@lru_cache(maxsize=4096)
def content_neighbours(gap: Gap) -> tuple[str, str]:
    """The words beside the gap that choose what fits it (nouns, verbs, adjectives; '' for the others). A word of
    no class (not in the HSK lists, or its sources disagree) counts when Cilin files it with content words only:
    伤亡＿不明 (情况) took 信息, though 情况不明 is a dictionary word, because neither 伤亡 nor 不明 had a class."""
    def content(w: str) -> str:
        if not w:
            return ""
        cls = word_class(w)
        return w if cls & {"n", "v", "a"} or (not cls and nb.content_filed(w)) else ""

    return content(gap.left_word), content(gap.right_word)


def gate(options: tuple[str, ...] | list[str], answer: str, gap: Gap) -> list[str]:
    """The quality gate for a finished choice item (Simplified options). Returns the failures (empty: pass).

    Exactly one option equals the answer; options distinct, same length and same POS class as the answer; no
    option a CC-CEDICT synonym of the answer; no option elsewhere in the sentence (the answer exactly once).
    """
    fails = []
    if sum(o == answer for o in options) != 1:
        fails.append("answer not exactly once")
    if len(set(options)) != len(options):
        fails.append("options not distinct")
    if len({len(o) for o in options}) != 1:
        fails.append("lengths differ")
    cls = gap.answer_class
    if not cls or any(not (word_class(o) & cls) for o in options if o != answer):
        fails.append("part of speech differs")
    if any(is_synonym(answer, o) or is_variant(answer, o) or plausible.too_close(answer, o, cls)
           for o in options if o != answer):
        fails.append("synonym or variant of the answer")
    if any(frames.frame_problem(answer, cls, o, gap.left, gap.left_word, gap.right, gap.right_word, word_class)
           for o in options if o != answer):
        fails.append("option outside the answer's frame")
    if any(kind_differs(answer, cls, o) for o in options if o != answer):
        fails.append("option of another kind")
    if gap.sentence.count(answer) != 1 or any(o in gap.sentence for o in options if o != answer):
        fails.append("option elsewhere in the sentence")
    return fails
