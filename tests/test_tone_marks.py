"""quizgen.analysis.tone_marks is the one place that reads or writes tone marks (issue 10.6: pypinyin's
tone_convert, not tables of our own), and it writes what the three copies it replaced wrote."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from quizgen.analysis.tone_marks import apostrophe_before, tone_number, word_pinyin

PACKAGE = Path(__file__).resolve().parents[1] / "quizgen"


def _syllables() -> list[str]:
    """Every marked syllable pypinyin writes for the characters of its table (a few thousand)."""
    from pypinyin.pinyin_dict import pinyin_dict

    return sorted({s for v in pinyin_dict.values() for s in v.split(",")})


def _old_tone_number(syllable: str) -> int:  # export/anki/note_fields.tone_number before session 18
    marks = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in marks:
            return marks[ch]
    return int(syllable[-1]) if syllable[-1:] in ("1", "2", "3", "4", "5") else 5


def test_tone_number_reads_every_syllable_as_before():
    syllables = _syllables()
    assert len(syllables) > 1000
    differ = [s for s in syllables + [s.capitalize() for s in syllables] if tone_number(s) != _old_tone_number(s)]
    assert differ == []


@pytest.mark.parametrize("syllables, word", [
    ("gōng ān jī guān", "gōng'ānjīguān"), ("xī ān", "xī'ān"), ("duàn liàn", "duànliàn"), ("Xī Ān", "Xī'Ān"),
    ("tiān é", "tiān'é"), ("pèi ǒu", "pèi'ǒu"), ("hǎi àn", "hǎi'àn"), ("kě ài", "kě'ài"), ("míng bai", "míngbai"),
    ("", ""),
])
def test_word_pinyin(syllables, word):
    assert word_pinyin(syllables) == word


def test_apostrophe_before_a_o_e_in_any_tone():
    # ê (欸 ê̄ ế ê̌ ề, an interjection) keeps the worksheet's rule before this module: no apostrophe
    syllables = [s for s in _syllables() if "\u0302" not in unicodedata.normalize("NFD", s)]
    vowel = [s for s in syllables if unicodedata.normalize("NFD", s)[0] in "aoe"]
    assert len(vowel) > 20 and all(apostrophe_before(s) and apostrophe_before(s.capitalize()) for s in vowel)
    assert not any(apostrophe_before(s) for s in syllables if unicodedata.normalize("NFD", s)[0] not in "aoe")


# Tone-marked vowels written out (three or more in one string literal) or combining tone marks: a private
# table of marks. Docstrings and comments may show examples.
_TABLE = re.compile(r"[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ]{3,}|\\u030[0-4c]", re.IGNORECASE)


def offending_lines(root: Path = PACKAGE) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "tone_marks.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _TABLE.search(line.split("#", 1)[0]):
                out.append(f"{path.relative_to(root.parent)}:{n}: {line.strip()}")
    return out


def test_no_module_writes_its_own_tone_marks():
    assert offending_lines() == []


def test_the_check_finds_a_private_table(tmp_path):
    pkg = tmp_path / "quizgen"
    pkg.mkdir()
    (pkg / "a.py").write_text('VOWELS = "aāáǎà"\n', encoding="utf-8")
    (pkg / "b.py").write_text('MARKS = {"\\u0304": 1}\n', encoding="utf-8")
    assert len(offending_lines(pkg)) == 2
