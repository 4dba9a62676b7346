"""Benchmark quizgen.analysis.pinyin: accuracy on the CPP polyphone test, drift from pypinyin on everyday text, speed.

    python bench/bench_pinyin.py            # everything
    python bench/bench_pinyin.py cpp        # one part: cpp | everyday | speed
    python bench/bench_pinyin.py cpp --errors   # also the most frequent CPP errors

Data is read from ../shared/eval/ relative to the repository (CPP: pinyin/test.sent with the target
character between two U+2581, pinyin/test.lb the gold reading, 'u:' (or 'v') for ü, neutral = 5; SIGHAN msr/pku test
texts: segmentation/*_test.utf8). A part whose data is missing is skipped with a message.
"""
from __future__ import annotations

import collections
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
sys.path.insert(0, str(REPO))

from quizgen.analysis import pinyin  # noqa: E402

MARK = "\u2581"
_SENT_END = re.compile(r"(?<=[。！？!?；;])")


def _jieba():  # type: ignore[no-untyped-def]
    from quizgen.analysis.segment import segmenter

    return segmenter(None)  # the pipeline's segmenter: the tags the rules see in a real run


def _pypinyin(text: str) -> list[str]:
    """pypinyin alone, fed the whole sentence, one entry per character ('' for non-Han)."""
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True,
                      errors=lambda s: [""] * len(s))
    return [pinyin.citation_tone(c, r) if r else "" for c, r in zip(text, out)]


def cpp(show_errors: bool) -> None:
    sent_path, gold_path = EVAL / "pinyin" / "test.sent", EVAL / "pinyin" / "test.lb"
    if not sent_path.exists():
        print(f"cpp: skipped, {sent_path} not found")
        return
    jieba = _jieba()
    texts, targets = [], []
    for line in sent_path.read_text(encoding="utf-8").splitlines():
        targets.append(line.index(MARK))
        texts.append(line.replace(MARK, ""))
    gold = [g.strip().replace("u:", "ü").replace("v", "ü") for g in gold_path.read_text(encoding="utf-8").splitlines()]
    chars = sum(map(len, texts))

    tb0 = time.perf_counter()
    base = [_pypinyin(t) for t in texts]  # first: quizgen adds its own phrases to pypinyin's table
    tb1 = time.perf_counter()
    t0 = time.perf_counter()
    items = [(t, jieba.tag(t)) for t in texts]
    t1 = time.perf_counter()
    ours = pinyin.sentences_pinyin(items)
    t2 = time.perf_counter()

    ok = sum(o[i] == g for o, i, g in zip(ours, targets, gold))
    ok_base = sum(b[i] == g for b, i, g in zip(base, targets, gold))
    n = len(gold)
    print(f"cpp: {n} sentences, {chars} chars")
    print(f"  quizgen.analysis.pinyin   accuracy {ok / n:.4f} ({ok}/{n})  {chars / (t2 - t1):,.0f} chars/s"
          f" (+ rjieba.tag {chars / (t1 - t0):,.0f} chars/s)")
    print(f"  pypinyin alone   accuracy {ok_base / n:.4f} ({ok_base}/{n})  {chars / (tb1 - tb0):,.0f} chars/s")
    if show_errors:
        errors = collections.Counter(
            (t[i], g, o[i]) for t, o, i, g in zip(texts, ours, targets, gold) if o[i] != g)
        by_char = collections.Counter()
        for (c, _, _), k in errors.items():
            by_char[c] += k
        print("  errors by char:", " ".join(f"{c}{k}" for c, k in by_char.most_common(25)))
        print("  (char, gold, ours):", errors.most_common(30))


def _everyday_sentences() -> list[str]:
    out = []
    for path in sorted(EVAL.glob("segmentation/*_test.utf8")):
        if path.name.startswith(("msr", "pku")):
            for line in path.read_text(encoding="utf-8").splitlines():
                out.extend(s for s in _SENT_END.split(line.strip()) if s)
    return out


