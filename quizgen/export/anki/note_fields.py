"""What each item puts in its Anki note: the note type and the field values, as escaped HTML.

Which items become notes
    vocabulary → *quizgen Vocabulary* (cards Recognition and Recall); cloze → *quizgen Cloze* (a real cloze
    note type); choice, passage_cloze, statement and fact → *quizgen Choice* (all four are "pick one of
    A–D"). Worksheet-only: matching (drills what the vocabulary cards drill), word_bank and insertion (their
    options are shared by a group of gaps, so one card per gap would show the other gaps' answers) and
    ordering (a rearranging task, not a recall card).

Field text is escaped user text (braces too, so no text turns into a cloze deletion), tone-coloured pinyin
as the Chinese Support add-on writes it, and the target word marked or gapped. The note types themselves are
in :mod:`quizgen.export.anki.note_types`; GUIDs, tags and the deck in :mod:`quizgen.export.anki.deck`.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from quizgen import options
from quizgen.analysis.tone_marks import apostrophe_before, tone_number
from quizgen.export.anki.note_types import CHOICE_MODEL, CLOZE_MODEL, VOCABULARY_MODEL, genanki
from quizgen.items.itemset import BLANK, INSTRUCTIONS, Item, ItemSet
from quizgen.items.kinds import ITEM_TYPES, kind

LETTERS = "ABCD"


# --- pinyin ---------------------------------------------------------------------------------------------

def pinyin_html(pinyin: str, *, join: bool = True) -> str:
    """Tone-coloured pinyin: each syllable in ``<span class="toneN">`` as the Chinese Support add-on does.

    ``pinyin`` is space-separated syllables (one per character). With ``join`` the syllables of a word are
    written together as pinyin orthography does ('nǔlì'), with an apostrophe before a syllable starting with
    a, o or e ('xī'ān'); otherwise they stay space-separated.
    """
    out: list[str] = []
    for k, syl in enumerate(pinyin.split()):
        sep = ("'" if apostrophe_before(syl) else "") if join else " "
        out.append((sep if k else "") + f'<span class="tone{tone_number(syl)}">{html.escape(syl)}</span>')
    return "".join(out)


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
        if tok.proper_noun and a == 0 and syls:  # a name is capitalised (GB/T 16159: Jiāngxī, not jiāngxī)
            syls[0] = syls[0][:1].upper() + syls[0][1:]
        part = tok.text[a:b]
        if len(syls) == len(tok.text):  # one syllable per character: a token cut by the sentence edge
            word(pinyin_html(" ".join(syls[a:b])))
        elif syls:
            word(pinyin_html(" ".join(syls)))
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


def _through_named_options(item: Item) -> str:
    """A 没有提到 question's passage as its card shows it: up to the end of the line that names the last of its
    options (their first mentions; the key is named nowhere in the text). That is all the question needs, and a
    paragraph appended to the text leaves it as it was: the whole text made the note change with every appended
    paragraph (issue 15: 2 of 654 notes updated by the second import of ``bench/bench_append.py``)."""
    text = item.sentence
    last = max((text.find(o) for o in item.options if o), default=-1)
    end = text.find("\n", last) if last >= 0 else -1
    return text if end < 0 else text[:end]


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


def hsk_and_standard(standard: str, level: int | None) -> str:
    """"HSK 5 (2025)", "HSK 7-9 (2021)", "HSK 2025: off-list": a level with its standard (the label itself is
    :func:`quizgen.options.level_label`)."""
    if level is None:
        return f"HSK {standard}: off-list"
    return f"HSK {options.level_label(level)} ({standard})"


def _meaning(item: Item) -> str:
    """'社區 shèqū — community' for the back of cloze cards."""
    parts = [f'<span class="hanzi">{esc(item.word)}</span>']
    if item.pinyin:
        parts.append(f'<span class="pinyin">{pinyin_html(item.pinyin)}</span>')
    if item.gloss:
        parts.append(f"— {esc(item.gloss)}")
    return " ".join(parts)


def source_html(itemset: ItemSet) -> str:
    if itemset.title and itemset.title != Path(itemset.source).stem:
        return f"{esc(itemset.title)} ({esc(itemset.source)})"
    return esc(itemset.source)


def _instruction(type_: str, traditional: bool = False) -> str:
    """The section instruction in the text's script (a Traditional deck printed 选词填空 over 選詞填空's sentences:
    strict check, session 16), as the worksheet writes it."""
    zh, en = INSTRUCTIONS[type_]
    if traditional:
        from quizgen.analysis.script import to_traditional

        zh = to_traditional(zh)
    return f'{esc(zh)} <span class="en">{esc(en)}</span>'


def traditional(itemset: ItemSet) -> bool:
    """The itemset's text is in Traditional characters (its first paragraphs, else its items' sentences)."""
    sample = "".join(p.text for p in itemset.reading[:3]) or "".join(i.sentence for i in itemset.items[:20])
    return _traditional(sample[:2000])


@lru_cache(maxsize=64)
def _traditional(sample: str) -> bool:
    from quizgen.analysis.script import detect_script

    return detect_script(sample) == "traditional"


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


# --- note fields ----------------------------------------------------------------------------------------

def note_fields(itemset: ItemSet, item: Item) -> tuple[genanki.Model, list[str]] | None:
    """(note type, field values) for an item, or None for worksheet-only types."""
    from quizgen.analysis.script import to_traditional

    if item.type not in ITEM_TYPES:
        raise ValueError(f"unknown item type {item.type!r}")
    note = kind(item.type).anki
    if not note:  # worksheet-only
        return None
    level, source = hsk_and_standard(itemset.standard, item.level), source_html(itemset)
    if note == "vocabulary":
        simp = item.simplified or item.word
        return VOCABULARY_MODEL, [esc(item.word), esc(simp), esc(to_traditional(simp)), pinyin_html(item.pinyin),
                                  esc(item.gloss), level, highlighted(item), example_blank(item),
                                  sentence_pinyin_html(itemset, item), source]
    if note == "cloze":
        span = _target_span(item)
        if span is None:
            raise ValueError(f"cloze item {item.id}: target {item.word!r} not in its sentence")
        a, b = span
        hint = f"::{esc(item.hint)}" if item.hint else ""
        text = f"{esc(item.sentence[:a])}{{{{c1::{esc(item.word)}{hint}}}}}{esc(item.sentence[b:])}"
        return CLOZE_MODEL, [text, sentence_pinyin_html(itemset, item), _meaning(item), level, source]
    if note == "choice":
        if not 2 <= len(item.options) <= len(LETTERS) or item.answer_index is None:
            raise ValueError(f"{item.type} item {item.id}: needs 2–4 options and an answer_index")
        passage = ""
        if kind(item.type).restated and item.passage:  # the card shows what the options restate
            passage = esc(itemset.passage(item.passage).text).replace("\n", "<br>")
        options = [esc(o) for o in item.options] + [""] * (len(LETTERS) - len(item.options))
        notes = esc(item.explanation) if kind(item.type).explained else _option_notes(item)
        shown = highlighted(item) if item.kind != "not_mentioned" else esc(_through_named_options(item))
        return CHOICE_MODEL, [_instruction(item.type, traditional(itemset)), passage, _gapped(item.prompt), *options,
                              LETTERS[item.answer_index], shown, sentence_pinyin_html(itemset, item),
                              notes, level, source]
    raise ValueError(f"{item.type}: no note type {note!r}")
