"""A members' sign-in box ("Forgotten your username or password?"), a hit counter's alt text, a
picture's file name or its library alone, a news portal's alt text for a collage; and the story's
own lines: a union committee or a team signing a notice under its closing line, a date run into
the stamp's value after "last updated on:", an author's initials under the title.  Written for the
test, after the shapes seen in unseen sample 78."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, draft, flagged_lines, found_between_and_at_end, line_of


@pytest.mark.parametrize(
    "line, code",
    [
        ("Forgotten your username or password? e-mail us", "BP005"),
        ("Member Sign-in", "BP005"),
        ("free html hit counter", "BP003"),
        ("3-d image.jpg", "BP007"),
        ("Getty", "BP007"),
        ("An image collage containing 1 images, Image 1 shows Woman managing home finances using a laptop and calculator", "BP007"),
    ],
)
def test_page_furniture_between_paragraphs_and_after_the_story(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize("line", ["Member Sign-in", "Forgotten your username or password? e-mail us"])
def test_a_sign_in_box_over_the_page(line):
    assert "BP005" in codes_at(line, "top")


def test_a_hit_counter_s_alt_text_run_into_the_headline():
    line = "free html hit counter Your water bills are quietly rising again – My Blog"
    text = draft(line, "Your water bills are quietly rising again", *PARAGRAPHS)
    assert line_of(text, line) in flagged_lines(text)


@pytest.mark.parametrize(
    "closing, signature",
    [
        ("Thank you for your patience during this time,", "Inplant Committee"),
        ("We will post an update here as soon as the line is repaired.", "The NEK Broadband Team"),
    ],
)
def test_the_signature_under_a_notice_is_the_notice_s(closing, signature):
    text = draft(HEADLINE, *PARAGRAPHS, closing, signature)
    assert line_of(text, signature) not in flagged_lines(text)


def test_a_date_run_into_the_text_after_a_stamp_s_label_is_the_stamp_s_value():
    value = ("30/12/2025Affordable housing remains one of the most important social and economic needs "
             "across the country, and the schemes below set out who can apply.")
    text = draft(HEADLINE, "The information mentioned here was last updated on:", value, *PARAGRAPHS)
    assert line_of(text, value) not in flagged_lines(text)


def test_an_author_s_initials_under_the_title_are_the_byline():
    title = "How do I engage with footfall in my town centre and how can I increase it?"
    text = draft(title, "Author HSTF", *PARAGRAPHS)
    assert line_of(text, "Author HSTF") not in flagged_lines(text)
