"""Regenerate quizgen/data/spinner_pairs.tsv from its own first two columns (and exception columns).

Run from the repository root:  python bench/make_spinner_pairs.py [SOURCE]

SOURCE (default: the table itself) has lines
``spun<TAB>original[<TAB>strong-flag<TAB>not_before<TAB>not_after[<TAB>source]]`` (source: where the pair was read,
"sample" when not given).
The script fills in the Traditional forms (OpenCC s2tw, the form quizgen displays) and the genuine share of
each pair: 0 when the spun form is no CC-CEDICT or HSK word, else f(spun) / (f(spun) + f(original)) with wordfreq 3.1's Chinese frequencies — how often the spun form
is a genuine word where either could stand. ``strong`` pairs (forms that are not Chinese, counted 0 times in
the SIGHAN test texts) keep the word ``strong`` there. Output sorted by spun form, then original.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TABLE = ROOT / "quizgen" / "data" / "spinner_pairs.tsv"

HEADER = """\
# Reverse table of a synonym spinner: the substitutions that "pseudo-original" rewriting tools make in
# copied Chinese news (人民 -> 国民, 工作 -> 任务, 安全 -> 平安 ...), one pair a line, read by
# quizgen.analysis.despin. Hand-compiled by comparing the spun sample in seeds/ (a spam-site copy of a 2024
# Xinhua article) with standard news wording; generated columns by bench/make_spinner_pairs.py.
# Columns (tab-separated):
#   spun, original (Simplified, the analysis form); spun_tw, original_tw (Traditional, OpenCC s2tw);
#   genuine: "strong" for a form that is not Chinese (0 times in the SIGHAN 2005 test texts, ~640k chars),
#            else f(spun) / (f(spun) + f(original)) by wordfreq 3.1 (zh): how often the spun form is genuine;
#   not_before, not_after: "|"-separated strings that, right before/after a strong form, make it genuine
#            (平易近人, 年夜饭, 出差人员), "-" for none;
#   source: where the pair was read: "issue-14" (listed in quizgen's issue 14, read off the spun sample by
#            its reporter), "sample" (read off the spun sample in seeds/ against the standard news wording while
#            restoring it: the spun form stands where only the original is the fixed wording, 掺捏造假 for
#            掺假造假).
"""


def main() -> None:
    from wordfreq import word_frequency

    from quizgen.analysis.lexicon import is_known_word
    from quizgen.analysis.script import to_traditional

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        spun, orig = cols[0], cols[1]
        source = cols[7] if len(cols) >= 8 else cols[5] if len(cols) == 6 else "sample"
        if len(cols) >= 7:  # the table itself
            strong, before, after = cols[4] == "strong", cols[5], cols[6]
        else:
            strong = len(cols) > 2
            before, after = (cols[2], cols[3]) if strong else ("-", "-")
        if strong:
            genuine = "strong"
        elif not is_known_word(spun):
            genuine = "0.00"  # no dictionary word (瞩目标, 最基础): wordfreq would price its pieces
        else:
            fs, fo = word_frequency(spun, "zh"), word_frequency(orig, "zh")
            genuine = f"{fs / (fs + fo):.2f}" if fs + fo else "0.00"
        rows.append((spun, orig, to_traditional(spun), to_traditional(orig), genuine, before, after, source))
    rows.sort(key=lambda r: (r[0], r[1]))
    TABLE.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} pairs -> {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
