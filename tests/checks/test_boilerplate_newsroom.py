"""A reporter's draft carries furniture of its own: a kicker over the headline, a deck under it, an
editor's note, a sign-off, a wire's end mark, a slug or word count.  None of it came from a web
page, so none of it is boilerplate; the page's own labels in the same places still are."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS

DECK = "Two new schools and a repaired river bridge are funded in next year's plan"


def _draft(*, above=(), under=(), after=()) -> str:
    return "\n\n".join([*above, HEADLINE, *under, *PARAGRAPHS, *after]) + "\n"


def _findings(text: str) -> list[tuple[int, str, str]]:
    res = lint_text(text, path="a.txt", select=BP)
    return [(d.line, d.code, text[d.start : d.end]) for d in res.diagnostics]


def test_the_plain_draft_is_clean():
    assert _findings(_draft()) == []


@pytest.mark.parametrize(
    "kicker", ["ANALYSIS", "Analysis", "Opinion", "EXCLUSIVE", "Explainer", "Fact check", "Obituary", "Review", "Op-ed"]
)
def test_a_genre_kicker_over_the_headline_is_the_story_s(kicker):
    assert _findings(_draft(above=[kicker])) == []


@pytest.mark.parametrize("label", ["Technology", "WORLD NEWS", "Cell Phones"])
def test_a_section_label_over_the_headline_is_still_flagged(label):
    assert [(n, c) for n, c, _ in _findings(_draft(above=[label]))] == [(1, "BP003")]


def test_a_genre_word_ending_a_menu_over_the_headline_is_still_the_page_s():
    text = _draft(above=["News", "Sport", "Opinion"])
    assert [n for n, _, _ in _findings(text)] == [1]  # one finding: the menu, "Opinion" included
    assert _findings(text)[0][2].endswith("Opinion")


@pytest.mark.parametrize("banner", ["Breaking News", "LIVE"])
def test_a_page_banner_over_the_headline_is_still_flagged(banner):
    assert [n for n, _, _ in _findings(_draft(above=[banner]))] == [1]


def test_a_deck_under_the_headline_leaves_the_headline_alone():
    assert _findings(_draft(under=[DECK])) == []


def test_a_deck_with_a_byline_under_the_headline():
    assert _findings(_draft(under=[DECK, "By Jane Smith, Business reporter"])) == []


def test_another_story_s_headline_over_headline_and_deck_is_still_flagged():
    text = _draft(above=["Ferry operator cancels winter sailings"], under=[DECK])
    assert [(n, c) for n, c, _ in _findings(text)] == [(1, "BP009")]


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story contains details some readers may find upsetting.",
        "Correction: An earlier version of this story gave the wrong date for the vote.",
        "Update: This story has been updated with comment from the opposition.",
    ],
)
def test_an_editor_s_note_at_the_top_is_the_story_s(note):
    assert _findings(_draft(above=[note])) == []


@pytest.mark.parametrize(
    "signoff", ["\u2014 Jane Smith, Business reporter", "\u2014Jane Smith", "-- Jane Smith in Leeds", "- Jane Smith, BBC News"]
)
def test_a_sign_off_after_the_story_is_the_story_s(signoff):
    assert _findings(_draft(after=[signoff])) == []


@pytest.mark.parametrize("mark", ["ENDS", "-ends-", "###", "-30-", "CU/as/APA", "jm/ds/AFP", "(ita/ita)"])
def test_an_end_mark_after_the_story_is_the_story_s(mark):
    assert _findings(_draft(after=[mark])) == []


@pytest.mark.parametrize(
    "above",
    [
        ["SLUG: council-budget"],
        ["EMBARGOED UNTIL 00:01 GMT 20 NOVEMBER 2026"],
        ["Embargoed: not for publication before 00:01 on Friday"],
    ],
)
def test_newsroom_metadata_at_the_top_is_the_story_s(above):
    assert _findings(_draft(above=above)) == []


def test_a_word_count_under_the_byline_is_the_story_s():
    assert _findings(_draft(under=["By Jane Smith", "Word count: 650"])) == []


def test_the_page_s_furniture_after_a_sign_off_is_still_flagged():
    text = _draft(after=["\u2014 Jane Smith, Business reporter", "Most Popular"])
    assert [n for n, _, _ in _findings(text)] == [13]
    text = _draft(after=["Most Popular", "\u2014 Jane Smith, Business reporter"])
    assert [n for n, _, _ in _findings(text)] == [11]


TOBACCO = [
    "The US Justice Department will ask an appeals court to overturn a ruling that threw out its claim "
    "for $280bn in damages from the big tobacco firms.",
    "The government had argued that the firms hid the dangers of smoking for decades, and that the "
    "money they made from it should be handed back.",
    "Lawyers for the firms said the judges had read the racketeering law correctly, and that the case "
    "should now come to an end after five years in the courts.",
]


def test_a_headline_sharing_few_words_over_its_deck_is_the_headline():
    """The deck shares more of the story's words than the headline does; the shorter title above it,
    sharing "ruling" and "US", is still the headline, not another story's."""
    deck = "The US Justice Department will ask an appeals court to overturn a ruling"
    text = "\n\n".join(["US seeks new $280bn smoker ruling", deck, *TOBACCO]) + "\n"
    assert _findings(text) == []


