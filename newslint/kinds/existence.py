"""``existence``: flag each occurrence of a phrase (token lookup) or a regular expression."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..diagnostics import Finding, Fix, Span
from ..matching import PhraseMatcher
from .base import Definition, YamlRule


class Existence(YamlRule):
    kind_name = "existence"
    KEYS = {
        "tokens": "phrases to flag, matched as whole words",
        "patterns": "regular expressions to flag",
        "ignorecase": "match regardless of case (default true)",
        "exceptions": "matched text to leave alone",
        "group": "regex group that is the finding's span (default: the whole match)",
        "fix": "replacement text for the span; regex groups as \\1 (optional)",
        "requires": "literal strings, one of which must occur in a block for 'patterns' to run (a fast gate)",
        "gate": "a regex searched once over the whole text: 'patterns' run only in blocks where one of its"
        " matches starts (a fast gate; every match of 'patterns' must contain one)",
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
        self.requires = tuple(d.string_list("requires"))
        if "" in self.requires:
            raise d.error("requires", "an empty string would always match; list the literal text the patterns need")
        self._required_chars = frozenset("".join(self.requires))
        gate = d.optional("gate", str)
        if gate is not None and not patterns:
            raise d.error("gate", "a gate only selects the blocks 'patterns' run on; this rule has no patterns")
        self.gate = d.compile("gate", gate, flags) if gate is not None else None

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
            replacement = m.expand(self.fix_template) if m is not None else self.fix_template
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
        # a rule whose patterns need a literal the whole text lacks has nothing to look at: one
        # scan of the document instead of one per block (most documents, for most such rules)
        if self.matcher is None and self.requires and not self._text_holds_a_requirement(doc.prose):
            return
        if self.matcher is None and self.gate is not None and not self._gate_hits(doc):
            return
        yield from super().check(doc, ctx)

    def _text_holds_a_requirement(self, text: str) -> bool:
        """``any(lit in text for lit in self.requires)``, sooner: a literal one of whose characters
        the text lacks cannot occur, and a one-character test costs a hundredth of a substring
        search (TY003 needs ' ,' or a tab before ';'...: most texts have no tab and no ';')."""
        present = set(filter(text.__contains__, self._required_chars))
        return any(lit in text for lit in self.requires if present.issuperset(lit))

    def _gate_hits(self, doc) -> list[int]:
        """Start offsets of the gate's matches in the whole prose (once per document and gate)."""
        gate = self.gate
        return doc.memo(("existence-gate", gate), lambda: [m.start() for m in gate.finditer(doc.prose)])

    def check_block(self, block, ctx):
        doc = block.doc
        text = doc.prose
        if self.matcher is not None:
            for a, b, _ in self.matcher.finditer(text, block.words()):
                f = self._finding(doc, a, b)
                if f:
                    yield f
        if self.requires:
            start, end = block.start, block.end
            if not any(text.find(lit, start, end) >= 0 for lit in self.requires):
                return
        if self.gate is not None:
            hits = self._gate_hits(doc)
            i = bisect_left(hits, block.start)
            if i == len(hits) or hits[i] >= block.end:
                return
        for p in self.patterns:
            for m in p.finditer(text, block.start, block.end):
                a, b = m.span(self.group)
                if a < 0 or b <= a:
                    continue
                f = self._finding(doc, a, b, m)
                if f:
                    yield f
