"""The reporter interface and helpers shared by the formats."""

from __future__ import annotations

from typing import Any, Sequence, TextIO

from ..engine import FileResult


class Reporter:
    def __init__(self, out: TextIO, **options: Any) -> None:
        self.out = out
        self.options = options

    def start(self) -> None:
        pass

    def file(self, result: FileResult) -> None:
        raise NotImplementedError

    def finish(self, summary: dict[str, Any], errors: Sequence[str]) -> None:
        pass


def file_entry(result: FileResult) -> dict[str, Any]:
    """One file as the JSON contract has it (DESIGN.md section 5)."""
    entry: dict[str, Any] = {"path": result.path}
    facts = dict(result.facts)
    entry["publisher"] = facts.pop("publisher", None)
    entry["metrics"] = facts.pop("metrics", None)
    entry.update(sorted(facts.items()))
    entry["findings"] = [d.to_dict() for d in result.diagnostics]
    if result.error:
        entry["error"] = result.error
    return entry
