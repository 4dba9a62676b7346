"""Anki decks (.apkg) from an ItemSet, built with genanki; card design and import behaviour in docs/anki.md.

Deck layout
    One .apkg per input document, holding one deck named ``quizgen::HSK <level> (<standard>)::<title>``
    (e.g. ``quizgen::HSK 5 (2025)::近邻警务``). Anki creates the parent decks from the ``::`` path, so every
    document a learner builds lands beside the others under one tree, can be studied alone or all together,
    and can be deleted alone. One file per document also keeps a rebuild of one text from touching the others.

Which items become notes
    vocabulary → *quizgen Vocabulary* (cards Recognition and Recall); cloze → *quizgen Cloze* (a real cloze
    note type); choice, passage_cloze, statement and fact → *quizgen Choice* (all four are "pick one of
    A–D"). Worksheet-only: matching (drills what the vocabulary cards drill), word_bank and insertion (their
    options are shared by a group of gaps, so one card per gap would show the other gaps' answers) and
    ordering (a rearranging task, not a recall card).

Identity and updates
    GUIDs come from identity fields only (see :func:`note_guid`), so a rebuild after a gloss fix updates the
    note in place and keeps its cards and review history. A vocabulary note is one per word and reading
    across all documents: a second document teaching the same word updates the note (its example and source).

Modification times (measured with anki 26.9.3, default "update notes: if newer")
    The importer updates an existing note only when the incoming ``mod`` is strictly newer, and then it
    always rewrites it, even when nothing differs (the note's mod moves and a user's edit is lost). An equal
    ``mod`` with different content is *not* imported. A pure content hash therefore cannot work (a changed
    note would be newer only half the time), and the build time alone would touch every note on every
    rebuild. Policy: before overwriting ``decks/<name>.apkg`` we read the notes of the deck it replaces; a
    note whose fields and tags are unchanged keeps its previous ``mod`` (so re-importing leaves it, and any
    edit the user made since, untouched); a new or changed note gets the build time, and at least the
    previous ``mod`` + 1. Without a previous deck (first build, deleted file) every note gets the build time.
"""
from __future__ import annotations

import hashlib
import html
import re
import sqlite3
import time
import unicodedata
import zipfile
from pathlib import Path

from ..atomic import atomic_path
from ..items.model import BLANK, INSTRUCTIONS, Item, ItemSet
from . import anki_dump


def _import_genanki():  # type: ignore[no-untyped-def]
    """genanki, imported without the ``cached-property`` backport it asks for: that package imports asyncio
    (0.03-0.04 s of every build) for a decorator Python has had since 3.8. genanki uses it twice (a model's
    templates, a note's guid), both plain cached attributes, which ``functools.cached_property`` is too. The
    stand-in is removed again, so any later ``import cached_property`` gets the real package."""
    import functools
    import sys
    import types

    if "genanki" in sys.modules or "cached_property" in sys.modules:
        import genanki  # type: ignore[import-untyped]

        return genanki
    stand_in = types.ModuleType("cached_property")
    stand_in.cached_property = functools.cached_property  # type: ignore[attr-defined]
    sys.modules["cached_property"] = stand_in
    try:
        import genanki  # type: ignore[import-untyped]
    finally:
        if sys.modules.get("cached_property") is stand_in:
            del sys.modules["cached_property"]
    return genanki


genanki = _import_genanki()

# Note type and deck ids: NEVER change them. Anki identifies note types by id; a new id makes every learner's
# re-import create a second copy of every note type. When the *fields* of a note type change, version it
# deliberately: a new id and a new name ("quizgen Vocabulary v2"), because Anki answers changed fields under
# the same id with a "Name+" copy and notes that do not update. Template or CSS changes keep the id: bump
# NOTETYPE_MOD instead (tests/test_anki.py checks that you did), so the importer ("update note types: if
# newer") takes the new design, and an unchanged design never touches a learner's own tweaks.
VOCABULARY_MODEL_ID = 1481325907
CLOZE_MODEL_ID = 1481325913
CHOICE_MODEL_ID = 1481325929
NOTETYPE_MOD = 1795622100
# Deck ids are derived from (standard, level, source) by _deck_id(); never change that derivation either.
_DECK_ID_BASE = 1 << 30

