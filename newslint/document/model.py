"""Document and Block: the prose of one file, cut into blocks, with its map back to the source."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..diagnostics import Span
from . import sentences as _sentences
from .lineindex import LineIndex
from .offsetmap import OffsetMap
from .tokens import WORD_RE

# Block kinds.  Rules declare the kinds they accept (their scope).
HEADLINE = "headline"
HEADING = "heading"
PARAGRAPH = "paragraph"
QUOTE = "quote"
CAPTION = "caption"
LIST_ITEM = "list-item"
TABLE_CELL = "table-cell"
BLOCK_KINDS = (HEADLINE, HEADING, PARAGRAPH, QUOTE, CAPTION, LIST_ITEM, TABLE_CELL)
# What copy editing looks at by default.
PROSE_KINDS = frozenset(BLOCK_KINDS)


@dataclass(slots=True)
class Block:
    kind: str
    start: int  # prose offsets
    end: int
    index: int
    meta: dict[str, Any] = field(default_factory=dict)
    doc: Document | None = field(default=None, repr=False, compare=False)
    _words: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def text(self) -> str:
        assert self.doc is not None
        return self.doc.prose[self.start : self.end]

    @property
    def sentences(self) -> list[Span]:
        assert self.doc is not None
        return self.doc.sentences_of(self)

    def words(self) -> list[tuple[int, int]]:
        """``(start, end)`` prose offsets of the words of this block (computed once; do not mutate)."""
        words = self._words
        if words is None:
            assert self.doc is not None
            words = self._words = self.doc.words_between(self.start, self.end)
        return words


@dataclass(slots=True)
class Link:
    """A hyperlink found by a reader: the span of its text in prose (empty when it has no text)."""

    start: int
    end: int
    href: str
    source_start: int = -1  # the whole link construct in the source
    source_end: int = -1


class Document:
    """One file: its source, the prose rules see, blocks, metadata and the maps between them."""

    def __init__(
        self,
        *,
        path: str,
        format: str,
        source: str,
        prose: str,
        offsets: OffsetMap,
        blocks: list[Block],
        metadata: dict[str, Any] | None = None,
        links: list[Link] | None = None,
    ) -> None:
        self.path = path
        self.format = format
        self.source = source
        self.prose = prose
        self.offsets = offsets
        self.blocks = blocks
        for i, b in enumerate(blocks):
            b.index = i
            b.doc = self
            b._words = None
        self.metadata: dict[str, Any] = metadata or {}
        self.links: list[Link] = links or []
        self._lines: LineIndex | None = None
        self._sentences: dict[int, list[Span]] = {}
        self._word_starts: list[int] | None = None
        self._word_spans: list[tuple[int, int]] | None = None
        self._memo: dict[Any, Any] = {}

    # -- positions ---------------------------------------------------------------------------
    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.source)
        return self._lines

    def to_source(self, span: Span | tuple[int, int]) -> tuple[int, int]:
        return self.offsets.span_to_source(span[0], span[1])

    # -- text views ----------------------------------------------------------------------------
    def text(self, span: Span | tuple[int, int]) -> str:
        return self.prose[span[0] : span[1]]

    def sentences_of(self, block: Block) -> list[Span]:
        cached = self._sentences.get(block.index)
        if cached is None:
            cached = [Span(a, b) for a, b in _sentences.split(self.prose, block.start, block.end)]
            self._sentences[block.index] = cached
        return cached

    def sentences(self, kinds: frozenset[str] | None = None) -> Iterator[tuple[Block, Span]]:
        for b in self.blocks:
            if kinds is None or b.kind in kinds:
                for s in self.sentences_of(b):
                    yield b, s

    def _index_words(self) -> None:
        spans = [m.span() for m in WORD_RE.finditer(self.prose)]
        self._word_spans = spans
        self._word_starts = [a for a, _ in spans]

    def words_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """``(start, end)`` of the words inside ``[start, end)`` (a new list each call)."""
        if self._word_starts is None:
            self._index_words()
        starts, spans = self._word_starts, self._word_spans
        assert starts is not None and spans is not None
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        # words never overlap, so only the last one can run past ``end``
        if j > i and spans[j - 1][1] > end:
            j -= 1
        return spans[i:j]

    @property
    def word_count(self) -> int:
        if self._word_starts is None:
            self._index_words()
        assert self._word_starts is not None
        return len(self._word_starts)

    def block_at(self, pos: int) -> Block | None:
        lo, hi = 0, len(self.blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            b = self.blocks[mid]
            if b.end <= pos:
                lo = mid + 1
            elif b.start > pos:
                hi = mid
            else:
                return b
        return None

    # -- shared analysis -------------------------------------------------------------------------
    def memo(self, key: Any, factory: Callable[[], Any]) -> Any:
        """Compute ``factory()`` once per document; rules of one family share analyses this way."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = factory()
            return value

    def memo_values(self) -> list[Any]:
        """The analyses computed so far (for facts gathered after the rules ran)."""
        return list(self._memo.values())

    def __repr__(self) -> str:
        return f"<Document {self.path!r} format={self.format} blocks={len(self.blocks)}>"
