"""The wrong options of a question on what a word means: glosses of other words (asking.meaning_drafts)."""
from __future__ import annotations

import random
from functools import lru_cache

from quizgen.analysis import datafiles, glosses, lexicon, sense_rules
from quizgen.cache import releasable
from quizgen.items import distractors as dx
from quizgen.items import neighbours
from quizgen.items.drafts import similar_length
from quizgen.items.gloss_bridges import bridged
from quizgen.items.meaning_senses import co_listed

MAX_SENSES = 4  # CC-CEDICT senses of a word asked for its meaning: more and its gloss may not be its sense here
GLOSS_SENSES = 2  # senses shown in a meaning option ("to protect; to defend")


def short_gloss(gloss: str) -> str:
    return "; ".join(s.strip() for s in gloss.split(";")[:GLOSS_SENSES] if s.strip())


MAX_GLOSS = 36  # characters of a meaning option: a longer one stands out


def plain_gloss(g: str) -> bool:
    """A gloss a learner reads as a meaning: short, no formula, abbreviation or 'etc' (to receive; to be ...ed
    (praised, educated, punished etc); alcohol; ethanol CH3CH2OH)."""
    return bool(g) and len(g) <= MAX_GLOSS and not any(c.isdigit() or c.isupper() for c in g) \
        and not any(x in g for x in ("...", "…", "etc", "(", "sb", "sth"))


def _one_sense(word: str) -> bool:
    common = [e for e in lexicon.cedict_entries(word) if not e.is_proper]
    return len({e.pinyin.lower() for e in common}) == 1 and 0 < len(glosses.senses(word)) <= MAX_SENSES


def askable(word: str) -> bool:
    """:func:`_one_sense`, and no sense the glosses hide (slang, vulgar, old …: sense_rules.is_unwanted): a text may
    use the hidden one, and the key cannot say it (同志 'comrade' was the key where a Taiwanese text on gay youth
    means 'gay', a strict check, session 21). Options may still come from such words: their gloss is no key."""
    common = [e for e in lexicon.cedict_entries(word) if not e.is_proper]
    return _one_sense(word) \
        and not (HIDDEN_SENSES and any(sense_rules.is_unwanted(s) for e in common for s in e.senses))


#: False: a word with a sense the glosses hide may be asked for its meaning (bench/mutation_check.py
#: "meaning-hidden-sense").
HIDDEN_SENSES = True


@releasable
@lru_cache(maxsize=256)
def _meaning_pool(standard: str, length: int, level: int, cls: frozenset[str]) -> tuple[str, ...]:
    """Listed words of ``length`` characters within one level of ``level`` and of part of speech ``cls``,
    sorted: the candidates of every meaning question on such a word, found once per process instead of once
    per question (a scan of the whole word list each time made books slow)."""
    return tuple(w for w, wl in sorted(lexicon.word_levels(standard).items())
                 if abs(wl - level) <= 1 and len(w) == length and dx.word_class(w) == cls)


def _bonuses(standard: str, word: str, lv: int, cls: frozenset[str]) -> dict[str, int]:
    """The words of ``word``'s meaning pool that are not too close to it (:func:`neighbours.too_close`), each
    with its rank bonus (:func:`neighbours.bonus`), from one Cilin comparison each."""
    return neighbours.bonuses_unless_close(word, [w for w in _meaning_pool(standard, len(word), lv, cls)
                                                  if w != word], neighbours.strict(cls))


#: False: two options' glosses may share a word stem (bench/mutation_check.py "gloss-stems").
GLOSS_STEMS = True


def _glosses_overlap(a: str, b: str) -> bool:
    """Two glosses share an English word stem (its first six letters, words of five letters or more), or a word
    of one holds a word of the other: "excessively; too" and "excessive; undue" (过于, 过分) mean the same, so a
    student drops both; so do "especially" and "specially" (特意 beside 特别: strict check, session 17)."""
    def words(g: str) -> set[str]:
        return {w for w in g.lower().replace(";", " ").replace(",", " ").split() if len(w) >= 5}

    wa, wb = words(a), words(b)
    return GLOSS_STEMS and (bool({w[:6] for w in wa} & {w[:6] for w in wb})
                            or any(x in y or y in x for x in wa for y in wb))


@releasable
@lru_cache(maxsize=4096)
def cached(standard: str, word: str, lv: int, gloss: str, near: frozenset[str], seed: str, tag: str = ""
           ) -> tuple[tuple[str, str], ...] | None:
    """:func:`options` drawn with ``random.Random(seed)``, cached: the build drafts a sentence's meaning question
    at its paragraph's step and the next one's (and again when the allocator asks twice), each time sorting
    the whole pool (a tenth of a book's build)."""
    return options(standard, word, lv, gloss, near, random.Random(seed), tag)


