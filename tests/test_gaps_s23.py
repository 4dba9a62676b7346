"""Session 23: no gap cuts a date or a quantity (the session-22 judge printed 2002＿ with the hint nián chū)."""
import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items.select import select_targets


def _occurrences(text: str, word: str, level: int = 7) -> list[str]:
    doc = analyze_text(text, "t.txt", level, "2025")
    return [span.text for t in select_targets(doc) if t.simplified == word for span, _ in t.occurrences]


@pytest.mark.parametrize("text, word", [
    ("2002年初，正当中国举重出现滑坡的关键时刻，他临危受命。", "年初"),
    ("二〇〇二年初，正当中国举重出现滑坡的关键时刻，他临危受命。", "年初"),
    ("他们在G20峰会上讨论了经济问题。", "峰会"),  # a code with digits names one thing with its noun
])
def test_a_word_completing_a_number_is_not_a_gap_target(text, word):
    assert _occurrences(text, word) == []


def test_a_unit_word_after_a_chinese_numeral_is_not_a_gap_target():
    """三|年级 ("third grade"): the gap 三＿ would cut the quantity, as 2002＿ cut the date."""
    assert _occurrences("我弟弟今年上三年级，他每天都很努力地学习。", "年级", 4) == []


def test_the_same_word_after_other_words_stays_a_target():
    """The refusal is the number before the word, not the word: 今年年初 is gapped as before."""
    got = _occurrences("今年年初，正当中国举重出现滑坡的关键时刻，他临危受命。", "年初")
    assert got, "年初 after 今年 should stay a target"


QUOTED = "大家都在讨论“中国特色”这个说法，我们也一起来看看吧。"


def test_an_open_cloze_never_cuts_a_quoted_term():
    """The session-23 held-out diff: 对“中国＿＿＿”反复揣摩 (特色) once a sentence before it was no longer greyed. The
    open cloze now refuses what the choice items refuse (open_slots.inside_name); other words of the sentence stay."""
    from quizgen.items import words
    from quizgen.items.context import Context

    doc = analyze_text(QUOTED, "t.txt", 5, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    assert ctx.targets[0].simplified == "特色"  # the best target, the one the cloze would take first
    got = [it.answer for it in words.cloze_items(ctx, 10)]
    assert got == ["讨论"], got
