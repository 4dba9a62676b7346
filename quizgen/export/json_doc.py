"""The documented JSON form of an analysed :class:`~quizgen.model.Document` (schema in docs/analyze-json.md)."""
from __future__ import annotations

import json
from typing import Any

from .. import lexicon
from ..model import Document, level_label


def _level(lv: int | None) -> int | str | None:
    return "7-9" if lv == 7 else lv


def document_dict(doc: Document) -> dict[str, Any]:
    p = doc.profile
    return {
        "source": doc.source,
        "script": doc.script,
        "standard": doc.standard,
        "standard_name": lexicon.standard_name(doc.standard),
        "level": _level(doc.level),
        "profile": {
            "characters": {level_label(lv): c for lv, c in p.char_coverage},
            "words": {level_label(lv): c for lv, c in p.word_coverage},
            "level_95_characters": _level(p.level_95_chars),
            "level_95_words": _level(p.level_95_words),
            "n_characters": p.n_chars,
            "n_words": p.n_words,
            "above_level": list(p.above_level),
        },
        "warnings": list(doc.warnings),
        "removed": [{"text": r.text, "count": r.count} for r in doc.removed],
        "dropped": [{"text": d.text, "start": d.start, "end": d.end, "reason": d.reason} for d in doc.dropped],
        "sentences": [
            {
                "id": s.id, "text": s.text, "start": s.start, "end": s.end, "flagged": s.flagged,
                "clauses": [list(c) for c in s.clauses],
                "tokens": [
                    {"text": t.text, "simplified": t.simplified, "start": t.start, "end": t.end, "pos": t.pos,
                     "pinyin": t.pinyin, "pinyin_numbers": t.pinyin_numbers, "level": _level(t.level),
                     "gloss": t.gloss, "proper_noun": t.proper_noun}
                    for t in s.tokens
                ],
            }
            for s in doc.sentences
        ],
    }


def dumps(doc: Document) -> str:
    return json.dumps(document_dict(doc), ensure_ascii=False, indent=None, separators=(",", ":"))
