"""Parts of a story that look like a page's furniture and are not: an editor's "[here]" inside a
quotation, a short title over a caption given twice, a letter's signature with the writer's
address, the work a quotation's attribution names on the next line, and a heading written like
the post's title between its paragraphs.  Each written for the test, after the shape of such
pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of

from newslint.api import lint_text


def _codes(text: str) -> list[str]:
    return [d.code for d in lint_text(text, path="a.txt", select=["BP011"]).diagnostics]


def test_here_in_brackets_inside_a_quotation_is_an_editor_s_word():
    quote = "“Talking to people [here] you go home feeling your problems are not so bad,” he said."
    assert _codes(draft(HEADLINE, PARAGRAPHS[0], quote, PARAGRAPHS[1])) == []


def test_here_in_brackets_outside_a_quotation_is_still_a_lost_link():
    lost = "He said “it is done”, and the minutes of the meeting are [here] for anyone to read."
    assert _codes(draft(HEADLINE, PARAGRAPHS[0], lost, PARAGRAPHS[1])) == ["BP011"]


def test_a_short_title_over_a_caption_given_twice_is_the_headline():
    caption = "touching the rope strung across the river signifies you've completed the course"
    text = draft(
        "Coracle racing",
        caption,
        caption.replace("'", "’"),  # the alt text, then the caption with its curly apostrophe
        "The last bank holiday in August brings one of the last big festivals of the summer to the river, "
        "and the coracle racing drew a crowd again this year.",
        "With river banks and a hill to sit on, everyone could get a good view of the racing, and the "
        "coracle makers came from all over the country.",
    )
    assert line_of(text, "Coracle racing") not in flagged_lines(text)


LETTER = [
    "Toilets are not set to close",
    "I have written to you in the past about the lack of public toilets near the harbour in our town.",
    "The council has now replied, and says the harbour toilets will stay open for the foreseeable future.",
    "I can only assume that the report last month was wrong, and I hope this puts residents' minds at rest.",
]


def test_a_letter_s_signature_and_address_are_the_letter_s():
    text = draft(*LETTER, "Mrs Pamela Lucas", "55 Scalwell Lane")
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("signature", ["Mrs Cook", "Mr. McAllister", "Cllr Reid"])
def test_a_sign_off_of_a_title_and_a_surname_is_the_letter_s(signature):
    text = draft(*LETTER, signature)
    assert flagged_lines(text) == set()


def test_a_surname_after_a_word_that_is_no_title_is_not_a_signature():
    text = draft(*LETTER, "Contact Us", "More Stories")
    assert line_of(text, "More Stories") in flagged_lines(text)


def test_a_street_address_under_no_name_is_not_spared():
    # the page's footer, under the story's last paragraph: no one signs it
    text = draft(*LETTER, "Contact Us", "55 Scalwell Lane")
    assert line_of(text, "55 Scalwell Lane") in flagged_lines(text)


def test_the_work_an_attribution_names_on_the_next_line_is_the_story_s():
    text = draft(
        "January 17",
        "Wassailing",
        "This was the proper time for wassailing in the apple-growing regions of southern and western England, "
        "when large parties gathered in the orchards to toast the trees.",
        "“Old apple tree, we wassail thee, and hoping thou wilt bear,",
        "till apples come another year.”",
        "—Charles Kightly,",
        "The Perpetual Almanack of Folklore",
    )
    assert line_of(text, "The Perpetual Almanack of Folklore") not in flagged_lines(text)


def test_a_heading_written_like_the_title_between_paragraphs_is_the_post_s():
    text = draft(
        "The History",
        "Little is known about this place. The restaurant seems to have closed some time around 2005, "
        "going by the dates on the servicing stickers in the kitchen.",
        "The Explore",
        "Located on a busy road, I managed to get inside and have a look around, and the building was "
        "still connected to the electricity, so the lights came on.",
    )
    assert flagged_lines(text) == set()


def test_a_sentence_stopping_where_its_address_was_is_no_headline():
    # the e-mail address was a link, lost with the page's markup
    line = "If you have further questions, please email Judith Roscoe at"
    text = draft(HEADLINE, *PARAGRAPHS, line)
    assert line_of(text, line) not in flagged_lines(text)


def test_titles_cut_with_an_ellipsis_are_still_other_stories():
    related = [
        "Related Stories",
        "Judge Strikes Down State Water Rules for...",
        "Council Opens New Bridge Over the River at...",
        "Mayor Says Budget Vote Was a Good Day",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *related)
    assert {line_of(text, t) for t in related} <= flagged_lines(text)


def test_a_piece_of_a_sentence_between_paragraphs_is_not_a_section_name():
    piece = "and the City of"
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], piece, PARAGRAPHS[2], PARAGRAPHS[3])
    assert line_of(text, piece) not in flagged_lines(text)


def test_a_sentence_stopping_on_as_or_or_is_no_headline_either():
    line = "While technology such as braziers, windmills or"
    text = draft(HEADLINE, *PARAGRAPHS, line)
    assert line_of(text, line) not in flagged_lines(text)
