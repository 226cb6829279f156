"""Page code copied as text (BP008): a social widget's script, an advertisement's tag, a style
sheet, structured data.  Found by its shape, not by a site's names; prose with a semicolon, an
equals sign or a bracket is left alone, and the code is not spell-checked."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.checks.boilerplate.code import traits

from council_story import BP, HEADLINE, PARAGRAPHS

# the Facebook SDK loader as WordPress prints it when the script lands in the text (curly quotes)
FACEBOOK_SDK = [
    "(function(d, s, id) {",
    "var js, fjs = d.getElementsByTagName(s)[0];",
    "if (d.getElementById(id)) return;",
    "js = d.createElement(s); js.id = id;",
    "js.src = “//connect.facebook.net/en_GB/sdk.js#xfbml=1&version=v2.7”;",
    "fjs.parentNode.insertBefore(js, fjs);",
    "}(document, ‘script’, ‘facebook-jssdk’));",
]
AD_TAG = [
    '<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>',
    "(adsbygoogle = window.adsbygoogle || []).push({});",
]
ANALYTICS = [
    "window.dataLayer = window.dataLayer || [];",
    "function gtag(){dataLayer.push(arguments);}",
    "gtag('js', new Date());",
    "gtag('config', 'G-12AB34CD');",
]
STYLE = [".fb-like-box { display: none; }", "@media (max-width: 600px) {", ".sidebar { width: 100%; margin: 0; }", "}"]
JSON_LD = ['{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves budget"}']
# an advertisement's targeting data printed member by member, one per line
JSON_LINES = ["{", '"url": "council-approves-budget",', '"section": "Politics",', '"tags": ["council", "schools"],', '"page": 2', "}"]
# a wiki's revision feed (Atom XML), and the page markup it carries with its entities
FEED = [
    "<entry>",
    "<id>https://wiki.example.org/index.php?title=Budget&amp;diff=1915&amp;oldid=prev</id>",
    "<title>Joe Tan at 04:48, 4 May 2019</title>",
    '<link rel="alternate" type="text/html" href="https://wiki.example.org/index.php?title=Budget"/>',
    "<updated>2019-05-04T04:48:05Z</updated>",
    "</entry>",
]
ESCAPED = [
    "&lt;table style=&quot;background-color: #fff; color: #202122;&quot;&gt;",
    "&lt;col class=&quot;diff-marker&quot; /&gt;",
    "&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=&quot;2&quot; class=&quot;diff-lineno&quot;&gt;Line 19:&lt;/td&gt;",
]


def _findings(text: str):
    res = lint_text(text, path="a.txt", select=BP)
    return [(d.code, d.line, d.end_line, d.message) for d in res.diagnostics]


def _after_story(code: list[str], sep: str = "\n") -> str:
    return "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n" + sep.join(code) + "\n"


@pytest.mark.parametrize(
    "code",
    [FACEBOOK_SDK, AD_TAG, ANALYTICS, STYLE, JSON_LD, JSON_LINES, FEED, ESCAPED],
    ids=["facebook", "ad", "analytics", "css", "json-ld", "json-lines", "feed", "escaped-markup"],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["one-block", "line-per-block"])
def test_page_code_after_the_story_is_one_finding(code, sep):
    text = _after_story(code, sep)
    first = text.count("\n", 0, text.index(code[0])) + 1
    got = _findings(text)
    assert [(c, a, b) for c, a, b, _ in got] == [("BP008", first, first + (len(code) - 1) * len(sep))], got
    assert got[0][3].startswith("Script or style-sheet code")
    assert got[0][3].endswith(": remove it." if len(code) == 1 else ": remove them.")


def test_code_run_into_the_last_paragraph_is_flagged_from_its_first_line():
    last = PARAGRAPHS[-1]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:-1]]) + "\n\n" + last + "\n" + "\n".join(FACEBOOK_SDK) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert len(res.diagnostics) == 1
    d = res.diagnostics[0]
    assert text[d.start : d.end].rstrip("\n") == "\n".join(FACEBOOK_SDK)


def test_code_is_not_spell_checked():
    text = _after_story(FACEBOOK_SDK)
    res = lint_text(text, path="a.txt", select=["SP001", "SP002", *BP])
    assert [d.code for d in res.diagnostics] == ["BP008"]  # no "fjs", "jssdk"


@pytest.mark.parametrize(
    "prose",
    [
        "The plan has three parts: a new road; a bridge; a school;",  # a list's items end with ";"
        "Final score: Leeds 2, Hull 1 (Smith 45; Jones 80);",
        "In return; the council will pay for the repairs;",
        "The formula (E = mc2) is on the wall of the museum.",
        "Apple(AAPL) rose 3% on Monday; Google fell;",
        "She said: “We will not give up; we will win.”",
        "Note: the vote is on Monday; polls open at 7am;",
        "He wrote {sic} in the margin of the report, council papers show",
        "Tickets cost £5 (under-16s £3); doors open at 7pm",
        "<The Palace: Jang Noksu>",  # a title in the angle brackets of Korean copy
        "Type &lt;b&gt; where the word should be bold; the editor will do the rest",
        # a quoted word with a colon opens a sentence of the story, not a JSON member
        '"Enough": that was all the minister said after the vote,',
        '"Stop": the word painted on the council\'s new signs',
    ],
)
def test_prose_with_code_characters_is_not_code(prose):
    assert traits(prose) < 2, prose
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], prose, PARAGRAPHS[2], PARAGRAPHS[3]]) + "\n"
    assert [f for f in _findings(text) if f[0] == "BP008"] == []


def test_one_trait_is_not_enough_two_are():
    assert traits("js.src = “//connect.facebook.net/en_GB/sdk.js”;") >= 2
    assert traits("at the office;") == 1


def test_a_lone_bracket_goes_with_the_code_beside_it_and_is_nothing_alone():
    text = _after_story(STYLE, "\n\n")
    res = lint_text(text, path="a.txt", select=BP)
    assert text[res.diagnostics[0].end :].strip() == ""  # the closing "}" is removed with the rule
    alone = "\n\n".join([HEADLINE, PARAGRAPHS[0], "}", *PARAGRAPHS[1:]]) + "\n"
    assert [f for f in _findings(alone) if f[0] == "BP008"] == []


def test_a_tagged_paragraph_is_the_storys_words_with_tags_around_them():
    """A paragraph wrapped in its page's tags is one element alone on its line, like a feed's
    entry: the tags are flagged, not the paragraph as code."""
    line = "<p>The council approved the new budget on Monday after a long debate.</p>"
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) + "\n"
    got = [(d.code, d.message.split(",")[0], text[d.start : d.end]) for d in lint_text(text, path="a.txt", select=BP).diagnostics]
    assert got == [("BP008", "HTML tag left in the text", "<p>"), ("BP008", "HTML tag left in the text", "</p>")]


def test_a_short_tagged_line_is_no_code_its_tags_are_flagged():
    """A short line of the story's with tags around it ("<b>Council approves budget</b>") is no
    code: its tags are flagged, its words are not."""
    line = "<b>Council approves budget</b>"
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line, PARAGRAPHS[2], PARAGRAPHS[3]]) + "\n"
    got = [(d.code, d.message.split(",")[0], text[d.start : d.end]) for d in lint_text(text, path="a.txt", select=BP).diagnostics]
    assert got == [("BP008", "HTML tag left in the text", "<b>"), ("BP008", "HTML tag left in the text", "</b>")]


def test_a_word_processor_s_tags_in_a_paragraph_are_flagged_not_the_paragraph():
    """A paragraph pasted from a word processor keeps its smart tags in their namespaces
    (<st1:place w:st="on">) and its inline styles over a line of five words: the tags are the
    leftover, the story's words are not."""
    lines = [
        '<p class="MsoNormal"><b style=""><span style="font-size: 16pt;" lang="EN-US">The <a href="http://example.org/fox.htm">South Shore Fox Hunters</a>',
        "have had a lot of fun over the past ten years chasing the elusive fox around the county.",
        'The hunters meet on the <st1:City w:st="on"><st1:place w:st="on">Bridgewater</st1:place></st1:City> repeater on 147.180 MHz.',
    ]
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], "\n".join(lines), PARAGRAPHS[1]]) + "\n"
    found = lint_text(text, path="a.txt", select=BP).diagnostics
    assert found and all(d.code == "BP008" and d.message.startswith("HTML tag left in the text") for d in found)
    flagged = "".join(text[d.start : d.end] for d in found)
    for words in ("South Shore Fox Hunters", "Bridgewater", "repeater on 147.180 MHz"):
        assert words not in flagged
    assert '<st1:City w:st="on"><st1:place w:st="on">' in [text[d.start : d.end] for d in found]
