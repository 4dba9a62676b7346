"""Is a distractor one a reader weighs beside the gap's words: the plausibility test every choice distractor passes.

The option checks (:mod:`quizgen.items.option_checks`) refuse what might be right; what passed them was whatever
no shipped source connects with the gap's words, drawn from the key's Cilin 中类 or 大类, and a strict hand check
(docs/items-quality.md, issue 13, sessions 19–20) found most of it absurd beside the gap: 把＿给他们瞧瞧 (稿子)
against 食欲/内科/国歌, 医护人员＿伤员 (求助) against 录制/弥补/求学, 呼吁：＿人道主义教育 (加强) against
离开/实现/关闭. No shipped source counts collocations (pypinyin's phrase table lists polyphone phrases only,
wordfreq single words, CC-CEDICT and jieba's dictionary few free phrases, and a distractor attested with the
neighbour's kind in data/compounds.tsv was as absurd: 限制＿女性 took 旋转/注册/复制), so plausibility is read
from the key itself:

* a distractor is of the key's Cilin 小类 and not of its 词群 or leaf (:func:`kin`, closeness exactly 3): the
  words a reader weighs beside the gap because they go where the key goes — 加强 (Ih10) against 削弱/减弱/放松,
  解决 (Hb13) against 克服/战胜/击败, 时代 (Ca02) against 岁月/朝代/时光;
* it is still verified wrong by every check of :mod:`quizgen.items.option_checks` but the Cilin closeness one
  (a shared CC-CEDICT sense, the same English field, a frame, a collocation with the neighbours, a neighbour
  attested with its kind): 小类 mates that fit (信息 and 新闻, 忍受 and 承受 share a sense) are refused there.

A gap whose pool holds fewer than three such distractors is not asked as a choice item (the sections make a
hint fill-in or take another target): fewer items, of which more are worth asking. Nor is a gap for a noun
(:data:`NOUN_KEYS`): its 小类 mates are things the gap's words rule out far more often than a verb's.
"""
from __future__ import annotations

from quizgen.items import neighbours as nb

#: False: any distractor the checks allow is asked, of the key's 中类 or 大类 (bench/mutation_check.py "s20-kin")
PLAUSIBLE = True
#: The Cilin closeness of a plausible distractor to the key: one 小类, another 词群 (:mod:`quizgen.items.neighbours`)
KIN = 3
#: False: a noun key is not asked as a choice item when :data:`PLAUSIBLE` (bench/mutation_check.py
#: "s21-noun-keys"). A noun's 小类 is a kind of thing, and which things go with the gap's words (the verb, the
#: attribute, the predicate) nothing shipped tells: strict hand checks found 4 of 43 noun items good against 14 of
#: 62 verb and adjective ones, whose 小类 mates share the key's frame more often (提高 against 降低, 延长 against 缩短;
#: docs/items-quality.md, issue 13, session 21). The gap becomes a hint fill-in or another target.
NOUN_KEYS = False


def levels(level: int) -> tuple[int, ...]:
    """The HSK levels distractors are drawn from for a key of ``level``: the level next above and every level
    up to it, when :data:`PLAUSIBLE` (a key's 小类 holds few words of one level, and a word a learner met
    earlier is as good a distractor); else the key's level and the two beside it."""
    low = 1 if PLAUSIBLE else level - 1
    return tuple(x for x in range(low, level + 2) if 1 <= x <= 7)


def asked(cls: frozenset[str]) -> bool:
    """A gap taking words of ``cls`` may be a choice item: not a noun slot, unless :data:`NOUN_KEYS` (or the
    plausibility test is off)."""
    return NOUN_KEYS or not PLAUSIBLE or not noun_slot(cls)


def noun_slot(cls: frozenset[str]) -> bool:
    """A slot for nouns only: there the two words' noun senses are compared (:func:`neighbours.noun_closeness`)."""
    return "n" in cls and not cls & {"v", "a"}


def closeness(answer: str, option: str, cls: frozenset[str]) -> int:
    """How close ``option`` is to ``answer`` in Cilin, over the noun senses only in a noun slot."""
    return nb.noun_closeness(answer, option) if noun_slot(cls) else nb.closeness(answer, option)


def kin(answer: str, option: str, cls: frozenset[str]) -> bool:
    """``option`` shares the key's Cilin 小类 and not its 词群, by a sense of each that is its own (a synonym or
    lone-word leaf, ``=`` or ``@``; ``#`` leaves hold related words): plausible beside the gap's words."""
    return closeness(answer, option, cls) == KIN and bool(_own_classes(answer, cls) & _own_classes(option, cls))


def _own_classes(word: str, cls: frozenset[str]) -> frozenset[str]:
    """The 小类 of ``word``'s own senses (its noun senses in a noun slot)."""
    codes = nb.noun_codes(word) if noun_slot(cls) else nb.codes(word)
    return frozenset(c[:4] for c in codes if c[-1] in "=@")


def problem(answer: str, option: str, cls: frozenset[str]) -> str:
    """``far-kind`` when ``option`` is no plausible distractor for ``answer`` (see the module), else ''. Cheap
    (Cilin codes): it runs before the dictionary checks."""
    return "far-kind" if PLAUSIBLE and not kin(answer, option, cls) else ""


def too_close(answer: str, option: str, cls: frozenset[str]) -> bool:
    """``option`` is too close to ``answer`` to be told apart: :func:`neighbours.too_close`, except the plausible
    kin this module asks for (when :data:`PLAUSIBLE`), which are told apart by the other checks."""
    return nb.too_close(answer, option, nb.strict(cls)) and not (PLAUSIBLE and kin(answer, option, cls))
