"""Page furniture with a shape of its own: a health service's review stamp, a follow line naming
its networks, a template's empty value ("None"), empty picture markup, a byline whose name is gone,
a box's slogan under its label; and the story's own lines that looked like furniture: a subheading
opening with a preposition, a list above the first paragraph, a reading time beside the date.
Written for the test, after the shapes seen in unseen samples 68 and 69."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, draft, flagged_lines, found_between_and_at_end, line_of


@pytest.mark.parametrize(
    "line, code",
    [
        ("Like what you read? Please click below to share on social media.", "BP004"),
        ("Page last reviewed: 21 September 2025", "BP003"),
        ("Next review due: 21 September 2028", "BP003"),
        ("You’re offline. This is a read only version of the page.", "BP008"),
        ("Your advertisement here.", "BP008"),
        ("The content on this page is accurate as of the posting date; however, some of our partner offers "
         "may have expired.", "BP008"),
        ("See related: Guide to minority-owned credit unions", "BP009"),
        ("Follow Suffolk news on BBC Sounds, Facebook, Instagram and X.", "BP004"),
        ("Like Norfolk Live on Facebook & Twitter", "BP004"),
        ("![]() |", "BP011"),
        ("• By -", "BP003"),
    ],
)
def test_page_furniture_between_paragraphs_and_after_the_story(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize(
    "sentence",
    [
        # one network, or the networks inside the story's sentence
        "Follow the council on Facebook to see updates from the meeting and on Twitter.",
        "The mayor posted the video on Facebook and Instagram on Monday, and it was shared widely.",
        "Residents can find the plans on the council's website and in the library, the mayor said.",
    ],
)
def test_the_story_s_sentences_naming_networks_are_left_alone(sentence):
    text = between_paragraphs(sentence)
    assert line_of(text, sentence) not in flagged_lines(text)


def test_a_template_s_empty_value_under_the_headline_is_flagged():
    text = "\n".join([HEADLINE, "None", *PARAGRAPHS]) + "\n"
    assert 2 in flagged_lines(text)


def test_none_as_a_field_s_value_is_the_record_s():
    fields = ["Competing interests", "None", "Funding", "None"]
    text = draft(HEADLINE, *PARAGRAPHS, *fields)
    assert not {line_of(text, "Funding") + 2} & flagged_lines(text)


def test_a_subheading_opening_with_a_preposition_is_the_story_s():
    text = between_paragraphs("In a Hypothetical World")
    assert line_of(text, "In a Hypothetical World") not in flagged_lines(text)


@pytest.mark.parametrize("heading", ["The Ghost Sellers", "A Deadly Encounter", "Why It Matters", "Back in the Day", "Every Dog has its Day"])
def test_a_subheading_holding_an_article_or_a_pronoun_is_the_story_s(heading):
    # a story's parts are phrases ("The Ghost Sellers", "Why It Matters"); a section's or a menu's
    # name between two paragraphs is a bare noun phrase ("Coupon Codes", "Author Talk"; "The Team"
    # in test_boilerplate_civic_pages): unseen pages 283-326 held 9 such subheadings flagged, no leftover
    text = between_paragraphs(heading)
    assert line_of(text, heading) not in flagged_lines(text)


@pytest.mark.parametrize("name", ["Coupon Codes", "Author Talk", "Tools for Mac users", "Watch Mornings on ABC"])
def test_a_section_s_name_between_paragraphs_is_still_flagged(name):
    text = between_paragraphs(name)
    assert line_of(text, name) in flagged_lines(text)


def test_a_reading_time_with_the_date_is_the_story_s_date_line():
    text = draft(HEADLINE, "7 min read Oct 26, 2024", *PARAGRAPHS)
    assert line_of(text, "7 min read Oct 26, 2024") not in flagged_lines(text)


def test_a_list_above_the_first_paragraph_is_flagged_whole_or_not_at_all():
    items = [
        "- A website or app suffers a data breach",
        "- Passwords are stored insecurely",
        "- A user enters a password into a phishing page",
        "- Malware steals saved passwords from a device",
    ]
    story = [
        "If a leaked password is reused elsewhere, attackers may try it on email, banking, shopping and "
        "social accounts, and a single leak can open many doors.",
        "This is called credential stuffing, and it is one of the biggest reasons reused passwords are "
        "risky for anyone with more than one account online.",
        "A data breach at a website or an app is the most common source: the user did nothing wrong.",
        "A phishing page is another: the user enters a password into a page that only looks like the real one.",
        "Malware on a device steals saved passwords from the browser and sends them to the attackers.",
    ]
    text = "\n".join(["How password leaks happen", *items, "Why leaks are dangerous", *story]) + "\n"
    assert not {2, 3, 4, 5} & flagged_lines(text)


def test_a_breadcrumb_repeating_the_headline_is_still_a_menu():
    title = "PM Unveils Tougher Visa Rules to Repair Migration System"
    text = "\n".join([
        title, "  • Home", "  • News", f"  • {title}", "", title, "",
        "Understanding Tougher Visa Rules to Repair the Migration System", "",
        "In recent developments, the Prime Minister has introduced new measures aimed at reforming the visa "
        "system, a move that has sparked a wide debate among employers and universities.", "",
        "The Rationale Behind the Changes", "",
        "The rules raise the salary a skilled worker must earn and limit the dependants students may bring, "
        "and the government says they will cut net migration by a third within two years.", "",
        "Employers in care homes and hospitals warn that they already struggle to fill posts, and that the "
        "new threshold will leave wards and homes short of staff through the winter.",
    ]) + "\n"
    assert {2, 3} <= flagged_lines(text)


def test_the_walk_up_from_the_end_passes_a_copyright_paragraph():
    text = draft(
        HEADLINE, *PARAGRAPHS, "Continue Reading for Free", "Register and gain access to:",
        "  • Breaking news and analysis, on-site and via our newsletters and custom alerts\n"
        "  • Webcasts, white papers and ebooks from industry thought leaders\n"
        "  • Coverage of the insurance and financial advisory markets on our other sites",
        "NOT FOR REPRINT",
        "© 2024 ALM Global, LLC, All Rights Reserved. Request academic re-use from www.copyright.com. All other "
        "uses, submit a request to the publisher, who will reply within a week of receiving it.",
    )
    assert line_of(text, "NOT FOR REPRINT") in flagged_lines(text)


def test_a_box_s_slogan_under_its_label_inside_the_story_is_flagged():
    slogan = "  • Catch the latest on campus news, sports, and more. Delivered every weekday."
    text = draft(
        HEADLINE, *PARAGRAPHS[:3], "Get The Town Crier in your inbox!",
        slogan + "\n  • Stay up to date with the club results. Sent out each Monday.\n"
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.\n"
        "Thank you for subscribing!",
        PARAGRAPHS[3], "The mayor said the first of the two schools would open in the autumn of next year.",
    )
    assert line_of(text, slogan) in flagged_lines(text)


FAYRE = [
    "Thank you to everyone who came along to the Summer Fayre on Saturday, and to the parents who ran the stalls.",
    "There was a competition to see how far you could make a paper aeroplane fly, and a cake stall that sold out by noon.",
    "The selfie booth was very popular, and the raffle raised more than four hundred pounds for the school library.",
    "The fayre will be back next summer, and the committee would like to hear from anyone who can help to run it.",
]


def test_a_title_that_reads_like_a_name_over_the_paragraph_that_names_it_is_the_page_s():
    text = "\n".join(["Summer Fayre", *FAYRE]) + "\n"
    assert 1 not in flagged_lines(text)


def test_a_topic_tag_the_first_paragraph_does_not_name_is_still_flagged():
    story = [
        "WASHINGTON (AP) — The ambassador, the most anticipated witness in the inquiry, is likely to be "
        "pressed on Wednesday about his role in the effort to push Ukraine into the investigations.",
        "The ambassador, a wealthy hotelier tapped for the post, is more directly entangled than any other "
        "witness, and his account could decide how the committee proceeds.",
        "He told the committee that he had followed the orders of the president's lawyer, and that the "
        "request for an investigation of Joe Biden came from the White House.",
    ]
    text = "\n".join(["Joe Biden", *story]) + "\n"
    assert 1 in flagged_lines(text)
