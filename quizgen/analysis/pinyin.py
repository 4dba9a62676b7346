"""Pinyin for Simplified-Chinese sentences, chosen in context.

How a reading is chosen (measured choices: bench/bench_pinyin.py, bench/bench_readings_ood.py and
docs/benchmarks.md):

1. pypinyin, through its public API (``Pinyin.seg`` and ``lazy_pinyin``; our ``pinyin_data/phrases.txt``
   added with ``load_phrases_dict``), reads the whole sentence: its forward-maximum-matching segmenter finds
   its phrases and every character covered by a multi-character phrase keeps the phrase's reading. Fed the
   whole sentence rather than jieba's words, pypinyin reads 银行行长 as yín háng háng zhǎng. A jieba word that
   is itself a pypinyin phrase, which the matching cut across, takes the phrase's reading.
2. Context rules (``pinyin_data/rules.txt``, matched by :mod:`quizgen.analysis.pinyin_rules` on jieba's
   words, tags and neighbours) decide the function words and the polyphones whose reading follows their role
   (地 de after an adverb but dì after a noun or 等, 长着 zhǎng, 没 méi outside 淹没-type phrases ...).
3. A polyphonic character still open (outside pypinyin's phrases, no rule, not in a jieba word that CC-CEDICT reads
   as pypinyin reads its characters: :func:`word_readings.agreeing_positions`) goes to g2pM's BiLSTM (trained on
   the CPP corpus), run with our own batched numpy inference; its reading replaces pypinyin's only when the
   softmax margin (best minus second) is at least ``_MIN_MARGIN``. g2pM alone is better on CPP but worse than
   pypinyin on everyday text, hence the two gates.
4. Neutral tones from CC-CEDICT, per jieba word (`_apply_neutral_tones`): 妈妈 mā ma, 朋友 péng you, erhua
   儿 er5. CPP's gold marks neutral tone only on particles (的, 了, 吗 ...), so each of these on a CPP target
   counts as an error there.

Policy: **citation tones.** Readings are dictionary tones, without tone sandhi: 一 is always yī and 不 always
bù (pypinyin's phrase data sometimes bakes sandhi in, 一个 yí gè; we undo it). Neutral tone is 5, ü is
written ``ü`` (lǜ, nǚ, lüè). Non-Han characters get ``''``.

Input expected (the pipeline's job): Simplified text (OpenCC t2s first: pypinyin reads 著 as zhù and
銀行 as yín xíng), full-width ASCII normalised to half-width, and jieba's (word, pos) tags for exactly that
text. Importing this module is cheap and has no side effects; pypinyin, numpy and g2pM's weights are
loaded on first use and cached.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from typing import Any

from quizgen.analysis import pinyin_rules as rules
from quizgen.analysis import pinyin_table, word_readings
from quizgen.analysis.full_tone import full_tone
from quizgen.analysis.pinyin_table import add_phrases as _add_phrases
from quizgen.analysis.pinyin_table import import_pypinyin
from quizgen.analysis.polyphone_model import polyphone_model
from quizgen.analysis.tone_marks import to_marks
from quizgen.cache import WORD_CACHE, releasable

__all__ = ["citation_tone", "is_phrase", "sentence_pinyin", "sentences_pinyin"]

# sentences; the cache is dropped whole when full (news repeats sentences, bursts). A few lessons' worth: a
# book's lessons rarely share sentences, and with 50,000 a book's memory grew with every sentence to the end
_CACHE_MAX = 5_000
# g2pM overrides pypinyin only when its best reading beats the second by this much (softmax margin). Out of
# its training domain the model is often wrong with a high probability on one reading; the margin was chosen
# on the CPP test and the SIGHAN/chinesevocablist disagreements together (docs/benchmarks.md, issue 11).
_MIN_MARGIN = 0.8

# ---------------------------------------------------------------------------------------------- readings


def citation_tone(char: str, reading: str) -> str:
    """Undo tone sandhi baked into phrase data: 一 yí/yì -> yī, 不 bú -> bù."""
    if char == "一" and reading in ("yi2", "yi4"):
        return "yi1"
    if char == "不" and reading == "bu2":
        return "bu4"
    return reading


# ------------------------------------------------------------------------------------------ pypinyin


@releasable
@functools.cache
def _overrides() -> dict[str, tuple[str, ...]]:
    """``pinyin_data/phrases.txt``: ``phrase<TAB>numbered readings``, '#' comments; entries win over pypinyin."""
    text = resources.files("quizgen.analysis").joinpath("pinyin_data/phrases.txt").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, readings = line.split("\t")
            out[phrase] = tuple(readings.split())
            if len(out[phrase]) != len(phrase):
                raise ValueError(f"pinyin_data/phrases.txt: one reading per character: {line!r}")
    return out


@releasable
@functools.cache
def _pypinyin() -> Any:
    """pypinyin's converter with our phrases added to its phrase table (for the whole process, as pypinyin's
    ``load_phrases_dict`` documents it). pypinyin's own phrases join it text by text where
    :mod:`quizgen.analysis.pinyin_table` can (:func:`pinyin_table.cover` before every segmenting)."""
    import_pypinyin()
    from pypinyin.converter import UltimateConverter
    from pypinyin.core import Pinyin

    _add_phrases({p: [[to_marks(r)] for r in rs] for p, rs in _overrides().items()})
    return Pinyin(UltimateConverter(v_to_u=True, neutral_tone_with_five=True))


@releasable
@functools.lru_cache(maxsize=WORD_CACHE)
def _segment_readings(segment: str) -> tuple[str, ...]:
    """pypinyin's readings of one of its own segments (a phrase, a character or a non-Han run: '' each).

    Cached: segments repeat, and pypinyin's style conversion is most of its time (docs/benchmarks.md)."""
    from pypinyin import Style

    out = _pypinyin().lazy_pinyin([segment], style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True,
                                  errors=lambda chars: [""] * len(chars))
    return tuple(str(r) for r in out)


