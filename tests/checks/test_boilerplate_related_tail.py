"""A "Related posts" list after the story, copied from a web page as plain paragraphs: each other
story's headline with its writer under it.  Line by line the names read as bylines and the
headlines as the story's, so the list is taken whole under its heading, up to the next paragraph."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, after_first_paragraph, codes_on, draft, flagged_lines, line_of

STORY = "\n\n".join([HEADLINE, *PARAGRAPHS])
FIRST_AFTER = 2 * (len(PARAGRAPHS) + 1) + 1  # the line of the first block after the story


def test_a_related_list_with_its_writers_is_one_finding():
    related = ["Related posts", "Bridge repairs to start in spring", "Ann Lee", "Rates rise for shops", "Tom Price"]
    text = STORY + "\n\n" + "\n\n".join(related) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", FIRST_AFTER, FIRST_AFTER + 8)]
    assert "5 lines" in res.diagnostics[0].message


def test_the_list_ends_at_the_next_paragraph():
    related = ["Related posts", "Bridge repairs to start in spring", "Ann Lee"]
    after = "The council will publish the full budget papers on its website on Friday, a spokesman said."
    text = STORY + "\n\n" + "\n\n".join(related) + "\n\n" + after + "\n"
    assert FIRST_AFTER + 6 not in flagged_lines(text)


def test_a_credit_right_under_the_heading_is_not_a_related_story():
    """ "More Stories" / "With Post wires": the credit is the story's (the AEB drafts keep it)."""
    text = STORY + "\n\nMore Stories\n\nWith Post wires\n"
    assert flagged_lines(text) == {FIRST_AFTER}


def test_the_storys_own_section_of_sentences_is_not_a_related_list():
    """An agency's "UP NEXT" section: its lines are sentences, not other stories' headlines."""
    text = STORY + "\n\nUP NEXT\n\nThunder: Host the Lakers on Friday.\n\nLakers: Visit the Thunder on Friday.\n"
    assert not {FIRST_AFTER + 2, FIRST_AFTER + 4} & flagged_lines(text)


def test_a_box_of_dated_teasers_closing_the_draft_is_one_finding():
    """ "More News" / "August 4, 2025" / a teaser's first sentences / ...: written as sentences, the
    teasers would read as the story's last paragraphs; under the heading, each under its date,
    with nothing after them, they are the box."""
    box = [
        "More News",
        "August 4, 2025",
        "It is no easy matter resolving the debate over the town's museum, but one collection shows the way.",
        "July 3, 2025",
        "Residents asked the council for a more frank discussion about how the library is funded.",
    ]
    text = STORY + "\n\n" + "\n\n".join(box) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", FIRST_AFTER, FIRST_AFTER + 8)]


def test_check_also_over_a_cut_teaser_is_the_box():
    box = ["Check Also", "The wedding sermon was delivered in a heavy snow.", "On November 10, deep within the dramatic winter landscape of Banff, an adventurous …"]
    text = STORY + "\n\n" + "\n\n".join(box) + "\n"
    assert flagged_lines(text) == set(range(FIRST_AFTER, FIRST_AFTER + 5))


def test_the_storys_paragraphs_after_a_related_label_are_not_teasers_without_their_marks():
    # no date over them and none cut off: the story goes on after a stray "More News" label
    after = ["More News", "The council will publish the budget papers on Friday, a spokesman said.", "The mayor is expected to speak at the meeting."]
    text = STORY + "\n\n" + "\n\n".join(after) + "\n"
    assert flagged_lines(text) == {FIRST_AFTER}


def test_a_long_paragraph_naming_a_date_is_no_teaser_date():
    # "by the end of December 2015" in the story's paragraph is not a teaser's date line
    after = ["More News", "The council said the bridge would close for repairs by the end of December 2015, and reopen in the spring."]
    text = STORY + "\n\n" + "\n\n".join(after) + "\n"
    assert flagged_lines(text) == {FIRST_AFTER}


SIMILAR = [
    "Council Minutes. Budget Meeting: March 14, 7:30 p.m.",
    "Council Minutes. Bridge Committee: May 8, 7:30 p.m.",
    "Town Hall Newsletter",
    "DISCIPLINARY DECISION",
    "The committee removed about half of the items from the plan and shortened the rest before the vote.",
    "Council Minutes. Budget Meeting: March 14, 7:30 p.m.",
    "Schools Forum Report",
    "DISCIPLINARY DECISION",
]


