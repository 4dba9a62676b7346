"""The reading passage for worksheets: the document's cleaned text as numbered paragraphs of tokens."""
from __future__ import annotations

import dataclasses

from quizgen.analysis.chars import CJK_PUNCTUATION
from quizgen.analysis.document import Document
from quizgen.analysis.han import is_han
from quizgen.items.itemset import Paragraph, ReadingToken

#: False: the reading does not say which sentences look machine-rewritten (bench/mutation_check.py "mark-garbled").
MARK_GARBLED = True


def _wide(c: str) -> bool:
    """A Han character or Chinese punctuation: a line break inside a sentence beside one is no space (a source
    with a line per clause printed 調整方式等， 亦有相當 where the lines were joined: strict check, session 16)."""
    return bool(c) and (is_han(c) or c in CJK_PUNCTUATION or "\uff00" <= c <= "\uffef")


#: The opening mark of an editorial note (quizgen.analysis.cleaning: 【…】 spans kept for reading, never asked).
NOTE_OPEN = "【"
#: False: notes print as the text does (bench/mutation_check.py "notes-marked").
NOTES_MARKED = True


def reading_paragraphs(doc: Document, title: str | None = None) -> tuple[Paragraph, ...]:
    """One paragraph per input line that kept any sentence; tokens carry pinyin and level. A first line that is
    the sheet's ``title`` (the text's headline, quizgen.build.default_title) is the sheet's heading, not
    paragraph 1 of the reading: 中国的春节 stood above the text and again as ¶1.

    ``notes``: the spans of editorial notes in 【】, which the sheet prints small and grey.

    ``above`` marks words a learner at the document's level is not expected to know (above the level or
    off-list), excluding proper nouns and non-words; those get pinyin over them on the worksheet. ``unsure``: the
    spans of the sentences that look garbled or machine-rewritten (Document.garbled), which the sheet marks: a
    teacher handed the sample's rewritten sentences (殊途同歸闊步前進) to students unmarked (strict check, session 16).
    """
    paragraphs: list[Paragraph] = []
    current: list[ReadingToken] = []
    unsure: list[tuple[int, int]] = []
    start = end = -1
    for s in doc.sentences:
        if current and "\n" in doc.text[end:s.start]:
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, end, tuple(current), tuple(unsure)))
            current, unsure = [], []
        if not current:
            start = s.start
        if MARK_GARBLED and doc.garbled(s):
            unsure.append((s.start, s.end))
        prev = s.start
        for t in s.tokens:
            gap = doc.text[prev:t.start]
            if gap and gap.isspace() and not (_wide(doc.text[prev - 1:prev]) or _wide(t.text[:1])):
                current.append(ReadingToken(" "))  # the spaces of mixed Latin text ("HSK 5"), none beside Chinese
            prev = t.end
            above = t.is_word and not t.proper_noun and (t.level is None or t.level > doc.level)
            current.append(ReadingToken(t.text, t.pinyin, t.level, above, t.proper_noun, t.start, t.end))
        end = s.end
    if current:
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, end, tuple(current), tuple(unsure)))
    notes = [(a, b) for a, b in doc.kept if doc.text.startswith(NOTE_OPEN, a)] if NOTES_MARKED else []
    if notes:  # an annotated edition's 【甲戌侧批：…】: half a 红楼梦 passage read as the novel (strict check, session 18)
        paragraphs = [dataclasses.replace(p, notes=tuple(n for n in notes if p.start <= n[0] < p.end))
                      for p in paragraphs]
    if title and len(paragraphs) > 1 and "".join(t.text for t in paragraphs[0].tokens).strip() == title.strip():
        paragraphs = [dataclasses.replace(p, number=k) for k, p in enumerate(paragraphs[1:], 1)]
    return tuple(paragraphs)
