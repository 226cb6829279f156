"""YAML rule kinds: behaviour shared by every rule of a kind."""

from __future__ import annotations

from newslint import config as cfg
from newslint.api import load_registry
from newslint.config import Config
from newslint.document import read_document
from newslint.engine import Linter


def _rule(code: str):
    linter = Linter(cfg.with_overrides(Config(), select=[code]), load_registry())
    [(info, rule)] = linter.rules
    return linter, rule


def test_existence_requires_gates_the_whole_document_once(monkeypatch):
    """A rule with ``requires`` looks at no block of a document that holds none of its literals
    (one scan of the text instead of one per block), and still finds them where they are."""
    linter, rule = _rule("TY016")
    calls = []
    original = rule.check_block

    def spy(block, ctx):
        calls.append(block.index)
        return original(block, ctx)

    monkeypatch.setattr(rule, "check_block", spy)
    clean = read_document("Budget\n\nThe vote passed.\n\nThe mayor - and the council - agreed.\n", "a.txt")
    assert list(rule.check(clean, linter.context)) == []
    assert calls == []
    dashed = read_document("Budget\n\nThe vote passed.\n\nThe vote -- the first in years -- passed.\n", "b.txt")
    found = list(rule.check(dashed, linter.context))
    assert [dashed.prose[f.span.start : f.span.end].strip() for f in found] == ["--", "--"]
    assert calls  # the blocks were looked at