def everyday(sample: int = 40) -> None:
    sents = _everyday_sentences()
    if not sents:
        print("everyday: skipped, no msr/pku test texts under", EVAL / "segmentation")
        return
    jieba = _jieba()
    bases = [_pypinyin(s) for s in sents]  # first: quizgen adds its own phrases to pypinyin's table
    items = [(s, jieba.tag(s)) for s in sents]
    ours = pinyin.sentences_pinyin(items)
    diffs = []
    han = 0
    for s, o, b in zip(sents, ours, bases):
        for i, (x, y) in enumerate(zip(o, b)):
            if y:
                han += 1
            if x != y:
                diffs.append((s[i], y, x, s[max(0, i - 8): i] + "[" + s[i] + "]" + s[i + 1: i + 9]))
    print(f"everyday (SIGHAN msr+pku test): {len(sents)} sentences, {han} Han chars, "
          f"{len(diffs)} differ from pypinyin alone ({len(diffs) / han:.4%})")
    pairs = collections.Counter((c, b, o) for c, b, o, _ in diffs)
    print("  most frequent (char, pypinyin, ours):", pairs.most_common(25))
    print(f"  random sample of {sample}:")
    for c, b, o, ctx in random.Random(0).sample(diffs, min(sample, len(diffs))):
        print(f"    {ctx}  pypinyin {b}  ours {o}")


def speed(target_chars: int = 1_000_000) -> None:
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    if not seeds:
        print("speed: skipped, no seeds/*.txt")
        return
    from opencc_pyo3 import OpenCC

    t2s = OpenCC("t2s")
    seed = "\n".join(t2s.convert(p.read_text(encoding="utf-8")) for p in seeds)
    text = (seed + "\n") * (target_chars // (len(seed) + 1) + 1)
    text = text[:target_chars]
    sents = [s for line in text.splitlines() for s in _SENT_END.split(line) if s]
    jieba = _jieba()
    t0 = time.perf_counter()
    items = [(s, jieba.tag(s)) for s in sents]
    t1 = time.perf_counter()
    pinyin._cache.clear()
    pinyin.sentences_pinyin(items)
    t2 = time.perf_counter()
    print(f"speed: {len(text):,} chars (seeds repeated, t2s), {len(sents):,} sentences, "
          f"{len(set(sents)):,} distinct")
    print(f"  rjieba.tag       {t1 - t0:.2f} s  {len(text) / (t1 - t0):,.0f} chars/s")
    print(f"  sentences_pinyin {t2 - t1:.2f} s  {len(text) / (t2 - t1):,.0f} chars/s (sentence cache on)")

    sents = _everyday_sentences()
    if sents:  # no repeats to speak of: the cost without the sentence cache
        items = [(s, jieba.tag(s)) for s in sents]
        n = sum(map(len, sents))
        pinyin._cache.clear()
        t0 = time.perf_counter()
        pinyin.sentences_pinyin(items)
        t1 = time.perf_counter()
        for s in sents:
            _pypinyin(s)
        t2 = time.perf_counter()
        print(f"  msr+pku {n:,} chars, {len(set(sents)):,}/{len(sents):,} distinct sentences:"
              f" sentences_pinyin {n / (t1 - t0):,.0f} chars/s, pypinyin alone {n / (t2 - t1):,.0f} chars/s")
    try:
        import jieba as pyjieba
    except ImportError:
        return
    pyjieba.setLogLevel(60)
    t0 = time.perf_counter()
    pyjieba.lcut(text)
    t1 = time.perf_counter()
    print(f"  jieba.lcut       {t1 - t0:.2f} s  {len(text) / (t1 - t0):,.0f} chars/s (the bar to beat)")


def main(argv: list[str]) -> None:
    parts = [a for a in argv if not a.startswith("-")] or ["cpp", "everyday", "speed"]
    for part in parts:
        if part == "cpp":
            cpp("--errors" in argv)
        elif part == "everyday":
            everyday()
        elif part == "speed":
            speed()
        else:
            sys.exit(f"unknown part {part!r}: use cpp, everyday or speed")


if __name__ == "__main__":
    main(sys.argv[1:])
