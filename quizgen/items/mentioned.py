"""★ 没有提到: which of four things of one kind the passage does not mention, as HSK 4–6 reading asks it
(根据短文，下面哪一项没有提到？).

Three options are nouns the passage names, of one Cilin 小类 (红茶, 绿茶, 乌龙茶: Br12 drinks); the key is a word of
the same 小类 the passage does not contain in any form. The check that makes the key defensible:

* the key is listed at or below the sheet's level (the learner knows the word) and no word of the text contains it,
  is contained in it or shares its Cilin leaf (a synonym, 单车 for 自行车) or a CC-CEDICT sense;
* neither the key nor an option is the head of its 词群 (Cilin's first leaf holds the general word: 水果, 车辆, 茶):
  "not mentioned: 车辆" beside 汽车 has two answers, and 水果 among 苹果/香蕉 is no option of their kind;
* only kinds a reader tells apart as things (Cilin B but Ba, matter in general) or occupations (Ae): people in
  general (个人/人们), places (地方/城区) and abstract nouns give options no reader weighs;
* an option is a word no other question tests (no gap hides it) in a sentence no exercise cuts out or numbers.

Asked of the whole text's windows at the end, like the topic questions (quizgen.items.questions.topic_items); its
evidence is the sentences naming the three options.
"""
from __future__ import annotations

import random
import re
from functools import cache

from quizgen.analysis import lexicon
from quizgen.analysis.document import Token
from quizgen.items import neighbours as nb
from quizgen.items.context import Context
from quizgen.items.drafts import Draft, readable, refuse, stem
from quizgen.items.option_checks import is_synonym, synonym_keys

#: Cilin classes whose words are things or occupations a reader tells apart (module docstring).
KINDS = ("B", "Ae")
NOT_KINDS = ("Ba",)
#: The options and the key share a Cilin 中类 (the code's first two characters: Br food and drink, Bo vehicles and
#: devices, Ae occupations) …
GROUP = 2
#: … and the key is as near to each option as the options are to each other (:func:`_odd_one_out`).
#: Options (words the passage names) and the key (one it does not) of one question.
MENTIONED = 3
#: On: neither the key nor an option is the first leaf of its 词群 (bench/mutation_check.py "mentioned-no-head").
NO_HEAD = True


@cache
def general_nouns() -> frozenset[str]:
    """general_nouns.txt: words for a kind of things in general (美食, 交通工具)."""
    from quizgen.analysis import datafiles

    return datafiles.words("general_nouns.txt")


def _kind(word: str) -> str:
    """The word's Cilin 中类 when it names a thing or an occupation and is not the head of its 词群 nor a word for
    a kind in general (:func:`general_nouns`), else ''."""
    if word in general_nouns():
        return ""
    primary = nb.primary(word)
    if primary not in nb.noun_codes(word):
        return ""  # its own sense is no noun's (a verb or adjective filed under a noun by a related-word leaf)
    if not primary.startswith(KINDS) or primary.startswith(NOT_KINDS) or (NO_HEAD and primary[5:7] == "01"):
        return ""
    return primary[:GROUP]


@cache
def _by_kind(standard: str, level: int) -> dict[str, tuple[str, ...]]:
    """小类 → the listed words of two or more characters at or below ``level`` filed there (sorted)."""
    out: dict[str, list[str]] = {}
    for w, lv in lexicon.word_levels(standard).items():
        if lv is not None and lv <= level and len(w) >= 2 and (k := _kind(w)):
            out.setdefault(k, []).append(w)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _mentions(ctx: Context, w, hidden: list[tuple[int, int]]) -> dict[str, dict[str, tuple[Token, int]]]:
    """小类 → the words of the window's sentences filed there (first token and sentence id of each), none in a
    ``hidden`` span (a gap or a sentence cut out of the student's reading)."""
    from quizgen.items.topic import generic_nouns

    out: dict[str, dict[str, tuple[Token, int]]] = {}
    for s in w.sentences:
        for t in s.tokens:
            word = t.simplified
            if any(a < t.end and t.start < b for a, b in hidden):
                continue
            if not t.is_word or len(word) < 2 or t.pos[:1] != "n" or t.proper_noun or word in ctx.used \
                    or word in generic_nouns() or not readable(ctx, (t,)):
                continue
            k = _kind(word)
            if k:
                out.setdefault(k, {}).setdefault(word, (t, s.id))
    return out


