"""Anki export: decks built with genanki, imported into the real ``anki`` library (test extra, AGPL).

Golden file: ``tests/golden/anki_handmade.json`` is the canonical dump (quizgen.export.anki.dump) of the deck
built from the hand-made ItemSet below. After an intended change, rewrite it with

    UPDATE_GOLDEN=1 pytest tests/test_anki.py

and review the diff like code. (An environment variable rather than ``--update-golden``: the option would have
to be registered in conftest.py.)
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.analysis.tone_marks import tone_number
from quizgen.export.anki import deck as ax
from quizgen.export.anki import note_fields as anki_fields
from quizgen.export.anki import note_types as anki_models
from quizgen.export.anki.dump import canonical_dump, dumps, read_notes
from quizgen.items.itemset import (
    BLANK,
    CC_CEDICT_ATTRIBUTION,
    Item,
    ItemSet,
    Paragraph,
    Passage,
    ReadingToken,
)
from quizgen.items.kinds import WORKSHEET_ONLY_TYPES

GOLDEN = Path(__file__).parent / "golden" / "anki_handmade.json"
T0 = 1_790_000_000  # build times below the real clock, so a learner's edit in the test collection is newer

# --- a small hand-made ItemSet --------------------------------------------------------------------------

PARAGRAPHS = [
    [("小王", "xiǎo wáng"), ("每天", "měi tiān"), ("早上", "zǎo shang"), ("坚持", "jiān chí"), ("跑步", "pǎo bù"),
     ("。", ""), ("他", "tā"), ("说", "shuō"), ("，", ""), ("运动", "yùn dòng"), ("让", "ràng"), ("他", "tā"),
     ("的", "de"), ("生活", "shēng huó"), ("更", "gèng"), ("健康", "jiàn kāng"), ("。", "")],
    [("这个", "zhè ge"), ("社区", "shè qū"), ("的", "de"), ("邻居", "lín jū"), ("经常", "jīng cháng"),
     ("互相", "hù xiāng"), ("帮助", "bāng zhù"), ("。", ""), ("网页", "wǎng yè"), ("上", "shàng"), ("写", "xiě"),
     ("着", "zhe"), ("“", ""), ("<b>", ""), ("限时", "xiàn shí"), ("优惠", "yōu huì"), ("</b>", ""), ("”", ""),
     ("，", ""), ("A&B", ""), ("公司", "gōng sī"), ("还", "hái"), ("加", "jiā"), ("了", "le"), ("<script>", ""),
     ("标签", "biāo qiān"), ("。", "")],
    [("李", "lǐ"), ("老师", "lǎo shī"), ("在", "zài"), ("北京", "běi jīng"), ("教", "jiāo"), ("了", "le"),
     ("二十", "èr shí"), ("年", "nián"), ("中文", "zhōng wén"), ("。", ""), ("她", "tā"), ("觉得", "jué de"),
     ("学习", "xué xí"), ("语言", "yǔ yán"), ("最", "zuì"), ("重要", "zhòng yào"), ("的", "de"), ("是", "shì"),
     ("每天", "měi tiān"), ("练习", "liàn xí"), ("。", "")],
]
TEXT = "\n".join("".join(t for t, _ in p) for p in PARAGRAPHS)
SOURCE = "neighbours.txt"


def _reading() -> tuple[Paragraph, ...]:
    out, pos = [], 0
    for n, toks in enumerate(PARAGRAPHS, 1):
        length = sum(len(t) for t, _ in toks)
        out.append(Paragraph(n, pos, pos + length, tuple(ReadingToken(t, p, None) for t, p in toks)))
        pos += length + 1
    return tuple(out)


def _sentence(containing: str) -> tuple[str, int]:
    for m in re.finditer(r"[^。\n]+。", TEXT):
        if containing in m.group():
            return m.group(), m.start()
    raise AssertionError(containing)


def word_item(type_: str, sentence_has: str, word: str, pinyin: str, gloss: str, level: int | None,
              **kw) -> Item:
    sent, start = _sentence(sentence_has)
    a = sent.index(word)
    blanked = sent[:a] + BLANK + sent[a + len(word):]
    return Item(id=f"{type_}-{word}", type=type_, level=level, prompt=kw.pop("prompt", blanked),
                answer=kw.pop("answer", word), source=SOURCE, sentence=sent, start=start, end=start + len(sent),
                word=word, simplified=word, pinyin=pinyin, gloss=gloss, target_start=start + a,
                target_end=start + a + len(word), blanked=blanked, **kw)


def handmade(gloss_jianchi: str = "to persist; to insist") -> ItemSet:
    passage_text = TEXT.split("\n")[2]
    p_start = TEXT.index(passage_text)
    statement_opts = ("李老师教了十年中文。", "李老师觉得每天练习很重要。", "李老师在上海工作。", "李老师不喜欢学习语言。")
    items = (
        word_item("vocabulary", "坚持", "坚持", "jiān chí", gloss_jianchi, 4, hint="jiān chí"),
        word_item("vocabulary", "健康", "健康", "jiàn kāng", "health; healthy", 2, hint="jiàn kāng"),
        word_item("vocabulary", "优惠", "优惠", "yōu huì", "preferential; favorable", 6, hint="yōu huì"),
        word_item("cloze", "运动", "运动", "yùn dòng", "sports; exercise", 2, hint="yùn dòng"),
        word_item("choice", "社区", "社区", "shè qū", "community", 5, options=("社会", "社区", "企业", "政治"),
                  answer_index=1, option_pinyin=("shè huì", "shè qū", "qǐ yè", "zhèng zhì"),
                  option_glosses=("society", "community", "enterprise", "politics")),
        word_item("choice", "标签", "标签", "biāo qiān", "label; tag", 6, options=("标签", "标准", "目标", "表格"),
                  answer_index=0, option_pinyin=("biāo qiān", "biāo zhǔn", "mù biāo", "biǎo gé"),
                  option_glosses=("label; tag", "standard", "goal", "form; table")),
        word_item("passage_cloze", "重要", "重要", "zhòng yào", "important", 3, options=("重要", "主要", "必要", "需要"),
                  answer_index=0, passage="pc-1", number=1, group="pc-1"),
        Item(id="statement-1", type="statement", level=5, prompt="根据这段话，可以知道：", options=statement_opts,
             answer=statement_opts[1], answer_index=1, source=SOURCE, sentence="李老师觉得每天练习很重要",
             start=p_start, end=p_start + len(passage_text), passage="st-1", group="st-1",
             explanation="B restates the passage; A: 二十 → 十; C: 北京 → 上海; D: negated"),
        word_item("fact", "二十", "二十", "èr shí", "twenty", 5, options=("十", "二十", "三十", "十五"), answer_index=1,
                  kind="number"),
        word_item("word_bank", "帮助", "帮助", "bāng zhù", "to help", 2, options=("帮助", "经常"), answer_index=0),
        Item(id="ordering-1", type="ordering", level=5, prompt="", options=("甲", "乙", "丙"), answer="BAC",
             source=SOURCE, sentence=TEXT.split("\n")[0], start=0, end=10),
    )
    passages = (Passage("pc-1", "passage_cloze", passage_text, passage_text.replace("重要", "{{1}}"), p_start,
                        p_start + len(passage_text)),
                Passage("st-1", "statement", passage_text, passage_text, p_start, p_start + len(passage_text)))
    return ItemSet(source=SOURCE, title="邻里之间", standard="2025", level=5, seed=1, items=items,
                   passages=passages, reading=_reading())


# --- the real importer ----------------------------------------------------------------------------------

def new_collection(tmp_path: Path):
    anki_collection = pytest.importorskip("anki.collection")
    return anki_collection.Collection(str(tmp_path / "collection.anki2"))


def import_apkg(col, path: Path):
    """Import as the desktop dialog does by default (update notes and note types only if newer)."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, merge_notetypes=True))).log


