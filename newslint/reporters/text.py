"""``--format text``: what an editor reads.  Per file, each diagnostic with ``path:line:col``,
severity, code and message, the source line with the span underlined, and the suggestion; then
the file's metrics, and a summary by category.  Readable without colour, never wider than the
terminal: long news paragraphs are shown as a window around the span."""

from __future__ import annotations

from typing import Any, Sequence

from .base import Reporter

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CATEGORY_ORDER = ("spelling", "grammar", "typography", "attribution", "source", "state-media", "boilerplate", "readability")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class TextReporter(Reporter):
    def __init__(self, out, **options: Any) -> None:
        super().__init__(out, **options)
        from rich.console import Console

        color = options.get("color")  # True, False or None (auto)
        self.console = Console(
            file=out,
            force_terminal=True if color else None,
            no_color=True if color is False else None,
            color_system="auto" if color is not False else None,
            highlight=False,
            emoji=False,
            soft_wrap=False,
        )
        self.quiet = bool(options.get("quiet"))
        self.show_source = options.get("show_source", True)
        self.statistics = bool(options.get("statistics"))
        self.fixable = 0

    # -- one diagnostic ------------------------------------------------------------------------
    def _snippet(self, line_text: str, col: int, end_col: int, lineno: int):
        from rich.cells import cell_len
        from rich.text import Text

        text = line_text.replace("\t", " ")
        start = max(0, col - 1)
        end = max(start + 1, end_col - 1) if end_col > col else start + 1
        end = min(end, max(len(text), start + 1))
        gutter = len(str(lineno)) + 3
        width = max(40, self.console.width - gutter - 1)
        # a window of the line that fits, keeping the span in view
        lo, hi = 0, len(text)
        if cell_len(text) > width:
            span_w = cell_len(text[start:end])
            room = max(10, width - min(span_w, width - 10) - 2)
            lo = max(0, start - room // 3)
            hi = lo
            budget = width - 2
            while hi < len(text) and cell_len(text[lo : hi + 1]) <= budget:
                hi += 1
            if hi < min(end, len(text)):
                hi = min(len(text), max(hi, start + 1))
        shown = text[lo:hi]
        prefix = "…" if lo > 0 else ""
        suffix = "…" if hi < len(text) else ""
        pad = cell_len(prefix + text[lo:start])
        mark = max(1, cell_len(text[start:min(end, hi)]))
        num = Text(f"{lineno:>{gutter - 3}} │ ", style="blue")
        line = Text(prefix) + Text(shown) + Text(suffix)
        caret = Text(" " * (gutter - 3) + " │ ", style="blue") + Text(" " * pad) + Text("^" * mark, style="bold red")
        return num + line, caret

    def _diagnostic(self, result, d) -> None:
        from rich.text import Text

        sev = str(d.severity)
        head = Text()
        head.append(f"{d.path}:{d.line}:{d.column}: ", style="bold")
        head.append(f"{sev} ", style=STYLE.get(sev, ""))
        head.append(f"{d.code} ", style="bold")
        head.append(d.message)
        head.append(f" [{d.name}]", style="dim")
        self._print_wrapped(head)
        if self.show_source:
            line_text = result.lines.get(d.line)
            if line_text is not None:
                end_col = d.end_column if d.end_line == d.line else len(line_text) + 1
                a, b = self._snippet(line_text, d.column, end_col, d.line)
                self.console.print(a, overflow="ellipsis", no_wrap=True, crop=True)
                self.console.print(b, overflow="ellipsis", no_wrap=True, crop=True)
                if d.end_line > d.line:
                    self.console.print(Text(f"{'':>{len(str(d.line))}} │ … through line {d.end_line}", style="dim"))
        gutter = " " * (len(str(d.line)) + 1)
        if d.suggestions:
            sugg = ", ".join(repr(s) for s in d.suggestions[:3])
            tag = "fix" if d.fix is not None else "suggestion"
            self._print_wrapped(Text(f"{gutter}= {tag}: ", style="green") + Text(sugg))
            if d.fix is not None:
                self.fixable += 1
        if d.help:
            self._print_wrapped(Text(f"{gutter}= help: ", style="cyan") + Text(d.help))

    def _print_wrapped(self, text) -> None:
        """On a terminal, fold at its width; in a pipe or a CI log, one line per message."""
        if self.console.is_terminal:
            self.console.print(text, overflow="fold")
        else:
            self.console.print(text, soft_wrap=True)

    # -- files and summary -------------------------------------------------------------------------
    def start(self) -> None:
        self.by_code: dict[str, list[Any]] = {}

    def file(self, result) -> None:
        from rich.text import Text

        for d in result.diagnostics:
            self._diagnostic(result, d)
            entry = self.by_code.setdefault(d.code, [0, d.name, False])
            entry[0] += 1
            entry[2] = entry[2] or d.fix is not None
        if result.diagnostics:
            self.console.print()
        if not self.quiet and result.ok:
            facts = _facts_line(result.facts)
            if facts and (result.diagnostics or self.options.get("verbose")):
                self._print_wrapped(Text(f"{result.path}: {facts}", style="dim"))
                self.console.print()

    def finish(self, summary: dict[str, Any], errors: Sequence[str]) -> None:
        from rich.text import Text

        if self.statistics and self.by_code:
            width = max(len(str(v[0])) for v in self.by_code.values())
            for code, (n, name, fixable) in sorted(self.by_code.items(), key=lambda kv: (-kv[1][0], kv[0])):
                self.console.print(f"{n:>{width}}  {code}  {'[*] ' if fixable else '    '}{name}", highlight=False)
            self.console.print()
        if self.quiet:
            return
        n = summary["findings"]
        files = summary["files"]
        if n == 0:
            self.console.print(Text(f"No problems found in {_plural(files, 'file')}.", style="green"))
        else:
            sev = summary["by_severity"]
            parts = [f"{sev[s]} {s if s == 'info' else s + ('' if sev[s] == 1 else 's')}" for s in ("error", "warning", "info") if sev.get(s)]
            self.console.print(Text(f"Found {_plural(n, 'problem')} in {_plural(files, 'file')}: {', '.join(parts)}.", style="bold"))
            cats = summary["by_category"]
            order = [c for c in CATEGORY_ORDER if c in cats] + sorted(c for c in cats if c not in CATEGORY_ORDER)
            self.console.print("  " + " · ".join(f"{c} {cats[c]}" for c in order), highlight=False)
            if self.fixable:
                self.console.print(Text(f"  {self.fixable} fixable with `newslint check --fix`.", style="dim"))
        if summary.get("errors"):
            self.console.print(Text(f"{_plural(summary['errors'], 'error')} reading files or settings (see above).", style="bold red"))
        self.out.flush()


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