def _readings(segments: Sequence[str]) -> list[str]:
    return [r for seg in segments for r in _segment_readings(seg)]


@releasable
@functools.lru_cache(maxsize=WORD_CACHE)
def _phrase(word: str) -> tuple[str, ...] | None:
    """pypinyin's reading of ``word`` if it is one of its phrases (its segmenter keeps it whole), else None."""
    if len(word) < 2:
        return None
    pinyin = _pypinyin()
    pinyin_table.cover(word)
    if pinyin.seg(word) != [word]:
        return None
    return tuple(citation_tone(c, r) for c, r in zip(word, _readings([word])))


def is_phrase(word: str) -> bool:
    """True if ``word`` (2+ characters) is one of pypinyin's phrases, which its segmenter keeps whole: a table
    of idioms and set phrases (狮子大开口) that CC-CEDICT and jieba partly lack."""
    _pypinyin()  # pypinyin imported (pinyin_table) and our phrases in its table first
    pinyin_table.cover(word)
    from pypinyin import constants

    table = getattr(constants, "PHRASES_DICT", None)
    return (table is None or word in table) and _phrase(word) is not None


def _base(text: str) -> tuple[list[str], list[tuple[int, int] | None]]:
    """pypinyin's reading of each character, fed the whole sentence, and the span of the multi-character
    phrase covering it (None outside phrases). Non-Han characters read ``''``."""
    pinyin = _pypinyin()
    pinyin_table.cover(text)
    segments = pinyin.seg(text)
    readings = _readings(segments)
    if len(readings) != len(text):  # never seen; one reading per character is what everything after needs
        readings = [(_readings([c]) or [""])[0] for c in text]
    covered: list[tuple[int, int] | None] = []
    pos = 0
    for seg in segments:
        end = pos + len(seg)
        phrase = len(seg) > 1 and all(readings[pos:end])
        covered.extend([(pos, end) if phrase else None] * len(seg))
        pos = end
    return [citation_tone(c, r) for c, r in zip(text, readings)], covered


# ------------------------------------------------------------------------------------------ neutral tones

#: Words whose CC-CEDICT entries disagree on the neutral tone, read in full tone only in the contexts of
#: pinyin_data/full_tone_context.tsv (东西走向 dōngxī, but 东西很多 dōngxi).
_NEUTRAL_WORD = {"地方": ("di4", "fang5"), "东西": ("dong1", "xi5")}


def _letters(syl: str) -> str:
    return "er" if syl[:-1] == "r" else syl[:-1].lower().replace("u:", "ü").replace("v", "ü")


