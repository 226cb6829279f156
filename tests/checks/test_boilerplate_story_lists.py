"""The story's own short lines that look like the page's.  A list the story introduces with a line
ending in a colon, its bullets lost in the copy ("The aims of the campaign are to:" / "Encourage
more people to bake genuine bread" / ...): the story's, not a box of other stories' headlines.  The
source under a quotation, its author and work ("Stephen Harrod Buhner — The Secret Teachings of
Plants"): not another story's headline.  Written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of

AIMS = [
    "Share the delights of the new school library",
    "Encourage more families to use the river bridge",
    "Create a showcase for small, independent traders on the high street",
    "Help residents say no to rising business rates",
]


@pytest.mark.parametrize("paragraphs", [1, 2, 4])
def test_a_list_the_story_introduces_with_a_colon_is_the_story_s(paragraphs):
    text = draft(HEADLINE, *PARAGRAPHS[:paragraphs], "Launched in 2013, the aims of the council's plan are to:", *AIMS)
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("paragraphs", [1, 2, 4])
def test_other_stories_under_a_label_are_still_flagged(paragraphs):
    text = draft(HEADLINE, *PARAGRAPHS[:paragraphs], "You might also like:", *AIMS)
    assert {line_of(text, a) for a in AIMS} <= flagged_lines(text)


@pytest.mark.parametrize(
    "intro", ["Here are some more stories from the council you might enjoy:", "Read more about the budget:"]
)
def test_a_sentence_introducing_other_stories_does_not_make_them_the_story_s(intro):
    text = draft(HEADLINE, PARAGRAPHS[0], intro, *AIMS)
    assert {line_of(text, a) for a in AIMS[1:]} <= flagged_lines(text)


QUOTATION = "“Once we have tasted this wildness, we begin to hunger for a food long denied us.”"


@pytest.mark.parametrize("source", ["Stephen Harrod Buhner — The Secret Teachings of Plants", "Mary Oliver – Wild Geese"])
def test_the_source_under_a_quotation_names_its_author_and_work(source):
    text = draft(HEADLINE, *PARAGRAPHS[:2], QUOTATION, source, *PARAGRAPHS[2:])
    assert flagged_lines(text) == set()


def test_a_name_and_a_title_with_no_quotation_above_is_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS[:2], "Stephen Harrod Buhner — The Secret Teachings of Plants", *PARAGRAPHS[2:])
    assert flagged_lines(text) == {7}


CLAUSES = [
    "- Dispensing with wards altogether;",
    "- Changing the number and size of wards;",
    "- Combining existing wards; or",
    "- Moving ward boundaries to deal with the imbalance.",
]


def test_the_clauses_of_a_sentence_under_a_page_s_label_are_not_its_links():
    # "FAQ" over the page is the site's label; the items under it end like a sentence's clauses
    text = "FAQ\n" + "\n".join(CLAUSES) + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert flagged_lines(text) & set(range(2, 6)) == set()


def test_links_under_a_related_label_are_still_its_links():
    links = [c.rstrip(";.").removesuffix("; or") for c in CLAUSES]
    text = draft(HEADLINE, *PARAGRAPHS, "Related articles") + "\n".join(links) + "\n"
    assert {line_of(text, x) for x in links} <= flagged_lines(text)


GUIDE = [
    "LUCAS OIL AMA PRO MOTOCROSS CHAMPIONSHIP",
    "TV | Online Schedule",
    "- Motocross",
    "Fox Raceway, Saturday, October 10",
    "FIM MOTOCROSS WORLD CHAMPIONSHIP",
    "TV | Online Schedule",
    "- MXGP",
    "MXGP of Spain, Sunday, October 11",
    "GRAND NATIONAL CROSS COUNTRY",
    "TV | Online Schedule",
    "- GNCC",
    "Mason-Dixon GNCC, Sunday, October 11",
]


def test_one_label_with_a_bar_over_each_part_of_a_guide_is_not_other_stories_headlines():
    # (an unseen motorsport page's viewing guide: "TV | Online Schedule" three times over the
    # championships' times was read as three headlines signed with one site's name)
    text = draft(
        "Motocross title decided in California this weekend",
        "The final round of the Lucas Oil AMA Pro Motocross Championship runs on Saturday at Fox Raceway, with live qualifying from 1 p.m.",
        "The FIM Motocross World Championship heads to Spain on Sunday, and the Grand National Cross Country series races in Pennsylvania.",
        "Below is your viewing guide for the weekend.",
        *GUIDE,
    )
    assert flagged_lines(text) == set()


def test_different_headlines_signed_with_one_site_s_name_are_still_flagged():
    heads = [
        "Council approves new cycle lanes | Riverside Gazette",
        "School library reopens after flood | Riverside Gazette",
        "Bridge repairs to start in spring | Riverside Gazette",
    ]
    text = draft(HEADLINE, *PARAGRAPHS[:2], *heads)
    assert {line_of(text, h) for h in heads} <= flagged_lines(text)


def test_a_list_after_the_last_paragraph_under_a_short_sentence_with_a_colon_is_the_story_s():
    # (an unseen how-to cut off in its second part: "How teachers use it:" over its points, after
    # the last full paragraph, was read as other stories' headlines)
    points = [
        "- Compare homework to classroom tests",
        "- Compare written assignments to class discussions",
        "- Identify if style suddenly changes",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "Method two: reading the pupil's style", "How teachers use it:", *points)
    assert flagged_lines(text).isdisjoint(line_of(text, p) for p in points)


def test_other_stories_under_a_label_with_a_colon_after_the_story_are_still_flagged():
    heads = ["- Bridge repairs to start in spring", "- School library reopens after flood", "- New cycle lanes approved"]
    text = draft(HEADLINE, *PARAGRAPHS, "More from the council:", *heads)
    assert {line_of(text, h) for h in heads} <= flagged_lines(text)


KIT = [
    "  • Bar of soap",
    "  • 2-inch roller bandage",
    "  • Triangular bandage",
    "  • Assorted gauze pads",
    "  • Clinical oral thermometer",
    "  • Scissors",
    "  • Tweezers",
    "  • Small flashlight (with extra batteries and bulb)",
]
KIT_PARAGRAPH = (
    "The council will give every new school a first-aid kit. Quantities of suggested items for "
    "each kit depend on the size of the school, and a list of the contents hangs by the door."
)


def test_a_bulleted_list_under_a_heading_naming_what_the_paragraph_above_speaks_of():
    """Sample 308: a scouting handbook's first-aid kit, its heading taking its words from the last
    paragraph ("Suggested First-Aid Kit Contents"), after the story's last paragraph."""
    text = draft(HEADLINE, *PARAGRAPHS, KIT_PARAGRAPH, "Suggested First-Aid Kit Contents", "\n".join(KIT))
    assert flagged_lines(text) == set()


