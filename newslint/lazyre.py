"""Regular expressions compiled on first use.

A run defines over a hundred module-level patterns, and on a typical article fewer than two thirds
are ever used: compiling the rest costs a measurable share of a cold start.  ``lazy(pattern, flags)``
returns an object that behaves like the compiled pattern (``.search``, ``.finditer``, ``.sub``,
``.pattern`` ...) and compiles it the first time it is used.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """After the first use of a method (``.finditer``), the compiled pattern's bound method is kept
    on the instance, so later calls cost what they cost on a compiled pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        p = self._compiled
        if p is None:
            p = self._compiled = re.compile(*self._args)
        return p

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self._args[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
