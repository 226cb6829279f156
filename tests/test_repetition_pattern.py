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


# -- the gate: neighbouring words of the word index -------------------------------------------------
import _sre  # noqa: E402

from hypothesis import example  # noqa: E402

from newslint.document import read_document  # noqa: E402


def test_str_lower_is_the_regex_engines_lower_case_but_for_dotted_capital_i():
    """The gate compares ``str.lower()`` words; the regex engine compares characters after the simple
    lower-case mapping.  They agree on every character but U+0130 (the gate's fallback covers it and
    the context-dependent final sigma)."""
    differ = [i for i in range(0x110000)
              if len(chr(i).lower()) != 1 or ord(chr(i).lower()) != _sre.unicode_tolower(i)]
    assert differ == [0x130]
    # and a backreference with IGNORECASE compares exactly that way
    pattern = re.compile(r"(.) \1", re.IGNORECASE | re.DOTALL)
    for i in range(0, 0x110000, 7):
        c = chr(i)
        for d in {c.upper(), c.lower(), c.swapcase()}:
            if len(d) == 1:
                same = _sre.unicode_tolower(ord(c)) == _sre.unicode_tolower(ord(d))
                assert (pattern.fullmatch(f"{c} {d}") is not None) == same


def _repeats(text: str, path: str, ignorecase: bool) -> list[tuple[int, int, int, int]]:
    doc = read_document(text, path)
    fast = _REPEAT_I_OR(ignorecase)
    found = [m.span(1) + m.span(2) for b in doc.blocks for m in fast.finditer(doc.prose, b.start, b.end)]
    if found:
        assert repetition.may_repeat(doc, ignorecase), (text, path, found)
    return found


def _REPEAT_I_OR(ignorecase: bool) -> re.Pattern:
    return repetition._REPEAT_I if ignorecase else repetition._REPEAT


GATE_PIECES = PIECES + ["K", "k", "\u212a", "ſ", "s", "S", "ΑΣ", "ας", "ασ", "<p>", "</p>", "<b>", "</b>", "# ",
                        "> ", "&amp;", "\n\n", "the\n\nthe"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=25), st.sampled_from(["a.txt", "a.md", "a.html"]),
       st.booleans())
@example(["the", " ", "the"], "a.txt", True)
@example(["<td>", "the the", "</td><td>", "x", "</td>"], "a.html", True)
@example(["İ", "x", " ", "i", "x"], "a.txt", True)
@example(["\u212a", " ", "k"], "a.txt", True)
@example(["ΑΣ", " ", "ασ"], "a.txt", True)
def test_gate_never_hides_a_repeat(pieces, path, ignorecase):
    _repeats("".join(pieces), path, ignorecase)


def test_gate_lets_known_repeats_through_and_stops_clean_text():
    assert _repeats("Talks will resume in in March.", "a.txt", True)
    assert _repeats("İx ix and \u212a k", "a.txt", True)
    assert _repeats("ΑΣ ασ", "a.txt", True)
    clean = read_document("Budget\n\nThe council approved the budget.\n", "a.txt")
    assert not repetition.may_repeat(clean, True)


def test_gate_lets_a_block_that_ends_inside_a_word_through():
    """No reader cuts a block inside a word today, but a Document may: then the block's last word is
    shorter than the index's word, and only the full scan can tell."""
    from newslint.document import Block, Document, OffsetMap

    prose = "the thex"
    doc = Document(path="a.txt", format="plain", source=prose, prose=prose,
                   offsets=OffsetMap.identity(len(prose)), blocks=[Block("paragraph", 0, 7, 0)])
    assert [m.span() for m in repetition._REPEAT_I.finditer(prose, 0, 7)] == [(0, 7)]
    assert repetition.may_repeat(doc, True)
