"""Clauses a question may use (issue 12, session 23): a subject carried from the clause before, the first and the
last step of a sequence, 是…的, and cause clauses after a turn word or with a subject that points back — each with
the cases where the check must refuse."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import asking, causes
from quizgen.items import clause_units as cu
from quizgen.items.context import Context
from quizgen.items.drafts import clauses
from quizgen.items.select import select_targets
from quizgen.items.statements import stands_alone

FILLER = ("我叫王明，在北京一家公司工作。我每天早上七点起床。{0}我的同事也开始跟我一起运动。父母非常满意这次旅行。"
          "我们参观了很多有名的地方。他经常去图书馆看书。我的房间很干净。妹妹今年上大学了。")


def _ctx(text: str, level: int = 5) -> Context:
    doc = analyze_text(text, "t.txt", level, "2025")
    return Context(doc, 0, select_targets(doc), frozenset())


def _carried(sentence: str) -> list[tuple[str, str]]:
    ctx = _ctx(sentence)
    return [(subject.text, u.text) for s in ctx.doc.sentences for u, subject in cu.carried(ctx, s)]


@pytest.mark.parametrize("sentence, subject, clause", [
    ("王明1998年来到中国，在北京住了三年。", "王明", "在北京住了三年"),  # a preposition of place, its place, the verb
    ("后来他去了上海，又在上海工作了5年。", "他", "又在上海工作了5年"),  # a time word before the subject; 工作/vn 了
    ("王明去年退休了，现在住在杭州。", "王明", "现在住在杭州"),
])
def test_a_clause_takes_the_sure_subject_before_it(sentence, subject, clause):
    assert _carried(sentence) == [(subject, clause)]


@pytest.mark.parametrize("sentence", [
    "他有一个哥哥，在广州工作。",  # a counted thing after the subject: the brother works there
    "他告诉我，明天去北京。",  # another person after the subject: who goes is not sure
    "他刚走出家门，就开始下雨了。",  # 就: what follows, not what he does
    "我买了一本书，很有意思。",  # no verb: it says something of the book
    "他买了书，是妈妈写的。",  # 是: the book is
    "天气很好，去公园散步。",  # the subject is no person
    "他去了北京，人们都很高兴。",  # a subject of its own
    "如果他去了北京，在那里住三年。",  # after a condition nothing is asked
])
def test_no_subject_carried_where_it_is_not_sure(sentence):
    assert _carried(sentence) == []


def test_the_question_says_the_carried_subject():
    # 他来到中国 is too short to be a statement unit, so the sentence is none either: the clause is asked alone
    ctx = _ctx(FILLER.format("他来到中国，在北京住了3年。"))
    got = [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.key == "3年"]
    assert [d.stem for d in got] == ["他在北京住了多少年？"]
    d = got[0]
    assert d.text == "他来到中国，在北京住了3年" and d.text in ctx.doc.text  # the evidence, as the text has it
    assert len(d.wrong) == 3 and "3年" not in [w for w, _ in d.wrong]


def test_the_narrators_carried_subject_is_the_author():
    ctx = _ctx(FILLER.format("我来到中国，在北京住了3年。"))
    assert [d.stem for d in asking.wh_drafts(ctx, random.Random(0)) if d.key == "3年"] == ["作者在北京住了多少年？"]


def _alone(sentence: str) -> list[bool]:
    ctx = _ctx(sentence)
    return [stands_alone(c) for s in ctx.doc.sentences for c in clauses(s)]


@pytest.mark.parametrize("sentence, alone", [
    ("最后我们到了丽江。", [True]),  # the last step of a sequence: no other step is last
    ("首先他去了北京。", [True]),
    ("然后我们去了大理。", [False]),  # a middle step is relative to the one before
    ("我是去年从上海来的。", [True]),  # 是…的: a statement
    ("他是坐飞机去北京的。", [True]),
    ("我们班最高的，是他。", [False, True]),  # …的 without 是 goes on in the next clause
])
def test_sequence_ends_and_shi_de_stand_alone(sentence, alone):
    assert _alone(sentence) == alone


CAUSES = ("我叫王明，在北京一家公司工作。我每天早上七点起床。他经常去图书馆看书。{0}我的同事也开始跟我一起运动。"
          "父母非常满意这次旅行。我们参观了很多有名的地方。我的房间很干净。妹妹今年上大学了。")


@pytest.mark.parametrize("sentence, quoted, key", [
    ("但因为今天下雨，我们没有去公园。", "我们没有去公园", "今天下雨"),  # a turn word before the cause cue
    ("可是因为今天下雨，所以我们没有去公园。", "我们没有去公园", "今天下雨"),
    ("却因为今天下雨，我们没有去公园。", "我们没有去公园", "今天下雨"),  # 却, a hedge of cues.tsv
    ("由于学校经费困难，这一建议没有被采纳。", "这一建议没有被采纳", "学校经费困难"),  # quoted, it points back
])
def test_causes_after_a_turn_and_quoted_clauses_that_point_back(sentence, quoted, key):
    ctx = _ctx(CAUSES.format(sentence), 4)
    sid = next(s.id for s in ctx.doc.sentences if s.text == sentence)
    got = [d for d in causes.drafts(ctx, random.Random(0)) if d.evidence == (sid,)]
    assert [(d.kind, d.key) for d in got] == [("why", key)] and f"“{quoted}”" in got[0].stem


@pytest.mark.parametrize("sentence", [
    "由于学校经费困难，这没有被采纳。",  # 这 alone, no noun after it: which thing is not said
    "由于学校经费困难，这是问题。",  # 这 is the whole subject
])
def test_no_why_on_a_bare_pointing_clause(sentence):
    ctx = _ctx(CAUSES.format(sentence), 4)
    sid = next(s.id for s in ctx.doc.sentences if s.text == sentence)
    assert not [d for d in causes.drafts(ctx, random.Random(0)) if d.evidence == (sid,)]


COUNTS = ("我叫王明，在北京一家公司工作。我每天早上七点起床。{0}我的同事也开始跟我一起运动。父母非常满意这次旅行。"
          "我们参观了很多有名的地方。他经常去图书馆看书。我的房间很干净。妹妹今年上大学了。")


def _how_many(sentence: str) -> list[str]:
    ctx = _ctx(COUNTS.format(sentence), 5)
    sid = next(s.id for s in ctx.doc.sentences if s.text == sentence)
    return [d.stem for d in asking.wh_drafts(ctx, random.Random(0)) if d.kind == "how_many" and d.evidence == (sid,)]


@pytest.mark.parametrize("sentence", [
    "湖北选手叶桂五段战胜了种子选手。",  # a rank after a name, in words
    "他说选手王芳3段今天战胜了对手。",  # … and in digits
    "湖北选手战胜了近期战绩不错的种子选手黎春华四段。",  # after a name jieba cut in two (黎/nr 春华/nz)
    "前两届研讨会开得很好。",  # a selection: 'the two before'
    "两位选手的比赛非常精彩。",  # a count inside a 的-phrase that modifies the subject
    "6岁的孩子不仅喜欢听，还自己讲。",
    "我们以每桶原油14美元至16美元为基础作预算。",  # the first value of a range
    "大会在上午9时30分开始了。",  # an hour (ordinal_unit 时) and its minutes
    "当年不仅5000名职工全部得到安置，还增加了收入。",  # the first half of a pair (pair_first 不仅)
    "10多年农业的发展历史告诉我们很多道理。",  # a round count with 多 modifying the subject (about_counts)
])
def test_no_how_many_on_what_is_no_count(sentence):
    assert _how_many(sentence) == []


@pytest.mark.parametrize("sentence, stem", [
    ("我又一次询问了两位医生朋友。", "作者又一次询问了几位医生朋友？"),  # a count of the object
    ("我们一共有14个学生参加了比赛。", "我们一共有多少个学生参加了比赛？"),
    ("去年这个公司加工玉米40万吨。", "去年这个公司加工玉米多少万吨？"),  # jieba tags 玉米 nr: no name
])
def test_how_many_still_asks_counts(sentence, stem):
    assert _how_many(sentence) == [stem]


@pytest.mark.parametrize("sentence, asked", [
    ("我们去年去了杭州。", "我们去年去了哪儿？"),  # a verb of direction, 了, the place
    ("他以前到过杭州。", "他以前到过哪儿？"),
    ("我们买了杭州的茶。", None),  # 了 after a verb that goes nowhere
])
def test_a_place_after_a_verb_of_direction_and_its_aspect(sentence, asked):
    ctx = _ctx(sentence, 4)
    u = next(u for s in ctx.doc.sentences for u in asking.clause_units(ctx, s))
    i = next(k for k, t in enumerate(u.tokens) if t.text == "杭州")
    assert asking._asked(ctx, u, i, "place") == asked


def test_no_when_on_the_day_of_a_month_in_words():
    # 元月 + 16日: one date in two tokens, 元月什么时候 does not ask it (strict check of draw 11004)
    ctx = _ctx(COUNTS.format("王先生在元月16日被感染了。"), 5)
    assert not [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.kind == "when"]
