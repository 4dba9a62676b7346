"""Plain-text summary of an analysed document, for the terminal."""
from __future__ import annotations

from quizgen.analysis import lexicon
from quizgen.analysis.document import Document, level_label


def summary(doc: Document, top: int = 20) -> str:
    p = doc.profile
    sents = doc.sentences
    n_flag = sum(s.flagged for s in sents)
    lines = [
        f"{doc.source}",
        f"  script {doc.script}; {lexicon.standard_name(doc.standard)}; target HSK {level_label(doc.level)}",
        f"  {len(sents)} sentences ({n_flag} flagged), {p.n_words} words, {p.n_chars} characters"
        " (proper nouns excluded)",
        "  coverage    " + "".join(f"{('≤' + level_label(lv)):>7}" for lv, _ in p.char_coverage),
        "  characters  " + "".join(f"{c:>7.1%}" for _, c in p.char_coverage),
        "  words       " + "".join(f"{c:>7.1%}" for _, c in p.word_coverage),
        f"  95% coverage at: characters HSK {_lv(p.level_95_chars)}, words HSK {_lv(p.level_95_words)}",
    ]
    if doc.removed:
        lines.append("  removed junk: " + ", ".join(f"{r.text} ×{r.count}" for r in doc.removed))
    if doc.repaired:
        lines.append("  repaired spinner words: " + ", ".join(f"{r.text}→{r.replacement} ×{r.count}"
                                                            for r in doc.repaired))
    if doc.dropped:
        lines.append(f"  dropped {len(doc.dropped)} caption/credit lines")
    if p.above_level:
        wanted = set(p.above_level[:top])
        first = {}
        for s in sents:  # stop as soon as every listed word has been seen once
            for t in s.tokens:
                if t.simplified in wanted and t.simplified not in first:
                    first[t.simplified] = t
            if len(first) == len(wanted):
                break
        lines.append(f"  words above HSK {level_label(doc.level)} ({len(p.above_level)}), most frequent first:")
        for w in p.above_level[:top]:
            t = first[w]
            lines.append(f"    {t.text:<6}\t{t.pinyin:<16}\t{level_label(t.level):<8}\t{(t.gloss or '')[:60]}")
    return "\n".join(lines)


def _lv(lv: int | None) -> str:
    return "beyond 7-9" if lv is None else level_label(lv)


def build_table(results) -> str:
    """One block per built source: sentences, words by level, items by type, files written."""
    lines = []
    for r in results:
        if r.error:
            lines.append(f"{r.source}: FAILED")
            continue
        st = r.stats
        lines.append(f"{r.source}")
        lines.append(f"  sentences {st['sentences']} ({st['flagged']} flagged), words {st['words']}")
        if st.get("levels"):
            lines.append("  words by level  " + "  ".join(f"{k}: {v}" for k, v in st["levels"].items()))
        items = ", ".join(f"{n} {k}" for k, n in st["items"].items())
        if st.get("lessons"):  # a book: one line for its lesson files, not three per lesson
            lines.append(f"  lessons {st['lessons']}")
            lines.append(f"  items  {items or 'none'} (all lessons)")
            folders: dict[str, int] = {}
            for p in r.written:
                if p.suffix == ".apkg":
                    lines.append(f"  wrote  {p}")
                else:
                    folders[str(p.parent)] = folders.get(str(p.parent), 0) + 1
            for folder, n in folders.items():
                lines.append(f"  wrote  {folder}/ ({n} files)")
            continue
        lines.append(f"  items  {items or 'none'}")
        for p in r.written:
            lines.append(f"  wrote  {p}")
    return "\n".join(lines)
