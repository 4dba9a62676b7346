"""Worksheet HTML and PDF: golden HTML, structure (key for every item, no answers on the student part, no
network), PDF fonts and text (poppler), and the page in headless Chromium. Regenerate the golden file with
``UPDATE_GOLDEN=1 pytest tests/test_worksheet.py`` and review the diff like code."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quizgen.errors import ConfigError
from quizgen.export.worksheet import render_html, word_pinyin, write_html
from quizgen.items.model import GlossEntry, Item, ItemSet, Paragraph, Passage, ReadingToken

GOLDEN = Path(__file__).parent / "golden" / "worksheet.html"

T = ReadingToken
READING = (
    Paragraph(1, 0, 40, (T("小王", "xiǎo wáng", None, False, True), T("每天", "měi tiān", 1), T("早上", "zǎo shang", 1),
                         T("都", "dōu", 1), T("去", "qù", 1), T("公园", "gōng yuán", 2), T("锻炼", "duàn liàn", 3),
                         T("，", ""), T("他", "tā", 1), T("觉得", "jué de", 2), T("运动", "yùn dòng", 2),
                         T("能", "néng", 1), T("缓解", "huǎn jiě", 6, True), T("压力", "yā lì", 4), T("。", ""))),
    Paragraph(2, 41, 90, (T("但是", "dàn shì", 2), T("最近", "zuì jìn", 2), T("工作", "gōng zuò", 1),
                          T("特别", "tè bié", 2), T("忙", "máng", 2), T("，", ""), T("他", "tā", 1),
                          T("常常", "cháng cháng", 1), T("熬夜", "áo yè", 7, True), T("，", ""),
                          T("身体", "shēn tǐ", 2), T("也", "yě", 1), T("越来越", "yuè lái yuè", 3), T("差", "chà", 3),
                          T("。", ""), T(" "), T("HSK", ""), T(" "),
                          T("https://example.org/a-very-long-address-without-any-space-that-must-wrap-inside"
                            "-the-margins-of-the-page-anyway", ""), T("。", ""))),
)
P1 = Passage("cloze-1", "passage_cloze", "他觉得运动能缓解压力。但是最近工作特别忙。",
             "他觉得运动能{{1}}压力。但是最近工作{{2}}忙。", 10, 60)
P2 = Passage("insert-2", "insertion", "小王每天早上都去公园锻炼。他觉得运动能缓解压力。但是最近工作特别忙。",
             "小王每天早上都去公园锻炼。{{1}}但是最近工作特别忙。", 0, 60)
P3 = Passage("stmt-3", "statement", "但是最近工作特别忙，他常常熬夜。", "但是最近工作特别忙，他常常熬夜。", 41, 60)


def _item(type_, n, **kw):
    base = {"id": f"{type_}-{n}", "type": type_, "level": 5, "prompt": "", "source": "t.txt"}
    base.update(kw)
    return Item(**base)


ITEMS = (
    _item("vocabulary", 1, prompt="锻炼", answer="锻炼", word="锻炼", pinyin="duàn liàn", gloss="to exercise"),
    _item("cloze", 1, prompt="小王每天早上都去公园＿＿＿。", answer="锻炼", hint="duàn liàn", word="锻炼",
          simplified="锻炼", pinyin="duàn liàn", gloss="to exercise", sentence="小王每天早上都去公园锻炼。",
          start=0, end=13, target_start=10, target_end=12),
    _item("choice", 1, prompt="他觉得运动能缓解＿＿＿。", options=("压力", "力气", "能力", "动力"), answer="压力",
          answer_index=0, word="压力", simplified="压力", pinyin="yā lì", gloss="pressure",
          sentence="他觉得运动能缓解压力。", start=14, end=25, target_start=22, target_end=24),
    _item("matching", 1, prompt="身体", options=("yā lì", "shēn tǐ", "gōng zuò"), answer="shēn tǐ", answer_index=1,
          group="match-1", number=1, kind="pinyin"),
    _item("matching", 2, prompt="压力", options=("yā lì", "shēn tǐ", "gōng zuò"), answer="yā lì", answer_index=0,
          group="match-1", number=2, kind="pinyin"),
    _item("word_bank", 1, prompt="最近工作特别＿＿＿。", options=("忙", "差", "累"), answer="忙", answer_index=0,
          group="bank-1", number=1, sentence="最近工作特别忙。", start=43, end=51, target_start=49, target_end=50),
    _item("word_bank", 2, prompt="身体也越来越＿＿＿。", options=("忙", "差", "累"), answer="差", answer_index=1,
          group="bank-1", number=2),
    _item("ordering", 1, options=("但是最近工作特别忙。", "小王每天早上都去公园锻炼。", "他常常熬夜。"),
          answer="BAC", sentence="小王每天早上都去公园锻炼。但是最近工作特别忙。他常常熬夜。"),
    _item("passage_cloze", 1, prompt="他觉得运动能＿＿＿压力。", options=("缓解", "解决", "放松", "减轻"),
          answer="缓解", answer_index=0, passage="cloze-1", group="cloze-1", number=1),
    _item("passage_cloze", 2, prompt="但是最近工作＿＿＿忙。", options=("非常", "特别", "特殊", "十分"),
          answer="特别", answer_index=1, passage="cloze-1", group="cloze-1", number=2),
    _item("statement", 1, prompt="根据这段话，可以知道：",
          options=("小王不喜欢运动。", "小王最近工作很忙。", "小王每天晚上去公园。", "小王身体越来越好。"),
          answer="小王最近工作很忙。", answer_index=1, passage="stmt-3", group="stmt-3",
          explanation="A negates 锻炼; C changes 早上 to 晚上; D reverses 差."),
    _item("insertion", 1, prompt="小王每天早上都去公园锻炼。＿＿＿但是最近工作特别忙。",
          options=("他觉得运动能缓解压力。", "他常常熬夜。"), answer="他觉得运动能缓解压力。", answer_index=0,
          passage="insert-2", group="insert-2", number=1),
    _item("fact", 1, prompt="＿＿＿每天早上都去公园锻炼。", options=("小王", "小李", "小张", "老王"), answer="小王",
          answer_index=0, kind="person"),
)


def itemset(**kw) -> ItemSet:
    fields: dict = dict(  # noqa: C408 - keyword form reads like the ItemSet call it feeds
        source="t.txt", title="小王的一天 <test> & \"quotes\"", standard="2025", level=5, seed=0, items=ITEMS,
        passages=(P1, P2, P3),
        glossary=(GlossEntry("缓解", "缓解", "huǎn jiě", "to ease; to alleviate; to relieve", 6, 1),
                  GlossEntry("熬夜", "熬夜", "áo yè", "to stay up late or all night", 7, 1),
                  GlossEntry("建警", "建警", "jiàn jǐng", "", None, 1)),
        profile={"words": {"1": .3, "2": .5, "3": .7, "4": .8, "5": .9, "6": .95, "7-9": .99},
                 "level_95_words": "6"},
        reading=READING)
    fields.update(kw)
    return ItemSet(**fields)


class Page(HTMLParser):
    """Text and attributes of the student part (<main>) and the key (#key)."""

    def __init__(self) -> None:
        super().__init__()
        self.part = ""
        self.stack: list[str] = []
        self.text = {"main": [], "key": [], "script": []}
        self.attrs: list[tuple[str, str, str]] = []
        self.key_numbers: list[int] = []
        self.item_numbers: list[int] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.part = "main"
        elif a.get("id") == "key":
            self.part = "key"
        if tag == "script":
            self.stack.append(self.part)
            self.part = "script"
        for k, v in attrs:
            self.attrs.append((tag, k, v or ""))
        if self.part == "key" and tag == "tr" and "data-n" in a:
            self.key_numbers.append(int(a["data-n"]))
        if self.part == "main" and "data-n" in a:
            self.item_numbers.append(int(a["data-n"]))

    def handle_endtag(self, tag):
        if tag == "main":
            self.part = ""
        if tag == "script" and self.stack:
            self.part = self.stack.pop()

    def handle_data(self, data):
        if self.part:
            self.text[self.part].append(data)


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    return p


def test_golden_html():
    html = render_html(itemset())
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8"), "worksheet HTML changed; UPDATE_GOLDEN=1 to accept"


def test_every_item_numbered_once_and_keyed():
    page = parse(render_html(itemset()))
    tested = [i for i in ITEMS if i.type != "vocabulary"]
    assert page.item_numbers == list(range(1, len(tested) + 1))
    assert page.key_numbers == page.item_numbers


def test_no_answers_in_student_part():
    html = render_html(itemset())
    page = parse(html)
    student = "".join(page.text["main"])
    assert "data-answer" not in html.split('id="key"')[0]
    assert "BAC" not in student
    # the open cloze and the removed sentence are not shown in their questions or passages
    main = html.split("<main")[1].split("</main>")[0]
    for block in re.findall(r'<div class="item item-cloze".*?</div>', main, re.DOTALL):
        assert "锻炼" not in block
    for block in re.findall(r'<div class="passage">.*?</div>', main, re.DOTALL):
        assert "他觉得运动能缓解压力。但是" not in block
    assert "to exercise" not in student  # key glosses stay in the key


def test_no_network_and_escaped():
    html = render_html(itemset())
    page = parse(html)
    for tag, attr, value in page.attrs:
        if attr in ("src", "href", "action", "poster", "data"):
            assert not re.match(r"\s*(https?:|//)", value), (tag, attr, value)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//)""", html)
    assert "@import" not in html and "url(http" not in html
    assert "<test>" not in html and "小王的一天 &lt;test&gt; &amp; &#34;quotes&#34;" in html


def test_lang_follows_script():
    assert '<html lang="zh-Hans"' in render_html(itemset())
    trad = tuple(Paragraph(p.number, p.start, p.end, tuple(
        ReadingToken(t.text.replace("锻炼", "鍛煉").replace("觉得", "覺得").replace("运动", "運動")
                     .replace("缓解", "緩解").replace("压力", "壓力").replace("but", ""), t.pinyin, t.level, t.above)
        for t in p.tokens)) for p in READING)
    html = render_html(itemset(reading=trad))
    assert '<html lang="zh-Hant"' in html and "閱讀" in html  # labels follow the text's script


def test_pinyin_modes():
    above = render_html(itemset())
    assert above.count('class="w') == 2  # 缓解, 熬夜
    assert "huǎnjiě" in above
    assert render_html(itemset(), pinyin="all").count('class="w') > 20
    assert 'class="w' not in render_html(itemset(), pinyin="none").split('<section class="glossary"')[0]


def test_glossary_skips_words_without_gloss():
    html = render_html(itemset())
    gloss = html.split('<section class="glossary"')[1].split("</section>")[0]
    assert "缓解" in gloss and "to ease; to alleviate" in gloss and "to relieve" not in gloss
    assert "建警" not in gloss and "1 more words" in gloss


def test_word_pinyin():
    assert word_pinyin("gōng ān jī guān") == "gōng'ānjīguān"
    assert word_pinyin("xī ān") == "xī'ān"
    assert word_pinyin("duàn liàn") == "duànliàn"


def test_bad_options_and_templates(tmp_path):
    with pytest.raises(ConfigError, match=r"^unknown pinyin mode 'ruby'. Use one of: above, all, none$"):
        render_html(itemset(), pinyin="ruby")
    with pytest.raises(ConfigError, match=r"^unknown paper size 'a5'. Use one of: a4, letter$"):
        render_html(itemset(), paper="a5")
    (tmp_path / "worksheet.html.j2").write_text("{% for x in %}", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^template worksheet.html.j2 is broken: .* \(line 1\)\. Fix it"):
        render_html(itemset(), templates_dir=tmp_path)
    (tmp_path / "worksheet.html.j2").write_text("{{ titel }}", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"uses an unknown value: 'titel' is undefined"):
        render_html(itemset(), templates_dir=tmp_path)


def test_teacher_override_falls_back_per_file(tmp_path):
    (tmp_path / "worksheet.css.j2").write_text("body { color: #123456; }", encoding="utf-8")
    html = render_html(itemset(), templates_dir=tmp_path)
    assert "#123456" in html and "答案" in html  # own CSS, built-in page


def test_letter_paper_and_atomic_write(tmp_path):
    out = write_html(itemset(), tmp_path / "sub" / "w.html", paper="letter")
    assert out.read_text(encoding="utf-8").count("size: letter") == 1
    assert [p.name for p in out.parent.iterdir()] == ["w.html"]


# --- PDF -----------------------------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(not (shutil.which("pdffonts") and shutil.which("pdftotext")),
                                   reason="poppler-utils (pdffonts, pdftotext) not installed")


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory):
    pytest.importorskip("weasyprint")
    from quizgen.export.pdf import write_pdf

    return write_pdf(itemset(), tmp_path_factory.mktemp("pdf") / "w.pdf")


