#!/usr/bin/env python3
"""Passage questions on real passages per HSK level (issue 12's measure).

    python bench/bench_questions.py PASSAGE.txt ...            # the table (markdown) for docs/items-quality.md
    python bench/bench_questions.py --dump q.json PASSAGE.txt  # plus every passage question, to check by hand

For each passage × HSK 4, 5, 6 and 7-9 (standard 2025, seed 0): the questions on the sheet (vocabulary cards
aside) / the passage questions (★ questions and true/false) with their kinds; the natural level is the first whose
cumulative word coverage reaches 90 %. The targets of issue 12: at the natural level ≥ 12 sheet questions for a
passage of 400 characters (pro rata below) with ≥ 4 passage questions; ≥ 6 sheet questions one level below.
The passages are held-out text outside the repository (never copied into it).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

LEVELS = (4, 5, 6, 7)
NEED, NEED_CHARS, NEED_Q, NEED_BELOW = 12, 400, 4, 6


def natural(doc) -> int:
    return next((lv for lv, c in doc.profile.word_coverage if c >= 0.90), 7)


def measure(path: Path, dump: list[dict], levels: tuple[int, ...] = LEVELS) -> dict:
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items
    from quizgen.items.kinds import kind as kind_of

    text = path.read_text(encoding="utf-8")
    row: dict = {"name": path.stem, "chars": sum("\u4e00" <= c <= "\u9fff" for c in text), "cells": {}}
    for lv in levels:
        doc = analyze_text(text, str(path), lv, "2025")
        # a natural level outside the measured ones counts as the nearest measured (graded texts at HSK 1-3)
        row.setdefault("natural", min(levels, key=lambda x: abs(x - natural(doc))))
        items = build_items(doc, seed=0).items
        qs = [i for i in items if i.type in ("question", "judgment")]
        row["cells"][lv] = {"sheet": sum(kind_of(i.type).on_sheet for i in items), "q": len(qs),
                            # true/false (判断对错) asks what the passage means as much as a ★ detail question
                            "other": sum(i.kind != "meaning" for i in qs),
                            "kinds": Counter("T/F" if i.type == "judgment" else i.kind for i in qs)}
        dump += [{"passage": path.stem, "level": lv, "kind": i.kind, "prompt": i.prompt, "options": i.options,
                  "answer": i.answer, "evidence": i.evidence, "changes": i.option_changes, "sentence": i.sentence}
                 for i in qs]
    return row


def label(lv: int) -> str:
    return "7-9" if lv == 7 else str(lv)


def report(rows: list[dict]) -> list[str]:
    levels = sorted(rows[0]["cells"]) if rows else list(LEVELS)
    out = ["| passage | Han chars | natural level | " + " | ".join(f"HSK {label(lv)}" for lv in levels) + " |",
           "|---|---|---|" + "---|" * len(levels)]
    hit = hit_other = below = hit_pro = 0
    total: Counter = Counter()
    for r in rows:
        cells = []
        for lv in levels:
            c = r["cells"][lv]
            total.update({(lv, k): v for k, v in c["kinds"].items()})
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(c["kinds"].items()))
            bold = "**" if lv == r["natural"] else ""
            cells.append(f"{bold}{c['sheet']} / {c['q']}{bold}" + (f" ({kinds})" if kinds else ""))
        out.append(f"| {r['name']} | {r['chars']} | {label(r['natural'])} | " + " | ".join(cells) + " |")
        need = NEED if r["chars"] >= NEED_CHARS else round(NEED * r["chars"] / NEED_CHARS)
        c = r["cells"][r["natural"]]
        hit += c["sheet"] >= need and c["q"] >= NEED_Q
        need_q = max(1, round(NEED_Q * min(1.0, r["chars"] / NEED_CHARS)))  # a graded 85-character passage: 1
        hit_pro += c["sheet"] >= need and c["q"] >= need_q
        hit_other += c["sheet"] >= need and c["other"] >= NEED_Q
        b = r["cells"].get(r["natural"] - 1)
        below += b is not None and b["sheet"] >= NEED_BELOW
    n = len(rows)
    out += ["", f"At the natural level (bold; sheet / passage questions): ≥ {NEED} sheet questions (pro rata under "
            f"{NEED_CHARS} characters) with ≥ {NEED_Q} passage questions on {hit}/{n} passages; with ≥ {NEED_Q} "
            f"passage questions other than word meaning on {hit_other}/{n}; ≥ {NEED_BELOW} sheet questions one "
            f"level below on {below}/{n}. With the passage questions pro rata too ({NEED_Q} for {NEED_CHARS} "
            f"characters, at least 1): {hit_pro}/{n}.", ""]
    for lv in levels:
        out.append(f"- HSK {label(lv)}, all passages: " + ", ".join(
            f"{k} {v}" for (level, k), v in sorted(total.items()) if level == lv))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("passages", nargs="+", type=Path)
    ap.add_argument("--dump", type=Path, help="write every passage question here (JSON)")
    ap.add_argument("--levels", type=int, nargs="+", default=list(LEVELS), help="HSK levels to measure (7 = 7-9)")
    args = ap.parse_args()
    dump: list[dict] = []
    levels = tuple(args.levels)
    rows = [measure(p, dump, levels) for p in sorted(args.passages)]
    print("\n".join(report(rows)))
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
