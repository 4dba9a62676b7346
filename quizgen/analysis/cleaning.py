"""The cleaning stage: drop what must never be taught (captions, credit lines), remove junk tokens
(:mod:`quizgen.analysis.junk`) and restore spun words (:mod:`quizgen.analysis.despin`); flags for what stays
doubtful come later (:mod:`quizgen.analysis.garbled`).

Real input is dirty. Scraped articles carry photo captions and credit lines; re-hosted copies are
"synonym-spun" by a machine (民 → 平易近, 方向 → 标的目的, 大 → 年夜 …) and stuffed with spam keywords,
even inside words (公包养安 = 公安 with 包养 inserted). The detectors here are pure functions; word lookups go
through the ``known`` predicate the caller passes (in production ``quizgen.analysis.lexicon.is_known_word``:
CC-CEDICT or HSK headword, Simplified). :func:`clean_text` is the cleaning stage: it drops caption and credit
lines, removes junk tokens and restores spun words (:mod:`quizgen.analysis.despin`), and returns the text
analysis reads with an :class:`~quizgen.analysis.offsets.OffsetMap` back to the input.

The line patterns were checked with ``bench/bench_hygiene.py`` on the SIGHAN 2005 test texts (pku, msr, as,
cityu: ~640k characters of clean news and prose, ~17k sentences) and on the spun sample in ``seeds/``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quizgen.analysis import chars, datafiles, despin
from quizgen.analysis.document import DroppedLine, Removed, Repaired
from quizgen.analysis.han import HAN, HAN_CLASS
from quizgen.analysis.junk import find_junk, junk_spans, repeat_spans, spam_keywords
from quizgen.analysis.offsets import OffsetMap, build_map

__all__ = [
    "Cleaned",
    "classify_line",
    "clean_text",
    "find_junk",
    "junk_spans",
    "spam_keywords",
]  # find_junk, junk_spans, spam_keywords: from quizgen.analysis.junk


# --------------------------------------------------------------------------------------------------
# Captions and credit lines
# --------------------------------------------------------------------------------------------------
# Lines are NFKC-normalised first, so full-width （）：／ become ()/: and one pattern serves both widths.
# Character classes hold the Simplified and the Traditional form of each character.
_NAME = rf"[{HAN_CLASS}·・]{{2,6}}"
_NAMES = rf"{_NAME}(?:\s*[、,/ ]\s*{_NAME})*"
_SHOOT = r"(?:[摄攝](?:影)?|供[图圖])"  # 李孟 摄 / 摄影 / 供图; no bare 图: "(见下图)" is body text
_REPORTER = r"(?:[记記]者|通[讯訊][员員]|特[约約][记記]者|摄影[记記]者|攝影[记記]者)"
_AGENCY = r"(?:新[华華]社|中新社|中[新][网網]|本[报報]|本台|人民[网網]|央[视視][网網]?)"

#: "图为…": a caption, as a line of its own or a sentence opening with it
_CAPTION_SENTENCE = re.compile(r"^[图圖][为為]")
_CAPTION_RES = (
    # "…。新华社发(李孟 摄)", "(本报记者张悦摄)", "(资料图片)", "(新华社记者兰红光摄)"
    re.compile(rf"\((?:{_AGENCY}|{_REPORTER}|[发發]|\s)*{_NAMES}?\s*{_SHOOT}\)\s*$"),
    re.compile(r"\([^()]{0,12}[资資]料[图圖]片?\)\s*$"),
    # "…。新华社记者 李博 摄": agency/reporter word before the name, or the name set off by spaces.
    re.compile(rf"(?:{_AGENCY}|{_REPORTER})\s*{_NAMES}\s*[摄攝](?:影)?\s*$"),
    re.compile(rf"(?:^|\s){_NAMES}\s+[摄攝]\s*$"),
    # "图为…", "图:…", "图片:" (a caption block header), "资料图", "图片来源:…"
    _CAPTION_SENTENCE,
    re.compile(r"^[图圖]片?\s*[:/]"),
    re.compile(r"^\(?[资資]料[图圖]片?\)?\s*$"),
    re.compile(r"^[图圖]片[来來]源"),
    # "倾听意见和建议（图片）", "点滴抓起创满意（附图片3张）": the headline of a photo, not text (session 17: one
    # was an insertion answer, another asked 附图片多少张)
    re.compile(rf"\([附配]?[图圖]片?\s*[0-9{chars.COUNTING}兩]*\s*[张張幅]?\)\s*$"),
)

_CREDIT_LABEL = (
    r"(?:文字|摄影|攝影|视频|視頻|实习|實習|特约|特約)?[记記]者|[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|"
    r"[实實]?[习習]?生|通[讯訊][员員]|海[报報][设設][计計]|[设設][计計]|[统統][筹籌]|[策][划劃]|[总總]?[监監][制製]|"
    r"[校][对對]|[审審][核校]|[视視][频頻]|[制製]作|出品人?|作者|撰文|[来來]源|主[编編]|美[编編]|[执執]行|"
    r"[摄攝]影|[图圖]片|[图圖]|文|翻[译譯]|[编編][译譯]"
)
_CREDIT_RES = (
    # "编辑:贾真、冷彦彦", "海报设计:姜子涵", "统筹:方思贤、李逾男": a label, a colon, then a short name
    # list (checked separately: no sentence punctuation, short).
    re.compile(rf"^(?:{_CREDIT_LABEL})\s*[:|]\s*(?P<rest>.+)$"),
    # "责任编辑 张三" / "责任编辑:张三" without colon
    re.compile(rf"^[责責]任[编編][辑輯]\s*{_NAMES}\s*$"),
    # whole line only: "(记者 张三)", "本报记者 张三 报道", "(新华社北京12月31日电)", "新华社北京5月20日电(记者熊丰)"
    re.compile(rf"^\(?(?:{_AGENCY})?\s*{_REPORTER}\s*{_NAMES}\s*(?:[报報][道导導])?\)?$"),
    re.compile(rf"^\(?{_AGENCY}[^()]{{0,16}}[电電讯訊]\)?(?:\({_REPORTER}\s*{_NAMES}\))?$"),
)
_SENTENCE_PUNCT = re.compile(r"[。!?;，,]")


def classify_line(line: str) -> str | None:
    """Return ``'caption'`` for a photo caption, ``'credit'`` for a credit line, else ``None``.

    A caption is often a whole descriptive sentence followed by the photo credit,
    ``…在三峡大坝五级船闸执勤。新华社发(李孟 摄)``: the whole line is a caption then. Credit lines are short
    label-and-names lines (``编辑:贾真、冷彦彦``) or a bare byline/dateline on a line of its own; a dateline
    that opens a body paragraph is *not* a credit. Works for Simplified and Traditional, half- and
    full-width punctuation. SIGHAN pku/msr contain genuine People's Daily captions, which are hit.
    """
    s = unicodedata.normalize("NFKC", line).strip()
    if not s or not HAN.search(s):
        return None
    if any(p.search(s) for p in _CAPTION_RES):
        return "caption"
    m = _CREDIT_RES[0].match(s)
    if m:
        rest = m.group("rest")
        # Names, not a sentence: "举报电话:66020001", "如:…" or "记者:我们…" stay body text.
        if len(rest) <= 40 and not _SENTENCE_PUNCT.search(rest) and _looks_like_names(rest):
            return "credit"
        return None
    if len(s) <= 40 and any(p.match(s) for p in _CREDIT_RES[1:]):
        return "credit"
    return None


def _looks_like_names(rest: str) -> bool:
    """True when every item of a 、/,/space separated list is a short name (≤ 6 Han characters or a word)."""
    items = [x for x in re.split(r"[、,/\s]+", rest) if x]
    return bool(items) and all(len(x) <= 6 or x.isascii() for x in items)


# --------------------------------------------------------------------------------------------------
# The cleaning stage
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Cleaned:
    """The body text as analysis reads it. ``text`` (Simplified, normalised) and ``shown`` (the input's own
    characters, restored words in the input's script) are the kept lines joined by their line breaks, with
    junk removed and spun words restored; ``offsets`` maps both back to the input."""

    text: str
    shown: str
    offsets: OffsetMap
    dropped: tuple[DroppedLine, ...]
    removed: tuple[Removed, ...]  # junk tokens removed, as found in the input, most frequent first
    restored: tuple[Repaired, ...]  # spun forms restored, as found in the input, most frequent first
    restored_spans: tuple[tuple[int, int], ...]  # where restored words stand in ``text``
    genuine_spans: tuple[tuple[int, int], ...]  # spun forms found genuine in context (国民经济), in ``text``
    spun: bool  # the document is machine-rewritten (despin.Evidence.spun)
    captions: tuple[tuple[int, int], ...] = ()  # input spans of the caption sentences kept (never for items)
    notes: tuple[tuple[int, int], ...] = ()  # input spans of editorial notes in 【】 (kept, never for items)


def clean_text(text: str, simp: str, script: str, known: Callable[[str], bool],
               has_phrase: Callable[[str], bool]) -> Cleaned:
    """The cleaning stage. ``text`` is the decoded input, ``simp`` its Simplified analysis form (same length);
    ``known`` and ``has_phrase`` are the dictionary predicates of :func:`quizgen.analysis.despin.restorations`."""
    kept, dropped, captions = _body_lines(text)
    segments, removed = _without_junk(text, simp, kept, known, captions, dropped)
    body = "".join(simp[a:b] for a, b in segments)
    ev = despin.evidence(body)
    fixes, genuine = despin.decide_all(body, known, has_phrase, ev)
    out, shown, offsets, spans, restored = _restore(text, simp, segments, body, fixes, script)
    return Cleaned(out, shown, offsets, tuple(dropped), removed, restored, spans, _shifted(genuine, fixes), ev.spun,
                   tuple(captions), notes(text, kept))


#: Stretches written many times back to back are printed once (:func:`_cuts`)
REPEATS = True

#: An editorial note: 【甲戌侧批：…】 in an annotated edition, 【编者按】 in a paper. A sentence inside one is the
#: editor's, not the text's: kept for reading, never asked about (strict check, session 16: both questions of a
#: 红楼梦 sheet came from the 庚辰 commentary).
_NOTE = re.compile(r"【[^【】\n]*】")


def notes(text: str, kept: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Input spans of the editorial notes (:data:`_NOTE`) in the ``kept`` lines."""
    return tuple((m.start(), m.end()) for a, b in kept for m in _NOTE.finditer(text, a, b))


def _restore(text: str, simp: str, segments: list[tuple[int, int]], body: str, fixes: list[despin.Restoration],
             script: str) -> tuple[str, str, OffsetMap, tuple[tuple[int, int], ...], tuple[Repaired, ...]]:
    """``body`` (the input ``segments`` joined) with ``fixes`` applied: the analysis text, the displayed text,
    their offset map, where restored words stand, and the restorations counted as found in the input."""
    pieces: list[tuple[int, int, int, bool]] = []
    out: list[str] = []
    shown: list[str] = []
    spans: list[tuple[int, int]] = []
    restored: Counter[tuple[str, str]] = Counter()
    starts = [0]  # where each segment begins in body
    for a, b in segments:
        starts.append(starts[-1] + b - a)

    def at(i: int) -> int:  # input offset of body[i]
        k = bisect.bisect_right(starts, i) - 1
        return segments[k][0] + i - starts[k]

    def copy(x: int, y: int) -> None:  # body[x:y] as copied pieces
        k = bisect.bisect_right(starts, x) - 1
        while x < y:
            n = min(y, starts[k + 1]) - x
            s = segments[k][0] + x - starts[k]
            pieces.append((n, s, s + n, True))
            out.append(simp[s:s + n])
            shown.append(text[s:s + n])
            x += n
            k += 1

    pos = length = 0
    for r in fixes:
        copy(pos, r.start)
        length += r.start - pos
        word = r.pair.original_tw if script == "traditional" else r.pair.original
        restored[(text[at(r.start):at(r.end - 1) + 1], word)] += 1
        spans.append((length, length + len(word)))
        # Only what differs is replaced (至公 → 大公: 至 → 大), character for character when the lengths agree,
        # so a token boundary inside the word (廣大|公安) still has its own input offsets; characters compared
        # in both forms (晉陞 → 提升 shares 升 in Simplified but not as displayed).
        spun = list(zip(body[r.start:r.end], (text[at(k)] for k in range(r.start, r.end))))
        orig = list(zip(r.pair.original, word))
        pre = _common_prefix(spun, orig)
        suf = _common_prefix(spun[pre:][::-1], orig[pre:][::-1])
        copy(r.start, r.start + pre)
        a, b = r.start + pre, r.end - suf
        new, new_shown = r.pair.original[pre:len(r.pair.original) - suf], word[pre:len(word) - suf]
        if len(new) == b - a:
            pieces.extend((1, at(a + k), at(a + k) + 1, False) for k in range(len(new)))
        else:
            pieces.append((len(new), at(a), at(b - 1) + 1, False))
        out.append(new)
        shown.append(new_shown)
        copy(b, r.end)
        length += len(word)
        pos = r.end
    copy(pos, len(body))
    counts = tuple(Repaired(a, b, n) for (a, b), n in sorted(restored.items(), key=lambda kv: (-kv[1], kv[0])))
    return "".join(out), "".join(shown), build_map(pieces), tuple(spans), counts


def _shifted(spans: list[tuple[int, int]], fixes: list[despin.Restoration]) -> tuple[tuple[int, int], ...]:
    """Spans of the text before restoration moved to where they stand after it (fixes never overlap them)."""
    out, k, shift = [], 0, 0
    for a, b in spans:
        while k < len(fixes) and fixes[k].end <= a:
            shift += len(fixes[k].pair.original) - (fixes[k].end - fixes[k].start)
            k += 1
        out.append((a + shift, b + shift))
    return tuple(out)


def _common_prefix(a: Sequence, b: Sequence) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n



def is_caption_sentence(line: str) -> bool:
    """A caption that is a whole sentence of its own (图为游客在故宫参观。), with no photo credit or label: kept
    as text to read (pinyin, glosses) but never used for items, since it describes a picture that is not
    there. Captions with a credit (…(李孟 摄)) and labels (图片：, 资料图) are dropped."""
    s = unicodedata.normalize("NFKC", line).strip()
    return bool(_CAPTION_SENTENCE.match(s)) and not any(p.search(s) for p in _CAPTION_RES[:4])


def _body_lines(text: str) -> tuple[list[tuple[int, int]], list[DroppedLine], list[tuple[int, int]]]:
    """Input spans of the non-empty lines kept as body, the caption and credit lines dropped, and the input
    spans of the kept lines that are caption sentences (:func:`is_caption_sentence`)."""
    kept, dropped, captions = [], [], []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        reason = classify_line(line)
        if reason == "caption" and is_caption_sentence(line):
            captions.append((a, b))
            kept.append((a, b))
        elif reason:
            dropped.append(DroppedLine(line.strip(), a, b, reason))
        else:
            kept.append((a, b))
    return _without_contents(text, kept, dropped), dropped, captions


#: The header line of a table of contents (data/contents_headers.txt) and what its entries look like: short,
#: no sentence or clause mark (第二章军官的基本条件、来源和培训 has a 、 between heads, so only stops count).
_CONTENTS = datafiles.words("contents_headers.txt")
_ENTRY_MAX = 40
_NOT_IN_ENTRY = frozenset(chars.SENTENCE_ENDS + "；;，,")


def _without_contents(text: str, kept: list[tuple[int, int]], dropped: list[DroppedLine]) -> list[tuple[int, int]]:
    """``kept`` without a table of contents: its header (目录) and the entry lines after it, up to the first line
    that repeats an entry (the body's first heading) or is no entry; each goes to ``dropped`` as "contents line"."""
    out: list[tuple[int, int]] = []
    entries: set[str] | None = None  # the entries of the table being read, None outside one
    for a, b in kept:
        line = unicodedata.normalize("NFKC", text[a:b]).strip()
        if line in _CONTENTS:
            entries = set()
        elif entries is not None and len(line) <= _ENTRY_MAX and line not in entries \
                and not _NOT_IN_ENTRY & set(line):
            entries.add(line)
        else:
            entries = None
            out.append((a, b))
            continue
        dropped.append(DroppedLine(text[a:b].strip(), a, b, "contents line"))
    return out


def continues(line: str, following: str) -> bool:
    """``line`` ends inside its sentence and ``following`` goes on with it: the line ends at a comma (， or 、), or
    the next one opens with the quote or bracket that closes it (什麼？ + 」司法院…). Text broken into one clause
    a line (the SIGHAN AS test text, subtitles, copied web text) reads as its sentences."""
    return line.rstrip()[-1:] in CLAUSE_END or following.lstrip()[:1] in _CLOSING


CLAUSE_END = "，,、﹐﹑"  # a line ending in one goes on in the next (also quizgen.items.select.heading_line)
_CLOSING = "”’」』）)】》"


#: A line opening with a number, a period and a clause mark (22.，, 28.。): the numbering of a source's lines
#: (the SIGHAN AS test text), no Chinese — a list number stands before words (1.加强…). Cut where at least
#: :data:`MIN_NUMBERED_LINES` lines open so (bench/mutation_check.py "line-numbers-cut": 0 lines never).
LINE_NUMBER = r"[0-9０-９]{1,3}[.．]"  # the number and its period (also quizgen.items.select._STRAY_NUMBER)
_LINE_NUMBER = re.compile(rf"[ \t]*{LINE_NUMBER}[，。；：、,;:][ \t]*")
MIN_NUMBERED_LINES = 2


def _without_junk(text: str, simp: str, kept: list[tuple[int, int]], known: Callable[[str], bool],
                  captions: Sequence[tuple[int, int]] = (), repeats: list[DroppedLine] | None = None) \
        -> tuple[list[tuple[int, int]], tuple[Removed, ...]]:
    """The input segments left of the kept lines once junk tokens are cut out, a line break (the input's own)
    between lines — none after a line that :func:`continues` into the next, which joins it — and the junk
    removed, as found in the input, most frequent first. The copies of a stretch repeated back to back after its
    first go to ``repeats`` (reason "repeat")."""
    repeats = [] if repeats is None else repeats
    junk = [w for w, _ in find_junk("\n".join(simp[a:b] for a, b in kept), known)]
    counts: Counter[str] = Counter()
    form: dict[str, str] = {}
    segments: list[tuple[int, int]] = []
    numbered = sum(bool(_LINE_NUMBER.match(simp[a:b])) for a, b in kept) >= MIN_NUMBERED_LINES
    for i, (a, b) in enumerate(kept):
        if numbered and (m := _LINE_NUMBER.match(simp[a:b])) and m.end() < b - a:
            a += m.end()  # 22.，八十四年九月…: the source's line number is no part of the text
        if i and continues(simp[kept[i - 1][0]:kept[i - 1][1]], simp[a:b]) and kept[i - 1] not in captions \
                and (a, b) not in captions:
            while segments and segments[-1][1] > segments[-1][0] and text[segments[-1][1] - 1].isspace():
                segments[-1] = (segments[-1][0], segments[-1][1] - 1)  # the line's own trailing \r or spaces
            while a < b and text[a].isspace():
                a += 1
        elif i:
            segments.append((kept[i - 1][1], kept[i - 1][1] + 1))
        pos = a
        for s, e, is_junk in _cuts(simp[a:b], junk):
            if is_junk:
                w = simp[a + s:a + e]
                counts[w] += 1
                form.setdefault(w, text[a + s:a + e])
            else:
                repeats.append(DroppedLine(text[a + s:a + e], a + s, a + e, "repeat"))
            segments.append((pos, a + s))
            pos = a + e
        segments.append((pos, b))
    segments = [(a, b) for a, b in segments if b > a]
    removed = tuple(Removed(form[w], counts[w]) for w in sorted(counts, key=lambda w: (-counts[w], w)))
    return segments, removed


def _cuts(line: str, junk: Sequence[str]) -> list[tuple[int, int, bool]]:
    """What is cut out of a line: the junk tokens (True) and the copies of a stretch written many times back to
    back after its first (False, :func:`quizgen.analysis.junk.repeat_spans`), sorted; a repeat overlapping junk
    is left (junk is cut first)."""
    cuts = [(s, e, True) for s, e in (junk_spans(line, junk) if junk else ())]
    for s, e in repeat_spans(line) if REPEATS else ():
        if not any(s < je and js < e for js, je, _ in cuts):
            cuts.append((s, e, False))
    return sorted(cuts)
