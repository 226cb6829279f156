"""A title of one or two words that opens the draft, right above its first paragraph and sharing a
word with the story, is the story's headline ("Freedom Convoy" over a story about the convoy), not
a section's name; a section's name over a story it shares no word with is still flagged, and so is
the same title under a menu's label.  Where no headline is found, the draft's one title over
labelled answers ("FAQs" / "Equipment:" / ...) is the page's own, but not a line over a prompt.
Two words opening the draft over the headline are the page's title when the story writes one of
them in lower case ("Swarm Capture" over a story of swarms, after the page titles flagged in
unseen samples 276-309); a section's name, a single word, a handle, a name the story writes
capitalised ("Hyundai Sonata") or a line over a prompt stay flagged.  A month alone under the
draft's first line and over its first paragraph is the post's date, not an archive link (samples
282 and 291), unless it stands under another month or an archive's heading."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, flagged_lines


def _text(*top: str) -> str:
    return "\n\n".join([*top, *PARAGRAPHS]) + "\n"


def test_a_two_word_title_sharing_a_word_with_the_story_is_its_headline():
    assert flagged_lines(_text("Budget Fight")) == set()  # "budget" is the story's, "fight" is not


def test_a_two_word_title_sharing_no_word_with_the_story_is_a_section():
    assert flagged_lines(_text("Local Government")) == {1}


def test_the_same_title_under_a_menu_label_is_not_the_draft_s_opening():
    assert flagged_lines(_text("Menu", "Budget Fight")) == {1, 2, 3}  # one finding over both


def test_the_draft_s_one_title_over_labelled_answers_is_the_page_s_when_no_headline_is_found():
    text = "\n\n".join([
        "FAQs",
        "Equipment:",
        "Rackets are supplied free of charge with all bookings at the club. New balls can be bought at the desk.",
        "Parking:",
        "There is no free parking on site, but players can park at a discount in the car park next door.",
    ]) + "\n"
    assert flagged_lines(text) == set()


def test_a_first_line_over_a_prompt_is_still_flagged_when_no_headline_is_found():
    text = "\n\n".join([
        "AdWords Community",
        "Enter your email address:",
        "Impression share changes are coming next week. Download any desired historic reports now.",
        "On October 1st, we announced several changes to impression share reporting planned for early November.",
    ]) + "\n"
    assert 1 in flagged_lines(text)


# -- two words opening the draft over the headline (the page's title, or a section's name) --------
def _over_headline(top: str, paragraphs=PARAGRAPHS, headline: str = HEADLINE) -> str:
    return "\n\n".join([top, headline, *paragraphs]) + "\n"


def test_two_words_over_the_headline_that_the_story_says_in_lower_case_are_the_page_s_title():
    assert flagged_lines(_over_headline("Budget Fight")) == set()  # "the new budget"


@pytest.mark.parametrize(
    "top",
    [
        "Local Government",  # no word of the story's
        "Council News",  # a section's name, whatever the story says ("The council approved")
        "Budget",  # one word: a section's or a tag's
        "Budget @Council",  # a handle
    ],
)
def test_a_section_s_label_over_the_headline_is_still_flagged(top):
    assert 1 in flagged_lines(_over_headline(top))


SALOON = [
    "The Hyundai Sonata goes on sale in Britain next month, two years after it was withdrawn from the market.",
    "Dealers said the new Sonata would cost less than its rivals and that orders had opened on Monday.",
    "Hyundai said the car would be built in Korea and shipped to Europe from the spring.",
]


def test_a_tag_naming_what_the_story_writes_as_a_name_is_still_flagged():
    assert 1 in flagged_lines(_over_headline("Hyundai Sonata", SALOON, "Sonata returns to British showrooms"))


def test_the_same_two_words_under_the_draft_s_first_line_are_a_menu_s():
    text = "\n\n".join(["Menu", "Budget Fight", HEADLINE, *PARAGRAPHS]) + "\n"
    assert {1, 3} <= flagged_lines(text)


def test_two_words_over_the_page_s_prompt_are_still_flagged():
    text = "\n\n".join(["Budget Fight", "Enter your email address:", HEADLINE, *PARAGRAPHS]) + "\n"
    assert {1, 3} <= flagged_lines(text)


# -- a month under the draft's first line -------------------------------------------------------
def test_a_month_under_the_draft_s_first_line_is_the_post_s_date():
    assert flagged_lines("\n\n".join(["Town Budget", "October 2019", *PARAGRAPHS]) + "\n") == set()
    assert flagged_lines("\n\n".join([HEADLINE, "October 2019", *PARAGRAPHS]) + "\n") == set()


@pytest.mark.parametrize("top", ["November 2019", "Archives"])
def test_a_month_under_another_month_or_an_archive_s_heading_is_an_archive_link(top):
    assert {1, 3} <= flagged_lines("\n\n".join([top, "October 2019", *PARAGRAPHS]) + "\n")
