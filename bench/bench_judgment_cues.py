#!/usr/bin/env python3
"""How far the surface of true/false and statement items gives their keys away (issue 12 item 1, issue 13.2).

    python bench/bench_judgment_cues.py /work/evalwork/passages/*.txt
    python bench/bench_judgment_cues.py --dump items.json PASSAGE.txt ...   # plus every item, to check by hand

For each passage × HSK 4, 5, 6 (standard 2025, seed 0) it builds the items, with judgments and statement items
at every level (HSK 4's and HSK 5's default counts for the text), and takes the judgments (判断对错),
the statement items (选出一致的一项) and the detail questions (the key restates a clause). Each surface cue is
a rule a student could apply without reading; its accuracy is how often it gives the key:

* judgments (对/错): ``negation`` — a negation word (不 没 未 无 非 别) means 错; ``verbatim`` — a statement
  found word for word in the text is 对, any other 错; ``new chars`` — a statement whose characters all occur in
  the text is 对, one with a character the text lacks 错;
* four options (statement, detail): a cue marks some options and the student picks at random among them
  (none or all marked: a random pick, 1/4); the accuracy is the expected share of keys found —
  ``negation`` (an option without a negation word), ``verbatim`` (an option found in the text), ``longest``
  (the longest option), ``new chars`` (an option with no character the text lacks).

A cue at 0.5 for 对/错 or 0.25 for four options tells a student nothing. The passages are held-out text outside
the repository (never copied into it).
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

LEVELS = (4, 5, 6)
NEGATION = "不没未无非别"


def _bare(s: str) -> str:
    return s.strip().rstrip("。.！!")


def _negated(s: str) -> bool:
    return any(c in s for c in NEGATION)


def _verbatim(s: str, text: str) -> bool:
    return _bare(s) in text


def _new_chars(s: str, text: str) -> bool:
    return any(c not in text for c in _bare(s) if "\u4e00" <= c <= "\u9fff")


def judgment_cues(statement: str, true: bool, text: str) -> dict[str, bool]:
    """Per cue: does it give the right answer for this judgment?"""
    return {"negation": _negated(statement) != true, "verbatim": _verbatim(statement, text) == true,
            "new chars": _new_chars(statement, text) != true}


def _pick(marked: list[bool], key: int) -> float:
    n = sum(marked)
    if n in (0, len(marked)):
        return 1 / len(marked)
    return 1 / n if marked[key] else 0.0


def choice_cues(options: list[str], key: int, text: str) -> dict[str, float]:
    """Per cue: the expected share of the key found by a student who picks among the options it marks."""
    longest = max(len(_bare(o)) for o in options)
    return {"negation": _pick([not _negated(o) for o in options], key),
            "verbatim": _pick([_verbatim(o, text) for o in options], key),
            "longest": _pick([len(_bare(o)) == longest for o in options], key),
            "new chars": _pick([not _new_chars(o, text) for o in options], key)}


def measure(paths: list[Path], dump: list[dict]) -> dict[str, dict]:
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items
    from quizgen.items.generate import default_counts

    acc: dict[str, dict] = defaultdict(lambda: {"n": 0, "true": 0, "negated": [0, 0], "cues": defaultdict(float)})
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for lv in LEVELS:
            doc = analyze_text(text, str(path), lv, "2025")
            # both kinds at every level (by default judgments are HSK 1-4, statements HSK 5): more items measured
            want = default_counts(4, doc.profile.n_chars)["judgment"], default_counts(5, doc.profile.n_chars)["statement"]
            for it in build_items(doc, seed=0, counts={"judgment": want[0], "statement": want[1]}).items:
                group = "judgment" if it.type == "judgment" else "statement" if it.type == "statement" \
                    else "detail" if it.type == "question" and it.kind == "detail" else None
                if group is None:
                    continue
                a = acc[group]
                a["n"] += 1
                if group == "judgment":
                    true = it.answer_index == 0
                    a["true"] += true
                    a["negated"][0 if true else 1] += _negated(it.prompt)
                    cues: dict = judgment_cues(it.prompt, true, doc.text)
                else:
                    cues = choice_cues(list(it.options), it.answer_index, doc.text)
                    a["negated"][0] += _negated(it.options[it.answer_index])
                    a["negated"][1] += sum(_negated(o) for k, o in enumerate(it.options) if k != it.answer_index)
                for k, v in cues.items():
                    a["cues"][k] += float(v)
                dump.append({"passage": path.stem, "level": lv, "type": it.type, "prompt": it.prompt,
                             "options": it.options, "answer": it.answer, "sentence": it.sentence,
                             "changes": it.option_changes, "explanation": it.explanation})
    return acc


def report(acc: dict[str, dict]) -> list[str]:
    out = ["| items | n | " + " | ".join(["negation", "verbatim", "new chars", "longest"]) + " | negated keys / others |",
           "|---|---|---|---|---|---|---|"]
    for group in ("judgment", "statement", "detail"):
        a = acc.get(group)
        if not a or not a["n"]:
            out.append(f"| {group} | 0 | | | | | |")
            continue
        n = a["n"]
        cells = [f"{a['cues'][k] / n:.2f}" if k in a["cues"] else "–"
                 for k in ("negation", "verbatim", "new chars", "longest")]
        others = n if group == "judgment" else 3 * n
        neg = (f"{a['negated'][0]}/{a['true']} true, {a['negated'][1]}/{n - a['true']} false" if group == "judgment"
               else f"{a['negated'][0]}/{n}, {a['negated'][1]}/{others}")
        out.append(f"| {group} | {n} | " + " | ".join(cells) + f" | {neg} |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("passages", nargs="+", type=Path)
    ap.add_argument("--dump", type=Path, help="write every item measured to this JSON file")
    args = ap.parse_args()
    dump: list[dict] = []
    acc = measure(args.passages, dump)
    print("\n".join(report(acc)))
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
