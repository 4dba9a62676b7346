"""quizgen.analysis.han is the one definition of a Han character, and no other module writes its own range."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.analysis.han import HAN, HAN_RUN, all_han, han_head, han_tail, is_han

PACKAGE = Path(__file__).resolve().parents[1] / "quizgen"


@pytest.mark.parametrize("char, han", [
    ("中", True), ("銀", True), ("〇", True),  # 二〇二四年: the ideographic zero
    ("㐀", True), ("䶵", True),  # Extension A
    ("𠀀", True), ("𪚥", True), ("𰀀", True),  # Extensions B and G (plane 3)
    ("﨑", True),  # a compatibility ideograph (U+FA11)
    ("䷀", False),  # a Yijing hexagram (U+4DC0), between Extension A and the main block
    ("⺀", False), ("㇀", False),  # a radical, a stroke
    ("。", False), ("，", False), ("a", False), ("１", False), ("ー", False), ("あ", False), ("한", False),
])
def test_is_han(char, han):
    assert is_han(char) is han
    assert bool(HAN.fullmatch(char)) is han


def test_runs_and_edges():
    assert HAN_RUN.findall("2024年是〇五号, 𠀀字") == ["年是〇五号", "𠀀字"]
    assert all_han("银行") and not all_han("") and not all_han("银行。")
    assert han_head("银行abc") == "银行" and han_tail("abc银行") == "银行" and han_head("abc") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中銀〇㐀䶵𠀀𰀀﨑䷀⺀。，a１あ", max_size=8))
def test_runs_agree_with_is_han(s):
    """all_han and han_head (one regex each) say what a loop over is_han says."""
    assert all_han(s) == (bool(s) and all(is_han(c) for c in s))
    head = 0
    while head < len(s) and is_han(s[head]):
        head += 1
    assert han_head(s) == s[:head] and han_tail(s[::-1]) == s[:head][::-1]


# A hex code point of the CJK blocks written as a range bound (\u4e00, \U00020000, 0x9FFF ...) or a literal
# range of Han characters in a character class (一-龥).
_RANGE = re.compile(r"\\u(?:3400|4dbf|4e00|9fa5|9fff|f900|faff)|\\U0002|\\U0003|0x(?:3400|4DBF|4E00|9FFF|F900|FAFF|2000|3134)"
                    r"|[\u4e00-\u9fff]-[\u4e00-\u9fff]", re.IGNORECASE)


def offending_lines(root: Path = PACKAGE) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "han.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _RANGE.search(code):
                out.append(f"{path.relative_to(root.parent)}:{n}: {line.strip()}")
    return out


def test_no_module_defines_its_own_han_range():
    """Every module takes Han from quizgen.analysis.han (a narrower range on purpose is named there)."""
    assert offending_lines() == []


def test_the_check_finds_a_private_range(tmp_path):
    pkg = tmp_path / "quizgen"
    pkg.mkdir()
    (pkg / "a.py").write_text('import re\n_HAN = re.compile(r"[\\u4e00-\\u9fff]")\n', encoding="utf-8")
    (pkg / "b.py").write_text('def f(c):\n    return 0x4E00 <= ord(c) <= 0x9FFF\n', encoding="utf-8")
    (pkg / "c.py").write_text('import re\nX = re.compile("[一-龥]")\n', encoding="utf-8")
    (pkg / "han.py").write_text('HAN_CLASS = "\\u4e00-\\u9fff"\n', encoding="utf-8")
    found = offending_lines(pkg)
    assert [f.split(":")[0] for f in found] == ["quizgen/a.py", "quizgen/b.py", "quizgen/c.py"]