#: Suffixes of a noun that add no meaning (牌子, 盒儿, 木头): 牌子 is the 牌 of 标语牌.
_NOUN_SUFFIXES = ("子", "儿", "头")


def _head_of(key: str, option: str) -> bool:
    """``key`` (or its stem without a noun suffix) is the head ``option`` ends with: a word for what the option is
    (标语牌 is a 牌子), so 'the passage does not mention 牌子' has two answers."""
    stem = key[:-1] if len(key) == 2 and key.endswith(_NOUN_SUFFIXES) else key
    return option != key and option.endswith(stem)


#: English words of a gloss that name no thing (a key sharing one with a named word is no second thing for it)
_GLOSS_STOP = frozenset("a an the of or and to for in on with by from used etc sb sth one kind type".split())


def _gloss_shared(key: str, named: str) -> bool:
    """The key's CC-CEDICT gloss and a named word's share a content word: 暴雨 'torrential rain' beside 豪雨
    'violent rain' is what the passage names (strict check, session 17), 公交车 'town bus' a kind of 汽车 'car;
    automobile; bus'. Kinds apart by their English (面包 'bread', 馒头 'steamed bun') pass."""
    from quizgen.analysis import glosses

    def words(w: str) -> set[str]:
        g = (glosses.gloss(w) or "").lower()
        return {x for x in re.findall(r"[a-z]{3,}", g) if x not in _GLOSS_STOP}

    return SHARED_GLOSS and bool(words(key) & words(named))


#: On: no key whose gloss shares a content word with a named word's (bench/mutation_check.py "mentioned-gloss").
SHARED_GLOSS = True
#: On: no key sharing a character with a named word of its Cilin word group (bench/mutation_check.py "mentioned-near").
NEAR_NAMED = True


def _near(key: str, named: str) -> bool:
    """The key or one of its Cilin synonyms (its ``=`` groups) shares a character with a named word of its Cilin
    word group (词群, the first five characters of a code): 住房, 民居 and 住宅 (a synonym of 住房) beside the named
    民房 (all Bn01B), 暴雨 beside 豪雨 (Bf01A) say what the passage names, so 'not mentioned' had no answer
    (strict check, session 18). A pair of different things goes with them (汽车 beside 单车, Bo21A): a question
    fewer, not a wrong one."""
    from quizgen.items.synonyms import _groups

    groups = {c[:5] for c in nb.codes(key)}
    if not NEAR_NAMED or not any(c[:5] in groups for c in nb.codes(named)):
        return False
    forms = {key} | {w for g in _groups().get(key, ()) for w in g}
    return any(set(w) & set(named) for w in forms)


def _odd_one_out(key: str, options: list[str]) -> bool:
    """``key`` is further from some option than the options are from each other: 葡萄酒 (Br12C) among
    绿茶/红茶/乌龙茶 (all Br12B) is told apart without reading the passage. (The caller also wants the key to
    share a 小类 with one option: 网球 among 国旗/标语牌/彩灯, all Bp 'articles', was as odd.)"""
    depth = min(nb.closeness(a, b) for a in options for b in options if a != b)
    return any(nb.closeness(key, a) < depth for a in options)


def _distinct(named):
    """The named words, each no synonym of one kept before it (自行车 and 单车 are one option twice)."""
    out: list = []
    for word, where in named:
        if not any(nb.closeness(word, w) >= 5 or is_synonym(word, w) for w, _ in out):
            out.append((word, where))
    return out


def _hidden(items) -> list[tuple[int, int]]:
    """The spans of ``items``' gaps and of the sentences they cut out of the reading."""
    from quizgen.items.kinds import CUT_TYPES, GAP_TYPES

    out = []
    for it in items:
        if it.type in CUT_TYPES:
            out.append((it.start, it.end))
        elif it.type in GAP_TYPES and it.target_start is not None and it.target_end is not None:
            out.append((it.target_start, it.target_end))
    return out