def body(rendered: str) -> str:
    """The rendered card without its style block."""
    return re.sub(r"<style>.*?</style>", "", rendered, flags=re.DOTALL)


def visible(rendered: str) -> str:
    """What a learner can see: no style block, no tags (so no attributes such as data-cloze), entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", body(rendered)))


def notes_of(col, notetype: str):
    return [col.get_note(nid) for nid in col.find_notes(f'"note:{notetype}"')]


def cards_by_template(col) -> dict[tuple[str, str], list]:
    out: dict[tuple[str, str], list] = {}
    for cid in col.find_cards("tag:quizgen"):
        card = col.get_card(cid)
        out.setdefault((card.note_type()["name"], card.template()["name"]), []).append(card)
    return out


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("anki")
    path = ax.write_apkg(handmade(), tmp / "decks" / "neighbours.apkg", now=T0)
    col = new_collection(tmp)
    log = import_apkg(col, path)
    yield col, log, path
    col.close()


# --- tests ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("syllable, tone", [
    ("mā", 1), ("má", 2), ("mǎ", 3), ("mà", 4), ("ma", 5), ("de", 5),
    ("lǜ", 4), ("nǚ", 3), ("lǘ", 2), ("lǖ", 1), ("lü", 5), ("lüè", 4), ("Ān", 1), ("lv4", 4),
])
def test_tone_number_from_marks(syllable, tone):
    assert tone_number(syllable) == tone


@pytest.mark.parametrize("pinyin, expected", [
    ("nǔ lì", '<span class="tone3">nǔ</span><span class="tone4">lì</span>'),
    ("xī ān", '<span class="tone1">xī</span>\'<span class="tone1">ān</span>'),
    ("lǜ sè", '<span class="tone4">lǜ</span><span class="tone4">sè</span>'),
    ("", ""),
])
def test_pinyin_html_colours_each_syllable(pinyin, expected):
    assert anki_fields.pinyin_html(pinyin) == expected


def _pinyin_itemset(tokens: list[tuple[str, str]]) -> tuple[ItemSet, Item]:
    text = "".join(t for t, _ in tokens)
    para = Paragraph(1, 0, len(text), tuple(ReadingToken(t, p, None) for t, p in tokens))
    item = Item(id="x", type="cloze", level=2, prompt="", answer="", source=SOURCE, sentence=text, start=0,
                end=len(text))
    return ItemSet(source=SOURCE, title="t", standard="2025", level=2, seed=0, items=(item,), reading=(para,)), item


@pytest.mark.parametrize("tokens, expected", [
    # QA: "kě ' ài"; the word is one unit with its apostrophe, punctuation is Western and sticks to a word
    ([("小狗", "xiǎo gǒu"), ("非常", "fēi cháng"), ("可爱", "kě ài"), ("，", ""), ("我们", "wǒ men"),
      ("喜欢", "xǐ huān"), ("它", "tā"), ("。", "")], "xiǎogǒu fēicháng kě'ài, wǒmen xǐhuān tā."),
    ([("他", "tā"), ("说", "shuō"), ("：", ""), ("“", ""), ("西安", "xī ān"), ("好", "hǎo"), ("！", ""), ("”", "")],
     'tā shuō: "xī\'ān hǎo!"'),
    ([("他", "tā"), ("说", "shuō"), ('"', ""), ("好", "hǎo"), ('。"', ""), ("《", ""), ("书", "shū"), ("》", "")],
     'tā shuō "hǎo." "shū"'),
])
def test_sentence_pinyin_words_and_punctuation(tokens, expected):
    s, item = _pinyin_itemset(tokens)
    field = anki_fields.sentence_pinyin_html(s, item)
    assert html.unescape(re.sub(r"<[^>]+>", "", field)) == expected
    assert not re.search(r"\s'|'\s", field)  # the apostrophe touches both syllables


def test_pinyin_lines_use_a_latin_font():
    """A CJK font sets ASCII in half-width cells: the apostrophe of kě'ài then reads as a spaced "kě ' ài"."""
    font = re.search(r"^\.pinyin, \.example-pinyin \{ font-family: ([^;]+);", anki_models.CSS, re.MULTILINE)
    assert font and "Noto Sans CJK" not in font.group(1) and "PingFang" not in font.group(1)
    for model in anki_models.MODELS:
        for t in model.templates:
            assert t["afmt"].count('class="example-pinyin"') == t["afmt"].count('lang="zh-Latn-pinyin"')


