"""A story's own teaser under its title, a short title over its first section's label, the title
in capitals over itself, and page strings: a cookie notice worded otherwise, a closed comment
form, a forum's visitor lines and edit note, a wiki mirror's licence note, a radio player's button,
a blog's archive title.  Each written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import BP, HEADLINE, PARAGRAPHS, codes_at, draft, flagged_lines, line_of

TEASER = (
    "The council approved the new budget on Monday after a debate that lasted most of the evening, "
    "and councillors said the plan would fund two new schools and repair the... Read more »"
)


def _findings(text: str):
    from newslint.api import lint_text

    return lint_text(text, path="a.txt", select=BP).diagnostics


def test_a_page_s_one_teaser_under_its_headline_loses_its_link_alone():
    text = draft(HEADLINE, TEASER)
    found = _findings(text)
    assert [(d.code, d.line) for d in found] == [("BP009", 3)]
    d = found[0]
    assert text.split("\n")[2][d.column - 1 : d.end_column - 1] == "Read more »"
    assert "rest of the story" in d.message


def test_a_page_of_teasers_still_flags_each_whole():
    other = "Police have named the man found in the harbour last week and asked witnesses to... Read more »"
    text = draft(HEADLINE, TEASER, other)
    assert {3, 5} <= flagged_lines(text)
    assert all(d.column == 1 and "rest of the story" not in d.message for d in _findings(text))


ORGAN = [
    "An Organ Builder is someone who uses their skill and labour for the fabrication and restoration of "
    "pipe organs, their pipes, bellows and the actions that work them.",
    "A builder works in a workshop and in churches, halls and schools, tuning and repairing the organs "
    "they built and those of others.",
]


def test_a_short_title_over_its_first_section_s_label():
    text = draft("Organ Builder", "Occupation overview", *ORGAN)
    assert flagged_lines(text) == set()


def test_a_name_under_a_long_headline_is_not_taken_for_a_label():
    title = "Council Approves The Budget For Two New Schools And The River Bridge"
    text = draft(title, "A.J. Daulerio", *PARAGRAPHS)
    assert line_of(text, "A.J. Daulerio") not in flagged_lines(text)


DISCO = [
    "A roller disco is a dance hall or a skating rink where the dancers wear roller skates, and the "
    "music is played loud from a booth by the rink.",
    "Roller discos were popular in the late 1970s and came back in towns across the country in the "
    "summer, when old rinks reopened for a season.",
]


def test_the_title_in_capitals_over_the_headline_is_the_story_s():
    text = draft("ROLLERDISCO", "Roller disco", *DISCO)
    assert flagged_lines(text) == set()


def test_a_section_name_over_the_headline_is_still_flagged():
    text = draft("Lifestyle", "Roller disco", *DISCO)
    assert flagged_lines(text) == {1}


@pytest.mark.parametrize(
    "line, where, code",
    [
        (
            "We use our own and third-party cookies to deliver content to you throughout your experience online. "
            "By using our site, you consent to cookies. Learn more here.",
            "top",
            "BP008",
        ),
        ("Commenting on this article is closed.", "end", "BP005"),
        ("You are viewing as a Guest.", "top", "BP005"),
        ("0 Members and 1 Guest are viewing this topic.", "top", "BP005"),
        ("Please register to be able to access all features of this message board.", "top", "BP005"),
        ("The above text is a snippet from Wikipedia: Council budget", "end", "BP001"),
        ("More to Read", "end", "BP009"),
        ("Play associated audio", "top", "BP003"),
        ("Archive for October, 2010", "top", "BP003"),
        ("Last edited:", "end", "BP005"),
        ("You may occasionally receive promotional content from the Town Gazette.", "end", "BP008"),
        ("Share and Enjoy:", "end", "BP004"),
        ("Content of the article", "top", "BP003"),
        ("This page brought to you by:", "end", "BP008"),
    ],
)
def test_page_strings(line, where, code):
    assert codes_at(line, where) == [code]


def test_a_story_about_cookies_is_not_a_cookie_notice():
    line = "Bakers said the price of flour had pushed up the cost of cookies and cakes by a third this year."
    assert codes_at(line, "end") == []


def test_a_sponsor_s_line_is_named_so():
    from council_story import findings_at

    assert [m for _, m in findings_at("This page brought to you by:", "end")] == [
        "Sponsor's line, left over from the web page: remove it."
    ]


def test_a_comment_heading_naming_the_post_goes_with_the_comments_under_it():
    from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, lines_from

    heading = f"2 Responses to {HEADLINE}"
    last = "Thanks, very useful."
    text = draft(HEADLINE, *PARAGRAPHS, heading, "1. Willetta Shvey says:", "A good decision at last, and about time.",
                 "2. Ben says:", last)
    assert lines_from(text, heading, last) <= flagged_lines(text)
    from newslint.api import lint_text

    spans = [(d.line, d.end_line) for d in lint_text(text, path="a.txt", select=["BP006"]).diagnostics if d.message.startswith("Reader comments")]
    assert spans == [(lines_from(text, heading, heading).pop(), lines_from(text, last, last).pop())]
