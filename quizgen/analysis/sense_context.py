"""Where a word stands in its sentence, as the sense rules see it (:mod:`quizgen.analysis.sense_rules`): its
neighbours in the clause and their jieba tags, the words within reach, the rest of its clause, a quotation
opening after it (:class:`Context`, built by :func:`context_at`). Plain functions of (word, tag) pairs.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.analysis import chars, datafiles

NEAR = 3  # words either side (punctuation not counted) that ``near=`` looks at: 在咸亨酒店里当伙计 has 酒店 three
# words before 伙计


_WORDS = datafiles.word_sets("sense_words.tsv")
_DEMONSTRATIVES = _WORDS["demonstrative"]
_NUMERAL_CHARS = frozenset(chars.NUMBER_CHARS)


@dataclass(frozen=True, slots=True)
class Context:
    """What a sense rule may look at around a word: its clause neighbours and their jieba tags."""

    prev: str = ""
    prev_pos: str = ""
    next: str = ""
    next_pos: str = ""
    near: tuple[str, ...] = ()
    after_next: str = ""  # the word after ``next`` in the clause ('' when ``next`` closes it)
    after_next_pos: str = ""
    question: bool = False  # the sentence ends in a question mark after the word
    coord_pos: str = ""  # the tag of the word before a 、 just before this one (督促、检查: a list of verbs)
    coord_next_pos: str = ""  # the tag of the word after a 、 just after this one (检查、监督)
    earlier: tuple[str, ...] = ()  # the words before this one in its clause (punctuation not counted)
    later: tuple[str, ...] = ()  # the words after it in its clause
    speech: bool = False  # a quotation opens right after the word and holds a clause break
    mid: bool = False  # the word's clause ends inside its sentence (a comma, 、, semicolon or colon follows it)

    @property
    def start(self) -> bool:
        return not self.prev

    @property
    def end(self) -> bool:
        return not self.next

    @property
    def before_relative(self) -> bool:
        """Before a verb or preposition whose phrase a 的 later in the clause closes, not after a pronoun: a
        numeral + classifier here counts the noun after 的 (一家名为…的杂志, 一位来自北京的老师), while 我们一家去了
        外地的亲戚家 is the family, and 有一种是…的 'one kind'."""
        return self.next_pos[:1] in ("v", "p") and self.next != "是" and "的" in self.later and self.prev_pos[:1] != "r"

    @property
    def after_demonstrative(self) -> bool:
        """The previous word is a demonstrative (这, 那, 每), after which 对/把 may be a classifier or a preposition
        (这对夫妻, 这对他来说); after a numeral they are classifiers (三把利器, 一对一对)."""
        return self.prev in _DEMONSTRATIVES

    @property
    def after_count(self) -> bool:
        """The previous word is a numeral or a demonstrative (三, 一百, 这, 每): a classifier may follow."""
        p = self.prev
        return bool(p) and (p in _DEMONSTRATIVES or self.prev_pos.startswith("m")
                            or all(c in _NUMERAL_CHARS for c in p))


def in_frame(prev_pos: str, next_pos: str) -> bool:
    """A word between a preposition and a localiser (在会上, 在讲话中, 在领导下) is the noun of the frame, whatever
    jieba's tag says."""
    return prev_pos[:1] == "p" and next_pos[:1] == "f"


# Punctuation that ends a clause; quotes and brackets do not (太阳辐射的“加热”: 的 is not clause-final).
_BREAKS = frozenset(chars.CLAUSE_PUNCT + "、.\n")


def _is_break(word: str, pos: str) -> bool:
    return pos == "x" and (not word.strip() or any(c in _BREAKS for c in word))


def _neighbour(words: Sequence[tuple[str, str]], i: int, step: int) -> tuple[str, str]:
    """The nearest word in direction ``step`` within the clause, over quotes and brackets; ('', '') if none."""
    k = i + step
    while 0 <= k < len(words):
        w, p = words[k]
        if _is_break(w, p):
            break
        if p != "x":
            return w, p
        k += step
    return "", ""