def test_a_similar_documents_heading_under_the_documents_first_line_takes_the_rest():
    # a document host's page: the document's opening line, then "Similar documents" over a list of
    # other documents' titles (some twice) and a teaser, to the end
    text = PARAGRAPHS[0] + "\n\nSimilar documents\n\n" + "\n\n".join(SIMILAR) + "\n"
    flagged = flagged_lines(text)
    assert 1 not in flagged
    assert flagged == set(range(3, 3 + 2 * len(SIMILAR) + 1))


def test_the_rest_is_left_alone_when_it_reads_as_the_story():
    # the same heading over the story's paragraphs (most lines sentences) is not a list of other
    # documents; nor is a related heading of a news site over titles that never repeat (a
    # document site's "Similar documents" needs no repeat: see
    # test_boilerplate_page_notes_and_document_boxes)
    story = PARAGRAPHS[0] + "\n\nSimilar documents\n\n" + "\n\n".join(PARAGRAPHS[1:] * 2) + "\n"
    assert not set(range(5, 5 + 4 * len(PARAGRAPHS))) & flagged_lines(story)
    once = PARAGRAPHS[0] + "\n\nRelated articles\n\n" + "\n\n".join(dict.fromkeys(SIMILAR)) + "\n"
    assert 3 in flagged_lines(once)
    assert 5 not in flagged_lines(once)


def test_a_list_headings_items_stop_at_a_sentence():
    # the items of a flagged heading's list are links; the story's rules set as bullets under a
    # heading the tests took for the page's are sentences, and stay the story's
    head = "\n\n".join([HEADLINE, PARAGRAPHS[0]])
    rest = "\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    rules = [
        "• All members must wear helmets and club armbands while on the slopes of the mountain.",
        "• All members must be back on the bus at the time of departure announced by the chaperones.",
    ]
    text = head + "\n\nRelated articles\n" + "\n".join(rules) + rest
    assert flagged_lines(text) == {5}
    titles = ["• Bridge repairs to start in spring", "• Rates rise for shops in the town"]
    assert flagged_lines(head + "\n\nRelated articles\n" + "\n".join(titles) + rest) == {5, 6, 7}


@pytest.mark.parametrize(
    "heading", ["Related Pages", "Related Transport News Articles", "Related To:", "RELATED RESOURCES", "Related definitions of \"tender\""]
)
def test_a_heading_that_opens_with_related_takes_its_list(heading):
    """Whatever the box relates, a short heading that opens with "Related" is the box's label, and
    the links under it up to the end are the box."""
    box = [heading, "- About the council's budget", "- Complete list of council meetings", "- How the river bridge was built"]
    text = STORY + "\n\n" + "\n\n".join(box) + "\n"
    assert set(range(FIRST_AFTER, FIRST_AFTER + 7)) <= flagged_lines(text)


@pytest.mark.parametrize(
    "heading", ["Related party transactions", "Related Companies", "Related to the budget, the council said it would wait."]
)
def test_a_heading_about_related_parties_is_the_storys(heading):
    """A ledger's "Related party transactions" and the developer Related Companies are subjects,
    not a box; a sentence is no heading."""
    after = "Related Companies, the developer, will build the two schools for the council at a fixed price."
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], heading, after, PARAGRAPHS[2], PARAGRAPHS[3])
    assert line_of(text, heading) not in flagged_lines(text)


def test_the_references_under_an_empty_related_box_are_the_storys():
    """A wiki's "Related" section left empty, then the story's numbered references, their heading
    lost: a reference's access date marks it as the story's, not one of the box's links."""
    refs = [
        "Related Sourcewatch",
        "1. Council budget papers, organizational web page, accessed October 10, 2012.",
        "2. Council minutes, organizational web page, accessed October 10, 2012.",
    ]
    text = STORY + "\n\n" + "\n\n".join(refs) + "\n"
    flagged = flagged_lines(text)
    assert FIRST_AFTER in flagged
    assert not {FIRST_AFTER + 2, FIRST_AFTER + 4} & flagged


