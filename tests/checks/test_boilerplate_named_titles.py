"""A page's own title in plain words ("Dog fouling", "Diversion Orders") that the story says as a
phrase in one of its sentences ("Some councils have stricter rules on dog fouling.") is the
story's, wherever the tests of place took it for a section's link.  A link whose words the story
does not say as one phrase stays flagged.  Written for the test, after the shape of council and
guidance pages."""

from __future__ import annotations

import pytest

from council_story import draft, flagged_lines, line_of

FOULING = [
    "You can be given an on-the-spot fine if you do not clean up after your dog. The amount varies from council to council.",
    "If you refuse to pay the fine, you can be taken to court and fined up to a thousand pounds.",
    "Some councils have stricter rules on dog fouling.",
    "They may make owners carry a scoop and a bag when they take their dogs out to a public place.",
]


@pytest.mark.parametrize("title", ["Dog fouling", "Dog Fouling Fines"])
def test_a_title_the_story_says_as_a_phrase_is_the_story_s(title):
    paragraphs = FOULING if title == "Dog fouling" else [*FOULING[:3], "Dog fouling fines are set by each council in the area."]
    text = draft(title, *paragraphs)
    assert line_of(text, title) not in flagged_lines(text)


def test_a_plural_title_the_story_says_in_the_singular_is_the_story_s():
    text = draft(
        "Diversion Orders",
        "From GPG",
        "Public path diversion order : diversion of an existing footpath or bridleway",
        "Before making a diversion order the authority must be satisfied that it is expedient to divert the path.",
        "Before confirming the order the authority must be satisfied that the path will not be substantially less convenient.",
        "In practice the Secretary of State disregards any temporary circumstances, such as obstructions, on the path.",
    )
    assert line_of(text, "Diversion Orders") not in flagged_lines(text)


def test_a_link_whose_words_the_story_does_not_say_together_stays_flagged():
    text = draft(*FOULING, "Report a stray dog")
    assert line_of(text, "Report a stray dog") in flagged_lines(text)
