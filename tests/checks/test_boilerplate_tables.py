"""The article's own tables and lists are not the page's furniture: the rows of a results list
after a short introduction, and a list of tips the story runs into, are not other stories'
headlines or navigation links (seen on unseen web pages: a cheese awards' winners, a wildfire
smoke advisory).  The page's own lists stay flagged."""

from __future__ import annotations

from newslint.api import lint_text
from newslint.checks.boilerplate.tables import placing

from council_story import BP, HEADLINE, PARAGRAPHS, flagged_lines

INTRO = (
    "It has been a wild ride at the county show, and the judges have named the winners in every "
    "class. Take a look below at all of them, with the farms that made them."
)
RESULTS = [
    "Farmhouse Cheeses",
    "1st Place: Little Mountain",
    "Roelli Cheese Company | Shullsburg, Wisconsin",
    "Cheesemaker: Chris Roelli",
    "2nd Place: Buff Blue",
    "Bleating Heart Cheese | Tomales, California",
    "Cheesemaker: Seana Doughty",
    "3rd Place: Greensward",
    "Murray's Cheese | Greensboro, Vermont",
    "Cheesemaker: Jasper Hill Farm",
    "Goat's Milk Cheeses",
    "1st Place: Prufrock",
    "The Grey Barn| Chilmark, Massachusetts",
    "Cheesemaker: Joseph Alstat",
]


def test_rows_of_a_results_list_after_the_story_are_the_story():
    text = INTRO + "\n" + "\n".join(RESULTS) + "\n"
    lines = text.split("\n")
    flagged = flagged_lines(text)
    rows = [i + 1 for i, t in enumerate(lines) if ":" in t or "|" in t]
    assert rows and not flagged.intersection(rows), [lines[i - 1] for i in sorted(flagged)]


def test_tips_the_story_runs_into_are_the_story():
    tips = [
        "- Check local air quality online or on a weather app. You may need to scroll down",
        "- Limit exposure to outdoor air",
        "- Limit indoor pollution: avoid running the vacuum cleaner, frying food, burning candles",
        "- Face Mask info: best option is to stay indoors",
        "- No masks on the market that fit children, only adults",
        "- You need to get a tight seal around the nose and chin. Facial hair will impede the fit, and a proper fit is a little hard to breathe through.",
    ]
    text = "\n".join(tips) + "\nRead this newspaper article about the health effects of wildfire smoke and the steps you can take to reduce them.\n"
    assert flagged_lines(text) == set()
    # the same list in Markdown, whose reader keeps the items and drops their bullets
    assert lint_text(text, path="a.md", select=BP).diagnostics == []


def test_the_pages_own_lists_stayflagged_lines():
    # other stories' headlines after the story, one per line: no record shape, no bullet run into the body
    related = [
        "Man charged after crash on ring road",
        "School wins national chess title",
        "Police appeal for witnesses to fire at warehouse",
        "New bus timetable starts next month",
    ]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\nRelated stories\n" + "\n".join("- " + r for r in related) + "\n"
    lines = text.split("\n")
    flagged = flagged_lines(text)
    assert all(lines.index("- " + r) + 1 in flagged for r in related)
    # bulleted teasers before the story: the body does not run into their list
    teasers = ["- Man charged after crash on ring road", "- School wins national chess title", "- New bus timetable starts next month"]
    text = "\n".join(teasers) + "\n\n" + "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n"
    assert {1, 2, 3} <= flagged_lines(text)
    # a labelled tag line under the story stays a tag line, though "Tags:" recurs nowhere
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Tags: council, budget, schools"]) + "\n"
    assert len(text.split("\n")) in flagged_lines(text) or (len(text.split("\n")) - 1) in flagged_lines(text)


OTHER_HEADLINES = [
    "The Fall of a Famous Ruling and What Comes Next",
    "Column: Six Proven Ways to Reduce Crime in Cities",
    "Ads Are Officially Coming to Streaming. Here's What That Means for You",
    "An Actor on the Unifying Power of a Small Animated Shell",
]


def test_a_bulleted_list_of_other_headlines_after_the_story_is_flagged_in_plain_text_too():
    # the plain reader keeps an item's bullet, the Markdown and HTML readers drop it: "- Ads Are
    # ..." had not read as a heading in plain text, and the tail stopped at the first such line
    text = "\n".join([HEADLINE, *PARAGRAPHS, *("- " + h for h in OTHER_HEADLINES)]) + "\n"
    lines = text.split("\n")
    flagged = flagged_lines(text)
    assert all(lines.index("- " + h) + 1 in flagged for h in OTHER_HEADLINES), sorted(flagged)
    assert not flagged & set(range(1, len(PARAGRAPHS) + 2))


def test_a_dash_before_a_name_under_a_post_is_its_sign_off():
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], "– Ange", PARAGRAPHS[1], "– Nia", PARAGRAPHS[2]]) + "\n"
    assert flagged_lines(text) == set()