CHOICE_TYPES = ("choice", "passage_cloze", "statement", "fact")
WORKSHEET_ONLY_TYPES = ("matching", "word_bank", "ordering", "insertion")
LETTERS = "ABCD"


class _Model(genanki.Model):
    """A note type whose ``mod`` is NOTETYPE_MOD, not the build time (see the comment above)."""

    def to_json(self, timestamp: float, deck_id):  # type: ignore[override]
        return super().to_json(NOTETYPE_MOD, deck_id)


class _Note(genanki.Note):
    """A note carrying its own modification time (genanki stamps every note with the package time)."""

    def __init__(self, *, mod: int = 0, **kw) -> None:
        super().__init__(**kw)
        self.mod = mod

    def write_to_db(self, cursor, timestamp: float, deck_id, id_gen):  # type: ignore[override]
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


# --- card design ----------------------------------------------------------------------------------------
# Fronts never show an answer: Recognition shows the word only (uncoloured: tone colours would give the
# pinyin away), Recall the meaning and the example with every occurrence of the word gapped, Cloze the
# sentence with the pinyin hint in the gap, Choice the question and options. The Choice back marks the right
# option with CSS only (class ans-<letter> around the front), so no script is needed on any Anki client.

CSS = """\
.card { --fg: #1f1f1f; --bg: #fbfaf7; --muted: #6b6b6b; --accent: #b3261e; --gap: #1565c0; --line: #d9d6cf;
  --t1: #e30000; --t2: #02a31c; --t3: #1510f0; --t4: #8900bf; --t5: #777777;
  font-family: "PingFang SC", "PingFang TC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "Microsoft YaHei", "Microsoft JhengHei", "Heiti SC", system-ui, sans-serif;
  font-size: 22px; line-height: 1.7; color: var(--fg); background: var(--bg); text-align: center;
  padding: 0.5em; }
.card.nightMode, .nightMode .card, .card.night_mode, .night_mode .card {
  --fg: #e8e6e3; --bg: #1e1f22; --muted: #a0a0a0; --accent: #ff8a80; --gap: #82b1ff; --line: #44464b;
  --t1: #ff6b6b; --t2: #5fd068; --t3: #7aa2ff; --t4: #d58cff; --t5: #b0b0b0; }
.content { max-width: 36em; margin: 0 auto; text-align: left; }
.kind { color: var(--muted); font-size: 0.7em; text-align: center; margin-bottom: 0.6em; }
.kind .en, .en { color: var(--muted); font-size: 0.85em; }
.hanzi { font-size: 1.1em; }
.big { font-size: 3em; line-height: 1.3; text-align: center; }
/* pinyin in a Latin font: a CJK font sets ASCII in half-width cells, so "kě'ài" read as "kě ' ài" */
.pinyin, .example-pinyin { font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
.pinyin.big { font-size: 1.6em; }
.pinyin.line { font-size: 1.2em; text-align: center; }
.meaning { text-align: center; margin: 0.4em 0; }
.forms, .meta { color: var(--muted); font-size: 0.7em; text-align: center; margin-top: 0.6em; }
.example, .sentence, .question, .passage { margin: 0.6em 0; }
.passage { font-size: 0.9em; border-left: 3px solid var(--line); padding-left: 0.7em; }
.example-pinyin { font-size: 0.75em; color: var(--muted); }
.target, .cloze { color: var(--accent); font-weight: bold; }
.gap { color: var(--gap); font-weight: bold; letter-spacing: 0.1em; }
.options { list-style: none; padding: 0; margin: 0.6em 0; }
.options li { border: 1px solid var(--line); border-radius: 8px; padding: 0.25em 0.6em; margin: 0.35em 0; }
.letter { font-weight: bold; color: var(--muted); margin-right: 0.4em; }
.ans-A .opt-A, .ans-B .opt-B, .ans-C .opt-C, .ans-D .opt-D { border: 2px solid var(--t2); font-weight: bold; }
.ans-A .opt-A::after, .ans-B .opt-B::after, .ans-C .opt-C::after, .ans-D .opt-D::after {
  content: " ✓"; color: var(--t2); }
.option-notes { font-size: 0.75em; padding-left: 1.2em; }
.explanation { font-size: 0.8em; }
.tone1 { color: var(--t1); } .tone2 { color: var(--t2); } .tone3 { color: var(--t3); }
.tone4 { color: var(--t4); } .tone5 { color: var(--t5); }
.mobile.card, .mobile .card { font-size: 20px; }
@media (max-width: 480px) { .card { font-size: 19px; padding: 0.2em; } .big { font-size: 2.4em; } }
"""