def _absent(ctx: Context, key: str, words: frozenset[str], whole: str) -> bool:
    """``key`` is nowhere in the text, in no form: not a part of it, not its synonym (module docstring)."""
    return key not in whole and not any(
        (len(x) >= 2 and x in key) or nb.closeness(key, x) >= 5 or is_synonym(key, x) for x in words)


class _Absence:
    """:func:`_absent` for many keys against one text: the text's words, Cilin leaves and sense sets are united
    once, so each key is a few set look-ups instead of a pass over every word of the text (the same answers:
    tests/test_mentioned.py)."""

    def __init__(self, words: frozenset[str], whole: str) -> None:
        self.words, self.whole = words, whole
        self.leaves: set[str] = set()
        self.senses: set[str] = set()
        self.keys: set[str] = set()
        for x in words:
            self.leaves |= nb.leaf_groups(x)
            senses, keys = synonym_keys(x)
            self.senses |= senses
            self.keys |= keys

    def __call__(self, key: str) -> bool:
        if key in self.whole:
            return False
        if any(key[i:j] in self.words for i in range(len(key)) for j in range(i + 2, len(key) + 1)):
            return False  # a word of the text (two characters or more) is a part of it
        senses, keys = synonym_keys(key)
        return self.leaves.isdisjoint(nb.leaf_groups(key)) and self.senses.isdisjoint(senses) \
            and self.keys.isdisjoint(keys)


def drafts(ctx: Context, windows, items=()) -> list[tuple[Draft, frozenset[str]]]:
    """One 没有提到 question per window where a kind has three mentions and a defensible key, with the words it
    prints (Simplified: tested nowhere else on the sheet once it is asked). ``items``: those made so far (their
    gaps and cut sentences hide words from the student)."""
    hidden = sorted(_hidden(items))
    whole = "".join(t.simplified for s in ctx.doc.sentences for t in s.tokens)
    words = frozenset(t.simplified for s in ctx.doc.sentences for t in s.tokens if t.is_word)
    pool = _by_kind(ctx.doc.standard, ctx.doc.level)
    absent = _Absence(words, whole)
    out: list[tuple[Draft, frozenset[str]]] = []
    for w in windows:
        got = None
        groups = _mentions(ctx, w, hidden)
        for k in sorted(groups, key=lambda k: (-len(groups[k]), k)):
            named = _distinct(sorted(groups[k].items(), key=lambda kv: kv[1][1]))
            if len(named) < MENTIONED:
                continue
            keys = [x for x in pool.get(k, ()) if x not in ctx.used and absent(x)]
            keys = [x for x in keys if not any(_head_of(x, m) or _gloss_shared(x, m) or _near(x, m) for m in groups[k])]
            if keys:
                got = (named, keys)
                break
        if got is None:
            refuse(ctx, "not_mentioned", "no kind named three times with a word it does not name")
            continue
        named, keys = got
        local = random.Random(f"{ctx.seed}\x1fnot_mentioned\x1f{named[0][0]}")  # the question's own draw
        chosen = local.sample(named, MENTIONED)
        options = [m for m, _ in chosen]
        fair = [x for x in keys if not _odd_one_out(x, options) and max(nb.closeness(x, a) for a in options) >= 3]
        # the nearest to the options first (暴雨 beside 阵雨/雷雨云/龙卷风, not a drink)
        best = max((sum(nb.closeness(x, a) for a in options) for x in fair), default=0)
        fair = [x for x in fair if sum(nb.closeness(x, a) for a in options) == best]
        if not fair:
            refuse(ctx, "not_mentioned", "every word it does not name is the odd one out")
            continue
        key = local.choice(fair)
        text = ctx.doc.display(w.sentences[0].start, w.sentences[-1].end)
        wrong = tuple((ctx.doc.display(t.start, t.end), f"{ctx.doc.display(t.start, t.end)} is named in the passage")
                      for _, (t, sid) in chosen)
        evidence = tuple(sorted({sid for _, (_, sid) in chosen}))
        d = Draft("not_mentioned", stem(ctx, "not_mentioned"), ctx.display(key), wrong, evidence,
                  w.sentences[0].start, w.sentences[-1].end, text, tuple(sid for _, (_, sid) in chosen), word=key)
        out.append((d, frozenset(word for word, _ in chosen) | {key}))
    return out
