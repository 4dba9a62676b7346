"""Worksheet HTML and PDF: golden HTML, structure (key for every item, no answers on the student part, no
network), PDF fonts and text (poppler), and the page in headless Chromium. Regenerate the golden file with
``UPDATE_GOLDEN=1 pytest tests/test_worksheet.py`` and review the diff like code."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quizgen.analysis.tone_marks import word_pinyin
from quizgen.errors import ConfigError
from quizgen.export.worksheet.html import PINYIN_MODES, render_html, write_html
from quizgen.items.itemset import BLANK, GlossEntry, Item, ItemSet, Paragraph, Passage, ReadingToken

from .conftest import EVAL, SAMPLE

GOLDEN = Path(__file__).parent / "golden" / "worksheet.html"

# The hand-made input: four paragraphs; the reading tokens carry their offsets into TEXT, as quizgen.items.paragraphs
# makes them, so that items' target and sentence offsets can be found in the reading.
PARAS = (
    "小王|每天|早上|都|去|公园|锻炼|。|他|觉得|运动|能|缓解|压力|。|他|还|喜欢|和|朋友|一起|跑步|。",
    "但是|最近|工作|特别|忙|。|他|常常|熬夜|。|医生|让|他|多|休息|。|身体|也|越来越|差|。| |HSK| |"
    "https://example.org/a-very-long-address-without-any-space-that-must-wrap-inside-the-margins-of-the-page-anyway|。",
    "周末|他|终于|有|了|时间|。|所以|他|又|去|了|公园|。|那里|的|空气|非常|新鲜|。",
    "小王|决定|以后|每天|早睡早起|。|他|希望|自己|越来越|健康|。",
)
PINYIN = dict(w.split("=") for w in (
    "小王=xiǎo wáng;每天=měi tiān;早上=zǎo shang;都=dōu;去=qù;公园=gōng yuán;锻炼=duàn liàn;他=tā;觉得=jué de;运动=yùn dòng;"
    "能=néng;缓解=huǎn jiě;压力=yā lì;还=hái;喜欢=xǐ huan;和=hé;朋友=péng you;一起=yì qǐ;跑步=pǎo bù;但是=dàn shì;最近=zuì jìn;"
    "工作=gōng zuò;特别=tè bié;忙=máng;常常=cháng cháng;熬夜=áo yè;医生=yī shēng;让=ràng;多=duō;休息=xiū xi;身体=shēn tǐ;也=yě;"
    "越来越=yuè lái yuè;差=chà;周末=zhōu mò;终于=zhōng yú;有=yǒu;了=le;时间=shí jiān;所以=suǒ yǐ;又=yòu;那里=nà lǐ;的=de;"
    "空气=kōng qì;非常=fēi cháng;新鲜=xīn xiān;决定=jué dìng;以后=yǐ hòu;早睡早起=zǎo shuì zǎo qǐ;希望=xī wàng;自己=zì jǐ;"
    "健康=jiàn kāng"
).split(";"))
ABOVE = {"缓解": 6, "熬夜": 7}


def _reading() -> tuple[str, tuple[Paragraph, ...]]:
    text, paragraphs = "", []
    for n, line in enumerate(PARAS, 1):
        if text:
            text += "\n"
        tokens = []
        for w in line.split("|"):
            if w == " ":
                tokens.append(ReadingToken(" "))
            else:
                tokens.append(ReadingToken(w, PINYIN.get(w, ""), ABOVE.get(w, 3 if w in PINYIN else None),
                                           w in ABOVE, w == "小王", len(text), len(text) + len(w)))
            text += w
        paragraphs.append(Paragraph(n, tokens[0].start, tokens[-1].end, tuple(tokens)))
    return text, tuple(paragraphs)


TEXT, READING = _reading()


def at(sentence: str, word: str = "") -> dict:
    """Offsets of ``sentence`` in TEXT, and of ``word`` inside it (the item's target)."""
    start = TEXT.index(sentence)
    out = {"sentence": sentence, "start": start, "end": start + len(sentence)}
    if word:
        out.update(target_start=start + sentence.index(word), target_end=start + sentence.index(word) + len(word))
    return out


def passage(pid: str, kind: str, first: str, last: str, display: str) -> Passage:
    start, end = TEXT.index(first), TEXT.index(last) + len(last)
    return Passage(pid, kind, TEXT[start:end], display, start, end)


S_CLOZE, S_CHOICE, S_RUN = "小王每天早上都去公园锻炼。", "他觉得运动能缓解压力。", "他还喜欢和朋友一起跑步。"
S_BUSY, S_REST, S_WORSE = "但是最近工作特别忙。", "医生让他多休息。", "身体也越来越差。"
ORDER = ("周末他终于有了时间。", "所以他又去了公园。", "那里的空气非常新鲜。")
P1 = passage("cloze-1", "passage_cloze", "小王决定", "越来越健康。", "小王{{1}}以后每天早睡早起。他希望自己越来越{{2}}。")
P2 = passage("insert-2", "insertion", S_CLOZE, S_WORSE,
             S_CLOZE + S_CHOICE + "{{1}}\n" + S_BUSY + "他常常熬夜。{{2}}" + S_WORSE)
P3 = passage("stmt-3", "statement", S_BUSY, S_WORSE, S_BUSY + "他常常熬夜。" + S_REST + S_WORSE)


def _item(type_, n, **kw):
    base = {"id": f"{type_}-{n}", "type": type_, "level": 5, "prompt": "", "source": "t.txt"}
    base.update(kw)
    return Item(**base)


def _blanked(sentence: str, word: str) -> str:
    return sentence.replace(word, BLANK, 1)


ITEMS = (
    _item("vocabulary", 1, prompt="锻炼", answer="锻炼", word="锻炼", pinyin="duàn liàn", gloss="to exercise"),
    _item("cloze", 1, prompt=_blanked(S_CLOZE, "锻炼"), answer="锻炼", hint="duàn liàn", word="锻炼",
          simplified="锻炼", pinyin="duàn liàn", gloss="to exercise", **at(S_CLOZE, "锻炼")),
    _item("choice", 1, prompt=_blanked(S_CHOICE, "压力"), options=("压力", "力气", "能力", "动力"), answer="压力",
          answer_index=0, word="压力", simplified="压力", pinyin="yā lì", gloss="pressure", **at(S_CHOICE, "压力")),
    # the target of this one is in a sentence removed for insertion: asked on its own, hidden in the box
    _item("choice", 2, prompt=_blanked(S_REST, "休息"), options=("学习", "休息", "消息", "信息"), answer="休息",
          answer_index=1, word="休息", simplified="休息", pinyin="xiū xi", gloss="rest", **at(S_REST, "休息")),
    _item("matching", 1, prompt="身体", options=("shí jiān", "shēn tǐ", "gōng zuò"), answer="shēn tǐ",
          answer_index=1, group="match-1", number=1, kind="pinyin"),
    _item("matching", 2, prompt="时间", options=("shí jiān", "shēn tǐ", "gōng zuò"), answer="shí jiān",
          answer_index=0, group="match-1", number=2, kind="pinyin"),
    _item("word_bank", 1, prompt=_blanked(S_BUSY, "忙"), options=("忙", "差", "累"), answer="忙", answer_index=0,
          group="bank-1", number=1, word="忙", simplified="忙", **at(S_BUSY, "忙")),
    _item("word_bank", 2, prompt=_blanked(S_WORSE, "差"), options=("忙", "差", "累"), answer="差", answer_index=1,
          group="bank-1", number=2, word="差", simplified="差", **at(S_WORSE, "差")),
    _item("ordering", 1, options=(ORDER[1], ORDER[0], ORDER[2]), answer="BAC", **at("".join(ORDER))),
    _item("passage_cloze", 1, prompt="小王＿＿＿以后每天早睡早起。", options=("决定", "决心", "确定", "肯定"),
          answer="决定", answer_index=0, passage="cloze-1", group="cloze-1", number=1, word="决定",
          **at("小王决定以后每天早睡早起。", "决定")),
    _item("passage_cloze", 2, prompt="他希望自己越来越＿＿＿。", options=("健身", "健康", "安康", "卫生"),
          answer="健康", answer_index=1, passage="cloze-1", group="cloze-1", number=2, word="健康",
          **at("他希望自己越来越健康。", "健康")),
    _item("statement", 1, prompt="根据这段话，可以知道：",
          options=("小王不喜欢运动。", "最近工作特别忙。", "小王每天晚上去公园。", "小王身体越来越好。"),
          answer="最近工作特别忙。", answer_index=1, passage="stmt-3", group="stmt-3",
          explanation="A negates 喜欢; C changes 早上 to 晚上; D reverses 差.", **at("最近工作特别忙。")),
    _item("insertion", 1, prompt=S_CHOICE + BLANK + S_BUSY, options=(S_REST, S_RUN), answer=S_RUN, answer_index=1,
          passage="insert-2", group="insert-2", number=1, **at(S_RUN)),
    _item("insertion", 2, prompt="他常常熬夜。" + BLANK + S_WORSE, options=(S_REST, S_RUN), answer=S_REST,
          answer_index=0, passage="insert-2", group="insert-2", number=2, **at(S_REST)),
    _item("fact", 1, prompt=_blanked(S_CLOZE, "小王"), options=("小王", "小李", "小张", "老王"), answer="小王",
          answer_index=0, kind="person", word="小王", **at(S_CLOZE, "小王")),
)
def itemset(**kw) -> ItemSet:
    fields: dict = dict(  # noqa: C408 - keyword form reads like the ItemSet call it feeds
        source="t.txt", title="小王的一天 <test> & \"quotes\"", standard="2025", level=5, seed=0, items=ITEMS,
        passages=(P2, P3, P1),
        glossary=(GlossEntry("缓解", "缓解", "huǎn jiě", "to ease; to alleviate; to relieve", 6, 1),
                  GlossEntry("熬夜", "熬夜", "áo yè", "to stay up late or all night", 7, 1),
                  GlossEntry("锻炼", "锻炼", "duàn liàn", "to exercise; to work out", 3, 2),
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
        if a.get("id") == "key":
            self.part = "key"
        elif tag == "main":
            self.part = "main"
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
    html = render_html(itemset(), embed_font=False)  # the inline font is tested below, not kept in the golden file
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8"), "worksheet HTML changed; UPDATE_GOLDEN=1 to accept"


def fitted(**kw) -> ItemSet:
    """The fixture as one sheet holds it (integrity.fit drops the items that cannot share it)."""
    from quizgen.export.worksheet.integrity import fit

    return fit(itemset(**kw))


def sheet_numbers(s: ItemSet) -> dict[str, int]:
    from quizgen.export.worksheet.context import numbered

    return {it.id: n for n, it in numbered(s)}


def test_every_item_numbered_once_and_keyed():
    page = parse(render_html(itemset()))
    key = parse(render_html(itemset(), copy="key"))
    tested = [i for i in fitted().items if i.type != "vocabulary"]
    assert page.item_numbers == list(range(1, len(tested) + 1))
    assert key.key_numbers == page.item_numbers and page.key_numbers == []


def test_fit_drops_what_cannot_share_the_sheet():
    """The hand-made fixture breaks every rule once: 休息 (choice 2) sits in a sentence cut out for insertion,
    压力 (choice 1) would be the third hole of paragraph 1, 忙 is restated by a statement option, 小王 (the fact's
    blank) is a name printed all over the reading. Each is dropped, nothing else."""
    gone = {i.id for i in ITEMS} - {i.id for i in fitted().items}
    assert gone == {"choice-1", "choice-2", "word_bank-1", "fact-1"}


GAPPED = ("cloze", "choice", "word_bank", "passage_cloze")


def _text_of(fragment: str) -> str:
    """Visible text of an HTML fragment, pinyin over words left out, whitespace removed."""
    fragment = re.sub(r'<span class="py"[^>]*>[^<]*</span>', "", fragment)
    return re.sub(r"\s+", "", unescape(re.sub(r"<[^>]+>", "", fragment)))


def student_part(html: str) -> str:
    return _text_of(html.split("<main")[1].split(">", 1)[1].split("</main>")[0])


def reading_part(html: str) -> str:
    return _text_of(html.split('<section class="reading"')[1].split("</section>")[0])


def answer_leaks(items, html: str, side: int, both: int = 0) -> list[str]:
    """Answers the student could read off the sheet: a gapped word with ``side`` characters of its sentence on
    one side (or ``both`` on each side), or its whole sentence; a sentence removed for insertion or ordering
    in the reading; an ordering item's sentences in order anywhere."""
    student, reading = student_part(html), reading_part(html)
    leaks = []
    for it in items:
        if it.type in GAPPED and it.target_start is not None:
            a, b = it.target_start - it.start, it.target_end - it.start
            s = it.sentence
            contexts = [s[max(0, a - both):b + both]] if both else [s[max(0, a - side):b], s[a:b + side]]
            leaks += [f"{it.id}: {c}" for c in contexts if len(c) > b - a and re.sub(r"\s+", "", c) in student]
            leaks += [f"{it.id}: whole sentence"] * (re.sub(r"\s+", "", s) in student)
        elif it.type == "insertion":
            leaks += [f"{it.id}: {it.sentence}"] * (re.sub(r"\s+", "", it.sentence) in reading)
        elif it.type == "ordering":
            leaks += [f"{it.id}: {o}" for o in it.options if re.sub(r"\s+", "", o) in reading]
            leaks += [f"{it.id}: in order"] * (re.sub(r"\s+", "", it.sentence) in student)
    return leaks


def gap_numbers(html: str) -> list[int]:
    reading = html.split('<section class="reading"')[1].split("</section>")[0]
    return [int(n) for n in re.findall(r'id="gap-(\d+)"', reading)]


def test_no_answers_in_student_part():
    html = render_html(itemset())
    student = student_part(html)
    assert "data-answer" not in html and 'id="key"' not in html and "原句" not in student
    assert "BAC" not in student and "to exercise" not in student  # key glosses stay in the key
    assert answer_leaks(fitted().items, html, side=2) == []
    for word in ("锻炼", "差", "决定", "健康"):  # the answers on the sheet: only in their own options
        assert word not in reading_part(html).replace("锻炼身体", "")
    key = render_html(itemset(), copy="key")
    assert "<mark>决定</mark>" in key and "BAC" in key and 'class="reading"' not in key


def test_self_check_knows_hashes_only():
    """The student copy checks a click against the hash of the right option, never the option itself."""
    from quizgen.export.worksheet.context import _salt, fnv1a

    s = fitted()
    html = render_html(itemset())
    salt = _salt(s)
    assert f'data-salt="{salt}"' in html
    n = sheet_numbers(s)
    pc = next(i for i in s.items if i.id == "passage_cloze-1")
    want = fnv1a(f"{salt}|{n[pc.id]}|{pc.answer_index}")
    assert f'data-n="{n[pc.id]}" data-type="passage_cloze" data-check="{want}"' in html
    wrong = fnv1a(f"{salt}|{n[pc.id]}|{(pc.answer_index + 1) % 4}")
    assert wrong not in html
    cloze = next(i for i in s.items if i.id == "cloze-1")
    assert fnv1a(f"{salt}|{n[cloze.id]}|锻炼") in html  # a typed cloze answer is checked by its hash too


def test_every_gap_has_a_question_and_a_key_entry():
    html = render_html(itemset())
    page, key = parse(html), parse(render_html(itemset(), copy="key"))
    gaps = gap_numbers(html)
    n = sheet_numbers(fitted())
    assert sorted(gaps) == sorted([n["cloze-1"], n["word_bank-2"], n["passage_cloze-1"], n["passage_cloze-2"],
                                   n["insertion-1"], n["insertion-2"], n["ordering-1"]])
    assert gaps == sorted(gaps)  # numbered in text order
    assert set(gaps) <= set(page.item_numbers) and set(gaps) <= set(key.key_numbers)


# Gaps of two kinds that interleave in the text: choice (早上), cloze (压力), choice (休息).
MIXED = (
    _item("choice", 1, prompt=_blanked(S_CLOZE, "早上"), options=("早上", "晚上", "中午", "下午"), answer="早上",
          answer_index=0, word="早上", simplified="早上", pinyin="zǎo shang", gloss="morning", **at(S_CLOZE, "早上")),
    _item("cloze", 1, prompt=_blanked(S_CHOICE, "压力"), answer="压力", hint="yā lì", word="压力",
          simplified="压力", pinyin="yā lì", gloss="pressure", **at(S_CHOICE, "压力")),
    ITEMS[3],  # choice-2: 休息, paragraph 2
)


def test_interleaved_kinds_keep_every_gap_in_text_order():
    """Holes of different kinds are numbered in text order across kinds, each section a run of consecutive
    numbers: nothing is dropped for order, and the reading reads (1)(2)(3)."""
    from quizgen.export.worksheet.context import sections_and_key

    s = itemset(items=MIXED, passages=())
    assert [it.id for it in fitted(items=MIXED, passages=()).items] == [it.id for it in MIXED]
    html = render_html(s)
    assert gap_numbers(html) == [1, 2, 3]
    sections, _, _ = sections_and_key(s)
    assert [(x["type"], x["first"], x["last"]) for x in sections] == [("choice", 1, 1), ("cloze", 2, 2),
                                                                     ("choice", 3, 3)]
    assert [x["numeral"] for x in sections] == ["一", "二", "三"]


def test_holes_out_of_text_order_are_still_caught(monkeypatch):
    """The order rule still guards the sheet: numbered kind by kind (cloze first), gap 1 would stand after
    gap 2 in the reading, and the integrity check names it."""
    from quizgen.export.worksheet import context, integrity

    def by_kind(s):
        return sorted((it for it in s.items if it.type != "vocabulary"), key=lambda it: it.type != "cloze")

    monkeypatch.setattr(context, "sheet_order", by_kind)
    s = itemset(items=MIXED, passages=())
    sections, _, text = context.sections_and_key(s)
    assert (2, "hole out of text order") in integrity.problems(s, sections, text)


def test_cut_sentences_leave_slots_and_a_reference():
    html = render_html(itemset())
    reading = reading_part(html)
    for sentence in (S_RUN, S_REST, *ORDER):
        assert sentence not in reading
    n = sheet_numbers(fitted())
    assert f"（见第{n['ordering-1']}题" in reading and f"seequestion{n['ordering-1']}" in reading
    box = _text_of(re.search(r'<ol class="bank bank-long">.*?</ol>', html, re.DOTALL).group(0))
    assert S_REST in box and S_RUN in box  # the choice item gapping 休息 inside it is not on the sheet


def test_masks_hide_other_gaps_before_fitting():
    """Before fitting, a sentence printed as an option hides the gaps inside it (the rule fit relies on)."""
    from quizgen.export.worksheet.context import sections_and_key
    from quizgen.export.worksheet.gapped import plain

    sections, _, _ = sections_and_key(itemset())
    shared = [plain(ps) for sec in sections for b in sec["blocks"] for _, ps in b.shared]
    assert f"医生让他多（{sheet_numbers(itemset())['choice-2']}）。" in shared


def test_statement_and_fact_keep_the_text_but_hide_other_gaps():
    html = render_html(itemset())
    reading, student = reading_part(html), student_part(html)
    assert "小王每天早上都去公园" in reading and "他常常熬夜" in reading  # read to answer, not gapped
    assert "最近工作特别忙。" in student  # the statement option; the word bank gap on 忙 was dropped
    assert "阅读第2段" in student  # the statement's passage is the reading's paragraph, printed once


def test_glossary_and_pinyin_never_show_a_gap():
    html = render_html(itemset(), pinyin="all")
    reading = html.split('<section class="reading"')[1].split("</section>")[0]
    for py in ("duànliàn", "chà", "juédìng", "jiànkāng", "xiūxi", "pǎobù"):
        assert f">{py}<" not in reading
    assert ">xiǎowáng<" in reading
    gloss = html.split('<section class="glossary"')[1].split("</section>")[0]
    assert "锻炼" not in gloss and "缓解" in gloss


def test_reading_without_offsets_is_left_out():
    bare = tuple(Paragraph(p.number, p.start, p.end, tuple(ReadingToken(t.text, t.pinyin, t.level, t.above)
                                                         for t in p.tokens)) for p in READING)
    html = render_html(itemset(reading=bare))
    assert '<section class="reading"' not in html
    main = student_part(html)
    assert "他希望自己越来越（" in main  # the passage is printed with its questions instead
    assert "他希望自己越来越健康" not in main and "阅读第" not in main


def _real_itemset(path_or_text, level: int):
    import dataclasses

    from quizgen.analysis.pipeline import analyze, analyze_text
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    if isinstance(path_or_text, Path):
        doc = analyze(path_or_text, level=f"hsk{level}")
    else:
        doc = analyze_text(path_or_text, "pku.txt", level, "2025")
    return dataclasses.replace(build_items(doc, seed=0), reading=reading_paragraphs(doc))


def _pku_lines() -> str:
    path = EVAL / "segmentation" / "pku_test.utf8"
    if not path.is_file():
        pytest.skip("SIGHAN PKU test text not available")
    lines = path.read_text(encoding="utf-8").splitlines()[100:160]
    return "\n".join(line.replace(" ", "") for line in lines) + "\n"


@pytest.mark.parametrize("text,level", [("sample", 6), ("sample", 4), ("pku", 5), ("pku", 6)])
def test_real_texts_hide_every_answer(text, level):
    """Whatever the generator makes of a real text, the sheet keeps its answers to itself."""
    s = _real_itemset(SAMPLE if text == "sample" else _pku_lines(), level)
    html = render_html(s)
    page = parse(html)
    # both-sided context: a real text may repeat a phrase elsewhere, but never the gap's own position
    from quizgen.export.worksheet.integrity import fit

    assert answer_leaks(fit(s).items, html, side=0, both=4) == []
    gaps = gap_numbers(html)
    key = parse(render_html(s, copy="key"))
    assert gaps == sorted(set(gaps)) and set(gaps) <= set(page.item_numbers) == set(key.key_numbers)
    assert key.key_numbers == page.item_numbers == list(range(1, len(page.item_numbers) + 1))


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
                     .replace("缓解", "緩解").replace("压力", "壓力"), t.pinyin, t.level, t.above, t.proper_noun,
                     t.start, t.end)
        for t in p.tokens)) for p in READING)
    html = render_html(itemset(reading=trad))
    assert '<html lang="zh-Hant"' in html and "閱讀" in html  # labels follow the text's script


