"""★ What an idiom (成语) of the passage means: the reading exam's "画线成语的意思是" (HSK 5–6), as a ``meaning``
question.

An idiom is a word of four characters with one CC-CEDICT entry (proper nouns aside) that the dictionary marks
"(idiom)": 束手无策, 人心惶惶, 热火朝天. Its meaning (:func:`meaning`) is what the entry says it means, never the
word-by-word reading it often gives first: the sense after "fig.", else what follows a literal reading ("lit. …
(idiom); exists only in name", "one move, two gains (idiom); two birds with one stone"), else the sense the mark
stands on. An idiom's characters rarely say what it means, so the question asks for understanding, not for
characters a learner knows: the passage's context is the help.

The wrong options are the meanings of three other common idioms (wordfreq, :data:`MIN_ZIPF`) of the same shape
(a "to …" meaning against "to …" ones), of a length like the key's, sharing no character with it (成千上万 beside
千千万万 would point at it), no English word stem with it or with each other, no sense a listed word bridges
(:func:`quizgen.items.gloss_bridges.bridged`), and not in its paragraph. Cilin files idioms by what they say
of a person or a situation (Ee virtues, Ef situations), so one 中类 holds near meanings (百折不挠 'to keep on
fighting in spite of all setbacks' beside 任劳任怨 'to work hard without complaint'): as for verbs
(:func:`quizgen.items.neighbours.too_close` with ``verb``), an idiom of the key's 中类, or of another option's,
is no option, and those of its 大类 come first (the same kind of description), drawn with the question's own seed. The idiom is asked only where the sentence may
carry a word-meaning question at all (:func:`quizgen.items.asking.meaning_drafts` applies the same checks), and
the sheet never explains it (:func:`quizgen.export.worksheet.glossing.gapped_words`).
"""
from __future__ import annotations

import re
from functools import cache

from quizgen.analysis import cedict_index, lexicon
from quizgen.analysis.han import is_han
from quizgen.cache import keep_last
from quizgen.items import neighbours as nb
from quizgen.items.drafts import similar_length
from quizgen.items.gloss_bridges import bridged

MARK = "(idiom)"
LENGTH = 4
#: Wrong options come from idioms at least this common (Zipf: about one in 300 million words; 煞有介事 is 2.0,
#: 束手无策 3.4): a rare idiom's meaning is one no reader weighs.
MIN_ZIPF = 2.5
#: Characters of an idiom's meaning shown as an option (a word's is at most meaning_options.MAX_GLOSS).
MAX_MEANING = 44
_FIG = re.compile(r"\bfig\.\s*(.+)$")
_PAREN = re.compile(r"\s*\([^()]*\)\s*")


