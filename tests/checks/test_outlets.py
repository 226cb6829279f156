"""Outlets (SO): publisher detection, citation frames, ratings and the JSON facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.api import lint_text
from newslint.checks.outlets import table
from newslint.checks.outlets.citations import mentions
from newslint.checks.outlets.publisher import publisher
from newslint.checks.outlets.rules import cited_outlets
from newslint.cli import main
from newslint.document import read_document

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def doc(text: str, fmt: str = "plain", path: str = "x.txt"):
    return read_document(text, path, fmt)


def codes(text: str, fmt: str = "plain", path: str = "x.txt") -> list[tuple[str, str]]:
    res = lint_text(text, path=path, format=fmt, select=["SO"])
    return [(d.code, text[d.start : d.end]) for d in res.diagnostics]


# -- data ---------------------------------------------------------------------------------------------
def test_curated_table_is_consistent():
    outlets = table.outlets()
    assert len(outlets) > 200
    seen = {}
    for o in outlets:
        assert o.status in ("state", "public", "-"), o
        for b in o.basis:
            assert b in table.BASIS, (o.name, b)
        if o.state_affiliated:
            assert o.basis, f"{o.name} is state-affiliated without a basis"
        for d in o.domains:
            assert d == table.host_of(d), d
            assert d not in seen, (d, o.name, seen.get(d))
            seen[d] = o.name
        for n in o.names:
            assert n[0].isupper() or n[0].isdigit() or n.startswith("the "), n


def test_ratings_load_and_look_up():
    q = table.quality()
    assert len(q) > 11000
    assert q.get("reuters.com") == 1.0
    assert 0.0 <= q["rt.com"] < table.LOW_RATING
    assert q.get("no-such-domain.example") is None


@pytest.mark.parametrize(
    "value,outlet,domain",
    [
        ("https://www.bbc.co.uk/news/world-123", "BBC", "bbc.co.uk"),
        ("francais.rt.com", "RT", "rt.com"),
        ("http://edition.cnn.com/x", "CNN", "cnn.com"),
        ("sputnikglobe.com", "Sputnik", "sputnikglobe.com"),
    ],
)
def test_lookup_domain_walks_subdomains(value, outlet, domain):
    o, d = table.lookup_domain(value)
    assert o is not None and o.name == outlet
    assert d == domain


def test_ambiguous_names_are_not_rated():
    assert len(table.lookup_name("The Times")) == 3
    assert table.lookup_name("Times of London")[0].domain == "thetimes.co.uk"
    assert table.lookup_name("RTÉ")[0].name != table.lookup_name("RT")[0].name


def test_rsp_generally_reliable_overrides_a_low_imputed_rating():
    o = table.lookup_name("The New Yorker")[0]
    rating, rated = table.rating_of(o)
    assert rating < table.LOW_RATING
    assert not table.is_low(rating, table.rsp_of(o, rated))
    sun = table.lookup_name("Sun newspaper")[0]
    r, d = table.rating_of(sun)
    assert r >= table.LOW_RATING and table.is_low(r, table.rsp_of(sun, d))  # deprecated on RSP


# -- publisher ------------------------------------------------------------------------------------------
def test_seed_publishers():
    pub0 = publisher(doc((SEEDS / "000_15ed5231e2ee217b.txt").read_text(encoding="utf-8")))
    assert pub0.facts()["name"] == "International Business Times"
    assert pub0.facts()["domain"] == "ibtimes.com"
    assert pub0.facts()["state_affiliated"] is False
    pub1 = publisher(doc((SEEDS / "001_4974886d6af128ab.txt").read_text(encoding="utf-8")))
    assert pub1.facts()["name"] == "Sputnik" and pub1.facts()["state_affiliated"] is True


def test_publisher_from_front_matter_url_and_name():
    d = doc("---\nurl: https://francais.rt.com/international/1\n---\n# Talks end\n\nThe talks ended.\n", "markdown", "a.md")
    assert publisher(d).outlet.name == "RT"
    d = doc("---\npublisher: Breitbart News\n---\nThe talks ended.\n", "markdown", "b.md")
    assert publisher(d).outlet.name == "Breitbart"
    d = doc("---\npublisher: The Springfield Shopper\n---\nThe talks ended.\n", "markdown", "c.md")
    assert publisher(d).facts() == {"name": "The Springfield Shopper", "domain": None, "rating": None,
                                    "state_affiliated": False, "evidence": "metadata field 'publisher'"}


def test_publisher_from_html_meta():
    html = ('<html><head><meta property="og:site_name" content="Sputnik International"></head>'
            "<body><p>The talks ended.</p></body></html>")
    assert publisher(doc(html, "html", "a.html")).outlet.name == "Sputnik"


def test_publisher_from_dateline_and_copyright():
    assert publisher(doc("BEIJING, Jan. 5 (Xinhua) -- The talks ended.")).outlet.name == "Xinhua"
    assert publisher(doc("The talks ended.\n\nCopyright 2024 The Associated Press. All rights reserved.")).outlet.name == "Associated Press"
    unknown = publisher(doc("The talks ended.\n© 2024 Some Local Gazette Ltd. All rights reserved."))
    assert unknown.outlet is None and unknown.name == "Some Local Gazette"


def test_photo_credit_is_not_a_publisher():
    assert publisher(doc("© Photo : Twitter / @CENTCOM A screenshot of a video.\nThe raids continued.")) is None
    assert publisher(doc("The raids continued.\n© Sputnik / Alexei Druzhinin\nMore text follows here.")) is None


def test_state_affiliated_publisher_is_flagged_at_the_evidence():
    text = (SEEDS / "001_4974886d6af128ab.txt").read_text(encoding="utf-8")
    found = codes(text)
    assert ("SO003", "- Sputnik International, 1920") in found
    # the outlet citing itself ("told Sputnik") is no second warning, but an editor reusing the
    # copy learns, once, that the interview reached readers only through state media
    res = lint_text(text, path="x.txt", select=["SO001"])
    own = [(str(d.severity), text[d.start : d.end], d.line) for d in res.diagnostics]
    assert own == [("info", "Sputnik", 24)], own
    assert "publisher" in res.diagnostics[0].message


def test_outlet_citing_itself_when_it_is_not_state_media_is_left_alone():
    text = "LONDON (Reuters) - The minister told Reuters that talks would resume."
    assert not lint_text(text, path="x.txt", select=["SO001", "SO002"]).diagnostics


def test_state_publisher_citing_itself_after_saying_what_it_is_is_left_alone():
    text = "BEIJING, Jan. 5 (Xinhua) -- The minister told the state-run Xinhua news agency that talks would resume."
    assert not lint_text(text, path="x.txt", select=["SO001"]).diagnostics


# -- citations -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,name",
    [
        ("The U.S. build-up was reported, according to a report in the British newspaper, The Daily Telegraph.", "The Daily Telegraph"),
        ("The Los Angeles Times reports that Pakistan is closing the cells.", "Los Angeles Times"),
        ("Khan said in an interview with PBS NewsHour last month.", "PBS"),
        ("He visited Pakistan, as per a report in The New York Times.", "The New York Times"),
        ("Meanwhile Reuters reported a fall.", "Reuters"),
        ("A Reuters report said prices fell.", "Reuters"),
        ("Britain's Guardian newspaper reported it.", "The Guardian"),
    ],
)
def test_citations_are_recognised(text, name):
    assert name in [c["name"] for c in cited_outlets(doc(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The BBC has cut 400 jobs.",
        "The Sputnik V vaccine was approved in August.",
        "RT-PCR tests were negative.",
        "Michael Bloomberg said he would run.",
        "Mr Bloomberg said he would run.",
        "The Guardian Council said the vote was valid.",
        "The Telegraph Group says it will cut 90 jobs.",
        "In Fars province, officials said the quake killed 12.",
        "RT's editor-in-chief was sanctioned by the EU.",
    ],
)
def test_mentions_that_are_not_citations(text):
    assert cited_outlets(doc(text)) == []


def test_ambiguous_times_is_reported_but_not_rated():
    out = cited_outlets(doc("The Times reported that the aircraft used a base in Qatar."))
    assert out[0]["name"] == "The Times" and out[0]["rating"] is None
    assert set(out[0]["ambiguous"]) == {"The Times", "The New York Times", "The Washington Times"}


def test_state_source_flagged_once_and_not_when_disclosed():
    text = "China Daily said prices rose. China Daily said exports fell. China Daily added that imports were flat."
    assert codes(text) == [("SO001", "China Daily")]
    disclosed = "The state-run China Daily said prices rose. China Daily said exports fell."
    assert codes(disclosed) == []


def test_public_broadcasters_are_not_state_affiliated():
    for name in ("BBC", "Deutsche Welle", "Voice of America", "CBC", "NHK", "PBS", "Al Jazeera"):
        o = table.lookup_name(name)[0]
        assert o.status == "public" and not o.state_affiliated, name
    assert codes("She told the BBC and Voice of America that talks would resume. Deutsche Welle reported the same.") == []


def test_mentions_are_token_matches_with_spans():
    d = doc("According to Xinhua's report, 12 died.")
    (m,) = mentions(d)
    assert d.text(m.span) == "Xinhua" and m.cited


# -- output --------------------------------------------------------------------------------------------------
def test_json_output_has_publisher_and_cited_outlets():
    result = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", "--select", "SO,SM", str(SEEDS)])
    data = json.loads(result.output)
    files = {Path(f["path"]).name: f for f in data["files"]}
    assert files["000_15ed5231e2ee217b.txt"]["publisher"]["domain"] == "ibtimes.com"
    assert files["001_4974886d6af128ab.txt"]["publisher"]["state_affiliated"] is True
    assert files["002_06ed15e855302c2b.txt"]["publisher"] is None
    cited = [c["name"] for c in files["002_06ed15e855302c2b.txt"]["cited_outlets"]]
    assert cited == ["Los Angeles Times"]


# -- the search shortcuts in citations.py agree with the patterns alone ------------------------------
def _windows(prose: str):
    """The texts the citation searches read: around every capitalised word, as around a name."""
    import re

    for m in re.finditer(r"[A-Z0-9]", prose):
        a = m.start()
        before = prose[max(0, a - 160) : a]
        yield before, prose[max(0, a - 100) : a + 100]


CRAFTED = [
    "according to a report in ", "he told ", "quoted by ", "a statement to\n", "”, reported the ", "' said ",
    "Russia's state-run ", "the Kremlin-backed ", "the official news agency ", "x,said ", "its own\t",
    "Mr. ", "U.S. ", "a b-c’d. ", "— ", "", " ", "word \n", "..., ", "rock 'n' roll ", "“", "Communist Party's mouthpiece",
]


def _agree(texts):
    import re

    from newslint.checks.outlets import citations as c

    pairs = [
        (c._BEFORE.search, re.compile(c._BEFORE_PATTERN, re.I).search),
        (c.STATE_DESCRIPTOR.search, re.compile(c._STATE_DESCRIPTOR_PATTERN, re.I).search),
        (c._PREV_WORD.search, re.compile(r"([\w’'.-]+)[ \t]+$").search),
    ]
    n = 0
    for text in texts:
        for fast, plain in pairs:
            got, want = fast(text), plain(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), text
            n += want is not None
    return n


def test_citation_search_shortcuts_agree_on_crafted_texts():
    assert _agree(CRAFTED) > 5


def test_citation_search_shortcuts_agree_on_articles(shared_data):
    texts = []
    paths = sorted((shared_data / "news" / "bbc-dev").glob("*.txt"))[:40] + sorted(SEEDS.glob("*.*"))
    for path in paths:
        prose = doc(path.read_text(encoding="utf-8")).prose
        for before, window in _windows(prose):
            texts += [before, before[-90:], window]
    assert _agree(texts) > 100
