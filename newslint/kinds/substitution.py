"""``substitution``: flag a phrase and suggest what to write instead."""

from __future__ import annotations

import re

from ..diagnostics import Finding, Fix, Span
from ..matching import PhraseMatcher
from .base import Definition, YamlRule, expand
from .gating import GATE_KEYS, PatternGates
from ..textcase import match_case



class Substitution(PatternGates, YamlRule):
    kind_name = "substitution"
    KEYS = {
        "swap": "mapping of phrase (or regex) to its replacement, or to a list of choices",
        "ignorecase": "match regardless of case (default true)",
        "regex": "treat the keys of 'swap' as regular expressions (default false)",
        "exceptions": "matched text to leave alone",
        **GATE_KEYS,
    }
    PLACEHOLDERS = ("match", "replacement")

    def setup(self, d: Definition) -> None:
        swap = d.require("swap", dict)
        self.ignorecase = d.optional("ignorecase", bool, True)
        self.regex = d.optional("regex", bool, False)
        self.table: dict[str, tuple[str, ...]] = {}
        for key, value in swap.items():
            if not isinstance(key, str) or not key.strip():
                raise d.error("swap", f"key {key!r} must be a non-empty string")
            if isinstance(value, str):
                choices = (value,)
            elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                choices = tuple(value)
            else:
                raise d.error(f"swap.{key}", "must be a replacement string or a list of them")
            self.table[key.lower() if self.ignorecase and not self.regex else key] = choices
        exc = d.string_list("exceptions")
        self.exceptions = {e.lower() for e in exc} if self.ignorecase else set(exc)
        if self.regex:
            flags = re.M | (re.I if self.ignorecase else 0)
            self.patterns = [(d.compile(f"swap.{k}", k, flags), v) for k, v in self.table.items()]
            self.matcher = None
            self.setup_gates(d, flags, has_patterns=True, what="the 'swap' regexes")
        else:
            if "requires" in d.data or "gate" in d.data:
                raise d.error("requires" if "requires" in d.data else "gate",
                              "'requires' and 'gate' select the text the 'swap' regexes run on: they need 'regex: true'")
            self.patterns = []
            try:
                self.matcher = PhraseMatcher(self.table, ignorecase=self.ignorecase)
            except ValueError as err:
                raise d.error("swap", str(err)) from None

    @classmethod
    def is_fixable(cls, d: Definition) -> bool:
        return True

    def _finding(self, text: str, a: int, b: int, choices: tuple[str, ...]) -> Finding | None:
        found = text[a:b]
        if (found.lower() if self.ignorecase else found) in self.exceptions:
            return None
        options = tuple(match_case(c, found) for c in choices)
        fix = Fix.replace(Span(a, b), options[0], f"replace with {options[0]!r}") if len(options) == 1 else None
        return Finding(
            Span(a, b),
            self.render(match=found, replacement=" or ".join(f"'{o}'" for o in options).strip("'")),
            suggestions=options,
            help=self.help_text,
            fix=fix,
        )

    def check(self, doc, ctx):
        if self.matcher is None and not self.document_may_match(doc):
            return
        yield from super().check(doc, ctx)

    def check_block(self, block, ctx):
        text = block.doc.prose
        if self.matcher is not None:
            for a, b, phrase in self.matcher.finditer(text, block.words()):
                key = phrase.lower() if self.ignorecase else phrase
                f = self._finding(text, a, b, self.table[key])
                if f:
                    yield f
        if self.patterns and not self.block_may_match(block):
            return
        for pattern, choices in self.patterns:
            for m in pattern.finditer(text, block.start, block.end):
                if m.end() > m.start():
                    f = self._finding(text, m.start(), m.end(), tuple(expand(m, c) for c in choices))
                    if f:
                        yield f
