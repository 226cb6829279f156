"""A text cut at a fixed length (a scraper's field, a search tool's excerpt) stops in mid-word or
mid-sentence under its last paragraph: that line is the story's, not the headline of another story
or a link.  Another story's headline after the story, and a cut line under a list of them, are
still flagged.  Written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of


@pytest.mark.parametrize(
    "cut",
    [
        "Councillor Jane Hart, the scheme's project manager, sa",  # a lower-case word no dictionary knows
        "The new opening hours will be reviewed by the library board in the",  # a word a sentence goes on after
        "The sessions are n",  # a letter
        "The sessions will be held in three or more villages wo",  # two letters that end no sentence
        "It is now at the county museum and took part in the 1967 memorial flight. The p",  # a second sentence begun
        "The fund supports more than 2,000 families across the county every year, providing",  # a clause after a comma
        "In",  # a sentence's first word alone
    ],
)
def test_the_last_paragraph_cut_short_is_the_story_s(cut):
    text = draft(HEADLINE, *PARAGRAPHS, cut)
    assert line_of(text, cut) not in flagged_lines(text)


def test_a_subheading_over_a_paragraph_cut_after_its_first_word_is_the_story_s():
    # "Proposed legislative changes: ..." / "In" (an unseen page, cut by the search tool)
    heading = "Proposed changes to the school budget plan"
    text = draft(HEADLINE, *PARAGRAPHS, heading, "In")
    assert flagged_lines(text) & {line_of(text, heading), line_of(text, "In")} == set()


@pytest.mark.parametrize("label", ["Next", "More", "Home"])
def test_a_small_word_that_is_a_label_alone_is_no_cut_sentence(label):
    from newslint.checks.boilerplate.structure import stops_short

    assert not stops_short(label)


@pytest.mark.parametrize("other", ["Man arrested after crash on the bypass", "Village fete returns to Church Green"])
def test_another_story_s_headline_after_the_story_is_still_flagged(other):
    text = draft(HEADLINE, *PARAGRAPHS, other)
    assert line_of(text, other) in flagged_lines(text)


def test_a_cut_line_under_a_list_of_other_stories_goes_with_the_list():
    others = ["Related stories", "Man arrested after crash on the bypass", "Village fete returns to Church Green",
              "School bus routes cut as drivers leave the"]
    text = draft(HEADLINE, *PARAGRAPHS, *others)
    assert {line_of(text, o) for o in others[1:]} <= flagged_lines(text)


@pytest.mark.parametrize(
    "line, short",
    [
        ("One of the tricks involved in getting peopl", True),
        ("Cataloged in", False),  # a label's two words
        ("Домашние животные", False),  # not English: no dictionary to ask
        ("CBS This Morning now on iPad & iPhone! GET THE FREE APP", False),  # a slogan's capitals
        ("Council approves new skatepark funding", False),
        ("The results are on the W", True),
        ("The final stages of the scheme were completed yesterday.", False),  # a sentence's end
    ],
)
def test_what_stops_short(line, short):
    from newslint.checks.boilerplate.structure import stops_short

    assert stops_short(line) is short


@pytest.mark.parametrize(
    "subheading, cut",
    [
        ("Repairs to the river bridge", "Three more bridges wi"),  # cut in mid-word
        ("Reasons for the new schools budget", "2025: The council experienc"),  # a year's label, then the sentence cut short
        ("Manage Stress", "Chronic stress can contribute to the development o"),  # none of the story's words, the cut paragraph's
    ],
)
def test_a_subheading_over_the_cut_last_paragraph_is_the_story_s(subheading, cut):
    text = draft(HEADLINE, *PARAGRAPHS, subheading, cut)
    assert flagged_lines(text).isdisjoint({line_of(text, subheading), line_of(text, cut)})


def test_a_subheading_over_the_cut_paragraph_under_the_story_s_list_is_the_story_s():
    subheading, cut = "Repairs to the river bridge", "Three more bridges wi"
    text = draft(HEADLINE, *PARAGRAPHS[:2], "The plan covers:", "- two new schools", "- the river bridge", subheading, cut)
    assert flagged_lines(text).isdisjoint({line_of(text, subheading), line_of(text, cut)})


def test_a_link_over_a_cut_line_after_the_story_is_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "Privacy Policy", "Terms of u")
    assert line_of(text, "Privacy Policy") in flagged_lines(text)



@pytest.mark.parametrize("cut", ["The attacker tricks a", "Gene e", "Councillors asked whether the"])
def test_a_subheading_over_a_paragraph_cut_after_a_few_words_in_a_story_with_subheadings_is_the_story_s(cut):
    # "Buffer overflow attack" / "The attacker sends more data ..." / "Cross-Site Scripting (XSS)" /
    # "The attacker tricks a" (an unseen page): the story's subheadings go on to its cut end
    heading = "Questions from the opposition"
    text = draft(HEADLINE, PARAGRAPHS[0], "Two new schools", PARAGRAPHS[1], "Business rates", PARAGRAPHS[2], heading, cut)
    assert flagged_lines(text).isdisjoint({line_of(text, heading), line_of(text, cut)})


def test_a_share_prompt_ending_on_its_preposition_is_still_flagged():
    # "Mentioned in this news" / "Share it on" (the network buttons lost): a prompt, not a cut sentence
    text = draft(HEADLINE, *PARAGRAPHS, "Share it on")
    assert line_of(text, "Share it on") in flagged_lines(text)
