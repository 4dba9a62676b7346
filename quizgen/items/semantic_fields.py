"""Coarse semantic fields and dictionary parts of speech from CC-CEDICT's English senses.

Why: the hand check of docs/items-quality.md found that the distractors which made an item ambiguous were
co-hyponyms of the answer — 人民/人类, 歌词/歌曲, 维护/奉行, 现实/现状 — words that share no CC-CEDICT sense
and so pass the synonym check, yet fit the same slot. We have no thesaurus or word vectors offline, but the
English senses name the field: "the people" and "humanity" are both about persons, "to safeguard" and "to
pursue (a policy)" both about keeping to a course. A distractor that shares a field with the answer is too close
to be safely wrong and is rejected (it is not ranked up as "plausible").

The field lists are hand-made from the failures of the hand checks and from the commonest heads of CC-CEDICT
senses of HSK 4–6 words; a word may be in several fields. They err towards rejecting: the candidate pool of a
gap holds hundreds of words, so a false rejection costs nothing but choice.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analysis import lexicon
from quizgen.cache import WORD_CACHE
from quizgen.memo import remembered

# Words of an English sense that say nothing about its field.
_GENERIC = frozenset("""
to be a an the of sb sth one one's oneself in on at for with by from and or as it is not up out off over into
something someone somebody thing things way kind sort type make do get have has give take put let go come
used also etc e.g lit fig esp especially etc. very much more most some any all such other another certain
particular general whole part being been this that these those which who what whose where when how than
people's used cl about able around back down abbr also variant see similar
""".split())

#: field name -> English lemmas that put a sense in it
FIELDS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    # nouns
    "person": "person people human humanity mankind staff member personnel talent citizen resident population crowd "
              "public couple husband wife relative relatives family friend colleague graduate student worker "
              "soldier fighter warrior individual personage figure official expert scholar teacher patient "
              "customer passenger visitor audience spectator child parent youth elder volunteer employee leader "
              "owner master masses folk persons inhabitant native compatriot kin",
    "time": "time evening morning night noon dawn dusk future past present tomorrow yesterday today period era age epoch moment year day month century "
            "season formerly currently recently history now then previously nowadays lately times",
    "place": "place area region district location position site zone spot neighborhood community scene "
             "locality seat territory vicinity surroundings",
    "state": "situation condition circumstance state status reality actuality phenomenon case trend prospect "
             "outlook predicament",
    "degree": "degree extent level scale scope standard rate quantity amount size proportion ratio percentage "
              "magnitude",
    "vehicle": "vehicle car train bus ship boat plane aircraft truck bicycle motorcycle automobile",
    "art": "song music lyric lyrics poem poetry literature article essay book novel story film movie painting "
           "art drama opera melody tune",
    "calamity": "war conflict hunger famine poverty disaster calamity crisis suffering hardship danger threat "
                "disease illness misfortune plight starvation impoverished poor destitute",
    "merit": "value worth significance meaning importance role contribution effect influence impact function "
             "benefit achievement result outcome success gain harvest accomplishment",
    "view": "view viewpoint opinion idea thought concept notion perspective angle attitude standpoint "
            "evaluation assessment judgment comment criticism appraisal",
    "feeling": "feeling emotion mood sentiment joy pleasure happiness sorrow anger fear atmosphere delight "
               "interest fun enjoyment",
    "organization": "organization company institution association society group team committee department "
                    "agency bureau office government authority union enterprise firm school college university",
    "method": "policy plan program programme strategy measure method approach mode pattern system mechanism "
              "means procedure rule regulation principle structure composition framework makeup institution",
    # verbs
    "create": "create produce build construct establish found develop generate bring cause invent",
    "meet": "welcome greet meet receive face encounter usher await",
    "uphold": "maintain safeguard defend protect uphold preserve guard keep pursue implement carry practice "
              "adopt follow observe enforce execute perform consolidate",
    "possess": "possess own contain include hold equip equipped provide enjoy share occupy",
    "say": "say speak tell state declare announce express report stress emphasize mention claim indicate "
           "explain remark",
    "agree": "agree accept promise permit allow approve consent grant",
    "think": "think consider believe regard suppose deem reckon assume expect hope wish",
    "judge": "evaluate assess judge appraise review criticize praise examine inspect comment",
    "increase": "increase raise improve enhance strengthen promote boost expand grow rise advance accelerate "
                "intensify heighten",
    "decrease": "decrease reduce lower cut decline drop fall weaken shrink lessen diminish",
    "attain": "obtain gain acquire achieve attain win reach realize accomplish fulfil fulfill succeed",
    "endure": "bear endure suffer tolerate undergo experience withstand",
    "escape": "escape rid overcome avoid shake",
    "move": "go arrive leave enter return move travel visit head",
    # adjectives
    "hard": "difficult hard arduous tough strenuous harsh",
    "special": "special unusual extraordinary peculiar unique particular distinctive",
    "good": "good fine excellent splendid wonderful great superior",
}.items()}


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
