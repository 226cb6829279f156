"""The words of each prose block, computed once per document and shared by the grammar rules.

Each rule looks only at the positions of its trigger words ("been", "a", "an", pronouns), found
in one pass over the block; nothing scans the text with a regular expression per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...document.model import QUOTE

# Words whose positions the grammar rules ask for (lower case, straight apostrophes).
TRIGGERS = frozenset({"been", "a", "an", "i", "he", "she", "it", "we", "they", "you"})
_QUOTE_MARKS = re.compile(r"[\"“”]")
# Frequent English words that other languages rarely write ("a", "in", "was", "as", "he" and "an"
# are Spanish, Portuguese, German or Italian words too).  English prose has about a quarter of its
# words in this set; Portuguese, German or Indonesian text under a twentieth.
ENGLISH_MARKERS = frozenset(
    """the of and to is that with for this are have has been which would their they said from it by be
    not were on at she his her we you there what who but had also about after""".split()
)
MIN_ENGLISH_SHARE = 0.05
OWN_VERDICT_WORDS = 12  # blocks shorter than this take the document's verdict


@dataclass(slots=True)
class BlockWords:
    kind: str
    text: str  # the whole prose of the document (offsets are prose offsets)
    starts: list[int]
    ends: list[int]
    lower: list[str]  # lower case, curly apostrophes made straight
    sentence_initial: set[int]  # indexes of words that start a sentence
    quoted: list[tuple[int, int]]  # spans inside quotation marks (and the whole of quote blocks)
    english: bool = True  # False for text in another language: grammar rules skip it
    where: dict[str, list[int]] = field(default_factory=dict)  # trigger word -> indexes

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1``."""
        return self.text[self.ends[i] : self.starts[i + 1]]

    def spaced(self, i: int) -> bool:
        """Words ``i`` and ``i + 1`` are separated by spaces only (same line, no punctuation)."""
        if i + 1 >= len(self.starts):
            return False
        g = self.text[self.ends[i] : self.starts[i + 1]]
        return bool(g) and g.strip(" \t\u00a0") == ""

    def is_capitalised_inside(self, i: int) -> bool:
        """Word ``i`` starts with a capital and does not start a sentence (a name, a letter)."""
        return self.text[self.starts[i]].isupper() and i not in self.sentence_initial

    def in_quotes(self, i: int) -> bool:
        pos = self.starts[i]
        return any(a <= pos < b for a, b in self.quoted)

    def after(self, i: int) -> str:
        """The character right after word ``i`` ('' at the end of the text)."""
        end = self.ends[i]
        return self.text[end] if end < len(self.text) else ""


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    open_at = -1
    for m in _QUOTE_MARKS.finditer(text, start, end):
        ch = m.group()
        if ch == "“" or (ch == '"' and open_at < 0):
            if open_at < 0:
                open_at = m.start()
        elif open_at >= 0:
            spans.append((open_at, m.end()))
            open_at = -1
    if open_at >= 0:  # an unclosed quotation runs to the end of the paragraph
        spans.append((open_at, end))
    return spans


def _analyse_block(block) -> BlockWords:
    doc = block.doc
    text = doc.prose
    spans = block.words()
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    lower = [text[a:b].lower().replace("’", "'") for a, b in spans]
    initial: set[int] = set()
    if spans:
        k = 0
        for s in block.sentences:
            while k < len(starts) and starts[k] < s.start:
                k += 1
            if k < len(starts) and starts[k] < s.end:
                initial.add(k)
    quoted = [(block.start, block.end)] if block.kind == QUOTE else _quoted_spans(text, block.start, block.end)
    where: dict[str, list[int]] = {}
    for i, w in enumerate(lower):
        if w in TRIGGERS:
            where.setdefault(w, []).append(i)
    return BlockWords(block.kind, text, starts, ends, lower, initial, quoted, where=where)


def _english_share(lower: list[str]) -> float:
    return sum(1 for w in lower if w in ENGLISH_MARKERS) / len(lower) if lower else 0.0


def _analyse(doc) -> list[BlockWords]:
    blocks = [_analyse_block(b) for b in doc.blocks]
    total = sum(len(bw.lower) for bw in blocks)
    doc_english = total == 0 or sum(_english_share(bw.lower) * len(bw.lower) for bw in blocks) / total >= MIN_ENGLISH_SHARE
    for bw in blocks:
        if len(bw.lower) >= OWN_VERDICT_WORDS:
            bw.english = _english_share(bw.lower) >= MIN_ENGLISH_SHARE
        else:
            bw.english = doc_english
    return blocks


def block_words(doc, scopes: frozenset[str] | None = None) -> list[BlockWords]:
    """The words of every English block whose kind is in ``scopes`` (all blocks when None)."""
    blocks = doc.memo("grammar.words", lambda: _analyse(doc))
    return [bw for bw in blocks if bw.english and (scopes is None or bw.kind in scopes)]


def match_case(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