#: False: a verb's gloss ("to search") may stand among nouns' (trade, forecast), where the key is the one gloss of
#: its shape (strict check, session 19: 贸易 against "clinical / forecast / to search"; bench/mutation_check.py
#: "meaning-same-shape").
SAME_SHAPE = True


def options(standard: str, word: str, lv: int, gloss: str, near: frozenset[str], rng: random.Random, tag: str = ""
            ) -> tuple[tuple[str, str], ...] | None:
    """Three glosses of other words (word, gloss) for a question on what ``word`` (glossed ``gloss``, at level
    ``lv``, tagged ``tag`` in its sentence) means: same length and part of speech, level within one of ``lv``,
    sharing no sense with it or with each other, none of the words ``near`` (its paragraph's). A word whose
    sources leave its class undecided takes its class in the sentence (``tag``), as far as Cilin agrees; with
    none it has no options (荣获 stood among "symmetry" and "in addition", words of no class either)."""
    from quizgen.items.word_classes import tagged_class

    cls = dx.word_class(word) or (tagged_class(word, tag) if SAME_KIND else frozenset())
    if SAME_KIND and not cls:
        return None
    pool = [w for w in _meaning_pool(standard, len(word), lv, cls) if w != word and w not in near]
    rng.shuffle(pool)
    # the target's Cilin neighbourhood first (学者 against 作家/记者/教授, not "odor"/"leak"): a meaning of a word
    # that could stand in the sentence is plausible, and the word itself is not there to give it away; never a
    # near-synonym (Cilin 小类, for verbs and adjectives 中类), whose meaning would be a second right answer
    bonus = _bonuses(standard, word, lv, cls)
    pool = [w for w in pool if w in bonus and (not SAME_KIND or same_kind(word, w, cls, bonus[w]))]
    kind = neighbours.noun_kind(word) if cls == {"n"} else ""
    pool.sort(key=lambda w: (-(bool(kind) and neighbours.noun_kind(w) == kind), -bonus[w]))
    chosen: list[tuple[str, str]] = []
    key = short_gloss(gloss)
    for w in pool[:300]:
        g = short_gloss(glosses.gloss(w) or "")
        if not plain_gloss(g) or g == key or not similar_length(g, key) or not _one_sense(w) \
                or (SAME_SHAPE and g.startswith("to ") != key.startswith("to ")) \
                or dx.is_synonym(w, word) or bridged(w, word, standard) or co_listed(w, word) \
                or any(dx.is_synonym(w, c) or g == cg or _glosses_overlap(g, cg) for c, cg in chosen) \
                or _glosses_overlap(g, key):
            continue
        chosen.append((w, g))
        if len(chosen) == 3:
            return tuple(chosen)
    return None


#: False: a meaning option may be of another kind than the key (bench/mutation_check.py "meaning-same-kind").
SAME_KIND = True


def same_kind(word: str, other: str, cls: frozenset[str], bonus: int) -> bool:
    """``other``'s meaning is of ``word``'s kind, for a noun Cilin files: in its Cilin neighbourhood
    (:func:`neighbours.bonus` > 0: the 中类, or the 大类, above the synonyms), and for a concrete thing (Cilin B) of its 中类
    (:func:`neighbours.noun_kind`: food, clothing, weather, microbes … are kinds a reader tells apart at once).
    实地 'on-site' (a place) stood beside "throat" and "price level", 病毒 'virus' among "necktie", "stone" and
    "lightning": no reader weighs them (strict check, session 21). People, places and abstract things of the key's
    own 中类 are only ranked first (:func:`options`): requiring them left most such words without three options."""
    if cls != {"n"} or not neighbours.codes(word):
        return True  # verbs, adjectives and function words as ranked; a word Cilin lacks as before
    kind = neighbours.noun_kind(word)
    return bonus > 0 and (not kind.startswith("B") or neighbours.noun_kind(other) == kind)


#: False: a verb that is the object of 有 is asked with its verb sense (bench/mutation_check.py "meaning-has-object").
HAS_OBJECT = True
_HAS = datafiles.word_sets("question_words.tsv")["has_object"]


def object_of_have(toks, tok) -> bool:
    """``tok``, a verb glossed "to …", is the object of 有/没有/很有 … closing its phrase (有担当的人, 很有担当。):
    a noun there ("a sense of responsibility"), so its verb gloss is not its sense (strict check, session 19)."""
    k = next(i for i, t in enumerate(toks) if t is tok)
    prev = toks[k - 1] if k else None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return HAS_OBJECT and tok.pos[:1] == "v" and prev is not None and prev.simplified in _HAS \
        and short_gloss(tok.gloss or "").startswith("to ") \
        and (nxt is None or not nxt.is_word or nxt.simplified in ("的", "之"))
