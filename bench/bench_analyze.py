#!/usr/bin/env python3
"""Speed and memory of `quizgen analyze` against bare jieba, in one run, on the same text.

    python bench/bench_analyze.py [--chars 1000000]

Builds a text of N characters by repeating the sample in seeds/, then times, each in a fresh process:
  - `quizgen analyze FILE --level hsk5` (summary output) and with `--json FILE` — wall time, peak RSS;
  - bare `jieba.lcut(text)` (import + dictionary load + cut; and the cut alone);
  - `quizgen --help`.
A ratio ≤ 1.0 means quizgen's whole pipeline is faster than jieba's segmentation alone.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

JIEBA = """
import sys, time
t0 = time.perf_counter()
import jieba, logging
jieba.setLogLevel(logging.ERROR)
text = open(sys.argv[1], encoding='utf-8').read()
jieba.initialize()
t1 = time.perf_counter()
words = jieba.lcut(text)
t2 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {len(words)}")
"""


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the child, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return dt, max(peak, before) / 1024, r.stdout


def peak_rss(cmd: list[str]) -> float:
    """Peak RSS in MB of one command, measured with GNU time when available."""
    gtime = shutil.which("time") or "/usr/bin/time"
    if os.path.exists(gtime):
        r = subprocess.run([gtime, "-f", "%M", *cmd], capture_output=True, text=True)
        return int(r.stderr.strip().splitlines()[-1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    args = ap.parse_args()
    sample = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    text = (sample.rstrip("\n") + "\n") * (args.chars // len(sample) + 1)
    text = text[: args.chars]
    quizgen = shutil.which("quizgen") or sys.exit("quizgen is not on PATH: pip install . first")
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "big.txt"
        f.write_text(text, encoding="utf-8")
        subprocess.run([quizgen, "analyze", str(f)], capture_output=True)  # warm the dictionary cache
        t_q, _, _ = timed([quizgen, "analyze", str(f), "--level", "hsk5"])
        t_qj, _, _ = timed([quizgen, "analyze", str(f), "--level", "hsk5", "--json", str(Path(d) / "o.json")])
        mem_q = peak_rss([quizgen, "analyze", str(f), "--level", "hsk5"])
        t_j, _, out = timed([sys.executable, "-c", JIEBA, str(f)])
        load, cut, n = out.split()
        mem_j = peak_rss([sys.executable, "-c", JIEBA, str(f)])
        t_help = min(timed([quizgen, "--help"])[0] for _ in range(5))
    print(f"text: {len(text):,} characters (the sample repeated)")
    print(f"quizgen analyze (summary)   {t_q:6.2f} s  peak {mem_q:6.0f} MB")
    print(f"quizgen analyze --json      {t_qj:6.2f} s")
    print(f"jieba.lcut (whole process)  {t_j:6.2f} s  peak {mem_j:6.0f} MB  (load {load} s, cut {cut} s, {n} words)")
    print(f"ratio quizgen/jieba: {t_q / t_j:.2f} (summary), {t_qj / t_j:.2f} (json); "
          f"vs the cut alone: {t_q / float(cut):.2f}")
    print(f"quizgen --help: {t_help:.3f} s (best of 5)")


if __name__ == "__main__":
    main()
