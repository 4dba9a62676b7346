"""Choice items whose key the sentence really holds and whose distractors the words around the gap rule out
(issue 13, deliverable 1; faults of the session-9 strict review on held-out text). Each test names the rule it
guards; removing the rule makes it fail."""
import pytest

from quizgen.items import attested, option_checks
from quizgen.items import distractors as dx


def _gap(words: list[str], answer: str, tag: str, level: int = 5) -> dx.Gap:
    index = words.index(answer)
    sentence = "".join(words)
    return dx.gap_for(answer, tag, level, sentence, sum(len(w) for w in words[:index]), words, index)


def test_a_key_cut_out_of_a_longer_word_is_not_gapped():
    """愛吃狗肉的平地人才野蠻 was segmented 平地 + 人才 + 野蛮 and keyed 人才 'talent'; it is 平地人 + 才."""
    gap = _gap(["爱", "吃", "狗肉", "的", "平地", "人才", "野蛮", "。"], "人才", "n", 6)
    assert attested.cut_key(gap.left, gap.answer, gap.right) == "平地人"
    assert dx.unsure_slot(gap) == "cut-key"


@pytest.mark.parametrize("words", [
    ["我们", "需要", "更", "多", "人才", "。"],
    ["他", "的确", "很", "忙", "。"],  # 的确 after nothing: no cut
    ["这", "是", "的确", "实", "话"],
])
def test_a_key_with_no_longer_word_across_its_edge_is_kept(words):
    answer = max(words, key=len)
    gap = _gap(words, answer, "n")
    assert attested.cut_key(gap.left, gap.answer, gap.right) == ""


def test_a_stem_where_the_source_lost_characters_is_no_item_span():
    """贾母等都添了衣， 率 吃茶 (a 红楼梦 text): a blank inside Chinese text marks lost characters."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.select import item_spans

    doc = analyze_text("贾母等都添了衣， 率 吃茶，方又入坐。我们每天晚上都在家里一起喝茶聊天。\n", "l.txt", 6)
    texts = [s.text for s in item_spans(doc)]
    assert texts, "the clean sentence gives a span"
    assert not any("率" in t for t in texts), texts


def test_an_adjective_is_no_noun_option():
    """会发生一些＿费用 offered 有序 (Cilin Dd and Ed; 'regular; orderly; successive') among 利息/情节/地形."""
    noun = frozenset({"n"})
    assert option_checks.slot_problem(noun, "有序") == "sense-adjective"
    assert option_checks.slot_problem(noun, "情节") == ""


@pytest.mark.parametrize("words", [
    ["对", "文化", "产生", "了", "浓厚", "兴趣", "。"],  # 持久 fits as well (session-9 review)
    ["对", "文化", "产生", "了", "浓厚", "的", "兴趣", "。"],
])
def test_an_adjective_before_its_noun_is_not_gapped(words):
    """An attribute takes many adjectives (浓厚/持久 兴趣): the slot has no single answer."""
    assert dx.unsure_slot(_gap(words, "浓厚", "a")) == "open-attribute"


@pytest.mark.parametrize(("option", "left", "right", "partner"), [
    ("法律", "", "环境", "法制"),  # 良好的＿环境 (key 社会): 法制环境 is a word, 法律 is of 法制's kind
    ("引入", "", "人才", "引进"),  # 在＿人才上 (key 招收): 引进人才
    ("计算", "", "性能", "使用"),  # 查看＿性能 (key 处理): 使用性能
    ("勇气", "有", "", "才干"),  # 有＿修防空地下室 (key 能力): 有才干, 有本事
])
def test_a_distractor_of_a_kind_the_neighbour_is_attested_with_fits(option, left, right, partner):
    """Session-9 review: each of these fitted its gap as well as the key."""
    assert partner in (attested.after(left) | attested.before(right))
    assert attested.neighbour_kind(option, left, right)
    assert not attested.neighbour_kind("邮局", left, right)


def test_the_neighbour_kind_rule_rejects_the_candidate():
    words = ["创立", "一个", "良好", "的", "社会", "环境", "。"]
    gap = _gap(words, "社会", "n", 4)
    assert "neighbour-kind" in dx.problems(gap, "法律")
    assert "neighbour-kind" not in dx.problems(gap, "脖子")


def test_compounds_table_is_generated_from_its_sources():
    """quizgen/data/compounds.tsv is what bench/make_compounds.py writes from jieba's dictionary and CC-CEDICT."""
    pytest.importorskip("jieba")
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "bench/make_compounds.py", "--check"], cwd=root, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("words", "answer", "made"), [
    (["然而", "，", "老百姓", "对", "举重", "并不", "感冒", "。"], "老百姓", False),  # 消费者 fits as well
    (["失去", "亲人", "的", "哀伤", "。"], "亲人", False),  # 外公 fits as well
    (["推荐", "甄试", "学生", "家长", "：", "我", "的", "小孩"], "家长", True),  # 学生 narrows it
])
def test_a_person_standing_alone_is_not_gapped(words, answer, made):
    """A bare subject or object that is a person takes any person the predicate holds of."""
    assert (dx.unsure_slot(_gap(words, answer, "n")) != "open-person") == made
