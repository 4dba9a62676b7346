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


def test_known_words_count_as_readable():
    """A learner's --known words are not tested, and a sentence full of them is readable for that learner:
    they count as at the level for the 90 % rule."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.select import item_spans

    text = "这个城市的公共交通系统非常发达，市民出行很方便。\n"
    doc = analyze_text(text, "k.txt", 2)
    above = frozenset(t.simplified for s in doc.sentences for t in s.tokens
                      if t.is_word and (t.level is None or t.level > 2))
    assert above and not item_spans(doc)
    spans = item_spans(doc, above)
    assert spans and all(s.at_level == 1.0 for s in spans)


def test_flagged_sentences_give_no_item_span():
    """A sentence flagged as garbled or machine-rewritten is never item text, however readable its words."""
    import dataclasses

    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.select import item_spans

    doc = analyze_text("我每天早上七点起床。然后我坐地铁去公司。\n", "f.txt", 4)
    assert {s.sentence.id for s in item_spans(doc)} == {0, 1}
    flagged = dataclasses.replace(doc, sentences=(dataclasses.replace(doc.sentences[0], flagged=True),
                                                  doc.sentences[1]))
    assert {s.sentence.id for s in item_spans(flagged)} == {1}
