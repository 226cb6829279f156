"""``requires`` and ``gate``: fast tests that let a rule's regular expressions skip text they
cannot match.  Shared by the kinds whose rules run regexes block by block (existence, substitution)."""

from __future__ import annotations

from bisect import bisect_left

from .base import Definition

GATE_KEYS = {
    "requires": "literal strings, one of which must occur in a block for the patterns to run (a fast gate)",
    "gate": "a regex searched once over the whole text: the patterns run only in blocks where one of its"
    " matches starts (a fast gate; every match of the patterns must contain one)",
}


class PatternGates:
    """Mixin for a YAML rule whose patterns are gated by ``requires`` literals and/or a ``gate`` regex.

    Both are promises made by the rule's author: every match of the patterns contains one of the
    literals, and contains (the start of) a match of the gate.  The kind then skips a document, or a
    block, that cannot hold a match, which saves the regex engine a scan it would make in vain."""

    requires: tuple[str, ...] = ()
    gate = None

    def setup_gates(self, d: Definition, flags: int, has_patterns: bool, what: str = "'patterns'") -> None:
        self.requires = tuple(d.string_list("requires"))
        if "" in self.requires:
            raise d.error("requires", "an empty string would always match; list the literal text the patterns need")
        self._required_chars = frozenset("".join(self.requires))
        gate = d.optional("gate", str)
        if gate is not None and not has_patterns:
            raise d.error("gate", f"a gate only selects the blocks {what} run on; this rule has no patterns")
        self.gate = d.compile("gate", gate, flags) if gate is not None else None

    def document_may_match(self, doc) -> bool:
        """False when the whole text cannot hold a match: one scan of the document instead of one
        per block (most documents, for most gated rules)."""
        if self.requires and not self._text_holds_a_requirement(doc.prose):
            return False
        return self.gate is None or bool(self._gate_hits(doc))

    def _text_holds_a_requirement(self, text: str) -> bool:
        """``any(lit in text for lit in self.requires)``, sooner: a literal one of whose characters
        the text lacks cannot occur, and a one-character test costs a hundredth of a substring
        search (TY003 needs ' ,' or a tab before ';'...: most texts have no tab and no ';')."""
        present = set(filter(text.__contains__, self._required_chars))
        return any(lit in text for lit in self.requires if present.issuperset(lit))

    def _gate_hits(self, doc) -> list[int]:
        """Start offsets of the gate's matches in the whole prose (once per document and gate)."""
        gate = self.gate
        return doc.memo(("pattern-gate", gate), lambda: [m.start() for m in gate.finditer(doc.prose)])

    def block_may_match(self, block) -> bool:
        """False when the block holds none of the literals, or no match of the gate starts in it."""
        text, start, end = block.doc.prose, block.start, block.end
        if self.requires and not any(text.find(lit, start, end) >= 0 for lit in self.requires):
            return False
        if self.gate is not None:
            hits = self._gate_hits(block.doc)
            i = bisect_left(hits, start)
            if i == len(hits) or hits[i] >= end:
                return False
        return True
