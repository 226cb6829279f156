"""Readers map every span of prose back to the exact source range, in every format.

For every word of the prose: when it is an exact copy, ``source[mapped] == prose[span]``; when it
holds a decoded entity, the mapped source decodes to it.  Line and column are 1-based code points of
the original file, with CRLF, BOM, tabs, emoji and combining characters."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.api import decode, lint_text
from newslint.document import read_document
from newslint.document.lineindex import LineIndex
from newslint.document.tokens import WORD_RE


def assert_roundtrip(source: str, path: str) -> None:
    doc = read_document(source, path)
    prose = doc.prose
    # every character: an exact copy maps to itself; a replacement maps to source that decodes to it
    for i, ch in enumerate(prose):
        sa, sb = doc.to_source((i, i + 1))
        assert 0 <= sa <= sb <= len(source)
        if doc.offsets.is_exact(i, i + 1):
            assert source[sa:sb] == ch, (path, i, ch, source[sa:sb])
        elif sa == sb:
            assert ch.isspace(), (path, i, ch)  # a separator the reader inserted
        else:
            raw = source[sa:sb]
            decoded = html.unescape(raw).replace("\r\n", "\n").replace("\r", "\n")
            assert ch in decoded or ch.isspace() and decoded.isspace() or ch == "\ufffc", (path, i, ch, raw)
    # every word maps to an ordered, non-empty source range that contains its first and last character
    for m in WORD_RE.finditer(prose):
        a, b = m.span()
        sa, sb = doc.to_source((a, b))
        assert sa < sb
        if doc.offsets.is_exact(a, b):
            assert source[sa:sb] == prose[a:b]
    for block in doc.blocks:
        sa, sb = doc.to_source(block.span)
        assert sa < sb


SAMPLES = {
    "plain.txt": "Headline here\n\nThe council approved the budget.\nThe mayor said: “Good.”\n",
    "crlf.txt": "Headline here\r\n\r\nThe café\tsits near e\u0301 the U.S Joint.\r\nSecond para.\r\n",
    "emoji.txt": "Fans 👩‍👩‍👧 cheered 🎉 the U.S Joint team.\n",
    "doc.md": (
        "---\ntitle: A title\nurl: https://example.com/x\n---\n# Big *news* today\n\nSome **bold** and `code` "
        "text &amp; \\*esc\\* [a link](http://x.com \"t\") and ![img](a.png)\nsecond line.\n\n> quoted line\n> continues\n\n"
        "- item one\n- item two\n\n```\nnot prose\n```\n\n| a | b |\n|---|---|\n| cell one | cell two |\n"
    ),
    "crlf.md": "# Head *x*\r\n\r\nPara with `code` and [link](u) &amp; more\r\nnext line.\r\n",
    "page.html": (
        "<html><head><title>T</title><script>var x='<p>no</p>';</script></head><body><h1>Head &amp; more</h1>"
        "<p>First   para with <a href='x'>a link</a> and&nbsp;nbsp &#8220;quoted&#x201D;.</p>"
        "<ul><li>one</li><li>two <b>bold</b></li></ul><footer><p>© 2024 The Paper</p></footer></body></html>"
    ),
    "crlf.html": "<p>Caf&eacute; &amp; bar</p>\r\n<p>Line\r\n two</p>",
}


@pytest.mark.parametrize("path", sorted(SAMPLES))
def test_every_word_maps_back(path):
    assert_roundtrip(SAMPLES[path], path)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", "café", "e\u0301", "👩‍👩‍👧", "U.S", "\t", " ", "\r\n", "\n", "\n\n", ".", "“", "”", "&amp;"]), max_size=40))
def test_roundtrip_random_plain(parts):
    assert_roundtrip("".join(parts), "random.txt")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", "*em*", "`code`", "[link](u)", "&amp;", "\n", "\n\n", "# ", "- ", "> ", "é", "\r\n", " ", "~~", "~~struck~~"]), max_size=40))
def test_roundtrip_random_markdown(parts):
    assert_roundtrip("".join(parts), "random.md")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", "<p>", "</p>", "<b>", "</b>", "&amp;", "&eacute;", "\n", "  ", "<br>", "<script>x</script>", "é", "<del>", "</del>", "<s>x</s>"]), max_size=40))
def test_roundtrip_random_html(parts):
    assert_roundtrip("".join(parts), "random.html")


def _col(source: str, needle: str) -> tuple[int, int]:
    idx = source.index(needle)
    return LineIndex(source).position(idx)


@pytest.mark.parametrize(
    "path,source",
    [
        ("crlf.txt", "Headline here\r\n\r\nThe chairman of the U.S Joint Chiefs.\r\n"),
        ("tabs.txt", "Head\n\n\tThe chairman of the U.S Joint Chiefs.\n"),
        ("emoji.txt", "Head\n\n👩‍👩‍👧 e\u0301 The chairman of the U.S Joint Chiefs.\n"),
        ("doc.md", "---\ntitle: x\n---\n# Head\n\nThe *chairman* of the `x` U.S Joint Chiefs.\n"),
        ("crlf.md", "# Head\r\n\r\n> The chairman of the\r\n> U.S Joint Chiefs.\r\n"),
        ("page.html", "<html><body>\n<h1>Head</h1>\n<p>The <b>chairman</b> of the\n   U.S Joint Chiefs.</p></body></html>"),
    ],
)
def test_finding_line_and_column(path, source):
    result = lint_text(source, path=path, select=["TY001"])
    [d] = result.diagnostics
    assert (d.line, d.column) == _col(source, "U.S Joint")
    assert (d.end_line, d.end_column) == (d.line, d.column + 3)
    assert source[d.start : d.end] == "U.S"


def test_bom_is_not_a_column():
    text = decode("\ufeffThe U.S Joint Chiefs.".encode("utf-8"), "bom.txt")
    [d] = lint_text(text, path="bom.txt", select=["TY001"]).diagnostics
    assert (d.line, d.column) == (1, 5)


def test_markdown_front_matter_is_metadata_not_prose():
    doc = read_document("---\ntitle: Hello\nurl: https://ibtimes.com/a\npublisher: IBTimes\n---\nBody text.\n", "a.md")
    assert doc.metadata["title"] == "Hello"
    assert doc.metadata["url"] == "https://ibtimes.com/a"
    assert doc.metadata["publisher"] == "IBTimes"
    assert "title" not in doc.prose and "Body text." in doc.prose


def test_markdown_code_is_not_prose():
    doc = read_document("Text `teh code` here.\n\n```\nteh fence\n```\n\n    teh indented\n", "a.md")
    assert "teh" not in doc.prose


@pytest.mark.parametrize(
    "path, source",
    [
        ("a.md", "The council ~~teh approved~~ rejected the plan.\n"),
        ("b.md", "The council ~~teh [approved](https://x.example)\nthe~~ rejected the plan.\n"),
        ("c.html", "<p>The council <del>teh approved</del> rejected the plan.</p>"),
        ("d.html", "<p>The council <s>teh</s> <strike>approved</strike> rejected the plan.</p>"),
    ],
)
def test_struck_text_is_deleted_copy_not_prose(path, source):
    doc = read_document(source, path)
    assert "teh" not in doc.prose and "approved" not in doc.prose
    assert " ".join(doc.prose.split()) == "The council rejected the plan."
    assert_roundtrip(source, path)
    assert lint_text(source, path=path, select=["SP001"]).diagnostics == []


def test_a_single_tilde_is_text():
    doc = read_document("It costs ~5 dollars, or ~4 pounds.\n", "a.md")
    assert doc.prose.strip() == "It costs ~5 dollars, or ~4 pounds."


def test_html_scripts_styles_removed_entities_decoded():
    doc = read_document("<style>p{}</style><p>Marks &amp; Spencer&#8217;s <script>bad()</script>shares</p>", "a.html")
    assert doc.prose.strip() == "Marks & Spencer’s shares"


def test_html_metadata():
    doc = read_document('<html><head><title>T</title><meta property="og:site_name" content="Sputnik International"></head><body><p>x</p></body></html>', "a.html")
    assert doc.metadata == {"title": "T", "publisher": "Sputnik International"}


def test_invalid_front_matter_is_reported():
    result = lint_text("---\ntitle: [unclosed\n---\nBody.\n", path="a.md")
    assert result.error and "front matter" in result.error


def test_markdown_offsets_of_a_paragraph_of_many_lines():
    """Each line of a long paragraph maps back to its own line (the line of an offset is found by
    bisection)."""
    from newslint.document import read_document

    lines = [f"> Line {i} has a word." for i in range(400)]  # a quotation: each line loses its "> "
    text = "\n".join(lines) + "\n"
    doc = read_document(text, "many.md")
    assert doc.prose.strip() == "\n".join(line[2:] for line in lines)
    for i in (0, 1, 57, 398, 399):
        word = f"Line {i} "
        start = doc.prose.index(word)
        assert doc.to_source((start, start + len(word)))[0] == text.index(word)
