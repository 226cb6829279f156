"""A XenForo thread whose posters' cards lost every label to the extractor (sample 291: a thread
on a caravan fire): over each post, the poster's join date, then the bare counts of messages,
reaction score and points, then the card's "Visit site" button ("Jul 18, 2017" / "12,254" /
"3,439" / "32,935" / "Visit site").  The opening post is the page's text and its card is the
forum's; the replies under the later cards are reader comments.  Written after that shape; the
counts and posts here are made up."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, codes_on, draft, flagged_lines, line_of, lines_from

OPENING = "Sometimes you wonder whether a fire blanket is worth having, as the video below shows."
REPLY = "Whilst not trying to detract from the video, I would point out a couple of things first."
ANSWER = "Does it matter how it was started? There was a window at the back all the same."


def card(joined: str, *counts: str, link: str = "Visit site") -> str:
    """A stripped card, one field to a line as the page prints it."""
    return "\n".join([joined, *counts, link] if link else [joined, *counts])


THREAD = draft(
    "Caravan fire!",
    card("Jul 18, 2017", "12,254", "3,439", "32,935"),
    OPENING,
    card("Nov 30, 2022", "881", "751", "1,135"),
    REPLY,
    "Moral of the tale: unless you can knock a fire down very quickly, get away and let it burn.",
    "  • Like\nReactions: Hutch",
    card("Jul 18, 2017", "12,254", "3,439", "32,935"),
    ANSWER,
)


def test_the_opening_poster_s_card_is_flagged_and_the_opening_post_is_not():
    flagged = flagged_lines(THREAD)
    assert lines_from(THREAD, "Jul 18, 2017", "Visit site") <= flagged
    assert line_of(THREAD, OPENING) not in flagged
    assert line_of(THREAD, "Caravan fire!") not in flagged


def test_the_replies_under_the_later_cards_are_one_comment_section():
    assert "BP006" in codes_on(THREAD, "Nov 30, 2022")
    rows = THREAD.split("\n")
    last_card = len(rows) - rows[::-1].index("Jul 18, 2017")  # its 1-based line
    assert lines_from(THREAD, "Nov 30, 2022", "Reactions: Hutch") <= flagged_lines(THREAD)
    assert set(range(last_card, last_card + 5)) <= flagged_lines(THREAD)


def test_a_lone_card_over_the_only_post_is_flagged():
    text = draft(HEADLINE, card("Mar 3, 2019", "54", "12", "310"), *PARAGRAPHS)
    flagged = flagged_lines(text)
    assert lines_from(text, "Mar 3, 2019", "Visit site") <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


def test_a_table_s_row_one_cell_to_a_line_is_left_alone():
    row = card("Mar 3, 2020", "1,200", "34", "5,310", link="")
    text = between_paragraphs("Date\nCases\nDeaths\nTests", row, "The figures are the county's, published on Friday.")
    assert not flagged_lines(text)


def test_a_date_over_two_figures_in_a_story_is_left_alone():
    text = between_paragraphs("Mar 3, 2019\n1,200\n3,400", "The figures are the town's visitors and the county's.")
    assert not flagged_lines(text)
