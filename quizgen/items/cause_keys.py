"""What a cause, purpose or result clause must be to serve as a key (:mod:`quizgen.items.causes`): a clause that says
something (no frame), names an event (no pronoun's phrase, nothing pointing back) and speaks to nobody (no 你)."""
from __future__ import annotations

from quizgen.analysis import datafiles
from quizgen.analysis.document import Token
from quizgen.items.cues import cue_words


def says(toks: list[Token]) -> bool:
    """A cause, purpose or result that says something, not a frame: no clause opening with 在/对/关于/就 … without a
    verb after it (因为在天时、地利、人和三个方面，克林顿一项都不占: 在…三个方面 is where, not why). jieba's tags are
    too rough to ask for a verb everywhere (不太热情: 热情 n), so only the frame is refused."""
    words = [t for t in toks if t.is_word]
    if FRAMES_CLOSED and len(words) > 1 and words[-1].simplified in cue_words("frame_close") \
            and any(t.simplified in cue_words("frame") for t in words[:-1]):
        return False  # 因为我从11岁起，…: 从…起 says since when (cues.tsv frame_close)
    return bool(words) and not (words[0].simplified in cue_words("frame") and not any(t.pos[:1] == "v" for t in words[1:]))


#: False: a clause closing a frame (从…起) may be a cause (bench/mutation_check.py "cause-frame-closed").
FRAMES_CLOSED = True
#: False: a cause may be a pronoun's phrase or point back (bench/mutation_check.py "cause-pointing").
POINTING = True
_DEMONSTRATIVES = ("这", "那")


def pointing(toks: list[Token]) -> bool:
    """The cause names no event a student can read in it: a noun phrase (no verb or adjective) ending in a pronoun
    (因为那时的你，可能已是…: 那时的你 is a person, not why), or a short one opening with 这/那 (因为这个原因: the
    reason is in another sentence). A noun phrase of an event is a cause (由于疫情的影响, 因为这些年的经济发展)."""
    words = [t for t in toks if t.is_word]
    if not POINTING or not words:
        return False
    phrase = not any(t.pos[:1] in ("v", "a") and t.pos != "vn" for t in words)  # 因为他喜欢你 is a clause
    return phrase and (words[-1].pos[:1] == "r" or (len(words) <= 3 and words[0].simplified.startswith(_DEMONSTRATIVES)))


#: False: a key may say 你 (bench/mutation_check.py "cause-key-addressed").
ADDRESSED = True
_YOU = datafiles.word_sets("question_words.tsv")["addressee"]


def addressed(toks: list[Token]) -> bool:
    """The key says 你/您: someone in the text speaks to someone without quotation marks (于是说你还是在家写作吧), and
    as an option it speaks to the student (strict check, session 21)."""
    return ADDRESSED and any(t.simplified in _YOU for t in toks)


#: False: a clause whose subject points back (这一建议未被采纳) is never the clause a why question quotes
#: (bench/mutation_check.py "cause-stem-points-back").
STEM_POINTS_BACK = True
_POINTERS = ("这", "那", "该", "此")  # demonstratives that open a noun phrase pointing back


def points_back(toks: list[Token]) -> bool:
    """A statement whose subject is a noun after a demonstrative (由于学校经费困难，这一建议未被采纳): as a key or an
    option it would not say which proposal, but quoted in the stem it is the text's own clause, found where it
    stands, and the question (“这一建议未被采纳”是因为：) reads. The demonstrative is a word of its own or opens one
    (这一, 这个, 该); only numerals and measure words come between it and the noun; the rest stands alone."""
    from quizgen.items.statements import stands_alone

    words = [t for t in toks if t.is_word]
    if not STEM_POINTS_BACK or len(words) < 3 or words[0].pos[:1] != "r" \
            or not words[0].simplified.startswith(_POINTERS):
        return False
    k = 1
    while k < len(words) and words[k].pos[:1] in ("m", "q"):
        k += 1
    return k < len(words) - 1 and words[k].pos[:1] == "n" and words[k].pos != "vn" and stands_alone(words[k:])
