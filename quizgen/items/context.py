"""What every item section needs: the :class:`Context` of one build (document, seed, targets, bookkeeping) and
the helpers that turn a token of a span into a gap with gated options.

Sections (:mod:`quizgen.items.words`, :mod:`quizgen.items.sections`, :mod:`quizgen.items.statements`,
:mod:`quizgen.items.facts`, :mod:`quizgen.items.questions`) import from here; :mod:`quizgen.items.generate` runs
them. Nothing here imports a section, so the package has no import cycle.
"""
from __future__ import annotations

import bisect
import random
import unicodedata
from dataclasses import dataclass, field

from quizgen.analysis import chars, glosses, lexicon
from quizgen.analysis.document import Document, Token
from quizgen.analysis.script import to_traditional
from quizgen.items import distractors as dx
from quizgen.items.itemset import BLANK, Passage, item_id
from quizgen.items.select import NAME_TAGS, Span, Target


@dataclass(slots=True)
class Context:
    """What every section needs: the document, options, shared bookkeeping."""

    doc: Document
    seed: int
    targets: list[Target]
    text_words: frozenset[str]
    tally: dx.Tally = field(default_factory=dx.Tally)
    used: set[str] = field(default_factory=set)  # target words already tested on the sheet
    used_sentences: set[int] = field(default_factory=set)  # sentences a question already uses (one each)
    # sentences of a passage whose holes are numbered together (passage cloze, insertion): no other item's hole
    # goes there, or the sheet's numbers could not follow the text (worksheet/order.py)
    grouped: set[int] = field(default_factory=set)
    known: frozenset[str] = frozenset()  # the learner's --known words: not tested, read as at the level
    # sentences only ★ questions use so far, with what those questions print (stems and options): a single word
    # gap may still go there if its word is not printed (allocate.shares)
    asked_only: dict[int, str] = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    _paragraphs: tuple[list[int], list[frozenset[str]]] | None = None

    def rng(self, section: str) -> random.Random:
        return random.Random(f"{self.seed}:{section}")

    def question_rng(self, kind: str, target: str, sentence: str) -> random.Random:
        """Randomness of one question, from the question itself (source, kind, target word, the sentence's
        normalised content) and the seed: the same question gets the same distractors and option order
        whatever else the text holds, so appending a paragraph changes no existing card. A question on a word
        passes ``sentence=""`` (:meth:`word_rng`): an edit of its sentence then leaves its draws alone too."""
        return random.Random(self.rng_key(kind, target, sentence))

    def rng_key(self, kind: str, target: str, sentence: str) -> str:
        """The seed of :meth:`question_rng` (for a cached function that makes its own generator)."""
        from pathlib import PurePath

        return "\x1f".join((str(self.seed), PurePath(self.doc.source).stem, kind, target, normalised(sentence)))

    def word_rng(self, kind: str, word: str) -> random.Random:
        """:meth:`question_rng` of a question on ``word``, whatever its sentence says around it: its note keeps
        its GUID when the sentence is edited (export.anki.deck.question_key), and so its distractors and their
        order unless the edit changes which words can be options (issue 15; bench/bench_churn.py)."""
        return self.question_rng(kind, word, "")

    def words_near(self, offset: int) -> frozenset[str]:
        """The words of the paragraph holding ``offset`` (unflagged sentences): a distractor must not be one
        of them (a word of the passage is on its topic and too often fits its gaps). The paragraph, not the
        whole text, so that a question's options do not depend on the rest of the text."""
        if self._paragraphs is None:
            self._paragraphs = paragraph_words(self.doc)
        starts, words = self._paragraphs
        k = bisect.bisect_right(starts, offset) - 1
        return words[k] if k >= 0 else frozenset()

    def display(self, simplified: str) -> str:
        """A word not taken from the text, in the input's script."""
        return to_traditional(simplified) if self.doc.script == "traditional" else simplified

    def id(self, span_text: str, target: str, type_: str) -> str:
        return item_id(self.doc.source, span_text, target, type_)


_INVISIBLE = chars.INVISIBLE


