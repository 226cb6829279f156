"""Attribution rules AT001-AT005: one code per kind of problem, all reading one shared analysis."""

from __future__ import annotations

from ...diagnostics import Finding, Severity, Span
from ...rule import Examples, Rule
from .analysis import SCOPES, analysis
from .claims import ANONYMOUS, DATA, HEDGE, VAGUE, Claim


class _Attribution(Rule):
    category = "attribution"
    scopes = SCOPES
    kind = ""

    def facts(self, doc, ctx):
        return {"attribution": analysis(doc).counts()}

    def check(self, doc, ctx):
        for c in analysis(doc).reported(self.kind):
            yield Finding(Span(c.start, c.end), self.message(c), help=self.help_for(c))

    def message(self, c: Claim) -> str:  # pragma: no cover - every rule overrides it
        raise NotImplementedError

    def help_for(self, c: Claim) -> str | None:
        return None


class UnsourcedHedge(_Attribution):
    """A claim softened by a hedge ("reportedly", "allegedly", "apparently", "purportedly",
    "supposedly"), a hearsay passive ("is said to", "are believed to", "is understood to") or an
    impersonal one ("it is understood", "it is believed that"), or "widely seen as", with no named
    source for the claim in the sentence.  The hedge tells the reader someone says so without
    saying who.  A hedge inside a named person's statement or quotation is theirs and passes."""

    code = "AT001"
    name = "unsourced-hedge"
    severity = Severity.WARNING
    summary = "Hedged claim ('reportedly', 'is said to') with no named source."
    kind = HEDGE
    examples = Examples(
        bad=[
            "The striker has reportedly agreed a new contract with the club.",
            "The painting is said to be worth more than £2m.",
            "It is understood the bank will cut 400 jobs next year.",
        ],
        good=[
            "The striker has agreed a new contract, the club said on Friday.",
            "Police said a search of the car allegedly found a weapon.",
            "The painting is worth more than £2m, according to the auction house Christie's.",
        ],
    )

    def message(self, c):
        if c.cls == "adverb":
            return f"'{c.cue}' hedges the claim but names no source; say who reports it, or drop the hedge."
        if c.cls == "widely":
            return f"'{c.cue}' implies a consensus that nobody is named for; say who holds the view."
        return f"'{c.cue}' passes on what someone says without naming them; say who says so."


class AnonymousSource(_Attribution):
    """A claim credited to unnamed insiders: "sources said", "senior officials said", "a diplomat
    told", "people familiar with the matter", or a spokesperson whose organisation the text does not
    give.  Officials stay anonymous even with a country or organisation attached ("U.S. officials").
    Stylebooks allow anonymous sources when the copy says why they cannot be named, so this is info
    by default and a stated reason ("who spoke on condition of anonymity because ...", "who was not
    authorised to speak publicly") silences it.  A named organisation's spokesperson ("a Tesco
    spokesman said") is not anonymous."""

    code = "AT002"
    name = "anonymous-source"
    severity = Severity.INFO
    summary = "Claim credited to an unnamed source with no reason given for anonymity."
    kind = ANONYMOUS
    examples = Examples(
        bad=[
            "The talks have collapsed, senior officials said on Monday.",
            "People familiar with the matter said the deal would be announced next week.",
        ],
        good=[
            "The talks have collapsed, a Tesco spokesman said on Monday.",
            "The talks have collapsed, said a senior official, who spoke on condition of anonymity because "
            "he was not authorised to brief reporters.",
        ],
    )

    def message(self, c):
        if c.cls == "spokes":
            return f"'{c.cue}' for whom? A spokesperson with no organisation named is an anonymous source."
        return f"Anonymous source '{c.cue}': no name, and no reason given for anonymity."

    def help_for(self, c):
        return "Name the source, or say why they cannot be named (\"who spoke on condition of anonymity because ...\")."