def test_a_competitions_placings_after_the_story_are_the_story():
    # a piping contest's results under the report, grade by grade: "1st Sarah Simpson, <tune>" is
    # a placing, not another story's headline (seen on an unseen page, flagged row by row before)
    placings = [
        "Grade 1",
        "1st Sarah Simpson, “The Stewarts’ White Banner”",
        "2nd Kaitlin Kimove, “Castle Menzies”",
        "3rd Peter Allen, “Lament for the Castle of Dunyveg”",
        "",
        "1st Kaitlin Kimove",
        "2nd Sarah Simpson",
        "",
        "Grade 2",
        "1st Calum Brydon, “The Piper’s Warning to his Master”",
        "2nd Brady Webb, “I am Proud to Play a Pipe”",
    ]
    _assert_kept(placings)


def _assert_kept(rows: list[str], gap: str = "\n\n") -> None:
    """No line of ``rows`` after the council story is flagged (the flagged ones named if any)."""
    lines, flagged = _after_story(rows, gap)
    assert not flagged, [lines[i - 1] for i in sorted(flagged)]


def _after_story(rows: list[str], gap: str = "\n\n") -> tuple[list[str], set[int]]:
    """The lines of the council story with ``rows`` after it, and the lines flagged."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + gap + "\n".join(rows) + "\n"
    return text.split("\n"), flagged_lines(text)


def test_a_placing_is_an_ordinal_before_a_name_not_a_date():
    assert placing("1st Sarah Simpson, “The Stewarts’ White Banner”")
    assert placing("2nd Place: Arethusa Diva") and placing("- 3rd Peter Allen")
    assert not placing("10th February 2021") and not placing("6th of November")
    assert not placing("2nd half was again much the same") and not placing("Grade 1")


def test_the_lines_of_a_hard_wrapped_sentence_are_no_links():
    # an old hand-made page wraps its sentences: the second line goes on in lower case
    wrapped = [
        "If your favourite is not listed below, e-mail me your choice and I will give them",
        "a well deserved mention on this page, under YOUR CHOICES",
    ]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n" + "\n".join(wrapped) + "\n"
    assert flagged_lines(text) == set()
    # a menu's short items in lower case are still a menu
    menu = ["home", "about us", "contact", "archives"]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n" + "\n".join(menu) + "\n"
    assert flagged_lines(text)


def test_placings_written_in_words_are_the_story():
    # an ice festival's winners under the post, each with its picture's address under it:
    # "First Place:" and "Second Place:" are the same label, numbered in words
    winners = [
        "Single Block Winners:",
        "First Place: Ancient Protector by Zuev, Ivan and Ponomarenko, Eduard",
        "http://example.com/videocam/site18.jpg",
        "Second Place: Dream Weaver by Smith, David and Edwards, Brian",
        "http://example.com/videocam/site29.jpg",
        "Third Place: Take a Walk by Nakamura, Junichi and Foltz, Chris",
        "http://example.com/videocam/site31.jpg",
    ]
    _assert_kept(winners, gap="\n")


def test_an_events_programme_after_the_story_is_the_story():
    # a festival's schedule: time slots, each over its act, are no menu of the page
    programme = [
        "Live Entertainment",
        "12pm-3pm, Strolling",
        "Stilt Walker",
        "12pm - 3pm, Courtyard",
        "The Back Porch Jug Band",
        "1pm - 3pm, Street Road Green",
        "Lolly Hopwood",
        "4pm - 6pm, Free Will Deck",
        "Love, Said the Commander",
    ]
    lines, flagged = _after_story(programme, gap="\n")
    slots = {i + 1 for i, t in enumerate(lines) if t[:1].isdigit()}
    acts = {i + 2 for i in slots}
    assert not flagged & (slots | acts), [lines[i - 1] for i in sorted(flagged)]
    # a page's menu under the story, with no time slot among its items, stays a menu
    menu = ["Home", "News", "Sport", "Weather", "Contact us"]
    assert len(_after_story(menu, gap="\n")[1]) >= 4



def test_every_item_of_a_list_the_storys_sentence_introduces_is_the_storys():
    # "These wastes include, but are not limited to:" over three items, the first long and
    # sharing the story's words: the shorter items under it, sharing none, are the list's too,
    # not other stories' headlines
    rows = [
        "These wastes and unnecessary flows include, but are not limited to:",
        "  • Debris which should be placed in the council's bins instead of the river drains",
        "  • Food, oil, and grease from food preparation",
        "  • Rainfall, stormwater runoff, and irrigation runoff",
    ]
    _assert_kept(rows)


def test_the_value_under_a_field_of_the_storys_record_is_the_storys():
    # "Project Status:" / "Completed" closing a project's record
    _assert_kept(["Project Status:", "", "Completed"])


def test_a_works_year_in_brackets_is_no_count_of_posts():
    # a concert's programme inside the story: each work dated in brackets
    rows = ["Programme", "Ronald Barnes (1927-1997)", "Sarabande (1969)", "René Peeters (1909-1985)", "Sarabande with Variations (1959)"]
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], "\n".join(rows), *PARAGRAPHS[1:]]) + "\n"
    assert flagged_lines(text) == set()
    # a category's count is still an archive link
    assert flagged_lines(text.replace("Sarabande (1969)", "Salads (48)")) == {text.split("\n").index("Sarabande (1969)") + 1}
