"""Two forum threads as extractors give them: a phpBB thread's printable view, each post under
"Posted: date" and "by name", and a PunBB thread whose names were dropped, each post under its
poster's status ("Offline"), a reply quoting an earlier post ("Fragpie wrote:").  The opening post
is the thread's text (its header is its byline, "Cheers," / "Robin" its closing); the replies are
the forum's.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of

TITLE = "World's largest paper crane"
OPENING = [
    "Posted: December 13th, 2008, 1:22 pm",
    "by happyfolder",
    "Hi All, the largest paper crane on record had a wingspan of 78 metres and was folded in a dome in Japan.",
    "I'm curious, how did they get such a large sheet of paper? Did they join smaller sheets together first?",
    "Cheers, HF",
]
REPLIES = [
    "Posted: December 13th, 2008, 5:29 pm",
    "by Jonnycakes",
    "I think I remember reading that it was folded from one sheet made by joining many smaller ones.",
    "Posted: December 14th, 2008, 4:58 am",
    "by egonator",
    "The paper could have been made specially and then cut into several large sheets to carry it in.",
]


def test_a_printable_thread_s_replies_are_the_forum_s():
    text = draft(TITLE, *OPENING, *REPLIES)
    got = flagged_lines(text)
    assert {line_of(text, r) for r in REPLIES} <= got
    assert got.isdisjoint(line_of(text, o) for o in [TITLE, *OPENING])


def test_a_posted_line_without_a_poster_under_it_is_no_forum_header():
    # a story's own dateline, twice (the page's and an update's): no name under either
    story = [
        "Posted: December 13th, 2008, 1:22 pm",
        "The council has approved the plan to rebuild the footbridge over the river by next summer.",
        "Posted: December 14th, 2008, 4:58 am",
        "Work will start in March, and the path will stay open while the new bridge is built beside it.",
    ]
    text = draft(TITLE, *story)
    assert flagged_lines(text) == set()


STATUS_OPENING = [
    "Offline",
    "Hello all, thanks for this forum. I have learned a lot about this new interest of mine.",
    "What is the best way to store typewriters that I cannot use for now?",
    "Cheers,",
    "Robin",
]
STATUS_REPLIES = [
    "Offline",
    "Fragpie wrote:",
    "Either way, it is an apt description of typing with this machine!",
    "Sorry I can't answer your questions, I am a new collector myself with the same problem.",
    "Offline",
    "Your storage plan sounds fine. High humidity is the enemy, so keep them out of the cellar.",
]


def test_a_thread_under_its_posters_status_lines():
    text = draft(*STATUS_OPENING, *STATUS_REPLIES)
    got = flagged_lines(text)
    assert {line_of(text, r) for r in STATUS_REPLIES if r != "Offline"} <= got
    assert line_of(text, "Fragpie wrote:") - 2 in got  # the reply's own status line
    # the opening post's text and its closing are the thread's
    assert got.isdisjoint(line_of(text, o) for o in STATUS_OPENING[1:])
