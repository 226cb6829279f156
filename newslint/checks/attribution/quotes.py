"""Quotations in a block: the spans between double quotation marks (straight, curly or guillemets).

Single quotation marks are left out: in English copy they are mostly apostrophes, and headline-style
single quotes rarely carry speech in body text.

A straight mark opens when it follows a space (or a bracket, or the block start) and precedes a
word, and closes when it follows a word.  Quotations that run over several paragraphs leave the
closing mark off every paragraph but the last, and the next paragraph starts with an opening mark;
when paragraphs were joined (scraped copy) that shows as an opening mark inside an open quotation.
Such a quotation is a *continuation*: it belongs to the speaker of the one before it.
"""

from __future__ import annotations

from typing import NamedTuple
from ...lazyre import lazy

_MARKS = lazy(r"[\"“”«»„]")
_OPEN = frozenset("“«„")
_CLOSE = frozenset("”»")
_BEFORE_OPENING = frozenset("([{—–-/")


class Quotation(NamedTuple):
    start: int  # inside the marks, prose offsets
    end: int
    continued: bool  # opened while an earlier quotation was still open (same speaker)
    closed: bool  # ended by a closing mark (not by the end of the block)


def _direction(text: str, pos: int, start: int, end: int) -> str:
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if (before.isspace() or before in _BEFORE_OPENING) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "either"


def quotations(text: str, start: int, end: int) -> list[Quotation]:
    out: list[Quotation] = []
    open_at = -1
    continued = False
    for m in _MARKS.finditer(text, start, end):
        ch = m.group()
        pos = m.start()
        if ch in _OPEN:
            way = "open"
        elif ch in _CLOSE:
            way = "close" if open_at >= 0 or _direction(text, pos, start, end) != "open" else "open"
        else:
            way = _direction(text, pos, start, end)
            if way == "either":
                way = "close" if open_at >= 0 else "open"
        if way == "open":
            if open_at >= 0:
                out.append(Quotation(open_at, pos, continued, False))
                continued = True
            else:
                continued = False
            open_at = pos + 1
        elif open_at >= 0:
            out.append(Quotation(open_at, pos, continued, True))
            open_at = -1
            continued = False
    if 0 <= open_at < end:
        out.append(Quotation(open_at, end, continued, False))
    return out
