"""Windows of consecutive usable sentences, the stretches passage sections (passage cloze, statements, insertion,
ordering, questions) are built from, and the cue words that tie a sentence to the one before it."""
from __future__ import annotations

from quizgen.analysis.document import Sentence
from quizgen.items.context import Context
from quizgen.items.cues import cue_words
from quizgen.items.select import at_level_share

#: A sentence opening with one of these cannot stand first: it answers, continues or refers back (cues.tsv,
#: role "follow").
CUES = cue_words("follow")
PASSAGE_AT_LEVEL = 0.85  # context sentences of a passage; gap sentences still need item_spans' 90 %
# Context sentences of a passage cloze or statement passage: their words above the level are glossed on the sheet
# and nothing is asked about them; the item spans keep item_spans' 90 %. Measured in round 3
# (docs/items-quality.md): at 0.85 most HSK 5 news chunks had no window at all.
CONTEXT_AT_LEVEL = 0.75


def clean(ctx: Context, s: Sentence, at_level: float = PASSAGE_AT_LEVEL) -> bool:
    """Usable in a passage: unflagged, no junk removed inside it, mostly at level."""
    return (not s.flagged and ctx.doc.display(s.start, s.end) == s.text
            and at_level_share(s.tokens, ctx.doc.level, known=ctx.known) >= at_level)


def runs(ctx: Context, lo: int, hi: int, max_chars: int,
         at_level: float = PASSAGE_AT_LEVEL) -> list[tuple[Sentence, ...]]:
    """Windows of lo..hi consecutive usable sentences (longest first at each start), text order."""
    sents = ctx.doc.sentences
    # each sentence judged once (the build calls this for every paragraph step, over the text so far, whose earlier
    # sentences are flagged: judging them once per window made it the slowest part of a long text's items)
    ok = [not s.flagged and clean(ctx, s, at_level) for s in sents]
    out = []
    for i in range(len(sents)):
        if not ok[i]:
            continue
        for n in range(hi, lo - 1, -1):
            if i + n > len(sents) or not all(ok[i:i + n]):
                continue
            win = sents[i:i + n]
            if joined_len(win) <= max_chars and all(b.id == a.id + 1 for a, b in zip(win, win[1:])):
                out.append(tuple(win))
                break
    return out


def joined_len(win) -> int:
    """Characters of the sentences of ``win`` together."""
    return sum(len(s.text) for s in win)


def separator(ctx: Context, a: Sentence, b: Sentence) -> str:
    """What joins sentences ``a`` and ``b`` in a passage: a line break where a paragraph ends between them."""
    return "\n" if "\n" in ctx.doc.text[a.end:b.start] else ""


def starts_with_cue(s: Sentence) -> bool:
    """The first word of ``s`` is (or starts with) a cue of :data:`CUES`."""
    words = [t for t in s.tokens if t.is_word]
    return bool(words) and any(words[0].simplified.startswith(c) for c in CUES)
