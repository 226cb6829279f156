"""``occurrence``: flag a sentence, block or document where something occurs too often or too rarely."""

from __future__ import annotations

from ..diagnostics import Finding, Span
from ..matching import PhraseMatcher
from .base import Definition, YamlRule

PER = ("sentence", "block", "document")


class Occurrence(YamlRule):
    kind_name = "occurrence"
    KEYS = {
        "per": "what is counted in: sentence, block or document (default sentence)",
        "tokens": "phrases to count, matched as whole words",
        "patterns": "regular expressions to count",
        "ignorecase": "match regardless of case (default true)",
        "max": "flag when the count is above this",
        "min": "flag when the count is below this",
    }
    PLACEHOLDERS = ("count", "max", "min")

    def setup(self, d: Definition) -> None:
        import re

        self.per = d.optional("per", str, "sentence")
        if self.per not in PER:
            from ..suggest import did_you_mean

            raise d.error("per", f"must be one of {', '.join(PER)}{did_you_mean(self.per, PER)}")
        self.ignorecase = d.optional("ignorecase", bool, True)
        tokens = d.string_list("tokens")
        patterns = d.string_list("patterns")
        if not tokens and not patterns:
            raise d.error("tokens", "an occurrence rule needs 'tokens' or 'patterns' to count")
        self.matcher = PhraseMatcher(tokens, ignorecase=self.ignorecase) if tokens else None
        flags = re.M | (re.I if self.ignorecase else 0)
        self.patterns = [d.compile("patterns", p, flags) for p in patterns]
        self.max = d.optional("max", int)
        self.min = d.optional("min", int)
        if self.max is None and self.min is None:
            raise d.error("max", "an occurrence rule needs 'max' or 'min'")

    def _hits(self, text: str, a: int, b: int, words) -> list[tuple[int, int]]:
        hits = []
        if self.matcher is not None:
            hits.extend((s, e) for s, e, _ in self.matcher.finditer(text, words))
        for p in self.patterns:
            hits.extend(m.span() for m in p.finditer(text, a, b) if m.end() > m.start())
        return sorted(hits)

    def _judge(self, text, a, b, words) -> Finding | None:
        hits = self._hits(text, a, b, words)
        n = len(hits)
        if self.max is not None and n > self.max:
            span = Span(a, b) if self.per != "document" else Span(*hits[self.max])
        elif self.min is not None and n < self.min:
            span = Span(a, b) if self.per != "document" else Span(a, min(b, a + 1))
        else:
            return None
        return Finding(span, self.render(count=n, max=self.max, min=self.min), help=self.help_text)

    def check(self, doc, ctx):
        text = doc.prose
        blocks = [blk for blk in doc.blocks if blk.kind in self.scopes]
        if self.per == "document":
            if blocks:
                words = [w for blk in blocks for w in blk.words()]
                f = self._judge(text, blocks[0].start, blocks[-1].end, words)
                if f:
                    yield f
            return
        for blk in blocks:
            if self.per == "block":
                f = self._judge(text, blk.start, blk.end, blk.words())
                if f:
                    yield f
                continue
            for s in blk.sentences:
                f = self._judge(text, s.start, s.end, doc.words_between(s.start, s.end))
                if f:
                    yield f
