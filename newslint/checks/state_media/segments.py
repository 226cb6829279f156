"""Where a label sits in a block: its line, an asterisk footnote ("*The Taliban is ..."), a
parenthesis ("ISIL (a terrorist organization banned in Russia)"), the subject of a formula."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...diagnostics import Span
from ..outlets import table
from ...lazyre import lazy

_PRINCIPAL = lazy(
    r"\b(?:Government|Embassy|Ministry|Consulate|Republic|Kingdom|State\s+of|Emirates?|Sultanate|Principality|"
    r"Federation|Royal|Mission\s+of|Office\s+of\s+the\s+President|Prime\s+Minister)\b"
)


@dataclass(frozen=True)
class Label:
    span: Span  # block-relative until ``find`` shifts it
    family: str  # banned-organisation, foreign-agent, fara, platform, supplement
    footnote: bool = False  # an asterisk footnote (its markers in the text can be found)


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


FOOTNOTE_STAR = lazy(r"(?:^|(?<=\s))\*{1,3}[ \t]?(?=[^\W\d_])", re.M)


def footnote_at(text: str, pos: int, stars: list[int]) -> tuple[int, int] | None:
    """The asterisk footnote segment (from ``*`` to the end of the line) containing ``pos``."""
    ls, le = line_bounds(text, pos)
    best = None
    for s in stars:
        if ls <= s <= pos:
            best = s
    return (best, le) if best is not None else None


def paren_at(text: str, a: int, b: int) -> tuple[int, int] | None:
    ls, le = line_bounds(text, a)
    open_ = text.rfind("(", ls, a)
    if open_ < 0 or text.find(")", open_, a) >= 0:
        return None
    close = text.find(")", b, le)
    if close < 0:
        return None
    return open_, close + 1


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t\r\n":
        b -= 1
    return a, b


def subject_start(text: str, pos: int, floor: int) -> int:
    """Back from ``pos`` (the verb) over at most three words of the subject, within the sentence."""
    seg = text[floor:pos]
    stop = max(seg.rfind(". "), seg.rfind("? "), seg.rfind("! "))
    base = floor + (stop + 2 if stop >= 0 else 0)
    words = list(re.finditer(r"\S+", text[base:pos]))
    return base + words[-3].start() if len(words) >= 3 else base + (words[0].start() if words else 0)


def state_principal(principal: str) -> bool:
    if _PRINCIPAL.search(principal):
        return True
    pm, entries = table.matcher()
    return any(entries[p].outlet is not None and entries[p].outlet.state_affiliated for _, _, p in pm.finditer(principal))
