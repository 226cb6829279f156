"""Plain text: one paragraph per line, or blank-line paragraphs (hard-wrapped text)."""

from __future__ import annotations

import re

from .model import HEADLINE, LIST_ITEM, PARAGRAPH, Block, Document
from .offsetmap import OffsetMap, ProseBuilder

DIRECTIVE_COMMENT = re.compile(r"<!--\s*newslint-[^>]*?-->")
# A directive comment's start.  Searched on its own (the alternation ``\r|<!--\s*newslint-`` made the
# regex engine try every position; a pattern that starts with a literal is found by a fast search).
_DIRECTIVE_START = re.compile(r"<!--\s*newslint-")
# a list item's marker at the start of its line: a bullet, a dash or a number ("1.", "2)");
# the item keeps it in its text (the Markdown and HTML readers drop theirs)
LIST_MARKER = re.compile(r"(?:[•·▪‣◦*\-–—]|\d{1,3}[.)])\s")


def needs_map(source: str) -> bool:
    """Does the prose differ from the source (a CR, or what may be a directive comment)?"""
    return "\r" in source or _DIRECTIVE_START.search(source) is not None


def build_prose(source: str) -> tuple[str, OffsetMap]:
    """Prose of a plain-text source: CRLF and lone CR read as LF; directive comments removed."""
    if not needs_map(source):
        return source, OffsetMap.identity(len(source))
    b = ProseBuilder(source)
    pos = 0
    for m in re.finditer(r"\r\n|\r|<!--\s*newslint-[^>]*?-->", source):
        if m.start() < pos:
            continue
        b.copy(pos, m.start())
        pos = m.end()
        if m.group().startswith("<!--"):
            # removed from prose; do not leave a double space where it stood
            if b.endswith(" ") or not len(b) or b.endswith("\n"):
                while pos < len(source) and source[pos] in " \t":
                    pos += 1
        else:
            b.replace("\n", m.start(), m.end())
    b.copy(pos, len(source))
    return b.build()


def _is_hard_wrapped(groups: list[list[tuple[int, int]]], prose: str) -> bool:
    """Text wrapped at a fixed width: blank lines separate paragraphs, newlines inside are soft."""
    inner = []
    longest = 0
    for g in groups:
        for a, b in g:
            longest = max(longest, b - a)
        if len(g) > 1:
            inner.extend(b - a for a, b in g[:-1])
    if len(inner) < 3 or longest > 120:
        return False
    wrapped = sum(1 for n in inner if 30 <= n <= 100)
    return wrapped >= 0.8 * len(inner)


def _wrapped_paragraphs(groups: list[list[tuple[int, int]]], prose: str) -> list[tuple[int, int]]:
    """The paragraphs of hard-wrapped text: each group of lines, cut after a line that ends far
    short of the width although the next line's first word would have fitted on it (a line ended
    by hand: "Skip to content" above a story with no blank line between)."""
    # the width from the lines that wrapped, as ``_is_hard_wrapped`` reads them (a one-line
    # paragraph may run longer: a heading, a link)
    width = max(b - a for g in groups for a, b in g[:-1])
    spans = []
    for g in groups:
        start = g[0][0]
        for k in range(len(g) - 1):
            a, b = g[k]
            nxt = prose[g[k + 1][0] : g[k + 1][1]].split(None, 1)
            if nxt and nxt[0][0].islower():
                continue  # a paragraph opens with a capital: "... to 3,997.12 as" / "of 10:35 am ..." goes on
            if (b - a) + 1 + len(nxt[0] if nxt else "") <= SHORT_LINE * width:
                spans.append((start, b))
                start = g[k + 1][0]
        spans.append((start, g[-1][1]))
    return spans


SHORT_LINE = 0.75  # of the width: a wrapped line ends past it (GNU fmt fills lines to about 0.93)


def _strip(prose: str, a: int, b: int) -> tuple[int, int]:
    while a < b and prose[a].isspace():
        a += 1
    while b > a and prose[b - 1].isspace():
        b -= 1
    return a, b


def _kind(text: str) -> str:
    if LIST_MARKER.match(text):
        return LIST_ITEM
    return PARAGRAPH


def read(source: str, path: str = "<text>") -> Document:
    prose, offsets = build_prose(source)
    # non-blank lines, grouped by blank lines
    groups: list[list[tuple[int, int]]] = [[]]
    pos = 0
    for line in prose.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip():
            groups[-1].append((a, b))
        elif groups[-1]:
            groups.append([])
    if not groups[-1]:
        groups.pop()
    blocks: list[Block] = []
    if _is_hard_wrapped(groups, prose):
        spans = _wrapped_paragraphs(groups, prose)
    else:
        spans = [ab for g in groups for ab in g]
    for a, b in spans:
        indent = 0
        while a + indent < b and prose[a + indent] in " \t":
            indent += 1
        sa, sb = _strip(prose, a, b)
        if sb > sa:
            blocks.append(Block(_kind(prose[sa:sb]), sa, sb, len(blocks), {"indent": indent}))
    _mark_headline(blocks, prose)
    return Document(path=path, format="plain", source=source, prose=prose, offsets=offsets, blocks=blocks)


def _mark_headline(blocks: list[Block], prose: str) -> None:
    """The first block is the headline when it is short, has no closing period and text follows."""
    if len(blocks) < 2:
        return
    first = blocks[0]
    if first.kind != PARAGRAPH:
        return
    text = prose[first.start : first.end]
    if len(text.split()) <= 25 and text[-1] not in ".,;:" and "\n" not in text:
        first.kind = HEADLINE
