"""Inline directives, in HTML comments so that they work in Markdown, HTML and plain text alike::

    <!-- newslint-disable TY001 spelling -->   ... <!-- newslint-enable TY001 spelling -->
    <!-- newslint-disable -->                  ... <!-- newslint-enable -->        (every rule)
    <!-- newslint-disable-next-line SP001 -->  the next line (the next non-blank one)
    <!-- newslint-disable-line SP001 -->       the line the comment is on
    <!-- newslint-disable-file TY -->          the whole file

Rules are named as on the command line: a code, a prefix, a category or a name.  ``[sic]`` or
``(sic)`` right after a word silences spelling findings on that word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .document.lineindex import LineIndex

DIRECTIVE = re.compile(
    r"<!--\s*newslint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)-->", re.S
)
SIC = re.compile(r"\s*[\[(]sic[\])]", re.I)
ALL = "*"


@dataclass
class Suppressions:
    """Which codes are off where, in source offsets and lines."""

    file_codes: set[str] = field(default_factory=set)
    line_codes: dict[int, set[str]] = field(default_factory=dict)
    # (start offset, end offset, codes, codes excepted from an "all" range)
    ranges: list[tuple[int, int, frozenset[str], frozenset[str]]] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (line, selector) naming no rule

    def __bool__(self) -> bool:
        return bool(self.file_codes or self.line_codes or self.ranges)

    def suppressed(self, code: str, start: int, line: int) -> bool:
        if ALL in self.file_codes or code in self.file_codes:
            return True
        codes = self.line_codes.get(line)
        if codes and (ALL in codes or code in codes):
            return True
        for a, b, codes, excepted in self.ranges:
            if a <= start < b and (code in codes or (ALL in codes and code not in excepted)):
                return True
        return False


def parse(source: str, lines: LineIndex, resolve: Callable[[str], list[str] | None]) -> Suppressions:
    """Read the directives of ``source``; ``resolve`` turns a selector into rule codes."""
    sup = Suppressions()
    if "newslint-" not in source:
        return sup
    open_codes: dict[str, int] = {}  # code -> start offset of its disable
    open_all: tuple[int, frozenset[str]] | None = None  # (start, codes excepted)

    def codes_of(args: str, line: int) -> set[str]:
        out: set[str] = set()
        for sel in re.split(r"[\s,]+", args.strip()):
            if not sel:
                continue
            hit = resolve(sel)
            if hit is None:
                sup.unknown.append((line, sel))
            else:
                out.update(hit)
        return out if args.strip() else {ALL}

    for m in DIRECTIVE.finditer(source):
        kind, args = m.group(1), m.group(2)
        line, _ = lines.position(m.start())
        codes = codes_of(args, line)
        if kind == "disable-file":
            sup.file_codes |= codes
        elif kind == "disable-line":
            sup.line_codes.setdefault(line, set()).update(codes)
        elif kind == "disable-next-line":
            target = line + 1
            while target <= len(lines) and not lines.line_text(target).strip():
                target += 1
            sup.line_codes.setdefault(target, set()).update(codes)
        elif kind == "disable":
            if ALL in codes:
                if open_all is None:
                    open_all = (m.end(), frozenset())
            else:
                for c in codes:
                    open_codes.setdefault(c, m.end())
        else:  # enable
            if ALL in codes:
                for c, start in open_codes.items():
                    sup.ranges.append((start, m.start(), frozenset({c}), frozenset()))
                open_codes.clear()
                if open_all is not None:
                    sup.ranges.append((open_all[0], m.start(), frozenset({ALL}), open_all[1]))
                    open_all = None
            else:
                for c in codes:
                    if c in open_codes:
                        sup.ranges.append((open_codes.pop(c), m.start(), frozenset({c}), frozenset()))
                if open_all is not None:
                    # enabling some rules inside a disable-all: the rest stay off
                    sup.ranges.append((open_all[0], m.start(), frozenset({ALL}), open_all[1]))
                    open_all = (m.end(), open_all[1] | frozenset(codes))
    end = len(source) + 1
    for c, start in open_codes.items():
        sup.ranges.append((start, end, frozenset({c}), frozenset()))
    if open_all is not None:
        sup.ranges.append((open_all[0], end, frozenset({ALL}), open_all[1]))
    return sup


def followed_by_sic(source: str, end: int) -> bool:
    return SIC.match(source, end) is not None
