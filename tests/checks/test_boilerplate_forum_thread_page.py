"""A forum thread copied whole (vBulletin's, sample 285: a thread on seized fake trading cards):
the count of its posts over them ("Results 1 to 2 of 2"), each post under its poster's card, the
card opening with the alt text of the poster's picture ("Go Leafs Go Kessel's Avatar"), and under
the thread the box of what the reader may do ("Posting Permissions" / "You may not post new
threads" / ...).  The opening post is the page's text; the replies are reader comments.  Written for
the tests after that shape; the names and posts here are made up."""

from __future__ import annotations

from council_story import between_paragraphs, codes_on, draft, flagged_lines, line_of, lines_from

OPENING = "Councillors approved the new budget on Monday, and two new schools will be built next year."
REPLY = "About time too, my kids have been in portable classrooms for three years."
THREAD = draft(
    "Council approves budget for new schools",
    "Results 1 to 2 of 2",
    "Thread: Council approves budget for new schools",
    "#1",
    "Riverside Dad's Avatar",
    "Join Date",
    "Apr 2011",
    OPENING,
    "The work on the river bridge starts in the spring, the council says, and should take a year.",
    "#2",
    "#winning OldTimer66's Avatar Forum Staff",
    "Join Date",
    "Aug 2008",
    "Re: Council approves budget for new schools",
    REPLY,
    "Posting Permissions",
    "You may not post new threads",
    "You may not post replies",
    "You may not post attachments",
    "You may not edit your posts",
)


def test_the_replies_under_their_posters_avatars_are_reader_comments():
    assert "BP006" in codes_on(THREAD, "#winning OldTimer66's Avatar Forum Staff")
    assert lines_from(THREAD, "#winning OldTimer66's Avatar Forum Staff", REPLY) <= flagged_lines(THREAD)


def test_the_opening_post_is_the_page_s_text():
    assert line_of(THREAD, OPENING) not in flagged_lines(THREAD)


def test_the_count_of_posts_and_the_posting_permissions_box_are_leftovers():
    flagged = flagged_lines(THREAD)
    assert line_of(THREAD, "Results 1 to 2 of 2") in flagged
    assert lines_from(THREAD, "Posting Permissions", "You may not edit your posts") <= flagged


def test_a_film_s_title_on_its_own_line_is_no_poster_s_picture():
    text = between_paragraphs("James Cameron's Avatar", "The film was shown in the town hall after the vote.")
    assert not codes_on(text, "James Cameron's Avatar")