_META = '<div class="meta">{{Level}} · {{Source}}</div>'
_EXAMPLE_BACK = ('<div class="example">{{Example}}</div>'
                 '{{#ExamplePinyin}}<div class="example-pinyin" lang="zh-Latn-pinyin">{{ExamplePinyin}}</div>{{/ExamplePinyin}}')
_FORMS = '<div class="forms">简 {{Simplified}} · 繁 {{Traditional}}</div>'

VOCABULARY_TEMPLATES = [
    {"name": "Recognition",
     "qfmt": '<div lang="zh" class="content"><div class="kind">生词 · 认读 <span class="en">What does it mean?'
             '</span></div><div class="hanzi big">{{Word}}</div></div>',
     "afmt": '{{FrontSide}}<hr id="answer"><div lang="zh" class="content"><div class="pinyin big">{{Pinyin}}'
             '</div><div class="meaning">{{Meaning}}</div>' + _FORMS + _EXAMPLE_BACK + _META + "</div>"},
    {"name": "Recall",
     "qfmt": '<div lang="zh" class="content"><div class="kind">生词 · 回想 <span class="en">Which word?</span>'
             '</div><div class="meaning">{{Meaning}}</div><div class="example">{{ExampleBlank}}</div></div>',
     "afmt": '<div lang="zh" class="content"><div class="kind">生词 · 回想 <span class="en">Which word?</span>'
             '</div><div class="meaning">{{Meaning}}</div><hr id="answer"><div class="hanzi big">{{Word}}</div>'
             '<div class="pinyin line">{{Pinyin}}</div>' + _FORMS + _EXAMPLE_BACK + _META
             + "</div>"},
]

CLOZE_TEMPLATES = [
    {"name": "Cloze",
     "qfmt": '<div lang="zh" class="content"><div class="kind">根据拼音填空 <span class="en">Write the word for the '
             'pinyin in the gap</span></div><div class="sentence">{{cloze:Text}}</div></div>',
     "afmt": '<div lang="zh" class="content"><div class="kind">根据拼音填空 <span class="en">Write the word for the '
             'pinyin in the gap</span></div><div class="sentence">{{cloze:Text}}</div><hr id="answer">'
             '{{#SentencePinyin}}<div class="example-pinyin" lang="zh-Latn-pinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}'
             '<div class="meaning">{{Meaning}}</div>' + _META + "</div>"},
]

_OPTIONS = "".join(f'{{{{#Option{x}}}}}<li class="opt opt-{x}"><span class="letter">{x}</span>{{{{Option{x}}}}}'
                   f"</li>{{{{/Option{x}}}}}" for x in "ABCD")
CHOICE_TEMPLATES = [
    {"name": "Choice",
     "qfmt": '<div lang="zh" class="content"><div class="kind">{{Instruction}}</div>'
             '{{#Passage}}<div class="passage">{{Passage}}</div>{{/Passage}}'
             '<div class="question">{{Question}}</div><ul class="options">' + _OPTIONS + "</ul></div>",
     "afmt": '<div class="ans-{{Answer}}">{{FrontSide}}</div><hr id="answer"><div lang="zh" class="content">'
             '<div class="answer-line">答案 <span class="en">Answer</span>: <b>{{Answer}}</b></div>'
             '<div class="sentence">{{Sentence}}</div>'
             '{{#SentencePinyin}}<div class="example-pinyin" lang="zh-Latn-pinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}'
             '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}' + _META + "</div>"},
]


