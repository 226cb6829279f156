"""Shapes of forum threads and blog comments: a forum's user card under each poster's name and
rank ("Joined" / "14 November 2007" / "Messages" / "7,049"), a card with no rank over it, a
comment heading that gives the post's title without quotation marks, a byline with its time that
is no commenter's line, and two page strings (a share widget's alt text, a theme's misspelt
advertising label).  Each written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import codes_at, draft, flagged_lines, line_of, lines_from

OPENING = [
    "Covering a cattle grid (ideas please)",
    "JenHunt",
    "Well-Known Member",
    "Joined",
    "14 November 2007",
    "Messages",
    "7,049",
    "Location",
    "Thirsk, North Yorkshire, UK",
    "Visit site",
    "We are holding a pleasure ride on Sunday, and the route crosses a cattle grid on land opened up by the farmer.",
    "We had planned to borrow a rubber mat to put over a board on the grid, but the person lending it has let us down.",
    "What else can we use at short notice to cover the grid safely?",
]
REPLY = [
    "juliette",
    "Well-Known Member",
    "Joined",
    "17 June 2010",
    "Messages",
    "952",
    "Visit site",
    "I think it would be ok to have the grid covered in some strong wood, though some horses may not like the sound.",
]
LAST_REPLY = [
    "TBB",
    "Well-Known Member",
    "Joined",
    "1 October 2010",
    "Messages",
    "475",
    "Visit site",
    "We could cover it with bedding to deaden the noise and make it more familiar, I guess?",
    "A steward may be the answer too...",
]


def test_a_forum_s_user_cards_are_flagged_and_the_opening_post_is_not():
    text = draft(*OPENING, *REPLY, *LAST_REPLY)
    got = flagged_lines(text)
    # the opening post's card, from its rank to its last field, is the forum's
    assert lines_from(text, "Well-Known Member", "Visit site") <= got
    # its name (the post's byline) and its text are the thread's
    assert got.isdisjoint({line_of(text, "JenHunt"), *(line_of(text, t) for t in OPENING[10:])})
    # the replies, from the first one's name to the end of the last one, with its card
    assert lines_from(text, "juliette", LAST_REPLY[-1]) <= got


def test_a_card_with_no_rank_over_it_opens_a_reply():
    no_rank = ["YorksG", "Over the hill and far away", "Joined", "14 September 2006", "Messages", "16,513", "Visit site",
               "I would make sure there is some sort of non slip material on it, wood can be so slippery when wet."]
    text = draft(*OPENING, *REPLY, *LAST_REPLY, *no_rank)
    assert lines_from(text, "YorksG", no_rank[-1]) <= flagged_lines(text)


def test_one_record_of_fields_in_a_story_is_not_a_forum():
    text = draft(
        "Volunteer of the year named",
        "The club named its volunteer of the year on Saturday, and thanked everyone who helped run the season.",
        "Joined",
        "Leeds Rhinos Academy",
        "Location",
        "Headingley",
        "She has run the junior section since she arrived, and the club says numbers have doubled since then.",
        "The award comes with a cup and a dinner, which she said she would share with the other coaches.",
    )
    assert flagged_lines(text) == set()


POST = [
    "Trawlers defeat relief for halibut fishermen – Balk at Compensation",
    "The emergency measure was opposed by the processors' association and other industry groups at the council meeting.",
    "Charter operators said they would keep pressing for a share of the catch for the rest of the season.",
]


def test_a_comment_heading_with_the_post_s_title_unquoted_opens_the_comments():
    heading = "One Response to Trawlers defeat relief for halibut fishermen – Balk at Compensation"
    comment = "What a joke. Tradition and the little guy take another kick once again, and nobody in charge cares."
    text = draft(*POST, heading, "1. StripedBassHole says:", comment)
    got = flagged_lines(text)
    assert lines_from(text, heading, comment) <= got
    assert got.isdisjoint(range(1, line_of(text, heading)))
    from newslint.api import lint_text

    messages = [d.message for d in lint_text(text, path="a.txt", select=["BP006"]).diagnostics]
    assert any(m.startswith("Reader comments (1 comment) ") for m in messages), messages


def test_a_response_count_naming_another_title_is_not_a_comment_heading():
    line = "Two responses to the consultation came from fishermen who said the plan went too far."
    assert flagged_lines(draft(*POST, line)) == set()


def test_a_byline_with_its_time_is_not_a_commenter_s_line():
    text = draft(
        "This tea seller has become the internet's new celebrity",
        "By Behindwoods News Bureau | Sep 11, 2018 04:03 PM",
        "A tea seller in the city has become an overnight sensation after a video of him singing went viral.",
        "Customers said they came for the tea and stayed for the songs, which he sings while he brews.",
    )
    assert flagged_lines(text) == set()


@pytest.mark.parametrize(
    "line, code",
    [
        ("facebook sharing button", "BP004"),
        ("whatsapp sharing button", "BP004"),
        ("Advertisment", "BP008"),
    ],
)
def test_a_page_s_strings(line, code):
    assert codes_at(line, "end") == [code]
