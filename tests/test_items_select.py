"""--known files: word lists and plain-text Anki exports."""
import pytest

from quizgen.errors import ConfigError
from quizgen.items import read_known


@pytest.mark.parametrize("content, expected", [
    ("学习\n汉语\n", {"学习", "汉语"}),
    ("\ufeff学习\r\n\r\n# a comment\n", {"学习"}),
    ("#separator:tab\n#html:true\n<b>學習</b>\txué xí\tto study\n经济&nbsp;\tjīng jì\n", {"學習", "学习", "经济"}),
    ("发展, development\n提高 tí gāo\n", {"发展", "提高"}),
])
def test_read_known(tmp_path, content, expected):
    p = tmp_path / "known.txt"
    p.write_text(content, encoding="utf-8")
    assert read_known(p) == frozenset(expected)


def test_read_known_missing(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        read_known(tmp_path / "nope.txt")
