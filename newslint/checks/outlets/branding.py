"""Outlet branding left in copied text: logo alt text ("- Sputnik International, 1920"), a line that
is only an outlet's name, and photo credits ("© Sputnik / Name").  Shared by the publisher finder
and the state-media family."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...diagnostics import Span
from . import table
from ...lazyre import lazy

_NAME = r"(?P<brand>[A-Z][\w’'&.]*(?:[ \t]+[A-Z][\w’'&.]*){0,3})"
# "- Sputnik International, 1920" or "...caption text  - Sputnik International, 1920, 09.08.2021"
_LOGO = lazy(rf"(?:^|(?<=\s))[-–—|•·][ \t]*{_NAME}[ \t]*(?:,[ \t]*\d[\d.:/]*)+[ \t]*$", 0)
# a line that is only a name: "RT", "Sputnik International", "© Xinhua"
_LINE = lazy(rf"^[ \t]*(?:[-–—|•·©][ \t]*)?{_NAME}[ \t]*[.]?[ \t]*$", re.M)
# photo and video credits: "© Sputnik / Alexei Druzhinin", "Photo: RIA Novosti"
_CREDIT = lazy(
    rf"(?:^|(?<=\s))(?:©|\(c\)|Photo(?:graph)?[ \t]*:|Image[ \t]*:|Video[ \t]*:|Credit[ \t]*:)[ \t]*{_NAME}[ \t]*(?=/|\||$)",
    re.M,
)


@dataclass(frozen=True)
class Brand:
    span: Span  # the whole branding string, prose offsets
    outlet: table.Outlet
    kind: str  # "logo", "line" or "credit"


def _resolve(name: str) -> table.Outlet | None:
    found = table.lookup_name(name)
    return found[0] if len(found) == 1 else None


def _line_brands(line: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, brand, kind)`` in one line; cheap tests first, the regexes only on candidates."""
    out = []
    stripped = line.rstrip()
    if stripped[-1:].isdigit():
        m = _LOGO.search(line)
        if m:
            out.append((m.start(), m.end(), m.group("brand"), "logo"))
    if "©" in line or ":" in line or "(c)" in line:
        for m in _CREDIT.finditer(line):
            out.append((m.start(), m.end(), m.group("brand"), "credit"))
    if len(stripped) <= 80 and not out:
        m = _LINE.match(line)
        if m:
            out.append((m.start(), m.end(), m.group("brand"), "line"))
    return out


def find(doc) -> list[Brand]:
    out: list[Brand] = []
    prose = doc.prose
    for block in doc.blocks:
        text = prose[block.start : block.end]
        offset = block.start
        for line in text.split("\n"):
            for a, b, name, kind in _line_brands(line):
                outlet = _resolve(name)
                if outlet is not None:
                    while a < b and line[a].isspace():
                        a += 1
                    out.append(Brand(Span(offset + a, offset + b), outlet, kind))
            offset += len(line) + 1
    return out


def brands(doc) -> list[Brand]:
    return doc.memo("outlets.branding", lambda: find(doc))
