"""A byline or headline next to the page's furniture stays the story's: a section's name glued to
a byline by a bar is flagged without the byline, a name under a "Written by" line is the author's,
not a section, and the headline under the page's title is the story's (``boilerplate/position.py``)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS


def _spans(text: str) -> list[str]:
    res = lint_text(text, path="a.txt", select=BP)
    return [text[d.start : d.end] for d in res.diagnostics]


def test_a_section_glued_to_a_byline_above_the_headline_is_flagged_without_the_byline():
    text = "\n".join(["Published: Wed, August 23, 2017", "World | By Paul Elliott", "", HEADLINE, "", *PARAGRAPHS]) + "\n"
    spans = _spans(text)
    assert spans == ["World | "]


@pytest.mark.parametrize(
    "top",
    [
        [HEADLINE, "Written by", "Mackenzie O Brien", "27th Aug 2021 15:16"],  # under the headline
        ["Written by", "Mackenzie O Brien", HEADLINE],  # over it
        ["Menu", "Home", "Written by", "Mackenzie O Brien", HEADLINE, "27th Aug 2021"],  # under a menu
    ],
)
def test_a_name_under_a_written_by_line_is_the_byline(top):
    text = "\n\n".join([*top, *PARAGRAPHS]) + "\n"
    assert not any("Mackenzie" in s for s in _spans(text))


def test_a_name_on_its_own_under_the_headline_is_still_weighed():
    # without the "Written by" line above it, the same test as before applies
    from newslint.checks.boilerplate.position import _after_by_label
    from newslint.checks.boilerplate.units import build_units
    from newslint.document import read_document

    doc = read_document("\n\n".join(["Epic Games", "Mackenzie O Brien", "Written by", "Mackenzie O Brien"]) + "\n", "a.txt", "plain")
    units = build_units(doc)
    assert [_after_by_label(units, u) for u in units] == [False, False, False, True]


@pytest.mark.parametrize("line", ["Author: Kelly Janis", "Reporter: Ann Lee", "Story: Nana Poku", "Words: Ann Lee"])
def test_a_labelled_byline_over_the_story_is_the_story_s(line):
    text = "\n".join([line, *PARAGRAPHS]) + "\n"
    assert _spans(text) == []


@pytest.mark.parametrize(
    "line", ["Text by Mahfuzul Haque", "Words by Ann Lee", "Interview by Tom Price", "Post by : Anis Karim", "Submitted by Ann Lee for CityNews.com"]
)
def test_a_byline_that_names_what_the_writer_wrote_stays_the_story_s(line):
    # "Text by ..." over "PHOTOS by ...": the story's bylines, not a section's name (an unseen page)
    assert _spans("\n\n".join([HEADLINE, line, "Photos by Sam Green", *PARAGRAPHS]) + "\n") == []
    assert _spans("\n\n".join([line, *PARAGRAPHS]) + "\n") == []
    assert _spans("\n\n".join([HEADLINE, line, *PARAGRAPHS]) + "\n") == []


def test_the_headline_under_the_pages_title_is_the_story_s():
    # the draft opens with the page's title (the headline and the site's name), then the headline,
    # then a deck that shares more words with the story than the headline does: the headline had
    # been flagged with the title as "links to other stories" (an unseen page)
    headline = "Ash cloud grounds planes across the north"
    body = (
        "Thousands of passengers in northern airports have been left stranded after hundreds of departures "
        "were cancelled because of drifting volcanic dust from Iceland, airlines said on Friday, and more "
        "cancellations are expected over the weekend as the plume moves south."
    )
    text = "\n\n".join([headline + " - Daily Planet", headline, "Thousands of passengers stranded at northern airports", body]) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.line, d.end_line) for d in res.diagnostics] == [(1, 1)]
    assert res.diagnostics[0].message.startswith("Page title (the headline again, with the site's name)")


@pytest.mark.parametrize("byline", ["Chief Reporter", "City Reporter", "Our Correspondent", "AP Television Writer"])
def test_a_staff_byline_with_no_name_is_the_story_s(byline):
    # a newspaper's desk signs the story ("Chief Reporter" under a Zimbabwean council story)
    assert _spans("\n\n".join([HEADLINE, byline, *PARAGRAPHS]) + "\n") == []
    assert _spans("\n\n".join([byline, *PARAGRAPHS]) + "\n") == []


def test_a_prompt_to_write_is_no_staff_byline():
    from newslint.checks.boilerplate.structure import has_byline

    assert has_byline("City Reporter") and has_byline("Staff Writers")
    assert not has_byline("Become a Writer") and not has_byline("Find a Reporter")


@pytest.mark.parametrize("place", ["Rawalpindi", "New Delhi"])
def test_a_place_between_the_byline_and_the_first_paragraph_is_the_dateline(place):
    assert _spans("\n\n".join([HEADLINE, "City Reporter", place, *PARAGRAPHS]) + "\n") == []
    assert _spans("\n\n".join(["By Ann Lee", place, *PARAGRAPHS]) + "\n") == []


@pytest.mark.parametrize("label", ["Politics", "Subscribe"])
def test_a_section_or_prompt_under_the_byline_is_still_the_page_s(label):
    # a word with a word class of its own is no place name
    assert _spans("\n\n".join([HEADLINE, "By Ann Lee", label, *PARAGRAPHS]) + "\n") == [label]


@pytest.mark.parametrize("names", ["Natalie D. Baker and Jonathan Landry", "Ann Lee, Tom Price and Sarah Jones", "Ann Lee & Tom Price"])
def test_a_byline_of_two_or_three_names_under_the_headline_is_the_story_s(names):
    # under a question headline given twice (the page's title and the story's), as on an unseen page
    question = "Why is the council so short of money?"
    assert _spans("\n\n".join([question, question, names, *PARAGRAPHS]) + "\n") == []


def test_a_scoreline_under_the_headline_does_not_take_its_place():
    # "All Blacks 29" / "Springboks 31" share the story's words; the headline over them stays the story's
    top = ["What a test! All Blacks lose epic to Springboks on final play", "All Blacks 29", "Springboks 31"]
    body = [
        "The true celebration of the All Blacks and Springboks' rivalry arrived one week late on the Gold Coast.",
        "Two late penalties, the first 15 seconds from fulltime, handed the Springboks the win in front of a full house.",
    ]
    text = "\n".join(top + body) + "\n"
    assert _spans(text) == []


@pytest.mark.parametrize("section", ["News", "World", "Sport"])
def test_a_section_s_name_under_the_headline_is_the_page_s(section):
    # "Council suspends water rationing" / "News" / the first paragraph: the headline is still found
    assert _spans("\n\n".join([HEADLINE, section, *PARAGRAPHS]) + "\n") == [section]


@pytest.mark.parametrize("kicker", ["Opinion", "Analysis", "Review"])
def test_a_genre_under_the_headline_is_the_story_s(kicker):
    assert _spans("\n\n".join([HEADLINE, kicker, *PARAGRAPHS]) + "\n") == []


def test_a_byline_set_as_a_list_item_over_the_story_is_the_story_s():
    # a broadcaster's byline and newsroom, each with a dash before it, over the first paragraph
    text = "\n".join(["- Written by Nadia Gyan and Helen Burchell", "- BBC News, Northamptonshire", *PARAGRAPHS]) + "\n"
    assert not any("Written by" in s for s in _spans(text))
    # a label alone behind a bullet is no byline
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "• Published", "• Updated"]) + "\n"
    assert any("Published" in s for s in _spans(text))


def test_a_title_over_its_bulleted_byline_is_no_item_of_the_menu_above():
    # (a byline in a list item broke the run of short lines that the menu's two items had not
    # filled: the title alone was left between them and joined their list)
    top = [
        "Our directory of things of interest",
        "",
        "University Directory",
        "",
        "Trapped beneath the Earth",
        "",
        "  • Written by  Geographical",
        "  • Published in Explorers",
        "One of the team rappelling into the flooded chamber, where the divers waited (Image: Adam Haydock)",
        "12 Jul",
    ]
    story = [
        "For the British cave divers who were rushed out to help in this week's rescue, the work deep "
        "beneath the mountain was nothing new, though the flooded passages were longer than most.",
        "Six divers found themselves running for their lives when rain started pouring into the cave "
        "system and the water rose by a metre in an hour, trapping them for a night on a ledge.",
        "They waited on the ledge until the water fell, and swam out the next morning to the entrance.",
    ]
    text = "\n".join([*top, *story]) + "\n"
    spans = _spans(text)
    assert not any("Trapped" in s or "Written" in s for s in spans), spans
    assert any("Our directory" in s for s in spans)


@pytest.mark.parametrize("byline", ["7/6/2025 | by Amit Pandey of AmateurGolf.com", "2012-10-29 by Herb Sutter", "06.07.2025 - By Ann Lee"])
def test_a_byline_after_a_date_in_figures_stays_the_story_s(byline):
    # the page's title, its date in figures and the writer, its deck: as "July 6, 2025 by Amit Pandey"
    deck = "What to expect at your first county council meeting: the agenda, the public gallery and the vote."
    assert _spans("\n".join(["What to Expect at a Council Meeting", byline, deck, *PARAGRAPHS]) + "\n") == []


def test_a_date_in_figures_with_a_section_and_no_writer_is_still_flagged():
    # the date does not make the line a byline: "7/6/2025 | Golf News" is a stamp and a section
    deck = "What to expect at your first county council meeting: the agenda, the public gallery and the vote."
    assert _spans("\n".join(["What to Expect at a Council Meeting", "7/6/2025 | Golf News", deck, *PARAGRAPHS]) + "\n") != []
