"""Word facts remembered between runs (quizgen.memo): same items from remembered facts, quiet on bad folders."""
from quizgen import memo
from quizgen.analysis.pipeline import analyze_text
from quizgen.items import build_items

from .test_items_build import TEXT


def test_facts_come_back_from_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(memo, "_path", lambda name: tmp_path / f"{name}.marshal")
    calls = []

    @memo.remembered
    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    with memo.shard("t"):
        assert length("社区") == 2
    assert length("北京") == 2  # outside any shard: remembered in memory only
    memo.save()
    assert (tmp_path / "t.marshal").is_file()
    memo.forget()
    with memo.shard("t"):
        assert length("社区") == 2 and length("北京") == 2
    assert calls == ["社区", "北京", "北京"]


def test_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(memo, "_path", lambda name: blocker / "cache" / f"{name}.marshal")

    @memo.remembered
    def double(word: str) -> str:
        return word * 2

    with memo.shard("u"):
        assert double("好") == "好好"
    memo.save()
    memo.forget()
    with memo.shard("u"):
        assert double("好") == "好好"


def test_items_from_remembered_facts_are_the_same():
    for level in (4, 5, 6):
        doc = analyze_text(TEXT, "life.txt", level, "2025")
        fresh = build_items(doc, seed=3).to_dict()  # facts computed (and saved)
        memo.forget()
        assert build_items(doc, seed=3).to_dict() == fresh  # facts read back from the files
