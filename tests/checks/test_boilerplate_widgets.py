"""Widgets an extractor copies out of the middle of a page: the "... more" / "less" toggles of a
truncated caption, the "More" button of a share bar, and a CMS shortcode that was never rendered
("[button link=...] Send us your reviews[/button]")."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS

CAPTION = "Councillors vote on the budget at the town hall on Monday evening, as residents look on"


def _findings(text: str) -> list[tuple[int, str, str]]:
    res = lint_text(text, path="a.txt", select=BP)
    return [(d.line, d.code, text[d.start : d.end]) for d in res.diagnostics]


def _draft(middle: list[str]) -> str:
    return "\n\n".join([HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *middle, PARAGRAPHS[2], PARAGRAPHS[3]]) + "\n"


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
    ],
)
def test_an_unrendered_shortcode_on_a_line_of_its_own_is_flagged(shortcode):
    found = _findings(_draft([shortcode]))
    assert [(code, span) for _line, code, span in found] == [("BP011", shortcode)]


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
