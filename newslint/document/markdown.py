"""Markdown: CommonMark block structure (markdown-it-py), front matter as metadata, exact offsets.

markdown-it-py (already required by rich) parses the blocks and inline tokens.  Its tokens carry
line maps but no character offsets, so each inline token is located in the source by a cursor that
only moves forward: the text a token stands for appears, in order, in the source lines its block
covers.  Code spans and images become one placeholder character (U+FFFC) that tokenizers skip;
fenced and indented code, and HTML blocks, are not prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from .model import CAPTION, HEADING, HEADLINE, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, Block, Document, Link
from .offsetmap import ProseBuilder

PLACEHOLDER = "\ufffc"
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)


class FrontMatterError(ValueError):
    pass


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # text_join off: entities and escapes stay separate tokens, so each can be located
    # strikethrough ("~~deleted~~", GFM): struck text is copy an editor deleted, not prose
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def parse_front_matter(source: str) -> tuple[dict[str, Any], int, str | None]:
    """``(metadata, end offset of the front matter, error or None)``."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return {}, 0, None
    body = m.group(2)
    if m.group(1) == "+++":
        try:
            try:
                import tomllib  # type: ignore[import-not-found]
            except ModuleNotFoundError:  # Python 3.10
                import tomli as tomllib  # type: ignore[no-redef]
            data = tomllib.loads(body)
        except Exception as err:  # noqa: BLE001 - any TOML error is the user's input
            return {}, m.end(), f"front matter is not valid TOML: {err}"
    else:
        import yaml

        try:
            data = yaml.safe_load(body) or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            problem = getattr(err, "problem", None) or str(err).splitlines()[0]
            return {}, m.end(), f"front matter is not valid YAML{where}: {problem}"
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping of keys to values"
    return {str(k).lower(): v for k, v in data.items()}, m.end(), None


class _Locator:
    """Maps offsets in an inline token's content to source offsets, line by line."""

    __slots__ = ("content", "starts", "src_starts")

    def __init__(self, content: str, source: str, cursor: int, limit: int) -> None:
        self.content = content
        self.starts: list[int] = []
        self.src_starts: list[int] = []
        pos = 0
        for line in content.split("\n"):
            found = source.find(line, cursor, limit) if line else cursor
            if found < 0:
                found = cursor
            self.starts.append(pos)
            self.src_starts.append(found)
            cursor = found + len(line)
            pos += len(line) + 1

    def src(self, i: int) -> int:
        k = max(bisect_right(self.starts, i) - 1, 0)  # the line holding offset i
        return self.src_starts[k] + (i - self.starts[k])

    @property
    def end(self) -> int:
        return self.src(len(self.content))


def _skip_link_tail(content: str, i: int) -> int:
    """``i`` at the ``]`` closing a link's text: return the offset after ``(url)`` or ``[ref]``."""
    j = content.find("]", i)
    if j < 0:
        return i
    j += 1
    if j < len(content) and content[j] == "(":
        depth = 0
        k = j
        while k < len(content):
            c = content[k]
            if c == "\\":
                k += 2
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return k + 1
            k += 1
        return len(content)
    if j < len(content) and content[j] == "[":
        k = content.find("]", j)
        return k + 1 if k >= 0 else j
    return j


def _emit_inline(token, loc: _Locator, b: ProseBuilder, links: list[Link]) -> None:
    content = loc.content
    ci = 0
    open_links: list[tuple[int, int, str, bool]] = []  # (prose start, src start, href, auto)
    struck = 0  # inside "~~...~~": the text is passed over, not copied
    for child in token.children or ():
        t = child.type
        if struck or t == "s_open":
            struck += (t == "s_open") - (t == "s_close")
            piece = child.markup if t in ("s_open", "s_close") else child.content
            if t in ("softbreak", "hardbreak"):
                piece = "\n"
            pos = content.find(piece, ci) if piece else -1
            if pos >= 0:
                ci = pos + len(piece)
            continue
        if t == "text":
            if not child.content:
                continue
            pos = content.find(child.content, ci)
            if pos < 0:
                continue
            s = loc.src(pos)
            n = len(child.content)
            ci = pos + n
            if b.endswith(" ") or b.endswith("\n"):
                # a junction left by removed markup: do not double the space
                k = 0
                while k < n and child.content[k] == " ":
                    k += 1
                s, n = s + k, n - k
            b.copy(s, s + n)
        elif t == "text_special":
            pos = content.find(child.markup, ci)
            if pos < 0:
                continue
            s = loc.src(pos)
            b.replace(child.content, s, s + len(child.markup))
            ci = pos + len(child.markup)
        elif t == "code_inline":
            pos = content.find(child.markup, ci)
            if pos < 0:
                continue
            close = content.find(child.markup, pos + len(child.markup))
            end = close + len(child.markup) if close >= 0 else len(content)
            b.replace(PLACEHOLDER, loc.src(pos), loc.src(end))
            ci = end
        elif t in ("softbreak", "hardbreak"):
            pos = content.find("\n", ci)
            if pos < 0:
                continue
            b.insert("\n", loc.src(pos))
            ci = pos + 1
        elif t.endswith("_open") and t != "link_open" or t.endswith("_close") and t != "link_close":
            if child.markup:
                pos = content.find(child.markup, ci)
                if pos >= 0:
                    ci = pos + len(child.markup)
        elif t == "link_open":
            auto = child.markup == "autolink"
            pos = content.find("<" if auto else "[", ci)
            if pos < 0:
                pos = ci
            open_links.append((len(b), loc.src(pos), str(child.attrs.get("href", "")), auto))
            ci = pos + 1
        elif t == "link_close":
            if not open_links:
                continue
            p_start, s_start, href, auto = open_links.pop()
            p_end = len(b)
            if auto:
                k = content.find(">", ci)
                ci = k + 1 if k >= 0 else ci
            else:
                ci = _skip_link_tail(content, ci)
            links.append(Link(p_start, p_end, href, s_start, loc.src(ci)))
        elif t == "image":
            pos = content.find("![", ci)
            if pos < 0:
                continue
            end = _skip_link_tail(content, pos + 2)
            b.replace(PLACEHOLDER, loc.src(pos), loc.src(end))
            ci = end
        elif t == "html_inline":
            pos = content.find(child.content, ci)
            if pos >= 0:
                ci = pos + len(child.content)


