"""Groups of the same shape, each with a date (a name, a place, a date): a topic page's list of
other stories, unless each group opens with a key in order ("A = ...", "B = ...") -- then they
are the story's own list, the legend of its map.  Found on a page of rhubarb festivals around
the world.  Written for the test."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, codes_on

INTRO = "Rhubarb has inspired festivals around the world. The map below shows a pin for each of the festivals I know of, and the text closest to the pin goes with it."
GROUPS = [
    ("Avocado and Rhubarb Festival", "Tamborine Mountain, Queensland", "October 26, 1999"),
    ("Rhubarb Festival Week", "Nova Scotia", "June 14, 1999"),
    ("Eagle Lake Rhubarb Festival", "Eagle Lake, Central Ontario", "July 10, 1999"),
    ("Wakefield Rhubarb Festival", "Wakefield, England", "January 13, 2000"),
]


def _page(keys: str) -> str:
    lines = [HEADLINE, "", INTRO, ""]
    for key, (name, place, date) in zip(keys, GROUPS):
        lines += [f"{key} = {name}", place, date, ""]
    return "\n".join(lines + PARAGRAPHS) + "\n"


def test_groups_opening_with_keys_in_order_are_the_story_s_list():
    text = _page("ABCD")
    for key, (name, place, date) in zip("ABCD", GROUPS):
        for line in (f"{key} = {name}", place, date):
            assert codes_on(text, line) == [], line


def test_keys_out_of_order_are_no_legend():
    text = _page("ACBD")
    assert codes_on(text, f"A = {GROUPS[0][0]}") == ["BP009"]
