"""The story's own last words and signatures, which a page's furniture resembles in shape: a
notice's or a letter's closing ("Kind regards", "Thank you for your co-operation", "Thanks, John"), a post's "- Karl",
a testimonial's "- Name" under its paragraph, the writer's line naming who took the photos, and a
name with its role and what the role is of under a letter ("Ann Lynch, Past President National PTA").
Each written for the test, after the shape of parish notices and club reports."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, codes_on, draft, flagged_lines, line_of


@pytest.mark.parametrize(
    "closing",
    ["Kind regards", "Thank you for your co-operation", "Many thanks", "Yours sincerely", "Thanks, John", "Cheers, Ann B", "- Karl", "-- Karl"],
)
def test_a_closing_after_the_last_paragraph_is_the_story_s(closing):
    text = draft(HEADLINE, *PARAGRAPHS, closing)
    assert flagged_lines(text) == set()


def test_a_closing_does_not_protect_the_page_s_furniture_under_it():
    text = draft(HEADLINE, *PARAGRAPHS, "Kind regards", "Share this:", "Facebook", "Twitter")
    got = flagged_lines(text)
    assert line_of(text, "Kind regards") not in got
    assert {line_of(text, "Share this:"), line_of(text, "Twitter")} <= got


def test_a_closing_with_the_writer_s_name_over_the_page_s_furniture_is_the_story_s():
    text = draft(HEADLINE, *PARAGRAPHS, "Thanks, John", "Share this:", "Facebook", "Twitter")
    got = flagged_lines(text)
    assert line_of(text, "Thanks, John") not in got
    assert {line_of(text, "Share this:"), line_of(text, "Twitter")} <= got


def test_a_testimonial_s_signature_under_its_paragraph_is_the_story_s():
    text = draft(
        HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "- Martin Ogilvie", PARAGRAPHS[2], "- Trevor Stevens", PARAGRAPHS[3],
    )
    assert flagged_lines(text) == set()


def test_the_writer_s_line_naming_the_photographer_is_the_story_s():
    text = draft(HEADLINE, *PARAGRAPHS, "Ellinor Campbell (with many of the photos taken by Margaret Lacey)")
    assert flagged_lines(text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Over the 8 years we have recorded more than 16,800 vehicle registration numbers",
        "We have also written to the county council about the bridge",
    ],
)
def test_the_writer_s_last_sentence_in_the_first_person_without_its_stop_is_the_story_s(line):
    text = draft(HEADLINE, *PARAGRAPHS, line)
    assert flagged_lines(text) == set()


def test_another_story_s_headline_after_the_story_is_still_flagged():
    # third person, or title case even with "We" in it: a headline
    for line in ("Bridge repairs delayed again as costs rise by a third", "Why We Love The New Town Library"):
        text = draft(HEADLINE, *PARAGRAPHS, line)
        assert flagged_lines(text) == {line_of(text, line)}, line


def test_a_dash_before_a_word_that_is_no_given_name_is_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "- Posts")
    assert line_of(text, "- Posts") in flagged_lines(text)


@pytest.mark.parametrize(
    "signature",
    ["Sarah Hinchley, Fundraising Manager, The Lord Mayor's Appeal Charity, 2016", "Tom Hart, Events Coordinator, Riverside Trust"],
)
def test_a_signature_with_its_role_and_organisation_under_the_story_is_the_story_s(signature):
    text = draft(*PARAGRAPHS, signature)
    assert line_of(text, signature) not in flagged_lines(text)


def test_a_letter_s_sender_under_it_is_the_letter_s():
    text = draft("Dear Riverside Community,", *PARAGRAPHS, "We appreciate your patience in this matter.", "Riverside Office")
    assert line_of(text, "Riverside Office") not in flagged_lines(text)


def test_a_link_under_a_story_that_is_no_letter_is_still_flagged():
    text = draft(*PARAGRAPHS, "We appreciate your patience in this matter.", "Riverside Office")
    assert line_of(text, "Riverside Office") in flagged_lines(text)


@pytest.mark.parametrize("signature", ["Ann Lynch, Past President National PTA", "Josie Griffiths, Director in Residence"])
def test_the_writer_s_name_and_role_under_the_text_is_the_signature(signature):
    """The last line, a name with the role and what it is of: the letter's or the notice's
    signature, not a link."""
    letter = (
        "I have seen the crossing guard project as presented to me and feel it is a sound and valid "
        "programme to introduce to parents' associations across the country.\n"
        "I do hope this project is successful because the potential for use with crossing guards, "
        "school bus stops and walking field trips is great.\nSincerely,"
    )
    text = letter + "\n\n" + signature + "\n"
    assert codes_on(text, signature) == []


def test_a_section_s_link_under_the_story_is_still_found():
    assert codes_at("Community Events Calendar", "end")
