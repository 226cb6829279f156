"""A phrase that opens a page's footer ("designed by ...") opening a line of a hard-wrapped
sentence that goes on in lower case is the sentence's, not a credit line: found on a page of a
chess history whose paragraphs were broken at odd places.  Written for the test."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, codes_on, found_between_and_at_end

WRAPPED = [
    "In 1942, Chess Review",
    "magazine began using the Harkness rating system,",
    "designed by Kenneth Harkness (1896-1972). The ratings were first used for",
    "correspondence chess players. At the",
    "time, there were only three classes: Class A, Class B and Class C.",
]


def test_a_footer_s_opening_words_inside_a_wrapped_sentence_are_the_story_s():
    text = "\n".join([HEADLINE, "", PARAGRAPHS[0], "", *WRAPPED, "", *PARAGRAPHS[1:]]) + "\n"
    for line in WRAPPED:
        assert codes_on(text, line) == [], line


def test_the_footer_s_own_line_is_still_flagged():
    assert found_between_and_at_end("designed by Studio Nine Media Ltd", "BP001")