def test_counts_per_note_type(imported):
    col, log, _ = imported
    assert len(log.new) == 9  # word_bank and ordering are worksheet-only
    assert len(notes_of(col, "quizgen Vocabulary")) == 3
    assert len(notes_of(col, "quizgen Cloze")) == 1
    assert len(notes_of(col, "quizgen Choice")) == 5
    counts = {k: len(v) for k, v in cards_by_template(col).items()}
    assert counts == {("quizgen Vocabulary", "Recognition"): 3, ("quizgen Vocabulary", "Recall"): 3,
                      ("quizgen Cloze", "Cloze"): 1, ("quizgen Choice", "Choice"): 5}


def test_deck_name_description_and_tags(imported):
    col, _, _ = imported
    decks = {col.decks.name(c.did) for cards in cards_by_template(col).values() for c in cards}
    assert decks == {"quizgen::HSK 5 (2025)::邻里之间"}
    deck = col.decks.by_name("quizgen::HSK 5 (2025)::邻里之间")
    assert html.escape(CC_CEDICT_ATTRIBUTION) in deck["desc"]
    note = notes_of(col, "quizgen Cloze")[0]
    assert sorted(note.tags) == sorted(["quizgen", "hsk2025::2", "quizgen::source::neighbours",
                                        "quizgen::type::cloze"])


