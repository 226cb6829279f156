"""A tabloid's box of other stories inside the story: its label ("Most read in Money") over pairs
of a kicker in capitals and a headline ("BYE BYE" / "Shoppers cry as fashion chain puts shop up
for let").  The pairs go with the label up to the story's next paragraph; capitals over a
sentence of the story are not a kicker's."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of, lines_from

BOX = [
    "Most read in Money",
    "ON THE MONEY",
    "How two mums saved £166 a week by switching from contactless to cash",
    "REAL DEAL",
    "Supermarket trick to get discounts revealed as customer bags £10 of shopping for 10p",
    "PLEASE HOLD",
    "Benefits office to make big change to services next week",
]


def test_the_kicker_and_headline_pairs_under_the_boxs_label_are_its_teasers():
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *BOX, PARAGRAPHS[2], PARAGRAPHS[3])
    assert lines_from(text, BOX[0], BOX[-1]) <= flagged_lines(text)
    assert line_of(text, PARAGRAPHS[2]) not in flagged_lines(text)


def test_a_heading_in_capitals_over_the_storys_sentence_is_not_a_kicker():
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], BOX[0], "WHAT HAPPENS NEXT", PARAGRAPHS[2], PARAGRAPHS[3])
    assert line_of(text, PARAGRAPHS[2]) not in flagged_lines(text)
