"""Typed exceptions. The library raises these; only the CLI turns them into `Error: ...` lines."""
from __future__ import annotations


class QuizgenError(Exception):
    """Base class: something the user can fix. ``str(err)`` is `what went wrong. how to fix it`; the CLI
    exits with ``exit_code``."""

    exit_code = 1


class InputError(QuizgenError):
    """A text could not be read: missing, empty, binary, undecodable, unsupported type."""


class ConfigError(QuizgenError):
    """An option, override file or config value is invalid."""


class PathNotFoundError(InputError):
    """An input path given by the user does not exist: a usage error."""

    exit_code = 2


class Stopped(BaseException):
    """The process was asked to stop (Ctrl-C, SIGTERM, SIGHUP). A BaseException like KeyboardInterrupt, so
    that ``except Exception`` does not swallow it, but not one: the CLI framework turns a KeyboardInterrupt
    into a silent exit of its own."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
