"""Lists around the story: a list at its end under a label in title case that names its subject
(the story's, not a site's box), and a box of other stories' headlines above it, line under line.
Written for the test, after the shapes seen in unseen samples 184 and 188."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of

STORY = [
    "Tattoo tickets go on sale for this year's festival",
    "Tickets are on sale now for this year's Virginia International Tattoo, the festival of "
    "military music held every spring in Norfolk.",
    "More than 1,000 performers from seven nations will take part, with massed pipes and drums, "
    "drill teams and dancers, the festival's organisers said on Friday.",
    "The Tattoo begins on April 30 at the Scope arena and runs until May 3. Tickets are available "
    "from the festival's box office and website.",
    "This is the 24th year of the Tattoo, which organisers say has drawn visitors from every state.",
]
NATIONS = ["Australia", "Canada", "Latvia", "Republic of Korea", "Switzerland", "United Kingdom",
           "United States of America"]


def test_the_nations_under_a_label_naming_the_tattoo_are_the_story_s():
    text = draft(*STORY, "Virginia International Tattoo Participating Nations:", *NATIONS)
    flagged = flagged_lines(text)
    assert not {line_of(text, n) for n in NATIONS} & flagged


def test_a_site_box_under_a_label_of_its_own_is_still_flagged():
    """The same short lines under a label that names nothing of the story ("Quick Links:") are
    the page's."""
    links = ["Volunteer", "Sponsors", "Press Room", "Contact Us", "Accessibility", "Careers"]
    text = draft(*STORY, "Our Website Quick Links:", *links)
    flagged = flagged_lines(text)
    assert {line_of(text, n) for n in links} <= flagged


def test_a_label_naming_the_story_that_points_to_other_stories_is_the_page_s():
    titles = ["Harbour Bridge Repairs Delayed Again", "Mayor Opens New Library Branch",
              "School Board Approves Budget", "Storm Damage Closes Coastal Road"]
    text = draft(*STORY, "More Virginia International Tattoo Stories:", *titles)
    flagged = flagged_lines(text)
    assert {line_of(text, n) for n in titles} <= flagged


HEADLINES = [
    "Three Layers of Food Preservation for Winter Survival",
    "Why Does the Covid Vaccine Persist in the Body?",
    "Dramatic Video Shows Passenger Jet Crash In Kazakhstan",
    "Seven Electric Aircraft That Will Shape the Future of Flying",
    "Researchers Reveal How Humans Could Regenerate Lost Limbs",
    "Antimatter Propulsion Is Still Far Away, But It Could Change Everything",
    "Meet Rudolph Diesel, Inventor of the Diesel Engine",
    "China Looks To Build The Largest Human-Made Object In Space",
    "Ferries and Planes Line Up to Buy a Low-Carbon Fuel...",
]


def test_a_box_of_other_stories_headlines_line_under_line_above_the_story():
    """Nine headlines, one under the other with no blank line, above a story they share no word
    with (this module's story about the Tattoo): a box of other stories' headlines (sample 188)."""
    text = "\n".join(HEADLINES) + "\n\n" + draft(*STORY)
    flagged = flagged_lines(text)
    assert set(range(1, len(HEADLINES) + 1)) <= flagged
    assert line_of(text, STORY[1]) not in flagged


def test_the_story_s_own_contents_above_it_are_not_a_box_of_headlines():
    """The story's own parts listed above it share its words."""
    contents = ["Tickets for the Virginia International Tattoo", "Performers From Seven Nations",
                "Massed Pipes and Drums at the Festival", "Drill Teams and Dancers at the Tattoo",
                "The Scope Arena and Its Box Office", "The Festival's Website and Tickets",
                "The Tattoo's Twenty-Fourth Year", "Visitors From Every State at the Tattoo"]
    text = "\n".join(contents) + "\n\n" + draft(*STORY)
    flagged = flagged_lines(text)
    assert not set(range(1, len(contents) + 1)) & flagged


def test_a_hard_wrapped_paragraph_above_the_story_is_no_box_of_headlines():
    wrapped = ["Europe presents an irresistible challenge to the budget traveller. A potent",
               "mix of culture, landscape and history on the one hand and a cash-gobbling",
               "monster on the other, sticking to your daily allowance can prove tricky. But",
               "learn to zone out the siren song of its myriad restaurants, bars and shops",
               "and you will find that this compact little continent is simply the world's",
               "greatest labyrinth. From the Royal Parks and the canals of Amsterdam to the",
               "Grand Bazaar and the Berlin Wall, just getting tangled up in its sights is",
               "a huge draw, and you can do the Algarve, the Alps and the Arctic in one trip."]
    text = "\n".join(wrapped) + "\n\n" + draft(*STORY)
    flagged = flagged_lines(text)
    assert not set(range(1, len(wrapped) + 1)) & flagged

