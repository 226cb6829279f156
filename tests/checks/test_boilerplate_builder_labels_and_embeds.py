"""Furniture in words no cue knew, from pages of choirs, weddings and cycle clubs: a page
builder's visibility labels and its empty box's placeholder, a jump link back to the top, a
locale picker, a paper's moderation buttons under its comments, a sign-up form's promise, a
video embed's fallback link and an Instagram embed's fallback line.  And sentences of news that
share their words.  Written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import after_first_paragraph, codes_on, found_between_and_at_end


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Hidden from small", "BP003"),
        ("Hidden from desktop", "BP003"),
        ("Enter content here...", "BP008"),
        ("[Go back to the top of the page]", "BP003"),
        ("Select a country or region", "BP003"),
        ("Do you think this suggestion or one of the comments below breach our Moderation Policy?", "BP005"),
        ("Request a moderator to review this", "BP005"),
        ("We will not send you spam. Our team will be in touch within 24 to 48 hours Mon-Fri (but often much quicker).", "BP004"),
        ("View on YouTube.", "BP003"),
        ("A photo posted by Coldplay (@coldplay) on", "BP008"),  # as "A post shared by ..." (``embeds.embed_line``)
    ],
)
def test_furniture_in_its_own_words_is_flagged_wherever_it_stands(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize(
    "line",
    [
        "Fees hidden from small investors",
        "The fees were hidden from small investors for years, the regulator said.",
        "Visitors can select a country or region on the museum's new map of migration.",
        "A photo posted by the club on social media showed the winners with their cup.",
    ],
)
def test_sentences_of_news_that_share_their_words_are_left_alone(line):
    text = after_first_paragraph(line)
    assert codes_on(text, line) == []
