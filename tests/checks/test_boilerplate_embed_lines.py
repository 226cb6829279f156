"""Lines an embed or an ad slot leaves in copied text (``embeds.embed_line``): Instagram's credit
line under a post it could not show ("A post shared by Cecilia Gonzalez (@ceciliagcomedy)", sample
286, a newsletter on new comedy clubs), a player's label run into its caption ("Media CaptionHow
Does A Crossword Setter Compile A Quiz?", sample 285, a crossword history copied from a BBC page)
and an ad slot's label between paragraphs ("More under this ad", sample 283, six times in a science
site's story).  Written for the tests after those shapes; the names and captions here are made up."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_on, found_between_and_at_end


@pytest.mark.parametrize(
    "line",
    [
        "A post shared by Cecilia Gonzalez (@ceciliagcomedy)",
        "A post shared by Town Hall Comedy Club 🎤😂 (@townhall.comedy)",
        "A post shared by Jo Bloggs (@jo_bloggs) on Mar 3, 2019 at 10:15am PST",
    ],
)
def test_instagram_s_credit_line_is_an_embed_s_leftover(line):
    assert found_between_and_at_end(line, "BP008")


@pytest.mark.parametrize(
    "line",
    [
        "Media CaptionHow the council's new schools will be built",
        "Image caption Councillors voted late on Monday evening",
        "Video captionThe mayor speaks after the vote",
    ],
)
def test_a_caption_with_its_player_s_label_run_in_is_a_caption_leftover(line):
    assert found_between_and_at_end(line, "BP007")


@pytest.mark.parametrize(
    "line",
    [
        "More under this ad",
        "Story continues below the advertisement",
        "Article continues after this ad",
        "Scroll down to continue reading under the advert",
        "Content continues after advertisements",  # no article before the ads (sample 296)
    ],
)
def test_an_ad_slot_s_label_is_an_advertising_marker(line):
    assert found_between_and_at_end(line, "BP008")


@pytest.mark.parametrize(
    "line",
    [
        "A post shared by the mayor on Instagram drew hundreds of comments from residents.",
        "Media captions on the council's website were added for deaf viewers last year.",
        "More under this ad campaign, the council hopes, will be spent on the schools.",
        "The image caption said the bridge had been closed since March.",
    ],
)
def test_a_story_s_sentence_in_the_same_words_is_not(line):
    assert not codes_on(between_paragraphs(line), line)
