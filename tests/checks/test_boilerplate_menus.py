"""A long run of labels above the story is the page's menu, whatever its items say
(``boilerplate/lists.menus``)."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of

# a trade site's menu: no item is a word a cue knows
MENU = [
    "Department Stores",
    "Electricals and Tech",
    "General Merchandise",
    "Retail Business Strategy",
    "Property",
    "Retail Solutions",
    "Christmas Ads",
    "Retail HR Summit",
    "Upcoming Retail Events",
    "Retail Insights",
]


def test_a_run_of_labels_over_the_headline_is_a_menu_and_the_headline_stays():
    lines = [*MENU, HEADLINE, *PARAGRAPHS]
    flagged = flagged_lines("\n".join(lines) + "\n")
    assert flagged == set(range(1, len(MENU) + 1))


def test_a_menu_right_above_the_first_paragraph():
    lines = [*MENU, *PARAGRAPHS]
    flagged = flagged_lines("\n".join(lines) + "\n")
    assert flagged == set(range(1, len(MENU) + 1))


def test_seven_labels_are_not_yet_a_menu():
    # a headline, a deck, a kicker, a byline and a date make a few short lines above a story; a
    # run this short is left to the other tests (the first lines, at the edge of the page and
    # sharing no word with the story, are still weighed one by one)
    lines = [*MENU[:7], HEADLINE, *PARAGRAPHS]
    flagged = flagged_lines("\n".join(lines) + "\n")
    assert not set(range(1, 8)) <= flagged
    assert 8 not in flagged


def test_labels_ending_like_sentences_are_not_a_menu():
    # eight short sentences (a poem, a list of points) above the story are not labels
    lines = [f"{item} opened." for item in MENU] + [HEADLINE, *PARAGRAPHS]
    assert flagged_lines("\n".join(lines) + "\n") == set()


def test_a_list_inside_the_story_is_the_story_s():
    # the award's categories between two paragraphs: the story's own list
    lines = [HEADLINE, PARAGRAPHS[0], *MENU, *PARAGRAPHS[1:]]
    assert flagged_lines("\n".join(lines) + "\n") == set()


def test_a_recipe_s_ingredients_above_its_method_are_the_story_s():
    lines = [
        "Easy Pancakes",
        "Ingredients",
        "1 cup plain flour",
        "2 large eggs",
        "1 cup whole milk",
        "1 tbsp caster sugar",
        "Pinch of salt",
        "Butter for the pan",
        "Maple syrup to serve",
        "Method",
        "Whisk the flour, eggs, milk, sugar and salt in a bowl until the batter is smooth and thick.",
        "Melt a little butter in a pan over a medium heat, pour in a ladle of batter and cook each "
        "pancake for a minute on each side until golden.",
    ]
    # the ingredients are no menu (the title and "Ingredients" above the first line that shares
    # the story's words are weighed by the test of the head, not here)
    assert flagged_lines("\n".join(lines) + "\n").isdisjoint(range(3, 11))


# a news site's box of teasers above the story: section tags, headlines and their dates
TEASER_BOX = [
    "Court",
    "Economy",
    "Health",
    "Rents on the rise in the capital",
    "2 September 2024",
    "Economy",
    "Education",
    "Editor's Pick",
    "Hospital waiting lists grow",
    "1 June 2024",
]


def test_a_box_of_tags_headlines_and_dates_over_the_story_is_a_menu_and_the_headline_stays():
    lines = [*TEASER_BOX, HEADLINE, "Tuesday 20 February 2018 | Published in Regional", *PARAGRAPHS]
    flagged = flagged_lines("\n".join(lines) + "\n")
    assert flagged == set(range(1, len(TEASER_BOX) + 1))


def test_a_headline_over_its_date_and_share_button_stays_after_a_menu():
    lines = [*MENU, HEADLINE, "20 February 2018", "Share", *PARAGRAPHS]
    flagged = flagged_lines("\n".join(lines) + "\n")
    assert len(MENU) + 1 not in flagged


def test_a_hard_wrapped_caption_above_the_story_is_no_menu():
    """A book's caption set in a narrow column, one short line under the other, its words broken
    across lines ("col-" / "lection"): a sentence going on, not a menu's items (sample 202)."""
    caption = ["Four-piece outerwear col-", "lection, gouache. Pictured", "are four unique silhouettes",
               "in two fabrics, with contrast", "yellow lining. Front and back", "views emphasize horizontal",
               "bands, while minimal seams", "and edges in arcs or S-curves", "wrap the body in careful",
               "silhouettes. The necklines", "are warm and flattering."]
    text = "\n".join(caption) + "\n\n" + draft(HEADLINE, *PARAGRAPHS)
    assert not set(range(1, len(caption) + 1)) & flagged_lines(text)


