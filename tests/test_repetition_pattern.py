"""The repetition kind's pattern (possessive quantifiers, for speed) finds exactly what the plain
pattern finds: every match, with both groups, case-sensitive and not, and within block limits."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.kinds import repetition

PLAIN = r"(?<![\w\-–/'’])([^\W\d_]+)[ \t]+(\1)(?![\w\-–/'’])"
PIECES = ["the", "The", "THE", "in", "a", "A", "é", "É", "ß", "ss", "İ", "i", "ı", "Σ", "σ", "ς", " ", "  ", "\t",
          "\n", "-", "–", "/", "'", "’", "1", "_", ".", ",", "x"]


def spans(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    return [m.span(1) + m.span(2) for m in pattern.finditer(text, start, end)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.integers(0, 4), st.integers(0, 4))
def test_possessive_pattern_matches_the_plain_one(pieces, cut_start, cut_end):
    text = "".join(pieces)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    for flags, fast in ((0, repetition._REPEAT), (re.IGNORECASE, repetition._REPEAT_I)):
        assert spans(fast, text, start, end) == spans(re.compile(PLAIN, flags), text, start, end)


def test_known_repeats():
    text = "the the The THE in in-house break-in in had had Duran Duran ß ß é É 1 1 a1 a1 x_ x_ it’s s s"
    for flags, fast in ((0, repetition._REPEAT), (re.IGNORECASE, repetition._REPEAT_I)):
        found = spans(fast, text, 0, len(text))
        assert found == spans(re.compile(PLAIN, flags), text, 0, len(text))
        assert found  # the test text has repeats in both modes
