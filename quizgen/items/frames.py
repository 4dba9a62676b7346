"""The grammatical frame of a gap, which every distractor must share with the answer, and frequency matching.

A distractor that the grammar around the gap rules out is no distractor: 羼水也很＿ with 为难/补习/转换/启发 (很 +
verb rules out three), 一本＿ with a noun that is never counted with 本, 帮助＿ (a person) with a verb whose object
is a thing. :func:`frame_problem` says why an option does not share the answer's frame:

* **degree** — after a degree adverb (很, 非常, 越来越 … in ``frames.tsv``) or before a degree complement (极了),
  only gradable words fit: adjectives, and verbs of feeling (喜欢, 担心); the options must be gradable;
  elsewhere an option must be as gradable as the answer (an adjective slot gets adjectives);
* **measure word** — after a numeral or demonstrative with a classifier (一本, 这种, 三位), when CC-CEDICT lists
  that classifier for the answer it must list it for the option (a general classifier, 个 种 些 点, says nothing);
  after a classifier of one narrow kind (``counting_cl``: 家, 位, 所 …) the option must be listed with it in any case;
* **object** — a verb right before a noun takes it as object: when CC-CEDICT's senses say whom or what the
  answer takes (``sb``, ``sth``), the option must take the same kind;
* **transitivity** — where an object follows the gap (再次＿了他过去所说的, 请求＿医生) an intransitive verb (就业
  "to get a job", 辞职 "to resign": :func:`intransitive`) is no distractor for a transitive answer, and where
  none follows an intransitive answer gets no verb whose senses name its object.

:func:`zipf` is a word's frequency on the Zipf scale (wordfreq's Chinese list); distractors are drawn within
:data:`ZIPF_SPAN` of the answer's, so a rare word does not give itself away next to an everyday one.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from quizgen.analysis import chars, datafiles, lexicon
from quizgen.cache import releasable
from quizgen.items import neighbours as nb
from quizgen.items import semantic_fields as fx
from quizgen.items.word_classes import dict_tag
from quizgen.memo import remembered, shard

#: Largest difference of Zipf frequency between the answer and a distractor (one unit = ten times as frequent).
#: 1.5 keeps ~60 % of an HSK 5 two-character pool around a mid-frequency answer (zipf ≈ 4) and drops the rarest
#: and the everyday words next to it.
ZIPF_SPAN = 1.5


@cache
def _rows() -> dict[str, frozenset[str]]:
    text = resources.files("quizgen").joinpath("data", "frames.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, entry = line.split("\t")
            out.setdefault(kind, set()).add(entry)
    return {k: frozenset(v) for k, v in out.items()}


def _kind(name: str) -> frozenset[str]:
    """The entries of one kind of ``frames.tsv``."""
    return _rows().get(name, frozenset())


kind = _kind  # the public name (quizgen.items.slot_words)


@releasable
@cache
def _freq() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("zh")


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (Simplified) in wordfreq's Chinese list; 0.0 when it is not listed.

    Remembered between runs in a shard of its own (:mod:`quizgen.memo`), which soon holds the listed words that
    distractors are drawn from: importing wordfreq and loading its list costs more than everything else the
    distractors of a short text need, and is then paid only for a word never asked about before."""
    if _zipf.known(word):  # type: ignore[attr-defined]
        return _zipf(word)
    with shard("zipf-zh"):
        return _zipf(word)


@remembered
def _zipf(word: str) -> float:
    f = _freq().get(word, 0.0)
    return round(math.log10(f * 1e9), 2) if f > 0 else 0.0


def frequency_problem(answer: str, option: str) -> str:
    """'frequency' when the two words' Zipf frequencies differ by more than :data:`ZIPF_SPAN` ('' otherwise;
    a word wordfreq does not list is not judged)."""
    a, b = zipf(answer), zipf(option)
    return "frequency" if a and b and abs(a - b) > ZIPF_SPAN else ""