def _fields(names: tuple[str, ...]) -> list[dict[str, object]]:
    return [{"name": n, "font": "Arial", "size": 20} for n in names]


VOCABULARY_FIELDS = ("Word", "Simplified", "Traditional", "Pinyin", "Meaning", "Level", "Example",
                     "ExampleBlank", "ExamplePinyin", "Source")
CLOZE_FIELDS = ("Text", "SentencePinyin", "Meaning", "Level", "Source")
CHOICE_FIELDS = ("Instruction", "Passage", "Question", "OptionA", "OptionB", "OptionC", "OptionD", "Answer",
                 "Sentence", "SentencePinyin", "Explanation", "Level", "Source")

VOCABULARY_MODEL = _Model(VOCABULARY_MODEL_ID, "quizgen Vocabulary", fields=_fields(VOCABULARY_FIELDS),
                          templates=VOCABULARY_TEMPLATES, css=CSS)
CLOZE_MODEL = _Model(CLOZE_MODEL_ID, "quizgen Cloze", fields=_fields(CLOZE_FIELDS), templates=CLOZE_TEMPLATES,
                     css=CSS, model_type=genanki.Model.CLOZE)
CHOICE_MODEL = _Model(CHOICE_MODEL_ID, "quizgen Choice", fields=_fields(CHOICE_FIELDS),
                      templates=CHOICE_TEMPLATES, css=CSS, sort_field_index=CHOICE_FIELDS.index("Question"))
MODELS = (VOCABULARY_MODEL, CLOZE_MODEL, CHOICE_MODEL)


# --- pinyin ---------------------------------------------------------------------------------------------

_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}  # combining macron, acute, caron, grave


def tone_number(syllable: str) -> int:
    """Tone 1–4 from the tone mark of a syllable ('lǜ' → 4, 'nǚ' → 3), 5 for none ('de', 'lü').

    The diaeresis of ü (U+0308) survives NFD as its own combining mark and is not a tone. A trailing tone
    digit ('lv4') is accepted too.
    """
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONE_MARKS:
            return _TONE_MARKS[ch]
    return int(syllable[-1]) if syllable[-1:] in ("1", "2", "3", "4", "5") else 5


def pinyin_html(pinyin: str, *, join: bool = True) -> str:
    """Tone-coloured pinyin: each syllable in ``<span class="toneN">`` as the Chinese Support add-on does.

    ``pinyin`` is space-separated syllables (one per character). With ``join`` the syllables of a word are
    written together as pinyin orthography does ('nǔlì'), with an apostrophe before a syllable starting with
    a, o or e ('xī'ān'); otherwise they stay space-separated.
    """
    out: list[str] = []
    for k, syl in enumerate(pinyin.split()):
        sep = ("'" if _bare(syl)[:1] in ("a", "o", "e") else "") if join else " "
        out.append((sep if k else "") + f'<span class="tone{tone_number(syl)}">{html.escape(syl)}</span>')
    return "".join(out)


def _bare(syl: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syl.lower()) if not unicodedata.combining(c))


#: Chinese punctuation as written in a pinyin line (GB/T 16159: pinyin text takes Western punctuation).
_PINYIN_PUNCT = str.maketrans({"，": ",", "、": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";",
                               "（": "(", "）": ")", "“": '"', "”": '"', "「": '"', "」": '"', "『": '"',
                               "』": '"', "《": '"', "》": '"', "‘": "'", "’": "'"})


