"""Widgets an extractor copies out of the middle of a page: the "... more" / "less" toggles of a
truncated caption, the "More" button of a share bar, and a CMS shortcode that was never rendered
("[button link=...] Send us your reviews[/button]"); an "Ad" marker, a table-of-contents box, the
title of an archive page, a menu list opening with "Home", a reading time after a separator; a
player's or a page's "not available" notice, a logo's image text, a video link, an embed box, a
comment section's rules and a feedback button."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, between_paragraphs

CAPTION = "Councillors vote on the budget at the town hall on Monday evening, as residents look on"


def _findings(text: str) -> list[tuple[int, str, str]]:
    res = lint_text(text, path="a.txt", select=BP)
    return [(d.line, d.code, text[d.start : d.end]) for d in res.diagnostics]


def _draft(middle: list[str]) -> str:
    return between_paragraphs(*middle)


@pytest.mark.parametrize("toggle", ["... more", "…more", "… More", "less", "Show less", "See less"])
def test_a_captions_toggle_in_mid_story_is_flagged(toggle):
    text = _draft([CAPTION, toggle])
    assert [(code, span) for _line, code, span in _findings(text)] == [("BP003", toggle)]


def test_the_toggle_is_named_as_a_button():
    res = lint_text(_draft([CAPTION, "less"]), path="a.txt", select=BP)
    assert res.diagnostics[0].message.startswith("'more' or 'less' button")


def test_a_shortcode_is_to_be_removed_not_restored():
    res = lint_text(_draft(['[gallery ids="12,13,14"]']), path="a.txt", select=BP)
    assert res.diagnostics[0].message.startswith("Unrendered shortcode '[gallery ids=")
    assert res.diagnostics[0].message.endswith(": remove it.")


def test_a_bare_more_is_flagged_only_beside_other_furniture():
    # alone in mid-story a one-word line "More" may be a heading; beside a share bar it is its button
    assert _findings(_draft(["More"])) == []
    text = "\n\n".join([HEADLINE, "AddThis Sharing Buttons", "More", *PARAGRAPHS]) + "\n"
    assert [span for _line, _code, span in _findings(text)] == ["AddThis Sharing Buttons", "More"]


@pytest.mark.parametrize(
    "prose",
    [
        "More or less, the plan is the same as last year's.",
        "Less than half of the residents voted.",
        "More money for schools",
    ],
)
def test_prose_with_the_toggle_words_is_not_flagged(prose):
    assert _findings(_draft([prose])) == []


@pytest.mark.parametrize(
    "shortcode",
    [
        '[button link="http://www.example.co.uk/submit-kit-review/" type="big" newwindow="yes"] Send us YOUR kit reviews[/button]',
        "[button link=”http://www.example.co.uk/submit/” type=”big”] Send us YOUR kit reviews",
        '[caption id="attachment_512" align="alignleft" width="300"]',
        "[/caption]",
        '[gallery ids="12,13,14"]',
        "[custom_adv]",  # no attributes, but a name no editor writes (an unseen page)
        "  [ad_slot_2] ",
    ],
)
def test_an_unrendered_shortcode_on_a_line_of_its_own_is_flagged(shortcode):
    found = _findings(_draft([shortcode]))
    assert [(code, span) for _line, code, span in found] == [("BP011", shortcode.strip())]


def test_a_shortcode_inside_a_sentence_is_flagged_alone():
    line = 'The mayor said [embed width="600"] the vote was a good day for the town.'
    text = _draft([line])
    assert [(code, span) for _line, code, span in _findings(text)] == [("BP011", '[embed width="600"]')]


@pytest.mark.parametrize(
    "prose",
    [
        "The judge said Legg \"shall not possess or use a computer, [or] access the internet\".",
        "Samsung adopted as its number one goal to [redacted] in the smartphone market.",
        "“Even textbooks of [gastrointestinal] medicine had no idea what these cells did,” he said.",
        "The list is in [square brackets] and [a=b] is an equation.",
        "The file was named [draft] and the folder [final_2] was empty.",
        "The mayor said the [council_tax] would rise.",
        # a forum post's markup around its own link or words (an unseen page): the link is there
        "[url]http://video.google.com/videoplay?docid=-4488122229555882088&q=aled+owen[/url]",
        "Watch [url=http://example.com/trial]the championship round[/url] from the start.",
        "That was [b]not[/b] the rule at the trial.",
    ],
)
def test_an_editors_brackets_are_not_shortcodes(prose):
    assert _findings(_draft([prose])) == []


@pytest.mark.parametrize(
    "line, named",
    [
        ("Advert", "Advertising marker"),
        ("Werbung", "Advertising marker"),
        ("This slideshow requires JavaScript.", "Notice of a script that did not run"),
        ("Subscribe to continue reading", "Paywall or subscription notice"),
    ],
)
def test_a_page_notice_is_named_for_what_it_is(line, named):
    res = lint_text(_draft([line]), path="a.txt", select=BP)
    assert [d.code for d in res.diagnostics] == ["BP008"]
    assert res.diagnostics[0].message.startswith(named)


@pytest.mark.parametrize(
    "label",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Tags: budget, schools, council.",
        "Filed under: Local news, Politics, Schools.",
    ],
)
def test_a_list_label_leads_its_list_however_the_list_ends(label):
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, label]) + "\n"
    assert [span for _line, _code, span in _findings(text)] == [label]


@pytest.mark.parametrize(
    "prose",
    [
        "The topics: housing, schools and the river bridge.",
        "Our standards have slipped, the mayor said on Monday.",
    ],
)
def test_a_sentence_with_a_colon_is_not_a_list_label(prose):
    assert _findings(_draft([prose])) == []


@pytest.mark.parametrize("marker", ["Ad", "AD", "Advertisement"])
def test_an_advertising_marker_alone_in_mid_story_is_flagged(marker):
    res = lint_text(_draft([marker]), path="a.txt", select=BP)
    assert [(d.code, d.message.split(",")[0]) for d in res.diagnostics] == [("BP008", "Advertising marker")]


def test_a_table_of_contents_and_its_entries_are_one_finding():
    toc = ["Table of Contents", "- 1. What the council decided", "- 2. What happens next", "- 3. Frequently Asked Questions"]
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0]]) + "\n\n" + "\n".join(toc) + "\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP003", 5, 8)]
    assert res.diagnostics[0].message.startswith("Table of contents (4 lines)")


def test_the_storys_first_section_under_its_contents_at_the_top_is_the_storys():
    """A contents box opening the page, then the story's first section heading, which repeats the
    box's first entry ("- Introduction" / "Introduction"): the box is the page's, the heading the
    story's, though the box's entries and the heading make a run of labels like a menu."""
    toc = ["Table of Contents", "- Introduction", "- What the council decided", "- What happens next",
           "- Who pays for it", "- The bridge", "- The schools", "- Conclusion"]
    text = "\n".join(toc) + "\n\n" + "\n\n".join(["Introduction", *PARAGRAPHS]) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    flagged = {ln for d in res.diagnostics for ln in range(d.line, d.end_line + 1)}
    assert set(range(1, len(toc) + 1)) <= flagged
    assert len(toc) + 2 not in flagged


@pytest.mark.parametrize(
    "heading",
    ["Tag Archives: TV renewal", "Posts Tagged ‘Kuala Lumpur’", "Archive for the ‘Politics’ Category",
     "Category Archives: World", "Posts tagged with: budget"],
)
def test_the_title_of_an_archive_page_is_flagged(heading):
    res = lint_text(_draft([heading]), path="a.txt", select=BP)
    assert [d.code for d in res.diagnostics] == ["BP003"]
    assert res.diagnostics[0].message.startswith("Heading of a tag or category archive page")


@pytest.mark.parametrize("prose", ["Posts tagged as misleading were removed within an hour, the company said.", "Archive for sale"])
def test_prose_that_opens_like_an_archive_title_is_not_one(prose):
    res = lint_text(_draft([prose]), path="a.txt", select=BP)
    assert not any(d.message.startswith("Heading of a tag") for d in res.diagnostics)


def test_a_list_opening_the_draft_with_home_is_the_sites_menu():
    crumbs = ["• Home", "  • Politics", "  • Council approves budget for new schools"]
    text = "\n".join(crumbs) + "\n\n" + "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n"
    assert [(code, line) for line, code, _span in _findings(text)] == [("BP003", 1)]
    res = lint_text(text, path="a.txt", select=BP)
    assert res.diagnostics[0].end_line == 3
    # a list of the story's own that opens with the word is no menu
    own = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\nWhere the money goes:\n\n• Home care\n• Schools\n"
    assert _findings(own) == []


@pytest.mark.parametrize("line", ["- 4 min read", "• 4 min read", "| Listen · 4 min"])
def test_a_reading_time_after_a_separator_is_flagged(line):
    assert [code for _l, code, _s in _findings(_draft([line]))] == ["BP003"]


@pytest.mark.parametrize(
    "line, code, named",
    [
        ("This video is no longer available.", "BP008", "Notice of a video or page that did not load"),
        ("The content you requested does not exist or is not available anymore.", "BP008", "Notice of a video or page"),
        ("Page not found", "BP008", "Notice of a video or page"),
        ("Medscape UK Univadis Logo", "BP003", "Site logo"),
        ("Jury returns guilty verdict in murder case »Play Video", "BP009", "Link to a video"),
        ("Report Inaccuracy", "BP005", "Login or comment-form prompt"),
        ("Please familiarise yourself with our comments policy", "BP005", "Login or comment-form prompt"),
        ("To embed this post, copy the code below on your site", "BP004", "Share or subscribe prompt"),
    ],
)
def test_players_logos_embeds_and_comment_rules(line, code, named):
    res = lint_text(_draft([line]), path="a.txt", select=BP)
    assert [(d.code, d.message.startswith(named)) for d in res.diagnostics] == [(code, True)]


@pytest.mark.parametrize(
    "prose",
    [
        "The video is no longer available on YouTube after complaints from viewers, the company said.",
        "This page was not found in the archive until 2019, when a librarian spotted it.",
        "The council unveiled a new logo for the town on Monday, to mixed reviews from residents.",
    ],
)
def test_sentences_about_removed_videos_and_logos_are_prose(prose):
    assert _findings(_draft([prose])) == []
