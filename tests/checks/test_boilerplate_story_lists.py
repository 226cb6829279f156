"""The story's own list after its last paragraph is not the page's (BP003, BP009): a recipe's
ingredients, each opening with a measure ("225g plain flour", "½ tsp mixed spice"), and the items
of the same list below them that carry none ("1 egg, beaten", "splash milk"); the parts of its
card ("Nutrition"); a list the writer typed with dashes against the words ("-Ready to hang").  And
the other way: the numbers of a list whose items were not copied ("1." / "2." / "3.") are the
page's.  Written for the test, after the shape of a family blog's recipe post, an artist's shop
page and a library's page."""

from __future__ import annotations

import pytest

from council_story import draft, flagged_lines, line_of

from newslint.checks.boilerplate.structure import _MEASURE
from newslint.api import lint_text

TITLE = "Welsh cakes: a family recipe"
INTRO = [
    "A griddle pan on top of the gas oven works almost as well as a Rayburn for these, and my dad "
    "still makes a better batch than I do every single time.",
    "Here is the recipe we use. Welsh cakes keep well in a tin for up to a week, and they are nice "
    "warm with butter and jam.",
]
INGREDIENTS = [
    "Ingredients",
    "  • 225g plain flour",
    "  • 85g caster sugar",
    "  • ½ tsp mixed spice",
    "  • 50g butter, cut into small pieces",
    "  • 50g currants",
    "  • 1 egg, beaten",
    "  • splash milk",
]


def test_a_recipe_s_ingredients_after_the_last_paragraph_are_the_story_s():
    text = draft(TITLE, *INTRO, *INGREDIENTS)
    assert flagged_lines(text) == set()


def test_a_menu_after_the_ingredients_is_still_flagged():
    menu = ["  • Home", "  • Recipes", "  • Gardening Tips", "  • About Me"]
    text = draft(TITLE, *INTRO, *INGREDIENTS, "Menu", *menu)
    got = flagged_lines(text)
    assert {line_of(text, m) for m in menu} <= got
    assert got.isdisjoint(line_of(text, i) for i in INGREDIENTS)


@pytest.mark.parametrize(
    "line, is_measure",
    [
        ("225g plain flour", True),
        ("• ½ tsp baking powder", True),
        ("1 1/2 cups milk", True),
        ("2-3 cloves garlic, crushed", True),
        ("3 Comments", False),
        ("10 things to do this weekend", False),
        ("2023", False),
        ("50g", False),  # a measure of nothing
    ],
)
def test_what_opens_with_a_measure(line, is_measure):
    assert bool(_MEASURE.match(line)) is is_measure


DIRECTIONS = [
    "Directions",
    "  • Rub the butter into the flour, then stir in the sugar, spice and currants.",
    "  • Add the egg and enough milk to make a firm dough, then roll it out and cut rounds.",
]


@pytest.mark.parametrize("part", ["Nutrition", "Notes", "Nutrition Facts"])
def test_a_recipe_card_s_part_after_its_directions_is_the_story_s(part):
    text = draft(TITLE, *INTRO, *INGREDIENTS, *DIRECTIONS, part)
    assert flagged_lines(text) == set()


def test_the_same_word_after_a_story_with_no_recipe_is_still_flagged():
    text = draft(TITLE, *INTRO, "Notes", "Home")
    assert line_of(text, "Notes") in flagged_lines(text)


PRINT = [
    "The Water Tower Painter Print",
    "Limited edition print of The Watertower Painter from the Jobs of Yesteryear Series, after the men who painted the towers by hand.",
    "Wood Panel Option:",
    "-Available in 12x24 inches or 18x36 inches",
    "-Printed on acid-free paper",
    "-Mounted permanently to a custom-made, 1.5 inch thick wood box",
    "-Ready to hang",
    "-Signed and numbered",
]


def test_items_of_a_list_the_writer_typed_are_the_story_s_between_its_other_items():
    text = draft(*PRINT)
    assert flagged_lines(text) == set()


def test_a_typed_list_the_test_claims_whole_is_still_flagged():
    menu = ["-Gift Cards", "-Wholesale Enquiries", "-Shipping Policy"]
    # a description long enough for a line sharing no word with it to stand out (one sentence
    # alone says little: test_boilerplate_short_pages.py)
    more = " Each print is made to order in the studio and leaves within ten working days, wrapped in tissue."
    text = draft(PRINT[0], PRINT[1] + more, *PRINT[2:], "Customer Service", *menu)
    assert {line_of(text, m) for m in menu} <= flagged_lines(text)


LIBRARY = [
    "Why go fine-free?",
    "Research shows that overdue fines do not bring books back sooner. Instead, fines keep people "
    "away from the library, and our hope is that going fine-free will bring past users back.",
]


def test_the_numbers_of_a_list_whose_items_were_not_copied_are_flagged():
    numbers = [f"{k}." for k in range(1, 8)]
    text = "\n\n".join(LIBRARY) + "\n\n" + "\n".join(numbers) + "\n"
    res = lint_text(text, path="a.txt", select=["BP003"]).diagnostics
    assert [(d.line, d.end_line) for d in res] == [(5, 11)]
    assert res[0].message.startswith("Numbers of a list whose items were not copied (7 lines)")


def test_a_numbered_list_with_its_items_between_the_numbers_is_the_story_s():
    items = ["1.", "Do you borrow more books now?", "2.", "Did a fine ever keep you away?", "3.", "What should the library buy next?"]
    assert flagged_lines(draft(*LIBRARY, *items)) == set()


def test_two_numbers_alone_are_not_a_list():
    assert flagged_lines(draft(*LIBRARY, "1.", "2.")) == set()