def _clean(text: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip(" ;,.")
    return text or None


def meaning_of(senses: tuple[str, ...]) -> str | None:
    """The meaning an idiom's CC-CEDICT senses give (see the module docstring), with the sense after it when that
    is one too (参差不齐: "variable; uneven"), or None when they give none."""
    ss = [s.strip() for s in senses if s.strip()]
    for k, s in enumerate(ss):
        m = _FIG.search(s)
        if m:
            return _with_next(_clean(m.group(1)), ss, k)
    for k, s in enumerate(ss):
        if MARK not in s:
            continue
        before, _, after = s.partition(MARK)
        before, after = before.strip(" ;,"), after.strip(" ;,")
        if after:  # "lit. … (idiom); meaning", "literal reading (idiom); meaning", "(idiom) meaning"
            return _with_next(_clean(after), ss, k)
        if before.startswith("lit."):
            return _with_next(_clean(ss[k + 1]), ss, k + 1) if k + 1 < len(ss) else None
        return _with_next(_clean(before), ss, k)  # the sense marked: 异口同声 "different mouths, same voice/to speak
        # in unison (idiom)" gives a literal reading first, 形同虚设 "to exist in name only/…/useless (idiom)" not
    return None


def _with_next(meaning: str | None, ss: list[str], k: int) -> str | None:
    """``meaning`` (sense ``k``) and the sense after it when that is a plain meaning of the same shape."""
    nxt = _clean(ss[k + 1].replace(MARK, "")) if k + 1 < len(ss) else None
    if meaning and nxt and plain(nxt) and not nxt.startswith("fig.") \
            and nxt.startswith("to ") == meaning.startswith("to ") and plain(f"{meaning}; {nxt}"):
        return f"{meaning}; {nxt}"
    return meaning


def plain(meaning: str | None) -> bool:
    """A meaning a learner reads as one: short, without a bracket, a formula, 'sb'/'sth' or 'etc', no Chinese."""
    return bool(meaning) and len(meaning or "") <= MAX_MEANING and not _PAREN.search(meaning or "") \
        and not any(c.isdigit() or is_han(c) for c in meaning or "") \
        and not any(x in f" {meaning} " for x in (" sb ", " sb's ", " sth ", " etc", "...", "…", "/", " lit. "))


def idiom_meaning(word: str) -> str | None:
    """The meaning of ``word`` (Simplified) if it is an idiom of one entry with a plain meaning, else None."""
    if len(word) != LENGTH or not all(is_han(c) for c in word):
        return None
    common = [e for e in lexicon.cedict_entries(word) if not e.is_proper]
    if len(common) != 1 or not any(MARK in s for s in common[0].senses):
        return None
    got = meaning_of(common[0].senses)
    return got if plain(got) else None


@cache
def pool() -> tuple[tuple[str, str], ...]:
    """(idiom, meaning) of every common idiom with a plain meaning, in headword order."""
    from quizgen.items.frames import zipf

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for w, senses in cedict_index.marked(MARK, LENGTH):
        if w in seen or zipf(w) < MIN_ZIPF:
            continue
        seen.add(w)
        got = idiom_meaning(w)
        if got is not None:
            out.append((w, got))
    return tuple(out)


def _stems(g: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]+", g.lower()) if len(w) >= 5}


def options(word: str, key: str, near: frozenset[str], rng, standard: str = "2025"
            ) -> tuple[tuple[str, str], ...] | None:
    """Three (idiom, meaning) wrong options for the idiom ``word`` meaning ``key`` (see the module docstring)."""
    shape = key.startswith("to ")
    cands = [(w, g) for w, g in pool() if w != word and w not in near and not set(w) & set(word)
             and g.startswith("to ") == shape and similar_length(g, key) and not _stems(g) & _stems(key)
             and not nb.too_close(word, w, verb=True) and not bridged(w, word, standard)]
    rng.shuffle(cands)
    cands.sort(key=lambda c: -nb.bonus(word, c[0], verb=True))  # its Cilin 大类 first, else any
    chosen: list[tuple[str, str]] = []
    for w, g in cands:
        if any(set(w) & set(c) or _stems(g) & _stems(cg) or nb.too_close(w, c, verb=True) for c, cg in chosen):
            continue
        chosen.append((w, g))
        if len(chosen) == 3:
            return tuple(chosen)
    return None


#: Sheets from this HSK level up ask idioms' meanings: HSK 5 and 6 reading asks them (画线词语), an HSK 4 reading
#: has almost none.
MIN_LEVEL = 5


def spans(ctx) -> list:
    """The document's item spans (:func:`quizgen.items.select.item_spans`), found once per document: the build
    drafts questions at every paragraph step."""
    return _item_spans(ctx.doc, ctx.known)


@keep_last
def _item_spans(doc, known: frozenset[str]) -> list:
    from quizgen.items.select import item_spans

    return item_spans(doc, known)


def occurrences(ctx) -> list[tuple[str, list]]:
    """(idiom, [(span, token)…]) for each idiom of the passage with a plain meaning, in order of first occurrence;
    only spans that hold the idiom once."""
    out: dict[str, list] = {}
    for span in spans(ctx):
        for t in span.tokens:
            if t.is_word and len(t.simplified) == LENGTH and idiom_meaning(t.simplified) is not None \
                    and sum(x.simplified == t.simplified for x in span.tokens) == 1:
                out.setdefault(t.simplified, []).append((span, t))
    return list(out.items())
