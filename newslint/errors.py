"""Errors that end up as one line on stderr: ``newslint: error: <file>: <problem>``."""

from __future__ import annotations


class NewslintError(Exception):
    """Base class; ``str()`` is the one-line message, naming the file when there is one."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(NewslintError):
    """A file that cannot be read as text: missing, unreadable, binary, wrong encoding."""


class ConfigError(NewslintError):
    """A configuration file or option that is malformed."""


class RuleError(NewslintError):
    """A rule definition (YAML file, plugin) that is malformed or fails to load."""


class UsageError(NewslintError):
    """A command-line usage problem found after click parsed the arguments."""
