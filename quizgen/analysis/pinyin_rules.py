"""Readings decided by context: the function words and the polyphones whose reading follows their role in the
sentence (地 after an adverb is de but 等地 dì, 得 after a verb de but 你得去 děi, 长着 zhǎng but 很长 cháng).

The rules are data, ``pinyin_data/rules.txt``; this module reads them and matches them against jieba's words
and part-of-speech tags. :func:`quizgen.analysis.pinyin.sentences_pinyin` asks :func:`rule_reading` before the
polyphone model, which only reads what no rule decides.

File format (``#`` starts a comment; fields separated by tabs):

* ``set<TAB>NAME<TAB>members separated by spaces`` names a set of words, used in values as ``@NAME``.
* ``char<TAB>reading<TAB>conditions<TAB>example``: ``char`` gets ``reading`` (numbered, neutral = 5) when every
  condition holds. Conditions are space-separated ``key=values`` (or ``key!=values``: none of them), values
  separated by ``|``. The rules of a character are tried in file order; the first that matches wins.
  The example is a sentence whose first ``char`` reads ``reading``; ``tests/test_pinyin.py`` reads every
  example back, and where the example starts with ``!`` also checks that without this rule it would read
  otherwise (the rule is needed there). Examples without ``!`` are rules kept from the measured rule set
  whose own example pypinyin or another rule already reads right.

Keys, about the jieba word ``w`` that holds the character, its neighbours and the character's neighbours:

=============  ==========================================================================================
``word``       ``w`` is one of the values
``pos``        ``w``'s tag is one of the values; ``v*`` matches every tag starting with ``v``
``at``         where the character is in ``w``: ``alone`` (w is the character), ``first``, ``last``,
               ``inner``, ``notfirst``, ``notalone``
``len``        ``w`` has this many characters: ``2`` or ``3+``
``first``      ``w``'s first character is one of the values
``tail``       the part of ``w`` after the character is one of the values (炸|鸡: ``tail=鸡``)
``prev``       the word before ``w`` (``^``: none, or not a Han word: punctuation, digits, Latin)
``next``       the word after ``w`` (``$``: none, or not a Han word)
``next2``      the word after that
``prevpos``    tag of the word before (``nextpos``, ``next2pos``: after)
``before``     the character before the target (``^`` as for prev); ``after``: the character after (``$``)
``earlier``    one of the values is a word earlier in the same clause (以…为: the word 以, not 以前 or 所以)
``rest``       a word after the next one, in the same clause, is one of the values (为世人所知: ``rest=所``)
``restpos``    a word after the next one, in the same clause, has one of these tags: a verb phrase after
               为 + noun (为社区建设图书馆: ``restpos=v|vn``)
``known``      ``no``: ``w`` is neither a CC-CEDICT headword nor an HSK word, a chunk jieba's HMM made (为亚姐, 可为);
               ``yes``: it is one
``scope``      ``any``: the rule also applies inside one of pypinyin's phrases that jieba keeps in one word
               (人家, 大夫, 打折); without it a rule reads only characters outside those phrases, where
               pypinyin's phrase dictionary has not decided
=============  ==========================================================================================
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from quizgen.analysis import chars
from quizgen.analysis.han import all_han

__all__ = ["CLAUSE_END", "Rule", "parse_rules", "rule_chars", "rule_reading", "rules"]

CLAUSE_END = frozenset(chars.CLAUSE_BREAKS + chars.COLONS + ".、")
_WORD_KEYS = frozenset(["word", "pos", "at", "len", "first", "prev", "next", "next2", "prevpos", "nextpos",
                        "next2pos", "before", "after", "earlier", "scope", "tail", "rest", "restpos", "known"])
_AT = frozenset(["alone", "first", "last", "inner", "notfirst", "notalone"])


@dataclass(frozen=True, slots=True)
class Rule:
    """One line of rules.txt: ``char`` reads ``reading`` when all ``conditions`` hold."""

    char: str
    reading: str
    conditions: tuple[tuple[str, bool, frozenset[str]], ...]  # (key, negated, values)
    any_scope: bool
    example: str
    line: int


def parse_rules(text: str) -> tuple[Rule, ...]:
    """The rules in ``text`` (the format of rules.txt), in order; ValueError on a malformed line."""
    sets: dict[str, frozenset[str]] = {}
    out: list[Rule] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if fields[0] == "set":
            sets[fields[1]] = frozenset(fields[2].split())
            continue
        char, reading = fields[0], fields[1]
        conds = []
        any_scope = False
        for item in (fields[2].split() if len(fields) > 2 else ()):
            key, neg, vals = _condition(item, sets, n)
            if key == "scope":
                any_scope = vals == {"any"}
                continue
            conds.append((key, neg, vals))
        if len(char) != 1 or not reading[-1:].isdigit():
            raise ValueError(f"rules.txt line {n}: want char<TAB>numbered reading, got {raw!r}")
        example = fields[3].strip() if len(fields) > 3 else ""
        if not example.lstrip("!") or char not in example:
            raise ValueError(f"rules.txt line {n}: the example must contain {char}: {raw!r}")
        out.append(Rule(char, reading, tuple(conds), any_scope, example, n))
    return tuple(out)


def _condition(item: str, sets: dict[str, frozenset[str]], n: int) -> tuple[str, bool, frozenset[str]]:
    neg = "!=" in item
    key, _, value = item.partition("!=" if neg else "=")
    if key not in _WORD_KEYS or not value:
        raise ValueError(f"rules.txt line {n}: unknown condition {item!r}")
    vals: set[str] = set()
    for v in value.split("|"):
        if v.startswith("@"):
            if v[1:] not in sets:
                raise ValueError(f"rules.txt line {n}: set {v[1:]} is not defined above")
            vals |= sets[v[1:]]
        else:
            vals.add(v)
    if key == "at" and not vals <= _AT:
        raise ValueError(f"rules.txt line {n}: at= takes {sorted(_AT)}")
    if key == "known" and not vals <= {"yes", "no"}:
        raise ValueError(f"rules.txt line {n}: known= takes yes or no")
    return key, neg, frozenset(vals)


@functools.cache
def rules() -> dict[str, tuple[Rule, ...]]:
    """The rules of ``pinyin_data/rules.txt`` by character, in file order."""
    text = resources.files("quizgen.analysis").joinpath("pinyin_data/rules.txt").read_text(encoding="utf-8")
    by_char: dict[str, list[Rule]] = {}
    for r in parse_rules(text):
        by_char.setdefault(r.char, []).append(r)
    return {c: tuple(rs) for c, rs in by_char.items()}


@functools.cache
def rule_chars() -> frozenset[str]:
    return frozenset(rules())


def _tag_in(tag: str, vals: frozenset[str]) -> bool:
    return tag in vals or any(v.endswith("*") and tag.startswith(v[:-1]) for v in vals)


def _word_in(word: str, vals: frozenset[str], edge: str) -> bool:
    return word in vals or (edge in vals and not all_han(word))


class _Context:
    """What the conditions look at, for character ``i`` of ``text`` in jieba word number ``wi``."""

    __slots__ = ("text", "i", "words", "wi", "k")

    def __init__(self, text: str, i: int, words: Sequence[tuple[str, str]], wi: int, k: int) -> None:
        self.text, self.i, self.words, self.wi, self.k = text, i, words, wi, k  # k: index of i in its word

    def word(self, d: int) -> tuple[str, str]:
        j = self.wi + d
        return self.words[j] if 0 <= j < len(self.words) else ("", "")

    def holds(self, key: str, vals: frozenset[str]) -> bool:  # noqa: C901 - one branch per key
        word, tag = self.words[self.wi]
        if key == "word":
            return word in vals
        if key == "pos":
            return _tag_in(tag, vals)
        if key == "at":
            n, k = len(word), self.k
            where = {"alone"} if n == 1 else {"first" if k == 0 else "last" if k == n - 1 else "inner"}
            where |= {"notfirst"} if k else set()
            where |= {"notalone"} if n > 1 else set()
            return bool(where & vals)
        if key == "len":
            return any(len(word) >= int(v[:-1]) if v.endswith("+") else len(word) == int(v) for v in vals)
        if key == "first":
            return word[:1] in vals
        if key == "known":
            from quizgen.analysis.lexicon import is_known_word

            return ("yes" if is_known_word(word) else "no") in vals
        if key == "tail":
            return word[self.k + 1:] in vals
        if key in ("prev", "next", "next2"):
            return _word_in(self.word({"prev": -1, "next": 1, "next2": 2}[key])[0], vals, "^" if key == "prev" else "$")
        if key in ("prevpos", "nextpos", "next2pos"):
            return _tag_in(self.word({"prevpos": -1, "nextpos": 1, "next2pos": 2}[key])[1], vals)
        if key == "before":
            return _word_in(self.text[self.i - 1] if self.i else "", vals, "^")
        if key == "after":
            return _word_in(self.text[self.i + 1] if self.i + 1 < len(self.text) else "", vals, "$")
        if key == "earlier":
            for w, _ in reversed(self.words[:self.wi]):
                if any(c in CLAUSE_END for c in w):
                    return False
                if w in vals:
                    return True
            return False
        if key in ("rest", "restpos"):
            rest = self._rest()
            if key == "rest":  # 所 after a numeral is a classifier (为8所学校), not the passive 为…所
                return any(w in vals and not (rest[k - 1][1] if k else self.word(1)[1]).startswith("m")
                           for k, (w, _) in enumerate(rest))
            return any(_tag_in(t, vals) for _, t in rest)
        raise AssertionError(key)

    def _rest(self) -> list[tuple[str, str]]:
        """The words after the next one, up to the end of the clause."""
        out: list[tuple[str, str]] = []
        if any(c in CLAUSE_END for c in self.word(1)[0]):
            return out
        for word, tag in self.words[self.wi + 2:]:
            if any(c in CLAUSE_END for c in word):
                break
            out.append((word, tag))
        return out


def rule_reading(text: str, i: int, words: Sequence[tuple[str, str]], wi: int, k: int,
                 in_phrase: bool) -> str | None:
    """The reading of ``text[i]`` (character ``k`` of jieba word number ``wi``) that the first matching rule
    gives, or None. ``in_phrase``: the character is inside a pypinyin phrase that lies within this jieba
    word; only ``scope=any`` rules read such a character."""
    ctx = _Context(text, i, words, wi, k)
    for r in rules().get(text[i], ()):
        if in_phrase and not r.any_scope:
            continue
        if all(ctx.holds(key, vals) != neg for key, neg, vals in r.conditions):
            return r.reading
    return None
