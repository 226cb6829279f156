"""A theme's search box prompt printed under the title ("Hi, what are you looking for?", "Can't find
what you're looking for?") and a document-sharing site's viewer labels around an uploaded file
("Citation preview", "Embed Size (px)", "Article with TOC").  Seen on samples 76, 169, 179, 181,
189, 216, 228, 232, 252, 253, 265 and 268 from different sites; written for the test after those
shapes."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_at, codes_on, found_between_and_at_end

LINES = [
    "Hi, what are you looking for?",
    "Can’t find what you’re looking for?",
    "Can't find what you're looking for?",
    "Citation preview",
    "Embed Size (px)",
    "Article with TOC",
]


@pytest.mark.parametrize("line", LINES)
def test_the_label_is_flagged_under_the_title_between_paragraphs_and_at_the_end(line):
    assert codes_at(line, "top") == ["BP003"]
    assert found_between_and_at_end(line, "BP003")


@pytest.mark.parametrize(
    "line",
    [
        "Can't find what you're looking for in the shops? The market on Saturday has the best produce in town.",
        "The preview of the citation was sent to the council before the ceremony on Friday.",
    ],
)
def test_the_same_words_in_the_story_s_sentences_are_not(line):
    assert not codes_on(between_paragraphs(line), line)
