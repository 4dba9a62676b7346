"""HSK 4 ordering (排列顺序): three consecutive clauses or sentences whose order the cues at their starts force.

Pieces are the clauses of one to three consecutive sentences of a paragraph (from a sentence start to a sentence
end, so no piece leans on text left out). Every order of the three pieces is checked against the cues
(quizgen/data/cues.tsv, pairs.tsv):

* a piece opening with a ``follow`` or ``continue`` cue (但是, 所以, 他, 这, 而是, 就 …), or holding a
  third-person pronoun anywhere (因为她生病了: 她 points back), cannot come first;
* a piece opening with the second word of a pair (…但是) comes after the piece holding its first word (虽然…);
* a piece opening with a ``final`` cue (最后, 总之) comes last; sequence steps (首先, 然后, 最后) keep their order;
* the last piece is one printed with its sentence's end (。！？), as the exam prints it; a piece may hold several
  clauses of one sentence (a window of up to six clauses is cut into three pieces every way that keeps each
  sentence end at a cut).

The item is made only when exactly one order — the text's — satisfies them all: then only one order reads well.
"""
from __future__ import annotations

from itertools import permutations

from quizgen.analysis import datafiles
from quizgen.analysis.document import Sentence, Token
from quizgen.items.context import Context
from quizgen.items.cues import cue_words, opens_with, pairs
from quizgen.items.drafts import clauses, readable, text_of, usable
from quizgen.items.itemset import Item
from quizgen.items.windows import separator

LETTERS = "ABC"
MIN_PIECE, MAX_PIECE = 4, 40  # characters of a piece
MAX_CHARS = 100


def _words(toks: list[Token]) -> list[str]:
    return [t.simplified for t in toks if t.is_word]


_POINTS_BACK = datafiles.word_sets("question_words.tsv")["points_back"]


def _cannot_open(w: list[str]) -> bool:
    return bool(_POINTS_BACK & set(w) or opens_with(w, "follow") or opens_with(w, "continue") or opens_with(w, "result")
                or opens_with(w, "explain") or any(opens_with(w, r) for r in ("seq2", "seq3"))
                or any(w[:1] and w[0] == b for _, b in pairs()))


def _rank(w: list[str]) -> int:
    for k, role in enumerate(("seq1", "seq2", "seq3"), 1):
        if opens_with(w, role):
            return k
    return 0


def reads_well(pieces: list[list[str]], ends: list[bool] | None = None) -> bool:
    """The pieces (words each), in this order, break none of the cue rules of the module docstring. ``ends``
    says which pieces are printed with their sentence's end (。！？): the last piece must be one of them, and a
    piece without one cannot be last — the printed punctuation shows it, as on the exam paper."""
    if _cannot_open(pieces[0]):
        return False
    if ends is not None and not ends[-1]:
        return False
    final = set(cue_words("final"))
    for k, w in enumerate(pieces):
        if w[:1] and w[0] in final and k != len(pieces) - 1:
            return False
        for a, b in pairs():
            if w[:1] and w[0] == b and any(a in x for x in pieces) and not any(a in x for x in pieces[:k]):
                return False
    ranks = [r for r in (_rank(w) for w in pieces) if r]
    return ranks == sorted(ranks)


def forced(pieces: list[list[str]], ends: list[bool] | None = None) -> bool:
    """Exactly one order of the pieces reads well, and it is the order given."""
    good = [p for p in permutations(range(len(pieces)))
            if reads_well([pieces[i] for i in p], None if ends is None else [ends[i] for i in p])]
    return good == [tuple(range(len(pieces)))]


_NOT_IN_PIECES = "：:“”「」『』\""
MAX_CLAUSES = 6  # clauses of a window grouped into three pieces


def _groupings(ctx: Context, win: tuple[Sentence, ...]) -> list[tuple[list[list[Token]], list[bool]]]:
    """The ways to cut the window's clauses into three pieces of consecutive clauses, each piece inside one
    sentence (a sentence's end always ends a piece), with which pieces end their sentence."""
    cl: list[list[Token]] = []
    sentence_end: list[bool] = []
    for s in win:
        cs = clauses(s)
        cl.extend(cs)
        sentence_end.extend([False] * (len(cs) - 1) + [True] if cs else [])
    if not 3 <= len(cl) <= MAX_CLAUSES:
        return []
    out = []
    for a in range(1, len(cl) - 1):
        for b in range(a + 1, len(cl)):
            cuts = (a, b, len(cl))
            # every sentence end is a cut: a piece never holds the end of one sentence and the start of the next
            if any(sentence_end[k] and k + 1 not in cuts for k in range(len(cl))):
                continue
            groups = [cl[0:a], cl[a:b], cl[b:]]
            out.append(([[t for c in g for t in c] for g in groups], [sentence_end[c - 1] for c in cuts]))
    return out