def test_pinyin_modes():
    def annotated(html):
        return len(re.findall(r'class="w( adj)?( fl)?( fr)?"', html.split('<section class="glossary"')[0]))

    above = render_html(itemset())
    assert annotated(above) == 2  # 缓解, 熬夜
    assert "huǎnjiě" in above
    assert annotated(render_html(itemset(), pinyin="all")) > 20
    assert annotated(render_html(itemset(), pinyin="none")) == 0


def test_glossary_skips_words_without_gloss():
    html = render_html(itemset())
    gloss = html.split('<section class="glossary"')[1].split("</section>")[0]
    assert "缓解" in gloss and "to ease; to alleviate" in gloss and "to relieve" not in gloss
    assert "建警" not in gloss and "more word" not in gloss  # every glossed word is listed


def test_glossary_lists_every_word_with_pinyin(monkeypatch):
    """QA: "另有 60 个生词未列出" — words with pinyin over them and no meaning anywhere. The rows beyond the first
    GLOSSARY_MAX go to the end of the sheet, and the note says so."""
    from quizgen.export.worksheet import context

    monkeypatch.setattr(context, "GLOSSARY_MAX", 1)
    html = render_html(itemset())
    gloss = html.split('<section class="glossary"')[1].split("</section>")[0]
    more = html.split('<section class="glossary glossary-more"')[1].split("</section>")[0]
    assert "1 more word is listed at the end of the sheet" in gloss and "另有 1 个生词见练习最后" in gloss
    assert ("缓解" in gloss) != ("缓解" in more) and ("熬夜" in gloss) != ("熬夜" in more)


