"""A wire desk's sign-off with its sources, a breaking story's "More to follow", a date in another
language, the page's title over the article's headline, and the furniture of a few widely used
templates: a public radio station's player, a Blogger label page's header, a PubMed record's index
terms, "You might like", a credit signed "AFP/GettyImages"."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, codes_at, draft, flagged_lines, line_of, lines_from


@pytest.mark.parametrize("line", ["mkg/hc (Reuters, AFP, dpa, AP)", "ri/sms (AP, Reuters)", "jsi/fb (dpa, KNA)"])
def test_a_desks_initials_with_its_wires_sign_the_story_off(line):
    assert codes_at(line, "end") == []


def _unit(text: str):
    from newslint.checks.boilerplate.units import build_units
    from newslint.document import read_document

    return build_units(read_document(text + "\n", "a.txt"))[0]


def test_initials_with_a_non_wire_in_brackets_are_no_sign_off():
    from newslint.checks.boilerplate import newsroom

    assert newsroom.end_mark(_unit("mkg/hc (Reuters, AFP, dpa, AP)"))
    assert not newsroom.end_mark(_unit("mkg/hc (Reuters, Facebook)"))
    assert not newsroom.end_mark(_unit("News/World (Europe, Asia)"))


@pytest.mark.parametrize("line", ["More to follow", "More to follow.", "This is a developing story.", "(Developing)"])
def test_a_breaking_storys_note_that_more_is_coming_is_the_storys(line):
    assert codes_at(line, "end") == []


def test_more_stories_after_the_story_is_still_the_pages():
    assert codes_at("More stories", "end") != []


@pytest.mark.parametrize("date", ["30 octombrie 2020", "5 martie 2021", "12 März 2021"])
def test_a_date_in_another_language_over_the_headline_is_the_storys(date):
    assert flagged_lines(draft(date, HEADLINE, *PARAGRAPHS)) == set()


def test_a_section_name_over_the_headline_is_still_the_pages():
    text = draft("Politics", HEADLINE, *PARAGRAPHS)
    assert flagged_lines(text) == {1}


TALKS = [
    "Negotiators from Qatar, Egypt and the United States met again on Monday, but the ceasefire talks "
    "stalled over the order of hostage releases.",
    "Both sides say they want a ceasefire, yet they cannot agree on its terms, officials said, and the "
    "mediators are running out of patience.",
    "The next round of talks is due in Cairo later this month, diplomats said.",
]


def test_the_pages_title_sharing_a_phrase_with_the_headline_is_the_storys():
    # the SEO title over the article's own headline: "Middle East Ceasefire Talks" is in both
    title = "Middle East Ceasefire Talks Are Falling Apart — Here Is What You Need to Know"
    headline = "Here Is Exactly What Has Gone Wrong With the Middle East Ceasefire Talks"
    assert flagged_lines(draft(title, headline, *TALKS)) == set()


@pytest.mark.parametrize(
    "above", ["New Schools Minister Named In Reshuffle Today", "What The Budget Means For Hospitals And Roads"]
)
def test_another_storys_headline_sharing_a_word_or_two_is_still_the_pages(above):
    # "new schools" and "the budget": two words in a row, or one topic word, are no shared phrase
    text = draft(above, HEADLINE, *PARAGRAPHS)
    assert line_of(text, above) in flagged_lines(text)


def test_you_might_like_after_the_story_is_a_related_label():
    assert codes_at("You might like", "end") == ["BP009"]


@pytest.mark.parametrize("counter", ["0:00", "0:00 / 3:45"])
def test_a_players_time_counter_is_the_pages(counter):
    assert codes_at(counter, "top") == ["BP003"]


def test_a_programmes_time_is_no_counter():
    assert codes_at("10:00", "end") == []


def test_a_public_radio_stations_player_over_the_story_is_the_pages():
    player = ["Play Live Radio", "Next Up:", "0:00", "0:00 0:00", "Available On Air Stations"]
    text = "\n".join(player) + "\n\n" + draft(HEADLINE, *PARAGRAPHS)
    assert flagged_lines(text) == set(range(1, len(player) + 1))


def test_a_blogger_label_pages_header_is_the_pages():
    header = [
        "skip to main |", "skip to sidebar",
        "Showing posts with label", "Philadelphia International Airport.", "Show all posts",
        "Showing posts with label", "Philadelphia International Airport.", "Show all posts",
    ]
    text = "\n".join(header) + "\n\n" + draft(HEADLINE, *PARAGRAPHS)
    assert flagged_lines(text) == set(range(1, len(header) + 1))


def test_a_pubmed_records_index_terms_are_a_tag_list():
    # terms of the story's own words ("Schools", "Budgets"): the labels make them the page's index
    terms = draft(
        "Publication types", "  • News\n  • Local Government Report",
        "MeSH terms",
        "  • Schools / economics*\n  • Budgets / organization & administration*\n  • Bridges / repair*\n"
        "  • Local Government\n  • Town Councils\n  • United Kingdom",
    )
    story = draft(HEADLINE, "Abstract", " ".join(PARAGRAPHS))
    text = story + "\n" + terms
    found = flagged_lines(text)
    assert lines_from(text, "Publication types", "  • United Kingdom") <= found
    assert min(found) > story.count("\n")


def test_a_credit_signed_afp_gettyimages_is_the_pages():
    text = between_paragraphs("AFP/GettyImages")
    assert flagged_lines(text) == {line_of(text, "AFP/GettyImages")}


@pytest.mark.parametrize("first, second", [("Step 1: Know your balance", "Step 2: Get your money"), ("Step 1: Know your rights", "Step 2: Write to them")])
def test_numbered_steps_between_paragraphs_are_the_storys_parts(first, second):
    text = draft(HEADLINE, PARAGRAPHS[0], first, PARAGRAPHS[1], PARAGRAPHS[2], second, PARAGRAPHS[3])
    assert flagged_lines(text) == set()


def test_a_lone_numbered_heading_sharing_nothing_is_still_the_pages():
    text = between_paragraphs("Step 1: Know your balance")
    assert flagged_lines(text) == {line_of(text, "Step 1: Know your balance")}


@pytest.mark.parametrize("line", ["article cover", "The Simpsons/Fox via Giphy", "Reaction GIF via Tenor"])
def test_a_pictures_placeholder_or_an_animated_pictures_credit_is_the_pages(line):
    text = between_paragraphs(line)
    assert flagged_lines(text) == {line_of(text, line)}


def test_a_sentence_that_came_via_a_library_is_the_storys():
    line = "The council said the pictures of the flooded bridge were shared widely via Imgur"
    assert flagged_lines(between_paragraphs(line)) == set()


def test_an_invitation_to_one_of_the_site_s_newsletters_is_a_prompt():
    assert codes_at("Sign up for one of our email newsletters.", "top") == ["BP004"]


@pytest.mark.parametrize(
    "line",
    [
        "We may earn a commission from links on this page.",
        "This post contains affiliate links.",
        "As an Amazon Associate I earn from qualifying purchases.",
    ],
)
def test_a_shop_link_s_disclosure_is_a_notice_and_says_so(line):
    from council_story import findings_at

    assert findings_at(line, "top") == [("BP008", "Affiliate-link disclosure, left over from the web page: remove it.")]


def test_a_story_about_commissions_is_the_storys():
    assert flagged_lines(between_paragraphs("The agents said they earn a commission from every sale, and that the scheme paid well.")) == set()


@pytest.mark.parametrize("line, code", [("Jump to heading", "BP003"), ("How can we improve this page?", "BP005")])
@pytest.mark.parametrize("where", ["top", "end"])
def test_a_page_s_anchor_and_its_feedback_question_are_flagged(line, code, where):
    assert codes_at(line, where) == [code]


@pytest.mark.parametrize(
    "line, code",
    [
        ("Was this information useful?", "BP005"),
        ("Create a display name to comment", "BP005"),
        ("This name will appear with your comment", "BP005"),
        ("Your browser appears to have cookies disabled. For the best experience of this website, please enable cookies in your browser.", "BP008"),
        ("For the best possible experience using our website we recommend you upgrade to a newer version or another browser.", "BP008"),
        ("You should also read…", "BP009"),
        ("Continue reading at the Times Free Press.", "BP009"),
        ("More on the story here.", "BP009"),
        ("More here .", "BP009"),
    ],
)
def test_page_furniture_found_in_the_sixty_fifth_sample(line, code):
    assert codes_at(line, "end") == [code]


def test_continue_reading_in_a_sentence_is_the_storys():
    assert flagged_lines(between_paragraphs("Continue reading at home, the teacher told the class.")) == set()


@pytest.mark.parametrize("byline", ["Blog by: Daniel Martell", "Column by Ann Lee"])
def test_a_blog_s_or_a_column_s_byline_opening_the_draft_is_the_storys(byline):
    assert flagged_lines(draft(byline, *PARAGRAPHS)) == set()


def test_a_subscription_offer_goes_on_to_stay_informed():
    offer = "Subscribe to our newsletter for the latest insights and trends from around the world. Stay informed and elevate your understanding of the issues that matter."
    assert codes_at(offer, "end") == ["BP004"]


def test_a_newsletter_form_s_consent_line_is_a_form_prompt():
    assert codes_at("By registering for the newsletter, you agree to the Privacy Policy.", "end") == ["BP005"]
