"""A document the session reads is freed by reference counting once linted, not left in cycles.

A linted document left in reference cycles (document <-> blocks, document <-> its cached
analyses) waits for the cyclic collector, which walks and frees it long after it left the cache:
about 6% of a corpus run.  These tests lint the seeds in every input format with the collector
off and count what the collector would still find."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from newslint.api import Session, lint_text, load_registry
from newslint.config import Config
from newslint.document import read_document
from newslint.engine import Linter

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _as(fmt: str, text: str) -> str:
    if fmt == "markdown":
        return "# Headline\n\n" + text.replace("\n\n", "\n\n- a list item\n\n", 1)
    if fmt == "html":
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        return f"<html><body><h1>Headline</h1>{paras}</body></html>"
    return text


def _garbage_after(lint_once) -> int:
    lint_once()  # data and caches loaded outside the count
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        lint_once()
        return gc.collect()
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_lint_text_leaves_no_cycles(fmt):
    assert SEEDS, "the seeds ship with the repository"
    texts = [_as(fmt, p.read_text(encoding="utf-8")) for p in SEEDS]
    suffix = {"plain": ".txt", "markdown": ".md", "html": ".html"}[fmt]

    def lint_once():
        for t in texts:
            result = lint_text(t, path="draft" + suffix)
            assert result.diagnostics  # the seeds have findings: the rules really ran

    assert _garbage_after(lint_once) == 0


def test_session_files_leave_no_cycles(tmp_path):
    paths = []
    for p in SEEDS:
        dest = tmp_path / p.name
        dest.write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(dest))
    session = Session(isolated=True)

    def lint_once():
        for p in paths:
            assert session.lint_file(p).diagnostics

    assert _garbage_after(lint_once) == 0


def test_a_document_linted_by_a_caller_is_not_released():
    """The caller owns a document it read itself: its analyses stay, a second lint agrees."""
    doc = read_document(SEEDS[0].read_text(encoding="utf-8"), "seed.txt", "plain")
    linter = Linter(Config(), load_registry(()))
    first = linter.lint(doc)
    assert all(b.doc is doc for b in doc.blocks) and doc.memo_values()
    assert linter.lint(doc).diagnostics == first.diagnostics


def test_release_drops_the_analyses_and_the_back_links():
    doc = read_document("Thr first paragraph.\n\nThe second one.\n", "d.txt", "plain")
    Linter(Config(), load_registry(())).lint(doc)
    assert doc.memo_values()
    doc.release()
    assert doc.memo_values() == [] and all(b.doc is None for b in doc.blocks)
