"""HTML: tags, scripts and styles removed, entities decoded, whitespace collapsed, exact offsets.

Built on the standard library's ``html.parser`` with ``convert_charrefs=False`` so that every piece
of text and every entity arrives with its own position.
"""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser

from .model import CAPTION, HEADING, HEADLINE, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, Block, Document, Link
from .offsetmap import ProseBuilder

# not prose: code and widgets, and struck-through text (copy an editor deleted)
SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "head", "del", "s", "strike"})
BLOCK_TAGS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote figure figcaption section article header
    footer nav aside main table thead tbody tfoot tr td th caption pre address form fieldset legend
    details summary hr br body html title label button""".split()
)
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"})
LANDMARKS = frozenset({"nav", "footer", "header", "aside", "form", "figure", "figcaption", "button", "label"})
_WS = re.compile(r"[ \t\n\r\f]+")


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.b = ProseBuilder(source)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[str] = []
        self.skip_depth = 0
        self.skip_tag = ""
        self.blocks: list[Block] = []
        self.block_start = 0
        self.block_tag = ""
        self.pre = 0
        self.links: list[Link] = []
        self.open_links: list[tuple[int, int, str]] = []
        self.metadata: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1_seen = False
        self.text_seen = False
        self.ruled = False  # an <hr> stands above the next block: ``Block.meta["ruled"]``

    # -- positions -------------------------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # -- blocks ----------------------------------------------------------------------------------
    def _break(self, at: int) -> None:
        b = self.b
        start = self.block_start
        end = len(b)
        if end > start:
            meta: dict = {"tags": self._landmarks()}
            if self.ruled:
                meta["ruled"] = True
                self.ruled = False
            self.blocks.append(Block(self._kind(), start, end, len(self.blocks), meta))
            b.insert("\n\n", at)
            self.text_seen = True
        self.block_start = len(b)

    def _landmarks(self) -> list[str]:
        return sorted({t for t in self.stack if t in LANDMARKS})

    def _kind(self) -> str:
        for tag in reversed(self.stack):
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                if tag == "h1" and not self.h1_seen and not self.text_seen:
                    self.h1_seen = True
                    return HEADLINE
                return HEADING
            if tag == "li":
                return LIST_ITEM
            if tag == "blockquote":
                return QUOTE
            if tag in ("figcaption", "caption"):
                return CAPTION
            if tag in ("td", "th"):
                return TABLE_CELL
        return PARAGRAPH

    # -- parser callbacks ------------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        at = self._offset()
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link":
            a = dict(attrs)
            if (a.get("rel") or "").lower() == "canonical" and a.get("href"):
                self.metadata.setdefault("url", a["href"])
            return
        if tag == "title":
            self.in_title = True
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if tag in SKIP:
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in BLOCK_TAGS:
            self._break(at)
        if tag == "hr":
            self.ruled = True
        if tag == "pre":
            self.pre += 1
        if tag == "a":
            self.open_links.append((len(self.b), at, dict(attrs).get("href") or ""))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        at = self._offset()
        if tag == "title":
            self.in_title = False
            title = " ".join("".join(self.title_parts).split())
            if title:
                self.metadata.setdefault("title", title)
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag == "a" and self.open_links:
            p_start, s_start, href = self.open_links.pop()
            end = self.source.find(">", at)
            self.links.append(Link(p_start, len(self.b), href, s_start, end + 1 if end >= 0 else at))
        if tag in BLOCK_TAGS:
            self._break(at)
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.skip_depth:
            return
        start = self._offset()
        if self.pre:
            self.b.copy(start, start + len(data))
            return
        pos = 0
        for m in _WS.finditer(data):
            if m.start() > pos:
                self.b.copy(start + pos, start + m.start())
            if len(self.b) > self.block_start and not self.b.endswith(" "):
                self.b.replace(" ", start + m.start(), start + m.end())
            pos = m.end()
        if pos < len(data):
            self.b.copy(start + pos, start + len(data))

    def _ref(self, text: str, raw_len: int) -> None:
        if self.in_title:
            self.title_parts.append(text)
        if self.skip_depth:
            return
        start = self._offset()
        if text.isspace() and not self.pre:
            if len(self.b) > self.block_start and not self.b.endswith(" "):
                self.b.replace(" ", start, start + raw_len)
            return
        self.b.replace(text, start, start + raw_len)

    def handle_entityref(self, name):
        start = self._offset()
        raw = "&" + name + (";" if self.source.startswith(";", start + 1 + len(name)) else "")
        self._ref(_html.unescape(raw if raw.endswith(";") else raw + ";"), len(raw))

    def handle_charref(self, name):
        start = self._offset()
        raw = "&#" + name + (";" if self.source.startswith(";", start + 2 + len(name)) else "")
        self._ref(_html.unescape(raw if raw.endswith(";") else raw + ";"), len(raw))

    def _meta(self, a: dict) -> None:
        key = (a.get("property") or a.get("name") or "").lower()
        value = a.get("content")
        if not value:
            return
        mapping = {
            "og:site_name": "publisher",
            "og:url": "url",
            "og:title": "title",
            "author": "author",
            "article:published_time": "date",
            "application-name": "publisher",
        }
        if key in mapping:
            self.metadata.setdefault(mapping[key], value)

    def close_document(self) -> None:
        self.close()
        self._break(len(self.source))


def read(source: str, path: str = "<text>") -> Document:
    r = _Reader(source)
    r.feed(source)
    r.close_document()
    prose, offsets = r.b.build()
    blocks = []
    for blk in r.blocks:
        a, e = blk.start, blk.end
        while a < e and prose[a].isspace():
            a += 1
        while e > a and prose[e - 1].isspace():
            e -= 1
        if e > a:
            blk.start, blk.end = a, e
            blocks.append(blk)
    return Document(
        path=path, format="html", source=source, prose=prose, offsets=offsets, blocks=blocks,
        metadata=r.metadata, links=r.links,
    )
