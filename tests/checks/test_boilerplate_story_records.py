"""A story's own parts and record lines that the tests of place took for the page's: the next
part of a story in parts ("Article 5" after "Article 4", a show's "Class 14" after "Class 13"),
and a record's fields between its title and its first paragraph ("Location: Saxlingham
Nethergate").  Each written for the test, after the shape of rules pages and case studies."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of


def test_the_next_part_of_a_story_in_parts_is_the_story_s():
    text = draft(
        "Rules of the town cycle race", "Article 1", PARAGRAPHS[0], "Article 2", PARAGRAPHS[1],
        "Article 3", PARAGRAPHS[2], "Article 4", PARAGRAPHS[3], "Article 5", "Helmets are compulsory for all riders",
    )
    assert flagged_lines(text).isdisjoint({line_of(text, "Article 5"), line_of(text, "Article 4")})


def test_a_numbered_link_after_the_story_with_no_part_before_it_is_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "Article 5", "Privacy Policy")
    assert line_of(text, "Article 5") in flagged_lines(text)


CASE_STUDY = [
    "Moth Trapping",
    "Group/Individual: Martin Ogilvie and Trevor Stevens",
    "Location: Saxlingham Nethergate",
    "As part of its project, the wildlife trust worked with the parishioners of Saxlingham Nethergate to run "
    "a series of workshops on moth trapping and identification in the village.",
    "The moth trap was set in a garden every night of the summer, and the moths were counted and released "
    "each morning by the volunteers who had come to the workshops.",
]


def test_a_record_s_fields_under_its_title_are_the_story_s():
    assert flagged_lines(draft(*CASE_STUDY)) == set()


BEAVERS = [
    "Beavers: Nature's first river restoration engineers",
    "Beavers released on the river last spring have built three dams, and the wetland behind them now "
    "holds water through the dry months, the river trust said.",
    "The trust said the beavers' dams slow the river in floods, and that fish and birds have returned "
    "to the ponds the beavers made.",
]


def test_a_headline_with_a_colon_is_no_record_s_field():
    # a headline's word before its colon is no field's label: the line under it is no headline
    text = draft("Wildlife News", *BEAVERS)
    got = flagged_lines(text)
    assert line_of(text, BEAVERS[0]) not in got
    assert line_of(text, "Wildlife News") in got
