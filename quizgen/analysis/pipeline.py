"""The reading pipeline: decoded text → cleaned, segmented, read, levelled, glossed :class:`Document`.

Order of stages (each a function of values in other modules):
  normalise (reading) → script + t2s (script) → drop captions/credits, remove junk tokens (hygiene)
  → spinner repairs (garbled) → sentences → segmentation → pinyin → level, gloss, proper nouns (lexicon)
  → garbled flag (garbled) → profile.

Offsets: analysis happens on a *cleaned* copy of each line (junk removed) in Simplified; ``cmap`` maps every
cleaned character back to its offset in the input text, so token and sentence offsets always point into the
input. A token whose span had junk inside it (公包養安) has ``text`` == "公安" and ``start``/``end`` around the
whole original stretch.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from quizgen.analysis import cleaning, garbled, glosses, lexicon, sentences
from quizgen.analysis.decoding import analysis_form, read_text
from quizgen.analysis.document import HAN, Document, DroppedLine, Removed, Repaired, Sentence, Token
from quizgen.analysis.profile import build_profile
from quizgen.analysis.script import detect_script, to_simplified
from quizgen.analysis.sense_rules import context_at


@dataclass(frozen=True, slots=True)
class _Piece:
    """One sentence of cleaned text ready for segmentation."""

    simp: str  # cleaned, Simplified, normalised
    cmap: range | tuple[int, ...]  # input offset of each character of simp
    # Set when spinner substitutions were repaired in this piece: each character as displayed (input script)
    # and the input offset where it ends (a repaired word ends where the spun form ended: 平易近 → 民).
    disp: str | None = None
    ends: tuple[int, ...] | None = None


def analyze(text_or_path: str | Path, level: str | int = "hsk5", standard: str = "2025", *,
            source: str | None = None, user_dict: Path | None = None) -> Document:
    """Analyse a text (or the file at a path) for learners at ``level`` of HSK ``standard``."""
    if isinstance(text_or_path, Path) or (
            isinstance(text_or_path, str) and "\n" not in text_or_path and len(text_or_path) < 1024
            and text_or_path.lower().endswith((".txt", ".md")) and Path(text_or_path).is_file()):
        path = Path(text_or_path)
        text = read_text(path)
        source = source or path.name
    else:
        text = str(text_or_path)
        source = source or "<text>"
    return analyze_text(text, source, level, standard, user_dict=user_dict)


def analyze_text(text: str, source: str, level: str | int = "hsk5", standard: str = "2025", *,
                 user_dict: Path | None = None) -> Document:
    clock = _Clock()
    std = lexicon.normalize_standard(standard)
    lvl = level if isinstance(level, int) else lexicon.parse_level(level)
    norm = analysis_form(text)
    script = detect_script(norm)
    simp = to_simplified(norm) if script == "traditional" else norm

    # 1. lines: drop captions and credit lines
    dropped: list[DroppedLine] = []
    kept: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        reason = cleaning.classify_line(line)
        if reason:
            dropped.append(DroppedLine(line.strip(), a, b, reason))
        else:
            kept.append((a, b))

    clock.lap("script+lines")
    # 2. junk tokens, found on the whole kept text
    known = lexicon.known_word_predicate()
    kept_simp = "\n".join(simp[a:b] for a, b in kept)
    junk = cleaning.find_junk(kept_simp, known)
    spun = garbled.spun_document(kept_simp)  # a spun document: one weak spinner word flags a sentence
    junk_words = [w for w, _ in junk]
    removed_counts: Counter[str] = Counter()
    removed_form: dict[str, str] = {}
    repaired_counts: Counter[tuple[str, str]] = Counter()
    pieces: list[_Piece] = []
    for a, b in kept:
        line = simp[a:b]
        spans = cleaning.junk_spans(line, junk_words) if junk_words else []
        keep_idx: range | list[int] = range(a, b)  # a range while nothing is removed: compact and fast
        if spans:
            drop: set[int] = set()
            for s, e in spans:
                w = line[s:e]
                removed_counts[w] += 1
                removed_form.setdefault(w, text[a + s:a + e])
                drop.update(range(a + s, a + e))
            keep_idx = [i for i in keep_idx if i not in drop]
            clean = "".join(simp[i] for i in keep_idx)
        else:
            clean = line
        fixes = garbled.spinner_repairs(clean) if spun else []
        if fixes:
            clean, keep_idx, shown, ends_at, spans = _repair(text, clean, keep_idx, fixes, script, repaired_counts)
            for s, e in sentences.split_sentences(clean):
                if any(a < e and b > s for a, b in spans):
                    pieces.append(_Piece(clean[s:e], tuple(keep_idx[s:e]), shown[s:e], tuple(ends_at[s:e])))
                else:
                    pieces.append(_Piece(clean[s:e], tuple(keep_idx[s:e])))
            continue
        for s, e in sentences.split_sentences(clean):
            idx = keep_idx[s:e]
            pieces.append(_Piece(clean[s:e], idx if isinstance(idx, range) else tuple(idx)))

    clock.lap("junk")
    # 3. segmentation and pinyin, batched
    from quizgen.analysis.pinyin import sentences_pinyin
    from quizgen.analysis.segment import segmenter

    seg = segmenter(user_dict)
    tagged = [seg.tag(p.simp) for p in pieces]
    clock.lap("segmentation")
    readings = sentences_pinyin([(p.simp, t) for p, t in zip(pieces, tagged)])

    clock.lap("pinyin")
    # 4. tokens and sentences. Words repeat a lot, so per-word facts and strings are computed once and shared
    # (this halves memory on long texts).
    info = _WordInfo(std)
    cache, compute = info.cache, info.compute
    out: list[Sentence] = []
    for sid, (p, tags, syl) in enumerate(zip(pieces, tagged, readings)):
        cmap, disp, ends = p.cmap, p.disp, p.ends
        contiguous = disp is None and cmap[-1] - cmap[0] == len(cmap) - 1
        base = cmap[0]
        tokens: list[Token] = []
        append = tokens.append
        i = 0
        cut = seg.cut_artefacts(tags)
        for k, (w, tag) in enumerate(tags):
            j = i + len(w)
            if not w.isspace():
                if contiguous:
                    start, end = base + i, base + j
                    orig = text[start:end]
                elif disp is not None and ends is not None:  # set together (a repaired piece)
                    start, end = cmap[i], ends[j - 1]
                    orig = disp[i:j]
                else:
                    start, end = cmap[i], cmap[j - 1] + 1
                    orig = "".join(text[k] for k in cmap[i:j])
                key = (w, tag, orig, syl[i]) if j - i == 1 else (w, tag, orig, *syl[i:j])
                hit = cache.get(key)
                if hit is None:
                    hit = cache[key] = compute(w, tag, orig, tuple(syl[i:j]))
                sense = hit[6]
                if k in cut:  # a piece of a wrong cut (總局 beside 數為, where 局數 is the word): no sense to teach
                    sense = None
                elif glosses.needs_context(w):
                    sense = glosses.gloss_in_context(w, hit[4], tag, context_at(tags, k), hit[0])
                append(Token(hit[0], hit[1], start, end, hit[2], hit[3], hit[4], hit[5], sense, hit[7]))
            i = j
        if disp is not None and ends is not None:  # repaired: machine-rewritten, so never an item sentence
            s_text, flagged = disp, True
        else:
            s_text = text[base:cmap[-1] + 1] if contiguous else "".join(text[k] for k in cmap)
            flagged = garbled.is_garbled([w for w, _ in tags], known, spun)
        clauses = tuple((cmap[a], _end(cmap, ends, b - 1)) for a, b in sentences.split_clauses(p.simp, 0, len(p.simp)))
        out.append(Sentence(sid, s_text, cmap[0], _end(cmap, ends, len(cmap) - 1), flagged, tuple(tokens), clauses))

    clock.lap("tokens+garbled")
    removed = tuple(Removed(removed_form[w], removed_counts[w])
                    for w in sorted(removed_counts, key=lambda w: (-removed_counts[w], w)))
    repaired = tuple(Repaired(a, b, n) for (a, b), n in
                     sorted(repaired_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    warnings = _warnings(out, removed, dropped, repaired)
    profile = build_profile(out, lvl, std)
    clock.lap("profile")
    return Document(source=source, text=text, script=script, standard=std, level=lvl, sentences=tuple(out),
                    removed=removed, repaired=repaired, dropped=tuple(dropped), warnings=warnings, profile=profile,
                    meta={"timings": clock.laps})


def _end(cmap: range | tuple[int, ...], ends: tuple[int, ...] | None, k: int) -> int:
    """Input offset where character ``k`` of a piece ends: the next offset, or where its repaired word ends."""
    return ends[k] if ends is not None else cmap[k] + 1


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
        from quizgen.analysis.pinyin import to_marks

        if not HAN.search(simp):
            if pos == "x" and simp.isalnum():
                pos = "m" if simp.isdigit() else "eng"
            return orig, simp, pos, "", "", None, None, False
        numbers = " ".join(s or c for s, c in zip(syl, orig))  # a non-Han character stands for itself
        marks = " ".join(to_marks(s) if s else c for s, c in zip(syl, orig))
        proper = lexicon.is_proper_noun(simp, pos)
        level = None if proper else lexicon.token_level(simp, self.std)
        return orig, simp, pos, marks, numbers, level, glosses.gloss(simp, numbers, pos, orig), proper


def _repair(text: str, clean: str, keep_idx: range | list[int], fixes: list[tuple[int, int, str]], script: str,
            counts: Counter[tuple[str, str]]) -> tuple[str, list[int], str, list[int], list[tuple[int, int]]]:
    """A cleaned line with spinner substitutions replaced by the words they stand for: the new Simplified line,
    the input offset where each character starts and ends, each character as displayed (input script), and
    where the repaired words stand in the new line. A repaired word spans the whole spun form in the input
    (平易近 → 民: start at 平, end after 近)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    disp: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for a, b, word in fixes:
        for k in range(pos, a):
            out.append(clean[k])
            starts.append(keep_idx[k])
            ends.append(keep_idx[k] + 1)
            disp.append(text[keep_idx[k]])
        shown = garbled.spinner_repair_traditional(word) if script == "traditional" else word
        spun = "".join(text[keep_idx[k]] for k in range(a, b))
        counts[(spun, shown)] += 1
        first, last = keep_idx[a], keep_idx[b - 1] + 1
        spans.append((len(out), len(out) + len(word)))
        for c, d in zip(word, shown):
            out.append(c)
            starts.append(first)
            ends.append(last)
            disp.append(d)
        pos = b
    for k in range(pos, len(clean)):
        out.append(clean[k])
        starts.append(keep_idx[k])
        ends.append(keep_idx[k] + 1)
        disp.append(text[keep_idx[k]])
    return "".join(out), starts, "".join(disp), ends, spans


def _warnings(sents: list[Sentence], removed: tuple[Removed, ...], dropped: list[DroppedLine],
              repaired: tuple[Repaired, ...] = ()) -> tuple[str, ...]:
    w = []
    if removed:
        w.append("removed junk tokens: " + ", ".join(f"{r.text} ×{r.count}" for r in removed))
    if repaired:
        w.append("repaired machine-rewritten words: " + ", ".join(f"{r.text}→{r.replacement} ×{r.count}"
                                                                   for r in repaired))
    if dropped:
        kinds = Counter(d.reason for d in dropped)
        w.append("dropped non-body lines: " + ", ".join(f"{n} {k}" + ("s" if n > 1 else "")
                                                         for k, n in sorted(kinds.items())))
    n_flag = sum(s.flagged for s in sents)
    if n_flag:
        w.append(f"{n_flag} of {len(sents)} sentences ({100 * n_flag / len(sents):.0f}%) look garbled or "
                 "machine-rewritten: kept for reading, never used for items")
    if not any(t.is_word for s in sents for t in s.tokens):
        w.append("no Chinese words found in the text")
    return tuple(w)