@pytest.mark.parametrize("pinyin", PINYIN_MODES)
def test_no_pinyin_without_meaning(pinyin):
    """An above-level word without a gloss (建警, a segmenter's word) gets no pinyin: pinyin without a meaning
    tells the student how to say what they cannot read."""
    from quizgen.export.worksheet.integrity import parse as parse_page

    html = render_html(itemset(), pinyin=pinyin)
    assert parse_page(html).chunks and "jiànjǐng" not in html


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


@pytest.fixture()
def fresh_environments():
    """Template environments built anew (they are cached per templates folder, with the cache folder read
    when they are built)."""
    from quizgen.export.worksheet.html import _environment

    _environment.cache_clear()
    yield
    _environment.cache_clear()


def test_compiled_templates_are_cached_and_never_stale(tmp_path, monkeypatch, fresh_environments):
    from quizgen.export.worksheet.html import _environment

    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path / "cache"))
    first = render_html(itemset())
    assert list((tmp_path / "cache").glob("*/jinja/*.cache"))
    _environment.cache_clear()
    assert render_html(itemset()) == first  # from the compiled cache
    own = tmp_path / "own"
    own.mkdir()
    (own / "worksheet.css.j2").write_text("body { color: #123456; }", encoding="utf-8")
    assert "#123456" in render_html(itemset(), templates_dir=own)
    (own / "worksheet.css.j2").write_text("body { color: #654321; }", encoding="utf-8")
    _environment.cache_clear()
    html = render_html(itemset(), templates_dir=own)
    assert "#654321" in html and "#123456" not in html  # the edited template, not its old compiled form


