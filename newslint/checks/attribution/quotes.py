"""Quotations in a block: the spans between double quotation marks (straight, curly or guillemets).

Single quotation marks are left out: in English copy they are mostly apostrophes, and headline-style
single quotes rarely carry speech in body text.  A straight quote opens or closes by position; an
unclosed quotation runs to the end of the block (the convention for a quote that continues in the
next paragraph).
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[\"“”«»„]")
_OPEN = frozenset("“«„")
_CLOSE = frozenset("”»")


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation's inside (marks excluded), in prose offsets."""
    out: list[tuple[int, int]] = []
    open_at = -1
    for m in _MARKS.finditer(text, start, end):
        ch = m.group()
        pos = m.start()
        if ch in _OPEN:
            if open_at < 0:
                open_at = pos + 1
            continue
        if ch in _CLOSE:
            if open_at >= 0:
                out.append((open_at, pos))
                open_at = -1
            elif _opens_here(text, pos, start, end):  # ” used as an opening mark
                open_at = pos + 1
            continue
        # straight quote: opens after a space or the start, closes otherwise
        if open_at < 0:
            open_at = pos + 1
        else:
            out.append((open_at, pos))
            open_at = -1
    if open_at >= 0 and open_at < end:
        out.append((open_at, end))
    return out


def _opens_here(text: str, pos: int, start: int, end: int) -> bool:
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    return (before.isspace() or before in "([") and after.isalnum()
