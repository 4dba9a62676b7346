"""The words around a gap: is the key a word of the sentence at all, and which words do its neighbours attest.

A gap has one right answer only when the sentence really holds the key as a word and the words around the gap
rule the distractors out. Two checks read the text around the gap against dictionaries:

* :func:`cut_key` — the key is an artefact of segmentation when a longer dictionary word runs across its edge
  and leaves a word behind: 愛吃狗肉的平地人才野蠻 is 平地人 + 才 (the plains people, only they, are savage),
  not 平地 + 人才 "talent" (session-9 hand check). Such a key is never gapped.
"""
from __future__ import annotations

#: Shortest dictionary word across the key's edge that makes the key a cut: two characters (的确 across
#: 的 + 确实) are ordinary ambiguities that the context settles; 平地人 across 平地 + 人才 is not.
CUT_MIN = 3


def cut_key(left: str, answer: str, right: str) -> str:
    """The longer word the answer is cut from ('' when none): a word of jieba's dictionary (the segmenter's,
    with the HSK words) of :data:`CUT_MIN` or more characters that takes the end of ``left`` and the start of
    the answer (平地 + 人 of 人才) or the end of the answer and the start of ``right``, while the rest of the
    answer is itself a word (才)."""
    from quizgen.analysis import lexicon
    from quizgen.analysis.segment import segmenter

    has, known = segmenter(None).has_word, lexicon.is_known_word
    for k in range(1, len(answer)):
        head, tail = answer[:k], answer[k:]
        for n in range(1, 4):  # up to three characters of the text beside the gap
            before = left[-n:] + head if len(left) >= n else ""
            if len(before) >= CUT_MIN and has(before) and known(tail):
                return before
            after = tail + right[:n] if len(right) >= n else ""
            if len(after) >= CUT_MIN and has(after) and known(head):
                return after
    return ""
