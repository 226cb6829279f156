"""Reporters: golden outputs for a fixed set of diagnostics, the JSON contract, SARIF against the
OASIS schema, GitHub workflow commands."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from newslint.api import summarize
from newslint.diagnostics import Diagnostic, Fix, Severity, Span
from newslint.engine import FileResult
from newslint.reporters import get_reporter

LINE = "Tensions rose when the chairman of the U.S Joint Chiefs of Staff, openly accused Pakistan."


def fixed_results():
    d1 = Diagnostic(
        path="seeds/a.txt", code="TY001", name="abbreviation-missing-period", category="typography",
        severity=Severity.WARNING, message="'U.S' is missing its final period: write 'U.S.'",
        start=39, end=42, line=2, column=40, end_line=2, end_column=43, suggestions=("U.S.",),
        fix=Fix.replace(Span(39, 42), "U.S."),
    )
    d2 = Diagnostic(
        path="seeds/a.txt", code="RD001", name="long-sentence", category="readability", severity=Severity.INFO,
        message="Sentence has 41 words (limit 40); consider splitting it.", start=0, end=10, line=1, column=1,
        end_line=1, end_column=11,
    )
    ok = FileResult("seeds/a.txt", diagnostics=[d2, d1], lines={1: "Headline here", 2: LINE},
                    facts={"metrics": {"words": 20, "flesch_reading_ease": 50.1, "grade_level": 9.9}, "publisher": None})
    bad = FileResult("seeds/b.bin", error="binary file (NUL byte at byte offset 3); not linted")
    return [ok, bad]


def render(fmt, **options):
    out = io.StringIO()
    rep = get_reporter(fmt, out, **options)
    rep.start()
    results = fixed_results()
    for r in results:
        rep.file(r)
    rep.finish(summarize(results, []), [])
    return out.getvalue()


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt", ["text", "json", "github", "jsonl"])
def test_golden(fmt, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    got = render(fmt, color=False)
    path = GOLDEN / f"output.{fmt}"
    if os.environ.get("NEWSLINT_UPDATE_GOLDEN") == "1":  # regenerate deliberately, then review the diff
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with NEWSLINT_UPDATE_GOLDEN=1 and review it"
    assert got == path.read_text(encoding="utf-8")


def test_json_contract():
    data = json.loads(render("json"))
    assert data["version"] == 1
    f = data["files"][0]
    assert set(f) >= {"path", "publisher", "metrics", "findings"}
    for finding in f["findings"]:
        assert {"code", "name", "category", "severity", "message", "line", "column", "end_line", "end_column", "suggestions"} <= set(finding)
    assert data["summary"]["files"] == 2 and data["summary"]["findings"] == 2
    assert data["summary"]["by_severity"] == {"info": 1, "warning": 1}
    assert data["summary"]["by_category"] == {"readability": 1, "typography": 1}
    assert data["files"][1]["error"].startswith("binary file")


def test_sarif_validates_against_schema(shared_data):
    import jsonschema

    schema = json.loads((shared_data / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    doc = json.loads(render("sarif"))
    jsonschema.Draft4Validator(schema).validate(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert {"startLine": 2, "startColumn": 40, "endLine": 2, "endColumn": 43} .items() <= regions[1].items()
    assert run["invocations"][0]["executionSuccessful"] is False  # the binary file


def test_text_window_never_wider_than_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    out = render("text", color=False)
    snippet = [l for l in out.splitlines() if "│" in l]
    assert snippet and all(len(l) <= 50 for l in snippet)
    line, caret = [l for l in snippet if "U.S" in l][0], [l for l in snippet if "^" in l][-1]
    assert line.index("U.S") == caret.index("^^^")


def test_text_caret_aligns_under_wide_characters(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    from rich.cells import cell_len

    d = Diagnostic(path="x", code="TY001", name="n", category="typography", severity=Severity.WARNING, message="m",
                   start=0, end=0, line=1, column=10, end_line=1, end_column=13)
    res = FileResult("x", diagnostics=[d], lines={1: "中文 👩‍👩‍👧 U.S x"})
    out = io.StringIO()
    rep = get_reporter("text", out, color=False)
    rep.start()
    rep.file(res)
    lines = out.getvalue().splitlines()
    src, caret = lines[1], lines[2]
    assert cell_len(src[: src.index("U.S")]) == cell_len(caret[: caret.index("^")])


_LONG_LINES = [
    "The council met on Tuesday to discuss the budget. " * 4 + "The U.S Joint Chiefs said " + "the plan would go ahead as agreed. " * 5,
    "北京市政府周二表示，" * 6 + "The U.S Joint Chiefs said 中文报道" + "预算将按计划进行。" * 8,
]


@pytest.mark.parametrize("width", [40, 57, 80, 121])
@pytest.mark.parametrize("line", _LONG_LINES)
def test_text_window_of_a_long_line_is_the_widest_that_fits(line, width):
    """The window around the span holds the span, fits the terminal, and the next character of
    the line would not have fitted (a window cut short wastes the editor's context)."""
    from rich.cells import cell_len

    from newslint.reporters.text import snippet

    col = line.index("U.S") + 1
    source, _caret = snippet(line, col, col + 3, 7, width)
    shown = source[1][0]
    room = max(40, width - len("7") - 3 - 1)
    assert "U.S" in shown and cell_len(shown) <= room
    body = shown[1:] if shown.startswith("…") else shown
    body = body[:-1] if body.endswith("…") else body
    lo = line.index(body)
    hi = lo + len(body)
    assert hi == len(line) or cell_len(line[lo : hi + 1]) > room - 2
