"""Helpers for rule authors' tests (newslint's own and third-party packs)::

    from newslint.testing import assert_flags, assert_clean

    def test_flags_us_without_period():
        assert_flags("TY001", "The U.S Joint Chiefs met.", match="U.S")

    def test_leaves_us_alone():
        assert_clean("TY001", "The U.S. Joint Chiefs met.")
"""

from __future__ import annotations

from typing import Sequence

from .config import Config
from .diagnostics import Diagnostic


def findings(rule: str, text: str, *, format: str = "plain", config: Config | None = None) -> list[Diagnostic]:
    """Diagnostics of one rule (code or name) on ``text``; the rule runs even if off by default."""
    from .api import lint_text, load_registry

    info = load_registry(tuple((config or Config()).rule_dirs)).get(rule)
    if info is None:
        raise AssertionError(f"no rule {rule!r} is registered")
    path = {"plain": "example.txt", "markdown": "example.md", "html": "example.html"}[format]
    result = lint_text(text, path=path, format=format, config=config, select=[info.code])
    if result.error:
        raise AssertionError(f"linting failed: {result.error}")
    return [d for d in result.diagnostics if d.code == info.code]


def assert_flags(
    rule: str, text: str, *, match: str | None = None, count: int | None = None, format: str = "plain",
    config: Config | None = None, suggestion: str | None = None,
) -> list[Diagnostic]:
    """``rule`` flags ``text`` (at ``match`` when given, ``count`` times when given)."""
    found = findings(rule, text, format=format, config=config)
    assert found, f"{rule} did not flag {text!r}"
    if match is not None:
        spans = [text[d.start : d.end] for d in found]
        assert any(match in s or s in match for s in spans), f"{rule} flagged {spans}, not {match!r}, in {text!r}"
    if count is not None:
        assert len(found) == count, f"{rule} flagged {len(found)} times, expected {count}: {[d.message for d in found]}"
    if suggestion is not None:
        assert any(suggestion in d.suggestions for d in found), f"{rule} suggested {[d.suggestions for d in found]}, not {suggestion!r}"
    return found


def assert_clean(rule: str, text: str, *, format: str = "plain", config: Config | None = None) -> None:
    found = findings(rule, text, format=format, config=config)
    assert not found, f"{rule} flagged {text!r}: " + "; ".join(f"{d.line}:{d.column} {d.message}" for d in found)


def assert_examples(rule: str, bad: Sequence[str], good: Sequence[str]) -> None:
    for text in bad:
        assert_flags(rule, text)
    for text in good:
        assert_clean(rule, text)
