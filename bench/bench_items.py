#!/usr/bin/env python3
"""Items per type and distractor-gate numbers on the sample text and real news chunks (issue 3's measure).

    python bench/bench_items.py                 # the table (markdown) for docs/items-quality.md
    python bench/bench_items.py --hand-check 20 # plus 20 random choice / passage-cloze items to judge by hand

Texts: the seeds (the sample) and chunks of the SIGHAN 2005 test texts (real news: PKU and MSR Simplified,
AS and CityU Traditional), read from ../shared/eval/ when it is there (never copied into the repository);
without it only the seeds are measured. Consecutive lines ending in a comma are joined, as the SIGHAN files
cut long sentences into lines.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "segmentation"
# (corpus, first line, last line, level): news of four sources and two scripts, HSK 4-6
CHUNKS = [("pku", 1, 60, 5), ("msr", 1, 60, 5), ("as", 1, 120, 5), ("cityu", 1, 60, 6), ("pku", 1, 60, 6),
          ("msr", 1, 60, 4), ("pku", 201, 260, 5), ("msr", 301, 360, 5), ("cityu", 201, 260, 5),
          ("as", 601, 720, 5)]
TYPES = ("vocabulary", "cloze", "choice", "word_bank", "ordering", "matching", "passage_cloze", "statement",
         "insertion", "fact")


def chunk(name: str, a: int, b: int) -> str:
    lines = (EVAL / f"{name}_test.utf8").read_text(encoding="utf-8-sig").splitlines()[a - 1:b]
    out = ""
    for ln in lines:
        ln = ln.strip()
        out += ln + ("" if ln.endswith(("，", "、", "；")) else "\n")
    return out


def texts() -> list[tuple[str, str, int]]:
    out = [(f"sample {p.stem[:12]}", p.read_text(encoding="utf-8"), lv)
           for p in sorted((ROOT / "seeds").glob("*.txt")) for lv in (4, 5, 6)]
    if EVAL.is_dir():
        out += [(f"{n.upper()} {a}–{b}", chunk(n, a, b), lv) for n, a, b, lv in CHUNKS]
    else:
        print(f"(no {EVAL}: seeds only)", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hand-check", type=int, default=0, metavar="N", help="print N random choice items")
    ap.add_argument("--seed", type=int, default=0, help="item seed (default 0)")
    args = ap.parse_args()

    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items

    print("| text | level | " + " | ".join(TYPES) + " | candidates | rejected | gaps dropped |")
    print("|---|---|" + "---|" * (len(TYPES) + 3))
    choices = []
    for name, text, level in texts():
        s = build_items(analyze_text(text, name, level, "2025"), seed=args.seed)
        st = s.stats
        cand, rej = st.get("distractor_candidates", 0), st.get("distractor_rejected", 0)
        cells = [str(st.get(f"items.{t}", 0)) for t in TYPES]
        share = f"{100 * rej / cand:.1f} %" if cand else "–"
        print(f"| {name} | {level} | " + " | ".join(cells) + f" | {cand:,} | {share} | "
              f"{st.get('gaps_dropped_fewer_than_3', 0)} |")
        for it in s.items:
            if it.type in ("choice", "passage_cloze"):
                label = name if it.type == "choice" else name + " (passage)"
                choices.append((label, it.blanked or it.prompt, it.options, it.answer))
    if args.hand_check:
        print()
        pick = random.Random(2026).sample(choices, min(args.hand_check, len(choices)))
        for k, (name, prompt, options, answer) in enumerate(pick, 1):
            opts = " / ".join(f"**{o}**" if o == answer else o for o in options)
            print(f"{k}. {name}: {prompt.replace(chr(10), ' ')[:90]}  —  {opts}")


if __name__ == "__main__":
    main()
