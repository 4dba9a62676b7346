"""The documented JSON form of an analysed :class:`~quizgen.model.Document` (schema in docs/analyze-json.md)."""
from __future__ import annotations

import json
from typing import Any

from quizgen import options
from quizgen.analysis import lexicon
from quizgen.analysis.document import Document, level_label

_level = options.level_json


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
        "repaired": [{"text": r.text, "replacement": r.replacement, "count": r.count} for r in doc.repaired],
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
    """Compact JSON, equal to ``json.dumps(document_dict(doc))`` but built without a dict per token.

    A long text has hundreds of thousands of tokens and few distinct words; each distinct word's JSON is made
    once and only its offsets are formatted per token (3x faster on a million characters).
    """
    head = document_dict(_without_sentences(doc))
    del head["sentences"]
    out = [_dump(head)[:-1], ',"sentences":[']
    frags: dict[tuple, tuple[str, str]] = {}
    for k, s in enumerate(doc.sentences):
        if k:
            out.append(",")
        out.append('{"id":%d,"text":%s,"start":%d,"end":%d,"flagged":%s,"clauses":%s,"tokens":['
                   % (s.id, _dump(s.text), s.start, s.end, "true" if s.flagged else "false",
                      _dump([list(c) for c in s.clauses])))
        toks = []
        for t in s.tokens:
            key = (t.text, t.simplified, t.pos, t.pinyin_numbers, t.level, t.gloss, t.proper_noun)
            frag = frags.get(key)
            if frag is None:
                frag = frags[key] = (
                    '{"text":%s,"simplified":%s,"start":' % (_dump(t.text), _dump(t.simplified)),
                    ',"pos":%s,"pinyin":%s,"pinyin_numbers":%s,"level":%s,"gloss":%s,"proper_noun":%s}'
                    % (_dump(t.pos), _dump(t.pinyin), _dump(t.pinyin_numbers), _dump(_level(t.level)),
                       _dump(t.gloss), _dump(t.proper_noun)))
            toks.append(f'{frag[0]}{t.start},"end":{t.end}{frag[1]}')
        out.append(",".join(toks))
        out.append("]}")
    out.append("]}")
    return "".join(out)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _without_sentences(doc: Document) -> Document:
    import dataclasses

    return dataclasses.replace(doc, sentences=())
