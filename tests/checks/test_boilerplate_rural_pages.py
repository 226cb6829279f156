"""Shapes of rural and outdoor pages: a table written with bars whose empty cells stand alone, a
blog post signed over its comment form, a rescue report whose last sentence lost its stop, a
how-to title over the first paragraph, a subheading that the sentence under it opens with, an
answer under the story's own question, a row of layout labels over the headline, a tabloid's
newsletter prompts and a comment's mark left from the page's source.  Each written for the test,
after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, draft as _text, findings_at, flagged_lines, line_of as _line


PREMIUM = [
    "Second home Council Tax premium",
    "A second home is a furnished property that you own for your personal use, but is not your main residence.",
    "From 1 April 2025 councils are allowed to charge a Council Tax premium on second homes in the county.",
    "Below is a list of exceptions to the second home premium, and the proof you will need to provide.",
]
TABLE = [
    "Exception | Proof you will need to provide |",
    "---|---|",
    "The second home is necessary for employment |",
    "|",
    "The second home is a caravan pitch where the caravan is empty | Photos of the empty pitch |",
    "The second home is subject to planning conditions which prevent occupancy |",
    "|",
    "A copy of the planning condition on a formal document |",
]


def test_a_bar_alone_in_a_table_written_with_bars_is_an_empty_cell():
    assert flagged_lines(_text(*PREMIUM, *TABLE, PARAGRAPHS[0])) == set()


def test_a_bar_alone_with_no_table_is_still_a_separator():
    text = _text(*PREMIUM, "|", PARAGRAPHS[0], "|", PARAGRAPHS[1])
    assert {i for i, t in enumerate(text.split("\n"), 1) if t == "|"} <= flagged_lines(text)


POST = [
    "Cyclists on canal path",
    "I walked the canal path this afternoon, and in about an hour there were over fifty other people there.",
    "There is little possibility of widening the path, as the people surfacing the upper area told me.",
    "Note that despite the walkers only signs on the entrances, some cyclists persist in using the path.",
]
FORM = [
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
]


@pytest.mark.parametrize("name", ["Lyndon Hatfield", "Mary Smith"])
def test_a_name_under_the_post_over_its_comment_form_is_the_post_s_signature(name):
    text = _text(*POST, name, *FORM)
    assert flagged_lines(text) == set(range(_line(text, FORM[0]), _line(text, FORM[-1]) + 1))


def test_a_label_over_the_comment_form_is_still_flagged():
    text = _text(*POST, "Reader Interactions", *FORM)
    assert _line(text, "Reader Interactions") in flagged_lines(text)


RESCUE = [
    "Mountain rescue team called to stranded walkers",
    "The two men, unprepared for the weather, called for help after they lost the path on the ridge.",
    "With winds of up to 70 mph forecast, the team followed a sheltered route to reach the stranded pair.",
]


@pytest.mark.parametrize(
    "last",
    [
        "Everyone was safely back at the vehicles by 01:15 a.m. the following morning",
        "The team was stood down at 6 p.m. after a long day on the hill",
    ],
)
def test_the_story_s_last_sentence_telling_the_time_is_the_story_s(last):
    assert flagged_lines(_text(*RESCUE, last)) == set()


def test_a_related_headline_after_the_story_is_still_flagged():
    text = _text(*RESCUE, "Walkers urged to check forecasts before heading out")
    assert flagged_lines(text) == {_line(text, "Walkers urged to check forecasts before heading out")}


FROST = [
    "I had a professor who said that any question asked in his class was answerable with it depends.",
    "In this case, what you do depends on a few factors: how hard you got hit, and when the damage occurred.",
    "Whatever fruit you have from the later shoots will ripen later than the fruit on the surviving canes.",
]


@pytest.mark.parametrize("title", ["How to hedge your losses", "Why growers wait a month before pruning"])
def test_a_question_title_over_the_first_paragraph_is_the_story_s(title):
    assert flagged_lines(_text(title, *FROST)) == set()


ZONES = [
    "Parking zone consultations",
    "Terms and conditions",
    "The terms and conditions for parking zone consultations were updated in winter 2020. Below are the key changes:",
    "  • only one response per household or business premises is allowed",
    "  • submissions without a full name and address will not be accepted",
    "  • an email address is compulsory for online submissions",
]


def test_a_heading_the_sentence_under_it_opens_with_is_the_story_s():
    assert flagged_lines(_text(*ZONES)) == set()


def test_the_same_heading_in_a_footer_is_still_flagged():
    text = _text(HEADLINE, *PARAGRAPHS, "Privacy policy", "Terms and conditions", "Cookies")
    assert _line(text, "Terms and conditions") in flagged_lines(text)


def test_the_answer_to_the_story_s_question_after_it_is_the_story_s():
    text = _text(
        "Charge for museum entry",
        "It is ridiculous that people pay nothing to visit our main art galleries and museums, when most countries charge.",
        "Kew Gardens used to have an entry fee of one penny, and eventually it started charging fees to enter.",
        "Why is this idea important?",
        "The idea is important as it is another way of raising revenue",
    )
    assert flagged_lines(text) == set()


def test_a_row_of_layout_labels_over_the_headline_is_one_menu():
    labels = ["SMALL PHONE", "PHONE", "TABLET", "DESKTOP", "LARGE DESKTOP", "XL DESKTOP"]
    story = [
        "Tips to reduce hail losses at your greenhouse",
        "There were thousands of reports of hail last year, and greenhouse growers counted the cost of every storm.",
        "Follow these tips on what you can do before and after a hailstorm to limit the losses at your greenhouse.",
        "Make sure all your bracing supports and greenhouse coverings are secure before the storm season starts.",
    ]
    text = "\n".join(labels) + "\n\n" + _text(*story)
    assert flagged_lines(text) == set(range(1, len(labels) + 1))


@pytest.mark.parametrize(
    "line, code",
    [
        ("Use the comment form below to begin a discussion about this content.", "BP005"),
        (
            "The Daily Star’s FREE newsletter is spectacular! Sign up today for the best stories straight to your inbox",
            "BP004",
        ),
        ("Want all the latest shocking news and views from all over the world straight into your inbox?", "BP004"),
        ("Share and Follow", "BP004"),
        ("<!–", "BP008"),
        ("<!--", "BP008"),
    ],
)
def test_a_page_s_strings_after_the_story(line, code):
    assert codes_at(line, "end") == [code]


@pytest.mark.parametrize(
    "line",
    [
        "Sign up was slow, the organisers said, but entries arrived in the last week before the show.",
        "Residents who want the forms can ask at the library, where copies are kept at the desk.",
    ],
)
def test_sentences_with_the_same_words_are_the_story_s(line):
    assert findings_at(line, "end") == []
