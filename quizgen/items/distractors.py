"""Distractors for multiple-choice gaps: candidate generation, plausibility ranking, and the quality gate.

A distractor must be *plausible* (same part of speech, same number of characters, same or adjacent HSK level,
similar frequency, the same grammatical frame — :mod:`quizgen.items.frames` — and preferably from the answer's
Cilin neighbourhood, :mod:`quizgen.items.neighbours`) and *wrong* (no shared CC-CEDICT sense with the answer,
not in its Cilin 小类, not a variant form of it, not a word of the sentence, not forming a dictionary word with
the characters around the gap, not a set phrase with the neighbouring word). When fewer than three survive the
item is dropped; we never pad.

:func:`gate` re-checks a finished option set independently of how it was built; every choice-like item passes
it before it is emitted (and the property tests call it on generated items).
"""
from __future__ import annotations

import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quizgen import memo
from quizgen.analysis import cedict_index, datafiles, glosses, lexicon
from quizgen.cache import WORD_CACHE, releasable
from quizgen.items import attested, frames
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

# Words too empty to count as shared meaning ("to be sth of sb")
_STOP = frozenset("to be a an the of sb sth one's oneself in on at for with by from and or as it is not "
                  "up out off over into".split())


@remembered
def dict_tag(word: str) -> str:
    """jieba's dictionary tag of a word on its own ('' when jieba does not keep it as one token).

    Uses the pipeline's segmenter (a second jieba instance cost 0.07 s and ~60 MB); the HSK words it adds
    carry no tag, exactly as a plain instance splitting them gives ''."""
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
        tagged = pos_class(dict_tag(word))
        cls = nb.agrees(word, tagged, _votes(word, tagged, tagged))
    return cls


def _votes(word: str, cls: frozenset[str], tagged: frozenset[str]) -> int:
    """How many of jieba's tag (``tagged``) and CC-CEDICT's first sense give the one class of ``cls``."""
    if len(cls) != 1:
        return 0
    (c,) = cls
    return (c in tagged) + (fx.sense_pos(word) == c)


def _word_class(word: str) -> frozenset[str]:
    cls = pos_class(dict_tag(word))
    if _cedict_verb(word):
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
def _cedict_verb(word: str) -> bool:
    """The first common CC-CEDICT entry's first sense is 'to …' (but not 'to be …', often adjectival)."""
    for e in lexicon.cedict_entries(word):
        if not e.is_proper and e.senses:
            first = e.senses[0]
            return first.startswith("to ") and not first.startswith("to be ")
    return False


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


def forms_word(left: str, option: str, right: str) -> bool:
    """True if the option, put in the gap, makes a dictionary word across a gap edge (的 + 确 -> 的确).

    Checks strings of 2-4 characters that cross the left or the right edge of the gap.
    """
    s = left[-3:] + option + right[:3]
    a = len(left[-3:])
    b = a + len(option)
    head, listed = cedict_index.headwords(), lexicon.all_hsk_words()  # lexicon.is_known_word, inlined (hot)
    for i in range(len(s)):
        for j in range(i + 2, min(len(s), i + 4) + 1):
            crosses = (i < a < j) or (i < b < j)
            if crosses and not (i >= a and j <= b) and (s[i:j] in head or s[i:j] in listed):
                return True
    return False


def collocates(left_word: str, option: str, right_word: str) -> bool:
    """True if option + neighbouring word is a set phrase in jieba's dictionary (提高 + 质量 -> 提高质量).

    Such a distractor is likely to be *right* in the gap, so it is never used.
    """
    from quizgen.analysis.segment import segmenter

    j = segmenter(None)
    return bool((left_word and j.has_word(left_word + option)) or (right_word and j.has_word(option + right_word)))


