"""The reading pipeline: decoded text → cleaned, segmented, read, levelled, glossed :class:`Document`.

Stages (each a function over values; this module only wires them):
  analysis form + script (decoding, script) → :func:`cleaning.clean_text` (drop captions/credits, remove junk
  tokens, restore spun words: a :class:`~quizgen.analysis.cleaning.Cleaned` text with its offset map)
  → :func:`split` (sentences) → :func:`segment` → :func:`read` (pinyin) → :func:`annotate` (tokens with levels,
  glosses, proper nouns; garbled flags) → profile.

Offsets: analysis reads the cleaned text; its offset map gives every token and sentence offsets into the input
(see :mod:`quizgen.analysis.document` for what holds between ``Token.text`` and the input).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.analysis import (
    cleaning,
    datafiles,
    garbled,
    gloss_context,
    glosses,
    lexicon,
    sentences,
    separable,
)
from quizgen.analysis.cleaning import Cleaned
from quizgen.analysis.decoding import analysis_form, read_text
from quizgen.analysis.document import Document, DroppedLine, Removed, Repaired, Sentence, Token
from quizgen.analysis.han import HAN, all_han
from quizgen.analysis.junk import REPEAT_COPIES
from quizgen.analysis.names import (
    family_list,
    named_after_naming_verb,
    surname_gloss,
    surnames_before_names,
    text_names_whole,
)
from quizgen.analysis.profile import build_profile
from quizgen.analysis.script import detect_script, to_simplified
from quizgen.analysis.sense_rules import context_at
from quizgen.analysis.tone_marks import to_marks

if TYPE_CHECKING:
    from quizgen.analysis.segment import Segmenter


@dataclass(frozen=True, slots=True)
class Piece:
    """One sentence of the cleaned text: ``cleaned.text[start:end]``."""

    start: int
    end: int
    text: str  # Simplified analysis form


def analyze(text_or_path: str | Path, level: str | int = "hsk5", standard: str = "2025", *,
            source: str | None = None, user_dict: Path | None = None) -> Document:
    """Analyse a text (or the file at a path) for learners at ``level`` of HSK ``standard``. A Path, or a
    string naming a .txt/.md file, is read (a missing file raises PathNotFoundError, as ``quizgen.analyze``
    does: the name is never analysed as text)."""
    if isinstance(text_or_path, Path) or (
            isinstance(text_or_path, str) and "\n" not in text_or_path and len(text_or_path) < 1024
            and text_or_path.strip().lower().endswith((".txt", ".md"))):
        path = Path(text_or_path)
        text = read_text(path)
        source = source or path.name
    else:
        text = str(text_or_path)
        source = source or "<text>"
    return analyze_text(text, source, level, standard, user_dict=user_dict)


def analyze_text(text: str, source: str, level: str | int = "hsk5", standard: str = "2025", *,
                 user_dict: Path | None = None) -> Document:
    """Analyse decoded text: the stages of this module's docstring, wired in order."""
    from quizgen.analysis.segment import segmenter

    clock = _Clock()
    std = lexicon.normalize_standard(standard)
    lvl = level if isinstance(level, int) else lexicon.parse_level(level)
    norm = analysis_form(text)
    script = detect_script(norm)
    simp = to_simplified(norm) if script == "traditional" else norm
    known = lexicon.known_word_predicate()
    seg = segmenter(user_dict)
    cleaned = cleaning.clean_text(text, simp, script, known, _phrase_predicate(known, seg.has_word))
    clock.lap("cleaning")
    pieces = split(cleaned)
    tagged = text_names_whole(segment(pieces, seg), known, seg.lone_tag)
    clock.lap("segmentation")
    readings = read(pieces, tagged)
    clock.lap("pinyin")
    out = annotate(cleaned, pieces, tagged, readings, std, known, seg)
    clock.lap("tokens+garbled")
    warnings = _warnings(out, cleaned.removed, list(cleaned.dropped), cleaned.restored, cleaned.captions,
                         cleaned.notes)
    profile = build_profile(out, lvl, std)
    clock.lap("profile")
    return Document(source=source, text=text, script=script, standard=std, level=lvl, sentences=tuple(out),
                    removed=cleaned.removed, repaired=cleaned.restored, dropped=cleaned.dropped,
                    warnings=warnings, profile=profile, meta={"timings": clock.laps}, shown=cleaned.shown,
                    offsets=cleaned.offsets, kept=cleaned.captions + cleaned.notes)