class VagueSource(_Attribution):
    """A claim credited to a group that could never be asked: "experts say", "critics argue",
    "analysts said", "Iranian media reported", "reports suggest", "many believe", "some will argue",
    or to nobody at all ("it has been reported", "there are fears", "was blamed on").  Analysts at a
    named firm, or a named outlet, pass."""

    code = "AT003"
    name = "vague-source"
    severity = Severity.WARNING
    summary = "Claim credited to a vague collective ('experts say', 'media reported')."
    kind = VAGUE
    examples = Examples(
        bad=[
            "Experts say the new rules will push up prices.",
            "State media reported that the minister had resigned.",
            "Many believe the plant will never reopen.",
        ],
        good=[
            "Analysts at Barclays say the new rules will push up prices.",
            "The Financial Times reported that the minister had resigned.",
            "Residents voted to reopen the plant.",
        ],
    )

    def message(self, c):
        if c.cls in ("vague", "crowd"):
            return f"Vague source '{c.cue}': which {c.noun.lower() or 'source'}? Name them, or at least their organisation."
        if c.cls == "publication":
            return f"Vague source '{c.cue}': which outlet? Name the publication."
        if c.cls == "quantifier":
            return f"'{c.cue}' credits the view to an unnamed crowd; say who holds it."
        return f"'{c.cue}' reports a claim without saying who made it; name the source."


class UnsourcedData(_Attribution):
    """Figures or findings introduced as if sourced but with no owner: "figures show", "official
    figures", "as per satellite data", "statistics show", "a survey has suggested", "it is estimated
    that", "an estimated 5,000".  Say who collected or published the data ("figures from the Office
    for National Statistics show").  A back-reference ("the figures") passes."""

    code = "AT004"
    name = "unsourced-data"
    severity = Severity.WARNING
    summary = "Data cited with no owner ('figures show', 'as per satellite data')."
    kind = DATA
    examples = Examples(
        bad=[
            "Unemployment rose for a second month in March, official figures show.",
            "As per satellite data, the ships left the port on Sunday.",
            "It is estimated that 2,000 homes were damaged.",
        ],
        good=[
            "Unemployment rose for a second month in March, figures from the Office for National Statistics show.",
            "The average house price rose to £250,000, Halifax said.",
            "The figures show a rise for the second month.",
        ],
    )

    def message(self, c):
        if c.cls in ("estimated", "impersonal", "raising", "estimated-at"):
            return f"'{c.cue}': estimated by whom? Name the source of the estimate."
        return f"'{c.cue}' has no owner: whose data is it? Name who collected or published it."


class UnattributedQuote(_Attribution):
    """A direct quotation of a full sentence with no speaker: no reporting verb ("said", "told",
    "according to", "in a statement"), introducing colon or byline ("- Cam Newton") in the
    quotation's sentence, the sentence before it or the sentence after it.  A quotation that
    continues an attributed one (the next paragraph of the same quote, or a quote right after it)
    passes; quoted phrases under six words (scare quotes), partial quotations that start in lower
    case, and titles are not checked.

    Info by default: features often let the paragraph before name the speaker without a verb
    ("Gervais is keen to take it slowly. \"A film will happen ...\""), which a sentence-level check
    cannot tell from a quote nobody said.  Raise it with ``rules: {unattributed-quote: {severity:
    warning}}`` for wire copy, where every quote carries its speaker."""

    code = "AT005"
    name = "unattributed-quote"
    severity = Severity.INFO
    summary = "Direct quotation with no speaker near it."
    kind = "quote"
    examples = Examples(
        bad=[
            "The council approved the budget on Monday.\n\n\"We will not raise taxes again this year, whatever happens.\"\n\n"
            "The vote was 12 to 3.",
        ],
        good=[
            "\"We will not raise taxes again this year, whatever happens,\" the mayor said.",
            "The mayor called the budget \"a fair deal\" for residents.",
        ],
    )

    def check(self, doc, ctx):
        for a, b, n in analysis(doc).bare_quotes:
            yield Finding(
                Span(a, b),
                f"Quotation of {n} words with no speaker in this or the neighbouring sentence; say who said it.",
            )


RULES = [UnsourcedHedge, AnonymousSource, VagueSource, UnsourcedData, UnattributedQuote]
