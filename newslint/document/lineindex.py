"""Offsets to 1-based line/column (code points), computed once per document."""

from __future__ import annotations

import re
from bisect import bisect_right

_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Line starts of a source text.  ``\\n``, ``\\r\\n`` and a lone ``\\r`` end a line.

    The BOM is not part of the source (readers decode with ``utf-8-sig``), so column 1 is the
    first visible character of a line, as editors count it.
    """

    __slots__ = ("_text", "starts")

    def __init__(self, text: str) -> None:
        self._text = text
        self.starts = [0]
        self.starts.extend(m.end() for m in _NEWLINE.finditer(text))

    def __len__(self) -> int:
        return len(self.starts)

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, column)``, both 1-based, of a code-point offset."""
        offset = max(0, min(offset, len(self._text)))
        i = bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """``[start, end)`` of a 1-based line, without its line break."""
        start = self.starts[line - 1]
        if line < len(self.starts):
            end = self.starts[line]
            text = self._text
            if end > start and text[end - 1] == "\n":
                end -= 1
                if end > start and text[end - 1] == "\r":
                    end -= 1
            elif end > start and text[end - 1] == "\r":
                end -= 1
        else:
            end = len(self._text)
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self._text[start:end]

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position`."""
        return self.starts[line - 1] + column - 1