@dataclass(frozen=True, slots=True)
class Gap:
    """A gap to fill: the answer in context. All strings Simplified (analysis form)."""

    answer: str
    tag: str  # the answer's jieba tag in context
    level: int
    sentence: str  # the whole item sentence (Simplified), answer included
    left: str  # text before the answer within the sentence
    right: str
    left_word: str = ""
    right_word: str = ""
    forbid: frozenset[str] = field(default_factory=frozenset)  # e.g. words of the passage, other gaps' answers
    name_before: bool = False  # a proper noun is one of the two words before the answer (no mark between)

    @property
    def partners(self) -> tuple[str, ...]:
        """The words the gap is coordinated with (:func:`frames.partners`)."""
        return _partners(self)

    @property
    def answer_class(self) -> frozenset[str]:
        # the tag in context, narrowed by Cilin as for options: 全都 tagged 'n' in 心血＿泡湯 is no noun slot
        tagged = pos_class(self.tag)
        ctx = nb.agrees(self.answer, tagged, _votes(self.answer, tagged, tagged))
        if ctx and ctx <= FUNCTION_CLASSES:
            return ctx  # 通過 'to pass' used as a preposition (＿資本經營): a function-word slot
        if _cedict_verb(self.answer):
            return word_class(self.answer)
        cls = ctx or word_class(self.answer)
        if cls == {"a", "n"} and noun_head(self.left, self.right):
            return frozenset({"n"})  # 落空的＿。 (危险) is a noun: 现有/整个/详细 are no options there
        return cls


@lru_cache(maxsize=4096)
def _partners(gap: Gap) -> tuple[str, ...]:
    return frames.partners(gap.answer, gap.left, gap.left_word, gap.right, gap.right_word)


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
    return ""


def problems(gap: Gap, option: str) -> list[str]:
    """Why ``option`` cannot be a distractor for ``gap`` (empty list: it can)."""
    out = list(_fit_problems(gap, option))
    if option in gap.sentence or option in gap.forbid:
        out.append("in-sentence")
    out.extend(_edge_problems(gap, option))
    return out


def _fit_problems(gap: Gap, option: str) -> Iterator[str]:
    """The first checks of :func:`problems`, lazily: does the option fit the slot, is it not the answer's twin."""
    if option == gap.answer or is_variant(gap.answer, option):
        yield "variant"
    if len(option) != len(gap.answer):
        yield "length"
    if not (word_class(option) & gap.answer_class):
        yield "pos"
    if gap.answer_class == {"v"} and noun_voted(option):
        yield "noun-voted"  # 在＿食补 (进行) offered 结果: a verb by CC-CEDICT's 'to bear fruit' only
    if double_negation(gap, option):
        yield "double-negation"  # 不得对＿ (无效): two negations a reader must untangle, or a second right answer
    if kind_differs(gap.answer, gap.answer_class, option):
        yield "kind"  # 却常用＿ (中药) with 沙子/大厦/暴雨, 骂得有＿ (效果) with 教师/工人/记者
    if "v" in gap.answer_class and gap.right_word and lexicon.is_known_word(gap.right_word) \
            and fx.takes_any_object(option) and fx.sense_pos(gap.right_word) == "n":
        yield "open-verb"
    if is_synonym(gap.answer, option):
        yield "synonym"
    elif nb.too_close(gap.answer, option, nb.strict(gap.answer_class)):
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
_NEGATIVE_FIRST = frozenset("不没无未非莫勿")
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
    clause = re.split("[，。；！？,;!?]", gap.left)[-1] + gap.right[:6]
    return bool(_NEGATION_IN_CONTEXT.search(clause))


_CLAUSE_END = tuple("，。；！？、：,;!?…”」")


def noun_head(left: str, right: str) -> bool:
    """The gap ends a noun phrase after 的 (所克服的＿，, 落空的＿。): what stands there is a noun."""
    return left.endswith("的") and (not right or right.startswith(_CLAUSE_END))


def noun_voted(word: str) -> bool:
    """jieba's dictionary tags the word 'n' and Cilin files its own first sense with nouns (A–D): two of the three
    sources say noun, whatever CC-CEDICT's first sense ('to bear fruit' for 结果) made of it. No option for a
    verb slot (参观, tagged 'n' but filed with actions, stays a verb)."""
    return dict_tag(word) == "n" and nb.primary(word)[:1] in "ABCD" and bool(nb.primary(word))


def noun_slot(cls: frozenset[str]) -> bool:
    """A slot of nouns only (no verb or adjective reading of the answer)."""
    return "n" in cls and not cls & {"v", "a"}


def kind_differs(answer: str, cls: frozenset[str], option: str) -> bool:
    """In a noun slot, ``option`` is of another semantic kind than the answer (:func:`neighbours.noun_kind`:
    a person, a time, a place, an abstract thing, a concrete thing of one Cilin 中类). Not judged when Cilin
    gives the answer no noun kind."""
    if not noun_slot(cls):
        return False
    want = nb.noun_kind(answer)
    return bool(want) and nb.noun_kind(option) != want


