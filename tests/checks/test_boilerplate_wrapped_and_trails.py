"""A story hard-wrapped with blank lines between its lines, a row of icons that left only their
bullets, a breadcrumb trail that starts at the site's name, a magazine's tagline, and page strings
in other languages and of plugins and appeals.  Each written for the test, after the shape of such
pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, draft, findings_at, flagged_lines, line_of

WRAPPED = [
    "Taxi Drivers Protest Against Online Taxi Services In The Capital",
    "CAPITAL: Yellow cab drivers staged a demonstration against online",
    "taxi services in the capital.",
    "They chanted slogans against the mobile application based taxi services",
    "during the protest staged outside the city's press club.",
    "They demanded that the authorities shut down the app-based services.",
    "“The apps are the economic ruin of thousands of yellow cab drivers,” one of the protesters said.",
]


def test_a_sentence_wrapped_across_a_blank_line_is_the_story_s_first():
    text = draft(*WRAPPED)
    # its first line is no headline of another story above the story, nor is the headline over it
    assert flagged_lines(text) == set()


def test_a_wrapped_sentence_opens_the_story_not_its_headline():
    # the two lines of the second sentence, right under each other, are no headline and paragraph
    text = draft(WRAPPED[0], WRAPPED[1] + "\n" + WRAPPED[2], WRAPPED[3] + "\n" + WRAPPED[4], *WRAPPED[5:])
    assert flagged_lines(text) == set()


def test_a_title_over_a_lower_case_line_that_ends_no_sentence_is_still_judged():
    # "runs on" needs the next line to end the sentence: a menu's lower-case items do not
    text = draft("Share this story with friends and family today", "email", "print", *PARAGRAPHS)
    assert line_of(text, "email") in flagged_lines(text)


def test_a_row_of_bullets_without_their_icons_is_flagged():
    text = draft(HEADLINE, "•", "•", "•", "• Print.", *PARAGRAPHS)
    got = flagged_lines(text)
    assert {3, 5, 7, 9} <= got
    assert got.isdisjoint(range(line_of(text, PARAGRAPHS[0]), len(text.split("\n")) + 1))


def test_a_single_bullet_between_paragraphs_is_a_scene_break():
    text = draft(HEADLINE, PARAGRAPHS[0], "•", *PARAGRAPHS[1:])
    assert flagged_lines(text) == set()


@pytest.mark.parametrize(
    "trail",
    [
        "American Go E-Journal » 2019 » November",
        "Digest>Archives> Jul/Aug 2011",  # a plain ">", spaced or not
        "Chatting => Chatting on the Plot => Forum rules",
        "Beacon Digest → Archives → Winter 2011",
    ],
)
def test_a_trail_from_the_site_s_name_is_a_breadcrumb(trail):
    assert codes_at(trail, "top") == ["BP003"]


@pytest.mark.parametrize(
    "line",
    [
        "Turnout > 41% > 45% > 52%",  # a story's figures
        "Fix: Settings > display > colours",
        "Use => for a map and -> for a pointer",
    ],
)
def test_greater_than_signs_in_a_line_of_the_story_are_no_trail(line):
    # (a short line between paragraphs may still be taken for a link: not for a trail)
    assert not any("breadcrumb" in message for _, message in findings_at(line, "top"))


def test_arrows_in_a_sentence_are_no_trail():
    line = "He walked from the harbour » to the old town » and back again before the rain came in the evening."
    assert findings_at(line, "end") == []


@pytest.mark.parametrize(
    "line, code",
    [
        ("A publication of AAEA", "BP002"),
        ("Copyright infringement not intended", "BP001"),
        ("error: Content is protected !!", "BP008"),
        ("Anuncio", "BP008"),
        ("Give us feedback, share a story tip or update, or report an error.", "BP005"),
        ("This site is supported almost exclusively by donations. Please consider donating a small amount regularly.", "BP008"),
    ],
)
def test_a_page_s_strings(line, code):
    assert codes_at(line, "end") == [code]


def test_a_story_about_a_publication_or_protected_content_is_not_flagged():
    for line in (
        "A publication of the council's plans is expected next month, officials said.",
        "The content is protected by copyright, the court ruled, and the blog must remove it.",
    ):
        assert findings_at(line, "end") == [], line
