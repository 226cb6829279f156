"""Pages whose own lines looked like the page's: a hard-wrapped page (a name and a book's title
alone on lines inside a sentence, a subheading over a wrapped paragraph), a title that reads like
a person's name ("Perry Pear Varieties"), a magazine's issue field, a picture's caption or label
between the headline and the story, a byline over a dateline with no "By", and a lettered list of
materials with their counts.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of

# one line per line, no blank lines, as an old personal page gives it (too many short lines for
# the reader to take the text as hard-wrapped paragraphs: each line is a block of its own)
BELLOWS = [
    "How to Repair Bellows",
    "By Gaines Milligan",
    "I plan to add links to more subjects related to accordion care later.",
    "Send me Email",
    "Why It's Important to Have Airtight Bellows",
    "Once you have played an airtight accordion you will",
    "forever afterward understand the facts that: it is much easier on the",
    "arm, and the reeds respond much better to instant changes in pressure.",
    "Over the years I have",
    "tried many different methods of repairing bellows. I have read the late",
    "Mr. John Reuter's",
    "repair book Accordion",
    "Repairs Made Easy",
    "(and others) and have found the methods he describes",
    "therein somewhat dated and inadequate. I play for money and have to depend",
    "on my bellows, and I use old squeezeboxes which I have tuned and restored, and",
    "old bellows are seldom able to",
    "stand up",
]


def test_short_lines_inside_a_hard_wrapped_sentence_are_the_story_s():
    text = "\n".join(BELLOWS) + "\n"
    got = flagged_lines(text)
    inside = {line_of(text, x) for x in ["Mr. John Reuter's", "Repairs Made Easy", "stand up"]}
    assert got.isdisjoint(inside)


REEDS = [
    "Answers to some commonly asked repair questions",
    "Leaky Bellows",
    "Q. My accordion has a little air leakage at one place",
    "where the bellows frame joins the accordion. I know that this",
    "is coming from here because it becomes air tight under pressure.",
    "A. It sounds as though the bellows gasket is worn out.",
    "This is a very common problem. The gasket should be replaced. Gasket material made for accordion bellows is sold by the foot, or you can",
    "replace the whole gasket with weather stripping of the right size.",
    "The problem with weather stripping is that the foam rubber will crumble as it ages. Many folks use it anyhow, but the gasket lasts longer.",
    "How to Apply New Bellows Tape",
    "Use ordinary white glue for putting on bellows tape. The standard",
    "technique is to spread a bunch of the glue out on a board. Then",
    "lay the strips of tape on the board and press them onto the glue.",
    "If you are using ribbed bellows tape, be sure that the diagonal",
    "ribbed pattern is going in the same direction from one fold to",
    "the next. The bellows need to be pressed while the tape dries",
    "(under quite a bit of pressure, at least fifty pounds). Put strips",
    "of wax paper between the bellows folds while the glue dries so",
    "that they do not stick together.",
    "Use wide tape unless you are putting new tape over",
    "the top of old bellows tape. In that case, use narrow tape.",
    "Tips for Reed Skins (Leathers, Valves, Flaps)",
    "Q. Some of my reed leathers are curled up, and the",
    "reeds are making a funny noise. Do I have",
]


def test_a_subheading_over_the_wrapped_paragraph_that_takes_up_its_words_is_the_story_s():
    text = "\n".join(REEDS) + "\n"
    assert line_of(text, "Tips for Reed Skins (Leathers, Valves, Flaps)") not in flagged_lines(text)


PEARS = [
    "Perry Pear Varieties",
    "This document is a discussion of the varieties of pears which are or have been used for making perry in England.",
    "Perry quality depends on the type of pear used, and the classification of pears into groups follows the cider apples.",
    "Sweet pears have low acidity and fairly low tannin, and many of the old perry varieties are now very rare indeed.",
]


def test_a_title_that_opens_with_a_given_name_is_no_byline_tag():
    text = draft(*PEARS)
    assert flagged_lines(text) == set()


def test_a_tag_naming_a_person_above_the_headline_is_still_flagged():
    # the check that spared the title still knows a person's name ("Mary Ann Smith") as a tag
    text = draft("Mary Ann Smith", "Smith wins the county show", "Mary Ann Smith won the county show on Saturday with a marrow that weighed more than forty pounds.", "Smith said she had grown marrows in the same bed for thirty years and would keep the seed.")
    assert line_of(text, "Mary Ann Smith") in flagged_lines(text)


MAGAZINE = [
    "Page 14 - Hooking a Rag Rug",
    "ISSUE : Issue 3",
    "Published by Ronald Caplan on 1973/3/1",
    "A frame such as Maisie is using is easy to make. The burlap is stretched tight and the rags are hooked through it.",
    "She cuts old wool clothes into strips and hooks them into the burlap, row after row, until the pattern is filled.",
]


def test_a_magazine_s_issue_field_under_the_headline_is_the_story_s():
    text = draft(*MAGAZINE)
    assert flagged_lines(text) == set()


MARROW = [
    "The Veg Plot",
    "Give us more marrow fat, please",
    "marrow seedling",
    "Last year our marrows were not as fat as we had hoped. They started well but rotted before they reached a good size.",
    "This year we are trying a marrow of another variety, sown in pots on the windowsill, and the plants already look strong.",
]


def test_a_caption_under_the_headline_does_not_push_the_headline_into_the_page():
    text = draft(*MARROW)
    got = flagged_lines(text)
    assert line_of(text, "The Veg Plot") in got
    assert got.isdisjoint({line_of(text, "Give us more marrow fat, please"), line_of(text, "marrow seedling")})


STOVE = [
    "Lining Your Woodstove Flue",
    "Hearth Stove Liner Diagram",
    '" Where a free-standing woodstove or hearth stove\nis vented into a chimney with an oversized bore, into\nan unlined chimney, or into a chimney with a damaged\nmasonry sleeve, the chimney shall be refitted with a\nproperly sized listed metal or masonry sleeve."',
    "Q: We are about to buy a new wood-burning stove, and our local dealer refuses to put the woodstove in unless we buy a stainless steel sleeve for the chimney.",
    "A: There are four situations relating to your existing chimney that would cause the code authority to require one, and the first is the commonest of them.",
    "1) The existing chimney is unlined. In the past, some masonry chimneys were built without any sleeve at all, and those need one now.",
    "2) The existing chimney has a sleeve, but it is cracked or damaged. Clay tiles crack in a chimney fire, and a cracked tile lets heat through.",
    "3) The existing chimney has a sleeve, but it is too large. An oversized bore cools the smoke, which then leaves tar in the chimney.",
]


def test_a_picture_s_label_and_a_wrapped_quotation_are_not_taken_for_the_headline_and_its_story():
    # the headline shares one word of four with the story; the label under it, more
    text = draft(*STOVE)
    assert line_of(text, "Lining Your Woodstove Flue") not in flagged_lines(text)


PRESS = [
    "Saman Kojouri",
    "Press TV, Tehran",
    "Talented Iranian children have ranked first in the team category of an international mental arithmetic contest.",
    "Children in five age groups took part, and the team won medals in every one of them, the organisers said on Sunday.",
    "The institute holds a national competition every August to select the members of the team for the contest.",
]


def test_a_byline_without_by_over_a_dateline_is_the_story_s():
    text = draft(*PRESS)
    assert flagged_lines(text) == set()


KIT = [
    "The Yurt Kit",
    "Got everything? The drawing shows the parts you have made and the few you will buy before you raise the house.",
    "A. Roof Skin\nB. Wall Skin\nC. Lacing Pins (4)\nD. Smokehole Cover\nE. Rafter Poles (45)\nF. Door Posts (2)\nG. Rubber bands (150)",
    "You will notice that besides the parts you made, the list calls for rope, a door blanket and safety pins.",
]


def test_a_lettered_list_of_parts_with_their_counts_is_no_archive():
    text = draft(*KIT)
    assert flagged_lines(text) == set()


def test_a_category_with_its_count_is_still_an_archive_link():
    text = draft(*KIT, "Categories", "Salads (48)\nSoups (12)")
    assert line_of(text, "Salads (48)") in flagged_lines(text)
