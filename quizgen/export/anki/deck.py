"""Anki decks (.apkg) from an ItemSet, built with genanki; card design and import behaviour in docs/anki.md.

Deck layout
    One .apkg per input document, holding one deck named ``quizgen::HSK <level> (<standard>)::<title>``
    (e.g. ``quizgen::HSK 5 (2025)::近邻警务``). Anki creates the parent decks from the ``::`` path, so every
    document a learner builds lands beside the others under one tree, can be studied alone or all together,
    and can be deleted alone. One file per document also keeps a rebuild of one text from touching the others.

Notes
    Which items become notes and what their fields hold is in :mod:`quizgen.export.anki.note_fields`; the note
    types (fixed ids, card templates, CSS) are in :mod:`quizgen.export.anki.note_types`.

Identity and updates
    GUIDs come from the question itself only (see :func:`note_guid`), so a rebuild after a gloss fix or an
    edit of the sentence updates the note in place and keeps its cards and review history; questions the
    rebuild no longer makes are carried with the tag :data:`RETIRED` (:meth:`DeckBuilder.retire`). A vocabulary note is one per word and reading
    across all documents: a second document teaching the same word updates the note (its example and source).

Modification times (measured with anki 26.9.3, default "update notes: if newer")
    The importer updates an existing note only when the incoming ``mod`` is strictly newer, and then it
    always rewrites it, even when nothing differs (the note's mod moves and a user's edit is lost). An equal
    ``mod`` with different content is *not* imported. A pure content hash therefore cannot work (a changed
    note would be newer only half the time), and the build time alone would touch every note on every
    rebuild. Policy: before overwriting ``decks/<name>.apkg`` we read the notes of the deck it replaces; a
    note whose fields and tags are unchanged keeps its previous ``mod`` (so re-importing leaves it, and any
    edit the user made since, untouched); a new or changed note gets the build time, and at least the
    previous ``mod`` + 1. Without a previous deck (first build, deleted file) every note gets the build time.
"""
from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
import time
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from quizgen import options
from quizgen.analysis import chars
from quizgen.atomic import atomic_path
from quizgen.export.anki import dump as anki_dump
from quizgen.export.anki.note_fields import esc, hsk_and_standard, note_fields, source_html
from quizgen.export.anki.note_types import MODELS, genanki
from quizgen.items.itemset import Item, ItemSet

# Deck ids: NEVER change them. They are derived from (standard, level, source[, lesson label]) by _deck_id();
# never change that derivation either.
_DECK_ID_BASE = 1 << 30


class _Note(genanki.Note):
    """A note carrying its own modification time (genanki stamps every note with the package time)."""

    def __init__(self, *, mod: int = 0, **kw) -> None:
        super().__init__(**kw)
        self.mod = mod

    def write_to_db(self, cursor, timestamp: float, deck_id, id_gen):
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


# --- notes ----------------------------------------------------------------------------------------------

def note_guid(item: Item, repeat: int = 0) -> str:
    """GUID from the question itself, never from the rest of the text (docs/anki.md, "Rebuilding").

    Vocabulary: word + reading (one note per word across all texts). A question on a word (cloze, choice,
    passage gap, fact, and the passage questions on a word's meaning or a passage's topic word): the source
    file, the type and kind, and the word, so an edited sentence that still asks the same word updates its
    note in place. Other questions (statements, facts): source, type, kind and the
    sentence's normalised content. ``repeat`` counts earlier questions of the same key in the same package (a
    book asks a word again in a later lesson): 0 for the first, which is all a single text ever has.
    """
    if item.type == "vocabulary":
        return genanki.guid_for("quizgen vocabulary", item.simplified or item.word, item.pinyin)
    key = question_key(item)
    return genanki.guid_for("quizgen question", *key, *((str(repeat),) if repeat else ()))


def question_key(item: Item) -> tuple[str, ...]:
    """What identifies a question: (source stem, type, kind, target word or normalised sentence)."""
    word = item.simplified or item.word
    target = word if word else normalised(item.sentence) + "\x1f" + item.answer
    return (Path(item.source).stem, item.type, item.kind, target)


_SPACE_OR_CONTROL = chars.INVISIBLE


def normalised(sentence: str) -> str:
    """A sentence as identity: NFKC (full- and half-width forms alike), no whitespace or invisible marks."""
    return _SPACE_OR_CONTROL.sub("", unicodedata.normalize("NFKC", sentence))


def sanitise_tag(text: str) -> str:
    """A tag-safe form: no spaces, no '::' hierarchy, only letters, digits, CJK and ``._-``."""
    tag = re.sub(r"[^\w.\-]+", "_", text).strip("_")
    return tag or "text"


def note_tags(itemset: ItemSet, item: Item) -> list[str]:
    """``quizgen``, ``hsk2025::5`` (standard and the item's level), ``quizgen::source::<file stem>``,
    ``quizgen::type::<item type>``."""
    level = options.level_label(item.level)
    return ["quizgen", f"hsk{sanitise_tag(itemset.standard)}::{level}",
            f"quizgen::source::{sanitise_tag(Path(itemset.source).stem)}", f"quizgen::type::{item.type}"]

