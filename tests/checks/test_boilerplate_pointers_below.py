"""Pointers to what a page showed below a line and the copy lost: a link's instruction with the
story going on under it, a gallery promised by the last line, a blog's "Did you like this? Share
it!".  Written for the test, after the shapes seen in unseen samples 160 to 162."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, codes_at, codes_on, draft, flagged_lines, line_of, lines_from


@pytest.mark.parametrize(
    "line",
    ["Click the headline or link below to read the rest of this story.", "Click on the link below to read the full report."],
)
def test_a_link_s_instruction_with_the_story_going_on_under_it(line):
    assert "BP011" in codes_on(between_paragraphs(line), line)


def test_a_link_s_instruction_over_the_link_is_not_flagged():
    """A Markdown link right under it: the link is there."""
    line = "Click the link below to read the full report."
    text = draft(HEADLINE, *PARAGRAPHS, line, "[Full report](https://example.org/report.pdf)")
    assert "BP011" not in codes_on(text, line)


@pytest.mark.parametrize("line", ["Check out the photo gallery from both events below!", "Enjoy the photos from the parade below!"])
def test_a_gallery_promised_by_the_last_line(line):
    assert "BP011" in codes_at(line, "end")


def test_a_gallery_promised_over_a_caption_is_not_flagged():
    """A short line under it (a caption, the gallery's title) may be what it points to."""
    line = "Check out the photo gallery from both events below!"
    text = draft(HEADLINE, *PARAGRAPHS, line, "The mayor opens the new bridge")
    assert "BP011" not in codes_on(text, line)


def test_did_you_like_this_share_it():
    assert codes_at("Did you like this? Share it!", "end") == ["BP004"]


def test_a_question_about_a_film_is_prose():
    assert codes_on(between_paragraphs("Did you like this film? Most of the audience did."), "Did you like this film? Most of the audience did.") == []


def test_the_story_s_bulleted_list_goes_on_under_a_box_heading_that_fell_into_it():
    """"Most Read" between two items of the story's list, the story's paragraph under them: the
    items under the heading are the story's, the heading alone is the box's."""
    items_above = "• Non-working fire alarm system and defects to the fire doors"
    items_below = ["• Building defects including damp and insufficient heating", "• Defective, warped and rotting windows"]
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], items_above, "Most Read", *items_below, PARAGRAPHS[2], PARAGRAPHS[3])
    assert codes_on(text, "Most Read")
    for item in items_below:
        assert codes_on(text, item) == []


def test_a_related_box_under_the_story_s_last_list_takes_its_links():
    """The story's list ends the story; "Related stories" and its bulleted links under it are the box."""
    links = ["• Council sets date for bridge vote", "• New schools plan goes on show"]
    text = draft(HEADLINE, *PARAGRAPHS, "• Two new schools", "• A repaired bridge", "Related stories", *links)
    assert lines_from(text, "Related stories", links[-1]) <= flagged_lines(text)


def test_a_table_of_contents_between_the_story_s_list_and_its_first_section_is_still_found():
    """"Table of Contents" right under the story's bulleted takeaways, with the story's first
    section under its list: its items are the contents, not the takeaways going on."""
    takeaways = ["- Gain insights into the evolving world of gaming, consoles, and game reviews from a seasoned team of writers.",
                 "- Explore detailed breakdowns of the major gaming platforms, including PC, PlayStation, Xbox and Nintendo."]
    contents = ["- The Dynamic World of Gaming: An Ever-Evolving Landscape", "- Navigating the Console Universe: Choosing Your Platform",
                "- Beyond the Box: Essential Gaming Accessories", "- The Art of the Game Review: Why Expert Opinions Matter"]
    story = "Since its beginnings in the early days of arcade machines and pixelated adventures, gaming has grown into a vast and varied world."
    text = draft("The Ultimate Guide to Gaming", "Key Takeaways:") + "\n".join(takeaways) + "\n\n" + "Table of Contents\n" + "\n".join(contents) + "\n\n" + story + "\n"
    assert {line_of(text, c) for c in contents} <= flagged_lines(text)


def test_a_table_of_content_ends_where_its_first_entry_comes_again():
    """ "Table of Content" (singular) over numbered entries, the story's first section under them
    with the first entry's title: the contents end there (sample 198)."""
    contents = ["1. Beyond the Myths", "2. Understanding the Fundamentals", "3. Gauging the Landscape for Unicorns",
                "4. Key Indicators of a Unicorn's Health"]
    story = "Valuing a unicorn, a startup company valued at over $1 billion, is a complex and nuanced process."
    text = draft("A Unicorn's Guide to Fair Valuation", "Table of Content") + "\n".join(contents) + "\n" + contents[0] + "\n\n" + story + "\n"
    flagged = flagged_lines(text)
    rows = text.split("\n")
    assert {line_of(text, "Table of Content"), *(line_of(text, c) for c in contents)} <= flagged
    assert rows.index(contents[0], line_of(text, contents[0])) + 1 not in flagged
