"""Review F4 / issue 13: the sheet's title comes from the text when the file name says nothing about it (the
held-out sheets were titled modern_diary_01, trad_cityu_04 in large type)."""
from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.book import book_title
from quizgen.build import default_title, headline, uninformative

BODY = "我们的学校很大，有一个图书馆。图书馆里有很多书，学生们每天都去看书。\n老师也常常去那里。\n"


@pytest.mark.parametrize("stem", ["modern_diary_01", "trad_cityu_04", "ch3", "HSK5-week2", "000_f66cfce79e5b9cdc",
                                  "text", "未命名1"])
def test_labels_ids_and_generic_names_say_nothing(stem):
    assert uninformative(stem)


@pytest.mark.parametrize("stem", ["春节", "北京新年音乐会", "红楼梦_01", "lesson on spring festival", "story"])
def test_names_with_words_are_the_teachers_title(stem):
    assert not uninformative(stem)


def test_label_file_name_gives_the_generic_title_not_the_opening_clause():
    """Session-16 review: the opening clause as a title (疫情至此, 沿著密閉的參觀通道) reads as a broken heading."""
    doc = analyze_text(BODY, "modern_diary_01.txt", "hsk4")
    assert default_title(doc, Path("modern_diary_01.txt")) == "阅读短文"
    assert default_title(doc, Path("我的学校.txt")) == "我的学校"
    assert book_title(Path("hongloumeng_01.txt"), BODY) == "我们的学校很大"


def test_headline_line_is_the_title():
    """A headline is taken whole: with its comma, and beyond the 24 characters of an opening clause."""
    for top in ("学校的图书馆，学生的家", "台风造成中南部大雨十五人死八人受伤九人失踪农业损失超过九亿"):
        doc = analyze_text(top + "\n\n" + BODY, "news_01.txt", "hsk4")
        assert default_title(doc, Path("news_01.txt")) == top


@pytest.mark.parametrize("text", [
    BODY,                                   # first line is a sentence
    "今天初九。我们已经\n坚持很多天了。\n",   # a stop inside the first line: not a headline
    "学校的图书馆\n",                         # nothing below it
    "2000年12月28日\n\n第九届全国人民代表大会常务委员会决定。\n",  # a date line
    "我们的学校很大，图书馆也很大，学生们每天都去看书，老师也常常去那里\n下一行。\n",  # too long
    "1）设施比较简陋\n2）早餐还算可以\n3）离市中心比较远\n",  # a list's first item (a review, session-23 judge)
    "一、基本情况\n\n我们的学校很大，有一个图书馆。\n",  # a numbered section's heading, not the text's
])
def test_sentences_are_not_headlines(text):
    assert headline(text) == ""


@pytest.mark.parametrize(("text", "title"), [
    # session-9 review: the opening clause leaned on what came before, or ran on
    ("但因大環境不佳，遊客減少了很多。阿里山的小火車很有名。\n", "閱讀短文"),
    ("我们的学校很大，有一个图书馆。\n", "阅读短文"),
    ("应该是一个教会的附属招待所吧．房间一般，服务也一般。\n", "阅读短文"),
    ("所以我们没有去，大家都很失望。\n", "阅读短文"),
    ("但因大環境不佳，遊客減少。\n", "閱讀短文"),
])
def test_an_opening_is_not_the_title(text, title):
    doc = analyze_text(text, "000_f66cfce79e5b9cdc.txt", "hsk4")
    assert default_title(doc, Path("000_f66cfce79e5b9cdc.txt")) == title


@pytest.mark.parametrize("line", ["五、第二章标题修改为", "我们的学校在"])
def test_a_first_line_that_runs_on_is_no_headline(line):
    assert headline(line + "\n" + BODY) == ""


def test_a_digest_of_stories_has_no_one_headline():
    """Strict check, session 17: five news briefs were titled by the first one's headline (库福尔当选加纳总统)."""
    digest = ("库福尔当选加纳总统\n\n加纳的反对党候选人库福尔当选总统。他将在一月就职。\n\n"
              "越南推进国家的工业化\n\n越南国家主席说，越南要推进工业化。\n")
    assert headline(digest) == ""
    sections = ("中国的春节\n\n春节是中国最重要的节日。\n\n一、春节的来历\n\n春节有很长的历史。\n")
    assert headline(sections) == "中国的春节"  # numbered section headings are no second story
    byline = "中国的春节\n\n春节是中国最重要的节日。\n\n记者 张明\n"
    assert headline(byline) == "中国的春节"  # a last line over nothing is no story's headline
