"""Which words the student sheet explains (quizgen.export.worksheet.glossing): pinyin over the above-level words
of the sentences and passages the questions use, and a glossary of exactly those words."""
from __future__ import annotations

import dataclasses
import re
from functools import cache

import pytest

from quizgen.export.worksheet import glossing, integrity
from quizgen.export.worksheet.context import context
from quizgen.export.worksheet.html import render_html

from .conftest import SAMPLE
from .test_worksheet import ITEMS, itemset


def _reading(html: str) -> str:
    return html.split('<section class="reading"')[1].split("</section>")[0]


def _glossary(html: str) -> str:
    return html.split('<section class="glossary"')[1].split("</section>")[0]


def _marked(html: str) -> list[str]:
    """The words printed with pinyin over them in the reading."""
    return re.findall(r'<span class="w[^"]*"><span class="py">[^<]*</span>([^<]+)</span>', _reading(html))


def test_a_word_outside_every_question_sentence_is_not_explained():
    """熬夜 stands in 他常常熬夜。, which only the statement and insertion passages cover: without those items
    no question uses it, so it gets neither pinyin nor a glossary row; 缓解 is in the choice item's sentence
    and gets both."""
    items = tuple(it for it in ITEMS if it.type not in ("statement", "insertion"))
    html = render_html(itemset(items=items))
    assert _marked(html) == ["缓解"]
    assert "huǎnjiě" in _reading(html) and "áoyè" not in html
    gloss = _glossary(html)
    assert "缓解" in gloss and "熬夜" not in gloss
    assert "他常常熬夜" in _reading(html)  # still printed: the whole text is the reading


def test_a_word_in_a_question_passage_is_explained():
    """With the statement item, its passage (paragraph 2) is a question text: 熬夜 gets pinyin and a row."""
    html = render_html(itemset())
    assert sorted(_marked(html)) == ["熬夜", "缓解"]
    assert "熬夜" in _glossary(html) and "áoyè" in _glossary(html)


def test_glossary_without_pinyin_lists_the_same_words():
    """Mode none: no pinyin, and the glossary still explains the question sentences' words only."""
    items = tuple(it for it in ITEMS if it.type not in ("statement", "insertion"))
    html = render_html(itemset(items=items), pinyin="none")
    assert _marked(html) == []
    assert "缓解" in _glossary(html) and "熬夜" not in _glossary(html)


def test_glossary_with_pinyin_everywhere_lists_every_word():
    """Mode all: every above-level word has pinyin, so every one has its meaning."""
    items = tuple(it for it in ITEMS if it.type not in ("statement", "insertion"))
    html = render_html(itemset(items=items), pinyin="all")
    assert "缓解" in _glossary(html) and "熬夜" in _glossary(html)


def test_question_spans_merge_items_and_passages():
    s = itemset()
    spans = glossing.question_spans(s)
    assert spans == sorted(spans) and all(a < b for a, b in spans)
    assert all(spans[k][1] < spans[k + 1][0] for k in range(len(spans) - 1))  # merged: no overlap or contact
    for it in s.items:
        if it.type != "vocabulary" and it.end > it.start:
            assert any(a <= it.start and it.end <= b for a, b in spans), it.id


def test_integrity_refuses_a_glossary_row_without_pinyin():
    """The check that keeps the glossary exactly the words with pinyin, both ways."""
    s = itemset()
    ctx = context(s, pinyin="above", paper="a4", target="html")
    assert integrity._glossary_problems(ctx) == []
    extra = dict(ctx, glossary=ctx["glossary"] + [{"word": "锻炼", "pinyin": "", "gloss": "", "para": 1}])
    assert integrity._glossary_problems(extra) == ["锻炼 is in the glossary but has no pinyin in the reading"]
    short = dict(ctx, glossary=[g for g in ctx["glossary"] if g["word"] != "缓解"])
    assert integrity._glossary_problems(short) == ["缓解 has pinyin but no meaning on the sheet"]


@cache
def _sample(level: int):
    from quizgen.analysis.pipeline import analyze
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    doc = analyze(SAMPLE, level=f"hsk{level}")
    s = dataclasses.replace(build_items(doc, seed=0), reading=reading_paragraphs(doc))
    return integrity.fit(s)


@pytest.mark.parametrize("level", [5, 6])
def test_real_sheet_explains_only_the_question_sentences(level):
    """On the sample: every word printed with pinyin lies in a question's sentence or passage, every above-level
    glossed word there (not gapped) has pinyin, and the glossary is exactly the words with pinyin — far fewer
    than all the above-level words of the text (261 at HSK 5 before this rule)."""
    s = _sample(level)
    ctx = context(s, pinyin="above", paper="a4", target="html")
    spans = glossing.question_spans(s)
    glossed = glossing.glossed_words(s)
    inside = [any(a <= t.start < b for a, b in spans) for p in s.reading for t in p.tokens]
    tokens = [t for p in s.reading for t in p.tokens]
    runs = [r for p in ctx["reading"] for r in p["runs"] if r[0] in ("w", "wa")]
    marked = {r[1] for r in runs}
    assert marked, "no word with pinyin at all"
    outside = {t.text for t, ok in zip(tokens, inside, strict=True) if not ok and t.above and t.text in glossed}
    inside_words = {t.text for t, ok in zip(tokens, inside, strict=True) if ok and t.above and t.text in glossed}
    assert marked <= inside_words
    assert inside_words - marked <= {h.text for h in ctx["text"].gaps.values()} | _cut_words(s, ctx)
    rows = {g["word"] for g in ctx["glossary"] + ctx["glossary_more"]}
    assert rows == marked
    assert len(rows) < len(glossed) / 2 and outside - inside_words  # most of the text is left unexplained


def _cut_words(s, ctx) -> set[str]:
    """Words inside sentences cut out of the reading (insertion, ordering): not printed there, so not marked."""
    cuts = [(it.start, it.end) for it in s.items if it.type in ("insertion", "ordering")]
    return {t.text for p in s.reading for t in p.tokens if any(a <= t.start < b for a, b in cuts)}
