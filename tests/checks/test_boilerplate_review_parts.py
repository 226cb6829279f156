"""A review's own parts: its "Pros" and "Cons" lists after its last paragraph, and a verdict's
heading ("The Good", "Verdict") between its paragraphs.  Like a stray menu entry they share no
word with the review, yet they are the review's.  Seen on unseen samples' game, job and travel
reviews (annotators called each part the page's text); written for the test, after that shape."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of

_PROS = ["• Immersion in expansive and detailed worlds", "• Freedom to explore at one's own pace"]
_CONS = ["• Risk of overwhelming players with too much content", "• Performance issues on older consoles"]


@pytest.mark.parametrize(("pros", "cons"), [("Pros", "Cons"), ("Pros:", "Cons:"), ("The Good", "The Bad")])
def test_a_review_s_pros_and_cons_after_its_last_paragraph_are_left_alone(pros, cons):
    text = draft(HEADLINE, *PARAGRAPHS, pros, *_PROS, cons, *_CONS)
    assert flagged_lines(text) == set()


def test_the_page_s_links_under_the_cons_are_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "Pros", *_PROS, "Cons", *_CONS, "Related Items", "Share this review")
    flagged = flagged_lines(text)
    assert line_of(text, "Related Items") in flagged
    assert not flagged & {line_of(text, x) for x in ["Pros", "Cons", *_PROS, *_CONS]}


@pytest.mark.parametrize("heading", ["The Good", "Cons", "Verdict"])
def test_a_review_s_heading_between_its_paragraphs_is_left_alone(heading):
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], heading, PARAGRAPHS[2], PARAGRAPHS[3])
    assert flagged_lines(text) == set()