@needs_poppler
def test_pdf_embeds_cjk_font(pdf_file):
    out = subprocess.run(["pdffonts", str(pdf_file)], capture_output=True, text=True, check=True).stdout
    rows = [r.split() for r in out.splitlines()[2:]]
    cjk = [r for r in rows if "QuizgenCJK" in r[0]]
    assert cjk and all(r[-5:-2] == ["yes", "yes", "yes"] for r in cjk)  # embedded, subset, unicode map


@needs_poppler
def test_pdf_text_extractable_and_inside_margins(pdf_file):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_file), "-"], capture_output=True, text=True,
                          check=True).stdout
    squeezed = re.sub(r"\s+", "", text)
    for piece in ("每天早上都去公园", "最近工作特别忙", "答案", "小王最近工作很忙。"):
        assert piece in squeezed
    assert "https://example.org/a-very-" in squeezed and "anyway" in squeezed  # wrapped, not cut off
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf_file), "-"], capture_output=True, text=True,
                          check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox))
    assert right <= width - 16 / 25.4 * 72 + 1  # nothing past the 16 mm right margin


# --- Chromium ------------------------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _chromium(tmp_path, *args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_chromium_renders_and_script_runs(tmp_path):
    page = write_html(itemset(), tmp_path / "w.html")
    shot = tmp_path / "w.png"
    run = _chromium(tmp_path, "--enable-logging=stderr", "--v=0", f"--screenshot={shot}", "--window-size=1200,2000",
                    page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 20_000, run.stderr[-2000:]
    errors = [ln for ln in run.stderr.splitlines() if "Uncaught" in ln or ("CONSOLE" in ln and "rror" in ln)]
    assert not errors, errors
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert re.search(r'<html[^>]*class="[^"]*\binteractive\b', dom)  # the self-check script ran
    assert f"0 / {len([i for i in ITEMS if i.type != 'vocabulary'])}" in dom