def ordering(ctx: Context, n: int) -> list[Item]:
    """Up to ``n`` ordering items, shown shuffled (never in the text's order), one per stretch of text."""
    rng = ctx.rng("ordering")
    out: list[Item] = []
    sents = ctx.doc.sentences
    last = -1
    for i in range(len(sents)):
        if len(out) >= n:
            break
        for size in (1, 2, 3):
            win = tuple(sents[i:i + size])
            if len(win) < size or win[0].id <= last or not all(usable(ctx, s) for s in win) \
                    or any(b.id != a.id + 1 or separator(ctx, a, b) for a, b in zip(win, win[1:])):
                continue
            pieces = _forced_pieces(ctx, win)
            if pieces is None:
                continue
            out.append(_item(ctx, win, pieces, rng))
            last = win[-1].id
            ctx.used_sentences.update(s.id for s in win)
            break
    return out


def _forced_pieces(ctx: Context, win: tuple[Sentence, ...]) -> list[list[Token]] | None:
    """The first grouping of the window into three pieces of readable length whose order is forced."""
    if sum(len(s.text) for s in win) > MAX_CHARS + 10 or any(c in s.text for s in win for c in _NOT_IN_PIECES):
        return None  # a label before a colon (呂宿星，學生家長：) or a quotation is no piece of a sentence
    for pieces, ends in _groupings(ctx, win):
        if sum(len(text_of(ctx, p)) for p in pieces) > MAX_CHARS \
                or not all(MIN_PIECE <= len(text_of(ctx, p)) <= MAX_PIECE and readable(ctx, p) for p in pieces):
            continue
        if OPENING_CHECKS and pieces[0][0].pos[:1] == "v":
            continue  # 让孩子和大人都非常喜欢: the text's first piece leans on the sentence before the window
        if forced([_cue_words(p) for p in pieces], ends):
            return pieces
    return None


#: False: a piece's pronoun always points out of it, and the text's first piece may open with a verb
#: (bench/mutation_check.py "ordering-own-antecedent").
OPENING_CHECKS = True


def _cue_words(toks: list[Token]) -> list[str]:
    """The piece's words as the cue rules read them: a pronoun after a noun of the same piece points back inside it
    (孩子认字前我给他念: 他 is the child), so it does not keep the piece from opening — BAC was keyed the only
    order of 让孩子和大人都非常喜欢 / 孩子认字前我给他念 / 他听得开心… where ABC reads as well (strict check, session 18)."""
    out: list[str] = []
    noun = False
    for t in toks:
        if not t.is_word:
            continue
        out.append("" if OPENING_CHECKS and noun and t.simplified in _POINTS_BACK else t.simplified)
        noun = noun or t.pos[:1] == "n" or t.proper_noun
    return out


def _shown(ctx: Context, pieces, end: int) -> list[str]:
    """Each piece as printed: its text up to the next piece, a clause's comma dropped (a sentence keeps its 。)."""
    starts = [p[0].start for p in pieces] + [end]
    return [ctx.doc.display(a, b).strip().rstrip("，,；;、：:") for a, b in zip(starts, starts[1:])]


def _item(ctx: Context, win, pieces, rng) -> Item:
    perm = [0, 1, 2]
    while perm == [0, 1, 2]:
        rng.shuffle(perm)
    shown = _shown(ctx, pieces, win[-1].end)
    opts = tuple(shown[p] for p in perm)
    answer = "".join(LETTERS[perm.index(i)] for i in range(3))
    a, c = win[0], win[-1]
    text = ctx.doc.display(a.start, c.end)
    cues = [w[0] for w in ([t.simplified for t in p if t.is_word] for p in pieces[1:]) if w]
    return Item(id=ctx.id(text, "", "ordering"), type="ordering", level=ctx.doc.level, prompt="", options=opts,
                answer=answer, source=ctx.doc.source, sentence=text, start=a.start, end=c.end,
                explanation="only this order keeps the cues: " + ", ".join(cues),
                evidence=tuple(s.id for s in win))
