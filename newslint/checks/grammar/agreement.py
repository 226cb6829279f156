"""GR006: a personal pronoun and the verb right after it disagree ("they was", "he have")."""

from __future__ import annotations

from ...diagnostics import Finding, Fix, Span
from ...rule import Examples, Rule
from .words import SPACES, blocks, match_case

# pronoun -> {verb as written: what agrees}.  Only forms that are wrong in standard English
# whatever follows; "I were", "he were" (subjunctive) and "he don't" (dialect) are not listed.
_THIRD = {"have": "has", "are": "is", "haven't": "hasn't", "aren't": "isn't"}
_PLURAL = {"was": "were", "is": "are", "has": "have", "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't"}
AGREES = {
    "i": {"is": "am", "are": "am", "has": "have", "hasn't": "haven't"},
    "he": _THIRD,
    "she": _THIRD,
    "it": _THIRD,
    "we": _PLURAL,
    "they": _PLURAL,
}
# The character after the space that follows a pronoun, lower-cased: unless it is another space or
# the first letter of a verb above, the next word is no verb of the tables (see ``_judge``).
MAY_FOLLOW = frozenset({verb[0] for table in AGREES.values() for verb in table} | set(SPACES))
# "it" and "you" are objects too ("the ministers who backed it are", "the advice I can give you
# is"): "it" is judged only at the start of a sentence, "you" never.
SENTENCE_INITIAL_ONLY = frozenset({"it"})
# Before the pronoun, these make a bare "have"/"are" right: questions and inversions ("does he
# have", "should it have"), bare infinitives after "let/make/see" ("let it have") and the mandative
# subjunctive ("insisted that he have").
INVERSION = frozenset(
    """do does did doesn't didn't don't would will can could should may might must shall wouldn't won't
    can't couldn't shouldn't mustn't let lets letting make makes made making help helps helped helping
    see sees saw seen seeing watch watches watched watching hear hears heard hearing feel feels felt
    notice noticed have has had having that lest whether if""".split()
)
# Before the pronoun, these make it an object or part of a longer subject: "one of you has",
# "you and I are", "than they".
NOT_THE_SUBJECT = frozenset(
    """and or nor of among for to with than like by from about between as but except including on in
    at into onto upon over under after before against without within behind through around across
    towards toward beside besides beyond near unlike via per""".split()
)

class PronounVerbAgreement(Rule):
    """A subject pronoun and its verb must agree: "they were" not "they was", "he has" not "he
    have", "I am" not "I is".  Only a pronoun directly followed by a form of *be* or *have* is
    checked, and only where no question, inversion, coordination ("you and I are") or subjunctive
    ("insisted that he have") can make the pair right.  Quoted speech is left alone: dialect in a
    quote is the speaker's, not a slip.  Collective nouns ("the company are") are never flagged:
    British usage allows a plural verb."""

    code = "GR006"
    name = "pronoun-verb-disagreement"
    category = "grammar"
    summary = 'A pronoun and the verb after it disagree ("they was", "he have").'
    fixable = True
    examples = Examples(
        bad=[
            "They was told to leave the building.",
            "Officials said he have resigned.",
            "Last year we was the only bidder.",
            "I is not a word an editor lets through.",
        ],
        good=[
            "They were told to leave, and he has resigned.",
            "Does he have a plan? Should it have been stopped?",
            "The board insisted that he have access to the files.",
            "Which one of you has the key? You and I are late. The advice I gave you is simple.",
            "The ministers who backed it are divided.",
            '"We was robbed," the manager said.',
            "World War I is over; the company are divided.",
        ],
    )

    def check(self, doc, ctx):
        for blk in blocks(doc, self.scopes):
            text = blk.text
            for pronoun, table in AGREES.items():
                for a, b in blk.hits.get(pronoun, ()):
                    # most pronouns are followed by a word no table lists: one string lookup
                    # spares them the full judgement (which would say the same)
                    if text[b + 1 : b + 2].lower() not in MAY_FOLLOW:
                        continue
                    f = self._judge(blk, a, b, pronoun, table)
                    if f is not None:
                        yield f

    @staticmethod
    def _judge(blk, a: int, b: int, pronoun: str, table: dict[str, str]) -> Finding | None:
        nxt = blk.next_word(b)
        if nxt is None:
            return None
        text = blk.text
        original = text[nxt[0] : nxt[1]]
        wanted = table.get(original.lower().replace("’", "'"))
        if wanted is None:
            return None
        if text[nxt[1] : nxt[1] + 1] == "-":
            return None
        written = text[a:b]
        initial = blk.sentence_initial(a)
        if pronoun in SENTENCE_INITIAL_ONLY and not initial:
            return None
        if written != "I" and written[0].isupper() and not initial:
            return None  # "It" as a title
        before = text[max(blk.start, a - 3) : a].rstrip()
        if before.endswith(("&", "+", "/")):
            return None  # "Eva & I are"
        prev = blk.prev_word(a)
        if prev is not None and not initial:
            word = text[prev[0] : prev[1]]
            low = word.lower().replace("’", "'")
            if low in NOT_THE_SUBJECT or (table is _THIRD and low in INVERSION):
                return None
            if written == "I" and word[0].isupper():
                return None  # a Roman numeral: "World War I is", "Phase I has"
        if blk.in_quotes(a) or not blk.english:
            return None
        replacement = match_case(wanted, original)
        if "’" in original:
            replacement = replacement.replace("'", "’")
        span = Span(*nxt)
        return Finding(
            span,
            f"'{written} {original}': the verb does not agree with '{written}'; write '{written} {replacement}'",
            suggestions=(replacement,),
            fix=Fix.replace(span, replacement, f"replace with {replacement!r}", safe=False),
        )