def test_unwritable_template_cache_is_no_error(tmp_path, monkeypatch, fresh_environments):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(blocker / "cache"))  # a folder inside a file: never creatable
    assert render_html(itemset()) == render_html(itemset(), templates_dir=None)
    assert "答案" in render_html(itemset())


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
    from quizgen.export.worksheet.pdf import write_pdf

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
    for piece in ("每天早上都去公园", "但是最近工作特别", "小王不喜欢运动。", "最近工作特别忙"):
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
    n_items = len([i for i in fitted().items if i.type != "vocabulary"])
    assert f"0 / {n_items}" in dom and "reveal" not in dom and "show-key" not in dom


def test_score_totals_agree():
    """QA: header total /10 against the self-check's /8: both count every question on the sheet."""
    html = render_html(itemset())
    on_sheet = [i for i in fitted().items if i.type != "vocabulary"]
    assert f'<output id="score">0 / {len(on_sheet)}</output>' in html
    assert f"</span> / {len(on_sheet)}</td>" in html
    assert html.count("data-check=") == len(on_sheet)


def test_matching_pinyin_written_as_words():
    """QA: matching options showed "shí jiān" while all other pinyin on the sheet is joined."""
    html = render_html(itemset())
    table = html.split('<table class="match">')[1].split("</table>")[0]
    assert "shíjiān" in table and "shēntǐ" in table and "shí jiān" not in table
    key = render_html(itemset(), copy="key")
    assert "shēntǐ" in key.split('id="key"')[1]