def _phrase_predicate(known: Callable[[str], bool], has_word: Callable[[str], bool]) -> Callable[[str], bool]:
    """A dictionary word or set phrase: CC-CEDICT, HSK or jieba's dictionary (公安工作, 重要讲话)."""
    return lambda w: known(w) or has_word(w)


def split(cleaned: Cleaned) -> list[Piece]:
    """The sentences of the cleaned text."""
    return [Piece(a, b, cleaned.text[a:b]) for a, b in sentences.split_sentences(cleaned.text)]


def segment(pieces: list[Piece], seg: "Segmenter") -> list[list[tuple[str, str]]]:
    """jieba words with part-of-speech tags of each sentence."""
    return [seg.tag(p.text) for p in pieces]


def read(pieces: list[Piece], tagged: list[list[tuple[str, str]]]) -> list[list[str]]:
    """Pinyin (tone numbers) of each character of each sentence, read in context."""
    from quizgen.analysis.pinyin import sentences_pinyin

    return sentences_pinyin([(p.text, t) for p, t in zip(pieces, tagged)])


def annotate(cleaned: Cleaned, pieces: list[Piece], tagged: list[list[tuple[str, str]]],
             readings: list[list[str]], std: str, known: Callable[[str], bool], seg: "Segmenter") -> list[Sentence]:
    """Sentences of tokens with input offsets, pinyin, level, gloss (in context) and proper-noun mark; a
    sentence that still looks spun or garbled once restored is flagged. Per-word facts are computed once per
    distinct word in context and shared between tokens (this halves memory on long texts)."""
    info = _WordInfo(std)
    offsets, shown = cleaned.offsets, cleaned.shown
    decided = tuple(sorted(cleaned.restored_spans + cleaned.genuine_spans))
    out: list[Sentence] = []
    given = _given_names(tagged, std)
    for sid, (p, tags, syl) in enumerate(zip(pieces, tagged, readings)):
        tokens: list[Token] = []
        words: list[str] = []
        i = p.start
        cut = set(seg.cut_artefacts(tags)) | _name_pieces(tags, given) | named_after_naming_verb(tags)
        families = family_list(tags, _is_surname) | surnames_before_names(tags)  # 張、黃兩家; 林|英傑
        for k, (w, tag) in enumerate(tags):
            j = i + len(w)
            if not w.isspace():
                a, b = i - p.start, j - p.start
                start, end = offsets.input_span(i, j)
                tokens.append(_token(info, tags, k, k in cut, shown[i:j], syl[a:b], start, end, k in families))
                if not _overlaps(decided, i, j) and not _overlaps(cleaned.notes, start, end) \
                        and not tokens[-1].proper_noun:
                    words.append(w)  # a restored word, or a spun form found genuine: no evidence of spinning;
                    # nor an editor's note in 【】 (甲戌侧批 inside a 红楼梦 verse flagged the verse as garbled), nor
                    # a name (李纨 counted as an unknown word greyed a 红楼梦 sentence: strict check, session 17)
            i = j
        start, end = offsets.input_span(p.start, p.end)
        caption = any(a <= start and end <= b for a, b in cleaned.captions + cleaned.notes)
        flagged = caption or garbled.is_garbled(words, known, cleaned.spun)
        clauses = tuple(offsets.input_span(p.start + a, p.start + b)
                        for a, b in sentences.split_clauses(p.text, 0, len(p.text)))
        out.append(Sentence(sid, shown[p.start:p.end], start, end, flagged, tuple(tokens), clauses))
    return out


