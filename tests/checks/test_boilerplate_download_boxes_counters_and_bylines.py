"""A download box, a newsletter's confirmation, a platform's subscription footer, a hit counter, a
related link led by "More:"; and the story's own lines: a contributor's credit under the byline, a
staff title with no name, an address the story gives after "More:".  Written for the test, after
the shapes seen in unseen samples 70 and 71."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, between_paragraphs, codes_at, draft, flagged_lines, found_between_and_at_end, line_of


@pytest.mark.parametrize(
    "line, code",
    [
        ("Please provide us with your email address to download this resource", "BP008"),
        ("Your download is ready. Click here to download.", "BP008"),
        ("This article was published in the January/February 2021 issue of Birding magazine. Subscribe now.", "BP008"),
        ("Success! You’re on the list.", "BP004"),
        ("The Weekly Planet is a reader-supported publication. To receive new posts and support my work, "
         "consider becoming a free or paid subscriber.", "BP004"),
        ("Post new comment", "BP005"),
        ("The content of this field is kept private and will not be shown publicly.", "BP005"),
        ("844 Hits", "BP003"),
        ("3.5 | 7 reads | |", "BP003"),  # a list's rating and read counter beside each book (an unseen page)
        ("⏱️ Reading time: 12 minutes", "BP003"),
        ("Bookmark", "BP004"),
        ("banner", "BP003"),
        ("More: Killdeer are returning for the fall", "BP009"),
        ("CHECK OUT: The 5 Best Arcade Games From The 80s.", "BP009"),
        ("Notice: This article was published on April 21, 2019 and the content above may be out of date.", "BP008"),
        ("This page is not fully supported on Internet Explorer. We recommend using Chrome", "BP008"),
        ('Layout designed for best viewing on a "1024 x 768" screen.', "BP008"),
        ("Links to this post:", "BP005"),
        ("Upvotes", "BP005"),
    ],
)
def test_page_furniture_between_paragraphs_and_after_the_story(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize("line", ["844 Hits", "⏱️ Reading time: 12 minutes", "banner", "Follow this topic"])
def test_widgets_under_the_headline(line):
    assert codes_at(line, "top")


def test_related_links_led_by_more_in_a_series_story_are_flagged():
    links = [
        "More:For the Birds: How are birds surviving fire, hurricane",
        "More:For the Birds: Fall migration of the northern parula",
        "More:For the Birds: Killdeer are returning for the fall",
    ]
    text = draft(
        "For the Birds: Tracking migrant birds", "Sharon Sorenson",
        "How do scientists unravel the mystery of the places birds migrate to, journeys of sometimes "
        "thousands of miles twice a year?",
        "Early methods were simple: put bands on birds' legs and recapture them at their winter and summer homes.",
        "Since much migration takes place at night, observers watched for silhouettes across the moon.",
        *links,
        "Radar tracking, in use since the Second World War, has recently gained importance in the study of birds.",
    )
    assert {line_of(text, link) for link in links} <= flagged_lines(text)


@pytest.mark.parametrize("line", ["More: http://bookletpress.org", "Check out: the council's plan for the bridge is on its website."])
def test_an_address_or_a_sentence_after_the_label_is_the_story_s(line):
    text = between_paragraphs(line)
    assert line_of(text, line) not in flagged_lines(text)


@pytest.mark.parametrize("credit", ["Special to the Courier & Press", "Senior Home Affairs Correspondent"])
def test_a_contributor_s_credit_or_a_staff_title_under_the_headline_is_the_byline(credit):
    text = draft(HEADLINE, "Sharon Sorenson", credit, *PARAGRAPHS)
    assert line_of(text, credit) not in flagged_lines(text)


def test_the_writer_s_affiliation_under_the_byline_is_the_byline_s():
    text = draft(HEADLINE, "By Alesha Woods", "Rowan Public Library", *PARAGRAPHS)
    assert line_of(text, "Rowan Public Library") not in flagged_lines(text)


def test_an_exhibition_s_curator_between_paragraphs_is_the_story_s():
    text = between_paragraphs("Curated by Kaavous Clayton")
    assert line_of(text, "Curated by Kaavous Clayton") not in flagged_lines(text)


@pytest.mark.parametrize("line", ["Show parent comments", "Continue this thread", "Load more comments"])
def test_a_thread_s_buttons_between_its_comments_are_flagged(line):
    text = draft(
        HEADLINE, "244 comments sorted by", "View all comments", line,
        "u/TheNoize Jan 08 '20", "We need way more strikes in the US",
        "u/PotRoastMyDudes Jan 08 '20", "In the US they will just call the police to evict you",
    )
    assert line_of(text, line) in flagged_lines(text)


@pytest.mark.parametrize(
    "line, code",
    [
        ("Photo: loki11", "BP007"),  # a photo site's user name
        ("Photo: Carlos Davis via iPhone Savior", "BP007"),
        ("  • This field is for validation purposes and should be left unchanged.", "BP005"),
        ("Author Affiliations +", "BP003"),
        ("How to translate text using browser tools", "BP003"),
        ("Do you have a news, photo or video? Send us via", "BP004"),
        ("Jeff Greenberg/Universal Images Group via Getty Images", "BP007"),
        ("Jeremy Thompson, CC BY 2.0 via Wikimedia Commons", "BP007"),
        ("In other news...", "BP009"),
        ("If you enjoyed this post, please consider subscribing to the RSS feed to have future articles "
         "delivered to your feed reader.", "BP004"),
    ],
)
def test_credits_and_page_strings_of_samples_74_and_75(line, code):
    assert found_between_and_at_end(line, code)


def test_a_label_with_a_sentence_after_it_is_no_credit():
    text = between_paragraphs("Photos: see below for the full set from the meeting.")
    assert line_of(text, "Photos: see below for the full set from the meeting.") not in flagged_lines(text)


def test_an_address_ending_in_its_postcode_after_the_story_is_the_story_s():
    address = ["Cathedral Welcome Desk", "Chester Cathedral", "St Werburgh St", "Chester", "CH1 2DY"]
    text = "\n".join([HEADLINE, *PARAGRAPHS, "- Location", "-", *address]) + "\n"
    assert not {text.split("\n").index(a) + 1 for a in address} & flagged_lines(text)


@pytest.mark.parametrize(
    "line, code",
    [
        ("Page contents", "BP003"),
        ("Search for other papers by Tom Douglass in", "BP003"),
        ("Get eTOC alerts", "BP003"),
        ("Internet Explorer 11 is not supported", "BP008"),
        ("For optimal browsing, we recommend Chrome, Firefox or Safari browsers.", "BP008"),
        ("Advertiser Disclosure", "BP008"),  # sample 76
        ("How We Make Money", "BP008"),
        ("Our website is temporarily unavailable in your location.", "BP008"),
        ("Necessary cookies are required to enable the basic features of this site, such as providing "
         "secure log-in or adjusting your consent preferences.", "BP008"),  # sample 79
        ("Analytical cookies are used to understand how visitors interact with the website.", "BP008"),
        ("Watch more of our videos on Shots!", "BP004"),
    ],
)
def test_page_strings_of_samples_76_to_79(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize("line", ["Last updated: 25/04/2024", "Last updated on 20/11/2023"])
def test_a_stamp_with_a_numeric_date_under_a_label_is_the_story_s_date_line(line):
    text = draft(HEADLINE, "Indicator", line, *PARAGRAPHS)
    assert line_of(text, line) not in flagged_lines(text)


def test_a_paper_s_authors_with_their_institution_are_the_paper_s():
    authors = ["Tom Douglass University of Birmingham, UK", "Shazia Zafar University of Birmingham, UK"]
    box = ["Search for other papers by Tom Douglass in", "Current site", "Google Scholar", "Close"]
    text = "\n".join([HEADLINE, "Authors:", authors[0], *box, ",", authors[1], *box, *PARAGRAPHS]) + "\n"
    found = flagged_lines(text)
    rows = text.split("\n")
    assert not {i for i, t in enumerate(rows, 1) if t in authors} & found
    assert {i for i, t in enumerate(rows, 1) if t == box[0]} <= found