@releasable
@functools.lru_cache(maxsize=WORD_CACHE)
def _neutral_positions(word: str, readings: tuple[str, ...]) -> tuple[int, ...] | None:
    """Syllables of `word` that CC-CEDICT reads in the neutral tone, given our `readings`; None if unsure.

    CC-CEDICT's common-word entries spelled like ours (tones aside) must all mark the same syllables tone 5
    (it writes erhua 'r5'): 妈妈 mā ma, 一会儿 yī huì er5, 快点儿 kuài diǎn er5 (shown yīhuìr, kuàidiǎnr: pipeline._erhua). When they disagree (东西 dōngxī
    and dōngxi, 大意 dàyì and dàyi) None: the caller keeps our reading or decides by context.
    """
    from quizgen.analysis.lexicon import cedict_entries

    ours = [_letters(r) for r in readings]
    marks: set[tuple[int, ...]] = set()
    for entry in cedict_entries(word):
        syls = entry.pinyin.split()
        if entry.is_proper or len(syls) != len(ours) or any(_letters(s) != o for s, o in zip(syls, ours)):
            continue
        marks.add(tuple(k for k, s in enumerate(syls) if s[-1:] in ("5", "0") or not s[-1:].isdigit()))
    if len(marks) != 1:
        return None
    return marks.pop()


@releasable
@functools.cache
def _neutral_forms() -> dict[str, tuple[str, ...]]:
    """``pinyin_data/neutral_forms.txt`` (generated by bench/make_neutral_forms.py): ``word<TAB>numbered
    pinyin``, the everyday form of words CC-CEDICT lists both with and without a neutral tone."""
    text = resources.files("quizgen.analysis").joinpath("pinyin_data/neutral_forms.txt").read_text(encoding="utf-8")
    return {w: tuple(p.split()) for w, p in (line.split("\t") for line in text.splitlines()
                                              if line.strip() and not line.startswith("#"))}


def _everyday_neutral(word: str, readings: tuple[str, ...]) -> tuple[int, ...]:
    """Neutral-tone syllables of the everyday form of ``word`` (告诉 gào su, not gào sù 'to press charges')
    where CC-CEDICT has both forms and ours has the same letters; () otherwise."""
    form = _neutral_forms().get(word)
    if form is None or [_letters(r) for r in readings] != [_letters(f) for f in form]:
        return ()
    return tuple(k for k, f in enumerate(form) if f.endswith("5"))


def _apply_neutral_tones(words: Sequence[tuple[str, str]], readings: list[str]) -> None:
    """Give each jieba word of 2+ characters the neutral tones of its dictionary form (in place).

    pypinyin's phrases miss many (妈妈 mā mā, 朋友 péng yǒu, 早上 zǎo shàng). Neutral tone is part of a word's
    dictionary form, not sandhi, so it is kept under the citation-tone policy. Words CC-CEDICT lacks keep ours;
    where its entries disagree, the everyday form decides (:func:`_everyday_neutral`: 告诉 gào su).
    """
    pos = 0
    for wi, (word, _) in enumerate(words):
        end = pos + len(word)
        if end - pos > 1 and all(readings[pos:end]):
            if word in _NEUTRAL_WORD:
                full = full_tone(word, words, wi)
                if not full and tuple(_letters(r) for r in readings[pos:end]) == tuple(
                        r[:-1] for r in _NEUTRAL_WORD[word]):
                    readings[pos:end] = _NEUTRAL_WORD[word]
            else:
                found = _neutral_positions(word, tuple(readings[pos:end]))
                for k in found if found is not None else _everyday_neutral(word, tuple(readings[pos:end])):
                    if word[k] not in "一不":  # citation tones: 想不到 xiǎng bù dào, as the policy says
                        readings[pos + k] = readings[pos + k][:-1] + "5"
        pos = end


# ------------------------------------------------------------------------------------------ public API

_Key = tuple[str, tuple[tuple[str, str], ...]]  # (sentence, its jieba words)
_cache: dict[_Key, tuple[str, ...]] = {}  # sentence -> readings


