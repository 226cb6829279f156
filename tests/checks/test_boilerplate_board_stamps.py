"""Two comment-header shapes seen on sample 288: an old board's stamp over each post ("posted July
28, 2004 10:57 AM", under the poster's rank and post count; p88, a thread on a race track), and a
comment list's handle alone on its line over the comment's stamp in figures ("• Brock_Fisher" /
"9/12/2016 2:56 PM"; p43, under a race report).  Written for the tests after those shapes; the
names and comments here are made up."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, draft, flagged_lines, line_of, lines_from

LAST_REPLY = "Typical, they buy next to the track and then complain about the track."
BOARD = draft(
    "Author Topic: New houses near the race track",
    "Dirt Maniac",
    "Total posts: 141",
    "posted July 28, 2004 10:57 AM",
    "At our local track we have new neighbours who moved from the city, and they want it shut down.",
    "Dirt Forum Champ",
    "Total posts: 1875",
    "posted July 28, 2004 11:23 AM",
    "The same thing happened at the speedway near us, and the track won in the end.",
    "Dirt Full Roller",
    "Total posts: 53",
    "posted July 28, 2004 05:09 PM",
    LAST_REPLY,
)


def test_a_board_s_posted_stamps_mark_the_replies_as_reader_comments():
    assert lines_from(BOARD, "posted July 28, 2004 11:23 AM", LAST_REPLY) <= flagged_lines(BOARD)


def test_the_opening_post_under_the_first_stamp_is_the_page_s_text():
    assert line_of(BOARD, "At our local track we have new neighbours who moved from the city, and they want it shut down.") not in flagged_lines(BOARD)


LAST_COMMENT = "They said on the broadcast that the vote was close, and the mayor looked relieved."
COMMENTS = draft(
    HEADLINE,
    *PARAGRAPHS,
    "• Brock_Fisher",
    "9/12/2016 2:56 PM",
    "I want to see the plans for the new schools before anyone starts digging up the playing fields.",
    "• phillemaistre",
    "9/12/2016 7:46 AM",
    "So many good things in this budget, the bridge repairs most of all.",
    "• bizutch",
    "9/12/2016 6:06 AM",
    LAST_COMMENT,
)


def test_handles_over_stamps_in_figures_are_a_comment_section():
    assert lines_from(COMMENTS, "• Brock_Fisher", LAST_COMMENT) <= flagged_lines(COMMENTS)
    assert line_of(COMMENTS, PARAGRAPHS[3]) not in flagged_lines(COMMENTS)


def test_a_story_s_own_posted_stamp_is_not_a_comment_header():
    text = draft(HEADLINE, "posted July 28, 2004 10:57 AM", *PARAGRAPHS)
    assert not flagged_lines(text)


def test_a_word_over_a_date_in_a_story_is_not_a_comment_header():
    text = between_paragraphs("Deadline", "9/12/2016 2:56 PM")
    assert line_of(text, PARAGRAPHS[2]) not in flagged_lines(text)
