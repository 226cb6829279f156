"""The word tokenizer every rule shares."""

from __future__ import annotations

import re

# A word: letters/digits, with internal apostrophes (straight or curly) and internal periods of
# dotted abbreviations kept out (they are punctuation to most rules).  Hyphens split words.
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The same pattern as one group: ``WORD_SPLIT.split(text)`` alternates the text between words and
# the words themselves (Document's word index).
WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")


def iter_words(text: str, start: int = 0, end: int | None = None):
    """Yield ``(start, end)`` of each word in ``text[start:end]``."""
    for m in WORD_RE.finditer(text, start, len(text) if end is None else end):
        yield m.span()


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    return list(iter_words(text, start, end))
