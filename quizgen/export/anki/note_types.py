"""The quizgen note types: fixed ids, fields, card templates and CSS (card design in docs/anki.md).

Three note types, *quizgen Vocabulary* (cards Recognition and Recall), *quizgen Cloze* and *quizgen Choice*;
which item becomes which note, and with what field values, is in :mod:`quizgen.export.anki.note_fields`; the deck
in :mod:`quizgen.export.anki.deck`. genanki is imported here, once, for all three.
"""
from __future__ import annotations

from typing import Any

import genanki  # its cached-property dependency imports asyncio (measured in docs/benchmarks.md, issue 10)

# Note type ids: NEVER change them. Anki identifies note types by id; a new id makes every learner's
# re-import create a second copy of every note type. When the *fields* of a note type change, version it
# deliberately: a new id and a new name ("quizgen Vocabulary v2"), because Anki answers changed fields under
# the same id with a "Name+" copy and notes that do not update. Template or CSS changes keep the id: bump
# NOTETYPE_MOD instead (tests/test_anki.py checks that you did), so the importer ("update note types: if
# newer") takes the new design, and an unchanged design never touches a learner's own tweaks.
VOCABULARY_MODEL_ID = 1481325907
CLOZE_MODEL_ID = 1481325913
CHOICE_MODEL_ID = 1481325929
NOTETYPE_MOD = 1795622100


class _Model(genanki.Model):
    """A note type whose ``mod`` is NOTETYPE_MOD, not the build time (see the comment above)."""

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        return super().to_json(NOTETYPE_MOD, deck_id)


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