def normalised(sentence: str) -> str:
    """A sentence as part of a question's identity: NFKC (full- and half-width forms alike), without
    whitespace or invisible marks."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", sentence))


def paragraph_words(doc: Document) -> tuple[list[int], list[frozenset[str]]]:
    """(start offset of each paragraph, the words of its unflagged sentences); paragraphs are input lines."""
    starts: list[int] = []
    words: list[set[str]] = []
    prev_end = -1
    for s in doc.sentences:
        if not starts or "\n" in doc.text[prev_end:s.start]:
            starts.append(s.start)
            words.append(set())
        prev_end = s.end
        if not s.flagged:
            words[-1].update(t.simplified for t in s.tokens if t.is_word)
    return starts, [frozenset(w) for w in words]


def span_words(span: Span) -> list[str]:
    return [t.simplified for t in span.tokens]




def _name_before(toks, index: int) -> bool:
    """A proper noun is one of the two words right before ``toks[index]``, back to a mark (、和平鄉＿村: 和平鄉)."""
    before: list[Token] = []
    for t in reversed(toks[max(0, index - 2):index]):
        if not t.is_word:
            break
        before.append(t)
    return any(t.proper_noun or t.pos[:2] in NAME_TAGS for t in before)


def make_gap(span: Span, tok: Token, level: int, forbid: frozenset[str] = frozenset()) -> dx.Gap:
    words = span_words(span)
    index = next(i for i, t in enumerate(span.tokens) if t is tok)
    offset = sum(len(w) for w in words[:index])
    name_before = _name_before(span.tokens, index)
    return dx.gap_for(tok.simplified, tok.pos, level, "".join(words), offset, words, index, forbid, name_before)


def inside_name(span: Span, tok: Token) -> bool:
    """``tok`` is part of a name after a proper noun, as a gap may not cut one (attested.in_name): 日本火腿隊, a
    team, is no 'ham' (a strict check asked 火腿's meaning in 投手許銘傑昨天對火腿隊先發); 巴林假日旅馆's 假日 is no
    'holiday'. Before a one-character head (队) no name need precede: the word and the head are one name or term."""
    from quizgen.items import attested

    index = next(i for i, t in enumerate(span.tokens) if t is tok)
    right = "".join(t.simplified for t in span.tokens[index + 1:])
    nxt = span.tokens[index + 1].simplified if index + 1 < len(span.tokens) else ""  # 专家队伍: 队伍 is its own word
    return NAMES_KEPT and (attested.in_name(_name_before(span.tokens, index), tok.simplified, right)
                           or nxt in attested.bound_heads())


#: False: a word inside a name may be asked for its meaning (bench/mutation_check.py "meaning-inside-name").
NAMES_KEPT = True


def blank(doc: Document, span: Span, tok: Token, mark: str = BLANK) -> str:
    return doc.display(span.start, tok.start) + mark + doc.display(tok.end, span.end)


def dictionary_pinyin(simplified: str) -> str:
    """Tone-mark pinyin of a word out of context: its first common CC-CEDICT entry ('' if none)."""
    from quizgen.analysis.pinyin import to_marks

    for e in lexicon.cedict_entries(simplified):
        if not e.is_proper:
            return to_marks(e.pinyin.replace("u:", "v"))
    return ""


def choice_options(ctx: Context, gap: dx.Gap, tok: Token, kind: str = "choice") -> tuple | None:
    """(options, answer_index, option_pinyin, option_glosses) for a gap, or None (fewer than 3 distractors or
    the gate fails). Options are shown in the input's script; the gate runs on the Simplified forms.

    Distractors and option order depend on the question alone (:meth:`Context.question_rng`, the words of
    its paragraph), never on the rest of the text."""
    rng = ctx.word_rng(kind, gap.answer)
    ds = dx.distractors(gap, ctx.doc.standard, rng, text_words=ctx.words_near(tok.start), tally=ctx.tally)
    if ds is None:
        return None
    simp = [gap.answer] + ds
    rng.shuffle(simp)
    if dx.gate(simp, gap.answer, gap):
        ctx.tally.gate_failures += 1
        return None
    idx = simp.index(gap.answer)
    shown = [tok.text if w == gap.answer else ctx.display(w) for w in simp]
    if len(set(shown)) != len(shown):  # two Simplified words with one Traditional form
        ctx.tally.gate_failures += 1
        return None
    pys = [tok.pinyin if w == gap.answer else dictionary_pinyin(w) for w in simp]
    gls = [(tok.gloss if w == gap.answer else glosses.gloss(w)) or "" for w in simp]
    return tuple(shown), idx, tuple(pys), tuple(gls)
