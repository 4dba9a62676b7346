"""A cause opened and closed inside one clause: S因为/由于/因 A 而 B (他因为生病而没来上课), for ``why`` questions
(:mod:`quizgen.items.causes`). The cue words are cues.tsv's roles ``cause``, ``cause_paired`` (因, a cause only
with 而 after it) and ``cause_close`` (而)."""
from __future__ import annotations

from quizgen.analysis.document import Token
from quizgen.items.cues import cue_words

#: False: a cause closed by 而 inside its clause is not asked (bench/mutation_check.py "inner-cause").
INNER_CAUSE = True


def inner_cause(c: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(effect, cause) of one clause S因为/由于/因 A 而 B (cues.tsv roles ``cause``/``cause_paired`` and ``cause_close``):
    the effect is SB and the cause A (他因为生病而没来 → 他没来, 生病); with a result verb opening B (导致, 造成:
    公司因为过度投放车辆而导致街道上堆满了自行车) the effect is what the verb brings about and the cause SA. S is
    nothing or a noun phrase (nouns, names, pronouns, numerals, measure words, time words, ending in a noun, name
    or pronoun); a verb before the cue makes the cue part of a longer phrase, and is refused."""
    if not INNER_CAUSE:
        return None
    cues = set(cue_words("cause")) | set(cue_words("cause_paired"))
    close = set(cue_words("cause_close"))
    k = next((i for i, t in enumerate(c) if t.simplified in cues), None)
    if k is None:
        return None
    j = next((i for i in range(k + 2, len(c)) if c[i].simplified in close), None)
    if j is None or j + 2 > len(c):
        return None
    subject = c[:k]
    if subject and not (all(t.is_word and (t.pos[:1] in ("n", "r", "m", "q", "t", "s") or t.pos == "vn"
                                             or _attributive(subject, i))
                            for i, t in enumerate(subject))
                        and (subject[-1].pos[:1] in ("n", "r", "s") or subject[-1].pos == "vn" or subject[-1].proper_noun)):
        return None
    reason, effect = c[k + 1:j], c[j + 1:]
    if any(t.simplified in cues or t.simplified in close for t in reason) \
            or not any(t.pos[:1] in ("v", "a", "d") and t.pos != "vn" for t in reason):
        return None  # 因为A而B而C: which part is the cause?; 因这件事而…: a thing, no cause a clause can state
    if subject and subject[-1].simplified.startswith(("这", "那")):
        return None  # 那因面对小森而兴奋过度的声带: a determiner before, so the whole is a noun phrase, no clause
    if any(t.simplified in cue_words("purpose") or t.simplified == "为" for t in reason):
        return None  # 因为巴方不愿为“赶时间”而牺牲民族利益: 而 closes 为…, the cause is all of it
    de = next((i for i, t in enumerate(effect) if t.pos == "uj"), None)
    if effect[-1].pos == "uj" or (de is not None and not any(t.pos[:1] in ("n", "r") for t in effect[:de])):
        return None  # 因A而被捕的15名分子…: the cause is inside a noun phrase (…而发生的亏损), not of the clause
    if effect[0].pos[:1] == "v" and effect[0].simplified in cue_words("result") and len(effect) > 1:
        return effect[1:], subject + reason
    return subject + effect, reason


def _attributive(toks: list[Token], i: int) -> bool:
    """A verb inside a noun phrase, before a noun (共享 of 共享单车公司)."""
    return toks[i].pos[:1] == "v" and i + 1 < len(toks) and toks[i + 1].pos[:1] == "n"


