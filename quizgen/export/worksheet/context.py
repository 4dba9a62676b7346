"""The values the worksheet template lays out: numbered questions, answer key, glossary, coverage chart.

:func:`context` turns an :class:`ItemSet` into plain values for the template (listed in templates/README.md);
:mod:`quizgen.export.worksheet.html` renders them. What the student reads — the text with every answer hidden —
comes from :mod:`quizgen.export.worksheet.gapped`.

Layout decision: the reading is printed **once**, as the exam text. Gap items whose target is in it show a
numbered gap there and, in their question, a short context with the paragraph number (passage cloze: the
options only, as in HSK 5 part 1); passage questions (passage cloze, insertion, statement, ordering) name the
paragraphs they are about instead of printing the passage again, so no second copy can disagree with the
gapped one. A passage is printed with its questions only when the reading cannot hold it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from quizgen.analysis import chars
from quizgen.analysis.tone_marks import word_pinyin
from quizgen.cache import keep_last
from quizgen.errors import ConfigError
from quizgen.export.worksheet.gapped import (
    Piece,
    StudentText,
    holes,
    mask,
    mask_restated,
    student_text,
)
from quizgen.export.worksheet.glossing import glossary_rows, glossed_words, question_tokens
from quizgen.export.worksheet.order import sheet_order
from quizgen.export.worksheet.snippet import around_clause
from quizgen.items.itemset import BLANK, GAP_MARK, INSTRUCTIONS, Item, ItemSet, Passage
from quizgen.items.kinds import CUT_TYPES, GAP_TYPES, PARAGRAPH_NAMED, PASSAGE_KINDS, SHARED_OPTIONS, kind

LETTERS = "ABCDEFGHIJKLMNOP"
#: Vocabulary items (not ``on_sheet`` in :mod:`quizgen.items.kinds`) are the Anki word list, not questions: a
#: word list on the sheet would give away the cloze answers. The above-level words are in the glossary instead.
#: Glossary rows beside the reading: the most frequent of the words the sheet explains (the above-level words of
#: the question sentences, :mod:`quizgen.export.worksheet.glossing`). 120 words (60 rows of two) fill about an
#: A4 page; any others are listed at the end of the student sheet and the note under the first rows says so.
GLOSSARY_MAX = 120
GLOSS_SENSES = 2  # senses of a CC-CEDICT gloss shown ("nationals; citizens; people of a nation" -> 2)
CN_NUMERALS = chars.ONE_TO_NINE + "十"
#: Questions answered by writing a word (``fill_in`` kinds in :mod:`quizgen.items.kinds`, no options to click):
#: the self-check compares the typed word (as written or in Simplified) by its hash, and scores it.


@dataclass(slots=True)
class ItemView:
    n: int
    item: Item
    prompt: list[Piece]  # pieces (text, None) / the item's blank ("", 0) / another gap ("", n)
    options: list[tuple[str, list[Piece]]]  # (letter, pieces); empty when the group shows them
    hint: str = ""
    para: int | None = None  # paragraph of the reading where the item's gap is
    long: bool = False  # an option longer than 12 characters: one option per line
    half: bool = False  # … but every option fits half a line (word meanings in English): two options a line
    anchor: str = ""  # where ``para`` links to: the gap in the reading, or the paragraph of a question's sentence

    @property
    def scored(self) -> bool:
        """Counted in the self-check score: every question (a typed cloze answer is checked by its hash), so
        the score line and the sheet's header count the same questions."""
        return True


@dataclass(slots=True)
class Block:
    """A run of items shown together: one passage, word bank or matching set, or single items."""

    kind: str
    items: list[ItemView]
    passage: list[list[Piece]] = field(default_factory=list)  # only when the reading does not hold it
    shared: list[tuple[str, list[Piece]]] = field(default_factory=list)  # options shown once for the group
    prompt: str = ""
    where: str = ""  # paragraphs of the reading the block is about: "3" or "3–4"