def test_the_same_list_under_a_site_s_heading_is_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, KIT_PARAGRAPH, "Popular Posts", "\n".join(KIT))
    assert {line_of(text, k) for k in KIT[:4]} <= flagged_lines(text)


GROUPS = {
    "Primary": ["Hill Primary, Mrs J Campbell (head)", "River Primary, Mr P Watson (head)", "Bridge Primary, Ms C O'Neill (head)", "Mill Primary, Mrs T Westwood (head)"],
    "Secondary": ["Riverside Academy, Mr S Challis (head)", "Town High, Ms A Chandler (head)", "Park School, Mrs K Green (head)", "Castle School, Mr R Bailey (head)"],
    "Special": ["Oak House, Ms S Atkins (head)", "Elm House, Mrs C Baldock (head)", "Ash House, Mrs R Simms (head)"],
    "Colleges": ["Town College, Mrs C Foster (principal)", "Riverside College, Miss L Holmes (principal)", "Bridge College, Miss J Down (principal)"],
}


def test_a_list_the_story_introduces_goes_on_through_its_groups_names():
    """Sample 310: a show's finalists by group under "The 40 qualifying teams ... will be:" ("Gundog"
    / "Hungarian Vizsla, Mr P Watson (Oakswarren)" / ... / "Working" / ...), past twelve lines."""
    blocks = [HEADLINE, *PARAGRAPHS, "The schools that will share the new budget next year will be:"]
    for name, rows in GROUPS.items():
        blocks += [name, "\n".join(rows)]
    text = draft(*blocks)
    assert flagged_lines(text) == set()
