"""Glosses for the hand check: a seeded random sample of the glossed tokens of some passages.

    python bench/bench_glosses.py ../evalwork/passages --sample 100 --seed 1212 --out /tmp/glosses.tsv

Every token with a gloss in every ``*.txt`` of the folder (analysed as a build analyses it, at ``--level``) is
a candidate; ``random.Random(seed).sample`` draws the sample, written as TSV (passage, sentence with the token
in 【】, token, pinyin, jieba tag, gloss) for judging by hand: is the first sense shown the one the sentence
uses (strict), and is the used sense among those shown with nothing wrong first (lenient)? The file stays
outside the repository (the passages are held out). The summary counts glossed tokens per passage.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quizgen.analysis.pipeline import analyze  # noqa: E402
from quizgen.errors import QuizgenError  # noqa: E402


def glossed_tokens(folder: Path, level: str) -> list[tuple[str, str, str, str, str, str]]:
    """(passage, marked sentence, token, pinyin, tag, gloss) of every glossed token, in file and text order."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        try:
            doc = analyze(path, level)
        except QuizgenError as err:  # a passage the build refuses has no glosses to judge: say so, go on
            print(f"skipped {path.name}: {err}", file=sys.stderr)
            continue
        for s in doc.sentences:
            for t in s.tokens:
                if t.gloss:
                    # offsets index the document text, which keeps the line breaks a sentence's text drops
                    text = doc.text
                    marked = (text[s.start:t.start] + "【" + text[t.start:t.end] + "】"
                              + text[t.end:s.end]).replace("\n", "")
                    out.append((path.stem, marked, t.text, t.pinyin, t.pos, t.gloss))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1212)
    ap.add_argument("--level", default="hsk5")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    tokens = glossed_tokens(args.folder, args.level)
    print(f"{len(tokens)} glossed tokens in {len({t[0] for t in tokens})} passages")
    sample = random.Random(args.seed).sample(tokens, min(args.sample, len(tokens)))
    lines = ["\t".join(row) for row in sample]
    if args.out:
        args.out.write_text("passage\tsentence\ttoken\tpinyin\ttag\tgloss\n" + "\n".join(lines) + "\n",
                            encoding="utf-8")
        print(f"wrote {len(sample)} to {args.out}")
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
