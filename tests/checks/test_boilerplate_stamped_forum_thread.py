"""A forum thread whose posts are each headed by the poster's card ("Premium Member" / "Posts :
160") over a date and time run into the post's buttons ("3/12/2020 9:39:41 PM reply with quote
send message to Marquetry Object to Post"): sample 310's dog-show forum.  The opening post is the
page's text, its card and its buttons are the forum's; the replies are reader comments.  Written
after that shape; the names and posts here are made up."""

from __future__ import annotations

from council_story import codes_on, draft, flagged_lines, line_of, lines_from

OPENING = "Does anyone know whether the spring shows will go ahead, now that the halls have been closed?"
REPLY = "Yes, several shows have been cancelled already, and the club expects more to follow soon."
LAST = "The national show has been postponed to the autumn, the kennel club said on Friday."
THREAD = draft(
    "Are the spring shows being cancelled?",
    "Premium Member",
    "Posts : 160",
    "3/12/2020 9:39:41 PM reply with quote send message to Marquetry Object to Post",
    OPENING,
    "Premium Member Forum Moderator",
    "Posts : 5,000+",
    "3/12/2020 10:48:59 PM reply with quote send message to LoupGarou Object to Post",
    REPLY,
    "Basic User",
    "Posts : 27",
    "3/13/2020 9:26:45 AM reply with quote send message to CoffieDog Object to Post",
    LAST,
)


def test_the_opening_post_is_the_page_s_text():
    assert line_of(THREAD, OPENING) not in flagged_lines(THREAD)


def test_the_opening_post_s_card_and_buttons_are_the_forum_s():
    flagged = flagged_lines(THREAD)
    assert lines_from(THREAD, "Premium Member", "3/12/2020 9:39:41 PM reply with quote send message to Marquetry Object to Post") <= flagged


def test_the_replies_with_their_cards_are_reader_comments():
    assert "BP006" in codes_on(THREAD, "3/12/2020 10:48:59 PM reply with quote send message to LoupGarou Object to Post")
    assert lines_from(THREAD, "Premium Member Forum Moderator", LAST) <= flagged_lines(THREAD)
