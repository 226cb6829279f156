"""A share plugin's label over its buttons ("Spread the love"), a print button's ("printer
version") and a comment box's notes to the reader ("Have something to say? Share your thoughts
with us in the comments below.") left between a story's paragraphs or after it.  Seen on unseen
samples 267, 268 and 270; written for the test after those shapes."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_at, codes_on

LINES = [
    "Spread the love",
    "printer version",
    "Have something to say? Share your thoughts with us in the comments below.",
    "Please note anonymous comments may not be published.",
]


@pytest.mark.parametrize("line", LINES)
def test_the_line_is_flagged_between_paragraphs_and_after_the_story(line):
    assert codes_on(between_paragraphs(line), line)
    assert codes_at(line, "end")


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers spread the love at the shelter on Saturday, handing out meals and blankets to anyone who came.",
        "Readers shared their thoughts with us in the comments under last week's story, and the council replied.",
    ],
)
def test_the_same_words_in_the_story_s_sentences_are_not(line):
    assert not codes_on(between_paragraphs(line), line)