def context(itemset: ItemSet, *, pinyin: str, paper: str, target: str, font_url: str = "",
            copy: str = "student") -> dict[str, Any]:
    """The template values for one copy of the sheet: ``copy`` "student" (questions, no answers; the
    self-check knows right answers only by a hash) or "key" (the teacher's answers, sources and notes)."""
    from quizgen.analysis import lexicon
    from quizgen.analysis.document import level_label
    from quizgen.analysis.script import detect_script

    if copy not in COPIES:
        raise ConfigError(f"unknown copy '{copy}'. Use one of: {', '.join(COPIES)}")
    sample = "".join(p.text for p in itemset.reading) or "".join(i.sentence for i in itemset.items)
    lang = "zh-Hant" if detect_script(sample) == "traditional" else "zh-Hans"
    try:
        standard_name = lexicon.standard_name(itemset.standard)
    except ConfigError:
        standard_name = itemset.standard
    sections, key, text = sections_and_key(itemset, pinyin)
    # no reading printed (one without offsets): its words cannot be pointed to, so all of them are listed
    explained: dict[str, int | None] = {**text.explained} if text.paragraphs else dict.fromkeys(glossed_words(itemset))
    rows = glossary_rows(itemset, explained, GLOSSARY_MAX, GLOSS_SENSES)
    salt = _salt(itemset)
    n_items = sum(len(b.items) for s in sections for b in s["blocks"])
    return {
        "title": itemset.sheet_title(), "lang": lang, "level": level_label(itemset.level), "standard": standard_name,
        "target": target, "paper": paper, "pinyin": pinyin, "font_url": font_url, "copy": copy,
        "reading": text.paragraphs, "has_gaps": bool(text.placed),
        "has_unsure": any(r[0] == "unsure" for p in text.paragraphs for r in p["runs"]),
        "has_notes": any(r[0] == "note" for p in text.paragraphs for r in p["runs"]), "glossary": rows[:GLOSSARY_MAX],
        "glossary_more": rows[GLOSSARY_MAX:], "glossary_total": len(rows),
        "chart": chart(itemset.profile, itemset.level), "sections": sections,
        "key": key if copy == "key" else [], "checks": checks(key, salt) if copy == "student" else {},
        "salt": salt, "n_items": n_items, "n_scored": n_items, "text": text,
        "attribution": itemset.attribution, "source": itemset.source, "seed": itemset.seed,
        "notes": [describe_note(n) for n in itemset.notes] if copy == "key" else [],
    }


COPIES = ("student", "key")


def _salt(itemset: ItemSet) -> str:
    """A per-sheet salt for the self-check hashes (so one sheet's hashes say nothing about another's)."""
    import hashlib

    return hashlib.sha1(f"{itemset.source}\x1f{itemset.title}\x1f{itemset.seed}".encode()).hexdigest()[:8]


def fnv1a(text: str) -> str:
    """32-bit FNV-1a over the UTF-16 code units of ``text``, as 8 hex digits; worksheet.js computes the same."""
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return f"{h:08x}"


_NORM = re.compile(r"[\s\u3000,，、。.]")


def norm_answer(text: str) -> str:
    """A typed answer as the self-check compares it (worksheet.js ``norm``): no spaces or commas, upper case."""
    return _NORM.sub("", text).upper()


def checks(key: list[dict[str, Any]], salt: str) -> dict[int, str]:
    """Question number -> the hashes of its accepted answers (space-separated): the option index, or the typed
    answer (cloze: the word as written or in Simplified; ordering: the letters). The student page carries these
    instead of the key; they tell a student no more than clicking does. A wrong option whose hash equals the
    right one's (one chance in 4 billion) would be scored right; the sheet's salt changes with its seed."""
    out: dict[int, str] = {}
    for k in key:
        if k["index"] is not None and k["type"] != "ordering":
            values = [str(k["index"])]
        else:
            values = [norm_answer(k["answer"])] + ([norm_answer(k["alt"])] if k["alt"] else [])
        out[k["n"]] = " ".join(fnv1a(f"{salt}|{k['n']}|{v}") for v in values)
    return out


_JUNK = re.compile(r"^removed junk tokens: (.*)$")


