"""Shapes of small sites' pages (clubs, artists, events): a theme's comment header of two labelled
fields ("By: Rich-Illinois Posted: October 17, 2022") under the comment section's heading, with
no article above it.  Each written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of, lines_from

from newslint.api import lint_text

COMMENTS_HEADING = "2 response to \"Hand Painting a Water Tower\""
FIRST_HEADER = "  1. By: Lednar De Nalloh Posted: October 17, 2022"
FIRST_COMMENT = "    Always wondered how they get the proportions right when painting those large murals"
REPLY_HEADER = "    • By: Rich-Illinois Posted: October 17, 2022"
REPLY = "      I have wondered that too, and apparently they use some sort of grid system with the art work lined in?"


def test_labelled_headers_under_the_comment_heading_are_all_comments():
    # the page holds the comments alone: the first header heads a reply, not a thread's opening post
    text = draft(COMMENTS_HEADING, FIRST_HEADER, FIRST_COMMENT, REPLY_HEADER, REPLY, "Leave a Reply")
    assert lines_from(text, COMMENTS_HEADING, "Leave a Reply") <= flagged_lines(text)
    found = lint_text(text, path="a.txt", select=["BP006"]).diagnostics
    assert any(d.message.startswith("Reader comments (2 comments)") for d in found), [d.message for d in found]


def test_the_same_headers_after_a_story_are_its_comments():
    story = [
        "Painter finishes mural on the town's water tower",
        "The artist spent six weeks on a harness, painting the town's name and a field of sunflowers forty metres up.",
        "The council paid for the work from its arts budget, and the tower will be lit at night from next month.",
    ]
    text = draft(*story, COMMENTS_HEADING, FIRST_HEADER, FIRST_COMMENT, REPLY_HEADER, REPLY)
    got = flagged_lines(text)
    assert lines_from(text, FIRST_HEADER, REPLY) <= got
    assert got.isdisjoint(line_of(text, t) for t in story)


def test_a_byline_with_the_same_labels_over_a_story_is_not_a_comment():
    story = [
        "Painter finishes mural on the town's water tower",
        "By: Jane Doe Posted: October 17, 2022",
        "The artist spent six weeks on a harness, painting the town's name and a field of sunflowers forty metres up.",
        "The council paid for the work from its arts budget, and the tower will be lit at night from next month.",
    ]
    assert flagged_lines(draft(*story)) == set()
