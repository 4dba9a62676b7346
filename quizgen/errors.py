"""Typed exceptions. The library raises these; only the CLI turns them into `Error: ...` lines."""
from __future__ import annotations


class QuizgenError(Exception):
    """Base class: something the user can fix. ``str(err)`` is `what went wrong. how to fix it`."""


class InputError(QuizgenError):
    """A text could not be read: missing, empty, binary, undecodable, unsupported type."""


class ConfigError(QuizgenError):
    """An option, override file or config value is invalid."""
