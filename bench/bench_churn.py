"""Which Anki notes change when a text is edited or extended, read from the .apkg files themselves (issue 15).

Run from the repository root:  python bench/bench_churn.py [--texts N] [--edits K] [--mode append edit]

Texts: 3,000-character stretches of the SIGHAN 2005 test texts (offsets 0 and 50,000 of pku, msr, as, cityu;
read from ../shared/eval/segmentation, measurement only), saved as ``text.txt`` (a name that says nothing, so
the title comes from the text, as for most users). Each is built at HSK 5 to an .apkg (``build_one``, the
CLI's own path, in this process), then changed and rebuilt over the previous deck, and the two packages' notes
are compared by GUID (fields and tags, as ``quizgen.export.anki.dump`` reads them):

``append``  the next 600 characters of the same file appended as a new paragraph. Every existing note should
            stay byte-identical (a retired question — tagged ``quizgen::retired`` — is counted apart).
``edit``    for up to K sentences that carry a choice or cloze question, one sentence edited (a clause
            ``，大家都知道`` inserted before its closing punctuation; the tested word untouched), one rebuild
            each. The question should keep its GUID (updated in place) instead of being retired while a new
            note asks it again; notes on other sentences should not change, except the passage questions whose
            passage holds the edited sentence (their Passage field shows it).

Printed per text and in total; ``--show`` prints each changed note's GUID, type and the fields that differ.
"""
from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIGHAN = ROOT.parent / "shared" / "eval" / "segmentation"
SIZE, EXTRA = 3000, 600
EDIT = "，大家都知道"
_TAG = re.compile(r"<[^>]+>")
_CLOZE = re.compile(r"\{\{c1::(.*?)(?:::[^}]*)?\}\}")
_SENTENCE_FIELD = {"quizgen Choice": "Sentence", "quizgen Cloze": "Text", "quizgen Vocabulary": "Example"}
RETIRED = "quizgen::retired"


def build(src: Path, out: Path) -> dict[str, dict]:
    """Build ``src`` to an .apkg in ``out`` over any previous one; its notes by GUID."""
    from quizgen.build import build_one
    from quizgen.export.anki.dump import canonical_dump
    from quizgen.outputs import BuildOptions

    res = build_one(src, out, BuildOptions(level="hsk5", formats=("apkg",)))
    if res.error:
        raise RuntimeError(res.error)
    apkg = next(p for p in res.written if p.suffix == ".apkg")
    return {n["guid"]: n for n in canonical_dump(apkg)["notes"]}


def sentence_of(note: dict) -> str:
    """The plain sentence a note shows (the gap filled, tags and escapes removed)."""
    field = note["fields"].get(_SENTENCE_FIELD.get(note["notetype"], ""), "")
    return html.unescape(_TAG.sub("", _CLOZE.sub(r"\1", field)))


def compare(old: dict[str, dict], new: dict[str, dict]) -> dict[str, list[str]]:
    """GUIDs of the old notes: unchanged, changed (fields or tags), retired (newly tagged); and the new GUIDs."""
    out: dict[str, list[str]] = {"unchanged": [], "changed": [], "retired": [], "gone": [], "new": []}
    for guid, n in old.items():
        m = new.get(guid)
        if m is None:
            out["gone"].append(guid)
        elif RETIRED in m["tags"] and RETIRED not in n["tags"]:
            out["retired"].append(guid)
        elif (m["fields"], m["tags"]) == (n["fields"], n["tags"]):
            out["unchanged"].append(guid)
        else:
            out["changed"].append(guid)
    out["new"] = [g for g in new if g not in old]
    return out


def describe(guid: str, old: dict, new: dict | None) -> str:
    kind = next((t.rsplit("::", 1)[1] for t in old["tags"] if t.startswith("quizgen::type::")), old["notetype"])
    question = html.unescape(_TAG.sub("", old["fields"].get("Question", "")))[:24]
    if new is None:
        return f"  {guid} {kind}: gone"
    diff = [k for k in old["fields"] if old["fields"][k] != new["fields"].get(k)]
    if RETIRED in new["tags"]:
        diff.append("retired")
    return f"  {guid} {kind} [{', '.join(diff)}] {sentence_of(old)[:40]} {question}"


def append_run(text: str, extra: str, tmp: Path, show: bool) -> Counter[str]:
    src, out = tmp / "text.txt", tmp / "out"
    src.write_text(text, encoding="utf-8")
    old = build(src, out)
    src.write_text(text.rstrip("\n") + "\n" + extra.lstrip("\n"), encoding="utf-8")
    new = build(src, out)
    got = compare(old, new)
    if show:
        for g in got["changed"] + got["gone"]:
            print(describe(g, old[g], new.get(g)))
    return Counter({k: len(v) for k, v in got.items()} | {"notes": len(old)})


