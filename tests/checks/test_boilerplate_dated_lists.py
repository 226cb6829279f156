"""A box of recent posts copied as plain lines: each other story's headline closed by its date
("Tips for becoming a good boxer - November 6, 2020"), often with the box's separators between
them.  One such line could be a dated heading of the story; three in a row are a list of links."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, flagged_lines

STORY = "\n".join([HEADLINE, *PARAGRAPHS])
RECENT = [
    "Tips for becoming a good boxer - November 6, 2020",
    "7 expert tips for making your hens night a memorable one - November 6, 2020",
    "Should you get one or multiple dogs? Here’s all you need to know - November 3, 2020",
    "A Guide: How to Build Your Very Own Magic Mirror | 14 February 2019",
]


def test_dated_headlines_with_separators_above_the_story_are_one_list():
    lines = []
    for item in RECENT:
        lines += ["-", item]
    text = "\n".join(lines) + "\n" + STORY + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", 1, 2 * len(RECENT))]
    assert "list of links to other stories" in res.diagnostics[0].message.lower()


def test_dated_headlines_after_the_story_are_a_list_too():
    text = STORY + "\n" + "\n".join(RECENT[:3]) + "\n"
    first = len(PARAGRAPHS) + 2
    assert flagged_lines(text) == {first, first + 1, first + 2}


@pytest.mark.parametrize(
    "lines",
    [
        # two are no list: a dated heading and the next story's title
        RECENT[:2],
        # bylines with dates, and tweets' sign-offs, are dated but no headlines
        ["by John on July 21, 2012", "by Ann Lee on July 22, 2012", "by Tom Price on July 23, 2012"],
        ["— Steve Reed (@SteveReed_AP) August 9, 2012", "— Joe Person (@josephperson) August 9, 2012",
         "— Carolina Panthers (@Panthers) August 9, 2012"],
        # sentences that end with a date are the story's
        ["The first hearing was held on March 3, 2021.", "The second hearing was held on May 4, 2021.",
         "The verdict is expected on June 1, 2021."],
        # one headline repeated with its date is the page's own title, not a list of others
        ["Council approves budget - November 6, 2020"] * 3,
    ],
)
def test_what_is_not_a_list_of_dated_headlines(lines):
    text = HEADLINE + "\n" + "\n".join(PARAGRAPHS[:2]) + "\n" + "\n".join(lines) + "\n" + "\n".join(PARAGRAPHS[2:]) + "\n"
    first = 4
    assert not set(range(first, first + len(lines))) & flagged_lines(text)


# a box of other stories' headlines without dates, each between the box's separator lines
HEADLINES = [
    "US Supreme Court appears skeptical of Trump tariff legality",
    "AC Milan post third straight annual profit on day of San Siro purchase",
    "Star designer Rousteing quits fashion group Balmain",
    "Attack on funeral in Sudan's Kordofan region kills 40: UN",
    "Is the four-day week here to stay?",
]


def _separated(items: list[str], sep: str = "-") -> list[str]:
    lines = []
    for item in items:
        lines += [sep, item]
    return lines + [sep]


@pytest.mark.parametrize("where", ["above", "below", "alone"])
def test_headlines_between_separator_lines_outside_the_story_are_one_list(where):
    box = _separated(HEADLINES)
    if where == "above":
        text, first = "\n".join(box) + "\n" + STORY + "\n", 1
    elif where == "below":
        text, first = STORY + "\n" + "\n".join(box) + "\n", len(PARAGRAPHS) + 2
    else:  # a page that is only the box: no story at all
        text, first = "\n".join(box) + "\n", 1
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", first, first + len(box) - 1)]


@pytest.mark.parametrize(
    "items",
    [
        # three are no box: a story may set three short lines apart
        HEADLINES[:3],
        # items written as sentences are the story's own list, or its captions, whatever separates them
        [
            "Widespread power outages: utility companies are working around the clock.",
            "Hazardous travel conditions: snow and ice have closed many roads.",
            "Property damage: high winds have brought down trees onto homes.",
            "Disruption of services: hospitals are running on generators.",
        ],
        # one line repeated is no list of other stories
        [HEADLINES[0]] * 4,
    ],
    ids=["three", "sentences", "repeated"],
)
def test_what_is_not_a_box_of_separated_headlines(items):
    box = _separated(items)
    text = "\n".join(box) + "\n" + STORY + "\n"
    assert not set(range(1, len(box) + 1)) & flagged_lines(text)


def test_separated_short_items_inside_the_story_are_its_own():
    box = _separated(["Two new schools", "A repaired river bridge", "A new library wing", "Longer opening hours"])
    text = "\n".join([HEADLINE, *PARAGRAPHS[:2], *box, *PARAGRAPHS[2:]]) + "\n"
    first = 4
    assert not set(range(first, first + len(box))) & flagged_lines(text)


def test_separated_items_under_the_story_s_two_word_introducer_are_its_own():
    # a workshop's page: what the reader will learn, each point between lost bullets, the page's
    # last lines
    points = ["Essential pruning techniques for different fruit tree varieties", "How to shape trees for optimal fruit production",
              "Methods to reduce disease and promote tree health", "Proper tool selection and maintenance"]
    box = _separated(points)
    text = "\n".join([HEADLINE, *PARAGRAPHS, "You’ll learn:", *box]) + "\n"
    first = len(PARAGRAPHS) + 3
    assert not set(range(first - 1, first + len(box))) & flagged_lines(text)
