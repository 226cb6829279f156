"""A Simple Machines forum thread as it comes out as text: each post under its poster's name, a
bulleted card (rank, stars, post count, motto), the post's subject and the header "« on: date »"
(the opening post) or "« Reply #1 on: date »".  The opening post is the thread's text; its card
and the replies, from the first reply's poster to the next poster's card where the draft stops,
are the forum's.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import BP, draft, flagged_lines, line_of, lines_from

from newslint.api import lint_text

OPENING = [
    "Allotment rent increase - help!",
    "plotter283",
    "  • Quarter Acre",
    "  • **",
    "  • Posts: 99",
    "  • Growing is good for you",
    "Allotment rent increase - help!",
    "« on: November 06, 2010, 08:30:54 »",
    "Our allotment association is about to take on the Town Council over a proposed 40% increase in rents for next year.",
    "Can anyone help with ways they have successfully challenged an increase, whether legal or by force of argument?",
    "Thanks, John",
]
FIRST_REPLY = [
    "Ellen K",
    "  • Hectare",
    "  • *****",
    "  • Posts: 1,175",
    "  • Loughborough, Leicestershire",
    "Re: Allotment rent increase - help!",
    "« Reply #1 on: November 06, 2010, 08:44:02 »",
    "As plot holders get sole use of their plots, I don't think you can compare the rents with the charges for parks.",
]
SECOND_REPLY = [
    *FIRST_REPLY[:6],  # the same poster again
    "« Reply #2 on: November 06, 2010, 08:47:16 »",
    "I suppose that is a question you will have to ask: what are the increases likely to be over the next five years?",
]
NEXT_CARD = ["Unwashed", "  • Hectare", "  • *****", "  • Posts: 2,735"]


def test_the_opening_post_is_the_thread_s_and_its_card_the_forum_s():
    text = draft(*OPENING, *FIRST_REPLY, *SECOND_REPLY)
    got = flagged_lines(text)
    assert lines_from(text, "  • Quarter Acre", "  • Growing is good for you") <= got
    own = ["plotter283", "« on: November 06, 2010, 08:30:54 »", *OPENING[8:]]
    assert got.isdisjoint(line_of(text, t) for t in own)
    card = line_of(text, "  • Posts: 99")
    assert {d.code for d in lint_text(text, path="a.txt", select=BP).diagnostics if d.line <= card <= d.end_line} == {"BP006"}


def test_the_opening_post_s_closing_with_the_poster_s_name_is_the_post_s():
    # "Thanks, John" over the replies: the post's last line, not a link of the page
    text = draft(*OPENING, *FIRST_REPLY, *SECOND_REPLY)
    assert line_of(text, "Thanks, John") not in flagged_lines(text)


def test_the_replies_run_from_the_first_reply_s_poster_to_the_end():
    text = draft(*OPENING, *FIRST_REPLY, *SECOND_REPLY)
    # the first reply's name, card and subject over its header go with the replies
    assert lines_from(text, "Ellen K", SECOND_REPLY[-1]) <= flagged_lines(text)


def test_the_next_poster_s_card_where_the_draft_stops_goes_with_the_replies():
    text = draft(*OPENING, *FIRST_REPLY, *SECOND_REPLY, *NEXT_CARD)
    assert lines_from(text, "Ellen K", NEXT_CARD[-1]) <= flagged_lines(text)


def test_an_opening_header_under_a_status_line_still_heads_the_opening_post():
    # the forum's "Offline name" over the opening poster's card: the post under "« on: »" is the
    # thread's, not the first reply
    text = draft(
        "Offline plotter283",
        "  • Quarter Acre",
        "  • Joined: Aug 2010",
        "  • Posts: 99",
        *OPENING[6:],
        "Offline Ellen",
        "  • Hectare",
        "  • Joined: Sep 2009",
        "  • Posts: 1,175",
        *FIRST_REPLY[5:],
    )
    got = flagged_lines(text)
    assert got.isdisjoint(line_of(text, t) for t in OPENING[7:])
    assert lines_from(text, "Offline Ellen", FIRST_REPLY[-1]) <= got


def test_a_story_quoting_a_date_in_guillemets_is_no_thread():
    text = draft(
        "Council sets new allotment rents",
        "The council's notice was short.",
        "« on: November 06, 2010, 08:30:54 »",
        "That was the time stamp on the council's first post about the rents, residents said on Monday.",
        "The rents will rise by 40% next year, the council confirmed in a letter to every plot holder.",
    )
    assert flagged_lines(text) == set()
