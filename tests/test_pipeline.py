"""The reading pipeline end to end: polyphones in context in both scripts, hygiene on the sample, offsets."""
from __future__ import annotations

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.analysis.script import to_traditional
from quizgen.items import build_items


def _readings(text: str) -> dict[str, str]:
    doc = analyze_text(text, "t")
    return {t.text: t.pinyin for s in doc.sentences for t in s.tokens}


def _char_reading(text: str, index: int) -> str:
    """pinyin_numbers syllable of the character at ``index`` of ``text``."""
    doc = analyze_text(text, "t")
    for s in doc.sentences:
        for t in s.tokens:
            if t.start <= index < t.end:
                return t.pinyin_numbers.split()[index - t.start]
    raise AssertionError(f"no token covers {index}")


# (sentence, character, expected reading), Simplified; each is also checked in Traditional.
POLYPHONES = [
    ("我去银行取钱。", "行", "hang2"),
    ("他是这家银行的行长。", "长", "zhang3"),
    ("孩子们都长大了。", "长", "zhang3"),
    ("这条河很长。", "长", "chang2"),
    ("他跑得很快。", "得", "de5"),
    ("你得去看医生。", "得", "dei3"),
    ("他慢慢地走过来。", "地", "de5"),
    ("他看着我笑。", "着", "zhe5"),
    ("我吃了饭。", "了", "le5"),
    ("我很了解他。", "了", "liao3"),
    ("他还在学校。", "还", "hai2"),
    ("我们重新开始吧。", "重", "chong2"),
    ("这件衣服很便宜。", "便", "pian2"),
    ("这件衣服很便宜。", "宜", "yi5"),
    ("这个问题很重要。", "重", "zhong4"),
    ("我去长城玩。", "长", "chang2"),
    ("这里很热闹。", "闹", "nao5"),
    ("我还你钱。", "还", "huan2"),
    ("他还没还我钱。", "还", "hai2"),
    ("你得快点儿。", "得", "dei3"),
    ("你快点儿。", "儿", "er5"),
    ("我妈妈喜欢我的朋友。", "欢", "huan5"),
    ("我妈妈喜欢我的朋友。", "友", "you5"),
    ("我们早上见。", "上", "shang5"),
    ("他得了第一名。", "得", "de2"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("sentence,char,expected", POLYPHONES)
def test_polyphones_in_context(sentence, char, expected, script):
    text = sentence if script == "simplified" else to_traditional(sentence)
    assert _char_reading(text, sentence.index(char)) == expected


# (sentence, word, start of its gloss, text the gloss must not contain), Simplified and Traditional
GLOSSES = [
    ("他得了第一名。", "得了", "to obtain", "enough"),
    ("你先喝吧。", "先", "first", "prior"),
    ("这是一家咖啡店。", "一家", "classifier for families", "whole family"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("sentence,word,start,unwanted", GLOSSES)
def test_glosses_in_context(sentence, word, start, unwanted, script):
    text = sentence if script == "simplified" else to_traditional(sentence)
    doc = analyze_text(text, "t")
    gloss = {t.simplified: t.gloss for s in doc.sentences for t in s.tokens}[word]
    assert gloss.startswith(start) and unwanted not in gloss


def test_u_umlaut_with_marks():
    r = _readings("绿色的女孩。")
    assert r["绿色"] == "lǜ sè"
    assert "nǚ" in r["女孩"]


def test_offsets_point_into_input(sample_doc):
    """Offsets point into the input; texts are the cleaned, restored text (document.py's invariant)."""
    text = sample_doc.text
    for s in sample_doc.sentences:
        assert sample_doc.display(s.start, s.end) == s.text
        for t in s.tokens:
            assert sample_doc.display(t.start, t.end) == t.text
            if text[t.start:t.end] != t.text:  # junk removed or a spun word restored inside the token
                changed = [r.text for r in sample_doc.repaired + sample_doc.removed]
                assert any(set(w) & set(text[t.start:t.end]) for w in changed), t
            assert len(t.text) == len(t.simplified)
            if t.pinyin_numbers:
                assert len(t.pinyin_numbers.split()) == len(t.text)
                assert len(t.pinyin.split()) == len(t.text)


def test_spinner_repairs(sample_doc):
    """Spun forms are replaced by the words they stand for, in the input's script; the restored token spans
    the spun form in the input, and a sentence restored whole is no longer flagged."""
    text = sample_doc.text
    repaired = {(r.text, r.replacement): r.count for r in sample_doc.repaired}
    assert repaired[("平易近", "民")] >= 15 and repaired[("年夜", "大")] >= 10 and ("標的目的", "方向") in repaired
    assert repaired[("國民", "人民")] >= 8 and repaired[("平安", "安全")] >= 15 and ("安然", "平安") in repaired
    toks = {t.text: (t, s) for s in sample_doc.sentences for t in s.tokens}
    t, s = toks["民警"]
    assert text[t.start:t.end] == "平易近警" and t.pinyin == "mín jǐng" and t.gloss
    t, s = toks["大局"]
    assert text[t.start:t.end] == "年夜局" and "大局" in s.text and "年夜" not in s.text
    assert not any("平易近" in s.text or "標的目的" in s.text for s in sample_doc.sentences)
    words = {t.simplified for s in sample_doc.sentences for t in s.tokens}
    assert not {"夜局", "标的", "平易", "近警"} & words  # the garbage "words" the spun forms made
    by_text = {s.text: s for s in sample_doc.sentences}
    s = by_text["中共中央總書記、國家主席、中央軍委主席習近平向中國人民警察隊伍授旗并致訓詞。"]
    assert not s.flagged and "中心" in text[s.start:s.end]
    assert by_text["5年來,全國公安機關共有1482名民警因公犧牲,2.5萬名民警因公負傷。"].flagged is False
    # 任務 stands for 工作 or 使命: a collocation decides (職責使命, 群眾工作法) and the sentence is restored; where
    # none does (圍繞新產業、新形式), the form stays and so does the flag
    assert any("職責使命" in s.text and not s.flagged for s in sample_doc.sentences)
    assert any("群眾工作法" in s.text for s in sample_doc.sentences)
    assert any("新形式" in s.text and s.flagged for s in sample_doc.sentences)


def test_no_repairs_in_genuine_text():
    """One tell-tale form alone (轨制 twice) is no proof of a spinner: nothing is repaired."""
    doc = analyze_text("这是轨制的问题。那也是轨制。人民警察为人民。", "g.txt", 5)
    assert doc.repaired == () and "轨制" in doc.sentences[0].text


def test_sample_hygiene(sample_doc):
    assert sample_doc.script == "traditional"
    removed = {r.text: r.count for r in sample_doc.removed}
    assert "包養" in removed or "包養網" in removed
    # nothing legitimate is removed: every junk token found in the sample is (or contains) the spam keyword
    assert all("包養" in w for w in removed), removed
    assert "年來" in sample_doc.text and any("年來" in s.text for s in sample_doc.sentences)
    for s in sample_doc.sentences:
        assert "包養" not in s.text and "包养" not in s.text
        assert all("包養" not in t.text for t in s.tokens)
    reasons = {d.reason for d in sample_doc.dropped}
    assert "caption" in reasons and "credit" in reasons
    assert any("攝" in d.text for d in sample_doc.dropped)
    assert not any("攝)" in s.text for s in sample_doc.sentences)
    # 公包養安 is repaired: 公安 becomes one token again
    assert any(t.text == "公安" and sample_doc.text[t.start:t.end] == "公包養安"
               for s in sample_doc.sentences for t in s.tokens)
    flagged = [s for s in sample_doc.sentences if s.flagged]
    assert flagged and any("平易近" in sample_doc.text[s.start:s.end] for s in flagged)
    assert any("garbled" in w for w in sample_doc.warnings)


def test_levels_glosses_and_proper_nouns(sample_doc):
    tokens = {t.simplified: t for s in sample_doc.sentences for t in s.tokens}
    assert tokens["习近平"].proper_noun and tokens["习近平"].level is None
    assert tokens["发展"].level is not None and tokens["发展"].level <= 5
    assert "develop" in tokens["发展"].gloss
    for t in tokens.values():
        if t.gloss:
            assert "CL:" not in t.gloss and "variant of" not in t.gloss
            assert t.gloss.count(";") <= 2


def test_profile(sample_doc):
    p = sample_doc.profile
    curve = [c for _, c in p.char_coverage]
    assert curve == sorted(curve) and 0 < curve[0] <= curve[-1] <= 1
    assert p.n_words > 1000
    assert "习近平" not in p.above_level
    assert all(w not in p.above_level for w in ("我们", "发展"))


def test_fullwidth_digits_and_dates():
    doc = analyze_text("２０１９年５月，习近平发表讲话。", "t")
    toks = [t.text for t in doc.sentences[0].tokens]
    assert toks[0] == "２０１９年"
    assert doc.sentences[0].tokens[0].pinyin_numbers.split()[-1] == "nian2"


def test_library_api(tmp_path):
    import dataclasses

    import quizgen

    f = tmp_path / "a.txt"
    f.write_text("我们去银行办事。", encoding="utf-8")
    doc = quizgen.analyze(str(f), level="hsk3", standard="2021")
    assert doc.standard == "2021" and doc.level == 3 and doc.source == "a.txt"
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.level = 4  # type: ignore[misc]
    assert quizgen.analyze("我们去银行办事。").sentences[0].tokens[2].pinyin == "yín háng"


@pytest.mark.parametrize("sentence, words", [
    ("始终以党的旗帜为旗帜。", ["以", "党"]),        # HMM made 以党
    ("对党忠诚、服务人民。", ["对", "党"]),           # HMM made 对党
    ("向中国人民警察队伍授旗并致训词。", ["并", "致"]),  # HMM made 并致
    ("我花了很多钱。", ["我", "花"]),                 # HMM made 我花
    ("负责人在电话中迫切地说。", ["地", "说"]),         # HMM made 地说
])
def test_hmm_glued_function_words_are_split(sentence, words):
    from quizgen.analysis.segment import segmenter

    toks = [w for w, _ in segmenter(None).tag(sentence)]
    i = toks.index(words[0])
    assert toks[i + 1] == words[1], toks


def test_dictionary_words_starting_with_a_function_word_stay_whole():
    from quizgen.analysis.segment import segmenter

    toks = [w for w, _ in segmenter(None).tag("他对于这个问题以后在家里讨论。")]
    assert {"对于", "以后", "家里"} <= set(toks)


@pytest.mark.parametrize("sentence, words", [
    ("小红喜欢喝牛奶。", ["喝", "牛奶"]),     # jieba's dictionary phrase 喝牛奶
    ("我想买手机。", ["买", "手机"]),
    ("今天天气很好。", ["今天", "天气"]),
    ("深圳市公安局指挥部大厅", ["深圳市", "公安局"]),
])
def test_jieba_phrases_are_cut_into_dictionary_words(sentence, words):
    from quizgen.analysis.segment import segmenter

    toks = [w for w, _ in segmenter(None).tag(sentence)]
    i = toks.index(words[0])
    assert toks[i + 1] == words[1], toks


@pytest.mark.parametrize("sentence, word", [
    ("今年全市的破案率为百分之九十。", "破案率"),  # 破案 + 率 would read 率 shuài
    ("他们每个月有两三条船停靠中国港口。", "两三"),  # a range, not 两 + 三条 (then the classifier 条)
    ("肃清孙力军等人流毒影响。", "孙力军"),  # a name
])
def test_words_the_dictionaries_lack_stay_whole(sentence, word):
    from quizgen.analysis.segment import segmenter

    assert word in [w for w, _ in segmenter(None).tag(sentence)]


def test_rate_reads_lv():
    doc = analyze_text("今年全市的破案率很高。", "r.txt", 5)
    t = next(t for s in doc.sentences for t in s.tokens if "率" in t.text)
    assert t.pinyin.endswith("lǜ")


@pytest.mark.parametrize("sentence, name", [
    ("小明说他明天不来了。", "小明"),   # not 小 + 明说
    ("小李去商店买东西。", "小李"),     # not 小 + 李去
    ("他比小明天真。", "小明"),
])
def test_textbook_names_stay_whole(sentence, name):
    doc = analyze_text(sentence, "n.txt", 2)
    toks = [t for s in doc.sentences for t in s.tokens]
    t = next(t for t in toks if t.text == name)
    assert t.proper_noun and t.level is None


@pytest.mark.parametrize("sentence, words", [
    ("这个问题很难。", ["很", "难"]),          # jieba's 很难: no dictionary word
    ("请把门关上。", ["把", "门"]),            # not 把门 "to keep goal"
    ("他把手放在桌子上。", ["把", "手"]),      # not 把手 "handle"
    # a false name split before (今天下午 tagged nr) must not shift the words split after it: 妈妈 stayed whole
    # only by luck of the indices, and 带我去 was left one "noun" (session 12)
    ("今天下午，妈妈带我去超市买东西。", ["妈妈", "带"]),
    ("今天下午，妈妈带我去超市买东西。", ["今天", "下午"]),
    ("每个周末，我都会在家画画。", ["都", "会"]),  # not 都会 dūhuì 'metropolis'
    ("他才能来。", ["才", "能"]),
])
def test_two_character_phrases_and_ba(sentence, words):
    from quizgen.analysis.segment import segmenter

    toks = [w for w, _ in segmenter(None).tag(sentence)]
    i = toks.index(words[0])
    assert toks[i + 1] == words[1], toks


@pytest.mark.parametrize("sentence, word", [
    ("门的把手坏了。", "把手"),
    ("我们要把握机会。", "把握"),
    ("法律规定其收益不得高于年率6%。", "年率"),  # a rate: cut, 率 would read shuài
])
def test_real_words_stay_whole(sentence, word):
    from quizgen.analysis.segment import segmenter

    assert word in [w for w, _ in segmenter(None).tag(sentence)]


def test_summary_reports_repairs(sample_doc):
    from quizgen.summary import summary

    text = summary(sample_doc)
    assert "repaired spinner words: " in text and "平易近→民 ×19" in text and "removed junk:" in text


def test_a_restored_spinner_word_does_not_flag_its_sentence():
    """In a spun document 安然 is the spinner's 平安; restored, the 平安 it leaves is the author's word and no
    evidence of spinning (平安 is itself a word spinners write for 安全, so it would flag otherwise)."""
    doc = analyze_text("社区平易近警在年夜厅里值班。平易近警说，年夜家都很好。他们都很安然。", "s.txt", 5)
    last = doc.sentences[-1]
    assert last.text == "他们都很平安。" and not last.flagged
    assert ("安然", "平安") in {(r.text, r.replacement) for r in doc.repaired}


# ---------------------------------------------------------------- stages, separately
def test_offset_map_copied_and_replaced_pieces():
    """Input 公包養安平易近警 cleaned to 公安民警: 包養 removed (a gap), 平易近 replaced by 民 (one piece)."""
    from quizgen.analysis.offsets import build_map

    m = build_map([(1, 0, 1, True), (1, 3, 4, True), (1, 4, 7, False), (1, 7, 8, True)])
    assert [(m.input_start(i), m.input_end(i)) for i in range(4)] == [(0, 1), (3, 4), (4, 7), (7, 8)]
    assert m.input_span(0, 2) == (0, 4) and m.input_span(2, 4) == (4, 8)
    # input offsets back to the cleaned text: inside the junk or inside 平易近 rounds up to what follows
    assert [m.cleaned_index(p) for p in range(9)] == [0, 1, 1, 1, 2, 3, 3, 3, 4]


def test_stages_compose_like_analyze_text():
    from quizgen.analysis import cleaning, lexicon, pipeline
    from quizgen.analysis.segment import segmenter

    text = "我们去银行。\n资料图片\n他是行长。"
    known, seg = lexicon.known_word_predicate(), segmenter(None)
    cleaned = cleaning.clean_text(text, text, "simplified", known, lambda w: known(w) or seg.has_word(w))
    assert cleaned.text == "我们去银行。\n他是行长。" and [d.reason for d in cleaned.dropped] == ["caption"]
    pieces = pipeline.split(cleaned)
    assert [p.text for p in pieces] == ["我们去银行。", "他是行长。"]
    tagged = pipeline.segment(pieces, seg)
    assert [w for w, _ in tagged[1]] == ["他", "是", "行长", "。"]
    readings = pipeline.read(pieces, tagged)
    assert readings[1][2:4] == ["hang2", "zhang3"]
    sents = pipeline.annotate(cleaned, pieces, tagged, readings, "2025", known, seg)
    assert [(s.start, s.end) for s in sents] == [(0, 6), (12, 17)]  # offsets in the input, past the caption
    assert [(t.text, t.start) for t in sents[1].tokens][2] == ("行长", 14)
    assert sents == list(pipeline.analyze_text(text, "t").sentences)


def test_a_caption_sentence_is_read_but_never_used_for_items():
    """图为… is a sentence about a photo that is not there: it gets pinyin and glosses like any sentence (the
    analysis JSON of every line has pinyin), is flagged so no item uses it, and is not counted as garbled; a
    caption with a photo credit is still dropped."""
    doc = analyze_text("我们去银行。\n图为银行大厅。\n三峡大坝夜景。新华社发(李孟 摄)\n他是行长。", "t")
    caption = [s for s in doc.sentences if s.text.startswith("图为")]
    assert caption and caption[0].flagged and not any(s.flagged for s in doc.sentences if s is not caption[0])
    assert " ".join(t.pinyin_numbers for t in caption[0].tokens if t.is_word).startswith("tu2 wei2 yin2 hang2")
    assert [d.reason for d in doc.dropped] == ["caption"] and "李孟" in doc.dropped[0].text
    assert any("caption line" in w for w in doc.warnings) and not any("garbled" in w for w in doc.warnings)


def test_an_editorial_note_is_read_but_never_used_for_items():
    """【庚辰双行夹批：…】 is the editor's, not the text's (strict check, session 16: both questions of a 红楼梦
    sheet came from it): its sentences are kept, flagged so no item uses them, and named in the warnings; the
    text around it is not."""
    text = ("宝玉听了，心中十分高兴。\n【庚辰双行夹批：如此穿插安得不令人拍案叫绝！】\n"
            "他们一起去花园里看菊花。\n花园里的菊花开得很好看。\n")
    doc = analyze_text(text, "t.txt", 6, "2025")
    note = [s for s in doc.sentences if "拍案叫绝" in s.text]
    assert note and all(s.flagged for s in note)
    assert not any(s.flagged for s in doc.sentences if "【" not in s.text and "拍案" not in s.text)
    assert any("editorial notes in 【】" in w for w in doc.warnings) and not any("garbled" in w for w in doc.warnings)
    items = build_items(doc).items
    assert items and not any("拍案叫绝" in (i.sentence or "") or "如此" == i.word for i in items)


@pytest.mark.parametrize("sentence, word", [("这个人很有才能。", "才能"), ("他的才能很高。", "才能"),
                                            ("上海是国际都会。", "都会")])
def test_adverb_modal_words_stay_nouns(sentence, word):
    from quizgen.analysis.segment import segmenter

    assert word in [w for w, _ in segmenter(None).tag(sentence)]


def test_a_sources_line_numbers_are_cut():
    """SIGHAN AS numbers its lines (22.，…, 23.，…): the numbers are no text, the sentences read without them."""
    text = "22.，我们今年完成了很多工作，\n23.，以促进两国的环保交流。\n24.。他们也建立了新的资料库。\n"
    doc = analyze_text(text, "t.txt", 5, "2025")
    got = [s.text for s in doc.sentences]
    assert got == ["我们今年完成了很多工作，以促进两国的环保交流。", "他们也建立了新的资料库。"], got
    one = analyze_text("1.，我们今年完成了很多工作。\n", "t.txt", 5, "2025")  # a single line: left as written
    assert one.sentences[0].text.startswith("1.")


def test_the_reading_marks_the_sentences_that_look_machine_rewritten(sample_doc):
    """Strict check, session 16: the sample's spun sentences (殊途同歸闊步前進) reached the students unmarked. Each
    garbled sentence is an ``unsure`` span of its paragraph (kept in items.json) and the student's reading holds it
    between marks; captions and editorial notes are flagged but not garbled, so not marked."""
    import dataclasses

    from quizgen.export.worksheet.gapped import student_text
    from quizgen.items.itemset import ItemSet
    from quizgen.items.paragraphs import reading_paragraphs

    garbled = [s for s in sample_doc.sentences if sample_doc.garbled(s)]
    assert garbled
    reading = reading_paragraphs(sample_doc)
    assert {u for p in reading for u in p.unsure} == {(s.start, s.end) for s in garbled}
    items = dataclasses.replace(build_items(sample_doc), reading=reading)
    assert ItemSet.from_dict(items.to_dict()).reading == reading
    marked = []
    for p in student_text(items, [], [], "above").paragraphs:
        kinds = [r[0] for r in p["runs"]]
        for k, kind in enumerate(kinds):
            if kind == "unsure":
                end = kinds.index("/unsure", k)
                marked.append("".join(r[1] for r in p["runs"][k + 1:end]))
    assert marked == [s.text.strip() for s in garbled]
    from quizgen.export.worksheet.html import render_html

    html = render_html(items)
    assert html.count('<span class="unsure">') == len(garbled) and "look machine-rewritten" in html
    note = analyze_text("图为银行大厅。\n【甲戌侧批：妙！】\n我们去银行。", "t")
    assert any(s.flagged for s in note.sentences) and not any(note.garbled(s) for s in note.sentences)
    assert not any(p.unsure for p in reading_paragraphs(note))


def test_the_reading_prints_editorial_notes_as_notes(monkeypatch):
    """An annotated edition's 【甲戌侧批：…】 is a ``notes`` span of its paragraph (kept in items.json) and the
    student's reading holds it between note marks, printed small and grey with a line saying what it is: half a
    红楼梦 passage read as the novel (strict check, session 18)."""
    import dataclasses

    from quizgen.export.worksheet.gapped import student_text
    from quizgen.export.worksheet.html import render_html
    from quizgen.items import paragraphs
    from quizgen.items.itemset import ItemSet

    text = "宝玉听了，心中十分高兴。【甲戌侧批：写得妙！】他就去找林黛玉说话。\n黛玉正在房里看书。\n"
    doc = analyze_text(text, "t.txt", 5, "2025")
    reading = paragraphs.reading_paragraphs(doc)
    note = text.index("【")
    assert [n for p in reading for n in p.notes] == [(note, text.index("】") + 1)]
    items = dataclasses.replace(build_items(doc), reading=reading)
    assert ItemSet.from_dict(items.to_dict()).reading == reading
    runs = student_text(items, [], [], "above").paragraphs[0]["runs"]
    kinds = [r[0] for r in runs]
    inside = "".join(r[1] for r in runs[kinds.index("note") + 1:kinds.index("/note")])
    assert inside == "【甲戌侧批：写得妙！】"
    html = render_html(items)
    assert html.count('<span class="text-note">') == 1 and "an editor's note" in html
    monkeypatch.setattr(paragraphs, "NOTES_MARKED", False)
    assert not any(p.notes for p in paragraphs.reading_paragraphs(doc))
