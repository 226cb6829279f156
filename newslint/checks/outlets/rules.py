"""Source rules: outlets cited in the text and the document's publisher, rated from the data in
``newslint/data`` (Lin et al. 2023 domain ratings; curated state affiliation)."""

from __future__ import annotations

from ...diagnostics import Finding, Severity, Span
from ...rule import Examples, Rule
from . import citations, table
from .publisher import publisher

_BASIS_SHORT = {
    "EU833": "EU sanctions (Reg. 833/2014)",
    "USDOS2020": "US State Department foreign-mission designation (2020)",
    "OFAC2021": "US Treasury sanctions (2021)",
    "FARA": "registered under the US Foreign Agents Registration Act",
    "RSP": "Wikipedia perennial-sources consensus",
    "OWN": "state ownership and control",
}


def _basis(outlet: table.Outlet) -> str:
    parts = [_BASIS_SHORT[b] for b in outlet.basis if b in _BASIS_SHORT]
    return "; ".join(parts) if parts else "newslint's outlet table"


def _rating_text(rating: float | None, outlet: table.Outlet | None, domain: str | None = None) -> str:
    parts = [f"{rating:.2f} of 1, Lin et al. 2023"] if rating is not None else []
    verdict = table.rsp_of(outlet, domain)
    if verdict:
        labels = [table.RSP_LABELS.get(s, s) for s in verdict[0].split("/")]
        parts.append(f"Wikipedia perennial sources: {' / '.join(labels)}")
    return "; ".join(parts) or "no rating"


def cited_outlets(doc) -> list[dict]:
    out: dict[str, dict] = {}
    for m in citations.mentions(doc):
        if not m.cited:
            continue
        o = m.outlet
        if o is None:
            name = doc.text(m.span)
            if m.entry.needs_article:
                name = "The " + name
            out.setdefault("?" + name, {"name": name, "domain": None, "rating": None, "state_affiliated": None,
                                        "ambiguous": [x.name for x in m.entry.outlets]})
        else:
            out.setdefault(o.domain, table.facts_of(o))
    return list(out.values())


class _SourceRule(Rule):
    category = "source"

    def facts(self, doc, ctx):
        return doc.memo("outlets.facts", lambda: _facts(doc))


def _facts(doc) -> dict:
    pub = publisher(doc)
    return {"publisher": pub.facts() if pub else None, "cited_outlets": cited_outlets(doc)}


def _cited(doc):
    """Cited, unambiguous mentions that are not the publisher citing itself."""
    pub = publisher(doc)
    own = pub.outlet if pub else None
    for m in citations.mentions(doc):
        if m.cited and m.outlet is not None and m.outlet is not own:
            yield m


class StateAffiliatedSource(_SourceRule):
    """The text cites a state-affiliated outlet (RT, Sputnik, Xinhua, CGTN, Press TV...) as a source
    without saying it is state media.  Such outlets publish what their government wants said; news
    style (AP, Reuters, BBC) identifies them at first reference: "the state-run Xinhua news agency",
    "Kremlin-backed RT".  A mention that says so ("state-run", "state media", "official news agency",
    "Kremlin-backed", ...), or follows one that did, passes; so does a story that merely mentions the
    outlet without citing it.  The list of state-affiliated outlets and its sources: ``newslint source
    NAME``; publicly funded broadcasters with editorial independence (BBC, DW, VOA, CBC, NHK) are not
    on it.

    When the text is state media's own (SO003: "told Sputnik" in Sputnik's copy), its first
    citation of itself is reported at ``info`` severity: the quote was given to state media, and an
    editor reusing the copy should say so where it stands."""

    code = "SO001"
    name = "state-affiliated-source"
    severity = Severity.WARNING
    summary = "A state-affiliated outlet is cited as a source without being identified as state media."
    examples = Examples(
        bad=[
            "The ministry has ordered an inquiry, Xinhua reported.",
            "According to RT, the convoy crossed the border on Monday.",
            "The minister told Sputnik that talks would resume.",
        ],
        good=[
            "The ministry has ordered an inquiry, the state-run Xinhua news agency reported.",
            "Kremlin-backed broadcaster RT said the convoy crossed the border on Monday.",
            "The Sputnik V vaccine was approved in August.",
            "The minister told the BBC that talks would resume.",
        ],
    )

    def check(self, doc, ctx):
        seen = set()
        pub = publisher(doc)
        own = pub.outlet if pub else None
        for m in citations.mentions(doc):
            o = m.outlet
            if not m.cited or o is None or not o.state_affiliated or m.disclosed or o in seen:
                continue
            seen.add(o)  # news style identifies the outlet at first reference
            name = doc.text(m.span)
            help = f"Basis: {_basis(o)}. Details: `newslint source \"{o.name}\"`."
            if o is own:
                # state media citing itself ("told Sputnik"): SO003 has said what the publisher is;
                # an editor reusing the copy still needs to say it where the quote was given
                yield Finding(
                    m.span,
                    f"'{name}' is this text's own publisher, state-affiliated media ({o.country}): what was "
                    "said to it reached readers only through state media; say so if you reuse the copy.",
                    severity=Severity.INFO,
                    help=help,
                    data={"outlet": o.name, "domain": o.domain, "publisher": True},
                )
            else:
                yield Finding(
                    m.span,
                    f"'{name}' is state-affiliated media ({o.country}); say so when citing it, "
                    "or corroborate the claim with an independent source.",
                    help=help,
                    data={"outlet": o.name, "domain": o.domain},
                )