def sentence_pinyin_html(itemset: ItemSet, item: Item) -> str:
    """Tone-coloured pinyin of the item's sentence from the reading tokens ('' when the ItemSet carries no
    reading or the sentence cannot be found in it): words joined by spaces, each written as one word
    (:func:`pinyin_html`: "kě'ài"), Western punctuation attached to the word it follows (an opening mark to
    the word after it): 'tā shuō: "hǎo."'."""
    para = next((p for p in itemset.reading if p.start <= item.start < p.end), None)
    if para is None or not item.sentence:
        return ""
    text = para.text
    hits = [m.start() for m in re.finditer(re.escape(item.sentence), text)]
    if not hits:
        return ""
    lo = min(hits, key=lambda h: abs(h - (item.start - para.start)))
    hi = lo + len(item.sentence)
    words: list[str] = []
    opening = ""  # opening marks waiting for the next word
    ascii_quote_open = False
    end = 0

    def word(html_: str) -> None:
        nonlocal opening
        words.append(opening + html_)
        opening = ""

    for tok in para.tokens:
        t0, end = end, end + len(tok.text)
        a, b = max(t0, lo) - t0, min(end, hi) - t0  # the part of this token inside the sentence
        if a >= b:
            continue
        syls = tok.pinyin.split()
        part = tok.text[a:b]
        if len(syls) == len(tok.text):  # one syllable per character: a token cut by the sentence edge
            word(pinyin_html(" ".join(syls[a:b])))
        elif syls:
            word(pinyin_html(tok.pinyin))
        elif part.strip() and all(unicodedata.category(c).startswith("P") for c in part.strip()):
            for ch in part.strip():
                mark = esc(ch.translate(_PINYIN_PUNCT))
                if ch == '"':
                    ascii_quote_open = not ascii_quote_open
                if unicodedata.category(ch) in ("Ps", "Pi") or (ch == '"' and ascii_quote_open) or not words:
                    opening += mark
                else:
                    words[-1] += mark
        elif part.strip():
            word(esc(part.strip()))
    if opening:
        words.append(opening)
    return " ".join(words)


# --- field text -----------------------------------------------------------------------------------------

