"""GR007: "and" typed for "as" after "described by ..." ("described by the U.S. and one of the
biggest threats")."""

from __future__ import annotations


from ...diagnostics import Finding, Fix, Span
from ...rule import Examples, Rule
from .words import blocks
from ...lazyre import lazy

# Verbs whose passive takes "as": "described by X as one of the biggest threats".
AS_VERBS = frozenset(
    """described regarded seen viewed labelled labeled branded characterised characterized classified
    designated identified listed ranked hailed cited portrayed depicted""".split()
)
_PHRASE = " and one of the "
_SUPERLATIVE = lazy(r"(?:most|least|best|worst|[a-z]+est)\b")
_AGENT = lazy(r"\b([a-z]+) by\b[^;:!?,]{1,40}$")  # the "by" phrase may hold "U.S."


class MissingAs(Rule):
    """"Described by the U.S. and one of the biggest threats" should be "as one of": after a verb
    that takes "as" ("described", "regarded", "seen", "labelled") and its "by" phrase, "and one of
    the" + a superlative is a typo.  Flagged only when no "as" follows later in the sentence, so
    "described by the U.S. and one of its allies as a threat" is left alone."""

    code = "GR007"
    name = "and-for-as"
    category = "grammar"
    summary = '"and" for "as" after "described by ..." ("described by the U.S. and one of the biggest").'
    fixable = True
    examples = Examples(
        bad=["Haqqani has been described by the U.S. and one of the biggest threats to NATO forces."],
        good=[
            "Haqqani has been described by the U.S. as one of the biggest threats to NATO forces.",
            "It was described by the U.S. and one of its allies as a threat.",
            "He was seen by doctors and one of the nurses.",
        ],
    )

    def check(self, doc, ctx):
        text = doc.prose
        for blk in blocks(doc, self.scopes):
            pos = text.find(_PHRASE, blk.start, blk.end)
            while pos >= 0:
                f = self._judge(blk, pos)
                if f is not None:
                    yield f
                pos = text.find(_PHRASE, pos + 1, blk.end)

    @staticmethod
    def _judge(blk, pos: int) -> Finding | None:
        text = blk.text
        rest = pos + len(_PHRASE)
        if not _SUPERLATIVE.match(text, rest, blk.end):
            return None
        m = _AGENT.search(text, max(blk.start, pos - 80), pos)
        if m is None or m.group(1) not in AS_VERBS:
            return None
        end = text.find(". ", rest, blk.end)
        tail = text[rest : end if end >= 0 else blk.end]
        if " as " in tail:
            return None
        if not blk.english:
            return None
        span = Span(pos + 1, pos + 4)
        return Finding(
            span,
            f"'{m.group(1)} by ... and one of the': after '{m.group(1)} by' this reads as 'as one of the'",
            suggestions=("as",),
            fix=Fix.replace(span, "as", "replace with 'as'", safe=False),
        )
