"""Measure quizgen.analysis.cleaning on the spun sample and on clean text (SIGHAN 2005 test files).

Run from the repository root:  python bench/bench_hygiene.py [--no-synthetic]

Prints, for the sample in seeds/: the junk tokens with counts, the caption/credit lines, the share of
sentences flagged as garbled (split on 。！？； and line ends) with the list. For each SIGHAN test text
(../shared/eval/segmentation/{pku,msr,as,cityu}_test.utf8, skipped with a message when absent): junk found
as one document and per 50-line chunk, lines classified, garbled share. Then the recall of the data-driven
junk detector on synthetic injections (a token inserted at random places in clean 200-line chunks).
"""
from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.analysis import cleaning, garbled  # noqa: E402

SAMPLE = ROOT / "seeds" / "000_f66cfce79e5b9cdc.txt"
SIGHAN = ROOT.parent / "shared" / "eval" / "segmentation"
CORPORA = ("pku", "msr", "as", "cityu")
CHUNK_LINES = 50
_SENT = re.compile(r"[^。！？；\n]*[。！？；]?")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def load_known():
    """The pipeline's own predicate: CC-CEDICT Simplified headwords or any HSK list (quizgen.analysis.lexicon)."""
    from quizgen.analysis.lexicon import is_known_word

    return is_known_word


def sentences(text: str) -> list[str]:
    return [s for s in _SENT.findall(text) if _HAN.search(s)]


def flagged_sentences(text: str, known, jieba) -> list[str]:
    return [s for s in sentences(text) if garbled.is_garbled(jieba.cut(s), known)]


def chunks(text: str, n: int = CHUNK_LINES) -> list[str]:
    lines = text.split("\n")
    return ["\n".join(lines[i : i + n]) for i in range(0, len(lines), n)]


def bench_sample(known, jieba, t2s) -> None:
    raw = SAMPLE.read_text(encoding="utf-8")
    print(f"== sample {SAMPLE.name}: {len(raw.splitlines())} lines, {len(raw)} chars")
    classified = [(cleaning.classify_line(line), line) for line in raw.splitlines()]
    for kind, line in classified:
        if kind:
            print(f"  {kind:7} {line[:70]}")
    body = "\n".join(line for kind, line in classified if not kind)
    simp = t2s.convert(raw)
    junk = cleaning.find_junk(simp, known)
    print("  junk:", junk)
    print("  junk, data-driven only (spam=()):", cleaning.find_junk(simp, known, spam=()))
    spans = cleaning.junk_spans(simp, [t for t, _ in junk])
    cleaned = "".join(simp[b:a] for b, a in _gaps(spans, len(simp)))
    left = [w for w in ("包养", "包養") if w in cleaned]
    print(f"  removed {len(spans)} spans; 包养/包養 left after removal: {left or 'none'}")
    repaired = [cleaned[m.start() - 2 : m.end() + 2] for m in re.finditer("公安任务坚定|按键伤人", cleaned)]
    print("  repaired:", repaired)
    body_simp = hygiene_clean(t2s.convert(body), junk)
    sents = sentences(body_simp)
    flagged = flagged_sentences(body_simp, known, jieba)
    print(f"  garbled: {len(flagged)}/{len(sents)} body sentences = {len(flagged) / len(sents):.1%}")
    for s in flagged:
        print(f"    [{','.join(garbled.garble_reasons(jieba.cut(s), known))}] {s[:60]}")
    unflagged = [s for s in sents if s not in set(flagged)]
    print(f"  not flagged ({len(unflagged)}):")
    for s in unflagged:
        print(f"    {s[:60]}")


def hygiene_clean(text: str, junk) -> str:
    spans = cleaning.junk_spans(text, [t for t, _ in junk])
    return "".join(text[a:b] for a, b in _gaps(spans, len(text)))


def _gaps(spans, n):
    pos = 0
    for a, b in spans:
        yield pos, a
        pos = b
    yield pos, n


def bench_sighan(known, jieba, t2s) -> dict[str, str]:
    docs: dict[str, str] = {}
    for name in CORPORA:
        path = SIGHAN / f"{name}_test.utf8"
        if not path.exists():
            print(f"== {name}: {path} not found, skipped")
            continue
        raw = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        kinds = Counter()
        examples: dict[str, list[str]] = {"caption": [], "credit": []}
        for line in raw.splitlines():
            kind = cleaning.classify_line(line)
            if kind:
                kinds[kind] += 1
                examples[kind].append(line)
        text = t2s.convert(raw)
        docs[name] = text
        t0 = time.perf_counter()
        junk_doc = cleaning.find_junk(text, known)
        t1 = time.perf_counter()
        junk_chunks = [j for c in chunks(text) if (j := cleaning.find_junk(c, known))]
        sents = sentences(text)
        flagged = flagged_sentences(text, known, jieba)
        hits = Counter(r.split(":")[0] for s in flagged for r in garbled.garble_reasons(jieba.cut(s), known))
        print(f"== {name}: {len(raw.splitlines())} lines, {len(text)} chars")
        print(f"  junk (whole file, {t1 - t0:.1f} s): {junk_doc}")
        print(f"  junk ({len(chunks(text))} chunks of {CHUNK_LINES} lines): {junk_chunks}")
        print(f"  lines classified: {dict(kinds)} of {len(raw.splitlines())}")
        for kind, lines in examples.items():
            for line in lines[:4]:
                print(f"    {kind:7} {line[:70]}")
        print(f"  garbled: {len(flagged)}/{len(sents)} = {len(flagged) / len(sents):.2%}  by reason {dict(hits)}")
        for s in flagged[:6]:
            print(f"    {s[:70]}")
    return docs


def bench_synthetic(known, docs: dict[str, str], trials: int = 8) -> None:
    base = [c for n in ("pku", "msr") if n in docs for c in chunks(docs[n], 200)]
    if not base:
        return
    rng = random.Random(1)
    hits = total = 0
    for tok in ("代孕网", "博彩", "甜心", "包养", "六合彩"):
        row = []
        for k in (3, 5, 8, 12):
            ok = 0
            for _ in range(trials):
                text = rng.choice(base)
                gaps = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", text)]
                for p in sorted(rng.sample(gaps, k), reverse=True):
                    text = text[:p] + tok + text[p:]
                ok += any(t == tok for t, _ in cleaning.find_junk(text, known, spam=()))
            row.append(f"x{k}: {ok}/{trials}")
            hits, total = hits + ok, total + trials
        print(f"  {tok}: " + "  ".join(row))
    print(f"  data-driven recall on random injections: {hits}/{total} = {hits / total:.0%}")


def main() -> None:
    import opencc_pyo3
    import rjieba

    known = load_known()
    jieba = rjieba.Jieba()
    t2s = opencc_pyo3.OpenCC("t2s")
    bench_sample(known, jieba, t2s)
    docs = bench_sighan(known, jieba, t2s)
    if "--no-synthetic" not in sys.argv and docs:
        print("== synthetic injections into pku/msr 200-line chunks (spam=())")
        bench_synthetic(known, docs)


if __name__ == "__main__":
    main()
