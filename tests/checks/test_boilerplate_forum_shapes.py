"""More shapes of forum threads (BP006): a card written as a bulleted list with each value after
its label ("• Joined: Aug 2010") under the poster's online status ("Offline Ruth_B"), a thread
converted to Markdown with each post under a heading naming its poster and a rule between posts,
a header naming the poster, the subject and the time ("Posted By: Kumba Re: ... - 04/02/10
05:50 PM"), a reply's line over the post it quotes, and a topic line with its view count.  Each
written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import draft, flagged_lines, line_of, lines_from

from newslint.api import lint_text

TOPIC = "Author Topic: Where will you skate if the town rink closes?  (Read 2113 times)"
OPENING_CARD = [
    "Offline Ruth_B",
    "  • Synchro Team Captain",
    "  • *****",
    "  • Joined: Mar 2011",
    "  • Location: Somewhere near the lake",
    "  • Posts: 2,917",
]
OPENING_POST = [
    "Where will you skate if the town rink closes?",
    "The council says the rink will shut in the spring unless a buyer comes forward, and the hockey club has not found one yet.",
    "The next nearest rink is an hour away, and its public sessions are already full on weekends.",
]
REPLY_CARD = ["Offline Dan_K", "  • Edge Skater", "  • Joined: Jan 2012", "  • Posts: 804"]
REPLY = "I would drive the hour. It is worth it for a proper session, and car sharing would make it cheaper for everyone."


def test_a_bulleted_card_under_the_poster_s_status_is_flagged_and_the_opening_post_is_not():
    text = draft(TOPIC, *OPENING_CARD, *OPENING_POST, *REPLY_CARD, REPLY)
    got = flagged_lines(text)
    assert lines_from(text, OPENING_CARD[0], OPENING_CARD[-1]) <= got
    assert got.isdisjoint(line_of(text, t) for t in OPENING_POST)
    assert lines_from(text, REPLY_CARD[0], REPLY) <= got
    messages = [d.message for d in lint_text(text, path="a.txt", select=["BP006"]).diagnostics]
    # the opening post's status and card are one finding, not a finding per field
    assert sum(m.startswith("Commenter lines (6 lines, from 'Offline Ruth_B')") for m in messages) == 1, messages


def test_a_topic_line_with_its_view_count_is_flagged():
    text = draft(TOPIC, *OPENING_CARD, *OPENING_POST, *REPLY_CARD, REPLY)
    assert line_of(text, TOPIC) in flagged_lines(text)


def test_a_status_word_over_fields_that_are_not_a_forum_s_is_not_a_card():
    # a story's list: the fields a forum prints under a poster are not there
    text = draft(
        "Ice rink to close in the spring",
        "The town's ice rink will close in the spring unless a buyer comes forward, the council said on Monday.",
        "Online petition",
        "  • Signatures: 4,112",
        "  • Target: 5,000",
        "The hockey club said it would keep looking for a buyer and urged residents to sign the petition.",
    )
    assert flagged_lines(text) == set()


MD_THREAD = [
    "# The Village Cobbler",
    "## Meanderer",
    "The village cobbler has opened again after the winter, in the old forge on the green.",
    "----------",
    "## Aunt Bea",
    "We had a cobbler in our town until last year. He was 92 and still mending shoes every morning.",
    "----------",
    "## Meanderer",
    "Tommy Makem - The Cobbler",
    "----------",
    "## hollydolly",
    "My grandfather was a cobbler all his life, with his own shop, and my father learned the trade from him.",
]


@pytest.mark.parametrize("path", ["a.txt", "a.md"])  # as plain text, and read as Markdown (the rules are not prose)
def test_a_thread_in_markdown_has_its_replies_flagged_from_the_first_rule(path):
    text = draft(*MD_THREAD)
    got = flagged_lines(text, path)
    assert got.isdisjoint({line_of(text, MD_THREAD[0]), line_of(text, MD_THREAD[1]), line_of(text, MD_THREAD[2])})
    assert lines_from(text, MD_THREAD[4], MD_THREAD[-1]) <= got
    headers = [d.message for d in lint_text(text, path=path, select=["BP006"]).diagnostics if d.message.startswith("Commenter header")]
    assert "Commenter header 'Aunt Bea': a reader's comment, not article text." in headers, headers


def test_a_thread_in_html_has_its_replies_flagged_after_the_first_rule():
    # the same thread as a page: <hr> between posts, each under an <h2> naming its poster
    parts = []
    for t in MD_THREAD:
        if t.startswith("----"):
            parts.append("<hr>")
        elif t.startswith("#"):
            level = len(t) - len(t.lstrip("#"))
            parts.append(f"<h{level}>{t.lstrip('# ')}</h{level}>")
        else:
            parts.append(f"<p>{t}</p>")
    text = "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"
    rows = text.split("\n")
    got = flagged_lines(text, "a.html")
    first_reply = rows.index("<h2>Aunt Bea</h2>") + 1
    assert got.isdisjoint(range(1, first_reply - 1))
    assert {rows.index(f"<p>{MD_THREAD[-1]}</p>") + 1, first_reply} <= got


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_a_story_s_sections_under_rules_are_not_posts(path):
    # each section under a rule has a title of its own: no name heads two of them
    text = draft(
        "# Three cobblers keep the trade alive",
        "Three cobblers in the county are still mending shoes by hand, and all three say business is good.",
        "----------",
        "## Ann Hale",
        "Ann Hale took over her father's shop in 1998 and now repairs about forty pairs of shoes a week.",
        "----------",
        "## Tom Reid",
        "Tom Reid works from a van and visits six villages a week, mending boots on the spot.",
        "----------",
        "## Sue Marr",
        "Sue Marr trained in Northampton and makes shoes to measure as well as mending them.",
    )
    assert flagged_lines(text, path) == set()


POSTED_BY_OPENING = "Posted By: mbhydro Old telephone exchanges - 04/02/10 03:42 PM"
POSTED_BY_REPLIES = [
    "Posted By: ugly1 Re: Old telephone exchanges - 04/02/10 05:01 PM",
    "The city agency I retired from leased two floors of an old exchange for its offices for years.",
    "Posted By: Kumba Re: Old telephone exchanges - 04/02/10 05:50 PM",
    "Around here it is common for old exchange buildings to be turned into data centres.",
]


def test_posted_by_headers_with_the_subject_and_time_open_the_replies():
    opening = [
        POSTED_BY_OPENING,
        "What happens to old telephone exchange buildings in your part of the country once they are no longer needed?",
        "Two here have been turned into apartments, and one is now a cabinet maker's workshop.",
    ]
    text = draft("example.com/forum", *opening, *POSTED_BY_REPLIES)
    got = flagged_lines(text)
    assert got.isdisjoint(line_of(text, t) for t in opening)
    assert lines_from(text, POSTED_BY_REPLIES[0], POSTED_BY_REPLIES[-1]) <= got


def test_typepad_s_posted_by_footer_is_not_a_thread_header():
    # "Posted by: name | date at time" sits under each comment: it never opens a thread's post
    text = draft(
        "Experimental philosophy and the side-effect effect",
        "This is a draft of a new paper on the side-effect effect, which I am posting here for comments.",
        "The paper reports five experiments and three findings, set out in the abstract below.",
        "Posted by: Ann Lee | 10/18/2012 at 07:26 AM",
        "Wicked cool!",
        "Posted by: Jon Weir | Sunday, October 28, 2012 at 09:48 PM",
        "Nice!",
        "Posted by: Bob Barnes | Monday, October 29, 2012 at 11:25 AM",
    )
    got = flagged_lines(text)
    assert got.isdisjoint(range(1, line_of(text, "Posted by: Ann Lee | 10/18/2012 at 07:26 AM")))


def test_a_reply_s_quote_line_is_flagged_alone():
    quoted = "I was driving through a town near my home, and there was a lad with a huge stereo in a tiny car."
    text = draft("Quote Originally Posted by JerMc", quoted, "At the fair last year a band used that same story as a sales pitch.")
    got = flagged_lines(text)
    assert line_of(text, "Quote Originally Posted by JerMc") in got
    assert line_of(text, quoted) not in got


# phpBB: the poster's card (name, post count, date joined) above each post, the post's subject and
# "Post by <name> »" over its text; the opening post carries the thread's title as its subject
PHPBB_TITLE = "No more cliff launch"
PHPBB_OPENING = (
    "Speaking of Lookout Mountain, I just received a newsletter from them, and they are doing away with "
    "the cliff launch. They are building a radial ramp, which they say will be safer."
)
PHPBB_CARDS = [
    ["jimrooney", "Posts: 583", "Joined: Thu Dec 23, 2004 10:25 am", "Location: Queenstown, New Zealand"],
    ["hepcat1989", "Posts: 684", "Joined: Thu Jan 06, 2005 11:15 pm"],
]
PHPBB_REPLIES = [
    "Radial launches are easier, by the way, and the wire crew has far less to do on a strong day.",
    "I just thought that the cliff launch made it unique. I guess it would be a safer set up.",
]
PHPBB_PAGE = (
    f"{PHPBB_TITLE}\n\n"
    "Post Reply\nhepcat1989\nPosts: 684\nJoined: Thu Jan 06, 2005 11:15 pm\n\n"
    f"{PHPBB_TITLE}\n\nPost by hepcat1989 »\n\n{PHPBB_OPENING}\n"
    + "\n".join(PHPBB_CARDS[0]) + f"\n\nPost by jimrooney »\n\n{PHPBB_REPLIES[0]}\n"
    + "\n".join(PHPBB_CARDS[1]) + f"\n\nPost by hepcat1989 »\n\n{PHPBB_REPLIES[1]}\n"
)


def test_a_phpbb_thread_keeps_its_opening_post_and_flags_the_cards_and_replies():
    rows = PHPBB_PAGE.split("\n")
    got = flagged_lines(PHPBB_PAGE)
    kept = {1, rows.index("Post by hepcat1989 »") + 1, rows.index(PHPBB_OPENING) + 1}
    assert got.isdisjoint(kept)
    cards = {rows.index(t) + 1 for t in ("Post Reply", "Posts: 684", "Joined: Thu Jan 06, 2005 11:15 pm")}
    cards |= {i + 1 for i, t in enumerate(rows) if t in PHPBB_CARDS[0]}
    replies = {rows.index(t) + 1 for t in PHPBB_REPLIES}
    assert cards | replies <= got
    messages = [d.message for d in lint_text(PHPBB_PAGE, path="a.txt", select=["BP006"]).diagnostics]
    assert any(m.startswith("Commenter lines (3 lines, from 'hepcat1989')") for m in messages), messages
    assert any(m.startswith("Reader comments (2 comments)") for m in messages), messages


def test_a_story_s_fact_box_with_a_joined_field_is_not_a_card():
    text = draft(
        "New chair for the gliding club",
        "The gliding club has a new chair, elected at its annual meeting on Saturday after a close vote.",
        "Ann Hale\nJoined: 1998\nRole: Chair",
        "She said she would keep the club's fees as they are for another year.",
    )
    assert flagged_lines(text) == set()


# a forum's page of one post: the poster's name and the post are the page's text, the rank over
# the forum's card of fields (no bullets, each value after its label) is the forum's
SINGLE_POST = [
    "Old 01-30-2012, 05:50 PM",
    "rink-regular",
    "Super Member",
    "Join Date: Feb 2011",
    "Location: Lakeside",
    "Posts: 1,286",
    OPENING_POST[1],
    OPENING_POST[2],
]


def test_a_rank_over_its_card_of_fields_on_a_single_post_is_flagged():
    text = draft(*SINGLE_POST)
    got = flagged_lines(text)
    assert lines_from(text, "Super Member", "Posts: 1,286") <= got
    assert got.isdisjoint(line_of(text, t) for t in ("rink-regular", OPENING_POST[1], OPENING_POST[2]))


def test_a_rank_word_over_fields_that_are_not_a_forum_s_is_not_a_card():
    text = draft(
        "Ice rink to close in the spring",
        OPENING_POST[1],
        "Senior Member",
        "Signatures: 4,112",
        "Target: 5,000",
        OPENING_POST[2],
    )
    assert flagged_lines(text).isdisjoint(lines_from(text, "Senior Member", "Target: 5,000"))


# Invision Community's thread as text: each post on one line, its header run into its text
INLINE_THREAD = [
    "riverwarden Posted April 28, 2008 Share Posted April 28, 2008 The fourth river clean-up I have organised went "
    "very well: thirty volunteers hauled two tonnes of rubbish out of the river on Saturday.",
    "wongrs Posted April 29, 2008 Share Posted April 29, 2008 Awesome! It must feel great to haul out all that trash.",
    "PaleMorning Posted April 29, 2008 Share Posted April 29, 2008 Well done on the clean-up! When are you coming to ours?",
    "riverwarden Posted April 29, 2008 Author Share Posted April 29, 2008 Thanks all. The volunteers really worked hard.",
]


def test_a_thread_whose_posts_run_on_after_their_headers_has_its_replies_flagged():
    text = draft(*INLINE_THREAD)
    got = flagged_lines(text)
    assert lines_from(text, INLINE_THREAD[1], INLINE_THREAD[-1]) <= got
    assert line_of(text, INLINE_THREAD[0]) not in got  # the opening post is the thread's text
    notes = [d for d in lint_text(text, path="a.txt", select=["BP006"]).diagnostics if d.message.startswith("Commenter header")]
    # each reply's note covers its header, not its text
    assert [text[d.start : d.end] for d in notes][0] == "wongrs Posted April 29, 2008 Share Posted April 29, 2008"
    assert len(notes) == 3
