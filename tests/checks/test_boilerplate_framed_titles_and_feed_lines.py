"""Leftovers of news pages from sample 54 (defence and security news): the page's title over the
headline, with the site's name after a separator or a breadcrumb's steps run in before it; a
feed's "The post ... appeared first on ..." footer; an archive's note of a story's age; a
time-stamp label whose dates were lost over the first paragraph; a box of what other readers
read; the plural of a comment box's prompt; a widget that did not load; an aggregator's note.
And what stays the story's: a reporter's sign-off after a dash, the desk's "compiled from agency
reports", a longer title of the story that goes on in its own words.  Written for the test, after
the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, findings_at, flagged_lines, line_of


@pytest.mark.parametrize(
    "first, what",
    [
        (HEADLINE + " • The Town Herald", "page title"),
        (HEADLINE + " | Town Herald - Latest Town News", "page title"),
        ("Council Approves Budget For New Schools – The Herald", "page title"),  # case and dash differ
        ("News Local " + HEADLINE, "breadcrumb"),
        ("Home Politics " + HEADLINE, "breadcrumb"),
    ],
)
def test_the_page_title_framing_the_headline_is_the_page_s(first, what):
    from newslint.api import lint_text

    text = draft(first, HEADLINE, *PARAGRAPHS)
    found = [d for d in lint_text(text, path="a.txt").diagnostics if d.line == 1 and d.code.startswith("BP")]
    assert [d.code for d in found] == ["BP003"], found
    assert what in found[0].message.lower()
    assert line_of(text, HEADLINE) not in flagged_lines(text)  # the headline itself stays


@pytest.mark.parametrize(
    "first",
    [
        HEADLINE,  # the same title twice
        HEADLINE + " - two schools and a bridge to be built",  # a longer title goes on in its own words
        HEADLINE + ": what it means for parents",
        HEADLINE + ": Which Schools Will Gain",  # a subtitle after a colon, in title case
        HEADLINE + " - Which Schools Gain?",  # a site's name asks nothing
        "After a long debate, " + HEADLINE.lower(),  # words before it that are no breadcrumb
    ],
)
def test_a_title_of_the_story_itself_is_not_framed(first):
    text = draft(first, HEADLINE, *PARAGRAPHS)
    assert 1 not in flagged_lines(text)


@pytest.mark.parametrize(
    "line, code, what",
    [
        ("The post Council approves budget for new schools appeared first on Town Herald.", "BP001", "feed"),
        ("This was published 20 years ago", "BP008", "age"),
        ("This article was published more than 5 years ago.", "BP008", "age"),
        ("Add your comments below...", "BP005", "comment"),
        ("We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.", "BP008", "notice"),
        ("Disclaimer: This story is auto aggregated by a computer programme and has not been created or edited by the Herald.", "BP008", "notice"),
        ("View on Wikipedia", "BP003", "navigation"),
        ("Newer posts are loading.", "BP003", "navigation"),
    ],
)
def test_news_page_lines(line, code, what):
    found = findings_at(line, "end")
    assert [c for c, _ in found] == [code], found
    assert what in found[0][1].lower(), found


@pytest.mark.parametrize(
    "line",
    [
        "The post of treasurer appeared first on the agenda, and was filled by a vote.",  # no feed's footer
        "The story was published 20 years ago in the Herald, and the mayor still keeps a copy.",
        "Councillors were asked to add your comments to the consultation, one resident said.",
    ],
)
def test_the_story_s_sentences_with_those_words(line):
    assert findings_at(line, "end") == []


def test_a_box_of_what_other_readers_read_is_other_stories():
    items = [
        "- You're vaccinated? Here's why you should still wear a mask",
        "- Anxiety and depression up by 30% during the pandemic",
        "- County authorities call off search after finding body",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "What other people are reading right now:", "\n".join(items))
    assert {line_of(text, "What other people are reading right now:")} | {line_of(text, i) for i in items} <= flagged_lines(text)


def test_a_time_stamp_label_over_the_first_paragraph_lost_its_dates():
    # the paragraph names a day and a number, but is no date
    first = "Councillors met on Thursday, and at least 10 of them spoke against the plan before the vote."
    text = draft(HEADLINE, "Published: Updated:", first, *PARAGRAPHS)
    assert line_of(text, "Published: Updated:") in flagged_lines(text)
    assert line_of(text, first) not in flagged_lines(text)


@pytest.mark.parametrize("line", ["—Mushtaq Yusufzai", "– Ann Lee", "compiled from agency reports", "(With inputs from agencies)", "With agency inputs"])
def test_the_reporter_s_sign_off_and_the_desk_s_credit_are_the_story_s(line):
    assert findings_at(line, "end") == []


def test_a_section_label_above_the_sign_off_is_still_the_page_s():
    text = draft(HEADLINE, *PARAGRAPHS, "IN-DEPTH", "—Mushtaq Yusufzai")
    assert flagged_lines(text) == {line_of(text, "IN-DEPTH")}


# -- from sample 55 (sport, culture, science and business news) ----------------------------------


@pytest.mark.parametrize(
    "line, what",
    [
        ("#Musician #Band #Canceled #Tour", "hashtags"),
        ("StreamingBudgetingEntertainmentSubscription Savings", "run together"),
        ("2015 Garland Texas ShootingElton SimpsonISISNadir SoofiMakes Statement", "run together"),
        ("Source link", "navigation"),
        ("Learn more: PMC Disclaimer | PMC Copyright Notice", "navigation"),
    ],
)
def test_tag_boxes_and_feed_links(line, what):
    found = findings_at(line, "end")
    assert [c for c, _ in found] == ["BP003"], found
    assert what in found[0][1].lower(), found


@pytest.mark.parametrize(
    "line",
    [
        "YouTube and WordPress sites",  # a brand's capitals join its parts once
        "#1 in the league",  # one figure, no hashtags
    ],
)
def test_brands_and_figures_are_no_tag_boxes(line):
    # (a short line after the story may still be a link by where it stands: not a tag box)
    for where in ("top", "end"):
        assert not any("run together" in m.lower() or "hashtag" in m.lower() for _c, m in findings_at(line, where))


def test_a_hard_wrapped_line_with_a_box_s_words_is_the_paragraph_s():
    lines = [
        "Jeannette, who has no apparent connection to Kate, goes from being a clumsy girl to the",
        "most popular girl in town before becoming the most hated person in",
        "the United States, and each episode is told from the point of view of one of the girls.",
    ]
    text = draft(HEADLINE, *PARAGRAPHS[:2], "\n".join(lines), *PARAGRAPHS[2:])
    assert flagged_lines(text) == set()


REVIEWS = [
    ("Review: Birdsong", "If you think on peace in these distracted times, love theatre, then this will thrill you."),
    ("Review: The Gift", "How far you would go to pursue vengeance, asks just such questions of how we live."),
    ("Review: Macbeth", "A bold imagining of the Scottish play in a Scottish venue deep in the heart of theatre."),
    ("Review: Cymbeline", "One of the most uneven of late plays, its heights have to be seen in this production."),
]


def test_a_listing_page_of_labelled_titles_and_their_teasers_is_other_stories():
    text = "\n".join(line for pair in REVIEWS for line in pair) + "\n"
    assert flagged_lines(text) == set(range(1, 2 * len(REVIEWS) + 1))


def test_labels_over_several_paragraphs_are_the_story_s_sections():
    # a live blog's updates, each over more than one paragraph, and a story's labelled parts
    blocks = [HEADLINE]
    for k in range(3):
        blocks += [f"Update: councillors vote on part {k + 1}", PARAGRAPHS[k], PARAGRAPHS[k + 1]]
    text = draft(*blocks)
    assert flagged_lines(text) == set()
