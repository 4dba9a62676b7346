"""The gap of a choice item: its answer in the sentence, the words beside it, and the class of word it takes.

:class:`Gap` is the value the checks of a slot and of its options read (:mod:`quizgen.items.open_slots`,
:mod:`quizgen.items.option_checks`); :func:`gap_for` builds one from a sentence and its words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from quizgen.analysis import chars
from quizgen.items import frames, slot_words
from quizgen.items.word_classes import FUNCTION_CLASSES, cedict_verb, tagged_class, word_class


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
    predicate: str = ""  # the adjective or verb a noun answer is the subject of (:func:`predicate_after`)
    action_object: bool = False  # a verb answer's object is an action (:func:`action_object`)

    @property
    def partners(self) -> tuple[str, ...]:
        """The words the gap is coordinated with (:func:`frames.partners`)."""
        return _partners(self)

    @property
    def answer_class(self) -> frozenset[str]:
        return _answer_class(self.answer, self.tag, self.left, self.right)


@lru_cache(maxsize=4096)  # asked for every option checked against the gap: hundreds of times a gap
def _answer_class(answer: str, tag: str, left: str, right: str) -> frozenset[str]:
    """:attr:`Gap.answer_class`: the class of word the gap takes."""
    # the tag in context, narrowed by Cilin as for options: 全都 tagged 'n' in 心血＿泡湯 is no noun slot
    ctx = tagged_class(answer, tag)
    if ctx and ctx <= FUNCTION_CLASSES:
        return ctx  # 通過 'to pass' used as a preposition (＿資本經營): a function-word slot
    if cedict_verb(answer):
        return word_class(answer)
    cls = ctx or word_class(answer)
    if cls == {"a", "n"} and noun_head(left, right):
        return frozenset({"n"})  # 落空的＿。 (危险) is a noun: 现有/整个/详细 are no options there
    return cls


@lru_cache(maxsize=4096)
def _partners(gap: Gap) -> tuple[str, ...]:
    return frames.partners(gap.answer, gap.left, gap.left_word, gap.right, gap.right_word)


#: Marks that end a clause (or a phrase) in the text after a gap
CLAUSE_END = tuple(chars.CLAUSE_MARKS)


def noun_head(left: str, right: str) -> bool:
    """The gap ends a noun phrase after 的 (所克服的＿，, 落空的＿。): what stands there is a noun."""
    return left.endswith("的") and (not right or right.startswith(CLAUSE_END))


#: Words after a noun gap searched for its predicate
PREDICATE_REACH = 6


def predicate_after(words: list[str], index: int) -> str:
    """The adjective or verb the noun ``words[index]`` is the subject of ('' when none is found): the first such
    word of its clause, past adverbs, time words and a prepositional phrase (而且＿往往比实体店便宜 -> 便宜), within
    :data:`PREDICATE_REACH` words. '' when a noun or 的 comes first (the answer is then an attribute or the clause
    is of another shape) and for 是/有 (``empty_predicate`` in frames.tsv: they say nothing about their subject)."""
    after_preposition = False
    for w in words[index + 1:index + 1 + PREDICATE_REACH]:
        if not w or w[0] in CLAUSE_END or w == "的" or w in frames.coordinators():
            return ""  # (after 和 the words are another noun's: 所承受的＿和所克服的困难)
        cls = word_class(w)
        if "p" in cls:
            after_preposition = True
        elif "n" in cls:
            if not after_preposition:
                return ""
        elif cls & {"a", "v"}:
            return "" if w in slot_words.empty_predicates() else w
    return ""


#: Particles between a verb and its object
_ASPECT = frozenset({"了", "着", "过"})


def action_object(words: list[str], index: int) -> bool:
    """The object after the verb ``words[index]`` is an action: a verb phrase (打算去做) or a noun phrase whose
    head part (the words after its last 的) holds a verb or verbal noun (加强…的经济合作, 改变着我们的生活).
    Only the words up to the clause's end are read."""
    rest: list[str] = []
    for w in words[index + 1:]:
        if not w or w[0] in CLAUSE_END:
            break
        if w in _ASPECT and not rest:
            continue
        rest.append(w)
    if not rest:
        return False
    first = word_class(rest[0])
    if "v" in first and "n" not in first:
        return True
    head = rest[len(rest) - rest[::-1].index("的"):] if "的" in rest else rest
    return any("v" in word_class(w) for w in head)


def gap_for(answer: str, tag: str, level: int, sentence: str, offset: int, words: list[str],
            index: int, forbid: frozenset[str] = frozenset(), name_before: bool = False) -> Gap:
    """Build a :class:`Gap` from the Simplified sentence, the answer's offset in it and the sentence's words."""
    return Gap(answer=answer, tag=tag, level=level, sentence=sentence, left=sentence[:offset],
               right=sentence[offset + len(answer):],
               left_word=words[index - 1] if index > 0 else "",
               right_word=words[index + 1] if index + 1 < len(words) else "", forbid=forbid,
               name_before=name_before,
               predicate=predicate_after(words, index) if tag.startswith("n") else "",
               action_object=tag.startswith("v") and action_object(words, index))
