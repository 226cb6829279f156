"""Pointers to what a page showed below a line and the copy lost: a link's instruction with the
story going on under it, a gallery promised by the last line, a blog's "Did you like this? Share
it!".  Written for the test, after the shapes seen in unseen samples 160 to 162."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, codes_at, codes_on, draft


@pytest.mark.parametrize(
    "line",
    ["Click the headline or link below to read the rest of this story.", "Click on the link below to read the full report."],
)
def test_a_link_s_instruction_with_the_story_going_on_under_it(line):
    assert "BP011" in codes_on(between_paragraphs(line), line)


def test_a_link_s_instruction_over_the_link_is_not_flagged():
    """A Markdown link right under it: the link is there."""
    line = "Click the link below to read the full report."
    text = draft(HEADLINE, *PARAGRAPHS, line, "[Full report](https://example.org/report.pdf)")
    assert "BP011" not in codes_on(text, line)


@pytest.mark.parametrize("line", ["Check out the photo gallery from both events below!", "Enjoy the photos from the parade below!"])
def test_a_gallery_promised_by_the_last_line(line):
    assert "BP011" in codes_at(line, "end")


def test_a_gallery_promised_over_a_caption_is_not_flagged():
    """A short line under it (a caption, the gallery's title) may be what it points to."""
    line = "Check out the photo gallery from both events below!"
    text = draft(HEADLINE, *PARAGRAPHS, line, "The mayor opens the new bridge")
    assert "BP011" not in codes_on(text, line)


def test_did_you_like_this_share_it():
    assert codes_at("Did you like this? Share it!", "end") == ["BP004"]


def test_a_question_about_a_film_is_prose():
    assert codes_on(between_paragraphs("Did you like this film? Most of the audience did."), "Did you like this film? Most of the audience did.") == []