def _given_names(tagged: list[list[tuple[str, str]]], std: str) \
        -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The given names of the text's people: 儒 of 李儒, 卓 of 董卓 (the last character of jieba's nr words
    of two or three characters, after a surname: 李儒, 诸葛亮 and 司马懿 after a double surname), less the
    characters HSK 1-6 lists as words (帝, 后, 是: their own sense is the likelier one); and all of them,
    listed or not (操 of 曹操), for where the verb of speech shows a person (操曰); and the :func:`_speakers`."""
    names = {w for tags in tagged for w, t in tags if t == "nr" and len(w) in (2, 3) and all_han(w)}
    every = frozenset(w[-1] for w in names if _is_surname(w[0] if len(w) == 2 else w[:-1]))
    return frozenset(c for c in every if (lexicon.token_level(c, std) or 7) >= 7), every, _speakers(tagged, std)


def _speakers(tagged: list[list[tuple[str, str]]], std: str) -> frozenset[str]:
    """Words jieba tags as names (nr) that somewhere in the text speak or act as people do (宝玉道, 宝玉笑道,
    宝玉听了, 宝玉忙笑着, 瑪雅說: a verb of speech or of :func:`_person_verbs`, directly, after one adverb or after a
    prepositional phrase, 宝玉在山坡上听见):
    the text's people, whose dictionary sense ('precious jade', 'Maya (civilization)') is not what they mean
    here. HSK 1-6 words are left out (a noun of address such as 老太太 keeps its gloss)."""
    out = set()
    acts = _speech() | _person_verbs()
    for tags in tagged:
        for k in range(len(tags) - 1):
            w, t = tags[k]
            if t != "nr" or len(w) < 2 or w in out:
                continue
            nxt = tags[k + 1][0]
            if tags[k + 1][1] == "d" and k + 2 < len(tags):
                nxt = tags[k + 2][0]  # 宝玉忙笑道, 宝玉便听了
            elif tags[k + 1][1] == "p":
                nxt = _verb_after_phrase(tags, k + 1)  # 宝玉在山坡上听见: the verb after a prepositional phrase
            if (nxt in acts or len(nxt) == 2 and (nxt[-1] in _speech() or nxt[0] in acts)) \
                    and (lexicon.token_level(w, std) or 7) >= 7:
                out.add(w)
    return frozenset(out)


_PHRASE_TAGS = ("n", "r", "f", "m", "q", "s", "t", "a", "b", "d", "u")  # what a prepositional phrase holds


def _verb_after_phrase(tags: list[tuple[str, str]], k: int) -> str:
    """The first verb after the preposition ``tags[k]`` and its object, in the same clause ('' if none, or if
    anything but a noun phrase, a localiser or an adverb comes between: 宝玉在山坡上听见 gives 听见)."""
    for w, t in tags[k + 1:k + 7]:
        if t[:1] == "v":
            return w
        if not t.startswith(_PHRASE_TAGS):
            return ""
    return ""


def _is_surname(head: str) -> bool:
    return any(e.is_proper and any(s.startswith("surname ") for s in e.senses) for e in lexicon.cedict_entries(head))




@cache
def _speech() -> frozenset[str]:
    """Classical verbs of speech (speech_verbs.txt): 操曰 is Cao Cao speaking."""
    return datafiles.words("speech_verbs.txt")


@cache
def _person_verbs() -> frozenset[str]:
    """Verbs whose subject is a person (person_verbs.txt): 宝玉听了 is Baoyu listening, not jade."""
    return datafiles.words("person_verbs.txt")


def _name_pieces(tags: list[tuple[str, str]],
                 given: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> set[int]:
    """Words standing alone for a person named earlier, as classical and narrative texts do (儒催逼帝 after
    李儒, 谡泣曰 after 马谡): one character, a given name of the text, opening its clause as the subject (or
    anywhere before a verb of speech: 告权曰 after 孙权), not a function word; and the names that speak somewhere in the text (宝玉道). They get no gloss ('scholar;
    Confucian' is not 李儒, 'precious jade' not 宝玉), so they are never tested."""
    out = set()
    for k, (w, t) in enumerate(tags):
        speaks = w in given[1] and k + 1 < len(tags) and tags[k + 1][0] in _speech()
        named = w in given[0] or speaks
        alone = len(w) == 1 and named and t[:1] not in ("p", "c", "u", "d", "r", "m", "q") \
            and (k == 0 or tags[k - 1][1] == "x" or speaks)  # 告权曰: 孙权 speaking after the verb 告
        if alone or w in given[2] and t == "nr":
            out.add(k)
    return out


def _token(info: "_WordInfo", tags: list[tuple[str, str]], k: int, cut: bool, orig: str, syl: list[str],
           start: int, end: int, family: bool = False) -> Token:
    """Token ``k`` of a sentence's tags; ``cut``: a piece of a wrong cut (總局 beside 數為, where 局數 is the
    word), which gets no sense to teach; ``family``: a surname of a list of families (張、黃兩家), glossed as the
    surname and a proper noun (never tested)."""
    w, tag = tags[k]
    key = (w, tag, orig, *syl)
    hit = info.cache.get(key)
    if hit is None:
        hit = info.cache[key] = info.compute(w, tag, orig, tuple(syl))
    sense = hit[6]
    if family:
        return Token(hit[0], hit[1], start, end, "nr", hit[3], hit[4], hit[5], surname_gloss(w), True)
    if cut:
        sense = None
    elif gloss_context.context_matters(w, tag, *(tags[k - 1] if k else ("", "")),
                                 tags[k + 1][1] if k + 1 < len(tags) else "",
                                 tags[k + 1][0] if k + 1 < len(tags) else ""):
        sense = glosses.gloss_in_context(w, hit[4], tag, context_at(tags, k), hit[0])
    pinyin, numbers = hit[3], hit[4]
    if (sense or not cut and tag == "v") and (split := separable.split_word(tags, k, hit[4] or "")):
        sense = glosses.gloss(*split, pos="v") or sense  # 上|四节课: 上课 'to attend class'
        first = split[1].split()[0].lower()
        if first != (numbers or "").lower():  # 落|了|榜: the verb reads as in 落榜 (luò), the gloss's own entry
            pinyin, numbers = to_marks(first), first
    return Token(hit[0], hit[1], start, end, hit[2], pinyin, numbers, hit[5], sense, hit[7])


def _overlaps(spans: tuple[tuple[int, int], ...], a: int, b: int) -> bool:
    import bisect

    k = bisect.bisect_right(spans, (b, b)) - 1
    while k >= 0 and spans[k][1] > a:
        if spans[k][0] < b:
            return True
        k -= 1
    return False


class _Clock:
    """Stage timings (seconds) for --verbose and benchmarks."""

    def __init__(self) -> None:
        import time

        self._now = time.perf_counter
        self._t = self._now()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        t = self._now()
        self.laps[name] = round(t - self._t, 3)
        self._t = t


class _WordInfo:
    """Per-word facts (pinyin, level, gloss, proper noun), computed once per distinct word in context.

    ``cache`` maps (simplified, pos, original, syllables…) to the Token fields other than the offsets:
    (text, simplified, pos, pinyin, pinyin_numbers, level, gloss, proper_noun). Sharing these values between
    tokens halves memory on long texts, and the lookup is the hot path of the pipeline.
    """

    def __init__(self, std: str):
        self.std = std
        self.cache: dict[tuple, tuple] = {}

    def compute(self, simp: str, pos: str, orig: str, syl: tuple[str, ...]) -> tuple:
        from quizgen.analysis.tone_marks import to_marks

        if not HAN.search(simp):
            if pos == "x" and simp.isalnum():
                pos = "m" if simp.isdigit() else "eng"
            return orig, simp, pos, "", "", None, None, False
        numbers = " ".join(s or c for s, c in zip(syl, orig))  # a non-Han character stands for itself
        marks = " ".join(_erhua(k, s, simp) or (to_marks(s) if s else c) for k, (s, c) in enumerate(zip(syl, orig)))
        proper = lexicon.is_proper_noun(simp, pos)
        level = None if proper else lexicon.token_level(simp, self.std)
        return orig, simp, pos, marks, numbers, level, glosses.gloss(simp, numbers, pos, orig), proper


def _erhua(k: int, syllable: str, simp: str) -> str:
    """'r' for the 儿 of an erhua word (哪儿 nǎr, 一点儿 yīdiǎnr, 玩儿 wánr: 儿 after the first character, read in the
    neutral tone), as Hanyu Pinyin writes it; '' otherwise (女儿 nǚ'ér keeps its syllable). The numbered reading
    stays er5, one syllable per character."""
    return "r" if k > 0 and syllable == "er5" and simp[k:k + 1] == "儿" else ""


_LISTED_REPAIRS = 12  # the warning names the commonest restorations; items.json stats list them all


def dropped_warnings(kinds: Counter[str]) -> list[str]:
    """The warning lines for what cleaning dropped, by reason: non-body lines, and stretches repeated back to back."""
    w = []
    lines = sorted((k, n) for k, n in kinds.items() if k != "repeat")
    if lines:
        w.append("dropped non-body lines: " + ", ".join(f"{n} {k}" + ("s" if n > 1 else "") for k, n in lines))
    if kinds["repeat"]:
        n = kinds["repeat"]
        w.append(f"{n} stretch{'es' if n > 1 else ''} written {REPEAT_COPIES} or more times back to back printed once "
                 "(the copies after the first dropped)")
    return w


def _warnings(sents: list[Sentence], removed: tuple[Removed, ...], dropped: list[DroppedLine],
              repaired: tuple[Repaired, ...] = (), captions: tuple[tuple[int, int], ...] = (),
              notes: tuple[tuple[int, int], ...] = ()) -> tuple[str, ...]:
    w = []
    if removed:
        w.append("removed junk tokens: " + ", ".join(f"{r.text} ×{r.count}" for r in removed))
    if repaired:
        n = sum(r.count for r in repaired)
        shown = ", ".join(f"{r.text}→{r.replacement} ×{r.count}" for r in repaired[:_LISTED_REPAIRS])
        more = f" and {len(repaired) - _LISTED_REPAIRS} more forms" if len(repaired) > _LISTED_REPAIRS else ""
        w.append(f"restored {n} machine-rewritten word{'s' if n != 1 else ''}: {shown}{more}")
    if dropped:
        w.extend(dropped_warnings(Counter(d.reason for d in dropped)))
    in_caption = [any(a <= s.start and s.end <= b for a, b in captions) for s in sents]
    if any(in_caption):
        w.append(f"{len(captions)} caption line{'s' if len(captions) != 1 else ''} (图为…) kept for reading, "
                 "never used for items")
    in_note = [any(a <= s.start and s.end <= b for a, b in notes) for s in sents]
    if any(in_note):
        w.append(f"{sum(in_note)} sentence{'s' if sum(in_note) != 1 else ''} of editorial notes in 【】 kept for "
                 "reading, never used for items")
    n_flag = sum(s.flagged and not c and not n for s, c, n in zip(sents, in_caption, in_note))
    if n_flag:
        w.append(f"{n_flag} of {len(sents)} sentences ({100 * n_flag / len(sents):.0f}%) look garbled or "
                 "machine-rewritten: kept for reading, never used for items")
    if not any(t.is_word for s in sents for t in s.tokens):
        w.append("no Chinese words found in the text")
    return tuple(w)
