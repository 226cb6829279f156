"""A count alone on its line between the headline and the story's first paragraph ("0", "1,275"):
the page's comment or share counter, its label and icon lost in the copy.  Seen on unseen samples'
news pages (a dozen, annotators calling each count the page's); written for the test, after that
shape.  A year there is the story's date, and a number whose line goes on in lower case is part
of the text."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of


@pytest.mark.parametrize("count", ["0", "12", "1,275"])
def test_a_count_under_the_headline_over_the_first_paragraph_is_flagged(count):
    text = draft(HEADLINE, count, *PARAGRAPHS)
    assert flagged_lines(text) == {line_of(text, count)}


def test_a_count_under_the_headline_s_time_stamp_is_flagged():
    text = draft(HEADLINE, "3 days ago", "4", *PARAGRAPHS)
    assert line_of(text, "4") in flagged_lines(text)


@pytest.mark.parametrize("line", ["2024", "1987"])
def test_a_year_under_the_headline_is_left_alone(line):
    assert flagged_lines(draft(HEADLINE, line, *PARAGRAPHS)) == set()


def test_a_number_whose_sentence_goes_on_below_is_left_alone():
    text = draft(HEADLINE, "3", "councillors voted against the budget on Monday, " + PARAGRAPHS[0][0].lower() + PARAGRAPHS[0][1:], *PARAGRAPHS[1:])
    assert flagged_lines(text) == set()


def test_a_number_between_the_story_s_paragraphs_is_left_alone():
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "2", PARAGRAPHS[2], PARAGRAPHS[3])
    assert line_of(text, "2") not in flagged_lines(text)