def edited(text: str, sentence: str) -> str | None:
    """``text`` with :data:`EDIT` inserted before the closing punctuation of its one copy of ``sentence``."""
    if text.count(sentence) != 1:
        return None
    body = sentence.rstrip("。！？!?…；;”」』\"’）) ")
    if not body:
        return None
    return text.replace(sentence, body + EDIT + sentence[len(body):], 1)


def edit_runs(text: str, tmp: Path, edits: int, show: bool) -> Counter[str]:
    """Edit one questioned sentence at a time (each from the original text) and count what the rebuild did."""
    src = tmp / "text.txt"
    src.write_text(text, encoding="utf-8")
    base_out = tmp / "base"
    base = build(src, base_out)
    asked = sorted({sentence_of(n) for n in base.values()
                    if n["notetype"] in ("quizgen Choice", "quizgen Cloze") and sentence_of(n)
                    and "statement" not in n["fields"].get("Instruction", "")}, key=text.find)
    tally: Counter[str] = Counter()
    done = 0
    for sentence in asked:
        if done == edits:
            break
        changed_text = edited(text, sentence)
        if changed_text is None:
            continue
        done += 1
        out = tmp / f"edit{done}"
        shutil.copytree(base_out, out)
        src.write_text(changed_text, encoding="utf-8")
        new = build(src, out)
        got = compare(base, new)
        # questions on the edited sentence or clause, or on a sentence holding it
        own = {g for g, n in base.items() if sentence in sentence_of(n) and n["notetype"] != "quizgen Vocabulary"}
        passage_of_it = {g for g, n in base.items() if sentence in html.unescape(n["fields"].get("Passage", ""))}
        tally["edits"] += 1
        tally["questions on the edited sentence"] += len(own)
        tally["kept in place"] += sum(g in got["changed"] or g in got["unchanged"] for g in own)
        lost = [base[g]["notetype"] for g in own if g in got["retired"] or g in got["gone"]]
        tally["retired"] += len(lost)
        new_on_it = [g for g in got["new"] if sentence in sentence_of(new[g]).replace(EDIT, "")]
        # the churn learners see: the old note retired and the same sentence asked again by a new one
        tally["asked again as a new note"] += min(len(lost), sum(new[g]["notetype"] in lost for g in new_on_it))
        others = [g for g in got["changed"] + got["retired"] + got["gone"]
                  if g not in own and g not in passage_of_it
                  and not (base[g]["notetype"] == "quizgen Vocabulary" and sentence in sentence_of(base[g]))]
        tally["other notes changed"] += len(others)
        tally["new elsewhere"] += len(got["new"]) - len(new_on_it)
        if show:
            print(f" edit {done}: {sentence[:40]}")
            for g in sorted(own):
                print(describe(g, base[g], new.get(g)))
            for g in others:
                print("  other" + describe(g, base[g], new.get(g)))
    return tally


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=8, help="how many of the 8 stretches to use")
    ap.add_argument("--edits", type=int, default=3, help="edited sentences per text (edit mode)")
    ap.add_argument("--mode", nargs="+", choices=("append", "edit"), default=["append", "edit"])
    ap.add_argument("--show", action="store_true", help="print every changed note")
    args = ap.parse_args()
    if not SIGHAN.is_dir():
        print(f"{SIGHAN} not found: nothing to measure")
        return
    runs = [(name, off) for name in ("msr", "pku", "as", "cityu") for off in (0, 50000)][:args.texts]
    totals: dict[str, Counter[str]] = {m: Counter() for m in args.mode}
    for name, off in runs:
        raw = (SIGHAN / f"{name}_test.utf8").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        text, extra = raw[off:off + SIZE], raw[off + SIZE:off + SIZE + EXTRA]
        for mode in args.mode:
            with tempfile.TemporaryDirectory() as d:
                if args.show:
                    print(f"{name} @{off} {mode}:")
                got = append_run(text, extra, Path(d), args.show) if mode == "append" else \
                    edit_runs(text, Path(d), args.edits, args.show)
            totals[mode].update(got)
            print(f"{name} @{off} {mode}: {dict(got)}", flush=True)
    for mode, got in totals.items():
        print(f"total {mode}: {dict(got)}")


if __name__ == "__main__":
    main()
