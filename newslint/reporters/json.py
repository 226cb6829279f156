"""``--format json``: one JSON object, streamed file by file; ``--format jsonl``: one object per file."""

from __future__ import annotations

import json
from typing import Any, Sequence

from .base import Reporter, file_entry


class JsonReporter(Reporter):
    def start(self) -> None:
        self.out.write('{"version": 1, "files": [')
        self._first = True

    def file(self, result) -> None:
        self.out.write("\n" if self._first else ",\n")
        self._first = False
        self.out.write(json.dumps(file_entry(result), ensure_ascii=False))

    def finish(self, summary: dict[str, Any], errors: Sequence[str]) -> None:
        tail = {"summary": summary, "errors": list(errors)}
        self.out.write("\n], " + json.dumps(tail, ensure_ascii=False)[1:] + "\n")
        self.out.flush()


class JsonLinesReporter(Reporter):
    """For corpora: one line per file as soon as it is linted; errors ride on their file's line."""

    def file(self, result) -> None:
        self.out.write(json.dumps(file_entry(result), ensure_ascii=False) + "\n")
        self.out.flush()