def esc(text: str) -> str:
    """HTML-escape user text for a field. Braces become entities too, so a text that happens to contain
    ``{{c1::…}}`` cannot turn into a cloze deletion (Anki parses clozes before it renders HTML)."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def _target_span(item: Item) -> tuple[int, int] | None:
    """Offsets of the target word inside ``item.sentence``, checked against the text."""
    if not item.word:
        return None
    if item.target_start is not None and item.target_end is not None:
        a, b = item.target_start - item.start, item.target_end - item.start
        if 0 <= a < b <= len(item.sentence) and item.sentence[a:b] == item.word:
            return a, b
    a = item.sentence.find(item.word)
    return (a, a + len(item.word)) if a >= 0 else None


def highlighted(item: Item) -> str:
    """The sentence, escaped, with the target word in ``<b class="target">``."""
    span = _target_span(item)
    if span is None:
        return esc(item.sentence)
    a, b = span
    s = item.sentence
    return f'{esc(s[:a])}<b class="target">{esc(s[a:b])}</b>{esc(s[b:])}'


GAP_HTML = f'<span class="gap">{BLANK}</span>'


def _gapped(text: str) -> str:
    return esc(text).replace(esc(BLANK), GAP_HTML)


def example_blank(item: Item) -> str:
    """The sentence with the target gapped, and every other occurrence of the word too: the front of the
    Recall card must not show the answer."""
    span = _target_span(item)
    s = item.sentence
    if span is not None:
        s = s[:span[0]] + BLANK + s[span[1]:]
    return _gapped(s.replace(item.word, BLANK) if item.word else s)


def level_label(standard: str, level: int | None) -> str:
    if level is None:
        return f"HSK {standard}: off-list"
    return f"HSK {'7-9' if level == 7 else level} ({standard})"


def _meaning(item: Item) -> str:
    """'社區 shèqū — community' for the back of cloze cards."""
    parts = [f'<span class="hanzi">{esc(item.word)}</span>']
    if item.pinyin:
        parts.append(f'<span class="pinyin">{pinyin_html(item.pinyin)}</span>')
    if item.gloss:
        parts.append(f"— {esc(item.gloss)}")
    return " ".join(parts)


def _source(itemset: ItemSet) -> str:
    if itemset.title and itemset.title != Path(itemset.source).stem:
        return f"{esc(itemset.title)} ({esc(itemset.source)})"
    return esc(itemset.source)


def _instruction(type_: str) -> str:
    zh, en = INSTRUCTIONS[type_]
    return f'{esc(zh)} <span class="en">{esc(en)}</span>'


def _option_notes(item: Item) -> str:
    """Each option with its pinyin and gloss, for learning from the distractors too."""
    rows = []
    for k, opt in enumerate(item.options):
        py = item.option_pinyin[k] if k < len(item.option_pinyin) else ""
        gl = item.option_glosses[k] if k < len(item.option_glosses) else ""
        if not (py or gl):
            continue
        pinyin = f' <span class="pinyin" lang="zh-Latn-pinyin">{pinyin_html(py)}</span>' if py else ""
        rows.append(f"<li>{LETTERS[k]} <span class=\"hanzi\">{esc(opt)}</span>"
                    f"{pinyin}{' — ' + esc(gl) if gl else ''}</li>")
    return f'<ul class="option-notes">{"".join(rows)}</ul>' if rows else ""


# --- notes ----------------------------------------------------------------------------------------------

def note_guid(item: Item) -> str:
    """GUID from identity fields: word + reading for vocabulary; sentence + target + item type otherwise."""
    if item.type == "vocabulary":
        return genanki.guid_for("quizgen vocabulary", item.simplified or item.word, item.pinyin)
    return genanki.guid_for("quizgen", item.type, item.sentence, item.simplified or item.word or item.answer)


def sanitise_tag(text: str) -> str:
    """A tag-safe form: no spaces, no '::' hierarchy, only letters, digits, CJK and ``._-``."""
    tag = re.sub(r"[^\w.\-]+", "_", text).strip("_")
    return tag or "text"


def note_tags(itemset: ItemSet, item: Item) -> list[str]:
    """``quizgen``, ``hsk2025::5`` (standard and the item's level), ``quizgen::source::<file stem>``,
    ``quizgen::type::<item type>``."""
    level = "off-list" if item.level is None else ("7-9" if item.level == 7 else str(item.level))
    return ["quizgen", f"hsk{sanitise_tag(itemset.standard)}::{level}",
            f"quizgen::source::{sanitise_tag(Path(itemset.source).stem)}", f"quizgen::type::{item.type}"]


def note_fields(itemset: ItemSet, item: Item) -> tuple[genanki.Model, list[str]] | None:
    """(note type, field values) for an item, or None for worksheet-only types."""
    from ..script import to_traditional

    level, source = level_label(itemset.standard, item.level), _source(itemset)
    if item.type == "vocabulary":
        simp = item.simplified or item.word
        return VOCABULARY_MODEL, [esc(item.word), esc(simp), esc(to_traditional(simp)), pinyin_html(item.pinyin),
                                  esc(item.gloss), level, highlighted(item), example_blank(item),
                                  sentence_pinyin_html(itemset, item), source]
    if item.type == "cloze":
        span = _target_span(item)
        if span is None:
            raise ValueError(f"cloze item {item.id}: target {item.word!r} not in its sentence")
        a, b = span
        hint = f"::{esc(item.hint)}" if item.hint else ""
        text = f"{esc(item.sentence[:a])}{{{{c1::{esc(item.word)}{hint}}}}}{esc(item.sentence[b:])}"
        return CLOZE_MODEL, [text, sentence_pinyin_html(itemset, item), _meaning(item), level, source]
    if item.type in CHOICE_TYPES:
        if not 2 <= len(item.options) <= len(LETTERS) or item.answer_index is None:
            raise ValueError(f"{item.type} item {item.id}: needs 2–4 options and an answer_index")
        passage = ""
        if item.type == "statement" and item.passage:
            passage = esc(itemset.passage(item.passage).text).replace("\n", "<br>")
        options = [esc(o) for o in item.options] + [""] * (len(LETTERS) - len(item.options))
        notes = esc(item.explanation) if item.type == "statement" else _option_notes(item)
        return CHOICE_MODEL, [_instruction(item.type), passage, _gapped(item.prompt), *options,
                              LETTERS[item.answer_index], highlighted(item), sentence_pinyin_html(itemset, item),
                              notes, level, source]
    if item.type in WORKSHEET_ONLY_TYPES:
        return None
    raise ValueError(f"unknown item type {item.type!r}")


def content_hash(model_id: int, fields: list[str], tags: list[str]) -> str:
    """What 'unchanged' means for the mod policy: note type, field values and the set of tags."""
    return hashlib.sha1("\x1e".join([str(model_id), "\x1f".join(fields), " ".join(sorted(tags))])
                        .encode("utf-8")).hexdigest()


def deck_name(itemset: ItemSet) -> str:
    title = re.sub(r"\s+", " ", itemset.title.replace("::", "：")).strip() or Path(itemset.source).stem or "text"
    return f"quizgen::{level_label(itemset.standard, itemset.level)}::{title}"


def _deck_id(itemset: ItemSet) -> int:
    key = "\x1f".join(("quizgen deck", itemset.standard, str(itemset.level), itemset.source))
    return _DECK_ID_BASE + int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % _DECK_ID_BASE


def deck_description(itemset: ItemSet) -> str:
    return (f"<p>Reading practice built by quizgen from <b>{_source(itemset)}</b> "
            f"(target {esc(level_label(itemset.standard, itemset.level))}).</p>"
            f"<p class=\"attribution\">{esc(itemset.attribution)}</p>")


def build_deck(itemset: ItemSet, *, now: int, previous: dict[str, tuple[int, str]] | None = None) -> genanki.Deck:
    """The deck with one note per Anki-eligible item (first item wins when two share a GUID).

    ``previous`` maps GUID → (mod, content hash) of the deck being replaced; see the module docstring.
    """
    previous = previous or {}
    deck = genanki.Deck(_deck_id(itemset), deck_name(itemset), description=deck_description(itemset))
    seen: set[str] = set()
    for item in itemset.items:
        got = note_fields(itemset, item)
        guid = note_guid(item)
        if got is None or guid in seen:
            continue
        seen.add(guid)
        model, fields = got
        tags = note_tags(itemset, item)
        digest = content_hash(model.model_id, fields, tags)
        old_mod, old_digest = previous.get(guid, (None, None))
        if old_mod is not None and old_digest == digest:
            mod = old_mod
        else:
            mod = now if old_mod is None else max(now, old_mod + 1)
        deck.add_note(_Note(model=model, fields=fields, tags=tags, guid=guid, mod=mod))
    return deck


def previous_notes(apkg: Path) -> dict[str, tuple[int, str]]:
    """GUID → (mod, content hash) of the notes in an earlier build; {} when there is none or it is unreadable
    (it is our own output and about to be replaced, so the only cost is that every note counts as changed)."""
    try:
        notes = anki_dump.read_notes(apkg)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return {}
    return {n["guid"]: (n["mod"], content_hash(n["mid"], n["fields"], n["tags"])) for n in notes}


def write_apkg(itemset: ItemSet, path: Path, *, now: int | None = None, previous: Path | None = None) -> Path:
    """Write the deck of ``itemset`` to ``path`` atomically (temporary file beside it, then rename).

    ``now`` (epoch seconds, default: the clock) stamps new and changed notes; ``previous`` is the earlier
    build whose unchanged notes keep their modification time (default: the file at ``path``).
    """
    path = Path(path)
    stamp = int(time.time()) if now is None else int(now)
    before = previous if previous is not None else path
    deck = build_deck(itemset, now=stamp, previous=previous_notes(before) if before.exists() else {})
    with atomic_path(path) as tmp:
        _write_package(genanki.Package(deck), Path(tmp), stamp)
    return path


def _write_package(package: genanki.Package, target: Path, stamp: int) -> None:
    """What genanki's ``Package.write_to_file`` does (collection built by genanki, zipped as
    ``collection.anki2`` with an empty ``media`` list), but with the collection's SQLite file written without
    a journal or fsync, and removed afterwards (genanki leaves it in the temporary folder). Each of the ~20
    statements of genanki's schema was committed to disk: 0.01 s on an idle disk, 0.18 s on a busy one.
    The file is a scratch copy zipped at once, so a crash only loses it."""
    import itertools
    import json
    import os
    import tempfile

    fd, db = tempfile.mkstemp(prefix="quizgen-", suffix=".anki2")
    os.close(fd)
    try:
        conn = sqlite3.connect(db)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(target, "w") as out:
            out.write(db, "collection.anki2")
            out.writestr("media", json.dumps({}))
    finally:
        os.unlink(db)