def sentences_pinyin(items: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> list[list[str]]:
    """Readings for many sentences at once (the model runs batched); see `sentence_pinyin`."""
    keys = [(text, tuple((w, p) for w, p in words)) for text, words in items]
    known: dict[_Key, tuple[str, ...]] = {}
    todo: dict[_Key, None] = {}  # unseen sentences, each once, in order
    for key in keys:
        hit = _cache.get(key)
        if hit is not None:
            known[key] = hit
        else:
            todo[key] = None
    if todo:
        known.update(_compute(list(todo)))
    return [list(known[key]) for key in keys]


def _prefer_jieba_phrases(words: Sequence[tuple[str, str]], readings: list[str],
                          covered: list[tuple[int, int] | None]) -> None:
    """Where a jieba word is itself a pypinyin phrase but pypinyin's forward maximum matching cut across it,
    take the phrase's reading for the word: jieba's cut uses context, FMM does not (知|重负|重 reads the second
    重 alone, as the model's chóng; jieba's 知重|负重 gives 负重 fù zhòng). Changes both lists in place."""
    pos = 0
    for word, _ in words:
        end = pos + len(word)
        if len(word) > 1 and covered[pos] != (pos, end):
            phrase = _phrase(word)
            if phrase:
                readings[pos:end] = phrase
                covered[pos:end] = [(pos, end)] * len(word)
        pos = end


def _prefer_cedict_words(words: Sequence[tuple[str, str]], readings: list[str],
                         covered: list[tuple[int, int] | None]) -> None:
    """:func:`word_readings.cedict_word_readings` applied: read, and closed to the rules and the model."""
    for i, char, syl, span in word_readings.cedict_word_readings(words, readings, covered):
        readings[i] = citation_tone(char, syl)
        covered[i] = span


def _by_rule(text: str, words: Sequence[tuple[str, str]], readings: list[str],
             covered: list[tuple[int, int] | None], candidates: Any) -> list[int]:
    """Apply the context rules (in place); return the characters left to the polyphone model: polyphones
    outside pypinyin's phrases that no rule decided."""
    chars = rules.rule_chars()
    open_: list[int] = []
    pos = 0
    for wi, (word, _) in enumerate(words):
        end = pos + len(word)
        for i in range(pos, end):
            if not readings[i]:
                continue
            span = covered[i]
            if text[i] in chars:
                inside = span is not None and pos <= span[0] and span[1] <= end
                fixed = rules.rule_reading(text, i, words, wi, i - pos, inside)
                if fixed:
                    readings[i] = fixed
                    continue
            if span is None and text[i] in candidates:
                open_.append(i)
        pos = end
    return open_



def _clauses(text: str, open_: list[int]) -> dict[tuple[int, int], list[int]]:
    """The model reads the clause around each open character, not the whole sentence (speed)."""
    clauses: dict[tuple[int, int], list[int]] = {}
    for i in open_:
        a = i
        while a and text[a - 1] not in rules.CLAUSE_END:
            a -= 1
        b = i + 1
        while b < len(text) and text[b] not in rules.CLAUSE_END:
            b += 1
        clauses.setdefault((a, b), []).append(i)
    return clauses


def _compute(todo: list[_Key]) -> dict[_Key, tuple[str, ...]]:
    """Read the sentences in `todo`; results are returned and also kept in the sentence cache.

    Order: pypinyin on the whole sentence (its phrases decide what they cover), jieba words that are
    pypinyin phrases, the context rules, then g2pM for the polyphones still open where it is sure, then the
    neutral tones of CC-CEDICT's word forms."""
    from quizgen.analysis.lexicon import prefetch_entries

    # the neutral-tone step, and the glosses after it, look up every word in CC-CEDICT: one query per 500
    # words instead of one per word (~700 on the sample)
    prefetch_entries({w for _, words in todo for w, _ in words})
    model = polyphone_model()
    bases: list[list[str]] = []
    jobs: list[tuple[str, list[int]]] = []
    job_of: dict[int, list[tuple[int, int]]] = {}  # sentence -> (job, clause offset)
    for text, words in todo:
        if "".join(w for w, _ in words) != text:
            raise ValueError(f"words do not spell the sentence: {text!r}")
        readings, covered = _base(text)
        _prefer_jieba_phrases(words, readings, covered)
        _prefer_cedict_words(words, readings, covered)
        shut = word_readings.agreeing_positions(words, readings, covered)
        open_ = [i for i in _by_rule(text, words, readings, covered, model.candidates) if i not in shut]
        for (a, b), idxs in _clauses(text, open_).items():
            job_of.setdefault(len(bases), []).append((len(jobs), a))
            jobs.append((text[a:b], [i - a for i in idxs]))
        bases.append(readings)

    preds = model.predict(jobs)
    fresh: dict[_Key, tuple[str, ...]] = {}
    for n, (text, words) in enumerate(todo):
        readings = bases[n]
        for job, a in job_of.get(n, ()):
            for i, (r, margin) in zip(jobs[job][1], preds[job]):
                if margin >= _MIN_MARGIN:
                    readings[a + i] = citation_tone(text[a + i], r)
        _apply_neutral_tones(words, readings)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[(text, words)] = fresh[(text, words)] = tuple(readings)
    return fresh


def sentence_pinyin(text: str, words: Sequence[tuple[str, str]]) -> list[str]:
    """One reading per character of `text`: 'hang2', 'lü4', 'le5' (neutral = 5), '' for non-Han.

    text: one Simplified sentence (OpenCC t2s applied, full-width ASCII normalised to half-width).
    words: jieba's (word, pos) segmentation of exactly that text; raises ValueError if they differ.
    """
    return sentences_pinyin([(text, words)])[0]
