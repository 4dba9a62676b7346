"""Session 23: an insertion option is a whole sentence with its quotation marks closed (the session-23 judge's
pass 1 printed the option 宝玉笑道：“我不信。, half of a quotation split at its first full stop)."""
from quizgen.analysis.pipeline import analyze_text
from quizgen.items import sections
from quizgen.items.context import Context
from quizgen.items.select import balanced_marks, select_targets

HALF = "宝玉听了这些话以后，拍着手笑道：“我一点儿也不信你说的这些话。"
TEXT = ("今天早上，宝玉很早就起床了。他先去给老太太请安。老太太说今天园子里的花都开了。"
        + HALF + "你们都来看看吧。”大家听了都笑了起来。然后他们一起去了园子里看花。"
        "园子里的花开得非常好看。大家一直玩到了晚上才回去。")


def test_no_insertion_option_opens_a_quotation_it_does_not_close():
    doc = analyze_text(TEXT, "t.txt", 6, "2025")
    assert HALF in [s.text for s in doc.sentences]  # the sentence split inside the quotation
    items = sections.insertion(Context(doc, 0, select_targets(doc), frozenset()), 5)
    assert len(items) >= 3
    assert all(balanced_marks(o) for it in items for o in it.options), items[0].options
