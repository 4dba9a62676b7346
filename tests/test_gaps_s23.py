"""Session 23: no gap cuts a date, a quantity or a quoted term (the session-22 judge printed 2002＿ with the hint
nián chū; a held-out diff gave 对“中国＿＿＿”反复揣摩). The word stays a target: its vocabulary card is no gap."""
import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import words
from quizgen.items.context import Context, make_gap
from quizgen.items.open_slots import cuts_a_name, unsure_slot
from quizgen.items.select import select_targets


def _gap_refusal(text: str, word: str, level: int = 5) -> str:
    doc = analyze_text(text, "t.txt", level, "2025")
    target = next(t for t in select_targets(doc) if t.simplified == word)  # still a target (vocabulary)
    span, tok = target.occurrences[0]
    gap = make_gap(span, tok, level)
    assert unsure_slot(gap) == cuts_a_name(gap) or cuts_a_name(gap) == ""  # the choice items refuse it first
    return cuts_a_name(gap)


@pytest.mark.parametrize("text, word, level", [
    ("2002年初，正当中国举重出现滑坡的关键时刻，他临危受命。", "年初", 5),
    ("他们在G20峰会上讨论了经济问题。", "峰会", 7),  # a code with digits names one thing with its noun
    ("我弟弟今年上三年级，他每天都很努力地学习。", "年级", 4),  # 三＿: the quantity cut
])
def test_a_word_completing_a_number_is_no_gap(text, word, level):
    assert _gap_refusal(text, word, level) == "in-number"


@pytest.mark.parametrize("text, word, level, why", [
    # the session-23 judge's pass 1: 台灣＿氣象局 (中央 of 中央氣象局, the weather bureau), 中国国＿机 (航班 out of
    # 国航 'Air China' + 班机)
    ("至于造成如此重大灾情的原因，台湾中央气象局指是因为受到强烈西南气流影响。", "中央", 6, "in-name"),
    ("匹兹堡市向武汉捐赠了18万只医用口罩，已通过中国国航班机运来。", "航班", 5, "cut-key"),
])
def test_a_gap_never_takes_a_piece_of_a_name(text, word, level, why):
    assert _gap_refusal(text, word, level) == why


def test_the_same_word_after_other_words_is_a_gap():
    """The refusal is the number before the word, not the word: 今年年初 is gapped as before."""
    assert _gap_refusal("今年年初，正当中国举重出现滑坡的关键时刻，他临危受命。", "年初") == ""


QUOTED = "大家都在讨论“中国特色”这个说法，我们也一起来看看吧。"
DATED = "2002年初，中国举重出现了滑坡，大家都很着急。"


@pytest.mark.parametrize("text, refused, taken", [(QUOTED, "特色", "讨论"), (DATED, "年初", "出现")])
def test_an_open_cloze_refuses_what_the_choice_items_refuse(text, refused, taken):
    """The open cloze (pinyin hint) never cuts a quoted term or a date: it asks open_slots.cuts_a_name, as the
    choice items and the passage cloze do; the best target is refused and the next one taken."""
    doc = analyze_text(text, "t.txt", 5, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    assert ctx.targets[0].simplified == refused  # the best target, the one the cloze would take first
    got = [it.answer for it in words.cloze_items(ctx, 10)]
    assert got == [taken], got


def test_an_airlines_name_is_no_word_to_ask():
    """The session-23 judge: ★ “…美國老鷹航空有一架飛機…”中，“航空”的意思是： *aviation (American Eagle, an airline)."""
    from quizgen.items.context import inside_name

    doc = analyze_text("和一九九四年美國老鷹航空有一架飛機在等候進場時，也發生了同樣的事故。", "t.txt", 6, "2025")
    target = next(t for t in select_targets(doc) if t.simplified == "航空")
    assert inside_name(*target.occurrences[0])


@pytest.mark.parametrize("clause, subject", [
    ("并将病毒带出市区。", False),  # 将 marks 病毒 as the object (the session-23 judge's 並將＿帶出市區 stem)
    ("并将结果告诉了大家。", False),
    ("政府将在明年建设新的机场。", True),  # 将 'will' after the subject
    ("他将这本书送给了我。", True),
])
def test_a_clause_with_jiang_before_its_object_has_no_subject(clause, subject):
    from quizgen.items.select import has_subject

    doc = analyze_text(clause, "t.txt", 6, "2025")
    assert has_subject(doc.sentences[0].tokens) is subject


def test_a_later_clause_opening_with_bing_jiang_is_no_stem():
    from quizgen.items.select import item_spans

    text = ("但该医院没有确保病房内完全没有SARS病人，便在十三日重新开放了这个病房，令稍后入院的很多病人受到了感染，"
            "并将病毒带出市区。")
    doc = analyze_text(text, "t.txt", 7)
    assert doc.sentences[0].clauses and not any(s.text.startswith("并将") for s in item_spans(doc))