def read(source: str, path: str = "<text>") -> Document:
    metadata, fm_end, fm_error = parse_front_matter(source)
    text = source
    if fm_end:
        # blank the front matter, keeping its line breaks, so line maps still line up
        text = re.sub(r"[^\r\n]", " ", source[:fm_end]) + source[fm_end:]
    tokens = _parser().parse(text)
    from .lineindex import LineIndex

    lines = LineIndex(source)
    b = ProseBuilder(source)
    blocks: list[Block] = []
    links: list[Link] = []
    containers: list[str] = []
    cursor = 0
    seen_text = False
    heading_level = 0
    ruled = False  # a thematic break ("---") stands above the next block: ``Block.meta["ruled"]``
    for tok in tokens:
        t = tok.type
        if t in ("blockquote_open", "list_item_open", "th_open", "td_open"):
            containers.append(t)
        elif t in ("blockquote_close", "list_item_close", "th_close", "td_close"):
            if containers:
                containers.pop()
        elif t == "heading_open":
            heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "heading_close":
            heading_level = 0
        elif t == "hr":
            ruled = True
        elif t == "inline":
            if tok.map is None:
                continue
            first_line, last_line = tok.map
            start_src = max(cursor, lines.starts[first_line] if first_line < len(lines) else len(source))
            limit = lines.line_span(min(last_line, len(lines)))[1] if last_line >= 1 else len(source)
            loc = _Locator(tok.content, source, start_src, max(limit, start_src))
            if blocks:
                b.insert("\n\n", start_src)
            p_start = len(b)
            _emit_inline(tok, loc, b, links)
            cursor = max(cursor, loc.end)
            p_end = len(b)
            if heading_level:
                kind = HEADLINE if heading_level == 1 and not seen_text else HEADING
            elif containers and containers[-1] in ("th_open", "td_open"):
                kind = TABLE_CELL
            elif "list_item_open" in containers:
                kind = LIST_ITEM
            elif "blockquote_open" in containers:
                kind = QUOTE
            else:
                kind = PARAGRAPH
            if p_end > p_start:
                meta: dict = {"level": heading_level} if heading_level else {}
                if ruled:
                    meta["ruled"] = True
                blocks.append(Block(kind, p_start, p_end, len(blocks), meta))
                seen_text = True
                ruled = False
    prose, offsets = b.build()
    blocks = [_trim(blk, prose) for blk in blocks]
    blocks = [blk for blk in blocks if blk.end > blk.start]
    _caption_blocks(blocks, prose)
    if fm_error:
        metadata["_error"] = fm_error
    return Document(
        path=path, format="markdown", source=source, prose=prose, offsets=offsets, blocks=blocks,
        metadata=metadata, links=links,
    )


def _trim(blk: Block, prose: str) -> Block:
    a, e = blk.start, blk.end
    while a < e and prose[a].isspace():
        a += 1
    while e > a and prose[e - 1].isspace():
        e -= 1
    blk.start, blk.end = a, e
    return blk


def _caption_blocks(blocks: list[Block], prose: str) -> None:
    """A paragraph that is only emphasis after an image is a caption; kept simple on purpose."""
    for blk in blocks:
        if blk.kind == PARAGRAPH and prose[blk.start : blk.end].startswith(PLACEHOLDER):
            rest = prose[blk.start + 1 : blk.end].strip()
            if rest:
                blk.kind = CAPTION
