"""Whether a word-meaning question's key is the word's sense in its sentence, and whether a wrong option is of the
key's kind without meaning the same (:func:`quizgen.items.asking.meaning_drafts`, :mod:`.meaning_options`).

A key shows at most two of the word's CC-CEDICT senses (:data:`meaning_options.GLOSS_SENSES`), in the part of
speech the tagger gives it. Two ways that goes wrong, seen by strict checks of printed sheets (session 21):

* the word stands where an adverb stands and has a sense of adverb shape the key does not show (用手机全程拍了下来:
  全程 'from beginning to end', keyed 'the whole distance': :func:`adverb_sense_hidden`), or after a degree adverb
  with an adjective's sense the key does not show (外观比较时尚 keyed 'fashion; fad': :func:`degree_sense_hidden`);
* a sense the key hides is what the passage is about (不会装程序的同志们 in a review of a laptop: 程序 'computer
  program', keyed 'procedures; sequence': :func:`hidden_sense_named`). Which sense the sentence means the dictionary
  does not say; that the passage names the hidden one is reason enough not to ask.

A wrong option whose word shares a sense with the key's through a third listed word (价格 'price' against 成本 'costs':
代价 is 'price; cost') is a second right answer (:func:`co_listed`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from quizgen.analysis import glosses, lexicon
from quizgen.analysis.document import Token
from quizgen.analysis.sense_pos import pos_rank
from quizgen.cache import releasable

#: False: a word before a verb is asked whatever its senses of adverb shape (bench/mutation_check.py
#: "meaning-adverb-sense").
ADVERB_SENSE = True
#: False: a hidden sense the passage names does not stop the question (bench/mutation_check.py
#: "meaning-hidden-named").
HIDDEN_NAMED = True
#: False: an option may share a sense with the key through a third word (bench/mutation_check.py "meaning-co-listed").
CO_LISTED = True

_WORD = re.compile(r"[a-z]+")
# English words of five letters or more that name no field of meaning: a hidden sense holding only these is not
# what a passage names
_EMPTY = frozenset({"about", "another", "certain", "having", "other", "person", "people", "something", "someone",
                    "thing", "things", "their", "there", "which", "being", "whole", "sense"})


_POINTER = ("CL:", "see ", "variant of", "used in", "abbr.", "Taiwan pr.", "also written", "also pr.")
_NOTE = re.compile(r"\s*\([^()]*\)\s*")


def _senses(word: str) -> list[str]:
    """The word's senses in its common CC-CEDICT entries without notes in parentheses, pointers and classifiers."""
    return [c for e in lexicon.cedict_entries(word) if not e.is_proper for s in e.senses
            if not s.startswith(_POINTER) and (c := _NOTE.sub(" ", s).strip())]


def _stems(text: str) -> set[str]:
    """The stems (first six letters) of the words of five letters or more in ``text``: 'computing' and 'computer'
    are one."""
    return {w[:6] for w in _WORD.findall(text.lower()) if len(w) >= 5 and w not in _EMPTY}


def _hidden(word: str, key: str) -> list[str]:
    """The senses of ``word`` the key does not show and that share no word stem with the key's."""
    shown = {s.strip() for s in key.split(";")}
    stems = _stems(key)
    return [s for s in _senses(word) if s not in shown and not _stems(s) & stems]


def adverb_sense_hidden(toks, tok: Token, key: str) -> bool:
    """``tok``, tagged a noun, stands right before a verb or an adverb (用手机全程拍了下来) and has a sense of adverb
    shape ('from beginning to end', '-ly': what the tagger's noun ranks below its own) that the key does not show:
    it may be used as that adverb, and which sense is meant is unsure."""
    if not ADVERB_SENSE or tok.pos[:1] != "n" or tok.pos.startswith(("nr", "ns", "nt", "nz")):
        return False
    k = next(i for i, t in enumerate(toks) if t is tok)
    nxt = next((t for t in toks[k + 1:] if t.is_word), None)
    if nxt is None or toks[k + 1] is not nxt or nxt.pos[:1] not in ("v", "d"):
        return False
    shown = {s.strip() for s in key.split(";")}
    return any(s not in shown and not s.startswith("to ") and pos_rank(s, "n") > 0 for s in _senses(tok.simplified))


#: Letters of a hidden sense's word that a passage's gloss must share: shorter ones ('after', 'great', 'place')
#: stand in the glosses of any text (毕竟 'after all' beside 然后 'after that' on the held-out passages).
NAMED_LETTERS = 7


#: False: a noun after a degree adverb is asked whatever its adjective senses (bench/mutation_check.py
#: "meaning-degree-sense").
DEGREE_SENSE = True


def degree_sense_hidden(toks, tok: Token, key: str) -> bool:
    """``tok``, tagged a noun, follows a degree adverb (外观比较时尚: 很, 比较, 非常 …, degree_adverbs.txt) and has a
    sense of adjective form ('fashionable') while the key shows none ('fashion; fad'): there it is that adjective
    (很基本的问题 keeps 'basic; fundamental')."""
    from quizgen.analysis.sense_pos import is_adjective_form
    from quizgen.analysis.sense_rules import degree_adverbs

    if not DEGREE_SENSE or tok.pos[:1] != "n":
        return False
    k = next(i for i, t in enumerate(toks) if t is tok)
    if not k or toks[k - 1].simplified not in degree_adverbs():
        return False
    shown = {s.strip() for s in key.split(";")}
    return not any(is_adjective_form(s) for s in shown) \
        and any(s not in shown and is_adjective_form(s) for s in _senses(tok.simplified))


def hidden_sense_named(word: str, key: str, near: frozenset[str]) -> bool:
    """A sense of ``word`` the key hides (:func:`_hidden`) has a word of seven letters or more whose stem a gloss
    of another word ``near`` it (its paragraph's) has, a gloss that shares no stem with the key: 程序 'computer
    program' beside 驱动程序 'device driver (computing software)'. A gloss that has the key's stem too joins the
    two senses instead (贯彻 'to implement', hidden 'to carry out', beside 执行 'to implement; to carry out')."""
    if not HIDDEN_NAMED:
        return False
    hidden = {w[:6] for s in _hidden(word, key) for w in _WORD.findall(s.lower()) if len(w) >= NAMED_LETTERS}
    if not hidden:
        return False
    mine = _stems(key)
    return any(hidden & stems and not mine & stems
               for stems in (_stems(glosses.gloss(w) or "") for w in sorted(near) if w != word))


def _lemma(sense: str) -> str:
    """A sense without a plural's s ('costs' is 'cost')."""
    return sense[:-1] if len(sense) > 4 and sense.endswith("s") and not sense.endswith("ss") else sense


@releasable
@cache
def _by_sense() -> dict[str, frozenset[str]]:
    """Normalised sense (:func:`glosses.senses`, plurals as singulars) -> the listed words of any standard that
    have it."""
    out: dict[str, set[str]] = defaultdict(set)
    for w in sorted(lexicon.all_hsk_words()):
        for s in glosses.senses(w):
            out[_lemma(s)].add(w)
    return {s: frozenset(ws) for s, ws in out.items()}


def co_listed(a: str, b: str) -> bool:
    """A third listed word has a sense of ``a`` and one of ``b`` (代价 'price; cost' for 价格 and 成本): the two
    mean nearly the same, so one is no wrong option beside the other."""
    if not CO_LISTED:
        return False
    index = _by_sense()

    def holders(w: str) -> set[str]:
        return set().union(*(index.get(_lemma(s), frozenset()) for s in glosses.senses(w)))

    return bool((holders(a) & holders(b)) - {a, b})