def content_hash(model_id: int, fields: list[str], tags: list[str]) -> str:
    """What 'unchanged' means for the mod policy: note type, field values and the set of tags."""
    return hashlib.sha1("\x1e".join([str(model_id), "\x1f".join(fields), " ".join(sorted(tags))])
                        .encode("utf-8")).hexdigest()


def deck_name(itemset: ItemSet) -> str:
    """``quizgen::HSK 5 (2025)::<title>``; a lesson of a book: ``…::<book title>::<NN> <lesson title>``."""
    if itemset.lesson:
        return f"quizgen::{hsk_and_standard(itemset.standard, itemset.level)}::" \
               f"{_deck_part(itemset.lesson['book'])}::{_deck_part(itemset.lesson['label'])}"
    title = _deck_part(itemset.title) or Path(itemset.source).stem or "text"
    return f"quizgen::{hsk_and_standard(itemset.standard, itemset.level)}::{title}"


def _deck_part(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("::", "：")).strip()


def _deck_id(itemset: ItemSet) -> int:
    parts = ["quizgen deck", itemset.standard, str(itemset.level), itemset.source]
    if itemset.lesson:  # a lesson's subdeck
        parts.append(itemset.lesson["label"])
    key = "\x1f".join(parts)
    return _DECK_ID_BASE + int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % _DECK_ID_BASE


def deck_description(itemset: ItemSet) -> str:
    return (f"<p>Reading practice built by quizgen from <b>{source_html(itemset)}</b> "
            f"(target {esc(hsk_and_standard(itemset.standard, itemset.level))}).</p>"
            f"<p class=\"attribution\">{esc(itemset.attribution)}</p>")


def build_deck(itemset: ItemSet, *, now: int, previous: dict[str, tuple[int, str]] | None = None) -> genanki.Deck:
    """The deck with one note per Anki-eligible item (first item wins when two share a GUID).

    ``previous`` maps GUID → (mod, content hash) of the deck being replaced; see the module docstring.
    """
    builder = DeckBuilder(now=now)
    builder.previous = previous or {}
    return builder.add(itemset)


class DeckBuilder:
    """The decks of one .apkg, added one ItemSet at a time (a book adds one per lesson, each its own subdeck,
    and keeps only the notes between lessons). A vocabulary note is made once per package (the first lesson
    teaching the word); a question asked again in a later lesson (same source, type, kind and word) gets
    the next repeat number in its GUID."""

    def __init__(self, *, now: int | None = None, previous: Path | None = None) -> None:
        self.now = int(time.time()) if now is None else int(now)
        self.old = _read_previous(previous) if previous is not None and previous.exists() else {}
        self.previous = {g: (n["mod"], content_hash(n["mid"], n["fields"], n["tags"])) for g, n in self.old.items()}
        self.decks: list[genanki.Deck] = []
        self.seen: set[str] = set()
        self.repeats: dict[tuple[str, ...], int] = {}
        self._db: tuple[Path, sqlite3.Connection, Any] | None = None

    def stream(self, stack: contextlib.ExitStack) -> None:
        """Write each deck into the package's collection as it is added and keep none of its notes (a book's
        deck: its notes held to the end were ~0.4 MB a lesson, and long-lived objects between each lesson's
        short-lived ones keep freed memory from going back). The collection is a scratch file in a temporary
        folder that lasts as long as ``stack``; :meth:`write` zips it. The package is the one
        :meth:`write` makes without streaming (the same notes, cards and decks; only the ids of retired
        notes, which Anki assigns anew, come later)."""
        import itertools

        from quizgen.processes import temporary_folder

        db = stack.enter_context(temporary_folder("quizgen-deck-")) / "collection.anki2"
        conn = sqlite3.connect(db)
        stack.callback(conn.close)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        ids = itertools.count(int(self.now * 1000))  # as _write_package_fast
        genanki.Package([]).write_to_db(conn.cursor(), self.now, ids)
        self._db = (db, conn, ids)

    def add(self, itemset: ItemSet) -> genanki.Deck:
        deck = genanki.Deck(_deck_id(itemset), deck_name(itemset), description=deck_description(itemset))
        for item in itemset.deck_items():  # a card stands alone: the sheet's fit decides no note
            got = note_fields(itemset, item)
            if got is None:
                continue
            key = question_key(item)
            repeat = self.repeats.get(key, 0)
            guid = note_guid(item, repeat)
            if guid in self.seen:
                continue
            self.repeats[key] = repeat + 1
            self.seen.add(guid)
            model, fields = got
            tags = note_tags(itemset, item)
            digest = content_hash(model.model_id, fields, tags)
            old_mod, old_digest = self.previous.get(guid, (None, None))
            if old_mod is not None and old_digest == digest:
                mod = old_mod
            else:
                mod = self.now if old_mod is None else max(self.now, old_mod + 1)
            deck.add_note(_Note(model=model, fields=fields, tags=tags, guid=guid, mod=mod))
        self.decks.append(deck)
        if self._db is not None:
            _, conn, ids = self._db
            deck.write_to_db(conn.cursor(), self.now, ids)
            deck.notes = []
        return deck

    def retire(self) -> list[str]:
        """Carry the question notes of the previous deck that this build no longer makes (their sentence or
        word is gone from the text) with the tag :data:`RETIRED` added and their fields as they were, so the
        learner can find them in Anki (``tag:quizgen::retired``) and delete or keep them; importing never
        deletes a note. Vocabulary notes are shared by every text teaching the word: never retired. Returns
        the GUIDs retired."""
        models = {m.model_id: m for m in MODELS}
        done = []
        for guid, n in sorted(self.old.items()):
            model = models.get(n["mid"])
            if guid in self.seen or model is None or "quizgen::type::vocabulary" in n["tags"] or not self.decks:
                continue
            tags = sorted(set(n["tags"]) | {RETIRED})
            digest = content_hash(model.model_id, n["fields"], tags)
            old_mod, old_digest = self.previous[guid]
            mod = old_mod if old_digest == digest else max(self.now, old_mod + 1)
            self.decks[0].add_note(_Note(model=model, fields=n["fields"], tags=tags, guid=guid, mod=mod))
            self.seen.add(guid)
            done.append(guid)
        return done

    def write(self, path: Path) -> Path:
        """Write every deck added so far, and the retired notes, to ``path`` (not atomically: the caller
        stages it)."""
        self.retire()
        if self._db is None:
            _write_package(genanki.Package(self.decks), Path(path), self.now)
            return Path(path)
        db, conn, ids = self._db
        if self.decks and self.decks[0].notes:  # the retired notes, in the first deck as without streaming
            self.decks[0].write_to_db(conn.cursor(), self.now, ids)
            self.decks[0].notes = []
        conn.commit()
        _zip_collection(db, Path(path))
        return Path(path)