def describe_note(note: str) -> str:
    """A cleaning note fit to print: the junk removed is counted, not quoted (it is mostly advertising, 包養 and
    the like, and the key may be left where students see it)."""
    m = _JUNK.match(note)
    if not m:
        return note
    counts = [int(c) for c in re.findall(r"×(\d+)", m.group(1))] or [1]
    total, kinds = sum(counts), len(counts)
    return (f"{total} inserted spam token{'s' if total != 1 else ''} removed"
            + (f" ({kinds} different)" if kinds > 1 else "") + "; the reading and the questions leave them out")


def numbered(itemset: ItemSet) -> list[tuple[int, Item]]:
    """The items on the sheet with their continuous numbers, in :func:`quizgen.export.worksheet.order.sheet_order`
    (the reading's holes in text order across kinds, then the other questions by kind)."""
    return list(enumerate(sheet_order(itemset), start=1))


@keep_last  # fitting the sheet (integrity.fit) ends on the set it returns; the sheet and the key read it
def sections_and_key(itemset: ItemSet, pinyin: str = "above") \
        -> tuple[list[dict[str, Any]], list[dict[str, Any]], StudentText]:
    """Sections (each a run of consecutively numbered items of one kind), items numbered continuously from 1;
    the key entry of every item; the reading with every item's answer hidden (see
    :mod:`quizgen.export.worksheet.gapped`)."""
    items = numbered(itemset)
    gaps, cuts = holes(items)
    text = student_text(itemset, gaps, cuts, pinyin, glossed_words(itemset),
                        None if pinyin == "all" else question_tokens(itemset))
    number = {it.id: n for n, it in items}
    sections: list[dict[str, Any]] = []
    key: list[dict[str, Any]] = []
    for run in _runs(items):
        type_ = run[0][1].type
        blocks = []
        for group in _groups([it for _, it in run]):
            views = [_item_view(number[it.id], it, text, _question_para(itemset, it)) for it in group]
            key.extend(_key_entry(v.n, v.item, v.para, itemset.reading) for v in views)
            blocks.append(_block(itemset, type_, views, text))
        wheres = [b.where for b in blocks]
        for k in range(1, len(blocks)):
            if wheres[k] == wheres[k - 1]:
                blocks[k].where = ""  # 閱讀第 2 段 once over the questions on it (session-9 review: 3× in a row)
        zh_, en = INSTRUCTIONS[type_]
        sections.append({"type": type_, "numeral": cn_numeral(len(sections) + 1), "zh": zh_, "en": en,
                         "blocks": blocks, "first": blocks[0].items[0].n, "last": blocks[-1].items[-1].n})
    return sections, key, text


