"""Readings out of domain: where quizgen and plain pypinyin disagree, on text that is not CPP.

    python bench/bench_readings_ood.py                  # summary of every part
    python bench/bench_readings_ood.py --sample 200 --out /tmp/disagreements.tsv
                                                        # also write a random 200 disagreements to judge by hand
    python bench/bench_readings_ood.py --sample 100000 --out /tmp/all.tsv   # every disagreement

The sample file (outside the repository: it holds gold-set text) has one disagreement a line: source, the
sentence cut to 15 characters either side with the character in brackets, the character, pypinyin's reading,
quizgen's, ``letters`` or ``tone`` (what differs), and the whole sentence.

Parts (each skipped with a message when its data is missing):
- **disagreements**: every Han syllable where quizgen's reading differs from pypinyin's (whole sentence fed to
  ``lazy_pinyin``, 一/不 sandhi undone as quizgen does) on the SIGHAN 2005 test texts
  (``../shared/eval/segmentation/*_test.utf8``, Traditional sets converted with OpenCC t2s as the pipeline
  does) and on the example sentences of the ``chinesevocablist`` package. Differences in the neutral tone only
  (妈妈 mā ma vs mā mā: quizgen takes CC-CEDICT's word forms on purpose) are counted apart and not sampled;
  of the rest, those whose letters differ (tones ignored: wéi/wèi is not one) are counted apart too.
- **vocablist**: toneless accuracy of quizgen and of pypinyin against the package's own pinyin (aligned to
  characters by the candidate readings of each character; sentences that do not align are skipped). That
  pinyin is not hand-checked: read the numbers as agreement with a reference.
- **polyphones**: accuracy on a hand-made table of polyphones in context, ``../evalwork/polyphones_ood.tsv``
  (sentence, char_index, char, correct_pinyin with v for ü), a held-out check that is never tuned on.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
POLYPHONES = REPO.parent / "evalwork" / "polyphones_ood.tsv"
sys.path.insert(0, str(REPO))

from quizgen.analysis import pinyin  # noqa: E402

_SENT_END = re.compile(r"(?<=[。！？!?；;])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _pypinyin(text: str) -> list[str]:
    """pypinyin alone, fed the whole sentence; one numbered reading per character ('' for non-Han)."""
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True,
                      errors=lambda s: [""] * len(s))
    return [pinyin.citation_tone(c, r) if r else "" for c, r in zip(text, out)]


def _quizgen(texts: list[str]) -> list[list[str]]:
    from quizgen.analysis.segment import segmenter

    seg = segmenter(None)
    return pinyin.sentences_pinyin([(t, seg.tag(t)) for t in texts])


def sighan_sentences() -> list[tuple[str, str]]:
    """(set name, Simplified sentence) from the four SIGHAN 2005 test texts."""
    from opencc_pyo3 import OpenCC

    t2s = OpenCC("t2s")
    out = []
    for path in sorted(EVAL.glob("segmentation/*_test.utf8")):
        name = path.name.split("_")[0]
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            line = unicodedata.normalize("NFKC", "".join(line.split()))
            if name in ("as", "cityu"):
                line = t2s.convert(line)
            out.extend((name, s) for s in _SENT_END.split(line) if _HAN.search(s))
    return out


def vocablist_sentences() -> list[tuple[str, str]]:
    """(Simplified sentence, the package's tone-mark pinyin) of every chinesevocablist example, sorted."""
    try:
        from chinesevocablist import VocabList
    except ImportError:
        return []
    seen = set()
    for word in VocabList.load().words:
        for ex in word.example_sentences or ():
            if ex.simp or ex.trad:
                seen.add((unicodedata.normalize("NFKC", ex.simp or ex.trad), ex.pinyin or ""))
    return sorted(seen)


def disagreements(named: list[tuple[str, str]], bases: list[list[str]],
                  ours: list[list[str]]) -> tuple[list[tuple], int, int]:
    """(source, sentence, index, char, pypinyin, quizgen) per differing syllable; Han count; neutral-only."""
    rows, han, neutral = [], 0, 0
    for (name, text), base, mine in zip(named, bases, ours):
        for i, (a, b) in enumerate(zip(base, mine)):
            if not a:
                continue
            han += 1
            if a == b:
                continue
            if a[:-1] == b[:-1] and "5" in (a[-1], b[-1]):
                neutral += 1
                continue
            rows.append((name, text, i, text[i], a, b))
    return rows, han, neutral


def _toneless(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) or c == "\u0308").replace("u\u0308", "v")


def align_reference(text: str, ref: str) -> list[str] | None:
    """Toneless reading of each character of ``text`` taken from the word-spaced reference pinyin, or None.

    Each Han character must match one of its readings (pypinyin's heteronyms) at the current position of the
    reference letters; a depth-first search with the candidates tried longest first."""
    from pypinyin import Style
    from pypinyin import pinyin as heteronyms

    letters = re.sub(r"[^a-zv]", "", _toneless(ref).replace("ü", "v"))
    chars = [c for c in text if _HAN.match(c)]
    cands = [sorted({r.replace("ü", "v") for r in rs}, key=len, reverse=True)
             for rs in heteronyms("".join(chars), style=Style.NORMAL, heteronym=True, errors="ignore")]
    if len(cands) != len(chars):
        return None
    out: list[str] = []

    def walk(k: int, pos: int) -> bool:
        if k == len(chars):
            return pos == len(letters)
        for c in cands[k]:
            if letters.startswith(c, pos):
                out.append(c)
                if walk(k + 1, pos + len(c)):
                    return True
                out.pop()
        return False

    sys.setrecursionlimit(10_000)
    return out if walk(0, 0) else None


