"""Every rule's good and bad examples run as tests, so the documentation cannot drift from the
behaviour; every rule has both kinds.  Edge cases per rule live in tests/rules/cases/<CODE>.yaml::

    flags:            # each flagged, at `match` when given
      - text: "The U.S Joint Chiefs met."
        match: "U.S"
    clean:            # each left alone
      - "The U.S. Joint Chiefs met."
    format: plain     # optional: plain, markdown or html
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newslint.api import load_registry
from newslint.testing import assert_clean, assert_flags

REGISTRY = load_registry()
CASES = Path(__file__).parent / "cases"


def test_registry_loads_without_errors():
    assert not REGISTRY.errors, [str(e) for e in REGISTRY.errors]


def test_catalogue_has_at_least_twenty_rules():
    assert len(REGISTRY.rules) >= 20, [r.code for r in REGISTRY.rules]


@pytest.mark.parametrize("info", REGISTRY.rules, ids=lambda r: r.code)
def test_rule_has_examples_and_docs(info):
    assert info.examples.bad, f"{info.code} has no bad examples"
    assert info.examples.good, f"{info.code} has no good examples"
    assert info.summary


# Rules that need an outside backend (the LanguageTool bridge) run their examples in their own
# tests, against a stand-in server (tests/checks/test_languagetool.py).
OFFLINE = [r for r in REGISTRY.rules if not getattr(r.factory, "needs_backend", False)]
BAD = [pytest.param(r.code, ex, id=f"{r.code}-bad{i}") for r in OFFLINE for i, ex in enumerate(r.examples.bad)]
GOOD = [pytest.param(r.code, ex, id=f"{r.code}-good{i}") for r in OFFLINE for i, ex in enumerate(r.examples.good)]


@pytest.mark.parametrize("code,text", BAD)
def test_bad_example_is_flagged(code, text):
    assert_flags(code, text)


@pytest.mark.parametrize("code,text", GOOD)
def test_good_example_is_clean(code, text):
    assert_clean(code, text)


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        fmt = data.get("format", "plain")
        for i, case in enumerate(data.get("flags", [])):
            case = case if isinstance(case, dict) else {"text": case}
            yield pytest.param(path.stem, "flags", case, fmt, id=f"{path.stem}-flags{i}")
        for i, case in enumerate(data.get("clean", [])):
            case = case if isinstance(case, dict) else {"text": case}
            yield pytest.param(path.stem, "clean", case, fmt, id=f"{path.stem}-clean{i}")


@pytest.mark.parametrize("code,expect,case,fmt", list(_cases()))
def test_case(code, expect, case, fmt):
    if expect == "flags":
        assert_flags(code, case["text"], match=case.get("match"), suggestion=case.get("suggestion"), format=fmt)
    else:
        assert_clean(code, case["text"], format=fmt)
