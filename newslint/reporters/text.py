"""``--format text``: what an editor reads.  Per file, each diagnostic with ``path:line:col``,
severity, code and message, the source line with the span underlined, and the suggestion; then
the file's metrics, and a summary by category.  Readable without colour, never wider than the
terminal: long news paragraphs are shown as a window around the span.

Lines are built once as styled segments.  On a terminal (or with ``--color``) rich renders them,
folding long messages at the terminal's width; in pipes, CI logs and with ``--no-color`` they are
written as plain text, one line per message, which is the same text without rich's per-line
rendering cost (a corpus run can print tens of thousands of findings).
"""

from __future__ import annotations

import os
import shutil
from typing import Any, Sequence

from rich.cells import cell_len

from .base import Reporter

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CATEGORY_ORDER = ("spelling", "grammar", "typography", "attribution", "source", "state-media", "boilerplate", "readability")
Segments = list  # [(text, style or None), ...]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class _PlainSink:
    """No colour, no folding: what a pipe, a CI log or NO_COLOR gets."""

    def __init__(self, out) -> None:
        self.out = out
        self.width = shutil.get_terminal_size((80, 24)).columns if os.environ.get("COLUMNS") else 80

    def line(self, segments: Segments, fold: bool = False) -> None:
        self.out.write("".join(t for t, _ in segments) + "\n")

    def flush(self) -> None:
        self.out.flush()


class _RichSink:
    def __init__(self, out, color: bool | None) -> None:
        from rich.console import Console

        self.console = Console(
            file=out,
            force_terminal=True if color else None,
            no_color=True if color is False else None,
            color_system="auto" if color is not False else None,
            highlight=False,
            emoji=False,
            soft_wrap=False,
        )
        self.width = self.console.width
        self.out = out

    def line(self, segments: Segments, fold: bool = False) -> None:
        from rich.text import Text

        text = Text.assemble(*[(t, s) if s else t for t, s in segments])
        if fold:
            self.console.print(text, overflow="fold")
        else:
            self.console.print(text, overflow="ellipsis", no_wrap=True, crop=True)

    def flush(self) -> None:
        self.out.flush()


def _sink(out, color: bool | None):
    if color is False:
        return _PlainSink(out)
    if color is None:
        isatty = getattr(out, "isatty", None)
        if not (isatty and isatty()) or os.environ.get("TERM") == "dumb":
            return _PlainSink(out)
    return _RichSink(out, color)


def _fit(text: str, lo: int, budget: int) -> int:
    """The end of the widest window from ``lo`` that fits in ``budget`` cells: the largest ``hi``
    with ``cell_len(text[lo:hi]) <= budget``.  Widths grow with ``hi``, so a binary search asks a
    dozen widths where a walk one character at a time asked one per character shown (over
    bbc-dev's findings, a third of the text reporter's time)."""
    a, b = lo, len(text)
    while a < b:
        m = (a + b + 1) // 2
        if cell_len(text[lo:m]) <= budget:
            a = m
        else:
            b = m - 1
    return a


