"""Two commenter headers seen in unseen samples 307 (bakeries): a thread's header over each reply,
the handle with the day and the time of day ("RealPucki on February 19th, 2021 at 16:22 UTC »"),
and Drupal's alt text of each poster's picture ("pmccool's picture").  The replies under them are
one reader-comments finding; a story's own stamp ("Posted on ...") and a caption naming someone's
picture are not headers.  Written for the tests after those shapes; the names and posts are made up."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_on, draft, flagged_lines, lines_from

REPLIES = [
    "RiverRunner on February 19th, 2021 at 16:22 UTC »",
    "I used to work at the old school on Mill Lane, and the roof leaked every winter.",
    "OldTimer66 on February 19th, 2021 at 17:05 UTC »",
    "About time too, my kids have been in portable classrooms for three years.",
]
PICTURES = [
    "riverdad's picture",
    "I used to work at the old school on Mill Lane, and the roof leaked every winter.",
    "oldtimer66's picture",
    "About time too, my kids have been in portable classrooms for three years.",
]


@pytest.mark.parametrize("comments", [REPLIES, PICTURES], ids=["dated handles", "drupal pictures"])
def test_replies_under_their_headers_are_one_comments_section(comments):
    text = draft(HEADLINE, *PARAGRAPHS, *comments)
    assert "BP006" in codes_on(text, comments[0])
    assert lines_from(text, comments[0], comments[-1]) <= flagged_lines(text)
    assert flagged_lines(text) & lines_from(text, HEADLINE, PARAGRAPHS[-1]) == set()


@pytest.mark.parametrize(
    "first, second",
    [
        ("Posted on February 19th, 2021 at 16:22 UTC", "Updated on February 19th, 2021 at 17:05 UTC"),
        ("The mayor's picture", "The bishop's picture"),
    ],
    ids=["a story's stamps", "captions"],
)
def test_a_story_s_stamps_or_captions_are_no_commenter_headers(first, second):
    """The same lines in the same places as the headers above: only the name tells them apart."""
    text = draft(HEADLINE, *PARAGRAPHS, first, REPLIES[1], second, REPLIES[3])
    assert "BP006" not in codes_on(text, first)
    assert "BP006" not in codes_on(text, second)
