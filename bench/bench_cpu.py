#!/usr/bin/env python3
"""CPU time (user + sys, the build and every child it waited for) of one quizgen command in several source
trees, run alternately in the same session so that a shared machine's load hits every tree alike.

    python bench/bench_cpu.py --tree /tmp/base --tree . --runs 5 -- build seeds/ --format apkg,html

Each tree runs as `python -m quizgen.cli --quiet ARGS --out TMP` with PYTHONPATH set to the tree and a cache
folder of its own (warmed by one untimed run first). Reported per tree: the best and the median CPU seconds,
wall seconds of the best run, and the peak RSS of the largest process (GNU time's %M when /usr/bin/time is
present). CPU time is the figure to compare on a machine shared by several engineers; wall time is not.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GTIME = "/usr/bin/time"


def run_once(tree: Path, args: list[str], cache: Path) -> tuple[float, float, float]:
    """CPU seconds, wall seconds and peak RSS (MB) of one build in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(tree)
    env["QUIZGEN_CACHE_DIR"] = str(cache)
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "quizgen.cli", "--quiet", *args, "--out", out]
        gtime = os.path.exists(GTIME)
        if gtime:
            cmd = [GTIME, "-f", "%M", *cmd]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"failed in {tree} ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = int(r.stderr.strip().splitlines()[-1]) / 1024 if gtime else float("nan")
    return cpu, wall, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", action="append", required=True, type=Path, help="a source tree (repeatable)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("args", nargs=argparse.REMAINDER, help="-- then the quizgen command line")
    ns = ap.parse_args()
    args = ns.args[1:] if ns.args[:1] == ["--"] else ns.args
    # Relative input paths are resolved here, since each tree runs in its own folder.
    args = [str(Path(a).resolve()) if not a.startswith("-") and Path(a).exists() else a for a in args]
    trees = [t.resolve() for t in ns.tree]
    caches = {t: Path(tempfile.mkdtemp(prefix="qc-bench-")) for t in trees}
    for t in trees:
        run_once(t, args, caches[t])  # warm-up: bytecode and caches
    results: dict[Path, list[tuple[float, float, float]]] = {t: [] for t in trees}
    for i in range(ns.runs):
        order = trees if i % 2 == 0 else trees[::-1]
        for t in order:
            results[t].append(run_once(t, args, caches[t]))
    print(f"quizgen {' '.join(args)}  ({ns.runs} runs each, alternating; load {os.getloadavg()[0]:.1f})")
    for t in trees:
        rs = results[t]
        cpus = [r[0] for r in rs]
        bi = cpus.index(min(cpus))
        print(f"  {t}: CPU best {min(cpus):.2f} s, median {statistics.median(cpus):.2f} s "
              f"(wall {rs[bi][1]:.2f} s), peak RSS {max(r[2] for r in rs):.0f} MB")


if __name__ == "__main__":
    main()
