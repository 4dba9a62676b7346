"""quizgen.analysis.chars holds the Chinese numeral characters and the clause and sentence punctuation once; no
other module spells them again (issue 10.6)."""
from __future__ import annotations

import re
from pathlib import Path

from quizgen.analysis import chars

PACKAGE = Path(__file__).resolve().parents[1] / "quizgen"


def test_digits_in_value_order():
    assert [chars.DIGIT_VALUE[c] for c in "零一二三四五六七八九"] == list(range(10))
    assert chars.DIGITS[7] == "七" and chars.ONE_TO_NINE[0] == "一" and "两" not in chars.DIGITS
    assert chars.UNIT_VALUE == {"十": 10, "百": 100, "千": 1000}
    assert set("二〇〇一三亿两万") <= set(chars.NUMERAL) and "几" not in chars.NUMERAL
    assert "零" not in chars.COUNTING and "亿" not in chars.COUNTING
    assert set("3３叁佰几半") <= set(chars.NUMBER_CHARS) and "个" not in chars.NUMBER_CHARS


def test_clause_splits():
    assert chars.CLAUSE_SPLIT.split("他说：我来了，你呢？好!") == ["他说：我来了", "你呢", "好", ""]
    assert chars.CLAUSE_OR_COLON_SPLIT.split("他说：我来了")[0] == "他说"
    assert chars.DECIMAL.findall("增长2.5%，达30个") == ["2.5", "30"]
    assert chars.INVISIBLE.sub("", "银\u200b行 \ufeff") == "银行"


# Three digits or more in a row (一二三, 两三四 …), or four of the five clause marks ，。；！？ in one string.
_DIGIT_RUN = re.compile(r"[零一二两三四五六七八九]{3,}")
_STRING = re.compile(r'"([^"\n]*)"')


def offending_lines(root: Path = PACKAGE) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "chars.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            strings = _STRING.findall(code) if not code.lstrip().startswith('"""') else []
            if any(_DIGIT_RUN.search(s) for s in strings) \
                    or any(sum(c in s for c in "，。；！？") >= 5 for s in strings):
                out.append(f"{path.relative_to(root.parent)}:{n}: {line.strip()}")
    return out


def test_no_module_spells_the_numerals_or_the_clause_marks_again():
    assert offending_lines() == []


def test_the_check_finds_a_private_copy(tmp_path):
    pkg = tmp_path / "quizgen"
    pkg.mkdir()
    (pkg / "a.py").write_text('_D = "零一二三四五六七八九"\n_P = re.compile("[，。；！？,;!?]")\n', encoding="utf-8")
    assert len(offending_lines(pkg)) == 2