#: Tag of a question note whose question a rebuild no longer makes (see :meth:`DeckBuilder.retire`).
RETIRED = "quizgen::retired"


def _read_previous(apkg: Path) -> dict[str, dict]:
    """GUID → note (as :func:`quizgen.export.anki.dump.read_notes`) of an earlier build; {} when unreadable."""
    try:
        return {n["guid"]: n for n in anki_dump.read_notes(apkg)}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return {}


def previous_notes(apkg: Path) -> dict[str, tuple[int, str]]:
    """GUID → (mod, content hash) of the notes in an earlier build; {} when there is none or it is unreadable
    (it is our own output and about to be replaced, so the only cost is that every note counts as changed)."""
    try:
        notes = anki_dump.read_notes(apkg)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return {}
    return {n["guid"]: (n["mod"], content_hash(n["mid"], n["fields"], n["tags"])) for n in notes}


def write_apkg(itemset: ItemSet, path: Path, *, now: int | None = None, previous: Path | None = None) -> Path:
    """Write the deck of ``itemset`` to ``path`` atomically (temporary file beside it, then rename).

    ``now`` (epoch seconds, default: the clock) stamps new and changed notes; ``previous`` is the earlier
    build whose unchanged notes keep their modification time (default: the file at ``path``).
    """
    path = Path(path)
    builder = DeckBuilder(now=now, previous=previous if previous is not None else path)
    builder.add(itemset)
    with atomic_path(path) as tmp:
        builder.write(Path(tmp))
    return path


def _write_package(package: genanki.Package, target: Path, stamp: int) -> None:
    """Write the package with :func:`_write_package_fast`, or with genanki's own ``Package.write_to_file`` if
    that fails (a genanki release that changed ``Package.write_to_db``): same notes, only slower."""
    try:
        _write_package_fast(package, target, stamp)
    except (AttributeError, TypeError, sqlite3.Error):
        package.write_to_file(str(target), timestamp=stamp)


def _write_package_fast(package: genanki.Package, target: Path, stamp: int) -> None:
    """The collection built by genanki's public ``Package.write_to_db`` and zipped as ``collection.anki2`` with
    an empty ``media`` list, as ``Package.write_to_file`` does, but into an SQLite file without journal or
    fsync, removed afterwards (``write_to_file`` commits each of the ~20 statements of genanki's schema to disk,
    slow on a busy disk, and leaves the file in the temporary folder; docs/benchmarks.md, issue 10). The file is a scratch copy zipped at once, so a crash only loses it."""
    import itertools
    import os
    import tempfile

    fd, db = tempfile.mkstemp(prefix="quizgen-", suffix=".anki2")
    os.close(fd)
    try:
        conn = sqlite3.connect(db)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        _zip_collection(Path(db), target)
    finally:
        os.unlink(db)


def _zip_collection(db: Path, target: Path) -> None:
    """The .apkg of collection ``db``, with an empty ``media`` list (as genanki's ``Package.write_to_file``)."""
    import json

    with zipfile.ZipFile(target, "w") as out:
        out.write(db, "collection.anki2")
        out.writestr("media", json.dumps({}))