@remembered
def gradable(word: str, cls: frozenset[str]) -> bool:
    """The word takes 很: an adjective by CC-CEDICT's first sense or by ``cls`` (its part-of-speech class,
    :func:`quizgen.items.word_classes.word_class`), or a verb of feeling."""
    sp = fx.sense_pos(word)
    if sp == "v":
        first = fx.first_sense(word)
        head = first[3:].split(" ")[0] if first.startswith("to ") else ""
        return head in _kind("feeling") and not _never_feeling(word)
    return sp == "a" or ("a" in cls and "v" not in cls) or (sp == "n" and "a" in cls) or fx.looks_adjectival(word)


#: Cilin's 大类 of words that take 很 as feelings: D (需要), E (讨厌), G (喜欢), L (谢谢); of the activities (H) only
#: the 中类 of social attitudes, Hi (欢迎, 赞赏, 认同)
_FEELING_TOPS = frozenset("DEGL")
_FEELING_MIDDLES = frozenset({"Hi"})


def _never_feeling(word: str) -> bool:
    """Cilin files ``word`` only with acts, states, relations (F, I, J) or activities but social attitudes (H but
    Hi): no feeling, whatever its English head (非常＿了 普及 offered 错过, 涨价 'to appreciate', 批准 'to approve')."""
    cs = nb.codes(word)
    return bool(cs) and not any(c[0] in _FEELING_TOPS or c[:2] in _FEELING_MIDDLES for c in cs)


def degree_slot(left_word: str, right: str) -> bool:
    """The gap stands after a degree adverb or before a degree complement."""
    return left_word in _kind("degree") or right.startswith(tuple(_kind("degree_after")))


classifiers = lexicon.listed_classifiers


_COUNTER = re.compile(rf"[{chars.COUNTING}几这那哪每某各半整0-9０-９]+$")


#: Words of "each" before a noun: the noun is one counted (CC-CEDICT lists a classifier for it)
_EACH = ("各", "每")


def _events(word: str) -> frozenset[str]:
    """The event classifiers (``event_cl`` in ``frames.tsv``: 次, 场, 届) CC-CEDICT lists for ``word``."""
    return classifiers(word) & _kind("event_cl")


def classifier_before(left: str) -> str:
    """The character right before the gap when a numeral or demonstrative precedes it (一本＿ -> 本), unless it
    is a general classifier (这种＿ -> ''); whether it is a classifier at all the answer's CC-CEDICT entry says."""
    if len(left) < 2 or not _COUNTER.search(left[:-1]) or left[-1] in _kind("general_cl"):
        return ""
    return left[-1]


# "to help sb in trouble", "to return sth", "to remind (sb of sth)": the object right after the verb (one or
# two English words); "to do sth" / "to make sb do sth" say nothing about the object of the Chinese verb
_OBJ = re.compile(r"to (?!do\b|make\b|let\b|cause\b)\w+(?: (?:up|on|for|to|with|off|out|back))? \(?(sb|sth)\b")


@remembered
def object_kinds(word: str) -> frozenset[str]:
    """What the verb's first senses say it takes right after it: {'sb'} (a person), {'sth'} (a thing), both, or
    none known (most CC-CEDICT verb senses do not say)."""
    return frozenset(m.group(1) for s in fx.verb_senses(word)[:3] for m in [_OBJ.match(s)] if m)


