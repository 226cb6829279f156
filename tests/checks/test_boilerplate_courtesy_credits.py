"""A picture's credit alone on its line, in the words a feature writer uses: "Photography courtesy
of Indie Hops", "Above photography courtesy of Indie Hops".  Seen on sample 277 (a trade
magazine's feature, a credit under each picture); written for the test after that shape.  In
brackets ("(Above photography courtesy of Indie Hops)") it stays the story's: the extraction
benchmark's gold keeps a bracketed credit under a picture with the story (a first try that took
them flagged 6 content lines of AEB and Dragnet)."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_on, found_between_and_at_end

LINES = [
    "Photography courtesy of Indie Hops",
    "Above photography courtesy of Indie Hops",
    "Photographs courtesy of CLS Farms",
]


@pytest.mark.parametrize("line", LINES)
def test_the_credit_is_a_photo_credit_between_paragraphs_and_after_the_story(line):
    assert found_between_and_at_end(line, "BP007")


@pytest.mark.parametrize(
    "line",
    [
        "(Photography courtesy of the brewers was a condition of the interview, and the farm agreed.)",
        "Photography became her passion after the harvest, she said.",
        # a credit in brackets, which the extraction benchmark's gold keeps with the story
        "(Above photography courtesy of Indie Hops)",
        "(Photo by Johannes Simon)",
        "(Credit: Josh Miller/CNET)",
    ],
)
def test_a_story_s_sentence_is_not(line):
    assert not codes_on(between_paragraphs(line), line)