def test_vocabulary_cards(imported):
    col, _, _ = imported
    cards = cards_by_template(col)
    for card in cards[("quizgen Vocabulary", "Recognition")]:
        note = card.note()
        front, back = visible(card.question()), visible(card.answer())
        assert note["Word"] in front
        assert visible(note["Pinyin"]) not in front and note["Meaning"] not in front
        assert visible(note["Pinyin"]) in back and note["Meaning"] in back and visible(note["Example"]) in back
    for card in cards[("quizgen Vocabulary", "Recall")]:
        note = card.note()
        front, back = visible(card.question()), visible(card.answer())
        assert note["Word"] not in front, front
        assert BLANK in front and note["Meaning"] in front
        assert note["Word"] in back and visible(note["Example"]) in back
    jianchi = next(n for n in notes_of(col, "quizgen Vocabulary") if n["Simplified"] == "坚持")
    assert jianchi["Traditional"] == "堅持"
    assert jianchi["Pinyin"] == '<span class="tone1">jiān</span><span class="tone2">chí</span>'
    assert visible(jianchi["ExamplePinyin"]) == "xiǎowáng měitiān zǎoshang jiānchí pǎobù."
    assert jianchi["Example"] == '小王每天早上<b class="target">坚持</b>跑步。'
    assert jianchi["Level"] == "HSK 4 (2025)"


def test_cloze_card_hides_gap_on_front_and_fills_it_on_back(imported):
    col, _, _ = imported
    (card,) = cards_by_template(col)[("quizgen Cloze", "Cloze")]
    q, a = card.question(), card.answer()
    # The real Anki keeps the answer in a hidden data-cloze attribute of the gap; nowhere else on the front.
    assert q.count("运动") == q.count('data-cloze="运动"') == 1
    assert "运动" not in visible(q)
    assert "他说，[yùn dòng]让他的生活更健康。" in visible(q)
    assert "他说，运动让他的生活更健康。" in visible(a)
    assert "sports; exercise" in visible(a) and "sports" not in visible(q)


def test_choice_cards_show_options_front_and_mark_answer_back(imported):
    col, _, _ = imported
    for card in cards_by_template(col)[("quizgen Choice", "Choice")]:
        note = card.note()
        q, a = card.question(), card.answer()
        options = [note[f"Option{x}"] for x in "ABCD"]
        for opt in options:
            assert visible(opt) in visible(q)
        assert "答案" not in visible(q) and "ans-" not in body(q)
        assert f'class="ans-{note["Answer"]}"' in a and "答案" in visible(a)
        assert visible(note["Sentence"]) in visible(a)
        if 'class="gap"' in note["Question"]:  # a gapped sentence: the filled one only on the back
            assert visible(note["Sentence"]) not in visible(q)
            assert BLANK in visible(q)
    statement = next(n for n in notes_of(col, "quizgen Choice") if "quizgen::type::statement" in n.tags)
    assert statement["Answer"] == "B" and "二十年中文" in statement["Passage"]


def test_user_text_arrives_escaped(imported):
    col, _, _ = imported
    note = next(n for n in notes_of(col, "quizgen Choice") if "标签" in n["Sentence"])
    assert "&lt;b&gt;" in note["Sentence"] and "&amp;" in note["Sentence"] and "&lt;script&gt;" in note["Sentence"]
    for card in note.cards():
        for rendered in (card.question(), card.answer()):
            assert "<script>" not in rendered and "<b>限时" not in rendered
            assert "&lt;script&gt;" in rendered
        assert "“<b>限时优惠</b>”，A&B公司还加了<script>" in visible(card.answer())
    vocab = next(n for n in notes_of(col, "quizgen Vocabulary") if n["Word"] == "优惠")
    assert "&lt;b&gt;限时<b class=\"target\">优惠</b>&lt;/b&gt;" in vocab["Example"]