def vocablist_scores(pairs: list[tuple[str, str]], bases: list[list[str]], ours: list[list[str]]) -> None:
    n = ok_q = ok_p = skipped = 0
    lost: collections.Counter[str] = collections.Counter()
    won: collections.Counter[str] = collections.Counter()
    for (text, ref), base, mine in zip(pairs, bases, ours):
        gold = align_reference(text, ref)
        if gold is None:
            skipped += 1
            continue
        han = [i for i, c in enumerate(text) if _HAN.match(c)]
        for i, g in zip(han, gold):
            q, p = mine[i][:-1].replace("ü", "v"), base[i][:-1].replace("ü", "v")
            n += 1
            ok_q += q == g
            ok_p += p == g
            if q != g and p == g:
                lost[text[i]] += 1
            elif q == g and p != g:
                won[text[i]] += 1
    print(f"vocablist reference (toneless): {len(pairs) - skipped} sentences aligned ({skipped} not), {n} syllables")
    print(f"  quizgen wrong {n - ok_q}  pypinyin wrong {n - ok_p}")
    print("  quizgen alone wrong:", " ".join(f"{c}{k}" for c, k in lost.most_common(20)))
    print("  quizgen alone right:", " ".join(f"{c}{k}" for c, k in won.most_common(20)))


def polyphone_scores_base() -> tuple[list[list[str]], list[str], list[list[str]]] | None:
    """(table rows, Simplified sentences, pypinyin's readings), or None without the table."""
    if not POLYPHONES.exists():
        print(f"polyphones: skipped, {POLYPHONES} not found")
        return None
    from opencc_pyo3 import OpenCC

    t2s = OpenCC("t2s")
    rows = [line.split("\t") for line in POLYPHONES.read_text(encoding="utf-8").splitlines()[1:] if line]
    texts = [t2s.convert(s) for s, *_ in rows]
    return rows, texts, [_pypinyin(t) for t in texts]


def polyphone_scores(data: tuple[list[list[str]], list[str], list[list[str]]] | None) -> None:
    if data is None:
        return
    rows, texts, bases = data
    ours = _quizgen(texts)
    ok_q = ok_p = 0
    wrong = []
    for (sent, idx, ch, gold), base, mine in zip(rows, bases, ours):
        i = int(idx)
        q, p = mine[i].replace("ü", "v"), base[i].replace("ü", "v")
        ok_q += q == gold
        ok_p += p == gold
        if q != gold:
            wrong.append(f"{sent}[{ch}] {gold} ours {q}")
    print(f"polyphones ({POLYPHONES.name}): {len(rows)} items; quizgen {ok_q / len(rows):.3f} ({ok_q}),"
          f" pypinyin {ok_p / len(rows):.3f} ({ok_p})")
    for w in wrong:
        print("   ", w)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=0, help="how many disagreements to write for judging")
    ap.add_argument("--out", type=Path, help="TSV file for the sample (source, context, char, pypinyin, quizgen)")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)

    named = []
    if EVAL.exists():
        named += sighan_sentences()
    else:
        print(f"SIGHAN: skipped, {EVAL} not found")
    vocab = vocablist_sentences()
    named += [("vocablist", t) for t, _ in vocab]
    polyphone_bases = polyphone_scores_base()
    bases = [_pypinyin(t) for _, t in named]  # before quizgen adds its phrases to pypinyin's table
    ours = _quizgen([t for _, t in named])
    rows, han, neutral = disagreements(named, bases, ours)
    print(f"disagreements: {len(named)} sentences, {han} Han syllables; {len(rows)} readings differ from "
          f"pypinyin ({len(rows) / max(han, 1):.3%}), {neutral} more in the neutral tone only")
    letters = [r for r in rows if r[4][:-1] != r[5][:-1]]
    print(f"  tones ignored: {len(letters)} readings differ in their letters;", " ".join(
        f"{c}{k}" for c, k in collections.Counter(r[3] for r in letters).most_common(30)))
    by_src = collections.Counter(r[0] for r in rows)
    print("  by source:", dict(sorted(by_src.items())))
    print("  by char:", " ".join(f"{c}{k}" for c, k in collections.Counter(r[3] for r in rows).most_common(30)))
    if vocab:
        vocablist_scores(vocab, bases[len(named) - len(vocab):], ours[len(named) - len(vocab):])
    polyphone_scores(polyphone_bases)
    if args.sample and args.out:
        picked = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
        with args.out.open("w", encoding="utf-8") as f:
            for src, text, i, ch, a, b in picked:
                ctx = text[max(0, i - 15):i] + "[" + ch + "]" + text[i + 1:i + 16]
                kind = "letters" if a[:-1] != b[:-1] else "tone"
                f.write(f"{src}\t{ctx}\t{ch}\t{a}\t{b}\t{kind}\t{text}\n")
        print(f"wrote {len(picked)} disagreements to {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
