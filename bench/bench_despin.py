"""Measure the de-spinner (quizgen.analysis.despin) on the sample, on a synthetic spinner and on clean text.

Run from the repository root:  python bench/bench_despin.py [--quick]

1. The spun sample in seeds/: restorations by pair, sentences still flagged, items by kind at HSK 5.
2. A synthetic spinner made from the reverse table: every original of quizgen/data/spinner_pairs.tsv is
   replaced by its spun form (longest first, as one pass; also with probability 0.5 per occurrence, an
   inconsistent spinner) in 50-line chunks of the SIGHAN 2005 AS and CityU test texts (Traditional, analysed
   in Simplified), and a spam keyword is inserted 3 times. Then the cleaning stage runs. Reported: recall
   (spun forms restored to their original), wrong originals, false repairs (a restoration where nothing was
   spun), and whether junk removal left the restorations unchanged.
3. Clean text: the four SIGHAN test texts, whole and in 50-line chunks, and the held-out passages in
   ../evalwork/passages when present: restorations made (the bar is 0) and documents judged spun.
SIGHAN is read from ../shared/eval/segmentation; anything absent is skipped with a message.
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.analysis import cleaning, despin  # noqa: E402

SAMPLE = ROOT / "seeds" / "000_f66cfce79e5b9cdc.txt"
SIGHAN = ROOT.parent / "shared" / "eval" / "segmentation"
PASSAGES = ROOT.parent / "evalwork" / "passages"
CHUNK_LINES = 50
SPAM = "包养网"


def predicates():
    from quizgen.analysis.lexicon import known_word_predicate
    from quizgen.analysis.segment import segmenter

    known, seg = known_word_predicate(), segmenter(None)
    return known, (lambda w: known(w) or seg.has_word(w))


def chunks(text: str, n: int = CHUNK_LINES) -> list[str]:
    lines = text.split("\n")
    return ["\n".join(lines[i:i + n]) for i in range(0, len(lines), n)]


def bench_sample() -> None:
    from quizgen.analysis.pipeline import analyze
    from quizgen.items import build_items

    doc = analyze(SAMPLE, level="hsk5")
    n = sum(r.count for r in doc.repaired)
    print(f"== sample {SAMPLE.name}: {n} spun forms restored, {len(doc.repaired)} pairs")
    print("  " + ", ".join(f"{r.text}→{r.replacement} ×{r.count}" for r in doc.repaired))
    flagged = [s for s in doc.sentences if s.flagged]
    print(f"  sentences flagged: {len(flagged)} of {len(doc.sentences)}")
    items = build_items(doc)
    kinds = Counter(i.type for i in items.items)
    questions = sum(v for k, v in kinds.items() if k != "vocabulary")
    print(f"  items at HSK 5: {dict(sorted(kinds.items()))}; questions (not vocabulary): {questions}")


def spin(text: str, rng: random.Random, p: float) -> tuple[str, dict[int, tuple[int, str]]]:
    """``text`` with originals replaced by spun forms; truth maps a spun start to (end, original)."""
    table = {q.original: q.spun for q in despin.pairs()}
    rx = re.compile("|".join(map(re.escape, sorted(table, key=lambda s: (-len(s), s)))))
    out, truth, pos, shift = [], {}, 0, 0
    for m in rx.finditer(text):
        if rng.random() >= p:
            continue
        out.append(text[pos:m.start()])
        spun = table[m.group()]
        start = m.start() + shift
        truth[start] = (start + len(spun), m.group())
        shift += len(spun) - len(m.group())
        out.append(spun)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), truth


def insert_spam(text: str, rng: random.Random, k: int = 3) -> str:
    gaps = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", text)]
    for at in sorted(rng.sample(gaps, min(k, len(gaps))), reverse=True):
        text = text[:at] + SPAM + text[at:]
    return text


def bench_synthetic(known, phrase, texts: dict[str, str], quick: bool) -> None:
    from quizgen.analysis.script import to_simplified

    for p in (1.0, 0.5):
        rng = random.Random(14)
        tally: Counter[str] = Counter()
        by_kind: Counter[str] = Counter()
        examples: list[str] = []
        for name, raw in texts.items():
            for chunk in chunks(to_simplified(raw))[: 6 if quick else None]:
                spun, truth = spin(chunk, rng, p)
                ev = despin.evidence(spun)
                tally["chunks"] += 1
                tally["spun chunks"] += ev.spun
                fixes = despin.restorations(spun, known, phrase, ev)
                tally["spun forms"] += len(truth)
                for r in fixes:
                    end, orig = truth.get(r.start, (None, None))
                    kind = "strong" if r.pair.strong else (
                        "certain" if (r.pair.genuine or 0) <= despin.CERTAIN else "contextual")
                    if end == r.end and orig == r.pair.original:
                        tally["restored"] += 1
                        by_kind[kind] += 1
                    elif end == r.end:
                        tally["wrong original"] += 1
                        examples.append(f"wrong {spun[r.start - 3:r.end + 3]}: {r.pair.original} for {orig}")
                    else:
                        tally["false repairs"] += 1
                        examples.append(f"false {name} {spun[max(0, r.start - 4):r.end + 4]!r} → {r.pair.original}")
                with_spam = insert_spam(spun, rng)
                cleaned = cleaning.clean_text(with_spam, with_spam, "simplified", known, phrase)
                tally["same after spam"] += sum(r.count for r in cleaned.restored) == len(fixes)
                tally["spam removed"] += any(SPAM in r.text for r in cleaned.removed)
        n = tally["spun forms"] or 1
        print(f"== synthetic spinner, p={p}: {dict(tally)}")
        print(f"  recall {tally['restored'] / n:.1%}; restored by pair kind {dict(by_kind)}; "
              f"false repairs {tally['false repairs']}, wrong originals {tally['wrong original']}")
        for e in examples[:12]:
            print("   ", e)


def bench_clean(known, phrase, texts: dict[str, str]) -> None:
    from quizgen.analysis.script import detect_script, to_simplified

    docs = [(f"{name} whole", raw) for name, raw in texts.items()]
    docs += [(f"{name} chunk {i}", c) for name, raw in texts.items() for i, c in enumerate(chunks(raw))]
    if PASSAGES.is_dir():
        docs += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(PASSAGES.glob("*.txt"))]
    else:
        print(f"  {PASSAGES} not found: held-out passages skipped")
    changed, spun = [], []
    for label, raw in docs:
        simp = to_simplified(raw) if detect_script(raw) == "traditional" else raw
        cleaned = cleaning.clean_text(raw, simp, detect_script(raw), known, phrase)
        if cleaned.restored:
            changed.append((label, cleaned.restored))
        if cleaned.spun:
            spun.append(label)
    print(f"== clean text: {len(docs)} documents; restorations made: {sum(len(c) for _, c in changed)}; "
          f"judged spun: {len(spun)}")
    for label, restored in changed[:10]:
        print(f"    {label}: {restored}")
    strongest = max((len(despin.evidence(to_simplified(r)).absent), label) for label, r in docs)
    print(f"  most certain pairs without their original in one clean document: {strongest} "
          f"(the gate needs {despin.MIN_ABSENT})")


def main() -> None:
    quick = "--quick" in sys.argv
    bench_sample()
    known, phrase = predicates()
    texts = {}
    for name in ("pku", "msr", "as", "cityu"):
        path = SIGHAN / f"{name}_test.utf8"
        if path.exists():
            texts[name] = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        else:
            print(f"  {path} not found, skipped")
    bench_synthetic(known, phrase, {k: v for k, v in texts.items() if k in ("as", "cityu")}, quick)
    bench_clean(known, phrase, texts)


if __name__ == "__main__":
    main()
