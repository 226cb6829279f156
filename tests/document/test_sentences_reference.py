"""The sentence splitter's fast paths agree with its plain form.

``sentences.py`` scans terminators with a pattern that starts with a character class, returns early
at the end of a block, and searches for the abbreviation before a period from the last space only.
Here the plain form (the first version of the splitter, kept verbatim below) and the module must
split every text the same way."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import read_document
from newslint.document import sentences
from newslint.document.sentences import MAY_BE_FINAL, NEVER_FINAL, SENTENCE_STARTERS

_TERMINATOR = re.compile(r"(?:[.!?]+|…)['\"’”»)\]]*(?=\s|$)")
_ABBREV_BEFORE = re.compile(r"(?:\b|^)((?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]+)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]?([^\W_][\w'’-]*)")


def _is_boundary(text: str, term_start: int, term_end: int, limit: int) -> bool:
    nxt = _NEXT_WORD.match(text, term_end, limit)
    if nxt is None:
        rest = text[term_end:limit].strip()
        return not rest or not rest[0].isalnum()
    first = nxt.group(1)
    lead = first[0]
    punct = text[term_start:term_end]
    if lead.islower():
        return False
    if punct[0] != ".":
        return True
    if punct.startswith(".."):
        return lead.isupper() or lead.isdigit()
    m = _ABBREV_BEFORE.search(text, max(0, term_start - 24), term_start)
    if m:
        word = m.group(1)
        low = word.lower()
        if "." in word:
            if low in ("e.g", "i.e", "cf"):
                return False
            return first.lower() in SENTENCE_STARTERS
        if len(word) == 1 and word.isupper():
            return False
        if word in NEVER_FINAL:
            return False
        if word in MAY_BE_FINAL:
            return first.lower() in SENTENCE_STARTERS
    if lead.isdigit():
        return True
    return lead.isupper() or not lead.isalpha()


def reference_split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    s = start
    for m in _TERMINATOR.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            spans.append((s, m.end()))
            s = m.end()
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


PIECES = [
    " ", "  ", "\n", "\t", ".", "..", "...", "…", "!", "?", "?!", "!!.", "'", '"', "’", "”", "»", ")", "]", "“", "(",
    "U.S", "U.S.", "a.m", "e.g", "i.e", "cf", "J", "Mr", "Gen", "Inc", "Jan", "Calif", "ill", "the", "The", "He",
    "but", "Officials", "x", "A", "3", "2.5", "é", "Über", "_", "-", "abcdefghijklmnopqrstuvwxyz",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_split_agrees_with_reference(pieces, cut_start, cut_end):
    text = "".join(pieces)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    assert sentences.split(text, start, end) == reference_split(text, start, end)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_split_agrees_with_reference_on_any_text(text):
    assert sentences.split(text) == reference_split(text)


def test_split_agrees_with_reference_on_the_seeds():
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        doc = read_document(path.read_text(encoding="utf-8"), str(path))
        for b in doc.blocks:
            assert sentences.split(doc.prose, b.start, b.end) == reference_split(doc.prose, b.start, b.end)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_terminator_pattern_matches_the_plain_alternation(pieces):
    text = "".join(pieces)
    for start in range(0, len(text) + 1, 7):
        fast = [m.span() for m in sentences._TERMINATOR.finditer(text, start)]
        assert fast == [m.span() for m in _TERMINATOR.finditer(text, start)]


TEXTS = [
    "Gen. Mills met Mr. Smith on Jan. 5. They talked.",
    "He arrived at 10 a.m. The meeting began. He arrived at 10 a.m. and left.",
    "Troops left the U.S. The war ended. The U.S. military said so.",
    "Shares of J. P. Morgan rose.\nMr.\nSmith left. See e.g. Smith. No.",
    "Acme Inc. said profits rose. The firm is in Calif. near the coast. He fell ill. Doctors came.",
    "“Why?” she asked. Nobody knew... It fell… Then rose!! “Absolutely not,” Khan said.",
    "x.Mr. Smith (Dr. Who) said.Then U.K. Ministers, i.e. Officials, met Prof. Brown.",
    "averyveryverylongwordthatgoesonandon. The end. abcdefghijklmnopqrstuvwxyzabc. The end.",
]


def test_split_agrees_with_reference_on_known_cases():
    for text in TEXTS:
        for start in range(0, len(text), 5):
            assert sentences.split(text, start) == reference_split(text, start), (text, start)
