"""``--format github``: GitHub Actions workflow commands, one annotation per diagnostic."""

from __future__ import annotations

from typing import Any, Sequence

from .base import Reporter

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(d) -> str:
    props = f"file={_prop(d.path)},line={d.line},col={d.column}"
    if d.end_line == d.line:
        props += f",endColumn={d.end_column}"
    else:
        props += f",endLine={d.end_line},endColumn={d.end_column}"
    props += f",title={_prop(d.code)}"
    message = f"{d.message} [{d.name}]"
    if d.suggestions:
        message += f" (suggestion: {d.suggestions[0]})"
    return f"::{LEVEL.get(str(d.severity), 'warning')} {props}::{_data(message)}"


class GithubReporter(Reporter):
    def file(self, result) -> None:
        for d in result.diagnostics:
            self.out.write(annotation(d) + "\n")
        if result.error:
            self.out.write(f"::error file={_prop(result.path)},title=newslint::{_data(result.error)}\n")

    def finish(self, summary: dict[str, Any], errors: Sequence[str]) -> None:
        for e in errors:
            self.out.write(f"::error title=newslint::{_data(e)}\n")
        self.out.flush()
