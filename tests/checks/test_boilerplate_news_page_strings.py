"""Page leftovers of news sites no test knew, from the first news samples (50 and 51): a comment
section's closed notice, a newsletter box's form and small print, a paywalled archive's note, an ad
box's label, a tag line with its tags gone, a time stamp with its date gone, a heading over other
stories, a broadcaster's promotion, and sentences whose link was their last word ("Read more on
bird flu cases and prevention here.").  Written for the test, after the shape of such pages; the
story's own sentences of the same words are not flagged."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, findings_at, flagged_lines, line_of


@pytest.mark.parametrize("where", ["top", "end"])
@pytest.mark.parametrize(
    "line, code, what",
    [
        ("Sorry we are not currently accepting comments on this article.", "BP005", "comment"),
        ("Please select at least one mailing list.", "BP004", "subscribe"),
        ("You can unsubscribe at any time by clicking the link in the footer of our emails.", "BP004", "subscribe"),
        ("Keep up-to-date with our exclusive email newsletters.", "BP004", "subscribe"),
        ("This content has been archived. It is available through our partners, LexisNexis and Bloomberg Law.", "BP008", "archive"),
        ("To view this content, please continue to their sites.", "BP008", "paywall"),
        ("Not a Lexis Subscriber?", "BP004", "subscription"),
        ("Why am I seeing this?", "BP008", "advertising"),
        ("Technorati Tags: ,", "BP003", "tag"),
        ("Keyword: patent litigation", "BP003", "tag"),
        ("More stories about metals", "BP009", "other stories"),
        ("Where next?", "BP009", "other stories"),
        ("Updated", "BP003", "time-stamp"),
        ("- Published", "BP003", "time-stamp"),
        (
            "Listen to highlights from the county on BBC Sounds, watch the latest episode of Look North or "
            "tell us about a story you think we should be covering.",
            "BP004",
            "share",
        ),
        ("Read more on bird flu cases and prevention here.", "BP011", "link"),
        ("You can watch a video we took at a previous protest here.", "BP011", "link"),
        ("Details of the scheme can be found here.", "BP011", "link"),
        ("More details at", "BP011", "link"),
        ("Rules & Information Click Here", "BP011", "click here"),
        ("Click here", "BP011", "click here"),
        ("Send your comment :", "BP005", "comment"),
        ("Pupils ENGPPP00120130613143337", "BP007", "code"),  # a picture's alt text and its code
        ("MORE: 112,000 Chevrolet Cruze compact cars recalled over potential fuel leak", "BP009", "other stories"),
    ],
)
def test_news_page_strings(line, code, what, where):
    found = findings_at(line, where)
    assert [c for c, _ in found] == [code], found
    assert what in found[0][1].lower(), found


@pytest.mark.parametrize(
    "line",
    [
        "The council will read the list here.",  # the verb is the story's, no reader's instruction
        "Fossils can be found here.",  # what is found here is no document
        "The festival has been held here every summer since 1972.",
        "Residents who want to keep up to date can attend the meetings, the mayor said.",
        "MORE: The council said it would review the plan in the spring.",  # a sentence, not a headline
    ],
)
def test_the_story_s_sentences_with_those_words(line):
    assert findings_at(line, "end") == []


def test_a_time_stamp_over_its_date_is_the_story_s():
    text = draft(HEADLINE, "Published", "12 March 2024", *PARAGRAPHS)
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("ending", ["below.", "below for ease of reference:"])
def test_a_list_said_to_be_below_the_last_line_is_missing(ending):
    line = "The official results were posted on the council website, and are reproduced " + ending
    text = draft(HEADLINE, *PARAGRAPHS, line)
    assert line_of(text, line) in flagged_lines(text)
    # ... and is the story's when the list is there
    text = draft(HEADLINE, *PARAGRAPHS, line, "Hill ward: Jane Hart (Labour), 1,204 votes")
    assert line_of(text, line) not in flagged_lines(text)


def test_a_video_introduced_by_what_it_shows_is_missing_when_the_story_goes_on():
    intro = "This video explains what people can expect when they arrive at the recycling centre:"
    text = draft(HEADLINE, *PARAGRAPHS[:2], intro, *PARAGRAPHS[2:])
    assert line_of(text, intro) in flagged_lines(text)


def test_a_link_still_in_the_markdown_is_no_dangling_reference():
    from newslint.api import lint_text

    text = draft(HEADLINE, *PARAGRAPHS, "Read more on the budget [here](https://example.com/budget).",
                 "[Rules and information click here](https://example.com/rules)")
    found = [d for d in lint_text(text, path="a.md").diagnostics if d.code == "BP011"]
    assert found == []


DATED = [
    "- Oga Obinna Breaks Silence on Breaking Ranks - November 21, 2024",
    "- Why Nairobi Senator Wants Parliament Dissolved - November 20, 2024",
    "- Public Trust is Important. Why Something is not Right - November 19, 2024",
]


@pytest.mark.parametrize("where", ["top", "end"])
def test_dated_headlines_with_their_bullets_printed_are_other_stories(where):
    text = draft(*DATED, HEADLINE, *PARAGRAPHS) if where == "top" else draft(HEADLINE, *PARAGRAPHS, *DATED)
    assert {line_of(text, d) for d in DATED} <= flagged_lines(text)


def test_a_tag_line_under_a_byline_label_with_its_name_lost_is_no_name():
    text = draft(HEADLINE, *PARAGRAPHS, "December 27, 2005 9:54 AM", "Posted By:", "Categories: Law")
    assert flagged_lines(text) == {line_of(text, "Categories: Law")}


@pytest.mark.parametrize("line", ["Lisa the Editor", "Tom Hart, Editor", "Jane, Club Secretary"])
def test_the_writer_signing_with_a_role_under_the_text_is_the_story_s(line):
    assert findings_at(line, "end") == []


def test_the_text_s_source_named_over_it_is_no_slogan():
    assert findings_at("Source: Lake Geneva Regional News", "top") == []
