#!/usr/bin/env python3
"""First run against later runs: CPU time of a quizgen command with an empty cache folder and again with it.

    python bench/bench_cold.py [--runs 5] [--command "analyze SAMPLE --level hsk5"] [TREE ...]

Each TREE is a checkout (default: this one), run as ``python -m quizgen.cli --quiet COMMAND`` with
PYTHONPATH=TREE; trees are interleaved run by run, so a busy machine slows each alike. Per run: a fresh empty
QUIZGEN_CACHE_DIR ("cold": what a fresh install meets), then the same folder twice ("warm"). Reported: median
and minimum wall time and the median CPU time (user + system) of the child, which a shared machine distorts
least. SAMPLE stands for the first text in seeds/.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(tree: Path, command: list[str], cache: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "QUIZGEN_CACHE_DIR": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quizgen.cli", "--quiet", *command], env=env, cwd=tree, check=True,
                   capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trees", nargs="*", type=Path, default=[ROOT])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--command", default="analyze SAMPLE --level hsk5")
    args = ap.parse_args()
    sample = str(sorted((ROOT / "seeds").glob("*.txt"))[0])
    command = [sample if w == "SAMPLE" else w for w in args.command.split()]
    times: dict[tuple[Path, str], list[tuple[float, float]]] = {(t, k): [] for t in args.trees for k in ("cold", "warm")}
    with tempfile.TemporaryDirectory() as out:
        command = [w.replace("OUT", out) for w in command]
        for _ in range(args.runs):
            for tree in args.trees:
                cache = tempfile.mkdtemp()
                for kind in ("cold", "warm", "warm"):
                    times[(tree, kind)].append(run(tree, command, cache))
                shutil.rmtree(cache)
    print(f"quizgen {args.command}, {args.runs} runs")
    for (tree, kind), got in times.items():
        walls, cpus = [w for w, _ in got], [c for _, c in got]
        print(f"{str(tree):30} {kind}: cpu median {statistics.median(cpus):.3f} s; wall median "
              f"{statistics.median(walls):.3f} s (min {min(walls):.3f})")


if __name__ == "__main__":
    main()
