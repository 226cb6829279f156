"""A news chain's labels around each ad slot in the story, there for screen readers: "Article
content" where the story's text resumes, "Story continues below" over the slot, "Article content
continued" under it.  Seen on three unseen samples' pages from one chain's Canadian papers, each
label left in the copy between paragraphs.  Written for the test, after that shape."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_on, draft, flagged_lines, line_of


@pytest.mark.parametrize("label", ["Article content", "Story continues below", "Article content continued"])
def test_a_label_around_an_ad_slot_between_paragraphs_is_flagged(label):
    text = draft(HEADLINE, PARAGRAPHS[0], label, *PARAGRAPHS[1:])
    assert codes_on(text, label)


def test_the_labels_and_the_slot_s_notice_are_flagged_and_the_story_is_not():
    slot = ["Story continues below", "This advertisement has not loaded yet, but your article continues below.", "Article content continued"]
    text = draft(HEADLINE, "Article content", PARAGRAPHS[0], PARAGRAPHS[1], *slot, PARAGRAPHS[2], PARAGRAPHS[3])
    expected = {line_of(text, "Article content")} | {line_of(text, x) for x in slot}
    rows = text.split("\n")
    assert {n for n in flagged_lines(text) if rows[n - 1].strip()} == expected  # (one finding may span the blank lines between)


@pytest.mark.parametrize(
    "line",
    ["Article content is checked by two editors before it goes online.", "The story continues below the bridge, where the river bends."],
)
def test_sentences_that_open_with_the_labels_are_left_alone(line):
    assert flagged_lines(draft(HEADLINE, PARAGRAPHS[0], line, *PARAGRAPHS[1:])) == set()
