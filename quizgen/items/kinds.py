"""The item kinds: one registry saying what each kind of item is, from which every export decides how to show it.

Each :class:`Kind` says whether the item gaps a word of the reading, cuts sentences out of it, shares its options
with a group, is answered by writing, which Anki note type (if any) carries it and what its ``answer`` holds.
Exports ask the registry (``kind("cloze").fill_in``, :func:`names` with a predicate) instead of keeping their
own lists of type names, so a new kind is one entry here plus its generator and its layout.

This module imports nothing from quizgen: items, exports and tests all read it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    """What one item type is.

    name: the ``Item.type``; zh / en: the section instruction; reading: what the item does to the reading the
    student sees — ``"gap"`` (its target word becomes a numbered gap), ``"slot"`` (its sentence is cut out and
    left as a numbered slot), ``"ref"`` (its sentences are replaced by a reference to the question) or ``""``
    (nothing: comprehension); shared_options: one set of options for a group (word bank, matching set);
    fill_in: answered by writing a word (not scored by the self-check); on_sheet: printed as a question on the
    worksheet (vocabulary is the Anki word list); anki: note type — ``"vocabulary"``, ``"cloze"``, ``"choice"``
    or ``""`` (worksheet-only); answer: what ``Item.answer`` holds — ``"word"`` (the target as written),
    ``"option"`` (the text of the right option) or ``"letters"`` (an order like ``"BAC"``); masked_prompt: the
    prompt is the item's own sentence with its gap (other items' gaps hidden in it by offset); restated: the
    prompt and options restate the text without offsets (other items' gaps are hidden where they stand in the same
    context); key_sentence: the answer key quotes the source sentence; explained: the key shows the
    item's explanation (how each wrong option was changed); passage_ref: a question on a passage of the reading
    names its paragraphs instead of printing it again; key_word: what the key adds about the tested word —
    ``"pinyin"``, ``"pinyin+gloss"`` or ``""``; stem: the prompt is a question printed above the options (★ …);
    count: how :func:`quizgen.items.build_items` sets the number of items — ``"scaled"`` (single questions:
    more for a longer text), ``"fixed"`` (a grouped section: the count as set) or ``"one"`` (one exercise a
    sheet, a shared bank or list, made in the first paragraph step that can).
    """

    name: str
    zh: str
    en: str
    reading: str = ""
    shared_options: bool = False
    fill_in: bool = False
    on_sheet: bool = True
    anki: str = "choice"
    answer: str = "option"
    masked_prompt: bool = False
    restated: bool = False
    key_sentence: bool = False
    explained: bool = False
    passage_ref: bool = False
    key_word: str = ""
    stem: bool = False
    count: str = "scaled"


#: In the order the worksheet shows them (HSK order: word-level items first, then reading sections).
KINDS: tuple[Kind, ...] = (
    # word, pinyin, gloss, example sentence (Anki vocabulary cards; worksheet glossary)
    Kind("vocabulary", "生词", "New words", on_sheet=False, anki="vocabulary", answer="word"),
    # one sentence, target blanked, hint; no options
    Kind("cloze", "根据提示填空。", "Fill in the blank using the hint.", reading="gap", fill_in=True, anki="cloze",
         answer="word", masked_prompt=True, key_sentence=True, key_word="pinyin+gloss"),
    # one sentence, target blanked, 4 options (answer + 3 distractors)
    Kind("choice", "选词填空。", "Choose the word that fits the blank.", reading="gap", masked_prompt=True,
         key_sentence=True, key_word="pinyin+gloss"),
    # HSK 1-3: word -> pinyin or meaning; options = the group's readings/meanings
    Kind("matching", "给词语选择正确的拼音或意思。", "Match each word with its pinyin or meaning.",
         shared_options=True, anki="", count="one"),
    # HSK 1-4: a bank of words (options) shared by a group of sentences with one gap each
    Kind("word_bank", "选词填空（每个词只用一次）。", "Fill each blank with a word from the box (use each once).",
         reading="gap", shared_options=True, anki="", masked_prompt=True, key_sentence=True,
         key_word="pinyin", count="one"),
    # HSK 4: put 3 consecutive sentences (A, B, C) in order; answer like "BAC"
    Kind("ordering", "排列顺序。", "Put the three sentences in the right order.", reading="ref", anki="",
         answer="letters", key_sentence=True, passage_ref=True),
    # HSK 5-6: one gap of a passage; 4 options per gap
    Kind("passage_cloze", "阅读短文，选出最恰当的词语填空。", "Read the passage and choose the best word for each gap.",
         reading="gap", masked_prompt=True, key_sentence=True, passage_ref=True, count="fixed"),
    # HSK 5: choose the statement consistent with the passage
    Kind("statement", "选出与这段话内容一致的一项。", "Choose the statement consistent with the passage.",
         restated=True, explained=True),
    # HSK 6: put removed sentences back into the passage gaps; options = removed sentences
    Kind("insertion", "把句子放回短文中的空格。", "Put the sentences back into the gaps of the passage.",
         reading="slot", shared_options=True, anki="", passage_ref=True, count="one"),
    # template questions on numbers, dates, people, places the text states
    # (the instruction says what the item is, a sentence with a blank: "根据短文回答问题" stood over no question, a
    # strict check of session 17)
    Kind("fact", "根据短文，选择正确的一项填空。", "Fill in the blank as the text says.", masked_prompt=True,
         key_sentence=True),
    # ★ passage questions on what the text means: why, what for, detail by paraphrase, word meaning, who/where…
    Kind("question", "阅读短文，回答问题。", "Read the text and answer the question.", restated=True, stem=True,
         explained=True, key_sentence=True),
    # HSK 1-4 判断对错: a statement about the text, true or false; options 对/错
    Kind("judgment", "判断对错。", "True or false?", restated=True, stem=True, explained=True, key_sentence=True),
)

_BY_NAME = {k.name: k for k in KINDS}

#: Item types in the order the worksheet shows them.
ITEM_TYPES: tuple[str, ...] = tuple(k.name for k in KINDS)
#: The order quizgen.items.allocate serves one paragraph's proposals in, by tier (its ``rank``): 0 questions on
#: what a sentence means (★ cause, purpose, result, detail; statements), 1 exercises on a run of sentences, 2 ★
#: questions on a word or value and judgments, 3 single word gaps, 4 facts; kinds of one tier in this order.
ALLOCATION_ORDER: tuple[str, ...] = ("question", "statement", "insertion", "ordering", "passage_cloze", "word_bank",
                                     "matching", "judgment", "choice", "cloze", "fact")
ALLOCATION_TIER: dict[str, int] = {"question": 0, "statement": 0, "insertion": 1, "ordering": 1, "passage_cloze": 1,
                                   "word_bank": 1, "matching": 1, "judgment": 2, "choice": 3, "cloze": 3, "fact": 4}
#: The single questions the worksheet tops up once the whole text is read (quizgen.items.sheet_pass), in this order.
TOPPED_UP: tuple[str, ...] = ("choice", "cloze", "fact", "question", "judgment")
#: Short section instructions (Chinese, English) by item type, for worksheets and card fronts.
INSTRUCTIONS: dict[str, tuple[str, str]] = {k.name: (k.zh, k.en) for k in KINDS}


def kind(name: str) -> Kind:
    """The registry entry of item type ``name`` (KeyError for an unknown type)."""
    return _BY_NAME[name]


def names(pred: Callable[[Kind], bool]) -> tuple[str, ...]:
    """The item types for which ``pred`` holds, in :data:`ITEM_TYPES` order."""
    return tuple(k.name for k in KINDS if pred(k))


#: Item types whose target word is gapped in the reading (the student must not find it there).
GAP_TYPES = names(lambda k: k.reading == "gap")
#: Item types whose sentences are cut out of the reading: a slot per sentence (insertion) or a reference (ordering).
CUT_TYPES = names(lambda k: k.reading in ("slot", "ref"))
#: Item types that gap one word of one sentence, each question on its own (:mod:`quizgen.items.stretches`
#: relabels them one into another so each takes one stretch of the text).
SINGLE_GAP_TYPES = names(lambda k: k.reading == "gap" and not k.shared_options and not k.passage_ref)
#: Item types whose number grows with the text's length (quizgen.items.generate.scaled_counts).
SCALED_TYPES = names(lambda k: k.count == "scaled")
#: Item types made as one exercise a sheet (a shared bank or list), in the first paragraph step that can.
ONE_A_SHEET = names(lambda k: k.count == "one")
#: Item types whose options are shown once for their group.
SHARED_OPTIONS = names(lambda k: k.shared_options)
#: Item types answered by writing a word.
FILL_IN_TYPES = names(lambda k: k.fill_in)
#: Item types that become a note of the Choice note type.
CHOICE_TYPES = names(lambda k: k.anki == "choice")
#: Item types that make no Anki note.
WORKSHEET_ONLY_TYPES = names(lambda k: not k.anki)
#: Item types that are not printed as questions on the worksheet.
SKIPPED_TYPES = names(lambda k: not k.on_sheet)
#: ★ question kinds about the whole passage (quizgen.items.topic): their source is the text, not one sentence
TOPIC_KINDS = frozenset({"title", "main_idea"})
#: ★ question kinds about a whole passage (the topic ones and 没有提到): the sheet names no paragraph for them and
#: the key quotes no source sentence (the passage is their source)
PASSAGE_KINDS = TOPIC_KINDS | {"not_mentioned"}
#: Item types asked about one sentence without a gap in it (★ questions, facts): the worksheet names the paragraph
#: of that sentence before the question and in its key row (export.worksheet.context._question_para).
PARAGRAPH_NAMED = frozenset({"question", "fact"})