def test_rebuild_updates_changed_notes_and_leaves_the_rest_untouched(tmp_path):
    col = new_collection(tmp_path)
    path = tmp_path / "decks" / "neighbours.apkg"
    import_apkg(col, ax.write_apkg(handmade(), path, now=T0))
    notes = {n.guid: n for n in (col.get_note(i) for i in col.find_notes("tag:quizgen"))}
    cards_before = sorted(col.find_cards("tag:quizgen"))
    # a learner has reviewed one card
    reviewed = col.get_card(cards_before[0])
    reviewed.type, reviewed.queue, reviewed.ivl, reviewed.due, reviewed.reps = 2, 2, 12, 30, 3
    col.update_card(reviewed)

    log = import_apkg(col, ax.write_apkg(handmade("to keep on; to persevere"), path, now=T0 + 100))
    assert len(log.updated) == 1 and not log.new
    assert len(col.find_notes("tag:quizgen")) == len(notes)
    after = {n.guid: n for n in (col.get_note(i) for i in col.find_notes("tag:quizgen"))}
    changed = [g for g in after if after[g].fields != notes[g].fields]
    assert len(changed) == 1 and after[changed[0]]["Meaning"] == "to keep on; to persevere"
    assert after[changed[0]].mod == T0 + 100
    assert all(after[g].mod == notes[g].mod == T0 for g in after if g not in changed)
    assert sorted(col.find_cards("tag:quizgen")) == cards_before
    again = col.get_card(reviewed.id)
    assert (again.ivl, again.reps, again.queue) == (12, 3, 2)

    # a learner edits a note; an unchanged rebuild must not touch anything
    edited = after[next(g for g in after if g not in changed)]
    edited["Source"] = "my own note"
    col.update_note(edited)
    mods = {g: col.get_note(n.id).mod for g, n in after.items()}
    log = import_apkg(col, ax.write_apkg(handmade("to keep on; to persevere"), path, now=T0 + 200))
    assert not log.updated and not log.new
    assert {g: col.get_note(n.id).mod for g, n in after.items()} == mods
    assert col.get_note(edited.id)["Source"] == "my own note"


def test_mod_policy_without_previous_deck(tmp_path):
    path = ax.write_apkg(handmade(), tmp_path / "a.apkg", now=T0)
    assert {n["mod"] for n in read_notes(path)} == {T0}
    again = ax.write_apkg(handmade(), tmp_path / "b.apkg", now=T0 + 5, previous=path)
    assert {n["mod"] for n in read_notes(again)} == {T0}
    changed = ax.write_apkg(handmade("x"), tmp_path / "c.apkg", now=T0 - 50, previous=path)  # clock behind
    assert sorted(n["mod"] for n in read_notes(changed)) == [T0] * 8 + [T0 + 1]


def test_guids_come_from_identity_fields():
    items = handmade().items
    vocab = items[0]
    assert ax.note_guid(vocab) == ax.note_guid(replace(vocab, gloss="other", sentence="别的句子。", id="x"))
    assert ax.note_guid(vocab) != ax.note_guid(replace(vocab, pinyin="jiān chi"))
    choice = items[4]
    assert ax.note_guid(choice) == ax.note_guid(replace(choice, gloss="other", options=("a", "b", "c", "社区")))
    assert ax.note_guid(choice) != ax.note_guid(replace(choice, type="fact"))


def test_canonical_dump_is_deterministic_and_matches_golden(tmp_path):
    a = canonical_dump(ax.write_apkg(handmade(), tmp_path / "a.apkg", now=T0))
    b = canonical_dump(ax.write_apkg(handmade(), tmp_path / "b.apkg", now=T0 + 3600))
    assert dumps(a) == dumps(b)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(dumps(a), encoding="utf-8")
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == json.loads(dumps(a)), \
        "Anki dump changed: review, then UPDATE_GOLDEN=1 pytest tests/test_anki.py"


# When this fails you changed a template, the CSS or the fields. Templates/CSS: set anki_models.NOTETYPE_MOD to
# the current epoch seconds (so learners' Anki picks the new design up) and record the new fingerprint here.
# Fields: do not; version the note type instead (new id and name; see quizgen/export/anki/note_types.py).
NOTETYPE_REVISIONS = {
    "166a46d57716": 1795600000,
    "a4a1783cbb4f": 1795622100,  # pinyin lines in a Latin font, lang zh-Latn-pinyin
}