# --- question contexts: quotation marks ------------------------------------------------------------------------

STORY = ("老师|问|：|“|你|喜欢|什么|动物|？|”|小明|说|：|“|我|喜欢|狗|，|狗|是|我|的|好|朋友|。|”|"
         "老师|笑|着|说|：|“|说|得|很|好|！|”")


def _story(words: str, quote_open: str = "“", quote_close: str = "”") -> tuple[str, Paragraph]:
    """A one-paragraph reading with offsets (``quote_open`` / ``quote_close`` replace the curly quotes)."""
    text, tokens = "", []
    for w in words.split("|"):
        w = quote_open if w == "“" else quote_close if w == "”" else w
        tokens.append(ReadingToken(w, "", 1, False, False, len(text), len(text) + len(w)))
        text += w
    return text, Paragraph(1, 0, len(text), tuple(tokens))


def _story_cloze(text: str, sentence: str, word: str, k: int, nth: int = 0) -> Item:
    start = text.index(sentence)
    a = start + sentence.index(word, 0 if not nth else sentence.index(word) + 1)
    return _item("cloze", k, prompt=sentence[:a - start] + BLANK + sentence[a - start + len(word):], answer=word,
                 word=word, simplified=word, sentence=sentence, start=start, end=start + len(sentence),
                 target_start=a, target_end=a + len(word))


def _story_questions(q1: str, q2: str) -> list[str]:
    """The two cloze questions of the story sheet as plain text (the gap as ＿＿＿)."""
    from quizgen.export.worksheet.context import sections_and_key
    from quizgen.export.worksheet.gapped import plain

    text, para = _story(STORY.replace("“", q1).replace("”", q2), q1, q2)
    second = f"小明说：{q1}我喜欢狗，狗是我的好朋友。{q2}"
    third = f"老师笑着说：{q1}说得很好！{q2}"
    s = itemset(items=(_story_cloze(text, second, "喜欢", 1), _story_cloze(text, third, "老师", 2)),
                passages=(), glossary=(), reading=(para,))
    sections, _, _ = sections_and_key(s)
    return [plain(v.prompt) for sec in sections for b in sec["blocks"] for v in b.items]


