"""A Creative Commons notice under a story or a paper: the licence badge's alt text ("Creative
Commons License"), the notice under it ("This work is licensed under a Creative Commons
Attribution 4.0 License.") and a journal's notice broken over two lines ("© Author(s) 2025. This
work is distributed under" / "the Creative Commons Attribution 4.0 License.").  Seen on samples
48, 179, 243, 256 and 258 from different sites; written for the test after those shapes."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_on, found_between_and_at_end

LINES = [
    "Creative Commons License",
    "Creative Commons Licence",
    "Creative Commons Attribution 4.0 License",
    "the Creative Commons Attribution 4.0 License.",
    "This work is licensed under a Creative Commons Attribution 4.0 License.",
    "Golden Coast Mead Production Data by Golden Coast Mead, LLC is licensed under a Creative Commons "
    "Attribution-NonCommercial-NoDerivatives 4.0 International License.",
]


@pytest.mark.parametrize("line", LINES)
def test_the_notice_is_a_rights_footer_between_paragraphs_and_after_the_story(line):
    assert found_between_and_at_end(line, "BP001")


@pytest.mark.parametrize(
    "line",
    [
        "The museum said it would release the scans under a Creative Commons licence next spring, so "
        "that schools could use them freely.",
        "Wikipedia's articles are written by volunteers and their text is shared under a Creative "
        "Commons Attribution licence, which lets anyone copy them with credit.",
    ],
)
def test_a_story_s_sentence_about_the_licence_is_not(line):
    assert not codes_on(between_paragraphs(line), line)
