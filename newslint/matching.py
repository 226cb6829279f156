"""Phrase lists matched by token lookup, never by one giant regex alternation.

A phrase is split into words with the shared tokenizer; a match is a run of words in the text equal
to the phrase's words, with the same separators between them (whitespace counts as one space, and
an en or em dash as a hyphen: "Advertisement – Scroll to continue" is the table's "advertisement -
scroll to continue").
Lookup is one dict access per word of the text, whatever the number of phrases.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from .document.tokens import WORD_RE

_SPACE = re.compile(r"\s+")


_DASHES = str.maketrans("–—", "--")


def _norm_gap(gap: str) -> str:
    return _SPACE.sub(" ", gap).translate(_DASHES)


class PhraseMatcher:
    __slots__ = ("ignorecase", "_first", "_count")

    def __init__(self, phrases: Iterable[str], ignorecase: bool = True) -> None:
        self.ignorecase = ignorecase
        # first word -> list of (words, gaps, phrase), longest first
        self._first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str]]] = {}
        self._count = 0
        for phrase in phrases:
            self.add(phrase)

    def add(self, phrase: str) -> None:
        spans = [m.span() for m in WORD_RE.finditer(phrase)]
        if not spans:
            raise ValueError(f"phrase {phrase!r} has no words")
        words = tuple(phrase[a:b] for a, b in spans)
        if self.ignorecase:
            words = tuple(w.lower() for w in words)
        gaps = tuple(_norm_gap(phrase[spans[i][1] : spans[i + 1][0]]) for i in range(len(spans) - 1))
        entries = self._first.setdefault(words[0], [])
        entries.append((words, gaps, phrase))
        entries.sort(key=lambda e: -len(e[0]))
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def finditer(
        self, text: str, words: list[tuple[int, int]] | None = None, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, phrase)`` for non-overlapping matches, longest first at each word."""
        if words is None:
            words = [m.span() for m in WORD_RE.finditer(text, start, len(text) if end is None else end)]
        first = self._first
        lower = self.ignorecase
        n = len(words)
        i = 0
        while i < n:
            a, b = words[i]
            w = text[a:b]
            entries = first.get(w.lower() if lower else w)
            if entries:
                for pwords, gaps, phrase in entries:
                    k = len(pwords)
                    if i + k > n:
                        continue
                    ok = True
                    for j in range(1, k):
                        wa, wb = words[i + j]
                        cand = text[wa:wb]
                        if (cand.lower() if lower else cand) != pwords[j]:
                            ok = False
                            break
                        if _norm_gap(text[words[i + j - 1][1] : wa]) != gaps[j - 1]:
                            ok = False
                            break
                    if ok:
                        yield a, words[i + k - 1][1], phrase
                        i += k - 1
                        break
            i += 1
