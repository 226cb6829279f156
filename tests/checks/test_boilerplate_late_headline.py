"""A headline a few lines down, under text that shares little with the story, starts the story:
the text above it is another story's blurb or a comment (``position._late_headline``).  Three
paragraphs ending like sentences above the first subheading are the story's own opening."""

from __future__ import annotations

from council_story import flagged_lines

BODY = [
    "First up were the netball minor premiers, the Sutherland Stingrays, against the second-placed "
    "Randwick Sparks in the grand final at the arena on Sunday.",
    "The Stingrays were the best attacking and defensive team in the netball league and had set the "
    "tone all year, winning both of their grand final rehearsals against the Sparks.",
    "The Sparks were brimming with confidence as they headed into the grand final with a five-game "
    "winning streak, and their defence pounced on every loose ball in the first quarter.",
    "In the second quarter the Sparks asserted their dominance once again, and the Stingrays could "
    "only claw back ball when their defence changed at the break of the netball grand final.",
    "The Stingrays fought back in the third quarter, but the Sparks held on to win the netball grand "
    "final by four goals in front of a loud crowd at the arena.",
    "The Sparks coach said the grand final win was the reward for a season of hard work at training, "
    "and the Stingrays captain said her team would be back next year for another netball final.",
    "The league will announce its netball awards at a dinner next month, when the grand final "
    "players of both clubs will be honoured alongside the season's best young players.",
    "Tickets for next season's opening netball round go on sale in March, and both grand final clubs "
    "expect record crowds after the close finish.",
]
HEADING = "Netball Grand Final"


def _flagged(lines: list[str]) -> set[int]:
    return flagged_lines("\n".join(lines) + "\n")


def test_the_storys_opening_above_its_first_subheading_stays():
    opening = [
        "Eighteen weeks of hard work, and at last we know who the 2024 champions are.",
        "It all culminated with a double header of action on a warm afternoon in the city, a fitting end to the year.",
        "Here's how it played out.",
    ]
    assert _flagged([*opening, HEADING, *BODY]) == set()


def test_a_blurb_above_a_late_headline_is_still_another_storys():
    blurb = "Looking for a recipe? Visit our full archive of cooking posts sorted by season and dish."
    assert _flagged([blurb, HEADING, *BODY]) == {1}


def test_an_introduction_above_the_first_of_numbered_steps_stays():
    # "Step 1: ..." heads the story's first part, not the story: its label recurs with the next
    # number further down (an unseen page, a clock repairer's house-call process)
    intro = "Customers are surprised when I say that a house call is required for a grandfather clock. Here is the process."
    steps = [
        "Step 1: Netball grand final at the arena",
        *BODY[:4],
        "Step 2: Netball grand final second half",
        *BODY[4:],
    ]
    assert _flagged([intro, *steps]) == set()
