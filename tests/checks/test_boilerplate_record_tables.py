"""The story's records: tables written with bars under their rule (a match's card of fields and
values, a league table whose badges were lost, "![]() |" in a row's cells), numbered lists that go
on with dated items or under the same label ("Class 6. Wind in the Willows"), a resolution's
clauses ending on "; and".  Not a menu, empty markup, a list of other stories or cut teasers.
Written for the test, after the shapes seen in unseen samples 169 to 174."""

from __future__ import annotations

from council_story import codes_at, flagged_lines

CARD = [
    "Date | 12 November 2022 |",
    "---|---|",
    "Team | Men's 2nd Team |",
    "Opposition | Old Halesonians 4ths |",
    "Fixture | Home |",
    "Venue | Small Heath Leisure Centre |",
    "Start time | 13:00 |",
    "Result | W 3 - 2 |",
    "Time played | |",
    "Scorers | |",
    "Match Report | The home team started very positively and scored twice before half time, then held on for the win.",
]


def test_a_match_card_over_its_report_is_not_a_menu():
    assert flagged_lines("\n".join(CARD) + "\n") == set()


def test_a_menu_laid_out_in_a_table_is_still_found():
    """No figure in its cells: a site's layout table of links, above the story."""
    menu = ["Home | About Us | Fixtures |", "---|---|---|", "Teams | Results | Contact |", "Join | Shop | Gallery |",
            "News | Events | Sponsors |", "History | Honours | Kit |", "Coaching | Juniors | Vets |", "Pitch | Bar | Parking |"]
    text = "\n".join(menu) + "\n\n" + "\n".join(CARD[2:]) + "\n"
    assert 1 in flagged_lines(text)


LEAGUE = [
    "Rank | Teams | Played | Won | Drawn | Lost | Diff | GD | Points |",
    "---|---|---|---|---|---|---|---|---|",
    "1 |",
    "![]() |",
    "30 | 17 | 8 | 5 | 57 - 21 | 36 | 59 |",
    "2 |",
    "![]() |",
    "30 | 17 | 7 | 6 | 65 - 32 | 33 | 58 |",
    "3 |",
    "![]() |",
    "30 | 16 | 8 | 6 | 55 - 37 | 18 | 56 |",
]


def test_a_lost_badge_in_a_league_table_is_a_cell():
    assert flagged_lines("\n".join(LEAGUE) + "\n") == set()


def test_empty_picture_markup_outside_a_table_is_still_flagged():
    assert codes_at("![]() |", "end") == ["BP011"]


def test_a_table_s_header_over_its_rule_in_one_block_is_the_table_s():
    """The header row and its rule on two lines of one block, the rows under it (a league table
    copied with its badges' addresses under it): no other story's headline."""
    rows = [f"| {n} | 17 | {14 - n} | 1 | 2 | {38 - n} | 11 | {27 - n} | {43 - 2 * n} | |||||" for n in range(1, 15)]
    logos = [f"/images.example.com/images/lib/sport/football/club/logo/300/1152{n:02d}.png)" for n in range(1, 13)]
    text = "| Teams | Latest results | P | W | D | L | GF | GA | +/- | Pts | ||||\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n" + "\n".join(rows + logos) + "\n"
    assert not flagged_lines(text) & {1, 2}


def test_a_numbered_list_of_events_goes_on_with_its_dated_items():
    """The story's numbered list of conventions, some with a range of days and some with one day:
    the items with one date are no list of other stories' dated headlines."""
    items = [f"  {n}. {name} 2023 January {d}-{d + 2}, 2023" for n, (name, d) in enumerate([("MAGFest", 2), ("Fandom PDX", 4), ("PAX South", 17), ("Genesis", 24)], 1)]
    items += [f"  {n}. {name} 2023 February {d}, 2023" for n, (name, d) in enumerate([("Maynard Comic Con", 1), ("QuadCon Cedar Rapids", 2), ("KupoCon", 15), ("Florida Game Con", 22)], 5)]
    intro = "What is a gaming convention? It is an event where people spend a weekend playing games, meeting designers and trying new releases before anyone else."
    text = "\n\n".join(["Biggest Gaming Conventions 2023", intro]) + "\n\n" + "\n".join(items) + "\n"
    assert flagged_lines(text) == set()


def test_a_show_s_numbered_classes_at_the_end_are_the_story_s():
    """"Class 5. ... – 1 stem" / "Class 6. Wind in the Willows" / ...: the classes with shorter names
    at the end go on with the numbering of the classes above them."""
    classes = ["Class 1. Iris – 1 stem", "Class 2. Tulip – 1 stem, no foliage", "Class 3. Columbine – 1 stem",
               "Class 4. Flowering Branch – max 30 inches above vase", "Class 5. Any other spring flower in bloom – 1 stem",
               "Class 6. Wind in the Willows", "Class 7. Spring is Popping Up All Over", "Class 8. Tea Time",
               "Class 9. Cupcake for Mom", "Class 10. Luncheon for Mother"]
    intro = "Have a look at our May Flower Show winners. Some categories did not receive entries this year, and the judges thanked every exhibitor."
    text = intro + "\n" + "\n".join(classes) + "\n"
    assert flagged_lines(text) == set()


def test_a_resolution_s_clauses_ending_on_and_are_not_cut_teasers():
    clauses = [
        "WHEREAS the earth is currently on track to warm by more than 3 degrees Celsius; and",
        "WHEREAS a 2018 report from the Intergovernmental Panel on Climate Change finds that emissions must fall; and",
        "WHEREAS the costs to the Village of mitigating and adapting to the impacts of climate change are rising; and",
        "THAT Council recognizes with grave concern that climate change constitutes a crisis for the Village; and,",
        "THAT the Village shall adopt a Community Climate Action Plan that recognizes our urgent need to act; and,",
    ]
    assert flagged_lines("\n".join(clauses) + "\n") == set()



# a guide's lists of points, the last list after the story's last sentence: its items say again
# the words of the items above them ("Provide ...")
GUIDE = [
    "Accessible playgrounds",
    "",
    "A playground is accessible when every child can reach it, move through it and play on it, whatever "
    "the child's mobility, and designers should plan for that from the start.",
    "",
    "Routes should:",
    "",
    "  • Be at least 60 inches wide",
    "  • Have a maximum slope of 1:12",
    "",
    "Surfaces under and around accessible structures should:",
    "",
    "  • Be wide enough to provide safe, accessible landing",
    "  • Provide access to the structure",
    "  • Provide shade over the seating",
    "",
    "Structures should:",
    "",
    "  • Provide handgrips, rails, or holds",
    "  • Provide support as necessary",
]


def test_the_last_list_of_points_after_the_story_is_not_a_menu():
    text = "\n".join(GUIDE) + "\n"
    assert flagged_lines(text) & {18, 19} == set()


def test_a_menu_after_the_story_s_lists_repeats_none_of_their_words():
    text = "\n".join(GUIDE) + "\n\nHome\nAbout Us\nContact\nTickets\n"
    assert {21, 22, 23, 24} <= flagged_lines(text)
