"""A sentence as the attribution analysis sees it: words, the gaps between them, quotation marks."""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import TIME_WORDS
from .places import PLACE_WORDS

# Punctuation that ends a phrase: a subject and its verb never have it between them.
_HARD = frozenset(",;:()[]{}\"“”«»—–!?…")
_CLOSING_QUOTES = frozenset("\"”’»'")
_SUFFIX_COMPOUNDS = ("based", "style", "type", "adjusted", "era", "linked", "owned", "run", "backed", "led")


class Sent:
    """Words of one sentence, with their lower-case forms and whether each is inside a quotation."""

    __slots__ = ("prose", "start", "end", "starts", "ends", "low", "n", "inq", "index", "_cap_runs", "speaker_marks")

    def __init__(
        self, prose: str, start: int, end: int, starts: list[int], ends: list[int], low: list[str],
        quotes: list[tuple[int, int]], index: int,
    ) -> None:
        self.prose = prose
        self.start = start
        self.end = end
        self.starts = starts
        self.ends = ends
        self.low = low
        self.n = len(starts)
        self.index = index
        self.inq = _inside(starts, quotes) if quotes else None
        self._cap_runs: list[int] | None = None
        self.speaker_marks: list[int] | None = None  # attribution.analysis._speaker_marks, once asked

    @classmethod
    def of(cls, prose: str, start: int, end: int, words: list[tuple[int, int]], quotes=(), index: int = 0) -> Sent:
        """A sentence from its word spans (tests and tools; the analysis builds them per block)."""
        return cls(prose, start, end, [a for a, _ in words], [b for _, b in words], [prose[a:b].lower() for a, b in words], list(quotes), index)

    # -- text -------------------------------------------------------------------------------------
    def raw(self, i: int) -> str:
        return self.prose[self.starts[i] : self.ends[i]]

    def gap(self, i: int) -> str:
        """Text before word ``i`` (after word ``i-1``, or from the sentence start); ``i == n`` is the tail."""
        a = self.ends[i - 1] if i > 0 else self.start
        b = self.starts[i] if i < self.n else self.end
        return self.prose[a:b]

    def in_quote(self, i: int) -> bool:
        return self.inq is not None and 0 <= i < self.n and self.inq[i]

    # -- gaps -------------------------------------------------------------------------------------
    def soft(self, i: int) -> bool:
        """Is the gap before word ``i`` a plain space inside a phrase (or an abbreviation's period,
        a hyphen, a possessive apostrophe)?"""
        g = self.gap(i)
        if g == " ":
            return True
        if not g or any(c in _HARD for c in g):
            return False
        s = g.strip()
        if s in ("", "-", "'", "’", "' ", "’ "):
            return True
        if s == "." and i > 0:
            r = self.raw(i - 1)
            return len(r) == 1 and r.isupper()  # U.S. officials
        return False

    def hard(self, i: int) -> bool:
        g = self.gap(i)
        return any(c in _HARD for c in g) or (g.strip() == "." and not self.soft(i))

    def comma_or_quote_before(self, i: int) -> bool:
        g = self.gap(i)
        return "," in g or any(c in _CLOSING_QUOTES for c in g) or "—" in g or " - " in g

    def clause_start(self, i: int) -> bool:
        return i == 0 or any(c in ",;:(\"“—–" for c in self.gap(i))

    # -- word classes -----------------------------------------------------------------------------
    def is_cap(self, i: int) -> bool:
        r = self.prose[self.starts[i]]
        return r.isupper()

    def cap_run_end(self, i: int) -> int:
        """The first word from ``i`` on that is not a capitalised word joined softly to the one
        before it (``i`` itself when word ``i`` is not): the end of a run of names.  Worked out
        for the whole sentence at the first call, so that a sentence of thousands of capitalised
        words (a scraped list with no full stops) is not rescanned for every word that asks."""
        runs = self._cap_runs
        if runs is None:
            runs = [0] * (self.n + 1)
            runs[self.n] = self.n
            for k in range(self.n - 1, -1, -1):
                runs[k] = runs[k + 1] if self.soft(k) and self.is_cap(k) else k
            self._cap_runs = runs
        return runs[i] if i < self.n else self.n

    def possessive(self, i: int) -> bool:
        w = self.low[i]
        if w.endswith(("'s", "’s")):
            return True
        if i + 1 < self.n:
            g = self.gap(i + 1)
            return g.startswith(("'", "’")) and g.strip() in ("'", "’")
        return False

    def stem(self, i: int) -> str:
        w = self.low[i]
        return w[:-2] if w.endswith(("'s", "’s")) else w

    def name_like(self, i: int) -> bool:
        """A capitalised word that names someone: not a place, not a sentence-initial common word,
        not part of an abbreviation like U.S."""
        if not 0 <= i < self.n or not self.is_cap(i):
            return False
        r = self.raw(i)
        stem = self.stem(i)
        if len(r) == 1 or stem in PLACE_WORDS or stem in TIME_WORDS:
            return False
        if i + 1 < self.n and self.gap(i + 1) == "-" and self.low[i + 1] in _SUFFIX_COMPOUNDS:
            return False  # ILO-based figures: a method, not an owner
        if self.clause_start(i) and not _acronym(r):
            return False  # "Chart analysts say": any word is capitalised here
        return True


def _inside(starts: list[int], quotes: list[tuple[int, int]]) -> list[bool]:
    """For each word start, is it inside one of the (sorted, disjoint) quotations?  Marked quotation
    by quotation (two bisections each) rather than word by word: few sentences hold a quotation,
    and those that do hold few."""
    out = [False] * len(starts)
    for a, b in quotes:
        i = bisect_left(starts, a)
        j = bisect_left(starts, b, i)
        out[i:j] = [True] * (j - i)
    return out


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2
