"""Which words a word-meaning question may ask about (:func:`quizgen.items.asking.meaning_drafts`): the passage's
idioms, the targets at the sheet's level or one below with one common sense, and words above the level."""
from __future__ import annotations

from quizgen.analysis import glosses, lexicon
from quizgen.items import distractors as dx
from quizgen.items import idioms
from quizgen.items import neighbours as nb
from quizgen.items.context import Context
from quizgen.items.meaning_options import askable

#: No word-meaning question on a time word (bench/mutation_check.py "meaning-no-time-word": False asks them).
NO_TIME_WORDS = True


def time_word(word: str) -> bool:
    """A word for a time (jieba's 't', Cilin's Ca: 近来, 如今, 周末): the other options of its question are times
    too, and relative ones overlap (近来 keyed "recently; lately" beside 如今's "nowadays; now", strict check,
    session 17), or they need no reading at all (周末 "weekend" beside "summer", "birthday")."""
    return NO_TIME_WORDS and (dx.word_class(word) == frozenset({"t"}) or nb.primary(word).startswith("Ca"))


def meaning_words(ctx: Context):
    """(word, its occurrences, an idiom) that may be asked for their meaning: the passage's idioms
    (:mod:`quizgen.items.idioms`: the exam asks them first), then the targets at the level or one below with one
    common sense (no time word), then listed words above the level (:func:`_above_level`)."""
    if IDIOMS and ctx.doc.level >= idioms.MIN_LEVEL:
        yield from ((w, occ, True) for w, occ in idioms.occurrences(ctx) if w not in ctx.used)
    for target in ctx.targets:
        w = target.simplified
        if w not in ctx.used and len(w) >= 2 and askable(w) and target.level >= ctx.doc.level - 1 \
                and not time_word(w) and not (IDIOMS and idioms.idiom_meaning(w)):
            yield w, target.occurrences, False
    if ABOVE_LEVEL:
        yield from ((w, occ, False) for w, occ in _above_level(ctx))


#: False: no question on what an idiom means (bench/mutation_check.py "idiom-meaning").
IDIOMS = True
#: False: no word above the sheet's level is asked for its meaning (bench/mutation_check.py "meaning-above-level").
#: The exam asks what such a word means from its context (画线词语); the sheet does not explain it (glossing).
ABOVE_LEVEL = True
#: CC-CEDICT senses of a word above the level asked for its meaning: few, so that the key (two of them) most likely
#: holds its sense in the sentence (帖子, four senses, was keyed "card; invitation" for an online post).
ABOVE_SENSES = 3


def _above_level(ctx: Context) -> list[tuple[str, list]]:
    """Listed words above the sheet's level with one common sense, and their occurrences in item spans (each span
    holding the word once), in text order: what the context must explain, as the exam asks it."""
    out: dict[str, list] = {}
    listed = lexicon.word_levels(ctx.doc.standard)
    for span in idioms.spans(ctx):
        for t in span.tokens:
            w = t.simplified
            if t.is_word and not t.proper_noun and listed.get(w, 0) > ctx.doc.level and len(w) >= 2 \
                    and w not in ctx.used and w not in ctx.known and askable(w) and not time_word(w) \
                    and len(glosses.senses(w)) <= ABOVE_SENSES \
                    and sum(x.simplified == w for x in span.tokens) == 1:
                out.setdefault(w, []).append((span, t))
    return list(out.items())
