"""Document and Block: the prose of one file, cut into blocks, with its map back to the source."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Callable, Iterator

from ..diagnostics import Span
from . import sentences as _sentences
from .lineindex import LineIndex
from .offsetmap import OffsetMap
from .tokens import WORD_SPLIT

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


class WordIndex:
    """Every word of a prose: starts, ends and texts, in order (lower case on demand).

    One C-level split of the prose by the word pattern gives the words and the text between them,
    alternately; the running sum of their lengths gives every offset.  The same words as
    ``WORD_RE.finditer`` (the pattern never matches an empty string), about as fast, and the
    words' texts come free: the rules that read every word take them from here instead of slicing
    the prose once per word each (tests/document/test_word_index.py compares the two)."""

    __slots__ = ("starts", "ends", "texts", "_lows")

    def __init__(self, prose: str) -> None:
        pieces = WORD_SPLIT.split(prose)
        offsets = list(accumulate(map(len, pieces)))
        self.starts = offsets[0::2]
        self.starts.pop()  # the end of the text after the last word
        self.ends = offsets[1::2]
        self.texts = pieces[1::2]
        self._lows: list[str] | None = None

    def lows(self) -> list[str]:
        lows = self._lows
        if lows is None:
            lows = self._lows = list(map(str.lower, self.texts))
        return lows


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
        self._words: WordIndex | None = None
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

    def _word_index(self) -> WordIndex:
        words = self._words
        if words is None:
            words = self._words = WordIndex(self.prose)
        return words

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """``(i, j)``: the words inside ``[start, end)`` are the document's words ``i`` to ``j - 1``
        (see ``word_texts`` and ``word_starts``)."""
        w = self._word_index()
        i = bisect_left(w.starts, start)
        j = bisect_left(w.starts, end, i)
        # words never overlap, so only the last one can run past ``end``
        if j > i and w.ends[j - 1] > end:
            j -= 1
        return i, j

    def words_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """``(start, end)`` of the words inside ``[start, end)`` (a new list each call)."""
        i, j = self.word_range(start, end)
        w = self._word_index()
        return list(zip(w.starts[i:j], w.ends[i:j]))

    # the word index's lists are shared: do not mutate them
    @property
    def word_texts(self) -> list[str]:
        """The text of every word of the prose, in order."""
        return self._word_index().texts

    @property
    def word_lows(self) -> list[str]:
        """Each word's ``str.lower()``, in order.  Where the prose has no 'Σ' (whose lower case
        depends on the letters around it) and no 'İ' (whose lower case is two characters), this is
        also the lower-cased prose sliced at the word's offsets."""
        return self._word_index().lows()

    @property
    def word_starts(self) -> list[int]:
        """The prose offset where each word starts."""
        return self._word_index().starts

    @property
    def word_ends(self) -> list[int]:
        """The prose offset where each word ends."""
        return self._word_index().ends

    @property
    def word_count(self) -> int:
        return len(self._word_index().starts)

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

    def release(self) -> None:
        """Drop the shared analyses and the blocks' links back to this document.

        A document and its blocks point at each other, and most analyses keep the document they
        describe, so without this a linted document is garbage in a reference cycle: it waits for
        the cyclic collector, which walks and frees some 500 objects per article long after they
        left the cache (about 6% of a corpus run's time).  Called on documents the session read
        itself, once their result is built; a released document is not linted again."""
        self._memo.clear()
        self._sentences.clear()
        for b in self.blocks:
            b.doc = None
            b._words = None

    def __repr__(self) -> str:
        return f"<Document {self.path!r} format={self.format} blocks={len(self.blocks)}>"