def test_notetype_mod_is_bumped_with_the_design():
    design = [(m.model_id, m.name, [f["name"] for f in m.fields],
               [(t["name"], t["qfmt"], t["afmt"]) for t in m.templates], m.css, m.model_type, m.sort_field_index)
              for m in anki_models.MODELS]  # only what we set: genanki adds keys to the template dicts on writing
    fingerprint = hashlib.sha1(json.dumps(design, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]
    assert NOTETYPE_REVISIONS.get(fingerprint) == anki_models.NOTETYPE_MOD, \
        f"design fingerprint is now {fingerprint}"


def test_design_change_reaches_learners_after_a_notetype_mod_bump(tmp_path, monkeypatch):
    """Measured: the importer records its own clock as the note type's mod, and takes a new design only
    from a package whose note type mod is newer than that."""
    import time

    col = new_collection(tmp_path)
    import_apkg(col, ax.write_apkg(handmade(), tmp_path / "a.apkg", now=T0))
    monkeypatch.setattr(anki_models.CHOICE_MODEL, "css", anki_models.CSS + "\n.redesigned {}")
    import_apkg(col, ax.write_apkg(handmade(), tmp_path / "b.apkg", now=T0))
    col.models._clear_cache()
    assert ".redesigned" not in col.models.by_name("quizgen Choice")["css"]
    monkeypatch.setattr(anki_models, "NOTETYPE_MOD", int(time.time()) + 60)
    import_apkg(col, ax.write_apkg(handmade(), tmp_path / "c.apkg", now=T0))
    col.models._clear_cache()
    assert ".redesigned" in col.models.by_name("quizgen Choice")["css"]
    assert len(col.find_notes("tag:quizgen")) == 9
    names = sorted(n.name for n in col.models.all_names_and_ids() if n.name.startswith("quizgen"))
    assert names == ["quizgen Choice", "quizgen Cloze", "quizgen Vocabulary"]  # no "Name+" copies
    col.close()


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path):
    path = ax.write_apkg(handmade(), tmp_path / "d" / "x.apkg", now=T0)
    assert [p.name for p in path.parent.iterdir()] == ["x.apkg"]
    path.write_bytes(b"not a zip")  # a damaged earlier build only means every note counts as changed
    ax.write_apkg(handmade(), path, now=T0 + 1)
    assert {n["mod"] for n in read_notes(path)} == {T0 + 1}
    assert [p.name for p in path.parent.iterdir()] == ["x.apkg"]


def test_real_sample_imports_and_renders(tmp_path, sample_doc):
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    itemset = build_items(sample_doc, seed=1)
    if not itemset.reading:  # the build fills it in; the sentence pinyin on the cards comes from it
        itemset = replace(itemset, reading=reading_paragraphs(sample_doc))
    path = ax.write_apkg(itemset, tmp_path / "sample.apkg", now=T0)
    col = new_collection(tmp_path)
    log = import_apkg(col, path)
    eligible = {ax.note_guid(i) for i in itemset.deck_items() if i.type not in WORKSHEET_ONLY_TYPES}
    assert len(log.new) == len(eligible) > 0
    for (notetype, _), cards in cards_by_template(col).items():
        for card in cards:
            q, a = card.question(), card.answer()
            assert "ans-" not in body(q) and "答案" not in visible(q)
            if notetype == "quizgen Cloze":
                word = re.search(r'data-cloze="([^"]+)"', q).group(1)
                assert html.unescape(word) in visible(a)
            if card.template()["name"] == "Recall":
                assert card.note()["Word"] not in visible(q)
                assert card.note()["ExamplePinyin"], card.note()["Example"]
    col.close()


def test_fallback_writes_the_same_deck_with_genankis_write_to_file(tmp_path, monkeypatch):
    """When the fast writer fails (a genanki release that changed Package.write_to_db), genanki's own
    Package.write_to_file writes the deck: the same notes, note types and decks."""
    import tempfile

    fast = canonical_dump(ax.write_apkg(handmade(), tmp_path / "fast.apkg", now=T0), with_mod=True)

    def changed_api(*args, **kw):
        raise AttributeError("'Package' object has no attribute 'write_to_db'")

    monkeypatch.setattr(ax, "_write_package_fast", changed_api)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "scratch"))  # where write_to_file leaves its db
    (tmp_path / "scratch").mkdir()
    path = ax.write_apkg(handmade(), tmp_path / "slow.apkg", now=T0)
    assert canonical_dump(path, with_mod=True) == fast
    assert len(list((tmp_path / "scratch").iterdir())) == 1  # the fallback did run (and left genanki's file)


# --- stable cards across edits (issue 15) ------------------------------------------------------------------

APPENDED = ("去年冬天，這個城市舉辦了一次大型的環保活動。許多市民主動參加，他們在公園和街道上撿垃圾、種植樹木。"
            "組織者表示，這樣的活動不但改善了環境，而且讓更多人認識到保護自然的重要性。")


def _sample_deck(text: str, path: Path, now: int) -> Path:
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    doc = analyze_text(text, "sample.txt", "hsk5")
    itemset = replace(build_items(doc, seed=0), reading=reading_paragraphs(doc))
    return ax.write_apkg(itemset, path, now=now)


def _collection_notes(col) -> dict[str, tuple[list[str], int]]:
    return {n.guid: (list(n.fields), n.mod) for n in (col.get_note(i) for i in col.find_notes("tag:quizgen"))}


