"""Review F3: who-questions and fact items on a name or number that is no fact of the clause. Held-out sheets
asked 谁、张允令襄阳百姓焚香拜接？ (one member of a list), 谁如何敢来？ (a rhetorical question), ＿＿＿尔位于阿姆斯特丹…
with the answer 巴里 (the name 巴里尔 cut by the segmenter) and ＿＿＿.不要让别人影响你… (a list-item number)."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import asking, facts
from quizgen.items.context import Context
from quizgen.items.select import select_targets

PEOPLE = ("刘备、张飞来到城里看望百姓。张飞今天很高兴。刘备也很高兴。关羽在门外等他们。曹操在北京。"
          "孙权如何敢来！孙权在南方。关羽和张飞都是刘备的朋友。\n")
CUT = "巴里尔位于北京北方，是一座很大的桥。我去过上海。我去过南京。我去过天津。我的朋友住在上海。他们去南京了。天津很大。\n"
LIST = "1.不要让别人影响你。\n2.每天都要看书。\n3.多跟朋友一起运动。\n"


def _ctx(text: str, level: int) -> Context:
    doc = analyze_text(text, "t.txt", level, "2025")
    return Context(doc, 0, select_targets(doc), frozenset())


@pytest.mark.parametrize("level", [4, 5, 6])
def test_no_who_question_on_a_list_member_or_a_rhetorical_question(level):
    stems = [d.stem for d in asking.wh_drafts(_ctx(PEOPLE + LIST, level), random.Random(0))]
    assert not [s for s in stems if "谁、" in s or "、谁" in s or "和谁" in s or "如何" in s]


@pytest.mark.parametrize("level", [4, 5, 6])
def test_no_fact_on_half_a_name_or_a_list_number(level):
    items = facts.fact_items(_ctx(PEOPLE + CUT + LIST, level), 10)
    assert items, "the text should still give fact items"
    assert not [it for it in items if it.prompt.startswith("＿＿＿尔") or "巴里" in it.options]
    assert not [it for it in items if it.prompt.startswith("＿＿＿.")]


def test_the_predicates_on_real_tokens():
    from quizgen.items.mentions import in_list, list_label, name_cut

    toks = analyze_text(CUT, "t.txt", 5, "2025").sentences[0].tokens
    k = next(i for i, t in enumerate(toks) if t.text == "巴里")  # jieba: 巴里|尔
    assert name_cut(toks, k)
    toks = analyze_text(PEOPLE, "t.txt", 5, "2025").sentences[0].tokens
    assert in_list(toks, 0) and not name_cut(toks, 0)
    toks = analyze_text(LIST, "t.txt", 5, "2025").sentences[0].tokens
    assert list_label(toks, 0)
