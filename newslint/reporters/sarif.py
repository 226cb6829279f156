"""``--format sarif``: SARIF 2.1.0 (``columnKind: unicodeCodePoints``) for code-scanning tools."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence

from .base import Reporter

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    if path in ("-", "<stdin>", "<text>"):
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return p.as_posix()


class SarifReporter(Reporter):
    def start(self) -> None:
        self.results: list[dict[str, Any]] = []
        self.rules: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []

    def _rule_index(self, d) -> int:
        if d.code not in self.rules:
            info = self.options.get("rule_info", {}).get(d.code)
            rule: dict[str, Any] = {
                "id": d.code,
                "name": d.name,
                "shortDescription": {"text": info.summary if info else d.name},
                "defaultConfiguration": {"level": LEVEL.get(str(info.severity if info else d.severity), "warning")},
                "properties": {"category": d.category, "tags": [d.category]},
            }
            if info and info.docs:
                rule["fullDescription"] = {"text": info.docs}
                rule["help"] = {"text": info.docs}
            self.rules[d.code] = rule
        return list(self.rules).index(d.code)

    def file(self, result) -> None:
        uri = _uri(result.path)
        for d in result.diagnostics:
            res: dict[str, Any] = {
                "ruleId": d.code,
                "ruleIndex": self._rule_index(d),
                "level": LEVEL.get(str(d.severity), "warning"),
                "message": {"text": d.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": {
                                "startLine": d.line,
                                "startColumn": d.column,
                                "endLine": d.end_line,
                                "endColumn": d.end_column,
                                "charOffset": d.start,
                                "charLength": d.end - d.start,
                            },
                        }
                    }
                ],
                "properties": {"category": d.category, "name": d.name},
            }
            if d.suggestions:
                res["properties"]["suggestions"] = list(d.suggestions)
            if d.fix is not None:
                res["fixes"] = [
                    {
                        "description": {"text": d.fix.description or "apply the suggestion"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": uri},
                                "replacements": [
                                    {
                                        "deletedRegion": {"charOffset": e.span.start, "charLength": e.span.end - e.span.start},
                                        "insertedContent": {"text": e.replacement},
                                    }
                                    for e in d.fix.edits
                                ],
                            }
                        ],
                    }
                ]
            self.results.append(res)
        if result.error:
            self.notifications.append(
                {"level": "error", "message": {"text": f"{result.path}: {result.error}"},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]}
            )

    def finish(self, summary: dict[str, Any], errors: Sequence[str]) -> None:
        from ..__about__ import __version__

        for e in errors:
            self.notifications.append({"level": "error", "message": {"text": e}})
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "newslint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": list(self.rules.values()),
                }
            },
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).as_uri() + "/"}},
            "invocations": [
                {
                    "executionSuccessful": not self.notifications,
                    "toolExecutionNotifications": self.notifications,
                }
            ],
            "results": self.results,
        }
        for r in self.results:
            loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
            if not loc["uri"].startswith(("file:", "stdin")):
                loc["uriBaseId"] = "%SRCROOT%"
        doc = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        json.dump(doc, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
        self.out.flush()
