"""GR001: a verb's base form after "been" ("have been blame for")."""

from __future__ import annotations

from ...diagnostics import Finding, Fix, Span
from ...document.model import HEADLINE, HEADING
from ...rule import Examples, Rule
from .data import participles
from .words import block_words, match_case


class BaseVerbAfterBeen(Rule):
    """After "been" a verb takes its past participle: "have been blamed", "has been accused".  The
    bare form ("have been blame for") is a slip that survives because the sentence still reads.

    The rule knows about two thousand verbs whose bare form is used mostly as a verb and whose
    participle is a different word.  Words that are mostly nouns or adjectives ("has been home
    to", "has been fine") and verbs whose participle looks like the base form ("had been cut",
    "has been hit") are never flagged."""

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
            "The site has been live since Monday.",
        ],
    )

    def check(self, doc, ctx):
        table = participles()
        for bw in block_words(doc, self.scopes):
            title_case = bw.kind in (HEADLINE, HEADING)
            for i in bw.where.get("been", ()):
                j = i + 1
                if not bw.spaced(i):
                    continue
                verb = bw.lower[j]
                forms = table.get(verb)
                if forms is None:
                    continue
                original = bw.word(j)
                if original[0].isupper() and not (title_case and bw.word(i)[0].isupper()):
                    continue  # a name ("has been Trump's ..."), unless the headline is in title case
                if bw.after(j) in "-'’" and bw.after(j):
                    continue  # "been make-believe", "been ask's"
                suggestion = match_case(forms[0], original)
                span = Span(bw.starts[j], bw.ends[j])
                yield Finding(
                    span,
                    f"'{bw.word(i)} {original}': after 'been' the verb takes its past participle, '{suggestion}'",
                    suggestions=(suggestion,) + tuple(match_case(f, original) for f in forms[1:]),
                    fix=Fix.replace(span, suggestion, f"replace with {suggestion!r}", safe=False),
                )
