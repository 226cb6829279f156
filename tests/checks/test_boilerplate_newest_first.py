"""A forum thread whose posts each sit under the poster's handle and a stamp ("chonky Sat 09-Jun-07
21:27:23"), printed oldest first or newest first: the replies are the forum's, the opening post
(first or last) is the thread's.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of, lines_from

TITLE = "Rules for the school budget vote"
OPENING = [
    "alfred Mon 20-Jul-22 17:26:50",
    "A thought came to me about the new budget, do you think the two schools will be built in time?",
    "The council says the bridge comes first and I cannot see the money stretching that far.",
]
REPLIES = [
    "Ashy Mon 20-Jul-22 17:41:59",
    "There is a school a few hundred yards from home and it has been full for years.",
    "sheila_b Mon 20-Jul-22 19:23:21",
    "I doubt it, the bridge will take all the money first and the schools will wait.",
    "Ashy Mon 20-Jul-22 19:40:02",
    "Thanks sheila. Have you been to one of the meetings yourself?",
]


def test_a_thread_printed_oldest_first_keeps_its_opening_post():
    text = draft(TITLE, *OPENING, *REPLIES)
    got = flagged_lines(text)
    assert lines_from(text, REPLIES[0], REPLIES[-1]) <= got
    assert got.isdisjoint(line_of(text, t) for t in [TITLE, *OPENING])


def test_a_thread_printed_newest_first_keeps_its_opening_post_at_the_end():
    newest_first = REPLIES[4:6] + REPLIES[2:4] + REPLIES[0:2]
    text = draft(TITLE, *newest_first, *OPENING)
    got = flagged_lines(text)
    assert lines_from(text, newest_first[0], newest_first[-1]) <= got
    assert got.isdisjoint(line_of(text, t) for t in [TITLE, *OPENING])


def test_a_name_with_a_date_and_time_in_a_story_is_no_thread():
    text = draft(
        TITLE,
        "The council approved the new budget on Monday after a debate that lasted most of the evening.",
        "Minutes Mon 20-Jul-22 17:26:50",
        "Councillors said the plan would fund two new schools and repair the river bridge next year.",
    )
    assert not flagged_lines(text)