def frame_problem(answer: str, answer_class: frozenset[str], option: str, left: str, left_word: str,
                  right: str, right_word: str, classes: Callable[[str], frozenset[str]]) -> str:
    """Why ``option`` does not share the frame of ``answer`` in the gap (see the module docstring); '' if it does.
    ``classes`` gives a word's part-of-speech class out of context."""
    if degree_slot(left_word, right):
        if not gradable(option, classes(option)):
            return "frame-degree"
    elif answer_class & {"a"} and gradable(answer, classes(answer)) != gradable(option, classes(option)):
        return "frame-degree"
    elif "v" in answer_class and fx.sense_pos(option) == "v" and gradable(option, classes(option)) \
            and not gradable(answer, classes(answer)):
        return "frame-gradable"  # 每晚＿ (开会) offered 开心 'to feel happy': a verb of feeling takes 很, an act not
    cl = classifier_before(left)
    if cl and cl in classifiers(answer) and cl not in classifiers(option):
        return "frame-measure"
    if cl in _kind("counting_cl") and cl not in classifiers(option):
        return "frame-measure"  # 沙特一家＿的专栏评论员 (杂志, listed with 本/份/期) offered 文件/文字/图片: not counted with 家
    if cl in _kind("event_cl") and _events(answer) and not _events(option):
        return "frame-measure"  # 第十九次＿ (会议, counted with 场 and 届) offered 民族/习惯/世界: not events
    if left.endswith(_EACH) and classifiers(answer) and not classifiers(option):
        return "frame-each"  # 省直各＿ (部门) offered 全球: 各 and 每 take a noun that is counted
    if "v" in answer_class and right_word and fx.sense_pos(right_word) == "n" \
            and "n" in classes(right_word):
        want = object_kinds(answer)
        if want and not (want & object_kinds(option)):
            return "frame-object"
    if "v" in answer_class and option in _kind("verb_object") and answer not in _kind("verb_object"):
        return "frame-verb-object"  # 虽然我＿反对 (主张) took 试图, 独立＿能力 (思考) 敢于: they take a verb phrase only
    if "v" in answer_class and option in _kind("adjective_after") and answer not in _kind("adjective_after"):
        # before an adjective it fits as well as the key (一直＿尷尬: 顯得 as 面臨), before anything else it is ruled
        # out by form (緊張情況，＿政府要求… 促使: 顯得 takes no clause)
        return "frame-adjective"
    if "v" in answer_class:
        return _verb_form_problem(answer, option, left_word, right, classes) \
            or transitivity_problem(answer, option, right, right_word, classes)
    return ""


def _verb_form_problem(answer: str, option: str, left_word: str, right: str,
                       classes: Callable[[str], frozenset[str]]) -> str:
    """'frame-complement' for a non-complement where a directional complement follows a verb (读＿我觉得 起来 offered
    决定, 离开), 'frame-aspect' for a verb of seeming before an aspect particle (＿了债务困境 陷入 offered 看似)."""
    directional = _kind("directional")
    if answer in directional and left_word and "v" in classes(left_word) and option not in directional:
        return "frame-complement"
    if right[:1] in _ASPECT and not right.startswith("了解") and _seeming(option) and not _seeming(answer):
        return "frame-aspect"
    return ""


def _seeming(word: str) -> bool:
    """The first verb sense is one of seeming ('to look as if': ``seeming`` in frames.tsv)."""
    return any(_PARENS.sub("", s).strip()[3:] in _kind("seeming") for s in fx.verb_senses(word)[:1])


# "to get a job", "to lose one's love", "to go into retirement", "to finish school": the object is inside the
# English sense (a last word that is a particle or preposition is no object: "to set up", "to log in")
_PARTICLES = "up|down|away|off|out|back|forward|ahead|behind|home|together|abroad|in|on|for|to|with|at|about|of|from|over"
_BUILT_IN = re.compile(rf"to \w+ (?:(?:a|an|one's|the|into|to) )?(?!(?:{_PARTICLES})$)[a-z]+$")
# "to travel along a route", "to go to work": a prepositional phrase with its own noun (not sb, sth) ends the sense;
# "to" only after go and come (to open to traffic, to take to be: an infinitive or an object's goal)
_BUILT_IN_PHRASE = re.compile(rf"to (?:\w+ (?:along|into|through|across|around|at|from)|(?:go|come) to) "
                              rf"(?:(?:a|an|the|one's) )?(?!(?:sb|sth|{_PARTICLES})$)[a-z]+$")
_HEAD = re.compile(r"to (\w+)(?: (?:up|down|away|off|out|back|forward|ahead|behind|home|together|abroad))?$")


@remembered
def intransitive(word: str) -> bool:
    """Every one of the word's first three verb senses takes no object: its English head is an intransitive verb
    (``intransitive`` in ``frames.tsv``: 'to resign', 'to retire (from the workforce)') or it carries its object
    ('to get a job'). One sense with an object or a preposition ('to wait for') makes the word transitive."""
    senses = [_PARENS.sub("", s).strip() for s in fx.verb_senses(word)[:3]]
    if not senses:
        return False
    heads = _kind("intransitive")
    for s in senses:
        m = _HEAD.match(s)
        if not (_BUILT_IN.match(s) or _BUILT_IN_PHRASE.match(s) or (m and m.group(1) in heads)):
            return False
    return True


