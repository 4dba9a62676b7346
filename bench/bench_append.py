"""Append a paragraph to a text and re-import its deck into real Anki: which existing notes change (issue 15).

Run from the repository root:  python bench/bench_append.py [--texts N]

For 3,000-character stretches of the SIGHAN 2005 test texts (offsets 0 and 50,000 of each of the four), the CLI
builds the deck at HSK 5 and it is imported into a fresh Anki collection (the ``anki`` package, as
tests/test_anki.py does); then the next 600 characters of the same file are appended as a new paragraph, the
deck is rebuilt over the previous one and imported again. Reported per text and in total: notes before,
notes the second import updated (a retired question's tag counts), new notes, and the updated ones by note
type. A note type "… retired" is a question the longer text no longer makes. SIGHAN is read from
../shared/eval/segmentation; absent, the script says so and stops.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIGHAN = ROOT.parent / "shared" / "eval" / "segmentation"
SIZE, EXTRA = 3000, 600


def _import(col, path: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, merge_notetypes=True))).log


def _build(src: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "quizgen.cli", "--quiet", "build", str(src), "--level", "hsk5",
                    "--format", "apkg", "--out", str(out)], check=True, capture_output=True, cwd=ROOT)
    return next(out.rglob("*.apkg"))


def one(text: str, extra: str, kinds: Counter[str]) -> tuple[int, int, int]:
    from anki.collection import Collection

    with tempfile.TemporaryDirectory() as d:
        src, out = Path(d) / "text.txt", Path(d) / "out"
        src.write_text(text, encoding="utf-8")
        col = Collection(str(Path(d) / "c.anki2"))
        try:
            _import(col, _build(src, out))
            before = len(col.find_notes("tag:quizgen"))
            src.write_text(text.rstrip("\n") + "\n" + extra.lstrip("\n"), encoding="utf-8")
            log = _import(col, _build(src, out))
            for u in log.updated:
                note = col.get_note(u.id.nid)
                kinds[note.note_type()["name"] + (" retired" if "quizgen::retired" in note.tags else "")] += 1
            return before, len(log.updated), len(log.new)
        finally:
            col.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=8, help="how many of the 8 stretches to use")
    args = ap.parse_args()
    if not SIGHAN.is_dir():
        print(f"{SIGHAN} not found: nothing to measure")
        return
    kinds: Counter[str] = Counter()
    total = Counter()
    runs = [(name, off) for name in ("msr", "pku", "as", "cityu") for off in (0, 50000)][:args.texts]
    for name, off in runs:
        raw = (SIGHAN / f"{name}_test.utf8").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        notes, updated, new = one(raw[off:off + SIZE], raw[off + SIZE:off + SIZE + EXTRA], kinds)
        total.update(notes=notes, updated=updated, new=new)
        print(f"{name} @{off}: {notes} notes, second import updated {updated}, new {new}", flush=True)
    print(f"total: {total['notes']} notes, updated {total['updated']}, new {total['new']}; updated by type: "
          f"{dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()
