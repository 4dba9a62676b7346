"""Whether a word's gloss may depend on its neighbours (:func:`context_matters`): the pipeline computes a word's
gloss once out of context and asks :func:`quizgen.analysis.glosses.gloss_in_context` again only where this says
the neighbours may change it. Read from :mod:`quizgen.analysis.glosses`' own tests of a word's senses."""
from __future__ import annotations

from functools import lru_cache

from quizgen.analysis.glosses import (
    _NUMERALS,
    _VERB_TAGS,
    _adverbial,
    _classifier_senses,
    _gloss_senses,
    _predicate,
)
from quizgen.analysis.names import name_rest, surname_gloss
from quizgen.analysis.sense_rules import (
    Context,
    degree_adverbs,
    is_a_not_a,
    noun_before,
    pos_in_context,
    rules,
)
from quizgen.analysis.sense_slots import edition_label
from quizgen.cache import WORD_CACHE


def context_matters(simplified: str, pos: str, prev: str, prev_pos: str = "", next_pos: str = "",
                    next_: str = "") -> bool:
    """True when the gloss of this word, tagged ``pos`` between words tagged ``prev_pos`` (the word ``prev``)
    and ``next_pos``, may depend on its neighbours (:func:`needs_context`, a verb after 的 or a classifier used as
    a noun: 的要求, the rest of a name, or another part of speech by :func:`sense_rules.pos_in_context`)."""
    return (needs_context(simplified) or edition_label(next_, lambda: _gloss_senses(simplified, None, True)) or pos[:1] == "v" and noun_before(prev) or is_a_not_a(simplified, Context(prev))
            or "、" in (prev, next_) and pos == "vn" or name_rest(simplified, pos, prev, prev_pos)
            or pos[:1] == "v" and (not prev and next_ in degree_adverbs() and len(simplified) > 1  # 配置较高
                                   or prev in ("了", "过") and next_pos in ("", "x", "uj"))  # 受到了限制 (noun_slot)
            or pos == "v" and prev_pos[:1] not in ("", "p", "v", "u", "x") and next_pos in ("", "x")
            and _predicate(simplified)
            or pos == "v" and next_pos in _VERB_TAGS and _adverbial(simplified)
            or pos[:1] == "v" and (next_pos[:1] == "f" and prev_pos[:1] == "n"  # 在…选举中 (gloss_in_context)
                                   or prev_pos == "q" and next_pos in ("", "x"))  # 一段留言， (sense_slots.counted_noun)
            or pos[:1] in ("t", "n") and len(simplified) > 1 and (prev_pos in ("d", "ad") or prev_pos[:1] == "r")  # 已先后自行设计 (the
            and next_pos[:1] in ("v", "d", "r", "p", "n")  # adverb slot: glosses._adverb_slot)
            or (pos != "a" or len(simplified) > 1)
            and pos_in_context(pos, Context(prev, prev_pos, next_ if pos == "a" else "", next_pos), simplified) != pos)


@lru_cache(maxsize=WORD_CACHE)
def needs_context(simplified: str) -> bool:
    """True when the gloss of this word may depend on its neighbours: it has curated rules, classifier senses
    or a surname entry (the pipeline computes the others once per word)."""
    return (simplified in rules() or bool(_classifier_senses(simplified)) or surname_gloss(simplified) is not None
            or len(simplified) >= 2 and all(c in _NUMERALS for c in simplified[:-1]))
