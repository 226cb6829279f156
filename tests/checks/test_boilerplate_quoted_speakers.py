"""A story that sets each quotation under its own "Perry said:" line (sample 284, a found ring)
is not a comment thread, though its lines have a bare "says:" header's shape: the story names
Perry in the lines just above.  A thread's "Soccer says:" names no one the story is about.  And a
magic forum's header over each post, "Message: Posted by: Tielie (Sep 14, 2005 01:44AM)" (sample
286), heads a reader's post.  Written for the tests after those shapes; names and words made up."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, codes_on, draft, flagged_lines, line_of, lines_from

STORY = draft(
    HEADLINE,
    PARAGRAPHS[0],
    "The plan was drawn up by Leanita Perry, the council's treasurer, over the summer.",
    "Perry said:",
    "It was the hardest budget I have had to write, and I am proud of it.",
    "Hannah Marshall, who chairs the schools committee, was in the chamber for the vote.",
    "Marshall said:",
    "The children of this town have waited long enough for new classrooms.",
    "When asked about the bridge, she was more careful.",
    "Marshall added:",
    "We will see what the engineers say in the spring.",
    PARAGRAPHS[2],
)


def test_a_story_s_speakers_under_their_own_said_lines_are_not_a_comment_section():
    assert not flagged_lines(STORY)


THREAD = draft(
    HEADLINE,
    *PARAGRAPHS,
    "Soccer says:",
    "About time the town got new schools, my kids are in portable classrooms.",
    "Riverside Mum says:",
    "What about the bridge? It has been falling apart for years.",
    "Old Timer says:",
    "The rates will go up again, mark my words.",
)


def test_a_thread_s_says_headers_are_still_a_comment_section():
    assert lines_from(THREAD, "Soccer says:", "The rates will go up again, mark my words.") <= flagged_lines(THREAD)
    assert line_of(THREAD, PARAGRAPHS[3]) not in flagged_lines(THREAD)


FORUM = draft(
    "Topic: Have you ever messed up your best trick?",
    "Message: Posted by: cardman (Sep 13, 2005 11:17PM)",
    "I almost messed up a routine last week but it ended up working out with an improvised fix.",
    "Message: Posted by: Tielie (Sep 14, 2005 01:44AM)",
    "I once got the order of the deck wrong and had to stop halfway through the trick.",
    "Message: Posted by: Daegs (Sep 14, 2005 01:47AM)",
    "Every performer makes mistakes; what matters is having a way out that the audience never sees.",
)


def test_a_board_s_message_headers_mark_the_replies_as_reader_comments():
    first_reply = "Message: Posted by: Tielie (Sep 14, 2005 01:44AM)"
    assert "BP006" in codes_on(FORUM, first_reply)
    assert lines_from(FORUM, first_reply, FORUM.split("\n\n")[-1].strip()) <= flagged_lines(FORUM)
