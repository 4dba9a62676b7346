#!/usr/bin/env python3
"""Passage questions about meaning: drafts made and refused by kind and reason, and how many reach the sheet.

    python bench/bench_meaning.py PASSAGE.txt ...               # per passage × level, then totals
    python bench/bench_meaning.py --levels 4 5 6 --json out.json PASSAGE.txt ...

For each passage and level (standard 2025, seed 0) every passage-question generator runs on a fresh build context
(no sentence taken by another section), so "drafts" is what the generator can make from the text; "refused"
counts the candidates each check turned down (quizgen.items.drafts.refuse, "kind:reason"); "sheet" is what the
full build (quizgen.items.build_items) puts on the worksheet after allocation. "meaning+" counts sheet questions
about what the passage means other than word meaning (why, purpose, result, detail, who/where/when/how many,
main idea, title; true/false not included). Issue 12's target: ≥ 4 such questions per ~400-character passage at
its natural level (the first level whose word coverage reaches 90 %).
The passages are held-out text outside the repository (never copied into it).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

NEED_MEANING = 4
NOT_MEANING = ("meaning",)


def natural(doc) -> int:
    return next((lv for lv, c in doc.profile.word_coverage if c >= 0.90), 7)


def drafts_of(doc) -> tuple[Counter, Counter]:
    """(drafts by kind, refusals by "kind:reason") of every passage-question generator on a fresh context."""
    from quizgen.items import asking, causes, detail, topic
    from quizgen.items.context import Context
    from quizgen.items.select import select_targets

    targets = select_targets(doc, frozenset(), 0)
    words = frozenset(t.simplified for s in doc.sentences if not s.flagged for t in s.tokens if t.is_word)
    ctx = Context(doc, 0, targets, words)
    rng = ctx.rng("question")
    made: list = topic.drafts(ctx, rng) + causes.drafts(ctx, rng) + detail.drafts(ctx, rng) \
        + asking.wh_drafts(ctx, rng) + asking.meaning_drafts(ctx, rng)
    if doc.level <= 4:
        made += detail.judgments(ctx, ctx.rng("judgment"))
    return Counter(d.kind for d in made), Counter(getattr(ctx.tally, "refused", {}))  # none counted before 72fe986


def measure(path: Path, levels: tuple[int, ...], dump: list[dict]) -> dict:
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items

    text = path.read_text(encoding="utf-8")
    row: dict = {"name": path.stem, "chars": sum("\u4e00" <= c <= "\u9fff" for c in text), "cells": {}}
    for lv in levels:
        doc = analyze_text(text, str(path), lv, "2025")
        row.setdefault("natural", natural(doc))
        made, refused = drafts_of(doc)
        items = build_items(doc, seed=0).items
        qs = [i for i in items if i.type in ("question", "judgment")]
        sheet = Counter("T/F" if i.type == "judgment" else i.kind for i in qs)
        row["cells"][lv] = {"made": made, "refused": refused, "sheet": sheet,
                            "meaning+": sum(v for k, v in sheet.items() if k not in NOT_MEANING + ("T/F",))}
        dump += [{"passage": path.stem, "level": lv, "kind": i.kind, "prompt": i.prompt, "options": i.options,
                  "answer": i.answer, "evidence": i.evidence, "changes": i.option_changes, "sentence": i.sentence}
                 for i in qs]
    return row


def _fmt(c: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "-"


def report(rows: list[dict], levels: tuple[int, ...]) -> list[str]:
    out = ["| passage | chars | natural | level | drafts | sheet | meaning+ |", "|---|---|---|---|---|---|---|"]
    total_made: dict[int, Counter] = {lv: Counter() for lv in levels}
    total_ref: dict[int, Counter] = {lv: Counter() for lv in levels}
    total_sheet: dict[int, Counter] = {lv: Counter() for lv in levels}
    hit_nat = n_nat = 0
    hit: Counter = Counter()
    for r in rows:
        for lv in levels:
            c = r["cells"][lv]
            total_made[lv].update(c["made"])
            total_ref[lv].update(c["refused"])
            total_sheet[lv].update(c["sheet"])
            hit[lv] += c["meaning+"] >= NEED_MEANING
            nat = "**" if lv == r["natural"] else ""
            out.append(f"| {r['name']} | {r['chars']} | {r['natural']} | {nat}{lv}{nat} | {_fmt(c['made'])} | "
                       f"{_fmt(c['sheet'])} | {c['meaning+']} |")
        if r["natural"] in r["cells"]:
            n_nat += 1
            hit_nat += r["cells"][r["natural"]]["meaning+"] >= NEED_MEANING
    n = len(rows)
    out += ["", f"Passages with ≥ {NEED_MEANING} sheet questions about meaning other than word meaning: at the "
            f"natural level {hit_nat}/{n_nat} (passages whose natural level was measured); "
            + "; ".join(f"HSK {lv} {hit[lv]}/{n}" for lv in levels) + "."]
    for lv in levels:
        out += ["", f"HSK {lv}: drafts {sum(total_made[lv].values())} ({_fmt(total_made[lv])}); "
                f"sheet {sum(total_sheet[lv].values())} ({_fmt(total_sheet[lv])})",
                f"  refused: {_fmt(total_ref[lv])}"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("passages", nargs="+", type=Path)
    ap.add_argument("--levels", nargs="+", type=int, default=[4, 5, 6])
    ap.add_argument("--json", type=Path, help="write every sheet passage question here (JSON), to check by hand")
    args = ap.parse_args()
    levels = tuple(args.levels)
    dump: list[dict] = []
    rows = [measure(p, levels, dump) for p in sorted(args.passages)]
    print("\n".join(report(rows, levels)))
    if args.json:
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
