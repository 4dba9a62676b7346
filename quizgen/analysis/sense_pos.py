"""Which English senses suit a part of speech: CC-CEDICT's senses ranked for jieba's tag of the word in its
sentence (:func:`pos_rank`: 花 tagged v 'to spend', not 'flower'; 先 tagged d 'first', not 'early'), and the
form of an adjective's sense (:func:`is_adjective_form`) or an adverb's (:func:`is_adverb_form`). Plain functions of
English strings; the one list they read is ``quizgen/data/ly_not_adverbs.txt``.
"""
from __future__ import annotations

import re

from quizgen.analysis import datafiles

# Senses an adverb (jieba tag d) is usually glossed with: 先 'first', not 'early; prior'; 纷纷 'one after another',
# not 'continuously'; 一举 'in one move', not 'a move'.
_ADVERB_SENSE = re.compile(
    r"^(first|still|again|also|already|only|just|then|even|yet|both|never|always|soon|together|almost|once"
    r"|not|no longer|at once|right away|immediately|very|too|quite|rather|more|most|all"
    r"|one after another|one by one|in succession|in a row|in one\b|at (a|one) stroke"
    r"|indiscriminate|random|arbitrary)\b"  # 乱收费: 'arbitrary', not 'in confusion or disorder'
)
# Less usual adverb senses, still before the senses of other parts of speech: 'in advance', 'continuously'.
_ADVERBIAL = re.compile(r"^(in|at|on|by|with) ")
# Senses of a modal verb, which a word used as a noun does not have (在会上: 'meeting', not 'can').
_MODAL_SENSE = re.compile(r"^(can|may|must|will|should|would|could)\b")
# Senses of a preposition, an adverb or a conjunction, which a word used as a noun does not have.
_FUNCTION_SENSE = re.compile(r"^(according to|in accordance with|as |by |from |towards?\b|than\b"
                             r"|if\b|supposing\b|assuming\b|provided\b)")  # 我们的假设: 'hypothesis', not 'if'


def _verbal(sense: str) -> bool:
    """A sense that glosses a verb: 'to spend', or a predicate ending in 'to' ('accustomed to', 'used to')."""
    return sense.startswith("to ") or sense.endswith(" to")


def pos_rank(sense: str, pos: str) -> int:
    """0 for a sense that suits jieba's tag ``pos``, higher otherwise (a stable sort keeps dictionary order):
    for adverbs 0 the usual adverb senses, 1 other adverbial ones ('in advance', '-ly' but not 'to take
    seriously'), 2 the rest."""
    verbal = _verbal(sense)
    if pos in ("d", "ad"):  # ad: an adjective used as an adverb (充分認識 'fully', not 'ample')
        if _ADVERB_SENSE.match(sense):
            return 0
        return 1 if _ADVERBIAL.match(sense) or sense.endswith("ly") and sense != "early" and not verbal else 2
    if pos[:1] == "v" and pos != "vn":
        return 0 if verbal else 1
    if pos[:1] in ("n", "t", "s", "a", "b") and pos != "nr":  # nouns, adjectives: 丰富 'rich', not 'to enrich'
        if pos[:1] in ("n", "t", "s") and (_FUNCTION_SENSE.match(sense) or sense.endswith("ly")
                                           or _MODAL_SENSE.match(sense)):
            return 1  # 拍了照 'photo', not 'according to'; 違反自然 'nature', not 'naturally'; 会 'meeting'
        return 1 if verbal else 0
    return 0


_ADJECTIVE_FORM = re.compile(r"^(?!(to|a|an|the) )[\w-]+(ed|ing|ful|ous|ive|ish|ant|ent|y|ble|al|ic|less)$")


def is_adjective_form(sense: str) -> bool:
    """'busy', 'well-developed', 'prosperous': a sense with an adjective's ending and no 'to'/article."""
    return bool(_ADJECTIVE_FORM.match(sense))


VERBAL_NOUN_SENSES = 3  # a noun sense further down is a rarer use (审查 'to examine; to investigate; to censor
# out; censorship', 活动 'to exercise; … loose; shaky; active; activity')


def verbal_noun_tag(senses: list[str]) -> str:
    """The tag to rank a verbal noun's ``senses`` by where it heads a noun phrase (:func:`sense_rules.
    pos_in_context`'s "nv"): a noun's ("n") if CC-CEDICT lists a noun sense among its first ones (工作 'job'),
    else its own ("vn", dictionary order)."""
    return "n" if any(pos_rank(c, "n") == 0 for c in senses[:VERBAL_NOUN_SENSES]) else "vn"


_ADVERB_FORM = re.compile(r"^(?!(to|a|an|the) )[\w-]+ly$")


def is_adverb_form(sense: str) -> bool:
    """'alternately', 'repeatedly': a sense of one word with an adverb's ending (not 'early', 'only' …, whose -ly
    is no suffix, nor a verb's 'to apply')."""
    return bool(_ADVERB_FORM.match(sense)) and sense not in datafiles.words("ly_not_adverbs.txt")
