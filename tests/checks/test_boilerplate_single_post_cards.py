"""A forum's card of fields over the only post of a thread: XenForo prints the poster's join
date, message count and reaction score each on its own line, label over value ("Joined" /
"Oct 21, 2011" / "Messages" / "1,768" / "Reaction score" / "401"), and some extractors keep the
values' dates and the "Reaction score" label but drop the rest ("Apr 30, 2013" / "Reaction
score").  With one post there is no comment section to hold the card, but it is still the
forum's, never the story's."""

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of, lines_from

CARD = ["ColoHox", "Joined", "Oct 21, 2011", "Messages", "1,768", "Reaction score", "401", "Location", "Fort Collins"]


def test_a_full_card_over_the_only_post_is_flagged_and_the_post_is_not():
    text = draft(HEADLINE, *CARD, *PARAGRAPHS)
    flagged = flagged_lines(text)
    assert lines_from(text, "Joined", "Fort Collins") <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


def test_a_stripped_card_keeps_its_reaction_score_label_and_join_date():
    text = draft(HEADLINE, "The Avatar", "Dec 16, 2003", "Reaction score", *PARAGRAPHS)
    flagged = flagged_lines(text)
    assert {line_of(text, "Dec 16, 2003"), line_of(text, "Reaction score")} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


def test_a_joined_line_with_no_forum_fields_after_it_is_left_alone():
    text = draft(HEADLINE, "Joined", "Oct 21, 2011", "Role", "Treasurer", *PARAGRAPHS)
    assert not flagged_lines(text)
