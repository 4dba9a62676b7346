#!/usr/bin/env python3
"""Questions the sheet's integrity fit drops, by reason, per passage and HSK level (issues 13.3 and 14).

    python bench/bench_fit.py seeds/*.txt
    python bench/bench_fit.py /work/evalwork/passages/*.txt

Each text is built as ``quizgen build`` builds it (standard 2025, seed 0, the reading attached) at HSK 4, 5 and
6; the fit (:func:`quizgen.export.worksheet.integrity.fit`) is replayed one drop at a time so that each dropped
question is counted under the first rule it broke. Prints one line per text and level (sheet questions before →
after the fit, kinds kept, sections on the sheet and how many more there are than kinds, drops) and the totals.
A kind printed as two sections or more is split by another kind's holes in the reading (一 choice 1–3, 二 cloze
4, 三 choice 5 …): "extra" counts those additional sections. The passages are held-out text outside the repository.
"""
from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from pathlib import Path

LEVELS = (4, 5, 6)


def reason(why: str) -> str:
    if why.startswith("paragraph"):
        return "paragraph cap"
    if why.startswith("gap ") and " in the " in why:
        return "gap in a stem or option"
    if why.startswith("answer of"):
        return "answer shown elsewhere"
    return why


def drops(itemset) -> tuple[object, list[tuple[str, str]]]:
    """The fitted item set and (type, reason) of each question dropped, in the order fit drops them."""
    from quizgen.export.worksheet import integrity
    from quizgen.export.worksheet.context import sections_and_key

    items, out = list(itemset.items), []
    while True:
        current = dataclasses.replace(itemset, items=tuple(items))
        sections, _key, text = sections_and_key(current, "above")
        found = integrity.problems(current, sections, text)
        if not found:
            return current, out
        by_n = {v.n: v.item for s in sections for b in s["blocks"] for v in b.items}
        count = Counter(n for n, _ in found)
        worst = max(count, key=lambda n: (count[n], not by_n[n].group, n))  # as integrity._fit chooses
        out.append((by_n[worst].type, reason(next(w for n, w in found if n == worst))))
        items = [it for it in items if it.id != by_n[worst].id]


def main() -> None:
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.build import default_title
    from quizgen.export.worksheet.context import sections_and_key
    from quizgen.items import build_items
    from quizgen.items.kinds import kind
    from quizgen.items.paragraphs import reading_paragraphs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="+", type=Path)
    args = ap.parse_args()
    before: Counter = Counter()
    after: Counter = Counter()
    why: Counter = Counter()
    parts: Counter = Counter()
    extra: Counter = Counter()
    for path in sorted(args.texts):
        text = path.read_text(encoding="utf-8")
        for lv in LEVELS:
            doc = analyze_text(text, path.name, lv, "2025")
            s = build_items(doc, seed=0, title=default_title(doc, path))
            s = dataclasses.replace(s, reading=reading_paragraphs(doc))
            fitted, dropped = drops(s)
            b = sum(kind(i.type).on_sheet for i in s.items)
            a = sum(kind(i.type).on_sheet for i in fitted.items)
            kinds = len({i.type for i in fitted.items if kind(i.type).on_sheet})
            n_parts = len(sections_and_key(fitted, "above")[0])
            before[lv] += b
            after[lv] += a
            parts[lv] += n_parts
            extra[lv] += n_parts - kinds
            why.update((lv, r) for _, r in dropped)
            print(f"{path.stem} HSK {lv}: {b} -> {a} questions, {kinds} kinds, {n_parts} sections; dropped {dropped}",
                  flush=True)
    print("sheet questions before the fit:", ", ".join(f"HSK {lv} {before[lv]}" for lv in LEVELS))
    print("sheet questions after the fit: ", ", ".join(f"HSK {lv} {after[lv]}" for lv in LEVELS))
    print("sections on the sheets:        ", ", ".join(f"HSK {lv} {parts[lv]}" for lv in LEVELS))
    print("sections beyond one per kind:  ", ", ".join(f"HSK {lv} {extra[lv]}" for lv in LEVELS))
    for (lv, r), c in sorted(why.items()):
        print(f"HSK {lv} dropped, {r}: {c}")


if __name__ == "__main__":
    main()
