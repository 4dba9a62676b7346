#!/usr/bin/env python3
"""`quizgen build` on the sample text against autoanki 1.2.2 building its deck from the same file.

    python bench/bench_build.py [--autoanki-python PATH]

autoanki runs in its own virtual environment (it pins old versions of shared dependencies). Without
--autoanki-python the script makes one in /tmp/quizgen-bench-autoanki with `pip install autoanki==1.2.2`
(the only step that needs the package index). Every run is a fresh process; wall time and peak RSS (GNU time
when present) are reported, with quizgen timed for all formats and for apkg + html.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# As users run it: a pip install compiles every module to bytecode once; PYTHONDONTWRITEBYTECODE (set in some
# sandboxes) would make every run compile quizgen's modules from source again (0.02-0.05 s). The warm-up run
# writes the bytecode of an editable install.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

AUTOANKI = """
import sys, os
from autoanki import AutoAnki
src, out = sys.argv[1], sys.argv[2]
db = os.path.join(out, "AutoAnki.db")
AutoAnki.create_database(db)
aa = AutoAnki("zh", database_filepath=db)
aa.add_book_from_string(open(src, encoding="utf-8").read(), "sample")
aa.complete_unfinished_definitions()
aa.create_deck("AutoAnki Deck", os.path.join(out, "output"))
"""


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one command."""
    gtime = "/usr/bin/time"
    full = [gtime, "-f", "%M", *cmd] if os.path.exists(gtime) else cmd
    t = time.perf_counter()
    r = subprocess.run(full, capture_output=True, text=True, cwd=cwd, env=ENV)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")
    mem = float("nan")
    if full[0] == gtime:
        mem = int(r.stderr.strip().splitlines()[-1]) / 1024
    return dt, mem


def autoanki_python(given: str | None) -> str:
    if given:
        return given
    venv = Path(tempfile.gettempdir()) / "quizgen-bench-autoanki"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "autoanki==1.2.2"], check=True)
    return str(py)


def best(cmd: list[str], n: int = 3, cwd: Path | None = None) -> tuple[float, float]:
    runs = [run(cmd, cwd) for _ in range(n)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--autoanki-python")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sample = sorted((ROOT / "seeds").glob("*.txt"))[0]
    quizgen = shutil.which("quizgen") or sys.exit("quizgen is not on PATH: pip install . first")
    aa_py = autoanki_python(args.autoanki_python)
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        run([quizgen, "build", str(sample), "--format", "json", "--out", str(out / "warm")])  # cache warm-up
        q_all = best([quizgen, "build", str(sample), "--format", "json,apkg,html,pdf", "--out", str(out / "q")],
                     args.runs)
        q_ah = best([quizgen, "build", str(sample), "--format", "apkg,html", "--out", str(out / "q2")], args.runs)
        q_help = min(run([quizgen, "--help"])[0] for _ in range(5))
        aa_dir = out / "aa"
        aa_dir.mkdir()
        a = run([aa_py, "-c", AUTOANKI, str(sample), str(aa_dir)], cwd=aa_dir)
    print(f"input: {sample.name} ({len(sample.read_text(encoding='utf-8')):,} characters)")
    print(f"autoanki 1.2.2 (apkg)           {a[0]:6.2f} s   peak {a[1]:5.0f} MB")
    print(f"quizgen build, all formats       {q_all[0]:6.2f} s   peak {q_all[1]:5.0f} MB"
          f"   {a[0] / q_all[0]:5.1f}x faster")
    print(f"quizgen build, apkg + html       {q_ah[0]:6.2f} s   peak {q_ah[1]:5.0f} MB"
          f"   {a[0] / q_ah[0]:5.1f}x faster")
    print(f"quizgen --help                   {q_help:6.3f} s (best of 5)")


if __name__ == "__main__":
    main()
