"""GR001: a verb's base form after "been" ("have been blame for")."""

from __future__ import annotations

from ...diagnostics import Finding, Fix, Span
from ...document.model import HEADING, HEADLINE
from ...rule import Examples, Rule
from .data import participles
from .words import blocks, match_case


class BaseVerbAfterBeen(Rule):
    """After "been" a verb takes its past participle: "have been blamed", "has been accused".  The
    bare form ("have been blame for") is a slip that survives because the sentence still reads.

    The rule knows about two thousand verbs whose bare form is used mostly as a verb and whose
    participle is a different word.  Words that are mostly nouns or adjectives ("has been home
    to", "has been fine"), verbs with an adjective reading ("has been close to") and verbs whose
    participle looks like the base form ("had been cut", "has been hit") are never flagged."""

    code = "GR001"
    name = "base-verb-after-been"
    category = "grammar"
    summary = 'Base form of a verb after "been" ("have been blame for").'
    fixable = True
    examples = Examples(
        bad=[
            "Haqqani have been blame for launching attacks against NATO targets.",
            "The minister has been accuse of misleading parliament.",
            "Several players had been ask to stay behind.",
        ],
        good=[
            "Haqqani have been blamed for launching attacks against NATO targets.",
            "The city has been home to the festival since 1947.",
            "Spending had been cut twice, and the mood has been fine since.",
            "The site has been live since Monday, and Japan has been close to recession.",
        ],
    )

    def check(self, doc, ctx):
        table = participles()
        for blk in blocks(doc, self.scopes):
            for a, b in blk.hits.get("been", ()):
                nxt = blk.next_word(b)
                if nxt is None:
                    continue
                original = blk.text[nxt[0] : nxt[1]]
                forms = table.get(original.lower())
                if forms is None:
                    continue
                if original[0].isupper():
                    title_case = blk.kind in (HEADLINE, HEADING) and blk.text[a].isupper()
                    if not title_case:
                        continue  # a name ("has been Trump's ..."), unless the headline is in title case
                if blk.text[nxt[1] : nxt[1] + 1] in ("-", "'", "’"):
                    continue  # "been make-believe"
                if not blk.english:
                    continue
                suggestion = match_case(forms[0], original)
                span = Span(*nxt)
                yield Finding(
                    span,
                    f"'{blk.text[a:b]} {original}': after 'been' the verb takes its past participle, '{suggestion}'",
                    suggestions=(suggestion,) + tuple(match_case(f, original) for f in forms[1:]),
                    fix=Fix.replace(span, suggestion, f"replace with {suggestion!r}", safe=False),
                )
