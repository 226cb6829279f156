"""A site's subscription, newsletter and donation boxes are taken whole: the prompt a cue finds and
the lines around it that sell it (``boilerplate/appeals.py``); a notice longer than a cue block is
found by its opening sentence; a related-story label in capitals over a headline ending with a full
stop; the question over a comment form and the consent boxes of a sign-up form."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, between_paragraphs


def _findings(text: str) -> list[tuple[str, str, str]]:
    res = lint_text(text, path="a.txt", select=BP)
    return [(d.code, text[d.start : d.end], d.message) for d in res.diagnostics]


def _draft(middle: list[str]) -> str:
    return between_paragraphs(*middle)


DONATION = [
    "Will you offer us a hand? Every gift, regardless of size, fuels our future.",
    "Your critical contribution enables us to maintain our independence from shareholders or wealthy owners,"
    " allowing us to keep up reporting without bias.",
    "You can support us for as little as $1 via PayPal.",
    "Thank you.",
]

NEWSLETTER = [
    "Subscribe to The Weekly",
    "Escape your echo chamber. Get the facts behind the news, plus analysis from many perspectives.",
    "Sign up for The Weekly's Free Newsletters",
    "From our morning news briefing to a weekly good news letter, get the best of The Weekly delivered directly"
    " to your inbox.",
]


def test_a_donation_box_in_mid_story_is_one_finding():
    found = _findings(_draft(DONATION))
    assert [(code, span) for code, span, _m in found] == [("BP008", "\n\n".join(DONATION))]
    assert found[0][2].startswith("Subscription, follow or donation box (4 lines)")


def test_a_newsletter_box_is_taken_whole():
    found = _findings(_draft(NEWSLETTER))
    assert [(code, span) for code, span, _m in found] == [("BP004", "\n\n".join(NEWSLETTER))]


def test_a_newsletter_call_that_goes_on_with_its_offer():
    line = "Sign up for the Family Tree Newsletter Plus, you’ll receive our 10 Essential Genealogy Research Forms PDF as a special thank you!"
    found = _findings(_draft([line]))
    assert [(code, span) for code, span, _m in found] == [("BP004", line)]
    # the story telling of a newsletter is not a call
    told = "Residents who sign up for the council's newsletter will get updates on the roadworks, the mayor said on Monday."
    assert _findings(_draft([told])) == []


def test_a_trade_paper_s_gate_with_its_list_of_benefits_is_taken_whole():
    gate = [
        "Would you like to read more?",
        "Try The Weekly For Free to finish this article.",
        "Sign up now for the following benefits:",
        "  • Unlimited access to The Weekly\n  • Breaking news, comment and analysis from experts as it happens",
        "Don’t want full access? REGISTER NOW to read this article and up to 3 more this month.",
    ]
    found = _findings(_draft(gate))
    assert "".join(span for _c, span, _m in found).replace("\n", "") == "".join(gate).replace("\n", "")


def test_a_question_about_reading_more_in_a_quotation_is_the_story_s():
    line = "Would you like to read more about the council's plans, the mayor asked residents on Monday?"
    assert _findings(_draft([line])) == []


def test_a_paywall_with_its_price_and_trial():
    box = ["Login to your account", "7 day trial access", "Become a subscriber", "Or £77 per month"]
    found = _findings(_draft(box))
    assert "".join(span for _c, span, _m in found).replace("\n", "") == "".join(box)


def test_the_story_beside_a_prompt_is_not_taken():
    # sentences beside a prompt that talk about the story, or quote someone, stay the story's
    story_lines = [
        "If you want to see the plans, the council said, they are on display at the library until Friday.",
        '"We want your support for the new schools, and we will listen," the mayor told residents.',
    ]
    for line in story_lines:
        text = _draft([line, "You can support us for as little as $1 via PayPal.", PARAGRAPHS[1]])
        assert [span for _c, span, _m in _findings(text)] == ["You can support us for as little as $1 via PayPal."], line


def test_an_advertising_marker_opens_no_box():
    line = "If you want a book that makes you feel great about being a councillor, this is it: we all know you can download it."
    found = _findings(_draft([line, "Advertisement"]))
    assert [span for _c, span, _m in found] == ["Advertisement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Your critical contribution enables us to maintain our independence.", True),
        ("Reality Daily is on the all-new Google News app. Click here to visit our page, and then click FOLLOW.", True),
        ("We hope you enjoy the change, and we'd love to hear what you think.", False),  # asks for nothing
        ("If you know people who are interested, you'll want to let them know to tune in.", False),  # no site
        ('"Your support means we can keep reporting," the editor said.', False),  # a quotation
    ],
)
def test_site_talk(text, expected):
    from newslint.checks.boilerplate.appeals import site_talk

    assert site_talk(text) is expected


def test_a_long_notice_is_found_by_its_opening_sentence():
    notice = (
        "This article is accessible to registered users, to continue reading please register for free. A free"
        " trial will give you access to exclusive features, interviews, round-ups and commentary from the"
        " sharpest minds in the pharmaceutical and biotechnology space for a week. If you are already a"
        " registered user please login. If your trial has come to an end, you can subscribe here."
    )
    assert len(notice.split()) > 60
    assert [code for code, _s, _m in _findings(_draft([notice]))] == ["BP008"]
    # the same words after the opening sentence of a long paragraph are the story's
    story = (
        "The council said the minutes of the meeting, which run to forty pages and cover the budget debate in"
        " detail, would be posted online next week. They will be made accessible to registered users of the"
        " town's library service, who can also borrow a printed copy from the front desk of the main branch,"
        " and read aloud at the next meeting of the residents' association in the spring."
    )
    assert len(story.split()) > 60
    assert _findings(_draft([story])) == []


def test_a_related_label_in_capitals_over_a_headline_ending_with_a_full_stop():
    line = "READ THIS NEXT: This Beloved Home Store Is Closing 150 Locations, Starting Now."
    assert [(code, span) for code, span, _m in _findings(_draft([line]))] == [("BP009", line)]
    # a sentence after a label that is no headline stays the story's
    assert _findings(_draft(["NOTE: the council will meet again next week to vote on the plan."])) == []


@pytest.mark.parametrize("line", ["What do you think of this post?", "I'd like to receive marketing emails"])
def test_comment_form_question_and_consent_box(line):
    assert [code for code, _s, _m in _findings(_draft([line]))] == ["BP005"]


# -- three false alarms met on unseen pages (sample 4, 2026-11-21) ------------------------------


def test_a_sentence_with_a_date_and_a_time_is_no_stamp():
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "The library will open Friday, Jun 26. at 9:30am."]) + "\n"
    assert _findings(text) == []
    # a stamp after the story still is one
    stamp = "November 19, 2019 at 7:19 am"
    assert [span for _c, span, _m in _findings(text.replace("The library will open Friday, Jun 26. at 9:30am.", stamp))] == [stamp]


def test_a_caption_signed_by_its_agency_over_the_headline_is_the_storys():
    caption = "A volunteer paints the fence of the old railway station on a sunny afternoon. Jane Smith/AP Images"
    text = "\n\n".join([caption, HEADLINE, *PARAGRAPHS]) + "\n"
    assert _findings(text) == []


def test_tags_in_a_paragraph_are_flagged_not_the_paragraph():
    para = f'<span style="font-size: 1rem;">{PARAGRAPHS[1]}</span>'
    found = _findings(_draft([para]))
    assert [(code, span) for code, span, _m in found] == [
        ("BP008", '<span style="font-size: 1rem;">'),
        ("BP008", "</span>"),
    ]
    assert found[0][2].startswith("HTML tag left in the text")


def test_removing_a_tag_between_words_leaves_one_space(tmp_path):
    from click.testing import CliRunner

    from newslint.cli import main

    path = tmp_path / "draft.txt"
    line = 'December 2020<span style="font-size: 1rem;"> Work on the roofs of the town hall was completed in time.'
    path.write_text("\n\n".join([HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]]) + "\n", encoding="utf-8")
    CliRunner().invoke(main, ["check", "--isolated", "--select", "BP008", "--fix", "--unsafe-fixes", str(path)])
    assert "December 2020 Work on the roofs" in path.read_text(encoding="utf-8")


def test_angle_brackets_of_code_in_a_story_are_no_tags():
    para = "The fix was one line: declare the list as std::vector<int> and include <stdio.h> before the rest of the file."
    assert _findings(_draft([para])) == []


@pytest.mark.parametrize(
    "line, code",
    [
        ("Please report any comments that break our rules.", "BP005"),
        (
            "We want our comments to be a lively and valuable part of our community - a place where readers can"
            " debate and engage with the most important local issues.",
            "BP005",
        ),
        (
            "You are currently seeing only the comments you are notified about, if you want to see all comments"
            " from this post, click the button below.",
            "BP005",
        ),
        ("You are unauthorized to view this page.", "BP008"),
        # an empty comment section, an archive's warning, related labels
        ("There are currently no comments for this article. Please log in to add new comments.", "BP005"),
        ("This article is more than 1 year old", "BP008"),
        ("Similar Posts", "BP009"),
        ("Read it all at BBC News", "BP009"),
    ],
)
def test_comment_rules_a_refused_page_an_archive_warning_and_related_labels(line, code):
    found = _findings(_draft([line]))
    assert [(c, span) for c, span, _m in found] == [(code, line)]


@pytest.mark.parametrize(
    "line",
    [
        "8 thoughts on “6 Tips for Attracting More Comments”",
        "One thought on “Slow Progress, But Progress Nonetheless",  # the title cut short
        "12 Responses to \"Why I Run\"",
        "1 comment about \"Finales Of Hit Shows Off Season Marks\".",  # the title, then a stop
    ],
)
def test_the_heading_of_a_comment_section(line):
    found = _findings(_draft([line]))
    assert [(c, span) for c, span, _m in found] == [("BP005", line)]


@pytest.mark.parametrize("line", ["{ 0 comments… add one now }", "{ 3 comments… read them below or add one }"])
def test_a_blog_theme_s_comment_count_with_its_call(line):
    # flagged alone: the paragraphs after it are not taken for comments
    found = _findings(_draft([line]))
    assert [(c, span) for c, span, _m in found] == [("BP005", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Three responses to “the crisis” stood out in the survey, officials said.",
        "Two thoughts on the budget",
        "Two comments about \"the plan\" were filed by the council on Monday.",
    ],
)
def test_story_lines_that_open_like_a_comment_heading(line):
    assert _findings(_draft([line])) == []


@pytest.mark.parametrize(
    "line",
    [
        "« previous story",
        "Displaying 1 - 5 of 9 << Previous | View All | Next >>",
        "Page 2 of 7",
    ],
)
def test_a_pager(line):
    found = _findings(_draft([line]))
    assert [(c, span) for c, span, _m in found] == [("BP003", line)]


@pytest.mark.parametrize(
    "line",
    ["Page 2 of the report says the budget is short", "Displaying 12 paintings of the river, the show opens on Friday."],
)
def test_story_lines_that_open_like_a_pager(line):
    assert _findings(_draft([line])) == []


def test_a_share_bar_with_the_newer_networks():
    line = "X Linkedin Facebook Reddit Email Bluesky"
    found = _findings(_draft([line]))
    assert [(c, span) for c, span, _m in found] == [("BP004", line)]


def test_a_lone_x_is_no_share_button():
    # "X" alone is a share button only beside other furniture (a letter, a list's mark)
    assert _findings(_draft(["X"])) == []
