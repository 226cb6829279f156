"""Shapes of local-news and council pages: a reader's letter signed with the writer's street, a
council page's feedback form and archive note, a committee minute's empty "Additional documents:",
the stock subheadings of a campaign page or a report ("The background", "THE SITUATION"), a bulleted list that a
sentence above the headline found opens, a post's comment heading whose quoted title ends with its
own question mark, and a "Read also" box of dated headlines inside the story.  Each written for
the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_at, draft as _text, findings_at, flagged_lines, line_of as _line


LETTER = [
    "Letter: Why weren't the toilets open?",
    "On New Year's Day I was surprised to find that all the public conveniences on the seafront were locked.",
    "It was a nice afternoon for a walk, so my partner and I set off along the promenade for some fresh air.",
    "The four sets of toilets could have been opened and closed in about an hour by a man in a van.",
]


@pytest.mark.parametrize("address", ["Cornwall Road", "High Street", "14 Mill Lane", "Station Road, Whitby"])
def test_a_letter_writer_s_street_under_the_name_is_the_letter_s(address):
    assert flagged_lines(_text(*LETTER, "Norman Long", address)) == set()


@pytest.mark.parametrize("signature", ["Name and address supplied", "(Name and address withheld)"])
def test_a_letter_s_withheld_name_is_its_signature(signature):
    assert flagged_lines(_text(*LETTER, signature)) == set()


def test_a_street_with_no_name_above_is_not_taken_for_a_signature():
    # the same line after a story signed by no one: what the tests of place decide, as before
    from newslint.checks.boilerplate.newsroom import sender_address
    from newslint.checks.boilerplate.units import build_units
    from newslint.document import read_document

    units = build_units(read_document(_text("Mary Harland", "High Street", "Contact us"), "a.txt", "plain"))
    assert [sender_address(u) for u in units] == [False, True, False]


@pytest.mark.parametrize(
    "line, code",
    [
        ("This news article was published more than a year ago. Some of the information may no longer be accurate.", "BP008"),
        ("Is there anything wrong with this page?", "BP005"),
        ("Was this page helpful?", "BP005"),
        ("You may also want to watch:", "BP009"),
        ("Read also", "BP009"),
    ],
)
def test_a_public_body_s_page_strings_after_the_story(line, code):
    assert codes_at(line, "end") == [code]


def test_a_breadcrumb_label_that_lost_its_trail_is_flagged():
    assert codes_at("You are here:", "top") == ["BP003"]


@pytest.mark.parametrize(
    "line",
    [
        "You may also want to watch the debate, the mayor told residents at the meeting on Monday.",
        "Was this page helpful to residents? The council will ask them in a survey next month.",
    ],
)
def test_the_same_words_in_a_sentence_are_the_story_s(line):
    assert findings_at(line, "end") == []


MINUTE = [
    "Street naming and numbering policy",
    "Meeting: 17/01/2022 - Cabinet (Item 57)",
    "Cabinet received a report of the Head of Customer Experience which included the new policy on street names.",
    "The Mayor set out the context for the new policy, which had arisen following a motion to Council last year.",
]


def test_an_empty_additional_documents_label_is_a_dangling_reference():
    text = _text(*MINUTE, "Additional documents:", "Decision:", "That the new Street Naming and Numbering Policy be approved.")
    assert flagged_lines(text) == {_line(text, "Additional documents:")}


def test_additional_documents_over_its_documents_is_left_alone():
    text = _text(*MINUTE, "Additional documents:", "• Appendix 1 - Street naming policy", "• Appendix 2 - Consultation responses")
    assert _line(text, "Additional documents:") not in flagged_lines(text)


# a story's or a report's parts, after "The" or "Our", in sentence case or in capitals
@pytest.mark.parametrize(
    "heading",
    ["The background", "The issue", "Our position", "The proposal", "THE SITUATION", "Conclusion", "Summary", "The results"],
)
def test_a_stock_subheading_between_paragraphs_is_the_story_s(heading):
    text = between_paragraphs(heading)
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("entry", ["The Team", "THE TEAM"])
def test_a_menu_entry_between_paragraphs_is_still_flagged(entry):
    text = between_paragraphs(entry)
    assert flagged_lines(text) == {_line(text, entry)}


GRITTING = [
    "Gritting roads and footpaths",
    "2. Roads",
    "A decision to undertake precautionary gritting of the main road network is based on:",
    "  • weather forecasts",
    "  • existing or potential road moisture",
    "  • existing grit on the road",
    "In the event of snow, precautionary gritting will be done. Further gritting and ploughing will be "
    "undertaken during the period of snowfall as resources allow.",
    "Roads are divided into different categories, based on their level of usage across the county.",
    "Priority routes will be treated within two hours of the decision to grit, and other routes after them.",
]


def test_bullets_under_the_story_s_colon_sentence_above_its_first_paragraph_are_the_story_s():
    assert flagged_lines(_text(*GRITTING)) == set()


BLOG = [
    "When is a telephone box not a telephone box?",
    "I have talked before about how I run a book exchange, called a Little Free Library, in my community.",
    "It has been incredibly popular, and now we need a bigger one to handle the volume of books that pass through it.",
    "I have been working with the Parish Council to see if we can adapt the disused telephone box on the green.",
]


def test_a_comment_heading_whose_quoted_title_ends_with_a_question_mark_is_flagged():
    heading = "4 thoughts on “When is a telephone box not a telephone box?"
    text = _text(*BLOG, heading, "Comments are welcome!", "Fill in your details below or click an icon to log in:")
    got = flagged_lines(text)
    assert {_line(text, heading), _line(text, "Comments are welcome!")} <= got
    assert got.isdisjoint(range(1, _line(text, heading)))


def test_a_comment_heading_whose_quoted_title_ends_with_its_stop_is_flagged_with_the_comments_under_it():
    heading = "4 thoughts on “Want a book? Go to the phone box."
    comments = [
        "  1. What a great idea! Our library is closing next year, maybe we could set up something similar.",
        "  2. That is a wonderful idea. I remember the red phone boxes from my trips to Britain.",
    ]
    # the heading quotes the post's title, as a blog's does
    text = _text("Want a book? Go to the phone box.", *BLOG[1:], heading, *comments, "Leave a Reply")
    got = flagged_lines(text)
    assert {_line(text, heading), *(_line(text, c) for c in comments)} <= got
    assert got.isdisjoint(range(1, _line(text, heading)))


def test_a_comment_heading_whose_quoted_title_is_cut_with_an_ellipsis_is_flagged_with_the_comments_under_it():
    # the title cut short by the blog's theme, no quotation mark closing it (sample 297)
    heading = "5 responses to “When is a telephone box not a…"
    comments = [
        "  1. What a great idea! Our library is closing next year, maybe we could set up something similar.",
        "  2. That is a wonderful idea. I remember the red phone boxes from my trips to Britain.",
    ]
    text = _text(*BLOG, heading, *comments, "Leave a Reply")
    got = flagged_lines(text)
    assert {_line(text, heading), *(_line(text, c) for c in comments)} <= got
    assert got.isdisjoint(range(1, _line(text, heading)))


def test_a_sentence_closing_its_quoted_question_is_not_a_comment_heading():
    from newslint.checks.boilerplate.classify import _open_title_asks

    assert _open_title_asks("4 thoughts on “When is a telephone box not a telephone box?")
    assert not _open_title_asks("Two replies to “Is it safe?” came from the council.")
    assert not _open_title_asks('Two replies to "Is it safe?" came in?')
    # a stop ends the open title only: a sentence's own stop comes after its closed quotation
    assert _open_title_asks("4 thoughts on “Want a book? Go to the phone box.")
    assert not _open_title_asks("There were 4 thoughts on “Want a book?” in the thread.")
    assert not _open_title_asks("There were 4 thoughts on the idea.")
    # an ellipsis ends a cut title left open, not a sentence whose quotation closed before it
    assert _open_title_asks("5 responses to “And The Winner Is…")
    assert not _open_title_asks("There were 5 responses to “And The Winner Is” and more…")


STORY = [
    "Demolition begins on five homes on crumbling Norfolk clifftop",
    "The demolition of five seaside houses has begun in Norfolk after coastal erosion put them at risk of collapsing.",
    "Hemsby has been badly affected by coastal erosion, and a storm last month caused the collapse of a road.",
]
AFTER = [
    "Smith, 42, said that when she and her partner received the notice from the council, they were lost for words.",
    "She said the council had offered no help at all with moving their belongings to the new flat in the town.",
]


def test_dated_headlines_under_a_read_also_label_inside_the_story_are_flagged():
    items = [
        "Holiday homes demolished as coastal erosion claims beachfront, Daily Maverick / Dec 11, 2023",
        "Erosion likely to force school to move grounds, New Zealand Herald / Dec 5, 2023",
    ]
    text = _text(*STORY, "Read also", *items, *AFTER)
    # one finding, from the label to the last headline
    assert flagged_lines(text) == set(range(_line(text, "Read also"), _line(text, items[-1]) + 1))


FLY_TIPPING = [
    "Fly tipping",
    "'Fly tipping' or 'dumping' are the common terms used to describe the illegal deposit of any waste onto land.",
    "It is an offence* to fly-tip any material, and offenders can be fined up to £50,000 or sent to prison.",
    "Residents can help prevent fly tipping by only using registered waste carriers to remove their rubbish.",
]


def test_the_footnote_of_a_word_the_story_marks_with_an_asterisk_is_the_story_s():
    text = _text(*FLY_TIPPING, "* Environmental Protection Act (1990)", "Useful links")
    got = flagged_lines(text)
    assert _line(text, "* Environmental Protection Act (1990)") not in got
    assert _line(text, "Useful links") in got


def test_an_asterisk_line_with_no_marked_word_in_the_story_is_left_to_the_other_tests():
    from newslint.checks.boilerplate.position import _MARKED_WORD

    assert _MARKED_WORD.search("It is an offence* to fly-tip")
    assert not _MARKED_WORD.search("It is an offence to fly-tip, 5 * 3 times")
    assert not _MARKED_WORD.search("**Bold** text")
