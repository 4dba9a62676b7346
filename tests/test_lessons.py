"""Books become lessons: where a long text is split, how lessons are named, what a book build writes."""
from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from quizgen.lessons import heading_kind, label, split_lessons

SIZE = 400
PARA = "我们每天早上去公园跑步，锻炼身体。"  # 17 characters


def body(chars: int) -> str:
    """Paragraphs (lines) of about ``chars`` characters in all."""
    return "\n".join([PARA * 2] * max(1, chars // (len(PARA) * 2 + 1))) + "\n"


def covers(text: str, lessons) -> bool:
    return (lessons[0].start == 0 and lessons[-1].end == len(text)
            and all(a.end == b.start for a, b in zip(lessons, lessons[1:]))
            and [x.number for x in lessons] == list(range(1, len(lessons) + 1)))


@pytest.mark.parametrize("line, kind", [
    ("第一章 风起", ("chapter", 1)),
    ("第十二回　贾雨村夤缘复旧职", ("chapter", 1)),
    ("第3课 我的家", ("chapter", 1)),
    ("第二卷", ("chapter", 0)),
    ("第五节 小结", ("chapter", 2)),
    ("## 第二节", ("markdown", 2)),
    ("# 书名", ("markdown", 1)),
    ("1. 引言", ("numbered", 0)),
    ("十二、总结", ("numbered", 0)),
    ("Chapter 3", ("numbered", 0)),
    ("第一章说的是他的童年。", None),  # a sentence, not a heading
    ("1. 首先，我们要认真。", None),
    ("第一章" + "很长的标题" * 10, None),  # too long for a heading
    ("我们每天早上去公园跑步", None),
])
def test_heading_kinds(line, kind):
    assert heading_kind(line) == kind


def test_a_normal_text_stays_one_lesson():
    text = body(SIZE)
    assert split_lessons(text, SIZE) == split_lessons(text, SIZE)[:1]
    (only,) = split_lessons(text, SIZE)
    assert (only.start, only.end, only.title) == (0, len(text), "")
    # headings do not split a text that is not long
    short = "第一章 春\n" + PARA + "\n第二章 夏\n" + PARA + "\n"
    assert len(split_lessons(short, SIZE)) == 1


def test_chapters_become_lessons_and_a_title_page_joins_the_first():
    text = "红楼梦\n曹雪芹\n" + "".join(f"第{n}回 标题{n}\n" + body(SIZE) for n in "一二三")
    lessons = split_lessons(text, SIZE)
    assert covers(text, lessons)
    assert [x.title for x in lessons] == ["第一回 标题一", "第二回 标题二", "第三回 标题三"]
    assert all(x.heading for x in lessons)
    assert text[lessons[0].start:].startswith("红楼梦")  # the title page is not lost
    assert text[lessons[1].start:].startswith("第二回")


def test_markdown_headings_and_a_long_chapter_in_parts():
    text = "".join(f"## {t}\n" + body(SIZE * n) for t, n in (("春天", 1), ("夏天", 3), ("秋天", 1)))
    lessons = split_lessons(text, SIZE)
    assert covers(text, lessons)
    titles = [x.title for x in lessons]
    assert titles[0] == "春天" and titles[-1] == "秋天"
    assert titles[1:-1] == [f"夏天（{k}）" for k in range(1, len(titles) - 1)] and len(titles) >= 4
    assert all(text[x.end - 1] == "\n" for x in lessons[:-1])  # cut at paragraph ends


@pytest.mark.parametrize("numbers, split_at_headings", [
    ("123", True),       # 1. 2. 3.: a book's numbered chapters
    ("121", False),      # a restart: numbered points of two lists
])
def test_numbered_titles_count_up(numbers, split_at_headings):
    text = "".join(f"{n}. 标题{n}\n" + body(SIZE) for n in numbers)
    lessons = split_lessons(text, SIZE)
    assert covers(text, lessons)
    assert all(x.heading for x in lessons) == split_at_headings


def test_headings_of_a_list_or_of_a_part_only_are_not_chapters():
    listed = "".join(f"第{n}章 标题\n{PARA}\n" for n in "一二三四五六七八九十") + body(SIZE * 3)
    assert not any(x.heading for x in split_lessons(listed, SIZE))  # headings every two lines: a list
    quoted = body(SIZE * 4) + "第一章 总则\n" + body(SIZE // 2) + "第二章 附则\n" + body(SIZE // 2)
    assert not any(x.heading for x in split_lessons(quoted, SIZE))  # a law quoted at the end of a collection


def test_paragraph_lessons_near_the_size():
    text = body(SIZE * 10)
    lessons = split_lessons(text, SIZE)
    assert covers(text, lessons)
    assert len(lessons) >= 8
    assert all(SIZE // 2 <= x.end - x.start <= SIZE * 1.5 for x in lessons)
    assert all(text[x.end - 1] == "\n" for x in lessons[:-1])
    assert lessons[0].title == "我们每天早上去公园跑步"  # the opening words


@pytest.mark.parametrize("text", [
    PARA * 200,                        # one paragraph: cut at sentence ends
    "我们今天去银行办事" * 300,          # no punctuation at all: cut at the size
])
def test_a_long_paragraph_is_still_cut(text):
    lessons = split_lessons(text, SIZE)
    assert covers(text, lessons) and len(lessons) > 3
    assert all(x.end - x.start <= SIZE * 1.5 for x in lessons)
    if "。" in text:
        assert all(text[x.end - 1] == "。" for x in lessons[:-1])


def test_label_pads_the_number_for_sorting():
    text = body(SIZE * 12)
    lessons = split_lessons(text, SIZE)
    assert len(lessons) >= 10
    assert label(lessons[0], len(lessons)).startswith("01 ")
    assert sorted(label(x, len(lessons)) for x in lessons) == [label(x, len(lessons)) for x in lessons]


# --- a book build ------------------------------------------------------------------------------------------

BOOK = ("# 邻里之间\n"
        + "## 第一章 早上\n" + "小王每天早上坚持跑步。他说，运动让他的生活更健康。\n" * 6
        + "## 第二章 社区\n" + "这个社区的邻居经常互相帮助。大家一起打扫楼道，环境越来越好。\n" * 6
        + "## 第三章 学校\n" + "李老师在北京教了二十年中文。她觉得学习语言最重要的是每天练习。\n" * 6)


def test_a_book_build_writes_a_folder_of_lessons_and_one_deck(tmp_path):
    from quizgen.build import BuildOptions, build_one
    from quizgen.export.anki.dump import read_notes

    src = tmp_path / "book.md"
    src.write_text(BOOK, encoding="utf-8")
    calls = []
    opts = BuildOptions(formats=("json", "apkg"), lesson_size=200, level="hsk4")
    r = build_one(src, tmp_path / "out", opts, lambda done, total: calls.append((done, total)))
    assert r.error is None, r.error
    assert calls == [(1, 3), (2, 3), (3, 3)]
    files = sorted(p.name for p in (tmp_path / "out" / "book").iterdir())
    assert files == ["1 第一章 早上.items.json", "2 第二章 社区.items.json", "3 第三章 学校.items.json"]
    first = json.loads((tmp_path / "out" / "book" / files[0]).read_text(encoding="utf-8"))
    assert first["title"] == "book · 1 第一章 早上"
    second = json.loads((tmp_path / "out" / "book" / files[1]).read_text(encoding="utf-8"))
    assert first["lesson"] == {"number": 1, "of": 3, "title": "第一章 早上", "label": "1 第一章 早上",
                               "book": "book", "start": 0, "end": second["lesson"]["start"]}
    assert r.stats["lessons"] == 3 and r.stats["sentences"] == 36 + 4  # and the heading lines
    with zipfile.ZipFile(tmp_path / "out" / "book.apkg") as z:
        z.extract("collection.anki2", tmp_path)
    con = sqlite3.connect(tmp_path / "collection.anki2")
    decks = json.loads(con.execute("select decks from col").fetchone()[0])
    con.close()
    names = sorted(d["name"] for d in decks.values() if d["name"] != "Default")
    assert names == [f"quizgen::HSK 4 (2025)::book::{n}" for n in ("1 第一章 早上", "2 第二章 社区", "3 第三章 学校")]
    notes = read_notes(tmp_path / "out" / "book.apkg")
    assert len({n["guid"] for n in notes}) == len(notes) > 0

    # the book loses its last chapter: that lesson's files go, the others stay
    src.write_text(BOOK[:BOOK.index("## 第三章")], encoding="utf-8")
    r = build_one(src, tmp_path / "out", opts)
    assert r.error is None, r.error
    assert sorted(p.name for p in (tmp_path / "out" / "book").iterdir()) == files[:2]


def test_the_build_summary_names_the_folder_not_every_file(tmp_path):
    from quizgen.build import BuildResult
    from quizgen.summary import build_table

    written = tuple(tmp_path / "b" / f"{k} x.items.json" for k in range(1, 4)) + (tmp_path / "b.apkg",)
    table = build_table([BuildResult("b.txt", written, None, (), {"lessons": 3, "sentences": 9, "flagged": 0,
                                                                    "words": 50, "items": {"cloze": 4}})])
    assert "lessons 3" in table and f"wrote  {tmp_path / 'b'}/ (3 files)" in table
    assert f"wrote  {tmp_path / 'b.apkg'}" in table and table.count("wrote") == 2


def test_lesson_size_from_the_config_file_is_checked(tmp_path):
    from quizgen.config import default_map
    from quizgen.errors import ConfigError

    assert default_map(Path("q.toml"), {"lesson_size": 3000})["build"]["lesson_size"] == 3000
    for bad in ("big", 10, True):
        with pytest.raises(ConfigError, match="lesson_size"):
            default_map(Path("q.toml"), {"lesson_size": bad})


def test_every_lesson_gets_its_pdf_from_one_worker(tmp_path):
    """The PDF worker lays out one lesson after another (each with its own temporary font folder)."""
    pytest.importorskip("weasyprint")
    from quizgen.build import BuildOptions, build_one

    src = tmp_path / "book.md"
    src.write_text(BOOK, encoding="utf-8")
    r = build_one(src, tmp_path / "out", BuildOptions(formats=("pdf",), lesson_size=200, level="hsk4",
                                                      release_before_pdf=True))
    assert r.error is None, r.error
    pdfs = sorted((tmp_path / "out" / "book").iterdir())
    assert [p.suffix for p in pdfs] == [".pdf"] * 6 and sum(p.name.endswith(".key.pdf") for p in pdfs) == 3
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)


def test_a_lessons_items_do_not_change_when_the_book_grows(tmp_path):
    """Every candidate search is bounded by its lesson (issue 15: linear time): appending lessons to a book
    changes none of the questions of the lessons before, on a real text (the sample, in lessons of ~1,000
    characters)."""
    from quizgen.build import BuildOptions, build_one

    text = next(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt")).read_text(encoding="utf-8")
    lessons = split_lessons(text, 1000)
    assert len(lessons) >= 4
    short = tmp_path / "short" / "book.txt"
    full = tmp_path / "full" / "book.txt"
    for path, body in ((short, text[:lessons[1].end]), (full, text)):
        path.parent.mkdir()
        path.write_text(body, encoding="utf-8")
    opts = BuildOptions(formats=("json",), lesson_size=1000, level="hsk6")

    def items(src: Path) -> list:
        r = build_one(src, src.parent / "out", opts)
        assert r.error is None, r.error
        return [json.loads(p.read_text(encoding="utf-8"))["items"]
                for p in sorted((src.parent / "out" / "book").glob("*.items.json"))]

    before, after = items(short), items(full)
    assert len(before) == 2 and len(after) == len(lessons)
    assert sum(it["type"] != "vocabulary" for lesson in before for it in lesson) >= 5
    assert after[:2] == before


def test_a_markdown_files_headings_make_its_lessons(tmp_path):
    """A .md file is read as the plain text a reader sees, its # marks gone, so its headings were never found:
    a Markdown book became lessons by size, titled by their opening words (issue 15, session 18)."""
    from quizgen.build import build_one
    from quizgen.outputs import BuildOptions

    from .test_build import GOOD

    chapters = (("春天", GOOD), ("夏天", GOOD.replace("银行", "邮局") * 2), ("秋天", GOOD.replace("公园", "学校")))
    book = tmp_path / "book.md"
    book.write_text("".join(f"## {title}\n\n{text}\n" for title, text in chapters), encoding="utf-8")
    res = build_one(book, tmp_path / "o", BuildOptions(formats=("json",), lesson_size=200))
    assert res.error is None, res.error
    names = sorted(p.name.split(".")[0] for p in (tmp_path / "o" / "book").iterdir())
    assert names == ["1 春天", "2 夏天", "3 秋天"]