@pytest.mark.parametrize("q1,q2", [("“", "”"), ('"', '"'), ("「", "」")])
def test_context_keeps_its_own_quotes(q1, q2):
    """QA: the questions started with the previous sentence's closing quote and lost their own."""
    assert _story_questions(q1, q2) == [f"小明说：{q1}我＿＿＿狗，狗是我的好朋友。{q2}",
                                        f"＿＿＿笑着说：{q1}说得很好！{q2}"]


def test_context_edges_and_balance():
    """A snippet cut by the character budget or a sentence end inside a quotation drops the half pair."""
    from quizgen.export.worksheet.gapped import StudentText, plain
    from quizgen.export.worksheet.snippet import CONTEXT_CHARS

    def ctx(*runs):
        return plain(StudentText([{"number": 1, "runs": [(k, t, "", n) for k, t, n in runs]}], {1: 1}, {})
                     .context(1))

    long = "甲" * (CONTEXT_CHARS + 3)
    assert ctx(("t", "他说：“" + long, 0), ("gap", "", 1), ("t", "。”", 0)) == "…" + "甲" * CONTEXT_CHARS + "＿＿＿。"
    assert ctx(("t", "”他说：“", 0), ("gap", "", 1), ("t", long + "”。", 0)) == "他说：＿＿＿" + "甲" * CONTEXT_CHARS + "…"
    assert ctx(("t", "好。”，他说", 0), ("gap", "", 1), ("t", "（很", 0)) == "他说＿＿＿很"
    assert ctx(("t", "他说：“我来。", 0), ("gap", "", 1), ("t", "了。”她说：“", 0)) == "＿＿＿了。"
    assert ctx(("t", "（一）他说", 0), ("gap", "", 1), ("t", "（二）", 0)) == "（一）他说＿＿＿（二）"
    assert ctx(("t", "她说：“来", 0), ("gap", "", 1), ("t", "吧！”", 0)) == "她说：“来＿＿＿吧！”"
    # the budget never cuts a number: …１年 would print a year the text does not hold (２００１年)
    pad = "乙" * (CONTEXT_CHARS - 2)
    assert ctx(("t", "２００１年" + pad, 0), ("gap", "", 1), ("t", "。", 0)) == "２００１年" + pad + "＿＿＿。"
    assert ctx(("t", "他说，２００１年" + pad, 0), ("gap", "", 1)) == "…２００１年" + pad + "＿＿＿"


def _cut_question(words: str, sentence: str, word: str) -> str:
    """The one cloze question on a one-paragraph sheet of ``words`` (tokens split by ``|``), as plain text."""
    from quizgen.export.worksheet.context import sections_and_key
    from quizgen.export.worksheet.gapped import plain

    text, para = _story(words)
    s = itemset(items=(_story_cloze(text, sentence, word, 1),), passages=(), glossary=(), reading=(para,))
    sections, _, _ = sections_and_key(s)
    return [plain(v.prompt) for sec in sections for b in sec["blocks"] for v in b.items][0]


def test_context_is_cut_between_words_or_at_a_clause_mark():
    """Strict check, session 16: the budget cut 習近平 to …平總書記 and 上海 to …海只需要. Past the budget a clause
    mark near by ends the snippet, else the word being read is finished; a quotation mark goes with its word."""
    from quizgen.export.worksheet.snippet import CONTEXT_CHARS

    # left: 14 characters before the gap end inside 习近平; a comma two characters further ends the cut there
    words = "2019年|5月|，|习近平|总书记|在|全国|公安|工作|会议|上|发表|重要|讲话|。"
    sentence = "".join(words.split("|"))
    assert len("近平总书记在全国公安工作会议上") == CONTEXT_CHARS + 1
    assert _cut_question(words, sentence, "发表") == "…习近平总书记在全国公安工作会议上＿＿＿重要讲话。"
    # the clause mark is three characters beyond the word being read: the whole clause is kept
    words = "去年|，|我们|学校|的|老师|在|全国|公安|工作|会议|上|发表|讲话|。"
    sentence = "".join(words.split("|"))
    assert _cut_question(words, sentence, "发表") == "…我们学校的老师在全国公安工作会议上＿＿＿讲话。"
    # no clause mark near: the word being read is finished (上海 whole, not …海)
    words = "我们|从|北京|坐|高铁|到|上海|只|需要|四个|半|小时|比|坐|普通|火车|快|很多|。"
    sentence = "".join(words.split("|"))
    assert len("铁到上海只需要四个半小时比坐") == CONTEXT_CHARS
    got = _cut_question(words, sentence, "普通")
    assert got == "…高铁到上海只需要四个半小时比坐＿＿＿火车快很多。"  # not …铁到
    # right: the budget ends inside 一窗通办; the word and its closing quote are kept
    words = "派出所|建成|综合|服务|窗口|，|为|群众|提供|“|一窗通办|”|“|一站式|”|便捷|服务|。"
    sentence = "".join(words.split("|"))
    assert _cut_question(words, sentence, "综合") == "派出所建成＿＿＿服务窗口，为群众提供“一窗通办”…"


def context_problems(pieces) -> list[str]:
    """What is wrong with a question's context: closing punctuation first, opening punctuation last,
    unbalanced quotation marks or brackets (ASCII quotes: an odd number)."""
    from quizgen.export.worksheet.snippet import _NO_START, CLOSING, OPENING

    text = "".join(t if n is None else "＿" for t, n in pieces).strip("…")
    problems = []
    if text and text[0] in _NO_START:
        problems.append(f"starts with {text[0]}")
    if text and text[-1] in OPENING:
        problems.append(f"ends with {text[-1]}")
    stack = []
    for ch in text:
        if ch in OPENING:
            stack.append(ch)
        elif ch in CLOSING:
            if not stack or OPENING.index(stack.pop()) != CLOSING.index(ch):
                problems.append(f"unmatched {ch}")
    problems += [f"unclosed {ch}" for ch in stack] + ['odd "'] * (text.count('"') % 2)
    return problems


