"""Pages whose own prose is one short paragraph: a results archive's headings, an event page's
details.  A line sharing no word with so little text says nothing about where it came from; one
that names a part of the story in its headline's words ("Intended impact of project" under "...
Service Project") is the story's.
Each written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of

# a school league's archive of champions: headings and names over one line of prose
ARCHIVE = [
    "Skip to main content",
    "Regional Championship Archive - Chess",
    "Select Year",
    "2022 Chess Champions",
    "2022 Rapid Champion",
    "Northfield Grammar Chess Club\nPriya Raman Rapid Champ Photo",
    "Priya Raman. Won the final game in thirty-one moves.",
    "Opening: Queen's Gambit Declined, played with the black pieces.",
    "2022 Team Champions",
    "Lakeside Academy Chess Club\nLakeside Team Champ Photo",
    "Tom Ellery & Mina Osei",
    "Opening: Sicilian Defence, won on the last board in the final round.",
    "2022 Blitz Champion",
    "Harbour Street Academy Chess",
    "2022 Regional Chess Championship",
    "March 5-6, 2022 / Online",
]


HEADINGS = ["2022 Chess Champions", "2022 Rapid Champion", "2022 Team Champions", "2022 Blitz Champion", "Harbour Street Academy Chess"]


def test_headings_over_one_short_paragraph_are_the_page():
    text = draft(*ARCHIVE)
    got = flagged_lines(text)
    assert got.isdisjoint(line_of(text, t) for t in HEADINGS)
    assert line_of(text, "Skip to main content") in got  # the page's own strings are still found


def test_the_same_headings_after_a_whole_story_are_flagged():
    # the story is long enough for "shares no word with it" to mean something
    after = ["2022 Chess Champions", "Northfield Grammar Chess Club", "Lakeside Academy Chess"]
    text = draft(HEADLINE, *PARAGRAPHS, *after)
    got = flagged_lines(text)
    assert {line_of(text, t) for t in after} <= got
    assert got.isdisjoint(line_of(text, t) for t in PARAGRAPHS)


PROJECT = [
    "Rain Garden Planting Service Project",
    "April 2, 2024",
    "Fourth graders will plant a garden of native grasses beside the school car park, where rain runs "
    "off the tarmac into the street drains, and will water and weed it through the summer term.",
]


def test_a_heading_in_the_headline_s_words_is_a_part_of_the_story():
    text = draft(*PROJECT, "Intended impact of project", "Cleaner water in the brook\nMore birds and bees at school")
    assert line_of(text, "Intended impact of project") not in flagged_lines(text)


def test_a_capitalised_word_of_the_headline_is_no_evidence():
    # the site's other headlines name the same project or place, capitalised
    others = ["Service Project Awards Announced", "Winter Coat Drive Begins Monday"]
    text = draft(*PROJECT, "\n".join(others))
    assert {line_of(text, t) for t in others} <= flagged_lines(text)
