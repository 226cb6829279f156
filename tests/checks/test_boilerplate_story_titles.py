"""A story may carry two titles over its first paragraph: the line right above the headline that
opens with the headline's first word is the story's other title ("Planica - the Snow Queen" over
"Planica, the cradle of ski jumping", an unseen page), not a section's name.  A line above the
headline that opens otherwise, and shares little with the story, stays the page's."""

from __future__ import annotations

import pytest

from council_story import PARAGRAPHS, flagged_lines

from newslint.checks.boilerplate.tables import numbered_series
from newslint.checks.boilerplate.units import build_units
from newslint.document import read_document

HEADLINE = "Council approves budget for new schools"


def _flagged(top: list[str]) -> set[int]:
    return flagged_lines("\n\n".join([*top, *PARAGRAPHS]) + "\n")


def test_a_second_title_opening_with_the_headlines_word_is_the_storys():
    assert _flagged(["Council - the Iron Lady Returns", HEADLINE]) == set()


def test_a_line_above_the_headline_that_opens_otherwise_stays_flagged():
    assert _flagged(["Elections - the Iron Lady Returns", HEADLINE]) == {1}


def _units(lines: list[str]):
    text = "\n\n".join(lines) + "\n"
    return build_units(read_document(text, "a.txt", "plain"))


def test_a_numbered_series_needs_another_number():
    units = _units(["Step 1: Call the repairer", PARAGRAPHS[0], "Step 2: The first house call", PARAGRAPHS[1]])
    assert numbered_series(units, 0)
    # the same label twice is a repeated heading (an event's name and year), not parts 1 and 2
    units = _units(["BUILD 2012: Xbox SmartGlass held back", PARAGRAPHS[0], "BUILD 2012: Windows 8 apps", PARAGRAPHS[1]])
    assert not numbered_series(units, 0)


DECK = (
    "All this fuss about the council budget being too dangerous for the schools ..... oh my, it isn't "
    "meant to go that way (don't read on if you are squeamish)"
)


def test_a_two_word_title_opening_the_draft_over_a_long_deck_is_the_headline():
    # "Cheese Rolling" over a sentence-case deck (an unseen blog post): the deck is not the
    # headline and the title is not a section's name, since all its words are the story's
    assert _flagged(["Council Budget", DECK]) == set()


def test_a_handle_opening_the_draft_is_still_a_button():
    assert 1 in _flagged(["Follow @Council", DECK])


def test_a_papers_abstract_heading_over_its_first_paragraph_is_the_papers():
    assert _flagged(["ABSTRACT"]) == set()
    assert _flagged(["Background:"]) == set()


def test_a_title_whose_words_are_in_the_introduction_under_it_is_the_headline():
    # the post's title, then a short introduction ending with its link's address, then the post:
    # the title's words are the introduction's, though the paragraph below shares none
    text = (
        "2015 Fairbanks Ice Festival\n"
        "The 25th Annual Fairbanks Ice Festival in ongoing. http://www.icealaska.com/en/\n"
        "You can check out the participants and see the work in progress. I tried the webcam and it "
        "was glitchy so I gave up.\n"
    )
    assert flagged_lines(text) == set()


def test_a_title_over_the_storys_place_and_its_deck_is_the_headline():
    text = (
        "Brrrrrr! 9 places to swim outdoors this winter\n\n"
        "Various, UK\n\n"
        "Where can brave bodies in neoprene beanies swim in the winter in the UK? Rachel Mills dips her toe\n\n"
        "February 29, 2024\n\n"
        + "\n\n".join(
            [
                "Cold water swimming has seen a huge revival and advocates of a winter dip are shouting "
                "from the rooftops about its benefits for body and mind, so we found the best places to try it.",
                "This deep blue lagoon is part of a former slate quarry on the coast, where cliff diving "
                "and kayaking are popular with visitors all year round.",
            ]
        )
        + "\n"
    )
    assert flagged_lines(text) == set()