def _near(words: Sequence[tuple[str, str]], i: int, step: int) -> tuple[str, ...]:
    """Up to :data:`NEAR` words on one side of ``words[i]``, punctuation not counted (「道」与「气」: 道 is near)."""
    out: list[str] = []
    k = i + step
    while 0 <= k < len(words) and len(out) < NEAR:
        if words[k][1] != "x":
            out.append(words[k][0])
        k += step
    return tuple(out)


def _sentence_end(words: Sequence[tuple[str, str]], i: int) -> str:
    """The first sentence-ending mark after ``words[i]`` ('' at the end of the words)."""
    for w, p in words[i + 1:]:
        if p == "x":
            for c in w:
                if c in _ENDS:
                    return c
    return ""


_ENDS = frozenset(chars.SENTENCE_ENDS)
_QUESTION = frozenset("？?")


def _tag_in_place(words: Sequence[tuple[str, str]], k: int) -> str:
    """The tag of ``words[k]`` as its own neighbours show it (:func:`in_frame`: 在会/上 makes 会 a noun)."""
    w, p = words[k]
    if p[:1] == "v" and in_frame(_neighbour(words, k, -1)[1], _neighbour(words, k, 1)[1]):
        return "n"
    return p


def _index(words: Sequence[tuple[str, str]], i: int, step: int) -> int:
    """The index of the neighbour :func:`_neighbour` finds (-1 if none)."""
    k = i + step
    while 0 <= k < len(words):
        w, p = words[k]
        if _is_break(w, p):
            return -1
        if p != "x":
            return k
        k += step
    return -1


def _clause_words(words: Sequence[tuple[str, str]], i: int, step: int) -> tuple[str, ...]:
    """The words on one side of ``words[i]`` up to its clause's edge, nearest first, punctuation not counted."""
    out: list[str] = []
    k = i + step
    while 0 <= k < len(words) and not _is_break(*words[k]):
        if words[k][1] != "x":
            out.append(words[k][0])
        k += step
    return tuple(out)


def _opens_speech(words: Sequence[tuple[str, str]], i: int) -> bool:
    """A quotation opens right after ``words[i]`` and a clause break comes before it closes."""
    if i + 1 >= len(words) or words[i + 1][1] != "x" or words[i + 1][0][-1:] not in chars.OPENING_QUOTES:
        return False
    for w, p in words[i + 2:]:
        if p == "x" and any(c in chars.CLOSING_QUOTES for c in w):
            return False
        if _is_break(w, p):
            return True
    return False


def _ends_inside(words: Sequence[tuple[str, str]], i: int) -> bool:
    """The clause of ``words[i]`` is closed by a mark after which its sentence goes on (，、；：)."""
    k = next((k for k in range(i + 1, len(words)) if _is_break(*words[k])), len(words))
    return any(p != "x" for _, p in words[k + 1:])


def context_at(words: Sequence[tuple[str, str]], i: int) -> Context:
    """The :class:`Context` of ``words[i]`` among the (word, jieba tag) pairs of its sentence."""
    j, k = _index(words, i, -1), _index(words, i, 1)
    prev = (words[j][0], _tag_in_place(words, j)) if j >= 0 else ("", "")
    next_ = (words[k][0], _tag_in_place(words, k)) if k >= 0 else ("", "")
    near = _near(words, i, -1) + _near(words, i, 1)
    after = _neighbour(words, k, 1) if k >= 0 else ("", "")
    coord = coord_next = ""
    if i >= 2 and words[i - 1][0] == "、" and words[i - 2][1] != "x":
        coord = words[i - 2][1]
    if i + 2 < len(words) and words[i + 1][0] == "、" and words[i + 2][1] != "x":
        coord_next = words[i + 2][1]
    return Context(prev[0], prev[1], next_[0], next_[1], near, after[0], after[1],
                   _sentence_end(words, i) in _QUESTION, coord, coord_next, _clause_words(words, i, -1),
                   _clause_words(words, i, 1), _opens_speech(words, i), _ends_inside(words, i))
