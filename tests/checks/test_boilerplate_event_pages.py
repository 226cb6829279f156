"""An event page's own details: a run of labelled fields ("Cost: $10 per participant" under "Hike
Length: 2.2 Miles"), a fee between the description's paragraphs, the hours and place under it.
A run of the event's dates under a heading. Each written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of

TITLE = "Lantern Walk: Bats at Dusk"
DESCRIPTION = (
    "Have you ever seen a bat hunting over the water at dusk and wondered which one it was? Join the "
    "lantern walk along the canal with the ranger and the trust's naturalist as we listen for the "
    "calls of our local bats with detectors, and learn how to tell the species apart by their calls "
    "and the way they fly."
)
FIELDS = [
    "Walk Length: 1.5 Miles",
    "Walk Difficulty: Good for most ages",
    "Bat detectors: Provided at the start of the walk",
    "Toilets: None along the canal",
    "Cost: $8 per participant",
]


def test_a_field_among_the_page_s_other_fields_is_its_own():
    text = draft(TITLE, "Fri, September 8, 2023", DESCRIPTION, *FIELDS)
    assert line_of(text, "Cost: $8 per participant") not in flagged_lines(text)


def test_the_same_line_after_a_menu_is_still_flagged():
    # no field of the page's around it: a line of the menu's like any other
    menu = ["Shop Online", "Gift Membership", "Cost: $8 per participant", "Volunteer Days"]
    text = draft(TITLE, DESCRIPTION, *menu)
    assert {line_of(text, m) for m in menu} <= flagged_lines(text)


SECOND = (
    "The walk begins indoors with a short talk about the bats' roosts and what they eat, then goes "
    "along the towpath to the old lock, where the bats feed on summer evenings."
)
DETAILS = (
    "Bring a torch with a red filter if you have one, and wear shoes for a muddy towpath. Children "
    "must come with an adult, and dogs are not allowed on the walk."
)


def test_a_fee_between_the_paragraphs_is_the_event_s():
    text = draft(DESCRIPTION, SECOND, "FEE: $8/person", DETAILS)
    assert flagged_lines(text) == set()


def test_the_event_s_hours_and_place_are_no_date_stamp():
    hours = "7:30-9pm Friday, September 8. Canal Basin Car Park, 12 Wharf Rd. Free"
    text = draft(TITLE, DESCRIPTION, SECOND, hours)
    assert flagged_lines(text) == set()


def test_a_stamp_with_one_time_after_the_story_is_still_flagged():
    stamp = "September 8, 2023 at 7:30 pm"
    text = draft(TITLE, DESCRIPTION, SECOND, "Related Walks", "Owl Prowl at the Reservoir", stamp)
    assert line_of(text, stamp) in flagged_lines(text)


KIT = ["- Long trousers", "- Warm layers and a waterproof jacket", "- Boots with a good grip", "- Hat or gloves", "- Torch with a red filter"]


def test_a_list_under_a_short_lead_in_ending_with_a_colon_is_the_page_s():
    text = draft(TITLE, DESCRIPTION, *FIELDS, "What to bring and wear:", "\n".join(KIT))
    got = flagged_lines(text)
    assert got.isdisjoint(line_of(text, k) for k in KIT)


def test_the_same_list_under_a_label_is_still_flagged():
    # a two-word label ending with a colon heads a menu as often as a list of the story's
    menu = ["- Gift Cards", "- Shipping Policy", "- Wholesale Enquiries"]
    text = draft(TITLE, DESCRIPTION, SECOND, "Customer Service:", "\n".join(menu))
    assert {line_of(text, m) for m in menu} <= flagged_lines(text)


SHOWINGS = ["Saturday, April 13, 2024 at 2:00pm", "Saturday, May 4, 2024 at 2:00pm", "Saturday, June 15, 2024 at 2:00pm"]


def test_the_event_s_dates_one_under_another_are_its_own():
    # a run of stamps is the page's schedule; a comment's or another story's stamp stands by a
    # name, a title or a text
    text = draft(TITLE, DESCRIPTION, SECOND, "Upcoming Walks", *SHOWINGS)
    assert flagged_lines(text) == set()


def test_stamps_between_other_stories_titles_are_still_flagged():
    text = draft(
        TITLE, DESCRIPTION, SECOND, "Related Walks",
        "Owl Prowl at the Reservoir", SHOWINGS[0], "Moth Night at the Orchard", SHOWINGS[1],
    )
    assert {line_of(text, SHOWINGS[0]), line_of(text, SHOWINGS[1])} <= flagged_lines(text)


PROGRAMME = [
    "Schedule of Events",
    "11am - 6pm, Canal Basin",
    "Lantern Making",
    "Face Painting",
    "Bat Box Building",
    "Pond Dipping",
    "Willow Weaving",
    "12pm - 3pm, Lock Keeper's Lawn",
    "Stilt Walker",
    "4pm - 6pm, Lock Keeper's Lawn",
    "The Towpath Ramblers",
    "Outdoor Dining",
    "Corny Corner",
    "Bacon on a Stick",
    "Meat Wagon BBQ",
]


FESTIVAL = (
    "The Canal Festival is a day of family fun along the towpath, with lantern making, face painting, "
    "bat box building, live music from the Towpath Ramblers and a lantern parade at dusk."
)


def test_the_end_of_an_event_s_programme_is_its_own():
    # one line under the other, none a sentence: the last lines (the food stalls, which share no
    # word with the description) are the same programme's, not a menu after it
    text = draft(TITLE, FESTIVAL) + "\n".join(PROGRAMME) + "\n"
    assert flagged_lines(text) == set()


def test_a_menu_after_the_story_is_still_flagged_when_blank_lines_set_it_apart():
    menu = ["Shop Online", "Gift Membership", "Volunteer Days", "Contact Us"]
    text = draft(TITLE, DESCRIPTION, *menu)
    assert {line_of(text, m) for m in menu} <= flagged_lines(text)