@pytest.mark.parametrize("text,level", [("sample", 6), ("sample", 4), ("pku", 5)])
def test_real_contexts_are_tidy(text, level):
    from quizgen.export.worksheet.context import sections_and_key

    s = _real_itemset(SAMPLE if text == "sample" else _pku_lines(), level)
    sections, _, student = sections_and_key(s)
    contexts = {v.n: v.prompt for sec in sections for b in sec["blocks"] for v in b.items if v.para and v.prompt}
    assert contexts or not student.placed
    assert {n: context_problems(p) for n, p in contexts.items() if context_problems(p)} == {}


def test_html_carries_its_own_cjk_font():
    """A browser without a CJK font (this CI machine's Chromium) must not show boxes: the page inlines the
    glyphs of every character it uses, from the PDF's Noto Sans CJK, after the reader's own CJK fonts."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    from quizgen.export.worksheet.pdf import _harfbuzz

    if _harfbuzz() is None:
        pytest.skip("uharfbuzz is not installed")
    html = render_html(itemset())
    m = re.search(r'<style id="quizgen-font">@font-face \{ font-family: QuizgenCJK; src: url\("data:font/otf;'
                  r'base64,([A-Za-z0-9+/=]+)"\) format\("opentype"\); \}</style>\n</head>', html)
    assert m, "no inline @font-face before </head>"
    font = TTFont(io.BytesIO(base64.b64decode(m.group(1))))
    cmap = font.getBestCmap()
    body = html.split("<body", 1)[1]
    han = {c for c in body if "\u4e00" <= c <= "\u9fff"}
    assert han and all(ord(c) in cmap for c in han)
    assert "&#x3000;" in body and 0x3000 in cmap  # characters written as entities (the gaps' spaces) too
    marks = {c for c in body if c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"}
    assert marks and all(ord(c) in cmap for c in marks)  # pinyin from the same font as the characters
    assert "QuizgenCJK, sans-serif" in html  # used only after the system CJK fonts
    assert len(m.group(1)) < 3_000_000
    assert render_html(itemset()) == html  # deterministic


def test_answer_key_reports_what_cleaning_found():
    """The teacher sees under the key what was removed, repaired and flagged — escaped, since the junk
    tokens are the user's text."""
    from dataclasses import replace

    notes = ("removed junk tokens: 包養 ×2, <b>x</b> ×1", "73 of 78 sentences (94%) look <garbled>")
    html = render_html(replace(itemset(), notes=notes), embed_font=False, copy="key")
    key = html.split('id="key"', 1)[1]
    assert "About the text" in key and "73 of 78 sentences (94%) look &lt;garbled&gt;" in key
    assert "3 inserted spam tokens removed (2 different)" in key  # described, never printed
    assert "包養" not in html and "x</b>" not in html and "&lt;b&gt;" not in html
    assert "About the text" not in render_html(replace(itemset(), notes=notes), embed_font=False)


@pytest.mark.parametrize("shown,odd", [
    ("<p>若干人發言，皇后在臺上。</p>", ""),  # 干 and 后 are Traditional too (若干, 皇后): no evidence
    ("<p>若干人发言。</p>", "发"),  # 发 is Simplified only (發, 髮)
])
def test_characters_of_both_scripts_do_not_make_a_traditional_sheet_simplified(shown, odd, monkeypatch):
    """A SIGHAN lesson was refused for 干 on its Traditional sheet: a character that CC-CEDICT also writes as
    its own Traditional form says nothing about the page's script."""
    from dataclasses import replace

    from quizgen.export.worksheet import integrity

    monkeypatch.setattr(integrity, "problems", lambda *a: [])
    ctx = {"sections": [], "text": None, "copy": "key", "lang": "zh-Hant", "glossary": [], "glossary_more": [],
           "reading": [], "pinyin": "above"}
    fails = integrity.check(shown, ctx, replace(itemset(), reading=(), items=()))
    assert fails == ([f"Simplified characters on a Traditional sheet: {odd}"] if odd else [])


def test_simplified_only():
    from quizgen.analysis.script import simplified_only

    assert [c for c in "干后台于里只系余才云发们这幹發a，" if simplified_only(c)] == ["发", "们", "这"]


def test_pinyin_spreads_only_over_room():
    """A reading wider than its word spreads over two full-width plain characters beside it instead of
    spacing the line out; never over half-width text (an ASCII comma), where a neighbour's reading may meet it."""
    from quizgen.export.worksheet.html import roomy

    assert roomy("的新時代", "start") and roomy("以前的", "end")
    assert not roomy(",確保", "start") and not roomy("的,", "end") and not roomy("的", "start")


def test_spread_pinyin_gives_a_narrower_word():
    from quizgen.export.worksheet.pdf import ruby_for_font

    ruby = ruby_for_font()
    if ruby is None:
        pytest.skip("no HarfBuzz")
    tight, loose = ruby("開創", "kāichuàng"), ruby("開創", "kāichuàng", False, True, True)
    width = {c: float(r.split("{ width: ")[1].split("em")[0]) for c, r in
             ((c.strip(), next(x for x in ruby.css().splitlines() if x.startswith("." + c.strip() + " ")))
              for c in (tight, loose))}
    assert width[loose.strip()] < width[tight.strip()]