_PARENS = re.compile(r"\s*\([^)]*\)")
_ASPECT = "了着过"
_PRONOUN_START = tuple("他她它我你您这那其")


def object_follows(right: str, right_word: str, classes: Callable[[str], frozenset[str]]) -> bool:
    """An object follows the gap: a pronoun, or a noun (by CC-CEDICT and ``classes``), after at most one aspect
    particle (强调了他…, 请求医生)."""
    if right[:1] and right[0] in _ASPECT:
        return right[1:].startswith(_PRONOUN_START) or noun_after_aspect(right[:_ASPECT_SPAN])
    if right.startswith(_PRONOUN_START):
        return True
    if right.startswith("对") and topic_object(right[:_ASPECT_SPAN * 2]):
        return True
    if tagged_object(right[:_ASPECT_SPAN]):
        return True
    if not right_word or fx.sense_pos(right_word) != "n":
        return False
    cls = classes(right_word)
    # a pronoun by its tag (纷纷＿自己的妙法 took 办公), or a noun no word list classes (举行＿音乐会 took 受伤)
    return bool(cls & {"n", "r"}) or (not cls and dict_tag(right_word)[:1] == "n" and not fx.looks_adjectival(right_word))


#: Characters after the gap read for an object behind an aspect particle, and the attribute words allowed before
#: the noun (召开了专门会议: 专门; 请了两位医生: 两, 位)
_ASPECT_SPAN = 12
ATTRIBUTE_WORDS = 3
_ATTRIBUTE_TAGS = tuple("mqazbu")


#: jieba's tags of names: a name right after a verb is its object (把握西藏基本区情: 西藏 has no CC-CEDICT sense)
_NAME_TAGS = ("nr", "ns", "nt", "nz")


@lru_cache(maxsize=4096)
def tagged_object(right: str) -> bool:
    """``right`` opens, by jieba's tags, with an object the word lists miss: a name (把握西藏基本区情), a prefix
    before a noun (掌握非银行金融机构的…: 非 is tagged h) or a set phrase CC-CEDICT reads as a noun (提升精神文明
    建设水平: 精神文明 'spiritual culture', tagged i)."""
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(chars.CLAUSE_OR_COLON_SPLIT.split(right)[0])
    if not tags:
        return False
    word, tag = tags[0]
    if tag.startswith(_NAME_TAGS):
        return True
    if tag in ("h", "vn"):  # a prefix or a verbal noun before a noun: 非银行…, 生活品质 (更＿生活品质 注重 offered 难受)
        return len(tags) > 1 and tags[1][1][:1] == "n"
    first = fx.first_sense(word)  # an idiom's sense is a noun phrase too ('lit. thousand ways …', '… (idiom)')
    return tag in ("i", "l") and fx.sense_pos(word) == "n" and not fx.looks_adjectival(word) \
        and "idiom" not in first and not first.startswith("lit.")


@lru_cache(maxsize=4096)
def noun_after_aspect(right: str) -> bool:
    """``right`` opens with an aspect particle (jieba's u-tags: not 了解) and, in its clause, a noun or pronoun
    comes before any verb, after at most :data:`ATTRIBUTE_WORDS` words of attribute (numbers, classifiers,
    adjectives, 的): 在安庆＿了专门会议 (召开) has an object, so 成长 is no option; 过一次 and 了起来 have none."""
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(chars.CLAUSE_OR_COLON_SPLIT.split(right)[0])
    if not tags or tags[0][1][:1] != "u":
        return False
    for _word, tag in tags[1:2 + ATTRIBUTE_WORDS]:
        if tag[:1] in ("n", "r"):
            return True
        if not tag.startswith(_ATTRIBUTE_TAGS):
            return False
    return False


@lru_cache(maxsize=4096)
def topic_object(right: str) -> bool:
    """``right`` is 对 X 的 N ending its clause (加强＿对拆借市场的监督管理，: the object of the verb before it; 受伤
    is no option there); 对市场的影响很大 goes on after the noun, a subject, not an object."""
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(chars.CLAUSE_OR_COLON_SPLIT.split(right)[0])
    des = [i for i, (w, _t) in enumerate(tags) if w == "的"]
    if not tags or tags[0][1] != "p" or not des:
        return False
    tail = tags[des[-1] + 1:]
    return 0 < len(tail) <= 2 and all(t[:1] in ("n", "v") for _w, t in tail)


