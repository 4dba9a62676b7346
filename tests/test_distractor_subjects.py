"""Options ruled out after the session-16 strict hand check of held-out choice items: a second right answer of the
key's kind where the words around the gap are attested with that kind (the subject of an attested predicate,
neighbours outside the HSK lists), a classifier of one narrow kind, a noun jieba tags as an adjective, an activity
verb after 非常. The sentences are made up for the tests; each test names the rule it guards."""
from quizgen.items import distractors as dx
from quizgen.items import frames
from quizgen.items import neighbours as nb
from quizgen.items.gaps import predicate_after

from .conftest import built_gap as _gap


def test_after_a_classifier_of_one_kind_only_nouns_counted_with_it():
    """沙特一家＿的专栏评论员 (杂志, which CC-CEDICT counts with 本, 份, 期) offered 文件/文字/图片: 家 counts firms."""
    firm = _gap("他在一家杂志工作了三年。", "杂志")
    assert "frame-measure" in dx.problems(firm, "文件")
    assert "frame-measure" in dx.problems(firm, "图片")
    assert "frame-measure" not in dx.problems(firm, "公司")  # 一家公司
    assert "frame-measure" not in dx.problems(_gap("他在这里工作了三年。", "工作"), "文件")


def test_an_adjective_slot_takes_no_word_cilin_files_as_a_thing_or_an_act():
    """已经很＿了 (不幸) offered 合同 'contract': jieba's dictionary tags it 'a', Cilin files it with things (Di)
    and activities (Hj) only."""
    sad = _gap("她觉得我们已经很不幸了。", "不幸")
    assert "sense-adjective-class" in dx.problems(sad, "合同")
    assert "sense-adjective-class" not in dx.problems(sad, "疯狂")  # Cilin I: a state
    assert "sense-adjective-class" not in dx.problems(sad, "愉快")  # Cilin G: a feeling
    assert not nb.adjective_filed("合同") and nb.adjective_filed("简单")


def test_neighbours_outside_the_word_lists_choose_the_kind_too():
    """伤亡＿不明 (情况) took 信息: 情况不明 is a dictionary word, but 伤亡 and 不明 have no part of speech in the
    HSK lists, so the attested kind of their partners was never read."""
    state = _gap("地震以后，伤亡情况不明。", "情况")
    assert "neighbour-kind" in dx.problems(state, "信息")
    assert nb.content_filed("不明") and not nb.content_filed("可能")  # 可能 is also an adverb (Ka)


def test_the_subject_of_an_attested_predicate_refuses_nouns_of_its_partners_kind():
    """而且＿往往比实体店便宜 (价格) offered 费用/现金/成本: 价格便宜 is a dictionary word, and the costs are of the
    kind of 价格 (Cilin Dj)."""
    words = ["水果", "价格", "往往", "比", "别的", "地方", "便宜", "。"]
    assert predicate_after(words, 1) == "便宜"  # past an adverb and a prepositional phrase
    assert predicate_after(["价格", "的", "变化", "很", "大"], 0) == ""  # an attribute, no subject
    assert predicate_after(["价格", "是", "十", "元"], 0) == ""  # 是 says nothing of its subject
    assert predicate_after(["压力", "和", "所", "克服", "的", "困难"], 0) == ""  # another noun's verb after 和
    price = _gap("在这家超市，水果价格往往比别的地方便宜。", "价格")
    assert price.predicate == "便宜"
    assert "predicate-kind" in dx.problems(price, "费用")
    assert "predicate-kind" not in dx.problems(price, "态度")


def test_an_activity_verb_is_no_feeling():
    """已经非常＿了 (普及) offered 批准 'to approve': the English head is a feeling's, but Cilin files 批准 with
    administrative acts (Hc); 欢迎 (Hi, social attitudes) takes 非常."""
    spread = _gap("这个办法已经非常普及了。", "普及")
    assert "frame-degree" in dx.problems(spread, "批准")
    assert frames.gradable("欢迎", frozenset({"v"}))
    assert frames.gradable("赞成", frozenset({"v"}))


def test_a_word_that_is_a_noun_only_by_a_related_leaf_has_no_noun_kind():
    """养老金…的＿越来越大 (压力) offered 男性 among 质量/样子: Cilin's own code of 男性 is a feature ('male', Eb),
    its only noun code a related-word leaf; as a noun it names a person, no thing."""
    assert nb.noun_kind("男性") == ""
    pressure = _gap("这几年，工作的压力越来越大。", "压力")
    assert "kind" in dx.problems(pressure, "男性")
    assert "kind" not in dx.problems(pressure, "质量")


def test_no_gap_of_a_verb_closing_a_time_clause():
    """＿以后，我常常和同学一起打篮球 (放学): 出院 fits as well; any event closes a time clause."""
    assert dx.unsure_slot(_gap("下班以后，他常常去公园跑步。", "下班")) == "open-time-clause"
    assert dx.unsure_slot(_gap("他常常下班去公园跑步。", "下班")) != "open-time-clause"
    # 以后 'the future' as the object: 她没有提到以后要如何 (提到 took 相比/提供/提醒)
    assert dx.unsure_slot(_gap("她没有提到以后要怎么办。", "提到")) != "open-time-clause"


def test_a_verb_of_phase_is_no_distractor_before_an_action():
    """旨在＿…的经济合作 (加强) offered 继续, 正＿去做 (打算) 坚持: a verb of phase takes any action as object."""
    from quizgen.items.gaps import action_object

    strengthen = _gap("这次会议的目的是加强两国之间的经济合作。", "加强")
    assert strengthen.action_object
    assert "phase-verb" in dx.problems(strengthen, "继续")
    plan = _gap("这是我们正打算去做的事。", "打算")  # a verb phrase, though the noun after 的 is a thing
    assert "phase-verb" in dx.problems(plan, "坚持")
    assert action_object(["降低", "关税", "。"], 0) is False  # a thing: 停止 stays a distractor
    assert "phase-verb" not in dx.problems(_gap("他们决定降低关税。", "降低"), "停止")


def test_no_noun_gap_for_a_key_that_takes_a_clause():
    """＿仅由于迪拜酋长国不同意… (据说 'it is said that', filed with nouns by Cilin) took 简历/背景/疑问."""
    assert dx.unsure_slot(_gap("据说由于天气不好，这次比赛就要取消了。", "据说")) == "clause-sense"
