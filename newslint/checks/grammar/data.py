"""The grammar family's data files (``newslint/data/participles.txt``, ``articles.txt``), loaded on
first use, once per process.  See ``newslint/data/build_grammar.py`` for where they come from."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str):
    text = resources.files("newslint.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line


@lru_cache(maxsize=1)
def participles() -> dict[str, tuple[str, ...]]:
    """Verb base form -> its past participles, first the one to suggest: ``blame -> (blamed,)``."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _lines("participles.txt"):
        base, _, forms = line.partition(" ")
        table[base] = tuple(forms.split("/"))
    return table


@lru_cache(maxsize=1)
def article_sounds() -> dict[str, str]:
    """Words whose first sound disagrees with their first letter: ``c`` (a university),
    ``v`` (an hour) or ``x`` (either)."""
    table: dict[str, str] = {}
    for line in _lines("articles.txt"):
        cls, _, words = line.partition(" ")
        for w in words.split():
            table[w] = cls
    return table