def _edge_problems(gap: Gap, option: str) -> Iterator[str]:
    """The last checks of :func:`problems`, lazily: the option with the text around the gap."""
    if forms_word(gap.left, option, gap.right):
        yield "forms-word"
    if collocates(gap.left_word, option, gap.right_word):
        yield "collocation"
    if attested.neighbour_kind(option, *_content_neighbours(gap)):
        yield "neighbour-kind"  # 良好的＿环境 (社会环境, 法制环境): 法律 fits as well as 社会
    if any(nb.closeness(option, p) >= nb.NEIGHBOUR for p in gap.partners):
        yield "coordinate"  # 母子＿儿女: 姐妹 (Cilin Ah, like 母子) fits as well as 夫妻


@lru_cache(maxsize=4096)
def _content_neighbours(gap: Gap) -> tuple[str, str]:
    """The words beside the gap that choose what fits it (nouns, verbs, adjectives; '' for the others)."""
    def content(w: str) -> str:
        return w if w and word_class(w) & {"n", "v", "a"} else ""

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
    if any(is_synonym(answer, o) or is_variant(answer, o) or nb.too_close(answer, o, nb.strict(cls))
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


@releasable
@lru_cache(maxsize=64)
def _pool(standard: str, length: int, levels: tuple[int, ...]) -> tuple[str, ...]:
    """Listed words of ``standard`` with ``length`` characters at ``levels``, sorted (never hash order)."""
    wl = lexicon.word_levels(standard)
    head = cedict_index.headwords()  # a headword has entries
    words = [w for w, lv in wl.items() if len(w) == length and lv in levels and w in head]
    lexicon.prefetch_entries(w for w in words if not word_class.known(w))  # type: ignore[attr-defined]
    return tuple(sorted(w for w in words if not lexicon.is_proper_noun(w, "n")))


# Heads after which an adjective slot is open to most adjectives (很多＿的人: 成功, 诚实, 害羞 all fit).
_OPEN_HEADS = ("的人", "的地方", "的东西", "的事", "的时候", "的问题", "的生活", "的方式", "的感觉")


def unsure_slot(gap: Gap) -> str:
    """Why the slot itself admits too many words to make a one-answer item ('' when it does not).

    * a verb slot whose answer reads as a noun or adjective in CC-CEDICT (确定 'definite' tagged v): the tag
      and the dictionary disagree, so we cannot tell which words fit;
    * a noun slot whose answer is an action (贡献 'to contribute; contribution' in 个人对社会的＿): any action
      noun fits (评价, 指导), and action nouns are not excluded reliably;
    * an adjective before 的 + a general head (的人, 的地方): nearly every adjective fits;
    * a time word (未来, 以往): other time words fit the same slot (中期 in 希望＿可做到);
    * a gap after 感到, 觉得 (``frames.tsv``): any feeling fits (怎能不感到＿呢: 痛苦, 矛盾);
    * a key cut out of a longer word (平地人才野蠻: 平地人 + 才, :func:`attested.cut_key`).
    """
    why = _inside_name(gap)
    if why:
        return why
    cls = gap.answer_class
    sp = fx.sense_pos(gap.answer)
    if "v" in cls and "n" not in cls and sp not in ("v", "m"):
        return "verb-slot-not-verb"
    if "v" in cls and (gap.left.endswith("的") or gap.right.startswith("的") or _after_attribute(gap)):
        return "verb-as-noun-or-attribute"  # 社会的＿ (评价, 指导 fit), 完成＿的任务 (合格 fits)
    why = _open_noun(gap)
    if why:
        return why
    if cls <= FUNCTION_CLASSES:
        return "function-word"
    if _adverbial_use(gap):
        return "adverbial-use"  # 碧咸＿已沉寂 (原本) among 课题/命令/档案  # English senses cannot tell 不时 from 以便: part of speech unchecked
    if cls == {"t"}:
        return "time-word"
    if gap.left_word in frames.open_after():
        return "open-feeling"  # 我们怎能不感到＿呢: 痛苦 and 矛盾 both fit; any feeling fits after 感到  # 希望＿可做到: 未来 and 中期 both fit; any time word fits a time slot
    if cls <= {"n", "t", "s"} and fx.is_verbal(gap.answer):
        return "action-noun"
    if cls & {"a"} and "v" not in cls and gap.right.startswith(_OPEN_HEADS):
        return "open-adjective"
    if noun_slot(cls) and not nb.noun_kind(gap.answer):
        return "no-kind"  # 崩溃的＿ (视频, not in Cilin) took 女性/图片/作家: the kind of the options is not known
    if cls == {"n"} and _bare_person(gap):
        return "open-person"  # ＿對舉重並不感冒: 消費者 fits as well as 老百姓; 失去＿的哀伤: 外公 as well as 亲人
    if cls & {"a"} and "v" not in cls and _noun_follows(gap):
        return "open-attribute"  # 产生了＿兴趣: 持久 fits as well as 浓厚; an attribute takes many adjectives
    if cls == {"a"} and gap.partners:
        return "open-coordinate"  # 得到＿而可靠的回報: 穩定 and 有限 both fit; most adjectives join another
    if cls == {"a", "d"} and _verb_follows(gap):
        return "open-manner"  # 青島市＿為名牌產品創立: 積極 and 正式 both fit; most manner words do
    return ""


def _inside_name(gap: Gap) -> str:
    """Why the gap is a piece of something longer than the key ('' when not): a key cut out of a longer word
    (平地人才野蠻: 平地人 + 才, :func:`attested.cut_key`), a gap inside a title or quoted term (“＿决定生老病死”),
    inside a dictionary term (流行＿疫苗: 流行感冒) or inside an organisation's name (巴林假日＿沙龙)."""
    if attested.cut_key(gap.left, gap.answer, gap.right):
        return "cut-key"
    if attested.in_title(gap.left, gap.right):
        return "in-title"
    if attested.in_term(gap.left, gap.answer, gap.right):
        return "in-term"
    if attested.in_name(gap.name_before, gap.answer, gap.right):
        return "in-name"
    return ""


def _adverbial_use(gap: Gap) -> bool:
    """A noun or adjective key used as an adverb: a key Cilin also files with function words (K: 原本, 正好), or
    a noun key with a feature reading (E: 基本), right before an adverb or a preposition (碧咸＿已沉寂, 这＿从一个
    侧面, 心里＿都还踏实). Its options (nouns, adjectives) are of another kind than the word the slot takes."""
    if not gap.right_word or not word_class(gap.right_word) & {"d", "p"} or "v" in gap.answer_class:
        return False
    tops = nb.tops(gap.answer)
    return "K" in tops or ("E" in tops and noun_slot(gap.answer_class))


def _after_attribute(gap: Gap) -> bool:
    """A verb key after an adjective, ending its clause (做出了最大＿。: 贡献): the key is the noun the adjective
    modifies, and verb options (打破, 急需) are of another kind."""
    return bool(gap.left_word) and word_class(gap.left_word) == {"a"} and (
        not gap.right or gap.right.startswith(_CLAUSE_END))


#: Demonstratives + classifier before a noun that points back to what the text said (这种＿如不加以纠正): any noun
#: of the kind fits; and prepositions of topic (关于中西医的＿: 研究, 科研, 争论 all fit)
_ANAPHOR = ("这种", "那种", "这个", "那个", "这些", "那些", "这类", "此类", "该")
_TOPIC = ("关于", "对于", "有关")


def _open_noun(gap: Gap) -> str:
    """Why a noun slot is open ('' when not): the head after a topic phrase (关于X的＿), a noun after a
    demonstrative with nothing after it that narrows it (这种＿如不加以纠正), a place right after a preposition of
    place (在＿, 到＿里)."""
    if not noun_slot(gap.answer_class):
        return ""
    clause = re.split("[，。；！？,;!?]", gap.left)[-1]
    if gap.left.endswith("的") and any(t in clause for t in _TOPIC):
        return "open-topic"
    if gap.left.endswith(_ANAPHOR) and not (gap.right_word and "n" in word_class(gap.right_word)):
        return "open-anaphor"
    kind = nb.noun_kind(gap.answer)
    if kind in _PLACE_KINDS and gap.left_word in _TOWARDS:
        return "open-place"  # 在＿还有说到 (宿舍): 阳台 and 车厢 fit as well; 放狗到＿里 (院子): 客厅
    return ""


#: Kinds of place (Cilin Cb places, Bn buildings and rooms) and the prepositions and verbs of place before them:
#: a place right after one is any place of the kind (在宿舍/阳台/车厢), unless the words after narrow it
_PLACE_KINDS = ("Cb", "Bn")
_TOWARDS = frozenset("在 到 从 去 往 回 进 来 住 向".split())


def _bare_person(gap: Gap) -> bool:
    """The answer is a person (every Cilin code in 大类 A) standing alone as subject or object: no noun beside
    it narrows which person (学生＿ 家长, 母子＿儿女 do)."""
    cs = nb.codes(gap.answer)
    return bool(cs) and all(c[0] == "A" for c in cs) \
        and not any(w and "n" in word_class(w) for w in (gap.left_word, gap.right_word))


def _noun_follows(gap: Gap) -> bool:
    """The gap modifies the noun after it, directly (＿兴趣) or through 的 (＿的兴趣)."""
    if gap.right.startswith("的"):
        rest = gap.right[1:]
        word = next((rest[:n] for n in (4, 3, 2, 1) if len(rest) >= n and lexicon.is_known_word(rest[:n])), "")
        return bool(word) and word_class(word) == {"n"}
    return bool(gap.right_word) and word_class(gap.right_word) == {"n"}


def _verb_follows(gap: Gap) -> bool:
    """The word after the gap is a verb or a preposition: the gap is an adverbial (manner) slot."""
    return bool(gap.right_word) and bool(word_class(gap.right_word) & {"v", "p"}) \
        and "n" not in word_class(gap.right_word)


@dataclass(slots=True)
class Tally:
    """Counts for measurement: candidates considered and rejected, by reason; items dropped."""

    considered: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    items_dropped: int = 0
    gate_failures: int = 0
    unsure: dict[str, int] = field(default_factory=dict)  # gaps dropped before any candidate, by reason
    refused: dict[str, int] = field(default_factory=dict)  # passage-question drafts refused, "kind:reason"

    def reject(self, reasons: list[str]) -> None:
        self.rejected[reasons[0]] = self.rejected.get(reasons[0], 0) + 1


@releasable
@lru_cache(maxsize=256)
def _candidates(standard: str, length: int, levels: tuple[int, ...], cls: frozenset[str]
                ) -> tuple[tuple[str, str, int | None], ...]:
    """The pool words of a length, levels and part of speech: (word, jieba tag, level), sorted. Not counted
    as candidates: the pool is "same length, level and POS"."""
    with memo.shard(f"pool-{standard}-{length}-{'-'.join(map(str, levels))}"):
        wl = lexicon.word_levels(standard)
        return tuple((w, dict_tag(w), wl.get(w)) for w in _pool(standard, length, levels) if word_class(w) & cls)


@releasable
@lru_cache(maxsize=8192)  # a lesson's gaps × the words checked for each: a few thousand
def _fit_reason(gap: Gap, option: str) -> str:
    """The first reason of :func:`_fit_problems`, or "in-sentence", or '' (``gap`` without ``forbid``)."""
    return next(_fit_problems(gap, option), "") or ("in-sentence" if option in gap.sentence else "")


@releasable
@lru_cache(maxsize=8192)
def _edge_reason(gap: Gap, option: str) -> str:
    return next(_edge_problems(gap, option), "")


def _jitter(salt: str, word: str) -> float:
    """A tie-break in [0, 0.5) from the question's salt and the word: the same for the same question
    whatever else is asked, unlike a draw from a shared random sequence."""
    return zlib.crc32(f"{salt}\x1f{word}".encode()) / 2 ** 33


def distractors(gap: Gap, standard: str, rng: random.Random, *, text_words: frozenset[str] = frozenset(),
                n: int = 3, tally: Tally | None = None) -> list[str] | None:
    """The ``n`` most plausible valid distractors for ``gap``, or None when fewer than ``n`` exist.

    A distractor must be clearly wrong, so besides :func:`problems` it must not occur in the text
    (``text_words``: a word of the text is on its topic and too often fits: 战争 for 摆脱贫穷和＿, 评价 for
    社会对个人的＿ in the first hand check). A verbal noun as the answer (class v+n: 建设, 培训) is not gapped
    at all: nearly any other action word fits its slot (院校＿不能满足需要), and we cannot tell which.

    Plausibility (tuned by reading items, see docs/items-quality.md): +3 for a word of the answer's Cilin 中类,
    +1 for its 大类 (成就 → 意义, 前途; a verb: +3 for its 大类, :mod:`quizgen.items.neighbours`); +1 for a Zipf
    frequency within 0.5 of the answer's; +2 for the same first character with a different last one for verbs
    and adjectives (加速/加深: looks alike, means otherwise) — not for nouns, where
    it gave near-synonyms (人民/人类, 现实/现状); -3 for the same last character, the head of a noun and the
    core of a verb (实现/体现, 社区/地区); +1 for the same level; +1 for the exact same jieba tag; a jitter
    below 0.5 from ``rng`` and the word breaks ties, so another seed gives other, equally good distractors.

    The pool is ranked first and checked in rank order until ``n`` pass: the checks (dictionary look-ups
    around the gap) are the cost, and ranking needs none of them. ``tally`` counts the words checked. The
    result depends on the gap, ``forbid``, ``text_words`` and the first draw of ``rng`` only.
    """
    lv = gap.level
    levels = tuple(x for x in (lv - 1, lv, lv + 1) if 1 <= x <= 7)
    cls = gap.answer_class
    if not cls or {"v", "n"} <= cls:
        if tally:
            tally.items_dropped += 1
            tally.unsure["verbal-noun" if cls else "no-class"] = tally.unsure.get("verbal-noun", 0) + 1
        return None
    noun = "v" not in cls and "a" not in cls
    why_not = unsure_slot(gap)
    if why_not:
        if tally:
            tally.items_dropped += 1
            tally.unsure[why_not] = tally.unsure.get(why_not, 0) + 1
        return None
    salt = repr(rng.random())
    forbid = gap.forbid
    base = replace(gap, forbid=frozenset()) if forbid else gap
    chosen: list[str] = []
    with memo.shard(f"pool-{standard}-{len(gap.answer)}-{'-'.join(map(str, levels))}"):
        for w in _ranked(base, standard, levels, noun, salt):
            if tally:
                tally.considered += 1
            # the first of problems() + "in-text", as problems() would list them for this gap
            why = _fit_reason(base, w) or ("in-sentence" if w in forbid else _edge_reason(base, w)) \
                or ("in-text" if w in text_words else "")
            if why:
                if tally:
                    tally.reject([why])
                continue
            # keep the set varied: two distractors that are synonyms of each other give each other away
            if any(is_synonym(w, c) for c in chosen):
                continue
            chosen.append(w)
            if len(chosen) == n:
                return chosen
    if tally:
        tally.items_dropped += 1
    return None


def _ranked(gap: Gap, standard: str, levels: tuple[int, ...], noun: bool, salt: str) -> Iterator[str]:
    """The pool words in order of plausibility for ``gap`` (see :func:`distractors`), lazily: the score's
    whole part (character, level and tag bonuses) sorts the pool into a few tiers, and only the tiers
    reached are put in jitter order."""
    for tier in _tiers(gap.answer, gap.tag, gap.level, gap.answer_class, standard, levels, noun):
        yield from sorted(tier, key=lambda w: (-_jitter(salt, w), w))


@lru_cache(maxsize=1024)
def _tiers(answer: str, tag: str, lv: int, cls: frozenset[str], standard: str, levels: tuple[int, ...],
           noun: bool) -> tuple[tuple[str, ...], ...]:
    """The pool words by the whole part of their score, best tier first (a passage cloze asks for the same
    gap in every window around its sentence)."""
    first, last = answer[0], answer[-1]
    zipf, verb = frames.zipf(answer), nb.strict(cls)
    tiers: dict[int, list[str]] = {}
    for w, wtag, wlv in _candidates(standard, len(answer), levels, cls):
        tier = (-3 if w[-1] == last else 2 if w[0] == first and not noun else 0) + (wlv == lv) + (wtag == tag) \
            + nb.bonus(answer, w, verb, noun_slot(cls)) + (abs(frames.zipf(w) - zipf) <= 0.5)
        tiers.setdefault(tier, []).append(w)
    return tuple(tuple(tiers[t]) for t in sorted(tiers, reverse=True))


def gap_for(answer: str, tag: str, level: int, sentence: str, offset: int, words: list[str],
            index: int, forbid: frozenset[str] = frozenset(), name_before: bool = False) -> Gap:
    """Build a :class:`Gap` from the Simplified sentence, the answer's offset in it and the sentence's words."""
    return Gap(answer=answer, tag=tag, level=level, sentence=sentence, left=sentence[:offset],
               right=sentence[offset + len(answer):],
               left_word=words[index - 1] if index > 0 else "",
               right_word=words[index + 1] if index + 1 < len(words) else "", forbid=forbid,
               name_before=name_before)
