"""A picture embedded from Flickr: the embed code Flickr offers under "Share" puts the picture's
title, its owner and the site on one line ("IMGP0063 by Mockingbird!, on Flickr"); copied as text,
each picture leaves that line behind, a photo credit.  Seen on sample 279 (a blog's report of a
visit to a lock keeper's cottage, seven pictures in a row); written for the test after that shape.
A video embedded from Vimeo leaves the same kind of line ("Murmuration from Sophie Windsor Clive on
Vimeo.", sample 298)."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_on, found_between_and_at_end

LINES = [
    "IMGP0063 by Mockingbird!, on Flickr",
    "Lock keeper's cottage, Grand Union Canal by Peter Hall, on Flickr",
    "DSC_0412 by john.smith_photos, on Flickr",
    "Sunset over the old swing bridge at the mouth of the river by Anne-Marie O'Neill, on Flickr",
    # Vimeo's fallback line for an embedded video: its title, its owner and the site (sample 298,
    # a birding blog's murmuration film)
    "Murmuration from Sophie Windsor Clive on Vimeo.",
    "The Old Swing Bridge at Dawn from Harbour Films on Vimeo",
]


@pytest.mark.parametrize("line", LINES)
def test_the_embed_s_line_is_a_photo_credit_between_paragraphs_and_after_the_story(line):
    assert found_between_and_at_end(line, "BP007")


@pytest.mark.parametrize(
    "line",
    [
        "The pictures were taken by a retired engineer, on Flickr, where he has posted thousands.",
        "Many of the best photographs of the canal were posted by amateurs on Flickr.",
        "She found the picture by chance, on Flickr.",
        "She watched the films from the festival on Vimeo.",
        "The council posted a recording of the meeting from its chamber on Vimeo, where it has been watched 300 times.",
    ],
)
def test_a_story_s_sentence_about_the_site_is_not(line):
    assert not codes_on(between_paragraphs(line), line)
