"""pypinyin's phrases added text by text (quizgen.analysis.pinyin_table) give what its full table gives.

Each side runs in a fresh process: pypinyin's table and segmenter are global. The plain side imports pypinyin
before quizgen does, which is the module's fallback (pypinyin built its own table at import)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = next((ROOT / "seeds").glob("*.txt"))

_PROBE = """
import json, sys
if sys.argv[1] == "plain":
    import pypinyin  # noqa: F401  (imported first: pypinyin builds its whole table)
from quizgen.analysis import pinyin, pinyin_table
from quizgen.analysis.pipeline import analyze

doc = analyze(sys.argv[2], level="hsk5")
texts = ["".join(t.simplified for t in s.tokens) for s in doc.sentences] + sys.argv[3:]
bases = [pinyin._base(t) for t in texts]
words = sorted({t[i:j] for t in texts[:60] for i in range(len(t)) for j in range(i + 2, min(len(t), i + 7) + 1)})
print(json.dumps({"lazy": pinyin_table._lazy,
                  "tokens": [(t.text, t.pos, t.pinyin_numbers) for s in doc.sentences for t in s.tokens],
                  "bases": bases, "phrases": [w for w in words if pinyin.is_phrase(w)]}, ensure_ascii=False))
"""

# a Han run ending in a start of a phrase that holds no phrase itself (一氧化 starts 一氧化碳): pypinyin's
# segmenter reads such a tail character by character, even 氧化, which is a phrase of its own
# (and 照片, where quizgen's own phrase, zhào piàn, replaces pypinyin's zhào piān)
_TAILS = ["他们说是一氧化", "银行行长为民办事", "狮子大开口", "尚书仆射来了", "这张照片很好"]


def _probe(mode: str) -> dict:  # type: ignore[type-arg]
    out = subprocess.run([sys.executable, "-c", _PROBE, mode, str(SAMPLE), *_TAILS],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_phrases_added_per_text_read_as_the_whole_table() -> None:
    lazy, plain = _probe("lazy"), _probe("plain")
    assert lazy.pop("lazy") == [True] and plain.pop("lazy") == [False]
    assert lazy == plain
    assert plain["bases"][-1][0][2:4] == ["zhao4", "pian4"]
    tail = plain["bases"][-5]
    assert tail[0][-2:] == ["yang3", "hua4"] and tail[1][-3:] == [None, None, None]
    assert len(plain["phrases"]) > 100


def test_the_shipped_table_is_pypinyins_own() -> None:
    """pinyin_data/pypinyin_phrases.txt is what bench/make_pypinyin_phrases.py writes for the installed
    pypinyin (after an upgrade: run it; until then quizgen reads pypinyin's own table, see the module)."""
    code = ("import sys; sys.path.insert(0, 'bench'); import make_pypinyin_phrases as m; "
            "print('\\n'.join(m.lines()))")
    made = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                          env={k: v for k, v in __import__("os").environ.items() if k != "PYPINYIN_NO_PHRASES"})
    shipped = (ROOT / "quizgen" / "analysis" / "pinyin_data" / "pypinyin_phrases.txt").read_text(encoding="utf-8")
    assert made.stdout == shipped, "run python bench/make_pypinyin_phrases.py"


def test_the_prefix_run_is_the_longest_start_of_a_phrase() -> None:
    from quizgen.analysis.pinyin_table import _prefix_run

    lines = sorted(["一丁点儿\tx", "一氧化碳\tx", "一氧化氮\tx", "氧化\tx", "银行\tx", "银行家\tx"])
    for query, run in [("一氧化物", 3), ("一氧", 2), ("一丁", 2), ("一", 1), ("氧化钙", 2), ("银行行长", 2),
                       ("银行家们", 3), ("他", 0), ("一\t", 1), ("龟", 0), ("", 0)]:
        assert _prefix_run(lines, query) == run, query
        assert run == max((len(p) for ln in lines for k in range(len(ln.split("\t")[0]) + 1)
                           if query.startswith(p := ln.split("\t")[0][:k])), default=0)