def test_a_title_whose_words_the_question_under_it_inflects_is_the_headline():
    # "Accordion Player" over "What do Accordion Players do?" (an unseen careers page): "planner"
    # is not in the story, but the introduction has it as "planners"
    text = (
        "Council Planner\n\n"
        "What do Council Planners do?\n\n"
        "Someone in this job reads every application for new schools and the river bridge, and advises "
        "the council on each one before the budget is set in the evening debate.\n"
    )
    assert flagged_lines(text) == set()


VENDOR_RULES = [
    "  • Food truck vendors must renew their permits with the council each year by April 1st.",
    "  • Vendors must remember and comply with the rule that vending may occur at approved places only.",
    "  • All vending activity must end at 10:00 p.m. unless the permits are issued otherwise.",
]


def test_the_drafts_first_line_sharing_a_stem_with_the_story_is_its_title():
    # "How to Stay Compliant" over an introduction and the rules: "compliant" is no word of the
    # rules, but "comply" shares its stem
    text = "How to Stay Compliant\n\nStay in compliance with state and local regulations.\n\n" + "\n".join(VENDOR_RULES) + "\n"
    assert flagged_lines(text) == set()
    # a first line sharing nothing with the rules stays the page's ("Top Workplaces")
    assert 1 in flagged_lines(text.replace("How to Stay Compliant", "Top Workplaces"))


@pytest.mark.parametrize("title", ["Loft Report", "On Tollbooths", "Project Description"])
def test_the_drafts_first_line_over_its_first_paragraph_is_its_title_sharing_no_word(title):
    # a column's or a report's name over its text, sharing no word with it
    text = f"{title}\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert flagged_lines(text) == set()


def test_a_title_over_a_label_that_opens_the_story_is_the_headline():
    # "12-Week Apprenticeship" / "Program Highlights" over the programme's description: the page's
    # title and its first subheading, each sharing a word with the story
    text = (
        "12-Week Apprenticeship\n"
        "Course Highlights\n"
        "”Our 12-week course introduces council members to the fundamentals of the budget through the "
        "work of a real budget debate, from the schools to the bridge.\n"
    )
    assert flagged_lines(text) == set()


def test_a_short_title_under_a_site_builder_s_anchor_is_the_headline():
    # "top of page" is the page's; the two words under it, sharing one with the story, its title
    text = "\n\n".join(["top of page", "Commission Policy", *_COMMISSION]) + "\n"
    assert flagged_lines(text) == {1}


_COMMISSION = [
    "Are you interested in having a piece made for you? We offer two kinds of commission, custom and "
    "commissioned items, and this page explains how each one works.",
    "Custom items are predesigned products whose colours, letters and materials you can choose.",
]


def test_a_site_builder_s_anchor_heads_no_list():
    # the writer's byline set as a list item under "top of page" is the story's
    text = "top of page\n  • Writer's pictureNational Farmers Party\n\n" + "\n\n".join(_PAYMENT) + "\n"
    assert flagged_lines(text) == {1}


_PAYMENT = [
    "Why the delay in finalising the fourth cane payment?",
    "May 30, 2022",
    "The delay in announcing the fourth cane payment breaks the industry's own agreement, the National "
    "Farmers Party said on Monday, and growers are waiting for money they were promised in April.",
    "The party's leader said farmers could not plan the next season's planting until the payment is made.",
]


_EGGS = [
    "The egg throwing championship drew teams from eleven countries to the village on Sunday, and the "
    "home team won the throwing and catching contest for the third year in a row.",
    "Pairs stand further apart after each throw, and the egg that lands unbroken in a partner's hands "
    "wins the round for both of them.",
]


@pytest.mark.parametrize("place", ["United Kingdom - Swaton", "Swaton - United Kingdom"])
def test_a_country_and_a_town_under_the_headline_are_the_story_s_place(place):
    # an events listing: the place, then the dates, over the story
    text = "\n\n".join(["World Egg Throwing Championship", place, "From: 2016.06.24 To: 2016.06.24", *_EGGS]) + "\n"
    assert flagged_lines(text) == set()


def test_a_section_and_a_subsection_under_the_headline_are_still_the_page_s():
    text = "\n\n".join(["World Egg Throwing Championship", "Lifestyle - Weird Sports", "From: 2016.06.24 To: 2016.06.24", *_EGGS]) + "\n"
    assert flagged_lines(text) == {3}
