"""Anki export: note types, note fields, the .apkg writer and a canonical dump for tests."""
