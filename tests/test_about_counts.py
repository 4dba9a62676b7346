"""How many for a round count with 多 or 余 (issue 12, session 22): the whole count is the key, the question asks
多少 + its measure word, and the wrong options move the count by its own step; refused where the count is no round
number, is a bound (超过), sits in a list, or has no measure word after 多."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import asking
from quizgen.items.context import Context
from quizgen.items.select import select_targets

FILLER = "我叫王明，在北京一家公司工作。{0}我每天早上七点起床。"


def _counts(sentence: str, level: int = 6):
    doc = analyze_text(FILLER.format(sentence), "t.txt", level, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    sid = next(s.id for s in doc.sentences if s.text == sentence)
    return [d for d in asking.wh_drafts(ctx, random.Random(0)) if sid in d.evidence and d.kind == "how_many"]


@pytest.mark.parametrize("sentence, stem, key, wrong", [
    ("科技人员达4万多人。", "科技人员达多少人？", "4万多人", {"3万多人", "5万多人", "6万多人"}),
    ("50多万人冒着高温走上街头。", "多少人冒着高温走上街头？", "50多万人", {"40多万人", "60多万人", "70多万人"}),
    ("会议有300余名代表参加。", "会议有多少名代表参加？", "300余名", {"200余名", "400余名", "500余名"}),
])
def test_a_round_count_with_duo_is_asked_whole(sentence, stem, key, wrong):
    got = _counts(sentence, 7)
    assert len(got) == 1
    assert got[0].stem == stem and got[0].key == key and {w for w, _ in got[0].wrong} == wrong


@pytest.mark.parametrize("sentence", [
    "科技人员达128多人。",  # no round count: 128多 is not how a count is rounded
    "公司的员工超过50多万人。",  # a bound: 超过40多万人 would be true as well
    "全省已关闭非法、高能耗企业6000多家。",  # a list in the clause
    "50多万市民冒着高温走上街头。",  # no measure word after 多: 多少市民 asks another thing
])
def test_no_question_on_a_count_that_is_not_a_round_one_with_its_measure(sentence):
    assert not any("多" in d.key or "余" in d.key for d in _counts(sentence))
