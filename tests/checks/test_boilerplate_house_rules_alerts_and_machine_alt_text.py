"""Lines a lifeboat and rescue sample's pages left that no cue knew: an affiliate programme's
disclosure in its own words, a parked domain's notice, an alert service's sign-up, two follow
buttons in one sentence, a paper group's house rules over its comments, a forum's box of
unanswered threads and a social network's automatic alt text.  And a story's last sentence
sending the reader to a site, its stop lost after the address, which is no other story's
headline.  Written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, after_first_paragraph, codes_on, found_between_and_at_end


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Disclosure: As an Amazon Associate, this site earns from qualifying purchases. Thank you!", "BP008"),
        ("This Premium Domain May be For Sale. Email Serious Offers to", "BP008"),
        ("Sign up via our free email subscription service to receive notifications when new information is available.", "BP004"),
        ("For more breaking news follow us on Twitter and Facebook. For recent photographs follow us on Flickr.", "BP004"),
        ("We do not moderate comments, but we expect readers to adhere to certain rules in the interests of open and accountable debate.", "BP005"),
        ("If you have answers, please help by responding to the unanswered posts.", "BP005"),
        ("Image may contain Transportation Vehicle Boat Human Person Military Water and Waterfront", "BP007"),
        ("May be an image of 2 people, boat and text", "BP007"),
    ],
)
def test_page_furniture_in_its_own_words_is_flagged_wherever_it_stands(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize(
    "line",
    [
        "The lifeboat crew said the new boat may contain more equipment than the old one.",
        "Residents who want alerts can sign up on the council's website, officials said.",
        "The image may contain clues about the wreck, the coastguard said.",
    ],
)
def test_sentences_of_news_that_share_their_words_are_left_alone(line):
    text = after_first_paragraph(line)
    assert codes_on(text, line) == []


def test_a_last_sentence_sending_the_reader_to_a_site_is_the_story_s_own():
    pointer = "To learn more about the rescue team and its work, visit its website at rescueteam.org"
    rules = "We do not moderate comments, but we expect readers to adhere to certain rules in the interests of open and accountable debate."
    text = "\n".join([HEADLINE, *PARAGRAPHS, pointer, "House Rules", rules]) + "\n"
    assert codes_on(text, pointer) == []
    assert codes_on(text, rules) == ["BP005"]
