"""A title of one or two words that opens the draft, right above its first paragraph and sharing a
word with the story, is the story's headline ("Freedom Convoy" over a story about the convoy), not
a section's name; a section's name over a story it shares no word with is still flagged, and so is
the same title under a menu's label.  Where no headline is found, the draft's one title over
labelled answers ("FAQs" / "Equipment:" / ...) is the page's own, but not a line over a prompt."""

from __future__ import annotations

from council_story import PARAGRAPHS, flagged_lines


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