def cn_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十 (1–99): a section's number as an exam prints it."""
    tens, ones = divmod(n, 10)
    return (CN_NUMERALS[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (CN_NUMERALS[ones - 1] if ones else "")


def _runs(items: list[tuple[int, Item]]) -> list[list[tuple[int, Item]]]:
    """Consecutively numbered items of one kind together: the sections of the sheet."""
    out: list[list[tuple[int, Item]]] = []
    for n, it in items:
        if out and out[-1][-1][1].type == it.type:
            out[-1].append((n, it))
        else:
            out.append([(n, it)])
    return out


def _groups(items: list[Item]) -> list[list[Item]]:
    """Consecutive items sharing a group (passage, bank, matching set) together; others one by one."""
    out: list[list[Item]] = []
    for it in items:
        if it.group and out and out[-1][0].group == it.group:
            out[-1].append(it)
        else:
            out.append([it])
    return out


def _fits(it: Item) -> bool:
    """The item's sentence is the input text at its offsets (so gaps can be found in it by offset)."""
    return bool(it.sentence) and it.end - it.start == len(it.sentence)


def _item_view(n: int, it: Item, text: StudentText, where: int | None = None) -> ItemView:
    """The question as the student sees it. A gap item whose gap is in the reading shows its context there
    (passage cloze: nothing, as in HSK); any other sentence is printed with every gap in it hidden. ``where``:
    the paragraph a question about one sentence is on (:func:`_question_para`), named before it as a gap's is."""
    own = (it.target_start, it.target_end) if it.target_start is not None and it.target_end is not None else None
    para = text.placed.get(n) if it.type in GAP_TYPES else None
    prompt: list[Piece] = []
    if para is not None:
        prompt = [] if it.type == "passage_cloze" else text.context(n)
    elif kind(it.type).masked_prompt:
        if _fits(it) and own is not None:
            prompt = mask(it.sentence, it.start, text.gaps, own)
        else:  # no offsets to go by: the prompt as written, gaps of other items found by their context
            for k, part in enumerate(it.prompt.split(BLANK)):
                prompt += [("", 0)] * bool(k) + mask_restated(part, text.gaps)
    elif it.type == "matching":
        prompt = [(it.prompt, None)]
    elif kind(it.type).stem:  # a ★ question: its stem may quote the text, other items' gaps hidden in it
        prompt = mask_restated(it.prompt, text.gaps)
    if it.type in SHARED_OPTIONS:
        options: list[tuple[str, list[Piece]]] = []
    elif it.type == "ordering":
        options = [(LETTERS[k], _sentence_pieces(o, it, text)) for k, o in enumerate(it.options)]
    else:
        options = [(LETTERS[k], mask_restated(o, text.gaps) if kind(it.type).restated else [(o, None)])
                   for k, o in enumerate(it.options)]
    hint = word_pinyin(it.hint) if it.type == "cloze" and it.hint else ""
    long = any(len(o) > 12 for o in it.options)
    anchor = f"gap-{n}" if para is not None else f"para-{where}" if where is not None and text.paragraphs else ""
    para = para if para is not None else where if anchor else None
    return ItemView(n, it, prompt, options, hint, para, long, long and all(_width(o) <= HALF_LINE for o in it.options),
                    anchor)


#: Half a line of options, in half-width characters (a CJK character is two): 10.5 pt text on A4 or Letter.
HALF_LINE = 40


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _sentence_pieces(sentence: str, it: Item, text: StudentText) -> list[Piece]:
    """A sentence of ``it.sentence`` (an ordering or insertion option) with the gaps inside it hidden."""
    at = it.sentence.find(sentence) if _fits(it) else -1
    if at < 0:
        return mask_restated(sentence, text.gaps)
    return mask(sentence, it.start + at, text.gaps)


def _block(itemset: ItemSet, type_: str, views: list[ItemView], text: StudentText) -> Block:
    first = views[0].item
    block = Block(type_, views)
    if type_ == "insertion":
        by_answer = {v.item.sentence: v.item for v in views}
        block.shared = [(LETTERS[k], _sentence_pieces(o, by_answer[o], text) if o in by_answer
                         else mask_restated(o, text.gaps)) for k, o in enumerate(first.options)]
    elif type_ in SHARED_OPTIONS:
        block.shared = [(LETTERS[k], [(_option_text(first, o), None)]) for k, o in enumerate(first.options)]
    if type_ == "statement":
        block.prompt = first.prompt
    in_reading = [text.placed[v.n] for v in views if v.n in text.placed]
    p = next((q for q in itemset.passages if q.id == first.passage), None) if first.passage else None
    paras = [q.number for q in itemset.reading if p is not None and q.start < p.end and p.start < q.end
             and text.paragraphs]
    if paras and (in_reading or kind(type_).restated):  # the reading holds the passage: name its paragraphs
        block.where = _range(paras[0], paras[-1])
    elif in_reading and kind(type_).passage_ref:
        block.where = _range(min(in_reading), max(in_reading))
    elif p is not None:  # the reading does not hold it: print it, gaps numbered as on the sheet
        numbers = {v.item.number: v.n for v in views if v.item.number is not None}
        block.passage = passage_pieces(p, numbers, text)
    return block


def _option_text(it: Item, option: str) -> str:
    """A shared option as printed: pinyin options of a matching set written as words, like all pinyin on the
    sheet ('guò qù' -> 'guòqù')."""
    return word_pinyin(option) if it.type == "matching" and it.kind == "pinyin" else option


def _range(a: int, b: int) -> str:
    return str(a) if a == b else f"{a}–{b}"


def passage_pieces(p: Passage, numbers: dict[int, int], text: StudentText) -> list[list[Piece]]:
    """Paragraphs of pieces: gap ``{{k}}`` becomes the sheet's number; other items' answers hidden."""
    paragraphs = []
    for line in p.display.split("\n"):
        pieces: list[Piece] = []
        for k, part in enumerate(GAP_MARK.split(line)):
            if k % 2:
                pieces.append(("", numbers.get(int(part), int(part))))
            elif part:
                pieces.extend(mask_restated(part, text.gaps))
        if pieces:
            paragraphs.append(pieces)
    return paragraphs


def _question_para(itemset: ItemSet, it: Item) -> int | None:
    """The reading's paragraph a ★ question or a fact question about one sentence is on (its number printed
    before it and in its key row, as a gap's is: strict check, session 16, fact items pointed nowhere); None for a
    question about the whole passage or one not in the reading."""
    if it.type not in PARAGRAPH_NAMED or it.kind in PASSAGE_KINDS:
        return None
    return next((p.number for p in itemset.reading if p.start <= it.start < p.end), None)


def _key_entry(n: int, it: Item, para: int | None, reading=()) -> dict[str, Any]:
    """Answer by number; the source sentence (answer marked) for items made from the text (ordering: the
    sentences in order; insertion: the answer is the sentence), a clause with the rest of its sentence in
    ``reading`` (:func:`snippet.around_clause`); ``para``: where the gap is in the reading."""
    letter = LETTERS[it.answer_index] if it.answer_index is not None and it.answer_index < len(LETTERS) else ""
    sentence: list[tuple[str, bool]] = []
    if kind(it.type).key_sentence and it.sentence and it.kind not in PASSAGE_KINDS:  # a title's source is the text
        sentence = [(it.sentence, False)]
        if it.target_start is not None and it.target_end is not None:
            a, b = it.target_start - it.start, it.target_end - it.start
            if 0 <= a < b <= len(it.sentence) and it.sentence[a:b] == it.answer:
                sentence = [(it.sentence[:a], False), (it.answer, True), (it.sentence[b:], False)]
        if it.type not in CUT_TYPES:
            before, after = around_clause(reading, it.start, it.end, it.sentence)
            sentence = [(before, False)] * bool(before) + sentence + [(after, False)] * bool(after)
    about = kind(it.type).key_word
    detail = it.pinyin and word_pinyin(it.pinyin) if about else ""
    return {"n": n, "type": it.type, "letter": letter, "answer": _option_text(it, it.answer), "index": it.answer_index,
            "alt": it.simplified if it.simplified != it.answer else "", "sentence": sentence,
            "pinyin": detail or "", "gloss": it.gloss if about == "pinyin+gloss" else "",
            "explanation": it.explanation if kind(it.type).explained else "", "para": para}


def chart(profile: dict[str, Any], level: int) -> dict[str, Any] | None:
    """Bars of cumulative word coverage by level (1..6, 7-9) with the 95 % line, in SVG user units."""
    from quizgen.analysis.document import level_label

    words = profile.get("words") or {}
    labels = [level_label(lv) for lv in range(1, 8)]
    if not all(lab in words for lab in labels):
        return None
    width, height, top, bar, gap, left = 196, 88, 10, 20, 6, 24
    plot = height - top - 16  # 16 units below the bars for the level labels
    bars = []
    for k, lab in enumerate(labels):
        v = max(0.0, min(1.0, float(words[lab])))
        h = round(v * plot, 1)
        bars.append({"x": left + k * (bar + gap), "y": round(top + plot - h, 1), "h": h, "w": bar,
                     "label": lab, "pct": round(v * 100), "target": k + 1 == level})
    return {"width": width, "height": height, "bars": bars, "y95": round(top + plot * 0.05, 1),
            "y0": top + plot, "left": left, "right": left + 7 * (bar + gap) - gap,
            "level_95_words": profile.get("level_95_words"),
            "level_95_characters": profile.get("level_95_characters")}
