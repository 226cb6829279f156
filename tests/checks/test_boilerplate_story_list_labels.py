"""A list at the story's end under a label in title case that names the story's subject: the
story's, not a site's box.  Written for the test, after the shape seen in unseen sample 184."""

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
