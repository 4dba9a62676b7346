"""Where a name or number stands in its clause: a member of a list, a piece of a name the segmenter cut, the
label of a numbered list. Asked in place or blanked, such a token gives a question about nothing the text states
(review of 2026-12-02: 谁、张允令…, ＿＿＿尔位于… with the answer 巴里, ＿＿＿.不要让别人影响你…)."""
from __future__ import annotations

from quizgen.analysis import chars, datafiles
from quizgen.analysis.han import all_han

NUM = chars.DECIMAL
_MEMBER_MARKS = datafiles.word_sets("question_words.tsv")["member_mark"]
_LABEL_AFTER = frozenset({".", "．", "、", ")", "）", "：", ":"})
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def in_list(tokens, i: int) -> bool:
    """Token ``i`` is one member of a list (蔡瑁、张允令…): asked in place it gives 谁、张允令…, and blanked its
    neighbour in the list is a second answer."""
    prev = tokens[i - 1].simplified if i else ""
    nxt = tokens[i + 1].simplified if i + 1 < len(tokens) else ""
    return prev in _MEMBER_MARKS or nxt in _MEMBER_MARKS


def name_cut(tokens, i: int) -> bool:
    """The name token ``i`` is a piece of a longer name the segmenter cut (巴里|尔 for 巴里尔, tagged ns + nr): a
    neighbour touching it is itself tagged as a name, or is one Han character tagged as a noun. Blanked, the gap
    reads ＿＿尔位于… and the answer is half a name."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            t = tokens[j]
            han = all_han(t.text)
            touching = t.end == tokens[i].start if j < i else t.start == tokens[i].end
            if han and touching and (t.pos[:2] in _NAME_TAGS or (len(t.text) == 1 and t.pos[:1] == "n")):
                return True
    return False


def list_label(tokens, i: int) -> bool:
    """Token ``i`` is the number of an item in a numbered list (2.不要让别人影响你…, 3、…): a label, not a fact
    of the text."""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return NUM.fullmatch(tokens[i].text) is not None and nxt in _LABEL_AFTER \
        and all(not t.is_word for t in tokens[:i])
