"""``existence``: flag each occurrence of a phrase (token lookup) or a regular expression."""

from __future__ import annotations

import re

from ..diagnostics import Finding, Fix, Span
from ..matching import PhraseMatcher
from .base import Definition, YamlRule, expand
from .gating import GATE_KEYS, PatternGates


class Existence(PatternGates, YamlRule):
    kind_name = "existence"
    KEYS = {
        "tokens": "phrases to flag, matched as whole words",
        "patterns": "regular expressions to flag",
        "ignorecase": "match regardless of case (default true)",
        "exceptions": "matched text to leave alone",
        "group": "regex group that is the finding's span (default: the whole match)",
        "fix": "replacement text for the span; regex groups as \\1 (optional)",
        **GATE_KEYS,
    }
    PLACEHOLDERS = ("match", "fix")

    def setup(self, d: Definition) -> None:
        self.ignorecase = d.optional("ignorecase", bool, True)
        tokens = d.string_list("tokens")
        patterns = d.string_list("patterns")
        if not tokens and not patterns:
            raise d.error("tokens", "an existence rule needs 'tokens' or 'patterns'")
        try:
            self.matcher = PhraseMatcher(tokens, ignorecase=self.ignorecase) if tokens else None
        except ValueError as err:
            raise d.error("tokens", str(err)) from None
        flags = re.M | (re.I if self.ignorecase else 0)
        self.patterns = [d.compile("patterns", p, flags) for p in patterns]
        group = d.optional("group", (int, str), 0)
        for p in self.patterns:
            if isinstance(group, int) and group > p.groups or isinstance(group, str) and group not in p.groupindex:
                raise d.error("group", f"pattern {p.pattern!r} has no group {group!r}")
        self.group = group
        exc = d.string_list("exceptions")
        self.exceptions = {e.lower() for e in exc} if self.ignorecase else set(exc)
        self.fix_template = d.optional("fix", str)
        self.setup_gates(d, flags, has_patterns=bool(patterns))

    @classmethod
    def is_fixable(cls, d: Definition) -> bool:
        return d.get("fix") is not None

    def _finding(self, doc, a: int, b: int, m: re.Match | None = None) -> Finding | None:
        text = doc.prose[a:b]
        if (text.lower() if self.ignorecase else text) in self.exceptions:
            return None
        fix = None
        suggestions: tuple[str, ...] = ()
        if self.fix_template is not None:
            replacement = expand(m, self.fix_template) if m is not None else self.fix_template
            fix = Fix.replace(Span(a, b), replacement, f"replace with {replacement!r}")
            suggestions = (replacement,)
        return Finding(
            Span(a, b),
            self.render(match=text, fix=suggestions[0] if suggestions else ""),
            suggestions=suggestions,
            help=self.help_text,
            fix=fix,
        )

    def check(self, doc, ctx):
        if self.matcher is None and not self.document_may_match(doc):
            return
        yield from super().check(doc, ctx)

    def check_block(self, block, ctx):
        doc = block.doc
        text = doc.prose
        if self.matcher is not None:
            for a, b, _ in self.matcher.finditer(text, block.words()):
                f = self._finding(doc, a, b)
                if f:
                    yield f
        if not self.block_may_match(block):
            return
        for p in self.patterns:
            for m in p.finditer(text, block.start, block.end):
                a, b = m.span(self.group)
                if a < 0 or b <= a:
                    continue
                f = self._finding(doc, a, b, m)
                if f:
                    yield f
