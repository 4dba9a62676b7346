"""Pinyin for Simplified-Chinese sentences, chosen in context.

How a reading is chosen (measured choices; see bench/bench_pinyin.py and docs in research.md):

1. pypinyin's phrase dictionary (plus ``pinyin_data/phrases.txt``) segments the whole sentence by forward
   maximum matching, exactly as ``pypinyin.lazy_pinyin`` does; every character covered by a multi-character
   phrase keeps the phrase's reading. Fed the whole sentence rather than jieba's words, pypinyin reads
   银行行长 as yín háng háng zhǎng.
2. A polyphonic character *outside* those phrases is decided by g2pM's BiLSTM (trained on the CPP corpus),
   run here with our own batched numpy inference (g2pM's code runs one sentence at a time, ~16 k chars/s).
   g2pM alone is better on CPP but worse than pypinyin on everyday text, hence only outside phrases.
3. Fix-ups driven by jieba's POS tags (地/uv → de, 得 after a verb → de, 你得去 → děi, 着/uz → zhe, ...)
   decide the function words; sentences whose only open polyphones are decided that way skip the model.
4. Neutral tones from CC-CEDICT, per jieba word (`_apply_neutral_tones`): 妈妈 mā ma, 朋友 péng you, erhua
   儿 er5. CPP's gold marks neutral tone only on particles (的, 了, 吗 ...), so each of these on a CPP target
   counts as an error there (9956 -> 9918, all 38 are 知识, 晚上, 丈夫-type words with the same syllable).

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
import unicodedata
from collections.abc import Sequence
from importlib import resources

from quizgen.analysis import pinyin_rules as rules
from quizgen.analysis.polyphone_model import polyphone_model
from quizgen.cache import releasable

__all__ = ["sentence_pinyin", "sentences_pinyin", "to_marks"]

_TONE_OF_MARK = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_MARK_OF_TONE = {v: k for k, v in _TONE_OF_MARK.items()}
_CACHE_MAX = 50_000  # sentences; the cache is dropped whole when full (news repeats sentences, bursts)
# g2pM overrides pypinyin only when this sure: 0.7 kept CPP at 0.971 and cut drift on msr/pku news text
# (0.9: CPP 0.970; 0.97: 0.969; 0: 0.9706 with 2 % more differences from pypinyin on news).
_MIN_PROB = 0.7

# ---------------------------------------------------------------------------------------------- readings


@releasable
@functools.lru_cache(maxsize=4096)
def _numbered(marked: str) -> str:
    """'lǜ' -> 'lü4', 'le' -> 'le5' (pypinyin's tone-mark spelling to ours)."""
    tone = "5"
    kept = []
    for ch in unicodedata.normalize("NFD", marked):
        if ch in _TONE_OF_MARK:
            tone = _TONE_OF_MARK[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def _citation(char: str, reading: str) -> str:
    """Undo tone sandhi baked into phrase data: 一 yí/yì -> yī, 不 bú -> bù."""
    if char == "一" and reading in ("yi2", "yi4"):
        return "yi1"
    if char == "不" and reading == "bu2":
        return "bu4"
    return reading


def _to_marks_syllable(syl: str) -> str:
    if not syl or syl[-1] not in "012345":
        return syl
    tone, body = syl[-1], syl[:-1].replace("u:", "ü").replace("v", "ü").replace("V", "Ü")
    if tone in "05" or not body:
        return body
    low = body.lower()
    if "a" in low:
        i = low.index("a")
    elif "e" in low:
        i = low.index("e")
    elif "ou" in low:
        i = low.index("o")
    else:
        vowels = [k for k, c in enumerate(low) if c in "ioüuê"]
        i = vowels[-1] if vowels else 0  # syllabic m / n / ng: mark the first letter
    return unicodedata.normalize("NFC", body[: i + 1] + _MARK_OF_TONE[tone] + body[i + 1 :])


def to_marks(numbered: str) -> str:
    """'lü4' -> 'lǜ', 'hang2' -> 'háng', 'le5' -> 'le'; 'yin2 hang2' -> 'yín háng'.

    The mark goes on a or e, else on the o of 'ou', else on the last vowel ('liu2' -> 'liú', 'gui4' ->
    'guì'). 'v' and 'u:' are read as ü. Tone 5 (or 0) is neutral: no mark. Text without a tone digit is
    returned unchanged.
    """
    return " ".join(_to_marks_syllable(s) for s in numbered.split(" "))


# ------------------------------------------------------------------------------------- pypinyin, our way


@releasable
@functools.cache
def _dictionaries() -> tuple[dict[int, str], dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """pypinyin's data: char code -> readings, phrase -> our readings, our overrides, and the prefix set.

    ``pinyin_data/phrases.txt``: ``phrase<TAB>numbered readings``, '#' comments; entries win over pypinyin.
    Importing pypinyin costs 0.2 s and ~65 MB (its phrases are lists of lists); the compact form we need
    (readings already numbered, sandhi undone) is kept with ``marshal`` in quizgen's cache (:mod:`quizgen.cache`,
    whose key covers pypinyin's version, this module and the override file): 0.035 s and ~20 MB on later runs
    (0.045 s as a pickle).
    """
    import marshal

    from quizgen import cache

    raw = cache.load("pinyin.marshal")
    try:
        data = marshal.loads(raw) if raw is not None else None
        if isinstance(data, tuple) and len(data) == 4:
            return data
    except (EOFError, ValueError, TypeError):
        pass
    text = resources.files("quizgen.analysis").joinpath("pinyin_data/phrases.txt").read_text(encoding="utf-8")
    data = _build_dictionaries(text)
    cache.store("pinyin.marshal", marshal.dumps(data))  # a read-only cache only costs the 0.2 s next time
    return data


def _build_dictionaries(text: str) -> tuple[dict[int, str], dict[str, tuple[str, ...]], frozenset[str],
                                             frozenset[str]]:
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    from pypinyin.seg.mmseg import p_set  # pypinyin's own prefix set, built when pypinyin is imported

    overrides: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, readings = line.split("\t")
            overrides[phrase] = tuple(readings.split())
            assert len(overrides[phrase]) == len(phrase), line
    phrases = {p: tuple(_citation(c, _numbered(r[0])) for c, r in zip(p, rs)) for p, rs in PHRASES_DICT.items()}
    phrases.update(overrides)
    prefixes = frozenset(p_set._set) | {p[: i + 1] for p in overrides for i in range(len(p))}
    return dict(PINYIN_DICT), phrases, frozenset(overrides), frozenset(prefixes)


@releasable
@functools.lru_cache(maxsize=65_536)
def _phrase_readings(phrase: str) -> tuple[str, ...]:
    return _dictionaries()[1][phrase]


@releasable
@functools.lru_cache(maxsize=65_536)
def _char_reading(char: str) -> str:
    readings = _dictionaries()[0].get(ord(char))
    return _numbered(readings.split(",")[0]) if readings else ""


def _base(text: str) -> tuple[list[str], list[tuple[int, int] | None]]:
    """pypinyin's reading of each character, and the span of the multi-character phrase covering it.

    Same forward maximum matching as pypinyin.seg.mmseg (strict mode) over the whole text; non-Han
    characters never start or continue a phrase since no phrase contains them.
    """
    _, phrases, _, prefixes = _dictionaries()
    out: list[str] = []
    covered: list[tuple[int, int] | None] = []
    n, i = len(text), 0
    while i < n:
        best = 0
        j = i + 1
        while j <= n and text[i:j] in prefixes:
            if j - i > 1 and text[i:j] in phrases:
                best = j - i
            j += 1
        if best:
            out.extend(_phrase_readings(text[i : i + best]))
            covered.extend([(i, i + best)] * best)
            i += best
        else:
            out.append(_char_reading(text[i]))
            covered.append(None)
            i += 1
    return out, covered


# ------------------------------------------------------------------------------------------ neutral tones

# Words whose CC-CEDICT entries disagree on the neutral tone, decided by the next jieba word: 地方政府 dìfāng
# (regional) but 这个地方 dìfang (place); 东西走向 dōngxī (east-west) but 买东西 dōngxi (thing). The tag of the
# word itself is no help: jieba tags 东西 ns and 地方 n in both senses.
_FULL_TONE_BEFORE = {
    "地方": ("n", "v", "vn", "nt", "ns", "j"),
    "东西": ("m", "f", "q", "a", "v", "vn"),
}
_NEUTRAL_WORD = {"地方": ("di4", "fang5"), "东西": ("dong1", "xi5")}


def _letters(syl: str) -> str:
    return "er" if syl[:-1] == "r" else syl[:-1].lower().replace("u:", "ü").replace("v", "ü")


@releasable
@functools.lru_cache(maxsize=65_536)
def _neutral_positions(word: str, readings: tuple[str, ...]) -> tuple[int, ...] | None:
    """Syllables of `word` that CC-CEDICT reads in the neutral tone, given our `readings`; None if unsure.

    CC-CEDICT's common-word entries spelled like ours (tones aside) must all mark the same syllables tone 5
    (it writes erhua 'r5'): 妈妈 mā ma, 一会儿 yī huì er, 快点儿 kuài diǎn er. When they disagree (东西 dōngxī
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


def _apply_neutral_tones(text: str, words: Sequence[tuple[str, str]], readings: list[str]) -> None:
    """Give each jieba word of 2+ characters the neutral tones of its dictionary form (in place).

    pypinyin's phrases miss many (妈妈 mā mā, 朋友 péng yǒu, 早上 zǎo shàng). Neutral tone is part of a word's
    dictionary form, not sandhi, so it is kept under the citation-tone policy. Words CC-CEDICT lacks keep ours.
    """
    pos = 0
    for wi, (word, _) in enumerate(words):
        end = pos + len(word)
        if end - pos > 1 and all(readings[pos:end]):
            if word in _NEUTRAL_WORD:
                nxt = words[wi + 1][1] if wi + 1 < len(words) else ""
                full = nxt in _FULL_TONE_BEFORE[word]
                if not full and tuple(_letters(r) for r in readings[pos:end]) == tuple(
                        r[:-1] for r in _NEUTRAL_WORD[word]):
                    readings[pos:end] = _NEUTRAL_WORD[word]
            else:
                for k in _neutral_positions(word, tuple(readings[pos:end])) or ():
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


def _prefer_jieba_phrases(text: str, words: Sequence[tuple[str, str]], readings: list[str],
                          covered: list[tuple[int, int] | None]) -> None:
    """Where a jieba word is itself a pypinyin phrase but forward maximum matching cut across it, take the
    phrase's reading for the word: jieba's cut uses context, FMM does not (知|重负|重 reads the second 重 alone,
    as the model's chóng; jieba's 知重|负重 gives 负重 fù zhòng). Changes ``readings``/``covered`` in place."""
    phrases = _dictionaries()[1]
    pos = 0
    for word, _ in words:
        end = pos + len(word)
        if len(word) > 1 and covered[pos] != (pos, end) and word in phrases:
            readings[pos:end] = _phrase_readings(word)
            covered[pos:end] = [(pos, end)] * len(word)
        pos = end


def _compute(todo: list[_Key]) -> dict[_Key, tuple[str, ...]]:
    """Read the sentences in `todo`; results are returned and also kept in the sentence cache."""
    from quizgen.analysis.lexicon import prefetch_entries

    # the neutral-tone step, and the glosses after it, look up every word in CC-CEDICT: one query per 500
    # words instead of one per word (~700 on the sample)
    prefetch_entries({w for _, words in todo for w, _ in words})
    model = polyphone_model()
    bases: list[list[str]] = []
    contexts: list[list[tuple[int, int]]] = []
    jobs: list[tuple[str, list[int]]] = []
    job_of: dict[int, list[tuple[int, int]]] = {}  # sentence -> (job, clause offset)
    for text, words in todo:
        if "".join(w for w, _ in words) != text:
            raise ValueError(f"words do not spell the sentence: {text!r}")
        readings, covered = _base(text)
        _prefer_jieba_phrases(text, words, readings, covered)
        ctx = []
        open_ = []
        pos = 0
        for wi, (word, tag) in enumerate(words):
            end = pos + len(word)
            for i in range(pos, end):
                ch = text[i]
                span = covered[i]
                if not readings[i]:
                    continue
                if span is None:
                    if ch in rules.RULE_CHARS:
                        ctx.append((i, wi))
                    if ch in model.candidates and not rules.decided_by_rule(ch, word, tag):
                        open_.append(i)
                elif ch in rules.RULE_CHARS and not (pos <= span[0] and span[1] <= end):
                    ctx.append((i, wi))  # a phrase jieba does not keep inside one word
            pos = end
        # the model reads the clause around each open character, not the whole sentence (speed)
        clauses: dict[tuple[int, int], list[int]] = {}
        for i in open_:
            a = i
            while a and text[a - 1] not in rules.CLAUSE_END:
                a -= 1
            b = i + 1
            while b < len(text) and text[b] not in rules.CLAUSE_END:
                b += 1
            clauses.setdefault((a, b), []).append(i)
        for (a, b), idxs in clauses.items():
            job_of.setdefault(len(bases), []).append((len(jobs), a))
            jobs.append((text[a:b], [i - a for i in idxs]))
        bases.append(readings)
        contexts.append(ctx)

    preds = model.predict(jobs)
    fresh: dict[_Key, tuple[str, ...]] = {}
    for n, (text, words) in enumerate(todo):
        readings = bases[n]
        for job, a in job_of.get(n, ()):
            for i, (r, prob) in zip(jobs[job][1], preds[job]):
                if prob >= _MIN_PROB:
                    readings[a + i] = _citation(text[a + i], r)
        for i, wi in contexts[n]:
            fixed = rules.rule(text, i, words, wi)
            if fixed:
                readings[i] = fixed
        _apply_neutral_tones(text, words, readings)
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
