"""Where the grammar rules look: their trigger words, found once per document and shared.

One regular expression over the lower-cased prose finds every trigger word ("been", "a", "an",
"the", subject pronouns ...); each rule then looks only at its own triggers and the word after
them.  Nothing runs per word in Python, and the costlier questions (is this block English? does
this word start a sentence? is it inside quotation marks?) are asked only about candidates.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ...document.language import OWN_VERDICT_WORDS, EnglishBlocks, english_blocks
from ...document.model import QUOTE
from ...lazyre import lazy
from ...textcase import match_case  # noqa: F401 - re-exported for the grammar rules

TRIGGERS = ("been", "an", "a", "the", "my", "your", "our", "their", "i", "he", "she", "it", "we", "they")
# A trigger word: preceded by a character that cannot be inside a word, followed by a word boundary.
_TRIGGER_RE = lazy(r"[^\w'’\-](%s)\b" % "|".join(TRIGGERS))
SPACES = " \t\u00a0"  # what may stand between a trigger and the next word (``next_word``)
_NEXT_WORD = lazy(r"[ \t\u00a0]+([^\W_]+(?:['’][^\W_]+)*)")
_PREV_WORD = lazy(r"([^\W_]+(?:['’][^\W_]+)*)[ \t\u00a0]+$")
_QUOTE_MARKS = lazy(r"[\"“”]")
_OPENERS = "\"'“‘([{«—–- \t\u00a0"
_CLOSERS = "\"'”’)]}»"
_TERMINATORS = ".!?…:"


@dataclass(slots=True)
class BlockView:
    """A prose block as the grammar rules see it: its trigger words and questions about places."""

    kind: str
    start: int
    end: int
    text: str  # the document's prose (offsets are prose offsets)
    hits: dict[str, list[tuple[int, int]]]
    scan: DocumentScan
    _quoted: list[tuple[int, int]] | None = None

    def next_word(self, end: int) -> tuple[int, int] | None:
        """The word right after position ``end`` when only spaces separate them (same line)."""
        m = _NEXT_WORD.match(self.text, end, self.end)
        return m.span(1) if m else None

    def prev_word(self, start: int) -> tuple[int, int] | None:
        """The word right before position ``start`` when only spaces separate them."""
        m = _PREV_WORD.search(self.text, max(self.start, start - 48), start)
        return m.span(1) if m else None

    def sentence_initial(self, start: int) -> bool:
        """Does the word at ``start`` begin a sentence (or the block, or a line)?"""
        text = self.text
        i = start - 1
        while i >= self.start and text[i] in _OPENERS:
            i -= 1
        if i < self.start or text[i] == "\n":
            return True
        while i > self.start and text[i] in _CLOSERS:
            i -= 1
        return text[i] in _TERMINATORS

    def capitalised_inside(self, start: int) -> bool:
        """The word at ``start`` has a capital but does not start a sentence: a name or a letter."""
        return self.text[start].isupper() and not self.sentence_initial(start)

    def in_quotes(self, pos: int) -> bool:
        if self._quoted is None:
            self._quoted = [(self.start, self.end)] if self.kind == QUOTE else _quoted_spans(self.text, self.start, self.end)
        return any(a <= pos < b for a, b in self._quoted)

    @property
    def english(self) -> bool:
        """False for text in another language (asked only when a rule is about to report)."""
        return self.scan.english.at(self.start)


@dataclass(slots=True)
class DocumentScan:
    """What the views of one document share (the views point here; nothing here points back, so
    the views and the scan are freed without waiting for the cyclic collector)."""

    doc: object
    _english: EnglishBlocks | None = None

    @property
    def english(self) -> EnglishBlocks:
        """Which blocks are English (the grammar rules judge a block alone from 12 words)."""
        if self._english is None:
            self._english = english_blocks(self.doc, OWN_VERDICT_WORDS)
        return self._english


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


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters grow when lower-cased ("İ"): keep offsets aligned
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _scan(doc) -> list[BlockView]:
    prose = doc.prose
    low = _lower(prose)
    found: list[tuple[int, int, str]] = []
    first = _TRIGGER_RE.match(" " + low[:6])  # a trigger at offset 0 has no character before it
    if first:
        found.append((0, first.end(1) - 1, first.group(1)))
    found.extend((m.start(1), m.end(1), m.group(1)) for m in _TRIGGER_RE.finditer(low))
    starts = [a for a, _, _ in found]
    scan = DocumentScan(doc)
    views = []
    for b in doc.blocks:
        hits: dict[str, list[tuple[int, int]]] = {}
        for k in range(bisect_left(starts, b.start), bisect_left(starts, b.end)):
            a, e, w = found[k]
            if e <= b.end:
                hits.setdefault(w, []).append((a, e))
        views.append(BlockView(b.kind, b.start, b.end, prose, hits, scan))
    return views


def blocks(doc, scopes: frozenset[str] | None = None) -> list[BlockView]:
    """The grammar view of every block whose kind is in ``scopes`` (all blocks when None)."""
    views = doc.memo("grammar.scan", lambda: _scan(doc))
    return [b for b in views if scopes is None or b.kind in scopes]