def snippet(line_text: str, col: int, end_col: int, lineno: int, width: int) -> tuple[Segments, Segments]:
    """The source line (a window of it when it is wider than ``width``) and the caret line."""
    text = line_text.replace("\t", " ")
    start = max(0, col - 1)
    end = max(start + 1, end_col - 1) if end_col > col else start + 1
    end = min(end, max(len(text), start + 1))
    gutter = len(str(lineno)) + 3
    room_total = max(40, width - gutter - 1)
    lo, hi = 0, len(text)
    if cell_len(text) > room_total:
        span_w = cell_len(text[start:end])
        room = max(10, room_total - min(span_w, room_total - 10) - 2)
        lo = max(0, start - room // 3)
        hi = _fit(text, lo, room_total - 2)
        if hi < min(end, len(text)):
            hi = min(len(text), max(hi, start + 1))
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    pad = cell_len(prefix + text[lo:start])
    mark = max(1, cell_len(text[start : min(end, hi)]))
    source = [(f"{lineno:>{gutter - 3}} │ ", "blue"), (prefix + text[lo:hi] + suffix, None)]
    caret = [(" " * (gutter - 3) + " │ ", "blue"), (" " * pad, None), ("^" * mark, "bold red")]
    return source, caret


class TextReporter(Reporter):
    def __init__(self, out, **options: Any) -> None:
        super().__init__(out, **options)
        self.sink = _sink(out, options.get("color"))
        self.quiet = bool(options.get("quiet"))
        self.show_source = options.get("show_source", True)
        self.statistics = bool(options.get("statistics"))
        self.fixable = 0
        self.unsafe_fixable = 0  # fixes that apply with --unsafe-fixes only (spelling, boilerplate removal)
        self.linted = 0  # files read and linted (a file that could not be read is an error, not a file)
        self.by_code: dict[str, list[Any]] = {}

    def _diagnostic(self, result, d) -> None:
        sev = str(d.severity)
        out = self.sink
        out.line(
            [(f"{d.path}:{d.line}:{d.column}: ", "bold"), (f"{sev} ", STYLE.get(sev)), (f"{d.code} ", "bold"),
             (d.message, None), (f" [{d.name}]", "dim")],
            fold=True,
        )
        if self.show_source:
            line_text = result.lines.get(d.line)
            if line_text is not None:
                end_col = d.end_column if d.end_line == d.line else len(line_text) + 1
                source, caret = snippet(line_text, d.column, end_col, d.line, out.width)
                out.line(source)
                out.line(caret)
                if d.end_line > d.line:
                    out.line([(f"{'':>{len(str(d.line))}} │ … through line {d.end_line}", "dim")])
        gutter = " " * (len(str(d.line)) + 1)
        if d.fix is not None and not d.fix.safe:
            self.unsafe_fixable += 1
        if d.suggestions:
            sugg = ", ".join(repr(s) for s in d.suggestions[:3])
            tag = "fix" if d.fix is not None and d.fix.safe else "suggestion"
            out.line([(f"{gutter}= {tag}: ", "green"), (sugg, None)], fold=True)
            if d.fix is not None and d.fix.safe:
                self.fixable += 1
        if d.help:
            out.line([(f"{gutter}= help: ", "cyan"), (d.help, None)], fold=True)

    def file(self, result) -> None:
        if not result.error:
            self.linted += 1
        for d in result.diagnostics:
            self._diagnostic(result, d)
            entry = self.by_code.setdefault(d.code, [0, d.name, False])
            entry[0] += 1
            entry[2] = entry[2] or (d.fix is not None and d.fix.safe)
        if result.diagnostics:
            self.sink.line([])
        if not self.quiet and result.ok:
            facts = _facts_line(result.facts)
            unchecked = (result.facts.get("metrics") or {}).get("not_english_words")
            if facts and (result.diagnostics or unchecked or self.options.get("verbose")):
                self.sink.line([(f"{result.path}: {facts}", "dim")], fold=True)
                self.sink.line([])

    def finish(self, summary: dict[str, Any], errors: Sequence[str]) -> None:
        out = self.sink
        if self.statistics and self.by_code:
            width = max(len(str(v[0])) for v in self.by_code.values())
            for code, (n, name, fixable) in sorted(self.by_code.items(), key=lambda kv: (-kv[1][0], kv[0])):
                out.line([(f"{n:>{width}}  {code}  {'[*] ' if fixable else '    '}{name}", None)])
            out.line([])
        if self.quiet:
            out.flush()
            return
        n = summary["findings"]
        files = self.linted
        if n == 0:
            out.line([(f"No problems found in {_plural(files, 'file')}.", "green")])
        else:
            sev = summary["by_severity"]
            parts = [f"{sev[s]} {s if s == 'info' else s + ('' if sev[s] == 1 else 's')}" for s in ("error", "warning", "info") if sev.get(s)]
            out.line([(f"Found {_plural(n, 'problem')} in {_plural(files, 'file')}: {', '.join(parts)}.", "bold")])
            cats = summary["by_category"]
            order = [c for c in CATEGORY_ORDER if c in cats] + sorted(c for c in cats if c not in CATEGORY_ORDER)
            out.line([("  " + " · ".join(f"{c} {cats[c]}" for c in order), None)])
            if self.fixable and self.unsafe_fixable:
                out.line([(f"  {self.fixable} fixable with `newslint check --fix` "
                           f"({self.unsafe_fixable} more with `--unsafe-fixes`).", "dim")])
            elif self.fixable:
                out.line([(f"  {self.fixable} fixable with `newslint check --fix`.", "dim")])
            elif self.unsafe_fixable:
                out.line([(f"  {self.unsafe_fixable} fixable with `newslint check --fix --unsafe-fixes`.", "dim")])
        if summary.get("errors"):
            out.line([(f"{_plural(summary['errors'], 'error')} reading files or settings (see above).", "bold red")])
        out.flush()


def _facts_line(facts: dict[str, Any]) -> str:
    parts = []
    m = facts.get("metrics") or {}
    if m.get("words") is not None:
        parts.append(f"{m['words']} words")
    if m.get("flesch_reading_ease") is not None:
        parts.append(f"reading ease {m['flesch_reading_ease']}")
    if m.get("grade_level") is not None:
        parts.append(f"grade {m['grade_level']}")
    if (m.get("reading_time_s") or 0) >= 1:
        secs = int(round(m["reading_time_s"]))
        parts.append(f"reading time {secs // 60}m{secs % 60:02d}s" if secs >= 60 else f"reading time {secs}s")
    if m.get("not_english_words"):
        share = m.get("not_english_share") or 0
        pct = "under 1%" if share < 0.005 else f"{round(share * 100)}%"
        parts.append(f"{pct} of the text is not in English: not checked for spelling, grammar or sources")
    pub = facts.get("publisher")
    if pub:
        label = pub.get("name") or pub.get("domain") or "?"
        if pub.get("domain") and pub.get("name"):
            label += f" ({pub['domain']})"
        if pub.get("state_affiliated"):
            label += ", state-affiliated"
        parts.append(f"publisher {label}")
    att = facts.get("attribution")
    if isinstance(att, dict) and any(att.values()):
        parts.append("claims " + ", ".join(f"{k} {v}" for k, v in att.items()))
    return " · ".join(parts)
