"""The story's own lines that looked like the page's: a club newsletter's lists of the materials
for two flies, "Hook – scud hook, size 16 to 26" under "Hook – standard nymph size 14, 16", and a
draft whose text an extractor broke into fragments of a few letters to a line, a bracket or a
comma alone between them.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_blocks, line_of

# a club's news page copied line by line, no blank line between its paragraphs
NEWSLETTER = [
    "We are back! Our first meeting of the autumn will be on Monday, and the fly-tying table opens an hour before it.",
    "This month's guest speaker will be Jim from the county's wildlife outreach team.",
    "It will be great to see everyone again!",
    "Fly Tying Demo: Dan will be demonstrating how to tie the following flies at the meeting before the talk starts.",
]

FIRST_FLY = [
    "Hook – standard nymph size 14, 16",
    "Bead – 5/64 Fl Fire Orange",
    "Thread – light grey uni 8/0",
    "Body – grey ostrich herl",
    "Back – pearl mylar tinsel small",
]

SECOND_FLY = [
    "Hook – scud hook, size 16 to 26",
    "Thread – Black",
    "Bead – 1/16 nickel",
    "Rib- silver wire",
    "Tail, feelers, legs – small round black rubber",
    "Body – variegated chenille MED Black/Coffee",
]


def test_the_materials_of_two_flies_closing_a_newsletter_are_not_lists_of_links():
    text = "\n".join(NEWSLETTER + FIRST_FLY + SECOND_FLY) + "\n"
    assert flagged_lines(text) == set()


def _spec_rows(lines: list[str]) -> list[bool]:
    from newslint.checks.boilerplate.tables import spec_rows

    units = line_blocks(lines)
    return [spec_rows(units, i) for i in range(1, len(units))]


def test_rows_of_recurring_fields_are_a_spec_list():
    assert all(_spec_rows(FIRST_FLY + SECOND_FLY))


def test_other_stories_headlines_behind_recurring_labels_are_no_spec_list():
    # the labels recur as fields would, but each value opens in capitals: headlines
    related = [
        "Review – Seven Novels to Read on Holiday This Summer",
        "Opinion – Why Cycling Lanes Divide Every High Street",
        "Review – A Quiet Triumph at the Playhouse This Spring",
        "Opinion – What Footballers Earn and Why It Matters",
    ]
    assert not any(_spec_rows(related))


def test_one_fly_s_materials_alone_are_no_spec_list():
    # no field recurs: left to the other checks (a list the story's sentence introduces)
    assert not any(_spec_rows(FIRST_FLY))


# a PDF's text as some extractors give it: a few letters to a line, brackets and commas alone
SHATTERED = [
    "IN C", "O", "MMIT", "TE", "E", "Sena", "t", "e", "Bi", "l", "l", "s", "276", "an", "d", "27", "7",
    "(", "as", "i", "n", "t", "r", "o", "d", "u", "ce", "d", ")", "Sp", "o", "n", "so", "r", ":",
    "S", "e", "n", "at", "o", "r", "J", "o", "n", "Bu", "mst", "e", "ad", "(", "S.B", ".", "27", "7)",
    ",", "Co", "mm", "i", "t", "t", "e", "e",
]


def test_brackets_commas_and_ad_in_a_shattered_text_are_pieces_of_its_words():
    text = "\n".join(SHATTERED) + "\n"
    assert flagged_lines(text) == set()


def test_a_shattered_text_s_copyright_line_is_still_a_footer():
    footer = "© 2025 Lakeside Anglers Club. All rights reserved."
    text = "\n".join(SHATTERED + [footer]) + "\n"
    assert line_of(text, footer) in flagged_lines(text)


def test_a_bracket_alone_between_a_story_s_paragraphs_is_still_a_separator():
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "Home\n(\nNews\n(\nSport", PARAGRAPHS[2], PARAGRAPHS[3])
    assert line_of(text, "(") in flagged_lines(text)