def takes_no_object(word: str) -> bool:
    """The verb takes no object after it: :func:`intransitive` by its English senses, or a separable verb-object
    word (``separable`` in ``frames.tsv``: 开幕 'to open (a conference)', 留言), whose object is inside it."""
    return word in _kind("separable") or intransitive(word)


def transitivity_problem(answer: str, option: str, right: str, right_word: str,
                         classes: Callable[[str], frozenset[str]]) -> str:
    """'frame-intransitive' for an option that takes no object where the answer has an object after it (or is a
    dummy verb, ``dummy`` in ``frames.tsv``, with anything after it: 也在＿食补 进行 took 受伤), 'frame-transitive'
    for an option whose senses name an object (sb, sth) where an intransitive answer has none; '' otherwise."""
    if object_follows(right, right_word, classes) or (answer in _kind("dummy") and right[:1] not in _CLAUSE_MARKS):
        if takes_no_object(option) and not takes_no_object(answer):
            return "frame-intransitive"
    elif takes_no_object(answer) and object_kinds(option):
        return "frame-transitive"
    return ""


#: Marks that end a clause or a phrase (a gap before one has nothing after it in its clause)
_CLAUSE_MARKS = chars.CLAUSE_MARKS



#: Classes that stand in an adverbial slot (before the predicate or opening a clause): adverbs, conjunctions,
#: time words (到中秋＿没有说 takes 仍然 as well as 可是; ＿我们还会听到 takes 估计, 恐怕 and 将来).
ADVERBIAL = frozenset("dct")


def judging(word: str) -> bool:
    """A verb of judging (估计 'to estimate', 以为): it stands where an adverb stands (估计我们还会…)."""
    first = fx.first_sense(word)
    return first.startswith("to ") and first[3:].split(" ")[0] in _kind("judging")


def adverbial_slot(answer_class: frozenset[str], left: str) -> bool:
    """The gap is an adverbial slot: its answer is an adverb, conjunction or time word, or it opens a clause."""
    return bool(answer_class & ADVERBIAL) or not left.strip() or left.rstrip()[-1] in chars.FULL_WIDTH_BREAKS + "：、“「"


def may_fill(answer_class: frozenset[str], left: str, word: str, word_class: frozenset[str]) -> bool:
    """``word`` may stand in an adverbial gap (see :func:`adverbial_slot`): it is adverbial or a verb of judging."""
    return adverbial_slot(answer_class, left) and (bool(word_class & ADVERBIAL) or judging(word))


def coordinators() -> frozenset[str]:
    """Words that join two like words (和, 与, 、, 而): the word across one is the gap's partner."""
    return _kind("coordinator")


#: Coordinators that join adjectives and verbs only (因物价上涨而增加: 而 after a verb is no list)
_ADJECTIVE_ONLY = datafiles.word_sets("slot_words.tsv")["adjective_only"]


def partners(answer: str, left: str, left_word: str, right: str, right_word: str) -> tuple[str, ...]:
    """The words the gap is coordinated with: across a coordinator (潮湿和＿, ＿而可靠), or juxtaposed words of
    the answer's Cilin 中类 (母子＿儿女). A distractor of a partner's kind fits the slot as well as the key."""
    known, closeness, tops = lexicon.is_known_word, nb.closeness, nb.tops
    out = []
    for c in sorted(coordinators(), key=len, reverse=True):
        if right.startswith(c):
            rest = right[len(c):]
            word = next((rest[:n] for n in (4, 3, 2, 1) if len(rest) >= n and known(rest[:n])), "")
            if word and (c not in _ADJECTIVE_ONLY or "E" in tops(word)):
                out.append(word)
        if left.endswith(c):
            rest = left[:-len(c)]
            word = next((rest[-n:] for n in (4, 3, 2, 1) if len(rest) >= n and known(rest[-n:])), "")
            if word and (c not in _ADJECTIVE_ONLY or "E" in tops(word)):
                out.append(word)
    out.extend(w for w in (left_word, right_word) if w and len(w) > 1 and closeness(answer, w) >= 2)
    return tuple(dict.fromkeys(out))