def test_appending_a_paragraph_updates_no_existing_note(tmp_path, sample_text):
    """The learner's rebuild after the text grew: new notes for the new paragraph, the others untouched."""
    col = new_collection(tmp_path)
    path = tmp_path / "decks" / "sample.apkg"
    first = import_apkg(col, _sample_deck(sample_text, path, T0))
    before = _collection_notes(col)
    assert len(first.new) == len(before) > 5
    log = import_apkg(col, _sample_deck(sample_text.rstrip("\n") + "\n" + APPENDED + "\n", path, T0 + 100))
    after = _collection_notes(col)
    assert len(log.updated) == 0
    assert len(log.new) > 0  # the new paragraph brought questions of its own
    assert all(after[g] == before[g] for g in before)  # fields and modification times
    col.close()


def test_appending_the_next_paragraph_to_a_shorter_text_updates_no_note(tmp_path, sample_text):
    """The sample cut after 62 lines, then with its next paragraph: every question of the shorter text is made
    again, the same (quotas grow with the text read so far, each paragraph's questions and their choice/cloze
    split are decided on the text up to it, a word is asked in its first paragraph). Before, 7 notes of the
    shorter deck were retired (whole-text quotas, ranking and relabelling)."""
    lines = sample_text.split("\n")
    short = "\n".join(lines[:62]) + "\n"
    col = new_collection(tmp_path)
    path = tmp_path / "decks" / "sample.apkg"
    first = import_apkg(col, _sample_deck(short, path, T0))
    before = _collection_notes(col)
    assert len(first.new) == len(before) > 20
    log = import_apkg(col, _sample_deck(short + lines[62] + "\n", path, T0 + 100))
    assert len(log.updated) == 0
    assert all(_collection_notes(col)[g] == before[g] for g in before)
    col.close()


