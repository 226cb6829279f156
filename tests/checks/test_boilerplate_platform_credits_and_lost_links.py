"""Picture credits naming a free library or a platform ("Mark Pearson / Unsplash", "FOX 8 News
Cleveland/Youtube"), a credit given twice, a forum's "Quote:" label, and sentences that end where a
link to an office or a page stood.  Written for the test, after the shapes seen in unseen samples
259 to 266."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, codes_on, draft, flagged_lines, line_of


@pytest.mark.parametrize(
    "credit",
    [
        "Mark Pearson / Unsplash",
        "FOX 8 News Cleveland/Youtube",
        "@CapeHatterasNPS / Twitter",
        "© Alex Tihonov - Moment/Getty Images",
        "Sebastian Voortman / Pexels",
    ],
)
def test_a_credit_naming_a_library_or_a_platform_is_a_picture_credit(credit):
    assert codes_on(between_paragraphs(credit), credit) == ["BP007"]


@pytest.mark.parametrize("line", ["Pearson said the deal would close in June.", "Students / Teachers", "Twitter"])
def test_a_sentence_or_a_bare_platform_name_is_no_credit(line):
    assert "BP007" not in codes_on(between_paragraphs(line), line)


def test_a_credit_given_twice_is_flagged_twice():
    block = "Storm on the beach at Panama City\nPhoto Credit: Craig Cameron / Unsplash\nPhoto Credit: Craig Cameron / Unsplash"
    text = between_paragraphs(block)
    first = line_of(text, "Photo Credit: Craig Cameron / Unsplash")
    assert {first, first + 1} <= flagged_lines(text)


def test_the_story_s_credits_under_its_byline_stay():
    block = "Text by Mahfuzul Haque\nPhotos by Sam Green"
    text = draft(HEADLINE, block, PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2])
    assert "BP007" not in codes_on(text, "Photos by Sam Green")


def test_a_forum_s_quote_label_is_furniture():
    posts = [
        "Quote:",
        "I have been learning the dialect for two years and the vowels still trip me up.",
        "The vowels are hard for everyone at first. Listen to the radio every day and they will come.",
    ]
    text = draft(HEADLINE, PARAGRAPHS[0], *posts, PARAGRAPHS[1])
    assert codes_on(text, "Quote:") == ["BP005"]


@pytest.mark.parametrize(
    "line",
    [
        "For more information, go to the State Fire Marshall's Office at",
        "For more information about Special Enrollment Periods, visit",
    ],
)
def test_a_sentence_ending_where_its_link_stood_is_a_lost_link(line):
    assert codes_on(between_paragraphs(line), line) == ["BP011"]


def test_a_wrapped_sentence_going_on_below_is_the_story_s():
    text = "\n".join([HEADLINE, "", PARAGRAPHS[0], "", "For more information, residents can go to the council office at", "the town hall on Monday mornings.", "", PARAGRAPHS[1]])
    assert not flagged_lines(text)


