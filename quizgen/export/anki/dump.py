"""A canonical, stable view of an .apkg for golden and determinism tests.

The .apkg bytes change on every build (zip entry times, note and card ids from the clock), so tests compare
this dump instead: note types (fields, templates, CSS), decks, and notes sorted by GUID with their fields by
name, sorted tags and card ordinals. Ids that Anki re-assigns on import (note, card) are left out; the note
``mod`` is included only on request, because it is the build time for new notes (see quizgen.export.anki.deck).

Reads the legacy schema genanki writes (``collection.anki2``: note types and decks as JSON in the ``col``
table); ``collection.anki21`` is read the same way when present.
"""
from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_COLLECTIONS = ("collection.anki21", "collection.anki2")


@contextmanager
def open_collection(apkg: str | Path) -> Iterator[sqlite3.Connection]:
    """The collection database inside an .apkg, extracted to a temporary file (sqlite needs a file)."""
    with zipfile.ZipFile(apkg) as z, tempfile.TemporaryDirectory() as tmp:
        name = next((n for n in _COLLECTIONS if n in z.namelist()), None)
        if name is None:
            raise ValueError(f"{apkg}: no collection inside (expected one of {', '.join(_COLLECTIONS)})")
        db = Path(tmp) / "collection.sqlite"
        db.write_bytes(z.read(name))
        conn = sqlite3.connect(db)
        try:
            yield conn
        finally:
            conn.close()


def read_notes(apkg: str | Path) -> list[dict[str, Any]]:
    """Notes as dicts: guid, mid (note type id), mod, fields (list), tags (sorted list), sorted by GUID."""
    with open_collection(apkg) as conn:
        rows = conn.execute("SELECT guid, mid, mod, flds, tags FROM notes ORDER BY guid").fetchall()
    return [{"guid": g, "mid": int(mid), "mod": int(mod), "fields": flds.split("\x1f"),
             "tags": sorted(tags.split())} for g, mid, mod, flds, tags in rows]


def canonical_dump(apkg_path: str | Path, *, with_mod: bool = False) -> dict[str, Any]:
    """The stable content of an .apkg: note types, decks and notes (see the module docstring)."""
    with open_collection(apkg_path) as conn:
        models_json, decks_json = conn.execute("SELECT models, decks FROM col").fetchone()
        cards: dict[int, list[tuple[int, int]]] = {}
        for nid, ord_, did in conn.execute("SELECT nid, ord, did FROM cards ORDER BY nid, ord"):
            cards.setdefault(nid, []).append((ord_, did))
        rows = conn.execute("SELECT id, guid, mid, mod, flds, tags FROM notes ORDER BY guid").fetchall()
    models = json.loads(models_json)
    decks = json.loads(decks_json)
    deck_names = {int(k): d["name"] for k, d in decks.items()}
    out_models = []
    for mid in sorted(models, key=int):
        m = models[mid]
        out_models.append({
            "id": int(mid), "name": m["name"], "type": m.get("type", 0), "mod": m.get("mod"),
            "sortf": m.get("sortf", 0), "fields": [f["name"] for f in sorted(m["flds"], key=lambda f: f["ord"])],
            "templates": [{"name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]}
                          for t in sorted(m["tmpls"], key=lambda t: t["ord"])],
            "css": m.get("css", ""),
        })
    names = {int(mid): models[mid] for mid in models}
    out_notes = []
    for nid, guid, mid, mod, flds, tags in rows:
        field_names = [f["name"] for f in sorted(names[int(mid)]["flds"], key=lambda f: f["ord"])]
        note: dict[str, Any] = {
            "guid": guid, "notetype": names[int(mid)]["name"],
            "fields": dict(zip(field_names, flds.split("\x1f"))), "tags": sorted(tags.split()),
            "cards": [{"ord": o, "deck": deck_names.get(d, str(d))} for o, d in cards.get(nid, [])],
        }
        if with_mod:
            note["mod"] = int(mod)
        out_notes.append(note)
    return {
        "notetypes": out_models,
        "decks": [{"id": int(k), "name": d["name"], "desc": d.get("desc", "")}
                  for k, d in sorted(decks.items(), key=lambda kv: int(kv[0]))],
        "notes": out_notes,
    }


def dumps(dump: dict[str, Any]) -> str:
    """Stable JSON text of a dump: sorted keys, UTF-8 kept readable, two-space indent, trailing newline."""
    return json.dumps(dump, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
