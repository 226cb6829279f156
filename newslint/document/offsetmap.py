"""Map the prose a rule sees (markup removed) back to source offsets.

A reader builds the prose from *segments*:

* an exact copy of a source range (one prose character per source character);
* a replacement: prose text that stands for a source range of another length (an entity such as
  ``&amp;`` read as ``&``, a CRLF read as ``\\n``, a code span masked as one placeholder);
* an insertion: prose text with no source of its own (a block separator), mapped to one point.

Only spans made of exact copies, or of whole replacements, that are adjacent in the source are
*contiguous*: only for those is a fix safe to apply.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    __slots__ = ("_p", "_pe", "_s", "_se", "_exact", "_identity")

    def __init__(self, segments: list[tuple[int, int, int, int, bool]], identity: bool = False) -> None:
        # segments: (prose_start, prose_end, source_start, source_end, exact), sorted, gap-free
        self._p = [s[0] for s in segments]
        self._pe = [s[1] for s in segments]
        self._s = [s[2] for s in segments]
        self._se = [s[3] for s in segments]
        self._exact = [s[4] for s in segments]
        self._identity = identity

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, length, 0, length, True)], identity=True)

    @property
    def is_identity(self) -> bool:
        return self._identity

    def _seg(self, pos: int, as_end: bool) -> int:
        if as_end:
            # the segment with p < pos <= pe (pos == 0 falls back to the first)
            i = bisect_right(self._p, pos - 1) - 1 if pos > 0 else 0
        else:
            i = bisect_right(self._p, pos) - 1
        return max(0, min(i, len(self._p) - 1))

    def to_source(self, pos: int, as_end: bool = False) -> int:
        if self._identity:
            return pos
        if not self._p:
            return 0
        i = self._seg(pos, as_end)
        if self._exact[i]:
            return self._s[i] + min(max(pos - self._p[i], 0), self._se[i] - self._s[i])
        if as_end:
            return self._se[i] if pos > self._p[i] else self._s[i]
        return self._s[i] if pos < self._pe[i] else self._se[i]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        if self._identity:
            return start, end
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end, as_end=True)

    def is_exact(self, start: int, end: int) -> bool:
        """Is prose ``[start, end)`` a character-for-character copy of its source range?"""
        if self._identity or end <= start:
            return True
        first = self._seg(start, False)
        last = self._seg(end, True)
        for i in range(first, last + 1):
            if not self._exact[i] or (i > first and self._s[i] != self._se[i - 1]):
                return False
        return True

    def is_contiguous(self, start: int, end: int) -> bool:
        """Does prose ``[start, end)`` stand for one unbroken source range, segment by segment?"""
        if self._identity:
            return True
        if end <= start:
            return True
        first = self._seg(start, False)
        last = self._seg(end, True)
        for i in range(first, last + 1):
            if not self._exact[i]:
                # a replacement is safe only when the span covers it whole
                if start > self._p[i] or end < self._pe[i]:
                    return False
            if i > first and self._s[i] != self._se[i - 1]:
                return False
        return True


class ProseBuilder:
    """Accumulates prose text and its segments; readers use it and call :meth:`build`."""

    __slots__ = ("source", "_parts", "_segs", "_len")

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._segs: list[tuple[int, int, int, int, bool]] = []
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def _add(self, text: str, s_start: int, s_end: int, exact: bool) -> None:
        if not text:
            return
        n = len(text)
        segs = self._segs
        if exact and segs:
            p0, pe, s0, se, ex = segs[-1]
            if ex and pe == self._len and se == s_start:
                segs[-1] = (p0, pe + n, s0, s_end, True)
                self._parts.append(text)
                self._len += n
                return
        segs.append((self._len, self._len + n, s_start, s_end, exact))
        self._parts.append(text)
        self._len += n

    def copy(self, s_start: int, s_end: int) -> None:
        """Append ``source[s_start:s_end]`` unchanged."""
        if s_end > s_start:
            self._add(self.source[s_start:s_end], s_start, s_end, True)

    def replace(self, text: str, s_start: int, s_end: int) -> None:
        """Append ``text``, which stands for ``source[s_start:s_end]``."""
        if len(text) == s_end - s_start and self.source[s_start:s_end] == text:
            self.copy(s_start, s_end)
        else:
            self._add(text, s_start, s_end, False)

    def insert(self, text: str, at: int) -> None:
        """Append ``text`` that has no source of its own (it maps to the point ``at``)."""
        self._add(text, at, at, False)

    def endswith(self, suffix: str) -> bool:
        if not self._parts:
            return False
        tail = "".join(self._parts[-3:])
        return tail.endswith(suffix)

    def build(self) -> tuple[str, OffsetMap]:
        prose = "".join(self._parts)
        segs = self._segs
        if len(segs) == 1 and segs[0][4] and segs[0][0] == 0 and segs[0][2] == 0 and len(prose) == len(self.source):
            return prose, OffsetMap.identity(len(prose))
        if not segs:
            return prose, OffsetMap([(0, 0, 0, 0, True)])
        return prose, OffsetMap(segs)