class LowRatedSource(_SourceRule):
    """The text cites an outlet whose news-quality rating is low: pc1 below 0.40 in the aggregate
    of expert ratings by Lin et al. (2023, PNAS Nexus 2(9) pgad286), or deprecated on Wikipedia's
    perennial-sources list.  On that list only one "generally reliable" domain scores below 0.40
    (The New Yorker, an imputation artefact), so a "generally reliable" verdict overrides pc1 (see
    benchmarks/RESULTS.md).  The rating is a prior about the outlet, not a verdict on the claim:
    corroborate the claim with a better-rated source or attribute it clearly."""

    code = "SO002"
    name = "low-rated-source"
    severity = Severity.WARNING
    summary = "An outlet with a low news-quality rating is cited as a source."
    examples = Examples(
        bad=["According to InfoWars, the vaccine contains microchips.", "Breitbart News reported that the bill had stalled."],
        good=["According to Reuters, the bill had stalled.", "InfoWars was banned from several platforms in 2018."],
    )

    def check(self, doc, ctx):
        seen = set()
        for m in _cited(doc):
            o = m.outlet
            if o.state_affiliated or o in seen:
                continue
            rating, rated = table.rating_of(o)
            if not table.is_low(rating, table.rsp_of(o, rated)):
                continue
            seen.add(o)
            yield Finding(
                m.span,
                f"'{doc.text(m.span)}' has a low news-quality rating ({_rating_text(rating, o, rated)}); "
                "corroborate the claim with a better-rated source.",
                help=f"Below {table.LOW_RATING:.2f} counts as low. Details: `newslint source \"{o.name}\"`.",
                data={"outlet": o.name, "domain": rated, "rating": None if rating is None else round(rating, 3)},
            )


def _evidence(pub) -> str:
    e = pub.evidence
    if e.startswith("metadata"):
        return "the document's " + e
    return {"branding": "outlet branding in the copy"}.get(e, "the " + e)


def _publisher_span(doc, pub) -> Span | None:
    if pub.span is not None:
        return pub.span
    for block in doc.blocks:
        words = block.words()
        if words:
            return Span(*words[0])
    return None


class StateAffiliatedPublisher(_SourceRule):
    """The document was published by state-affiliated media: its metadata, copyright line,
    branding or dateline names an outlet such as Sputnik, RT or Xinhua.  Such copy presents a
    government's view; treat it as a statement by that government, not as independent reporting.
    The finding points at the evidence (at the first word when it comes from metadata)."""

    code = "SO003"
    name = "state-affiliated-publisher"
    severity = Severity.WARNING
    summary = "The document was published by state-affiliated media."
    examples = Examples(
        bad=["- Sputnik International, 1920\nThe talks ended without agreement.", "BEIJING, Jan. 5 (Xinhua) -- The talks ended without agreement."],
        good=["LONDON (Reuters) - The talks ended without agreement.", "The talks ended without agreement.\n© Copyright IBTimes 2024. All rights reserved."],
    )

    def check(self, doc, ctx):
        pub = publisher(doc)
        if pub is None or not pub.state_affiliated:
            return
        span = _publisher_span(doc, pub)
        if span is None:
            return
        o = pub.outlet
        yield Finding(
            span,
            f"Published by {o.name}, state-affiliated media ({o.country}); treat it as the state's "
            "messaging, not independent reporting.",
            help=f"Found from {_evidence(pub)}. Basis: {_basis(o)}.",
            data={"outlet": o.name, "domain": o.domain, "evidence": pub.evidence},
        )


class LowRatedPublisher(_SourceRule):
    """The document was published by an outlet with a low news-quality rating (pc1 below 0.40,
    Lin et al. 2023, or deprecated on Wikipedia's perennial-sources list).  Information only: useful when sorting scraped corpora, not an error in the
    copy."""

    code = "SO004"
    name = "low-rated-publisher"
    severity = Severity.INFO
    summary = "The document was published by an outlet with a low news-quality rating."
    examples = Examples(
        bad=["Vaccines are dangerous, experts warn.\n© 2024 Natural News. All rights reserved."],
        good=["The talks ended without agreement.\n© 2024 Reuters. All rights reserved."],
    )

    def check(self, doc, ctx):
        pub = publisher(doc)
        if pub is None or pub.state_affiliated:
            return
        rating, rated = table.rating_of(pub.outlet, pub.domain)
        if not table.is_low(rating, table.rsp_of(pub.outlet, pub.domain)):
            return
        span = _publisher_span(doc, pub)
        if span is None:
            return
        yield Finding(
            span,
            f"Published by {pub.display}, which has a low news-quality rating ({_rating_text(rating, pub.outlet, rated)}).",
            help=f"Found from {_evidence(pub)}.",
            data={"domain": rated, "rating": None if rating is None else round(rating, 3)},
        )


RULES = [StateAffiliatedSource, LowRatedSource, StateAffiliatedPublisher, LowRatedPublisher]