def test_a_run_of_questions_on_one_paragraph_names_it_once():
    """Session-9 review: three ★ questions in a row each printed 閱讀第 2 段 · Reading, paragraph 2."""
    import dataclasses

    from quizgen.analysis.pipeline import analyze_text
    from quizgen.export.worksheet.context import sections_and_key
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    text = ("今天的阳光很好，天气很暖和。我的同事都去公园参观了。公园里的花很干净，也很有名。大家都很满意。\n\n"
            "我和父母一起去旅行。我们在图书馆看了很多书。这个地方非常有名。\n")
    doc = analyze_text(text, "t.txt", 4, "2025")
    s = dataclasses.replace(build_items(doc, seed=0), reading=reading_paragraphs(doc))
    sections, _, _ = sections_and_key(s)
    questions = [b.where for x in sections if x["type"] == "question" for b in x["blocks"]]
    assert len(questions) >= 2 and questions[0]
    assert all(not (a and a == b) for a, b in zip(questions, questions[1:])), questions
    # once per section: the ★ questions, and since session 23 the judgments on the same paragraph after them
    named = sum(any(b.where == "1" for b in x["blocks"]) for x in sections if x["type"] in ("question", "judgment"))
    assert named >= 1 and render_html(s).count("Reading, paragraph 1") == named


def test_questions_on_one_sentence_name_its_paragraph():
    """Strict check, session 16: fact questions pointed nowhere (＿＿＿７月１日至…年利率百分之八。 with no ¶). A fact or ★
    question about one sentence prints the paragraph it is in, linked, as a gap's context does; the key names it
    too; a question about the whole passage (title) does not."""
    import dataclasses

    from quizgen.analysis.pipeline import analyze_text
    from quizgen.export.worksheet.context import sections_and_key
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    text = ("王明在北京一家公司工作。\n他每天早上七点起床。公司离他家有三公里。\n"
            "去年，他们公司一共有八十五个职员。2019年，公司搬到了上海。李华是他的同事。\n")
    doc = analyze_text(text, "t.txt", 4, "2025")
    s = build_items(doc)
    s = dataclasses.replace(s, reading=reading_paragraphs(doc))
    sections, key, _ = sections_and_key(s)
    views = [v for sec in sections for b in sec["blocks"] for v in b.items if v.item.type in ("fact", "question")]
    assert {"fact", "question"} <= {v.item.type for v in views}, [i.type for i in s.items]
    paras = {p.number: p for p in s.reading}
    for v in views:
        assert v.para is not None and v.anchor == f"para-{v.para}"
        p = paras[v.para]
        assert p.start <= v.item.start < p.end
        assert next(k for k in key if k["n"] == v.n)["para"] == v.para
    html = render_html(s)
    assert f'href="#{views[0].anchor}">¶{views[0].para}</a>' in html and f'id="{views[0].anchor}"' in html


def test_pinyin_above_a_word_once_a_paragraph():
    """Strict check, session 16: the same pinyin over every 军官 of an article (about 15 times) was clutter. In mode
    "above" a word has it over its first place in each paragraph only."""
    from quizgen.export.worksheet.gapped import student_text

    text, paragraphs = "", []
    for n, line in enumerate(("他|常常|熬夜|，|熬夜|不|好|。", "他|又|熬夜|了|。"), 1):
        tokens = []
        for w in line.split("|"):
            tokens.append(ReadingToken(w, PINYIN.get(w, "x"), ABOVE.get(w, 1), w in ABOVE, False, len(text),
                                       len(text) + len(w)))
            text += w
        paragraphs.append(Paragraph(n, tokens[0].start, tokens[-1].end, tuple(tokens)))
        text += "\n"
    shown = student_text(itemset(reading=tuple(paragraphs), items=()), [], [], "above")
    over = [[r[2] for r in p["runs"] if r[2]] for p in shown.paragraphs]
    assert over == [["áoyè"], ["áoyè"]]


def test_the_key_quotes_a_clause_with_the_rest_of_its_sentence():
    """Strict check, session 16: source sentences in the key stopped at a comma (…实行民主监督，). A question made
    from one clause is quoted in the key with its whole sentence; a sentence already whole is left as it is."""
    from quizgen.export.worksheet.context import _key_entry

    clause = _item("question", 9, prompt="★ 谁觉得运动能缓解压力？", options=("小王", "医生", "朋友", "老师"),
                   answer="小王", answer_index=0, kind="who", **at("觉得运动能"))
    got = "".join(t for t, _ in _key_entry(1, clause, None, READING)["sentence"])
    assert got == "他觉得运动能缓解压力。"
    import dataclasses

    whole = dataclasses.replace(clause, **at("他觉得运动能缓解压力。"))
    assert "".join(t for t, _ in _key_entry(1, whole, None, READING)["sentence"]) == "他觉得运动能缓解压力。"


def test_the_key_sentence_takes_no_closing_mark_of_the_sentence_before():
    """Strict check, session 17: the key printed "】封肃听了…" after a note closing 。】."""
    from quizgen.export.worksheet.snippet import around_clause

    words = ["批", "。", "】", "封肃", "听", "了", "，", "唬", "得", "目瞪口呆", "。"]
    text, tokens = "", []
    for w in words:
        tokens.append(ReadingToken(w, "", 1, False, False, len(text), len(text) + len(w)))
        text += w
    para = Paragraph(1, 0, len(text), tuple(tokens))
    start = text.index("唬")
    assert around_clause((para,), start, len(text), text[start:]) == ("封肃听了，", "")


def test_the_key_sentence_stops_at_a_semicolon():
    """The seed's ¶44 holds five statements joined by ；: each gap's key quoted all five (session 17)."""
    from quizgen.export.worksheet.snippet import around_clause

    words = ["他", "去", "了", "北京", "；", "我", "去", "了", "上海", "，", "很", "好", "；", "她", "没", "去", "。"]
    text, tokens = "", []
    for w in words:
        tokens.append(ReadingToken(w, "", 1, False, False, len(text), len(text) + len(w)))
        text += w
    para = Paragraph(1, 0, len(text), tuple(tokens))
    start, end = text.index("我"), text.index("上海") + 2
    assert around_clause((para,), start, end, text[start:end]) == ("", "，很好；")