def test_ingredients_without_measures_that_the_method_names_are_the_story_s():
    # (an unseen recipe page: the ingredients without their amounts, one per line over the method,
    # read as a menu; the method names most of them word for word, a site's menu is not in its story)
    ingredients = [
        "hickory wood chips", "soaked", "extra virgin olive oil", "garlic paste", "soy sauce", "red pepper sauce",
        "onion powder", "chili powder", "garlic powder", "brown sugar", "pork ribs", "barbeque sauce",
    ]
    method = [
        "Soak the hickory wood chips in a bowl of water and set them aside for an hour.",
        "Mix together the extra virgin olive oil, garlic paste, soy sauce and red pepper sauce to make a basting sauce.",
        "In a bowl, mix the onion powder, chili powder and garlic powder with the brown sugar to make a dry rub.",
        "Rub the pork ribs all over and smoke them for three hours, then baste them with barbeque sauce.",
    ]
    text = draft("Smoked ribs with a spicy rub", *ingredients, *method)
    assert flagged_lines(text).isdisjoint(line_of(text, x) for x in ingredients)


def test_a_menu_whose_items_the_story_does_not_name_is_still_flagged():
    menu = ["Home Page", "News Categories", "Commentary", "Department Stores", "Grocery", "Fashion Retail", "Events", "Contact Us"]
    text = draft(*menu, HEADLINE, *PARAGRAPHS)
    assert {line_of(text, x) for x in menu} <= flagged_lines(text)


@pytest.mark.parametrize("fields", [["Prep Time: 15 mins", "Cook Time: 35 mins", "Total Time: 50 mins", "Servings: 8"], ["Serves: 4", "Cooking time: 1 hour"]])
def test_a_recipe_card_s_times_and_servings_after_the_method_are_the_recipe_s(fields):
    # (an unseen recipe page: the card's fields under the last step were read as a site's links)
    lines = [
        "Basic vegan cake",
        "This is a dense, yet somewhat spongy basic vegan cake that can be topped with any frosting you like.",
        "Ingredients",
        "- 1 cup plain soy milk",
        "- 1 tablespoon apple cider vinegar",
        "- 1 1/2 cups plain flour",
        "- 1 cup white sugar",
        "Instructions",
        "- Preheat the oven and grease and flour an 8-inch baking dish before you start on the batter.",
        "- Stir the soy milk and vinegar together, whisk in the flour and sugar, and bake for about 35 minutes.",
        *fields,
    ]
    text = "\n".join(lines) + "\n"
    assert flagged_lines(text).isdisjoint(line_of(text, f) for f in fields)


# a review's fact box, each field's label on its own line over its value: "Date" over a date
FACT_BOX = [
    "- Date",
    "- 18th June 2022",
    "- Society",
    "- Ovingham Drama Group",
    "- Venue",
    "- The Reading Room, Ovingham",
    "- Director",
    "- Lorraine White",
    "- Written By",
    "- Ashley Burgoyne",
]


def test_a_fact_box_of_labels_over_their_values_above_the_story_is_the_story_s():
    lines = [*FACT_BOX, *PARAGRAPHS]
    assert flagged_lines("\n".join(lines) + "\n") == set()


def test_a_menu_with_field_names_among_its_items_is_still_a_menu():
    # a field's name alone is not enough: a menu's "Venue" and "Location" items over labels hold
    # no figure, where a fact box has a date or a time under its "Date"
    items = [*MENU[:3], "Venue", "Retail Events", "Location", "Store Finder", *MENU[3:6]]
    flagged = flagged_lines("\n".join([*items, HEADLINE, *PARAGRAPHS]) + "\n")
    assert flagged == set(range(1, len(items) + 1))