def test_a_title_case_line_under_a_short_title_is_no_deck():
    """A title-case line is the headline, not a deck: the shorter line above it, sharing one word of
    four with the story, is the page's."""
    text = "\n\n".join(["Smoking Blog Network Weekly", "Appeals Court Asked to Revive the Government's Tobacco Case", *TOBACCO]) + "\n"
    assert [n for n, _, _ in _findings(text)] == [1]


def test_a_kicker_over_a_headline_that_does_not_end_in_a_word():
    """The headline ends with "12%": no heading to the headline test, a headline to the kicker."""
    text = "\n\n".join(["ANALYSIS", "Tobacco firms' shares up 12%", *TOBACCO]) + "\n"
    assert _findings(text) == []


def test_an_update_stamp_after_the_story_is_not_an_editor_s_note():
    text = _draft(after=["Updated: November 19, 2019 at 7:19 am"])
    assert [n for n, _, _ in _findings(text)] == [11]


def test_metadata_between_the_headline_and_the_lead_does_not_hide_the_headline():
    """"Word count: 650" is no heading: the title above it is still found as the headline."""
    text = "\n\n".join(["US seeks new $280bn smoker ruling", "Word count: 650", *TOBACCO]) + "\n"
    assert _findings(text) == []


def test_a_page_warning_is_no_editor_s_note():
    """ "Warning:" alone is how pages open their cookie and browser notices; only a content or
    trigger warning is the story's."""
    text = _draft(after=["Warning: This site uses cookies. By continuing to browse the site you agree to our use of cookies."])
    assert [n for n, _, _ in _findings(text)] == [11]


@pytest.mark.parametrize("greeting", ["Happy modelling", "Thanks for reading!", "Cheers", "Until next time :)"])
def test_a_blogger_s_closing_greeting_is_the_post_s(greeting):
    """The post's last words to its readers, alone at the end or over the page's furniture."""
    assert _findings(_draft(after=[greeting])) == []
    text = _draft(after=[greeting, "1 - 1 of 6 Posts", "Share this article"])
    assert [n for n, _, _ in _findings(text)] == [13, 15]



@pytest.mark.parametrize("salutation", ["Hello there", "Hi everyone!", "Good morning all", "Dear Fellow Quilters,"])
def test_an_opening_salutation_over_the_first_paragraph_is_the_post_s(salutation):
    """A blog post or a club's newsletter greets its readers above its first paragraph, under a
    title that reads as no headline (it ends with "!")."""
    assert _findings(_draft(under=[salutation])) == []
    text = "\n\n".join(["Budget night in full swing!", salutation, *PARAGRAPHS]) + "\n"
    assert _findings(text) == []


def test_a_salutation_elsewhere_is_judged_as_before():
    """Only the line right above the first paragraph is a salutation: lower down, "Hello there"
    between two paragraphs is judged by the other tests as any short line is (in title case: a
    subheading in sentence case is the story's, ``position._sentence_case_heading``)."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:2], "Hello There", *PARAGRAPHS[2:]]) + "\n"
    assert [n for n, _, _ in _findings(text)] == [7]


@pytest.mark.parametrize("title", ["Accommodation Organiser", "Chief Executive", "Parish Clerk"])
def test_a_signer_s_title_under_the_name_after_the_last_paragraph_is_the_post_s(title):
    assert _findings(_draft(after=["Anthony Brand", title])) == []


def test_a_section_under_a_name_after_the_story_is_still_flagged():
    """Under a byline's name the page's own section link is the page's ("Latest Videos")."""
    found = _findings(_draft(after=["Anthony Brand", "Latest Videos"]))
    assert [(n, c) for n, c, _ in found] == [(13, "BP009")], found