def test_a_paragraph_writing_the_answers_again_updates_no_note(tmp_path, sample_text):
    """A new paragraph that writes every gapped word again: the worksheet can no longer print those gaps (its
    reading would show the answers), but their notes stay as they were (a whole-text build retired them)."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items

    words = [i.word for i in build_items(analyze_text(sample_text, "sample.txt", "hsk5"), seed=0).deck_items()
             if i.type in ("choice", "cloze")]
    assert len(words) >= 5
    col = new_collection(tmp_path)
    path = tmp_path / "decks" / "sample.apkg"
    import_apkg(col, _sample_deck(sample_text, path, T0))
    before = _collection_notes(col)
    extra = "會上，大家又談到" + "、".join(words[:8]) + "等問題。"
    log = import_apkg(col, _sample_deck(sample_text.rstrip("\n") + "\n" + extra + "\n", path, T0 + 100))
    assert len(log.updated) == 0
    assert all(_collection_notes(col)[g] == before[g] for g in before)
    col.close()


def test_an_edited_sentence_updates_its_note_in_place():
    """A question is its source, type, kind and word: the sentence around the word may change."""
    choice = handmade().items[4]
    edited = replace(choice, sentence=choice.sentence.replace("经常", "常常"), prompt="changed", id="other")
    assert ax.note_guid(choice) == ax.note_guid(edited)
    assert ax.note_guid(choice) != ax.note_guid(replace(choice, simplified="邻居", word="邻居"))  # another word
    assert ax.note_guid(choice) != ax.note_guid(replace(choice, source="other.txt"))  # another text
    assert ax.note_guid(choice) != ax.note_guid(choice, repeat=1)  # the word asked again in a later lesson
    # questions without a target word: their sentence, normalised (spaces, full-width forms) is the identity
    statement = next(i for i in handmade().items if i.type == "statement")
    spaced = replace(statement, sentence=" ".join(statement.sentence))
    assert ax.note_guid(statement) == ax.note_guid(spaced)
    assert ax.note_guid(statement) != ax.note_guid(replace(statement, sentence=statement.sentence + "了"))


def test_a_word_asked_in_two_lessons_is_two_notes_and_vocabulary_one(tmp_path):
    s = handmade()
    lessons = [replace(s, lesson={"number": k, "of": 2, "title": f"L{k}", "label": f"{k} L{k}", "book": "书"})
               for k in (1, 2)]
    builder = ax.DeckBuilder(now=T0)
    for lesson in lessons:
        builder.add(lesson)
    path = builder.write(tmp_path / "book.apkg")
    notes = read_notes(path)
    vocab = [n for n in notes if n["fields"][0] and "quizgen::type::vocabulary" in n["tags"]]
    questions = [n for n in notes if "quizgen::type::vocabulary" not in n["tags"]]
    assert len(vocab) == 3 and len(questions) == 2 * 6
    assert len({n["guid"] for n in notes}) == len(notes)
    assert [d.name for d in builder.decks] == ["quizgen::HSK 5 (2025)::书::1 L1", "quizgen::HSK 5 (2025)::书::2 L2"]


def test_a_question_that_disappeared_is_tagged_retired_once(tmp_path):
    col = new_collection(tmp_path)
    path = tmp_path / "decks" / "neighbours.apkg"
    import_apkg(col, ax.write_apkg(handmade(), path, now=T0))
    s = handmade()
    gone = next(i for i in s.items if i.type == "choice")
    smaller = replace(s, items=tuple(i for i in s.items if i is not gone))
    log = import_apkg(col, ax.write_apkg(smaller, path, now=T0 + 100))
    assert len(log.updated) == 1 and not log.new
    retired = col.find_notes(f"tag:{ax.RETIRED}")
    assert len(retired) == 1 and col.get_note(retired[0]).guid == ax.note_guid(gone)
    assert len(col.find_notes("tag:quizgen")) == 9  # nothing deleted
    log = import_apkg(col, ax.write_apkg(smaller, path, now=T0 + 200))  # the same build again: no change
    assert not log.updated and not log.new
    log = import_apkg(col, ax.write_apkg(s, path, now=T0 + 300))  # the question is back: the tag goes
    assert len(log.updated) == 1 and not col.find_notes(f"tag:{ax.RETIRED}")
    col.close()


def test_a_choice_card_instruction_is_in_the_texts_script():
    """Strict check, session 16: a Traditional deck printed 选词填空 over Traditional sentences (the worksheet
    converts it: 選詞填空)."""
    s = handmade()
    choice = next(i for i in s.items if i.type == "choice")
    assert anki_fields.note_fields(s, choice)[1][0].startswith("选词填空")
    trad = tuple(Paragraph(p.number, p.start, p.end, (ReadingToken("這個社區裡的鄰居們經常互相幫助，關係很好。"),))
                 for p in s.reading)
    assert anki_fields.note_fields(replace(s, reading=trad), choice)[1][0].startswith("選詞填空")


def test_a_name_in_sentence_pinyin_is_capitalised():
    """Strict check, session 16: the card read jiāngxī shùnfēng… for 江西; a name's pinyin starts with a capital
    (GB/T 16159), other words do not."""
    tokens = [("他", "tā"), ("去", "qù"), ("江西", "jiāng xī"), ("了", "le"), ("。", "")]
    text = "".join(t for t, _ in tokens)
    para = Paragraph(1, 0, len(text), tuple(ReadingToken(t, p, None, False, t == "江西") for t, p in tokens))
    s, item = _pinyin_itemset(tokens)
    field = anki_fields.sentence_pinyin_html(replace(s, reading=(para,)), item)
    assert html.unescape(re.sub(r"<[^>]+>", "", field)) == "tā qù Jiāngxī le."


def test_a_streamed_deck_keeps_no_notes_and_writes_the_same_package(tmp_path):
    """A book's deck written lesson by lesson (issue 15.5: memory) holds no note after each lesson and gives
    the package the deck built in memory gives, retired notes included."""
    import contextlib

    s = handmade()
    lessons = [replace(s, lesson={"number": k, "of": 2, "title": f"L{k}", "label": f"{k} L{k}", "book": "书"})
               for k in (1, 2)]
    previous = tmp_path / "prev.apkg"
    old = ax.DeckBuilder(now=T0)
    for lesson in lessons:
        old.add(lesson)
    old.write(previous)  # lesson 2's questions, gone from the build below, are retired
    smaller = [lessons[0], replace(lessons[1], items=tuple(i for i in lessons[1].items if i.type == "vocabulary"))]
    held = ax.DeckBuilder(now=T0 + 10, previous=previous)
    for lesson in smaller:
        held.add(lesson)
    held.write(tmp_path / "held.apkg")
    with contextlib.ExitStack() as stack:
        streamed = ax.DeckBuilder(now=T0 + 10, previous=previous)
        streamed.stream(stack)
        for lesson in smaller:
            streamed.add(lesson)
            assert sum(len(d.notes) for d in streamed.decks) == 0
        streamed.write(tmp_path / "streamed.apkg")
    held_dump = canonical_dump(tmp_path / "held.apkg", with_mod=True)
    assert sum(ax.RETIRED in n["tags"] for n in held_dump["notes"]) == 6
    assert canonical_dump(tmp_path / "streamed.apkg", with_mod=True) == held_dump
