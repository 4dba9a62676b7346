"""Frozen values for generated reading items, and their JSON form (schema: docs/items-json.md).

An :class:`ItemSet` is everything the exports need: the Anki deck and the worksheet read
``decks/<name>.items.json`` (``ItemSet.to_dict()``) and never look at the analysed Document again.

Conventions
-----------
* Offsets (``start``/``end``, ``target_start``/``target_end``, passage ``start``/``end``) are character offsets
  into the input text as decoded by the pipeline (see :mod:`quizgen.analysis.document`), end exclusive.
* Texts are in the script of the input (Traditional stays Traditional); ``word`` is as in the text and
  ``simplified`` is the form used for levels and dictionary look-ups.
* ``level`` is 1..6, 7 for the 7-9 band (written ``"7-9"`` in JSON), or None (off-list).
* A gap in a single-sentence prompt is written :data:`BLANK`. In ``Passage.display`` gap *n* of the passage is
  written ``{{n}}`` (``{{1}}``, ``{{2}}``…, matching ``Item.number``) so that an export can print its own
  continuous item numbers there: ``passage.render({1: "（16）", 2: "（17）"})``.
* ``answer`` is always the *text* of the right option; ``answer_index`` is its 0-based position in ``options``
  (None for items without options). Options are shown with letters A, B, C… in order.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from typing import Any

from quizgen import options
from quizgen.items.kinds import INSTRUCTIONS, ITEM_TYPES  # noqa: F401  (re-exported: older imports)

#: Schema version of the JSON form; bump when a field changes meaning or disappears.
SCHEMA_VERSION = 1

#: How a gap is shown inside a single-sentence prompt.
BLANK = "＿＿＿"

CC_CEDICT_ATTRIBUTION = (
    "Glosses and dictionary checks use CC-CEDICT (© MDBG and contributors, https://www.mdbg.net/chinese/"
    "dictionary?page=cc-cedict), licensed CC BY-SA 4.0."
)


def item_id(source: str, span_text: str, target: str, type_: str) -> str:
    """Stable id from identity fields: (source, the text of the sentence span, target, type).

    The span's *text* is hashed rather than its offsets, so an edit elsewhere in the file keeps the ids (and
    the Anki GUIDs derived from them) of untouched sentences. Format: ``<type>-<16 hex digits>``.
    """
    h = hashlib.sha1("\x1f".join((source, span_text, target, type_)).encode("utf-8")).hexdigest()[:16]
    return f"{type_}-{h}"


#: The title of a sheet whose text names none: a label, not a title (a ★ title question may stand under it).
GENERIC_TITLE = {"simplified": "阅读短文", "traditional": "閱讀短文"}
#: False: the sheet prints a title that answers its main-idea question (bench/mutation_check.py "hide-headline").
HIDDEN_TITLES = True

@dataclass(frozen=True, slots=True)
class Item:
    """One question (or, for ``vocabulary``, one word card).

    Common fields
      id, type (one of :data:`ITEM_TYPES`, described in :mod:`quizgen.items.kinds`), level (of the target word;
      the document's level for section items),
      prompt (what the student sees, gap as :data:`BLANK`), options (texts, shown as A, B, C…; () if none),
      answer (text of the right option, or the word for cloze/vocabulary, or a letter sequence like "BAC" for
      ordering), answer_index (position of answer in options, or None), source (document source),
      sentence (the source sentence or clause, unblanked, in the input's script), start/end (its offsets).
    Target word fields (vocabulary, cloze, choice, matching, word_bank, passage_cloze)
      word (as in the text), simplified, pinyin (tone marks), gloss (English, CC-CEDICT), target_start/end,
      hint (cloze: pinyin or gloss), blanked (the sentence with the target replaced by :data:`BLANK`),
      option_pinyin / option_glosses (parallel to options, for answer keys; may be empty). A passage question
      on a word (question kinds meaning, main_idea, title) sets simplified only: the word it asks about.
    Grouping
      group: items sharing a word bank, matching set, or passage share this id (e.g. ``"bank-1"``);
      passage: id of a :class:`Passage` in ``ItemSet.passages``; number: gap number within the passage (1-based).
    Other
      explanation: for teachers: why the answer is right / how each wrong statement was changed;
      kind: a subtype, e.g. "pinyin"/"meaning" for matching, "number"/"date"/"person"/"place" for fact,
      "why"/"detail"/"meaning"… for question.
    Passage questions (question, judgment)
      evidence: ids of the sentences that make the key right; option_changes: parallel to options, what was
      changed in each wrong option ("" for the key).
    """

    id: str
    type: str
    level: int | None
    prompt: str
    options: tuple[str, ...] = ()
    answer: str = ""
    answer_index: int | None = None
    source: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0
    word: str = ""
    simplified: str = ""
    pinyin: str = ""
    gloss: str = ""
    target_start: int | None = None
    target_end: int | None = None
    hint: str = ""
    blanked: str = ""
    option_pinyin: tuple[str, ...] = ()
    option_glosses: tuple[str, ...] = ()
    group: str = ""
    passage: str = ""
    number: int | None = None
    explanation: str = ""
    kind: str = ""
    evidence: tuple[int, ...] = ()
    option_changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of the text used by passage items (passage_cloze, statement, insertion, ordering).

    text: the passage as in the input; display: what the student reads, gap *n* written ``{{n}}`` (equal to
    text when nothing is removed; paragraph breaks kept as "\n"); start/end: offsets of the passage in the
    input; kind: the item type that uses it.
    """

    id: str
    kind: str
    text: str
    display: str
    start: int
    end: int

    def render(self, labels: dict[int, str] | None = None) -> str:
        """``display`` with each ``{{n}}`` replaced by ``labels[n]`` (default ``（n）``)."""
        return GAP_MARK.sub(lambda m: (labels or {}).get(int(m.group(1)), f"（{m.group(1)}）"), self.display)


#: The marker of a gap in ``Passage.display`` (:func:`gap_mark`), its number the group.
GAP_MARK = re.compile(r"\{\{(\d+)\}\}")


def gap_mark(n: int) -> str:
    """The marker of gap ``n`` in ``Passage.display``."""
    return "{{%d}}" % n


@dataclass(frozen=True, slots=True)
class GlossEntry:
    """A word above the target level: glossed for the reader, never tested."""

    word: str
    simplified: str
    pinyin: str
    gloss: str
    level: int | None
    count: int


@dataclass(frozen=True, slots=True)
class ReadingToken:
    """One token of the reading passage: text as in the input, pinyin (tone marks, "" for punctuation),
    level (None off-list), ``above``: above the target level (pinyin shown over it, glossed), proper noun,
    ``start``/``end``: offsets in the input text (so items' target/sentence offsets can be found in the
    reading; -1 for inserted spaces). ``end - start`` may exceed ``len(text)`` where junk was removed."""

    text: str
    pinyin: str = ""
    level: int | None = None
    above: bool = False
    proper_noun: bool = False
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the cleaned reading text (junk removed, captions/credits dropped), numbered from 1."""

    number: int
    start: int
    end: int
    tokens: tuple[ReadingToken, ...]
    # input spans of its sentences that look garbled or machine-rewritten (Document.garbled): printed marked
    unsure: tuple[tuple[int, int], ...] = ()
    # input spans of editorial notes in 【】 (【甲戌侧批：…】, 【编者按】): printed small and grey, as notes
    notes: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.tokens)


@dataclass(frozen=True, slots=True)
class ItemSet:
    """All items generated from one document.

    source, title, standard (normalised: "2025", "2021", "2.0"), level (target), seed (of the run),
    items (in :data:`ITEM_TYPES` order, then text order), passages, glossary (above-level words, most frequent
    first), profile (a small summary: coverage by level and the 95 % levels, as in analyze JSON),
    attribution (text the exports must show), stats (counts per type, candidates and quality-gate drops; for
    measurement, not for display), notes (what cleaning the text found: the analysis warnings, for the teacher).
    """

    source: str
    title: str
    standard: str
    level: int
    seed: int
    items: tuple[Item, ...]
    passages: tuple[Passage, ...] = ()
    glossary: tuple[GlossEntry, ...] = ()
    profile: dict[str, Any] = field(default_factory=dict, hash=False)
    attribution: str = CC_CEDICT_ATTRIBUTION
    stats: dict[str, int] = field(default_factory=dict, hash=False)
    reading: tuple[Paragraph, ...] = ()  # the cleaned text for worksheets; filled by quizgen.items.paragraphs
    notes: tuple[str, ...] = ()  # the document's warnings (junk removed, repairs, flagged sentences)
    # set when the text is a lesson of a book (quizgen.lessons): number, of, title, label, book, start, end
    # (the lesson's offsets in the book; all other offsets are into the lesson's text)
    lesson: dict[str, Any] = field(default_factory=dict, hash=False)
    # questions the build made that the worksheet cannot hold with the others (an answer its reading prints
    # elsewhere, a gap inside another stem: integrity.settle); not in the items JSON, the sheet or the counts,
    # but the Anki deck carries them, since a card shows its question alone: so what is on the sheet never
    # decides which notes a deck has (issue 15: appending a paragraph changes no existing note)
    off_sheet: tuple[Item, ...] = ()
    # ids of the items the worksheet tops up once the whole text is read (generate._top_up): in the items JSON
    # and on the sheet, but not in the Anki deck, whose notes a paragraph appended later must not change
    sheet_only: frozenset[str] = field(default_factory=frozenset, hash=False)

    def deck_items(self) -> tuple[Item, ...]:
        """The questions of the Anki deck: those the paragraph steps made (on the sheet or off it), not those
        made for the sheet with the whole text in view (:attr:`sheet_only`)."""
        return tuple(it for it in self.items + self.off_sheet if it.id not in self.sheet_only)

    def by_type(self, type_: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.type == type_)

    def asks_topic_of(self, heading: str) -> bool:
        """A main-idea or title question whose answer ``heading`` (the sheet's title or the text's headline)
        prints, or a best-title question under any heading but a label: the heading would answer it or stand
        against it (quizgen.items.topic.HEADLINE_HIDDEN). Compared in Simplified too (a Traditional heading)."""
        from quizgen.analysis.script import to_simplified
        from quizgen.items.kinds import TOPIC_KINDS

        if not heading or heading in GENERIC_TITLE.values():
            return False
        simp = to_simplified(heading)

        def named(key: str) -> bool:  # the key, or a word of two characters of it (信息 of 信息化 in 迈向信息路)
            return any(key[i:i + 2] in simp for i in range(max(1, len(key) - 1))) if len(key) > 1 else key in simp

        return any(it.type == "question" and it.kind in TOPIC_KINDS
                   and (it.kind == "title" or it.answer in heading or named(it.simplified or to_simplified(it.answer)))
                   for it in self.items)

    def sheet_title(self) -> str:
        """The title the worksheet prints: :attr:`title`, or 阅读短文 where it would answer a question on what the
        passage is about — the exam prints no title over such a passage. The deck and the items JSON keep the
        title."""
        if not (HIDDEN_TITLES and self.asks_topic_of(self.title)):
            return self.title
        from quizgen.analysis.script import detect_script

        return GENERIC_TITLE[detect_script("".join(p.text for p in self.reading) or self.title)]

    def passage(self, pid: str) -> Passage:
        for p in self.passages:
            if p.id == pid:
                return p
        raise KeyError(pid)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: fields in declaration order, tuples as lists, level 7 as "7-9"."""
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "standard": self.standard,
            "level": _level_out(self.level),
            "seed": self.seed,
            **({"lesson": dict(self.lesson)} if self.lesson else {}),
            "attribution": self.attribution,
            "profile": _sorted(self.profile),
            "stats": _sorted(self.stats),
            "notes": list(self.notes),
            "glossary": [_plain(g) for g in self.glossary],
            "passages": [_plain(p) for p in self.passages],
            "items": [_plain(i) for i in self.items],
            # tokens as [text, pinyin, level, above, proper_noun, start, end] to keep the file small
            "reading": [{"number": p.number, "start": p.start, "end": p.end,
                         "tokens": [[t.text, t.pinyin, _level_out(t.level), t.above, t.proper_noun, t.start,
                                     t.end] for t in p.tokens],
                         **({"unsure": [list(u) for u in p.unsure]} if p.unsure else {}),
                         **({"notes": [list(u) for u in p.notes]} if p.notes else {})} for p in self.reading],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ItemSet":
        """Inverse of :meth:`to_dict` (unknown keys are ignored, so older readers survive added fields)."""
        return cls(
            source=d["source"], title=d["title"], standard=d["standard"], level=_level_of_set(d["level"]),
            seed=d["seed"], lesson=dict(d.get("lesson", {})),
            attribution=d.get("attribution", CC_CEDICT_ATTRIBUTION),
            profile=dict(d.get("profile", {})), stats=dict(d.get("stats", {})), notes=tuple(d.get("notes", [])),
            glossary=tuple(_build(GlossEntry, g) for g in d.get("glossary", [])),
            passages=tuple(_build(Passage, p) for p in d.get("passages", [])),
            items=tuple(_build(Item, i) for i in d["items"]),
            reading=tuple(Paragraph(p["number"], p["start"], p["end"],
                                    tuple(ReadingToken(t[0], t[1], _level_in(t[2]), t[3], t[4], *t[5:7])
                                          for t in p["tokens"]),
                                    tuple((a, b) for a, b in p.get("unsure", [])),
                                    tuple((a, b) for a, b in p.get("notes", []))) for p in d.get("reading", [])),
        )


_level_out = options.level_json


def _level_in(lv: int | str | None) -> int | None:
    """A level as written in the JSON (5, "7-9", null for off-list words) back to its number."""
    level = options.level_from_json(lv)
    return None if level is None else int(level)


def _level_of_set(lv: int | str) -> int:
    """An item set always has a target level."""
    level = _level_in(lv)
    if level is None:
        raise ValueError("an item set needs a level")
    return level


def _sorted(d: dict[str, Any]) -> dict[str, Any]:
    return {k: _sorted(v) if isinstance(v, dict) else v for k, v in sorted(d.items())}


def _plain(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        v = getattr(obj, f.name)
        if isinstance(v, tuple):
            v = list(v)
        if f.name == "level":
            v = _level_out(v)
        out[f.name] = v
    return out


def _build(cls: type, d: dict[str, Any]) -> Any:
    kw: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in d:
            continue
        v = d[f.name]
        if isinstance(v, list):
            v = tuple(v)
        if f.name == "level":
            v = _level_in(v)
        kw[f.name] = v
    return cls(**kw)