def test_a_related_box_above_the_story_does_not_take_the_story():
    """ "Related case:" over another decision's dated title, above the decision's own paragraphs:
    the box's teasers do not run on to the end of the draft over the story."""
    box = ["Related case:", "Council minutes, budget meeting of March - Finance", "July 1, 2021"]
    text = draft(HEADLINE, "15 Sep 2021", *box, *PARAGRAPHS)
    flagged = flagged_lines(text)
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


TERMS = [
    "Trojan Horse",
    "Malware that disguises itself as a legitimate program to trick users into running it.",
    "Keylogger",
    "Software or hardware that records the keystrokes a user types, used to steal passwords.",
    "Phishing",
    "A social-engineering attack in which an attacker impersonates a trusted party.",
]


def test_a_box_of_titles_each_over_a_sentence_of_description_goes_with_its_heading():
    text = draft(HEADLINE, *PARAGRAPHS, "Related terms", *TERMS)
    assert {line_of(text, t) for t in ["Related terms", *TERMS]} <= flagged_lines(text)


def test_the_story_s_subheadings_over_paragraphs_after_a_lost_box_are_not_its_items():
    # the box's links lost under its heading; the story goes on with its subheadings, each over
    # a short paragraph, and more of the story after them
    parts = ["The school budget", PARAGRAPHS[1], "The river bridge", PARAGRAPHS[2], PARAGRAPHS[3]]
    text = draft(HEADLINE, PARAGRAPHS[0], "Related stories", *parts)
    assert {line_of(text, t) for t in parts} & flagged_lines(text) == set()


@pytest.mark.parametrize("label", ["Maybe you missed these episodes?", "You may also like these stories?"])
def test_a_related_box_s_label_asking_the_reader_is_flagged(label):
    # a podcast's page: the box of other episodes between the last note and the footer
    text = draft(HEADLINE, *PARAGRAPHS, "Comments & Feedback", label, "© 2024 Football & English")
    assert codes_on(text, label) == ["BP009"]


@pytest.mark.parametrize("line", ["Most popular places to visit in the city?", "You might also like the new menu, which opened on Friday?"])
def test_the_story_s_question_that_opens_like_a_related_label_is_not_flagged(line):
    text = after_first_paragraph(line)
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("label", ["In case you missed it", "You may have missed"])
def test_a_related_box_s_label_on_missed_stories_is_flagged(label):
    text = draft(HEADLINE, *PARAGRAPHS, label)
    assert codes_on(text, label) == ["BP009"]


@pytest.mark.parametrize("label", ["Leggi tutto", "Weiterlesen"])
def test_a_read_more_link_in_another_language_is_flagged(label):
    # a charity's archive page, its teasers closed by the Italian theme's "read more"
    text = draft(HEADLINE, *PARAGRAPHS, label)
    assert codes_on(text, label) == ["BP009"]


def test_an_embedded_post_s_placeholder_is_flagged_and_named():
    from newslint.api import lint_text

    # a story quoting protesters' posts, an Instagram embed lost between its paragraphs
    placeholder = "View this post on Instagram"
    text = draft(HEADLINE, PARAGRAPHS[0], placeholder, *PARAGRAPHS[1:])
    found = [d for d in lint_text(text, path="a.txt", select=BP).diagnostics if d.line == line_of(text, placeholder)]
    assert [d.code for d in found] == ["BP008"]
    assert "embedded post" in found[0].message
    # the same lost twice, one under the other
    text = draft(HEADLINE, PARAGRAPHS[0], placeholder, placeholder, *PARAGRAPHS[1:])
    assert flagged_lines(text) == set(range(line_of(text, placeholder), line_of(text, placeholder) + 3))


def test_a_most_popular_box_over_the_story_takes_only_the_box():
    # a news page's "Most Popular" box between the headline and the story: its dated titles are
    # the box's, and the story's paragraphs under it stay the story's (seen on an unseen sample's
    # logistics news page; written for the test, after that shape)
    box = ["Most Popular", "14.10", "Bridge repairs to start in spring", "14.10", "Rates rise for shops on the high street",
           "12.10", "Library hours cut from next month", "12.10", "New bus route links the two estates",
           "11.10", "Police appeal after theft from church", "11.10", "Park cafe to reopen under new owners"]
    text = draft(HEADLINE, *box, *PARAGRAPHS)
    flagged = flagged_lines(text)
    assert line_of(text, "Most Popular") in flagged
    assert not flagged & {line_of(text, p) for p in PARAGRAPHS}
