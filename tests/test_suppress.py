"""Inline directives in Markdown, HTML and plain text, and [sic]."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

LINE = "The U.S Joint Chiefs met the the council."


def codes(text, path="a.txt"):
    return [(d.line, d.code) for d in lint_text(text, path=path, select=["TY001", "TY002"]).diagnostics]


@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html"])
def test_disable_next_line(path):
    wrap = (lambda s: f"<p>{s}</p>") if path.endswith(".html") else (lambda s: s)
    text = "<!-- newslint-disable-next-line TY001 -->\n" + wrap(LINE) + "\n\n" + wrap(LINE) + "\n"
    found = codes(text, path)
    assert (2, "TY001") not in found and (2, "TY002") in found
    assert (4, "TY001") in found


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_disable_enable_block(path):
    text = f"{LINE}\n\n<!-- newslint-disable TY001 -->\n\n{LINE}\n\n<!-- newslint-enable TY001 -->\n\n{LINE}\n"
    found = codes(text, path)
    assert [c for c in found if c[1] == "TY001"] == [(1, "TY001"), (9, "TY001")]


def test_disable_all_then_enable_one():
    text = f"<!-- newslint-disable -->\n{LINE}\n<!-- newslint-enable TY002 -->\n{LINE}\n<!-- newslint-enable -->\n{LINE}\n"
    found = codes(text)
    assert found == [(4, "TY002"), (6, "TY001"), (6, "TY002")]


def test_disable_by_name_prefix_and_category():
    assert codes(f"<!-- newslint-disable-next-line repeated-word -->\n{LINE}\n") == [(2, "TY001")]
    assert codes(f"<!-- newslint-disable-next-line typography -->\n{LINE}\n") == []
    assert codes(f"<!-- newslint-disable-next-line TY00 -->\n{LINE}\n") == []


def test_disable_file_and_disable_line():
    assert codes(f"{LINE}\n<!-- newslint-disable-file TY001 -->\n{LINE}\n") == [(1, "TY002"), (3, "TY002")]
    assert codes(f"{LINE} <!-- newslint-disable-line -->\n{LINE}\n") == [(2, "TY001"), (2, "TY002")]


def test_directive_is_not_prose():
    # the comment itself draws no finding (no double space, no broken text)
    result = lint_text("Budget approved. <!-- newslint-disable-line TY001 --> Mayor pleased.\n", path="a.txt")
    assert result.diagnostics == []


def test_sic_silences_spelling_only():
    from newslint.diagnostics import Finding, Span
    from newslint.engine import Linter
    from newslint.config import Config
    from newslint.registry import Registry
    from newslint.rule import Examples, Rule
    from newslint.document import read_document

    class FakeSpell(Rule):
        code, name, category, summary = "SP901", "fake-spelling", "spelling", "x"
        examples = Examples(bad=["teh"], good=["the"])

        def check_block(self, block, ctx):
            for a, b in block.words():
                if block.doc.prose[a:b] == "teh":
                    yield Finding(Span(a, b), "typo")

    class FakeGrammar(FakeSpell):
        code, name, category = "GR901", "fake-grammar", "grammar"

    linter = Linter(Config(), Registry([FakeSpell.info(), FakeGrammar.info()]))
    doc = read_document("He wrote teh [sic] and teh again, and teh (sic).", "a.txt")
    found = [(d.code, d.column) for d in linter.lint(doc).diagnostics]
    assert found == [("GR901", 10), ("GR901", 24), ("SP901", 24), ("GR901", 39)]
