"""The items model and its JSON form (docs/items-json.md)."""
import json

from quizgen.export.items_json import dumps, read_items_json, write_items_json
from quizgen.items.itemset import GlossEntry, Item, ItemSet, Passage, gap_mark, item_id


def _set() -> ItemSet:
    item = Item(id=item_id("a.txt", "我喜欢学习汉语。", "学习", "choice"), type="choice", level=7, prompt="我喜欢＿＿＿汉语。",
                options=("学习", "学校", "学生", "同学"), answer="学习", answer_index=0, source="a.txt",
                sentence="我喜欢学习汉语。", start=0, end=8, passage="cloze-1", number=1)
    return ItemSet(source="a.txt", title="a", standard="2025", level=5, seed=3, items=(item,),
                   passages=(Passage("cloze-1", "passage_cloze", "我喜欢学习汉语。", "我喜欢" + gap_mark(1) + "汉语。", 0, 8),),
                   glossary=(GlossEntry("汉语", "汉语", "hàn yǔ", "Chinese language", 1, 1),),
                   profile={"words": {"2": 0.5, "1": 0.4}}, stats={"items.choice": 1})


def test_json_round_trip():
    s = _set()
    assert ItemSet.from_dict(json.loads(dumps(s))) == s


def test_json_is_deterministic_and_readable(tmp_path):
    s = _set()
    p = write_items_json(s, tmp_path / "x.items.json")
    text = p.read_text(encoding="utf-8")
    assert text == dumps(s) and "学习" in text  # ensure_ascii=False
    assert json.loads(text)["level"] == 5 and json.loads(text)["items"][0]["level"] == "7-9"
    assert list(json.loads(text)["profile"]["words"]) == ["1", "2"]
    assert read_items_json(p) == s


def test_passage_render():
    p = _set().passages[0]
    assert p.render() == "我喜欢（1）汉语。"
    assert p.render({1: "（16）"}) == "我喜欢（16）汉语。"


def test_ids_are_stable_and_distinct():
    a = item_id("a.txt", "我喜欢学习汉语。", "学习", "choice")
    assert a == item_id("a.txt", "我喜欢学习汉语。", "学习", "choice") and a.startswith("choice-")
    assert a != item_id("a.txt", "我喜欢学习汉语。", "学习", "cloze")
    assert a != item_id("b.txt", "我喜欢学习汉语。", "学习", "choice")
