"""Readers: source text in, :class:`Document` out.  Format from the suffix, or given."""

from __future__ import annotations

from .lineindex import LineIndex
from .model import (
    BLOCK_KINDS,
    CAPTION,
    HEADING,
    HEADLINE,
    LIST_ITEM,
    PARAGRAPH,
    PROSE_KINDS,
    QUOTE,
    TABLE_CELL,
    Block,
    Document,
    Link,
)
from .offsetmap import OffsetMap, ProseBuilder

FORMATS = ("plain", "markdown", "html")
SUFFIXES = {
    ".txt": "plain",
    ".text": "plain",
    "": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def format_for(path: str, default: str = "plain") -> str:
    import os

    return SUFFIXES.get(os.path.splitext(path)[1].lower(), default)


def read_document(source: str, path: str = "<text>", format: str | None = None) -> Document:
    fmt = format or format_for(path)
    if fmt == "markdown":
        from . import markdown

        return markdown.read(source, path)
    if fmt == "html":
        from . import html

        return html.read(source, path)
    from . import plain

    return plain.read(source, path)


__all__ = [
    "BLOCK_KINDS", "CAPTION", "HEADING", "HEADLINE", "LIST_ITEM", "PARAGRAPH", "PROSE_KINDS", "QUOTE",
    "TABLE_CELL", "Block", "Document", "Link", "LineIndex", "OffsetMap", "ProseBuilder", "FORMATS",
    "SUFFIXES", "format_for", "read_document",
]
