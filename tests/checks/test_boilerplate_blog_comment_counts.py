"""A blog's comment count over its comments ("12 comments:", Blogger's heading): the comments
under it are one reader-comments finding from the heading down, with or without the commenters'
"name said..." lines, numbered or not; the story above stays.  And Substack's "Expand full comment"
under each comment, which heads the comments after the first.  Written for the test, after the
shapes seen in unseen samples 46 to 167."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, findings_at, flagged_lines, line_of, lines_from

STORY = (HEADLINE, *PARAGRAPHS)


def _comments_findings(text: str) -> list[tuple[int, int]]:
    """The lines of each reader-comments section found (not the commenter headers inside one,
    which have a finding each)."""
    from newslint.api import lint_text

    res = lint_text(text, path="a.txt", select=["BP006"])
    return [(d.line, d.end_line) for d in res.diagnostics if d.message.startswith("Reader comments")]


def test_numbered_comments_under_the_count_are_one_finding_from_the_heading():
    text = draft(
        *STORY,
        "2 comments:",
        "  1. I too am filled with anticipation! Can't wait to see the new schools open.",
        "    Thanks, we will post pictures of the building work soon.",
        "  2. Have fun at the meeting! Sounds like a wonderful idea for the town.",
    )
    first = line_of(text, "2 comments:")
    last = line_of(text, "  2. Have fun at the meeting! Sounds like a wonderful idea for the town.")
    assert _comments_findings(text) == [(first, last)]
    assert flagged_lines(text) & lines_from(text, HEADLINE, PARAGRAPHS[-1]) == set()


def test_comments_under_the_count_with_their_said_lines_are_taken_whole():
    text = draft(
        *STORY,
        "1 comment:",
        "Dave R said...",
        "That's a shame. Believe me when I tell you a lot of people come into the store because of the bridge.",
        "Post a Comment",
    )
    first = line_of(text, "1 comment:")
    comment = line_of(text, "That's a shame. Believe me when I tell you a lot of people come into the store because of the bridge.")
    assert (first, comment) in _comments_findings(text)
    assert line_of(text, "Post a Comment") in flagged_lines(text)


def test_the_count_in_words_is_a_heading_too():
    text = draft(*STORY, "Three comments:", "Juanita said...", "Hurray for you! And your teacher, too!")
    assert _comments_findings(text) == [(line_of(text, "Three comments:"), line_of(text, "Hurray for you! And your teacher, too!"))]


@pytest.mark.parametrize("count", ["No comments:", "0 comments:"])
def test_no_comments_heads_nothing(count):
    text = draft(*STORY, count, "Post a Comment")
    assert _comments_findings(text) == []
    assert {line_of(text, count), line_of(text, "Post a Comment")} <= flagged_lines(text)


def test_a_count_above_the_story_heads_no_section():
    """A post's meta line over the post (a listing's "3 comments:" under a title) is not the start
    of its comments: the story under it stays."""
    text = draft(HEADLINE, "3 comments:", *PARAGRAPHS)
    assert _comments_findings(text) == []
    assert flagged_lines(text) & lines_from(text, PARAGRAPHS[0], PARAGRAPHS[-1]) == set()


def test_a_sentence_about_comments_is_not_a_heading():
    line = "The council received 45 comments: most of them backed the plan."
    assert findings_at(line, "end") == []


def test_plain_comments_over_the_comment_box_are_taken():
    text = draft(
        *STORY,
        "3 comments:",
        "Ohh, I love the new bridge, I'd walk over it every day!",
        "Hope you enjoyed the meeting.",
        "Thanks Linda. It was a long evening but a good one.",
        "Post a Comment",
    )
    first = line_of(text, "3 comments:")
    assert _comments_findings(text) == [(first, line_of(text, "Thanks Linda. It was a long evening but a good one."))]


def test_a_count_between_the_story_s_paragraphs_takes_none_of_them():
    """Plain paragraphs under a count, with no commenter's line, no numbered list and no comment box
    after them, are the story going on."""
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "1 comment:", PARAGRAPHS[2], PARAGRAPHS[3])
    assert _comments_findings(text) == []
    assert flagged_lines(text) & lines_from(text, PARAGRAPHS[2], PARAGRAPHS[3]) == set()


def test_substack_s_expand_button_under_each_comment_heads_the_comments_after_the_first():
    comments = [
        "Our lodge has a book to bike program and we will have six bikes in a grade school again this year.",
        "Expand full comment",
        "My lodge has a bikes for books program. We are very fortunate to have been able to tap into corporate giving.",
        "Expand full comment",
        "I have a love and hate relationship with charity within the lodge, and I said so at the last meeting.",
    ]
    text = draft(*STORY, "3 Comments", *comments)
    assert lines_from(text, comments[1], comments[-1]) <= flagged_lines(text)
    assert flagged_lines(text) & lines_from(text, HEADLINE, PARAGRAPHS[-1]) == set()


THREAD = [
    "  1. Don,",
    "    I found this post on another blog. In addition to all your other talents, I didn't know you did maths!",
    "    I hope you don't mind, but I would like to share your figures with my class.",
    "    See you soon!",
    "    1. Sure thing, Mary! It was a mind-boggling event, thanks for sharing the wonder with your class.",
    "  2. I learned a new word today! I don't know what we over here call those things that spread sand.",
]


def test_a_blog_s_threaded_comments_set_as_nested_numbered_lists():
    """Comments under the post as the page's ordered lists: a reply numbered from 1 again, deeper
    in, and the comments in the first and second person."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n\n" + "\n".join(THREAD) + "\n"
    first, last = line_of(text, THREAD[0]), line_of(text, THREAD[-1])
    assert (first, last) in _comments_findings(text)
    assert flagged_lines(text) & lines_from(text, HEADLINE, PARAGRAPHS[-1]) == set()


def test_a_how_to_s_nested_steps_are_the_story_s():
    steps = [
        "  1. Prepare the wall: fill the holes and sand the surface until it is smooth.",
        "    1. Use a fine filler for small holes, and leave it to dry overnight.",
        "    2. Sand with a fine paper, then wipe off the dust with a damp cloth.",
        "  2. Paint the first coat: start at the top corner and work down in sections.",
    ]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n" + "\n".join(steps) + "\n"
    assert _comments_findings(text) == []
    assert flagged_lines(text) == set()


NUMBERED = [
    "  1. Another fine building. Love the new library wing with the glass roof.",
    "  2. Could I be your architect next time? I am certain I would do the bridge for half the price!",
    "    Thanks, we will post pictures of the building work soon.",
]


@pytest.mark.parametrize("footer", [(), ("Related Posts Plugin for WordPress, Blogger...",)], ids=["at the end", "over the footer"])
def test_comments_numbered_1_2_under_the_post_without_a_reply(footer):
    """Blogger's comments as an ordered list with their names lost (sample 307): numbered 1, 2, ...
    under the post's last paragraph, in the first person, the blog's footer line under them."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n\n" + "\n\n".join([*NUMBERED, *footer]) + "\n"
    assert (line_of(text, NUMBERED[0]), line_of(text, NUMBERED[-1])) in _comments_findings(text)
    assert flagged_lines(text) & lines_from(text, HEADLINE, PARAGRAPHS[-1]) == set()


def test_the_story_s_own_numbered_list_under_its_colon_is_no_thread():
    items = [
        "  1. I asked the council why the bridge was closed for a year.",
        "  2. I asked how much the new schools would cost the town!",
    ]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Two questions stayed with me after the meeting:"]) + "\n\n" + "\n\n".join(items) + "\n"
    assert _comments_findings(text) == []
    assert flagged_lines(text) == set()
