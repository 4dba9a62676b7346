"""What every passage-question kind shares: the :class:`Draft` of a question, stems from the data file, and the
checks on the sentences a question may use (see :mod:`quizgen.items.questions`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.analysis import chars, datafiles, lexicon
from quizgen.analysis.document import Sentence, Token
from quizgen.items.context import Context
from quizgen.items.cues import stems
from quizgen.items.select import glossed_above

#: Above-level words a stem, key or option of a passage question may hold: each is glossed on the sheet (and has
#: pinyin over it in the reading); more would make the question a vocabulary test. Lower than item spans'
#: MAX_ABOVE: a question shows its key and three options besides the stem, each a clause of its own.
ABOVE_CAP = 2
CLAUSE_PUNCT = frozenset(chars.CLAUSE_PUNCT)
#: The kinds in the order a sheet takes them when it has room for few (meaning first: why, detail, then the rest).
ORDER = ("why", "purpose", "result", "detail", "meaning", "who", "where", "when", "how_many")


@dataclass(frozen=True, slots=True)
class Draft:
    """A question before it becomes an Item: kind, stem (without ★), the key and the wrong options with what was
    changed in each, the sentences that make the key right, and the span the key comes from."""

    kind: str
    stem: str
    key: str
    wrong: tuple[tuple[str, str], ...]
    evidence: tuple[int, ...]
    start: int
    end: int
    text: str  # the evidence text (a sentence or clause)
    sources: tuple[int, ...] = ()  # per wrong option, the sentence it comes from (none for values or glosses)
    word: str = ""  # a word the question tests (Simplified): not tested again on the sheet


def refuse(ctx: Context, kind: str, reason: str) -> None:
    """Count a passage-question draft of ``kind`` refused for ``reason`` (bench/bench_meaning.py reports them)."""
    key = f"{kind}:{reason}"
    ctx.tally.refused[key] = ctx.tally.refused.get(key, 0) + 1


#: False: a clause inside a quotation may be asked with its 我/你 (bench/mutation_check.py "speech-pronouns").
SPEECH_PRONOUNS = True
_SPEAKER = datafiles.word_sets("question_words.tsv")["speaker"]
_OPEN, _CLOSE = "“「『", "”」』"


def in_speech(ctx: Context, pos: int) -> bool:
    """Position ``pos`` of the text lies inside a quotation opened earlier in its paragraph (宝玉道：“…我才有了四句”)."""
    text = ctx.doc.text
    seg = text[text.rfind("\n", 0, pos) + 1:pos]
    return sum(seg.count(c) for c in _OPEN) > sum(seg.count(c) for c in _CLOSE)


def spoken(ctx: Context, toks) -> bool:
    """A clause inside a quotation that says 我/你/咱们 … (question_words.tsv ``speaker``): its persons are the
    quote's speaker and hearer, not the author or the reader, so a question or statement on it (作者才有了几句？,
    我才有了四句。对/错) is about nobody the student can name (strict check, session 19: 红楼梦, 宝玉's words)."""
    return SPEECH_PRONOUNS and bool(toks) and any(t.simplified in _SPEAKER for t in toks) \
        and in_speech(ctx, min(t.start for t in toks))


#: False: a question asked in place keeps the clauses after the one it asks about (众人忙端上桂圆汤来，呷了几口，遂起身
#: 整衣？ reads as a question about 整衣; bench/mutation_check.py "asked-tail-cut").
TAIL_CUT = True
_TAIL_END = re.compile(r"[，,；;]")


#: False: a question asked in place keeps the example marker its clause opens with (bench/mutation_check.py
#: "example-marker-dropped").
EXAMPLES_DROPPED = True
_EXAMPLE = tuple(sorted(datafiles.word_sets("question_words.tsv")["example"], key=len, reverse=True))


def in_place(ctx: Context, toks, text: str, a: int, b: int, word: str) -> str:
    """``text`` (the clause of ``toks``) asked in place: characters ``a``–``b`` (the value) replaced by the question
    ``word``, the clauses after the value's left out, then ？ (and the narrator's 我 as 作者: :func:`narrated`)."""
    tail = text[b:]
    if TAIL_CUT and (m := _TAIL_END.search(tail)):
        tail = tail[:m.start()]
    head = text[:a]
    first = next((t for t in toks if t.is_word), None)
    marker = next((x for x in _EXAMPLE if head.startswith(x)), "")
    if EXAMPLES_DROPPED and marker and first is not None \
            and (first.simplified == marker or not lexicon.is_known_word(first.simplified)):
        head = head[len(marker):].lstrip("，,、：: ")  # 如市某金融单位…: the text's "for example", no part of a question
    return narrated(ctx, toks, head + word + tail + "？")


def narrated(ctx: Context, toks, text: str) -> str:
    """``text``, a clause of ``toks`` asked in place, with its opening 我 as 作者 (question_stems.tsv
    ``narrator``): 我是多少万受害人之一？ asked the student about themselves (strict check, session 18); and every
    other 我 of the clause too (作者注意了一下，在我眼前… mixed the two: strict check, session 21), where each word of
    the clause holding 我 is 我 or 我们 (我们 is not the narrator alone and stays; 自我 is no pronoun)."""
    first = next((t for t in toks if t.is_word), None)
    if not NARRATOR or first is None or first.simplified != "我" or not text.startswith(first.text):
        return text
    text = stem(ctx, "narrator") + text[len(first.text):]
    if EVERY_I and all(t.simplified in ("我", "我们") for t in toks if "我" in t.simplified):
        text = _I.sub(stem(ctx, "narrator"), text)
    return text


#: False: only the opening 我 of a narrated question is 作者 (bench/mutation_check.py "narrator-every-i").
EVERY_I = True
_I = re.compile("我(?!们)")


#: False: a question asked in place keeps the narrator's 我 (bench/mutation_check.py "narrator").
NARRATOR = True


def stem(ctx: Context, name: str, **fill: str) -> str:
    """The stem template ``name`` (question_stems.tsv) in the sheet's script, filled in."""
    template = ctx.display(stems()[name])
    for k, v in fill.items():
        template = template.replace("{" + k + "}", v)
    return template


def at_level(ctx: Context, t: Token) -> bool:
    return t.proper_noun or (t.level is not None and t.level <= ctx.doc.level) \
        or (bool(ctx.known) and (t.simplified in ctx.known or t.text in ctx.known))


def readable(ctx: Context, toks) -> bool:
    """The words are at the level, except at most :data:`ABOVE_CAP` that have a gloss for the sheet."""
    return glossed_above(tuple(toks), ctx.doc.level, ctx.known, ABOVE_CAP, spun=bool(ctx.doc.repaired))


def usable(ctx: Context, s: Sentence) -> bool:
    """A sentence a question may be about: unflagged, analysed as written (no junk removed inside it), not used by
    another question or gap."""
    return not s.flagged and ctx.doc.as_written(s) and s.id not in ctx.used_sentences and not unfinished(s)


def repaired_usable(ctx: Context, s: Sentence) -> bool:
    """A sentence in which cleaning restored spun words or removed junk (so not :func:`usable`) that a ★ question
    may still use, as word gaps do: unflagged (the garbled check passed), unused, finished, and no word of it is a
    spun form of the spinner table left as it was (one may stand for its original: 嚴重問題 for 重大問題). The passage
    prints it restored, and so does the question. The sample's main job gave two ★ questions: 57 of its 63
    unflagged sentences hold a restored word."""
    from quizgen.analysis import despin

    if not REPAIRED_OPEN or s.flagged or s.id in ctx.used_sentences or unfinished(s):
        return False
    spun, text = despin.spun_forms(), ctx.doc.text
    return not any(t.simplified in spun and text[t.start:t.end] == t.text for t in s.tokens)


def repaired_open(ctx: Context, s: Sentence, tok: Token) -> bool:
    """:func:`repaired_usable`, and the word ``tok`` asked about stands as written (it was not restored) and is no
    spun form: a question never asks about what the restorer wrote."""
    from quizgen.analysis import despin

    return ctx.doc.text[tok.start:tok.end] == tok.text and tok.simplified not in despin.spun_forms() \
        and repaired_usable(ctx, s)


#: False: a sentence changed by cleaning takes no ★ question (bench/mutation_check.py "meaning-repaired",
#: "wh-repaired").
REPAIRED_OPEN = True


#: A sentence ending in these was cut off (an excerpt's last line 規劃我國…負擔制度，): its main clause is missing.
_CONTINUES = tuple("，,、：:")


def unfinished(s: Sentence) -> bool:
    """The sentence stops where a clause continues (strict check, session 16: a ★ question quoted the excerpt's
    unfinished last line)."""
    return ends_open(s.text)


def ends_open(text: str) -> bool:
    """``text`` stops where its clause goes on (，、：): printed as a stem it reads as a fragment."""
    return text.rstrip().endswith(_CONTINUES)


def open_to_meaning(ctx: Context, s: Sentence, quote: str) -> bool:
    """A long sentence (one cut into clauses for items) that only ★ questions use so far may take a word-meaning
    question on another of its clauses: ``quote`` is not printed by them and prints none of their options (a
    name or number a who / how-many question hides). One question a sentence left a passage written in long
    sentences (news, the SIGHAN AS text joined from its clause lines) with a handful of questions."""
    printed = ctx.asked_only.get(s.id)
    if not SHARE_LONG or printed is None or not s.clauses or s.flagged or not ctx.doc.as_written(s):
        return False
    parts = printed.split("\x1f")
    return not any(quote in x or (len(x) <= 12 and x and x in quote) for x in parts) \
        and not any(q in quote or quote in q for x in parts for q in QUOTED.findall(x))


#: False: a long sentence takes one ★ question, as any other (bench/mutation_check.py "share-long-sentences").
SHARE_LONG = True
QUOTED = re.compile(r"“([^“”]+)”中")  # the clause a word-meaning stem quotes


def note_asked(ctx: Context, evidence, printed: str) -> None:
    """Record ★ questions' ``printed`` text on their sentences (:func:`allocate.take`, questions._pick): a sentence
    nothing else uses stays open (:func:`open_to_meaning`, a word gap by allocate.shares)."""
    for sid in evidence:
        if sid not in ctx.used_sentences:
            ctx.asked_only[sid] = printed
        elif sid in ctx.asked_only:
            ctx.asked_only[sid] += "\x1f" + printed


def clauses(s: Sentence) -> list[list[Token]]:
    """The sentence's clauses: tokens between clause punctuation (，；：。！？), punctuation left out."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    for t in s.tokens:
        if t.simplified and all(c in CLAUSE_PUNCT for c in t.simplified):
            if cur:
                out.append(cur)
            cur = []
        elif t.text.strip():
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def text_of(ctx: Context, toks) -> str:
    return ctx.doc.display(toks[0].start, toks[-1].end) if toks else ""


def similar_length(a: str, b: str) -> bool:
    """Within 1.6 times each other, or 4 characters for short ones: a much longer or shorter option stands out as
    the key."""
    return abs(len(a) - len(b)) <= 4 or (5 * len(a) <= 8 * len(b) and 5 * len(b) <= 8 * len(a))


def paragraph_of(ctx: Context) -> dict[int, int]:
    """Sentence id -> paragraph number (0-based; a line break between two sentences starts a paragraph). Options
    come from the question's own paragraph, so a paragraph added to the text changes no existing question."""
    out: dict[int, int] = {}
    par, prev = 0, None
    for s in ctx.doc.sentences:
        if prev is not None and "\n" in ctx.doc.text[prev.end:s.start]:
            par += 1
        out[s.id] = par
        prev = s
    return out

