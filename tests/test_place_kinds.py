"""Places offered for a place are of its kind (quizgen/items/place_kinds.py): the sample's fact item offered the
mountain range 昆侖 (of the campaign 昆侖行動) and the cities 杭州 and 廈門 for the province 江西 (strict check,
session 21)."""
from __future__ import annotations

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import facts
from quizgen.items.context import Context
from quizgen.items.place_kinds import place_kind
from quizgen.items.select import select_targets


@pytest.mark.parametrize("name, kind", [
    ("江西", "province"), ("湖北", "province"), ("杭州", "city"), ("廈門", "city"), ("北京", "city"),
    ("昆仑", "mountain"), ("長江", "river"), ("日本", ""), ("不是地名", ""),
])
def test_the_kind_of_a_place_from_its_dictionary_entry(name, kind):
    assert place_kind(name) == kind


CITIES = ("去年，上海的经济增长了百分之八，很多人来到这里工作。去年，南京的经济增长了百分之六，很多人也来到这里工作。"
          "去年，天津的经济增长了百分之五，很多人都来到这里工作。我的朋友住在广州，广州的经济也增长了。"
          "去年，江西的经济增长了百分之九，很多年轻人回到家乡。昆仑的雪很多，每年都有很多人去那里看雪。\n")


@pytest.mark.parametrize("level", [4, 5])
def test_a_place_fact_offers_places_of_its_kind_only(level):
    doc = analyze_text(CITIES, "t.txt", level, "2025")
    items = [it for it in facts.fact_items(Context(doc, 0, select_targets(doc), frozenset()), 10)
             if it.kind == "place"]
    assert items, "the cities should still give a place fact"
    for it in items:
        kinds = {place_kind(o) for o in it.options}
        assert len(kinds) == 1, (it.prompt, it.options)


DATELINE = ("据新华社北京３月５日电，今天上午北京的天气很好，有３０００多个学生去公园玩。\n"
            "公园里的学生比去年多了５００个，大家都很高兴。\n明天北京的天气也很好，会有４０００个学生去公园。\n")


@pytest.mark.parametrize("level", [4, 5])
def test_no_fact_or_question_on_the_date_of_a_dateline(level):
    """The day a report was filed (３月５日电) is no fact of the story: asking it tests no reading."""
    import random

    from quizgen.items import asking

    doc = analyze_text(DATELINE, "t.txt", level, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    items = facts.fact_items(ctx, 10)
    assert len(items) >= 2, "the counts of the story should still give facts"
    assert not [it for it in items if "日电" in it.prompt and "３月５日电" not in it.prompt], items
    stems = [d.stem for d in asking.wh_drafts(ctx, random.Random(0))]
    assert not [s for s in stems if "日电" in s and "３月５日电" not in s], stems


@pytest.mark.parametrize("text", ["普京在信中表示，希望俄罗斯和韩国共同努力。", "普京在信中表示，希望俄羅斯和韓國共同努力。"])
def test_a_person_the_tagger_calls_a_place_is_no_place(text):
    """jieba tags 普京 a place; CC-CEDICT says 'Vladimir Putin (1952-)': a place fact among 朝鮮/韓國/漢城 asked a
    person (strict check, session 22). Real places keep their kind."""
    doc = analyze_text(text, "t.txt", 6, "2025")
    kinds = {t.simplified: facts.fact_kind(t) for s in doc.sentences for t in s.tokens if t.proper_noun}
    assert kinds.get("普京") != "place" and kinds.get("俄罗斯") == "place", kinds


DENIED = ("这台电脑我用了三个月，感觉很好。电池大概能维持6个多小时，不是8个小时。屏幕也很大，看电影很舒服。"
          "我每天用它工作5个小时，从来没有出过问题。\n")


@pytest.mark.parametrize("level", [5, 6])
def test_no_count_question_on_a_value_the_writer_denies(level):
    """…，不是8个小时: asked in place it gave "…不是多少个小时？", which asks what the battery does not last (strict
    check, session 22); the other count of the text is still asked."""
    import random

    from quizgen.items import asking

    doc = analyze_text(DENIED, "t.txt", level, "2025")
    stems = [d.stem for d in asking.wh_drafts(Context(doc, 0, select_targets(doc), frozenset()), random.Random(0))]
    assert any("工作多少个小时" in s for s in stems), stems
    assert not [s for s in stems if "不是多少" in s], stems
