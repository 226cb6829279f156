"""The seed articles end to end: `newslint check --format json seeds/` must report every finding
that expected.yaml marks `must: true`, and no warning on a line it does not list (outside the
reader-comments block of seed 002).  expected.yaml is a copy of ../shared/seeds/expected.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newslint.cli import main

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
EXPECTED = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
COMMENTS_BLOCK = ("002_06ed15e855302c2b.txt", 20, 99)


@pytest.fixture(scope="module")
def output() -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--isolated", str(SEEDS)])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def _findings(output, name):
    for entry in output["files"]:
        if Path(entry["path"]).name == name:
            return entry["findings"]
    raise AssertionError(f"{name} missing from the output")


def _overlaps(f, line, c0, c1):
    start, end = f["line"], f["end_line"]
    if not start <= line <= end:
        return False
    lo = f["column"] if line == start else 1
    hi = f["end_column"] if line == end else 10**9
    if hi <= lo:
        hi = lo + 1
    return lo < c1 and c0 < hi


REQUIRED = [
    pytest.param(name, item, id=f"{name[:3]}:{item['line']}:{item['category']}:{item['match'][:24]}")
    for name, items in EXPECTED.items()
    for item in items
    if item["must"]
]


@pytest.mark.parametrize("name,item", REQUIRED)
def test_required_finding(output, name, item):
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    text = lines[item["line"] - 1]
    c0 = text.index(item["match"]) + 1
    c1 = c0 + len(item["match"])
    found = [f for f in _findings(output, name) if f["category"] == item["category"] and _overlaps(f, item["line"], c0, c1)]
    assert found, f"no {item['category']} finding over {item['match']!r} on line {item['line']}: {item['why']}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_unexpected_warnings(output, name):
    listed = {it["line"] for it in EXPECTED[name]}
    unexpected = [
        f"{f['line']}:{f['column']} {f['code']} {f['message']}"
        for f in _findings(output, name)
        if f["severity"] in ("warning", "error")
        and f["line"] not in listed
        and not (name == COMMENTS_BLOCK[0] and COMMENTS_BLOCK[1] <= f["line"] <= COMMENTS_BLOCK[2])
    ]
    assert not unexpected, "warnings on lines a careful editor would leave alone:\n" + "\n".join(unexpected)
