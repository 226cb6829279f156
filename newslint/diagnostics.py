"""What rules yield (Finding) and what reporters see (Diagnostic).

Rules work in *prose* offsets (markup removed).  The engine maps a Finding to *source* offsets and
line/column once, at the end of the policy pipeline, and hands reporters Diagnostics only.
"""

from __future__ import annotations

import enum
from typing import Any, NamedTuple


class Span(NamedTuple):
    """Half-open ``[start, end)`` code-point offsets."""

    start: int
    end: int

    def __len__(self) -> int:  # type: ignore[override]
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Severity(enum.IntEnum):
    """Ordered: ``info < warning < error``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected one of: error, warning, info)") from None


CATEGORIES = (
    "spelling",
    "grammar",
    "typography",
    "attribution",
    "source",
    "state-media",
    "boilerplate",
    "readability",
)


class Edit(NamedTuple):
    """Replace ``span`` with ``replacement``."""

    span: Span
    replacement: str


class Fix(NamedTuple):
    """Edits that resolve a finding.  ``safe`` fixes keep the meaning (typography); unsafe ones
    (a spelling suggestion) apply only with ``--unsafe-fixes``.  A fix with ``repeat`` False
    applies in the first round of ``--fix`` only, to what ``check`` reported: its finding depends
    on the text around it (a boilerplate leftover), and a later round would judge a text the fixes
    have changed."""

    edits: tuple[Edit, ...]
    description: str = ""
    safe: bool = True
    repeat: bool = True

    @classmethod
    def replace(cls, span: Span, replacement: str, description: str = "", safe: bool = True) -> Fix:  # type: ignore[override]
        return cls((Edit(Span(*span), replacement),), description, safe)


class Finding(NamedTuple):
    """What a rule yields: a span in prose offsets and what is wrong there.

    ``category`` overrides the rule's category; only bridge rules (LanguageTool) use it.
    ``data`` carries machine-readable extras that reporters may add to their output.
    ``source_span`` lets a markup-level finding (an empty link) name its source range directly.

    (Records are NamedTuples rather than dataclasses: a run defines them at every start and builds
    them by the thousand, and a NamedTuple costs a tenth of a frozen dataclass to define.)
    """

    span: Span
    message: str
    suggestions: tuple[str, ...] = ()
    help: str | None = None
    fix: Fix | None = None
    severity: Severity | None = None
    category: str | None = None
    data: dict[str, Any] | None = None
    source_span: Span | None = None


class Diagnostic(NamedTuple):
    """A finding after policy: located in the source file.  Reporters see only these."""

    path: str
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    start: int  # source offsets, code points
    end: int
    line: int  # 1-based
    column: int  # 1-based, code points
    end_line: int
    end_column: int  # exclusive
    suggestions: tuple[str, ...] = ()
    help: str | None = None
    fix: Fix | None = None  # in source offsets; present only when safe to apply
    data: dict[str, Any] | None = None

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.end_line, self.end_column, self.code)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "suggestions": list(self.suggestions),
        }
        if self.help:
            out["help"] = self.help
        if self.fix is not None:
            out["fix"] = {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [
                    {"start": e.span.start, "end": e.span.end, "replacement": e.replacement}
                    for e in self.fix.edits
                ],
            }
        if self.data:
            out["data"] = self.data
        return out
