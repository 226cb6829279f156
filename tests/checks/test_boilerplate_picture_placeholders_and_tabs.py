"""A picture's placeholder left where the picture stood ("Image" alone between two paragraphs), a
document-sharing site's tab over the file's text ("Transcription"), a
gallery's link ("Photo gallery"), a journal's label for the kind of paper ("RESEARCH ARTICLE") and
a story page's date fields printed without their dates ("Posted: Updated:").  Seen on samples 43,
48, 76, 77, 80, 110, 116, 121, 122, 171, 173, 186, 194, 197, 217, 242, 264, 266 and 273 from
different sites; written for the test after those shapes.  "Image" alone was once left alone between
paragraphs, as a possible heading: on samples 42-274 and the dev sets it is never one (8 leftover
lines, no content line)."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_at, codes_on, draft, flagged_lines, line_of

LINES = ["Image", "image", "Image:", "Transcription", "Photo Gallery", "RESEARCH ARTICLE", "Posted: Updated:"]


@pytest.mark.parametrize("line", LINES)
def test_the_label_is_flagged_between_paragraphs_and_under_the_title(line):
    assert codes_on(between_paragraphs(line), line)
    assert codes_at(line, "top")


@pytest.mark.parametrize(
    "line",
    [
        "Image matters to the council, the leader said, and the new logo cost less than the old one.",
        "A transcript of the meeting will be published on the council's website next week.",
        "Posted: the council's letter to residents, updated on Monday with the new collection days.",
    ],
)
def test_the_same_words_in_the_story_s_sentences_are_not(line):
    assert not codes_on(between_paragraphs(line), line)


def test_transcript_over_a_letter_s_transcript_is_the_story_s():
    # a letters site's heading over the text of the letter pictured above it (Dragnet R969, R970)
    text = draft(
        "Our differences unite us",
        "Just last week, a ten-year-old girl wrote and illustrated an endearing letter to the president, asking him to "
        "dinner and telling him about her two dads. A few days later, he replied.",
        "Transcript",
        "Dear Barack Obama,",
        "It's Sophia. Your friend who invited you to dinner. You don't remember okay that's fine.",
    )
    assert line_of(text, "Transcript") not in flagged_lines(text)
