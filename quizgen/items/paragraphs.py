"""The reading passage for worksheets: the document's cleaned text as numbered paragraphs of tokens."""
from __future__ import annotations

from quizgen.analysis.document import Document
from quizgen.items.itemset import Paragraph, ReadingToken


def reading_paragraphs(doc: Document) -> tuple[Paragraph, ...]:
    """One paragraph per input line that kept any sentence; tokens carry pinyin and level.

    ``above`` marks words a learner at the document's level is not expected to know (above the level or
    off-list), excluding proper nouns and non-words; those get pinyin over them on the worksheet.
    """
    paragraphs: list[Paragraph] = []
    current: list[ReadingToken] = []
    start = end = -1
    for s in doc.sentences:
        if current and "\n" in doc.text[end:s.start]:
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, end, tuple(current)))
            current = []
        if not current:
            start = s.start
        prev = s.start
        for t in s.tokens:
            gap = doc.text[prev:t.start]
            if gap and gap.isspace():  # keep the spaces of mixed Latin text ("HSK 5")
                current.append(ReadingToken(" "))
            prev = t.end
            above = t.is_word and not t.proper_noun and (t.level is None or t.level > doc.level)
            current.append(ReadingToken(t.text, t.pinyin, t.level, above, t.proper_noun, t.start, t.end))
        end = s.end
    if current:
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, end, tuple(current)))
    return tuple(paragraphs)
