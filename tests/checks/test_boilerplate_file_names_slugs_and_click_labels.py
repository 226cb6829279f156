"""Lines left where a picture, a link or a share box was, in shapes no rule knew: a picture's file
name of capitalised words, a slug whose words carry a year, a link's "Click here to find out
more" label, Facebook's tracking-pixel class printed as text, a share box's heading and a
newsletter box's promise.  And
sentences of news that share their words.  Written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import after_first_paragraph, codes_on, found_between_and_at_end


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("River Ship.jpg", "BP007"),
        ("Board Game Competition Banner.jpg", "BP007"),
        ("Insect Biomass Variables.png", "BP007"),
        ("dismasting-advice-olympia-tigress-fastnet-race-2017-credit-carlo-borlenghi", "BP003"),
        ("Click HERE to find out more.", "BP011"),
        ("Click Here To Learn More About Steve Carpenteri", "BP011"),
        ("fbpx", "BP008"),
        ("Please share post:", "BP004"),
        ("Stay in touch with top news, as it happens, conveniently in your email inbox. It's FREE!", "BP004"),
    ],
)
def test_what_a_picture_a_link_or_a_share_box_left_is_flagged_wherever_it_stands(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize(
    "line",
    [
        "The picture was saved as Banner.jpg and sent to the printers on Monday.",
        "Residents can find out more at the library, where the plans are on show until Friday.",
        "A state-of-the-art pavilion will open in 2026, the club said.",
        "Users share posts about the festival on social media every year.",
        "Stay in touch with your friends, she said, and check your email inbox.",
    ],
)
def test_sentences_of_news_that_share_their_words_are_left_alone(line):
    text = after_first_paragraph(line)
    assert codes_on(text, line) == []
