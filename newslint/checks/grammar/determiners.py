"""GR005: two determiners in a row ("the a report", "their the plan")."""

from __future__ import annotations

from ...diagnostics import Finding, Span
from ...rule import Examples, Rule
from .words import SPACES, blocks

ARTICLES = ("the", "a", "an")
POSSESSIVES = ("my", "your", "our", "their")
# What may follow an article and still be wrong: another article or a possessive determiner.
AFTER_ARTICLE = frozenset({"the", "a", "an", "my", "your", "our", "their", "its"})
# Latin and Italian phrases that start with "a": "an a cappella group", "the a priori case".
A_PHRASES = frozenset({"cappella", "capella", "priori", "posteriori", "fortiori", "la"})
HINTS = {"your": "you're", "their": "they're"}
# The character after the space that follows a determiner: unless it is another space or the
# first letter of a determiner, the next word is no determiner (see ``_judge``).
MAY_FOLLOW = frozenset({w[0] for w in AFTER_ARTICLE} | set(SPACES))


class DoubleDeterminer(Rule):
    """Two determiners side by side ("the a report", "a the minister", "the their plan") are
    almost always left over from rewording a sentence.  The same word twice ("the the") is
    TY002's and is not flagged here.  Letters and phrases that only look like determiners are
    left alone: "the A-team", "the a.m. session", "an a cappella group".  "His" and "her" are not
    checked first in a pair, because they are pronouns too ("he called his a failure", "gave her
    a book").  "Your the best" and "their the first" get a hint: "you're", "they're"."""

    code = "GR005"
    name = "double-determiner"
    category = "grammar"
    summary = 'Two determiners in a row ("the a", "a the", "their the").'
    examples = Examples(
        bad=[
            "The minister published the a report on Monday.",
            "It was a the first time.",
            "Voters backed the their candidate.",
            "Their the best team in the league.",
        ],
        good=[
            "The minister published a report on Monday.",
            "He called his a failure and gave her a book.",
            "The a cappella group sang at the a.m. session; the A-team won.",
            "The the is TY002's to flag.",
        ],
    )

    def check(self, doc, ctx):
        for blk in blocks(doc, self.scopes):
            text = blk.text
            for first in ARTICLES + POSSESSIVES:
                for a, b in blk.hits.get(first, ()):
                    # nearly every determiner is followed by a word that is not one: one string
                    # lookup spares it the full judgement (which would say the same)
                    if text[b + 1 : b + 2] not in MAY_FOLLOW:
                        continue
                    f = self._judge(blk, a, b, first)
                    if f is not None:
                        yield f

    @staticmethod
    def _judge(blk, a: int, b: int, first: str) -> Finding | None:
        nxt = blk.next_word(b)
        if nxt is None:
            return None
        text = blk.text
        second = text[nxt[0] : nxt[1]]
        if not second.islower():
            return None  # "the A-team", "a The Times reporter"
        if first in ARTICLES:
            if second not in AFTER_ARTICLE or second == first:
                return None
        elif second not in ARTICLES:
            return None
        if text[nxt[1] : nxt[1] + 1] in ("-", "'", "’", "."):
            return None  # "the a.m. session", "the an-124"
        if second in ("a", "an"):
            after = blk.next_word(nxt[1])
            if after is not None and text[after[0] : after[1]].lower() in A_PHRASES:
                return None
        if text[a].isupper() and not blk.sentence_initial(a):
            return None
        if not blk.english:
            return None
        pair = text[a : nxt[1]]
        hint = HINTS.get(first)
        message = f"'{pair}': two determiners in a row; one of them is left over from an edit"
        if hint:
            message += f" (or did you mean '{hint}'?)"
        return Finding(Span(a, nxt[1]), message)
