"""Session 23: a stretch written four or more times back to back is filler, printed once (the session-22 judge
found a review's taunt "4999买的,来咬我啊" ×4 on a student sheet); emphasis three times over is the writer's own."""
from quizgen.analysis.pipeline import analyze_text

TAUNT = "4999买的,来咬我啊"


def test_a_stretch_written_four_times_is_printed_once_and_said_so():
    text = "屏幕小，但是这是肯定的\n" + TAUNT * 4 + " 还送包和鼠标!!!\n"
    doc = analyze_text(text, "r.txt", 5, "2025")
    shown = "".join(s.text for s in doc.sentences)
    assert shown.count(TAUNT) == 1 and "还送包和鼠标" in shown
    assert [d.reason for d in doc.dropped] == ["repeat"] and doc.dropped[0].text == TAUNT * 3
    assert any("back to back printed once" in w for w in doc.warnings)
    # the offsets still point at the input: the kept copy is the first one
    s = next(s for s in doc.sentences if TAUNT in s.text)
    assert text[s.start:s.start + len(TAUNT)] == TAUNT


def test_emphasis_three_times_and_laughter_stay_as_written():
    for text in ("我不是厅级干部！我不是厅级干部！我不是厅级干部！\n", "他说：“哈哈哈哈哈哈哈哈哈哈哈哈！”\n",
                 "走啊走啊走啊走啊走啊，终于到了。\n"):
        doc = analyze_text(text, "f.txt", 5, "2025")
        assert "".join(s.text for s in doc.sentences) == text.strip(), text
        assert not doc.dropped
