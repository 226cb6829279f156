"""A wiki's furniture copied with its article (edit links, pointers to other articles),
pictures' file names left for their text, an old site's menu in brackets, a few page strings, a by-law's
clause "(c)" that is no copyright sign, and a letter signed with a pen name and the paper's note.
Each written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, after_first_paragraph, codes_at, draft, findings_at, flagged_lines, line_of


def test_a_wiki_s_edit_links_and_pointers_are_flagged():
    text = draft(
        HEADLINE, PARAGRAPHS[0], "History", "[edit]", "See main article: School funding in the county.",
        PARAGRAPHS[1], "Reactions", "[edit]", *PARAGRAPHS[2:],
    )
    got = flagged_lines(text)
    rows = text.split("\n")
    assert {i + 1 for i, r in enumerate(rows) if r == "[edit]"} <= got
    assert line_of(text, "See main article: School funding in the county.") in got
    # the sections' headings and the story are not
    assert got.isdisjoint({line_of(text, "History"), line_of(text, "Reactions"), *(line_of(text, p) for p in PARAGRAPHS)})


def test_a_sentence_about_the_main_article_is_not_a_pointer():
    assert findings_at("See the main article for the full list of schools and the dates of the works.", "end") == []


@pytest.mark.parametrize("slug", ["Fresh-auction-market-selling-fish", "rr-water-supply-protracted-humanitarian-crisis", "has-trump-changed-the-retirement-plans-for-the-country’s-largest-coal-plants?"])
def test_a_picture_s_file_name_left_for_its_text_is_flagged(slug):
    # over a subheading of the story, where a short line may be the story's own
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], slug, "The Vote", *PARAGRAPHS[2:])
    assert flagged_lines(text) == {line_of(text, slug)}


@pytest.mark.parametrize(
    "line", ["CLICK ON PICTURES FOR BIGGER IMAGE", "You can see an enlarged version of this picture by clicking here."]
)
def test_a_picture_s_instruction_over_its_caption_is_flagged(line):
    caption = "Councillors at the vote on the budget, Monday evening"
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line, caption, *PARAGRAPHS[2:])
    assert flagged_lines(text) == {line_of(text, line)}


@pytest.mark.parametrize(
    "line, code",
    [
        ('Other articles related to "licensing":', "BP009"),
        ("Be the first to start a discussion here.", "BP005"),
        ("URL copied to clipboard.", "BP004"),
        ("[ Home | Famous | Featuring | Fans | Fabled | Folios | Fun | Philately ]", "BP003"),
    ],
)
def test_a_page_s_strings(line, code):
    assert codes_at(line, "end") == [code]


CLAUSES = [
    "880.11 GENERAL OPERATING REGULATIONS.",
    "(a) Every tattoo parlor shall be equipped with sterilizing equipment prescribed by the Health Officer.",
    "(b) The tattooing of minors is prohibited, except with the written permission of a parent.",
    "(c) Every tattoo parlor shall, at reasonable business hours, be held open for inspection by the Health Officer.",
    "(d) No tattoo parlor shall be conducted in direct connection with living quarters.",
]


def test_a_by_law_s_third_clause_is_no_copyright_line():
    assert flagged_lines(draft(*CLAUSES)) == set()


MINUTES = [
    "Annual General Meeting - 10 October 2025",
    "4. Treasurer's report",
    "B Brindley reported that the club had remained in credit through its first year, helped by the kit discount.",
    "5. Election of officers",
    "(a) Chair",
    "P Weir was re-elected as Chair for the coming year, proposed by L Turner and seconded by N Hobson.",
    "(b) Secretary",
    "J White was elected as Secretary in place of H Grainger, proposed by P Weir and seconded by N Hobson.",
    "(c) Treasurer & Membership, Kit & Route Secretary",
    "B Brindley was re-elected as Treasurer, proposed by P Weir and seconded by H Grainger.",
    "6. Club fees",
    "The Treasurer reported that there was nothing to warrant an increase in the fees this year.",
]


def test_a_third_heading_of_lettered_minutes_is_no_copyright_line():
    # "(b)" is two lines up, its minute between: the letters still count on
    assert flagged_lines(draft(*MINUTES)) == set()


def test_a_c_line_far_from_the_lettered_headings_is_still_a_copyright_line():
    # the same minutes with the club's notice as their last line, four lines below "(c)"
    text = draft(*MINUTES, "(c) Riverside Running Club")
    assert line_of(text, "(c) Riverside Running Club") in flagged_lines(text)


def test_an_enumeration_in_a_sentence_is_no_copyright_line():
    line = "The licence requires (a) a fee, (b) an inspection and (c) Council approval."
    assert findings_at(line, "end") == []


def test_a_copyright_line_with_a_c_in_brackets_is_still_flagged():
    assert [c for c, _ in findings_at("(c) 2024 Riverside Gazette", "end")] == ["BP001"]


def test_a_letter_signed_with_a_pen_name_and_the_paper_s_note_is_the_letter_s():
    text = draft(
        "Sounding off on boat fog-horns",
        "I am somewhat bemused by the need for the party boats to sound their horns each time they leave the pier at night.",
        "Perhaps I might respond by honking my car-horn outside the owner's bedroom window at one in the morning?",
        "Deafened of Docklands (email supplied)",
    )
    assert flagged_lines(text) == set()


def test_a_bracketed_aside_with_bars_is_no_menu():
    line = "[Hint: use the pipe | symbol for or | and the ampersand for and in the search box]"
    assert findings_at(line, "end") == []


WIKI_TOP = ["Jump to content", "Council budget", "From Wikipedia, the free encyclopedia", "(Redirected from School budget)"]


def test_a_wiki_s_title_over_its_free_encyclopedia_line_is_the_article_s():
    # the title and the caption over the first paragraph are the article's; the furniture around
    # them is the page's, even when the title shares no word with the text but one
    caption = "The council chamber on the evening of the budget vote"
    text = draft(*WIKI_TOP, caption, *PARAGRAPHS)
    got = flagged_lines(text)
    assert line_of(text, "Council budget") not in got
    assert line_of(text, caption) not in got
    assert {line_of(text, "Jump to content"), line_of(text, WIKI_TOP[2]), line_of(text, WIKI_TOP[3])} <= got


def test_a_wiki_s_skip_link_and_redirect_note_naming_the_subject_are_flagged():
    """The page's "Jump to content" and "(Redirected from Council budget plan)" are its own, however
    many words they share with the article ("content", the subject's name)."""
    top = ["Jump to content", "Council budget", "From Wikipedia, the free encyclopedia", "(Redirected from Council budget plan)"]
    body = [
        "A council budget is the plan a council makes of its spending and income, and the content of it is public.",
        "The council budget plan of a town sets out what it will spend on schools, roads and bridges.",
    ]
    text = draft(*top, *body)
    got = flagged_lines(text)
    assert {line_of(text, "Jump to content"), line_of(text, top[3])} <= got
    assert line_of(text, "Council budget") not in got
    res = lint_text(text, path="a.txt", select=BP)
    assert not any(d.message.startswith("Table of contents") for d in res.diagnostics)


@pytest.mark.parametrize(
    "line",
    [
        "Fae Wikipedia, the free encyclopedia",
        "This is a good article. Click here for more information.",
        "From Free net encyclopedia",  # a mirror's own name
        "- This article is about the council's budget. For the school budgets, see School funding (county). For the term, see Budget.",
        "For other uses, see Council budget (disambiguation).",
    ],
)
def test_a_wiki_s_lines_under_its_title_in_other_forms_are_flagged(line):
    text = draft("Council budget", line, *PARAGRAPHS)
    assert line_of(text, line) in flagged_lines(text)


# a wiki mirror's lines under the article's title (after the shape of a mirror's page)
MIRROR = [
    "School funding",
    "From Infogalactic: the planetary knowledge core",
    "(Redirected from School budgets)",
    "Jump to: navigation, search",
    "File:Council chamber budget vote.jpg",
    "Councillors at the budget vote, county hall",
    *PARAGRAPHS,
]


def test_a_wiki_mirror_s_name_and_motto_under_the_title_are_flagged():
    text = draft(*MIRROR)
    got = flagged_lines(text)
    assert {line_of(text, t) for t in MIRROR[1:5]} <= got
    # the title the mirror's line stands under is the article's, and so is the caption
    assert got.isdisjoint({line_of(text, "School funding"), line_of(text, MIRROR[5]), *(line_of(text, p) for p in PARAGRAPHS)})


@pytest.mark.parametrize(
    "line",
    [
        "This article is about the council's budget. For more on the schools, councillors said, see the report.",
        "From the start, the encyclopedia was the council's idea.",
    ],
)
def test_a_story_s_sentence_about_its_subject_is_no_wiki_note(line):
    # a story's sentence reads on after "see", and names no other article; a sentence from an
    # encyclopedia's history ends with its stop
    assert not any("wiki" in message for _, message in findings_at(line, "top"))


def test_a_sentence_about_an_enlarged_picture_is_no_instruction():
    line = "You can see an enlarged version of this picture at the library, where it hangs by the stairs."
    text = after_first_paragraph(line)
    assert flagged_lines(text) == set()


def test_a_sentence_opening_from_a_place_is_no_mirror_s_motto():
    assert findings_at("From London, the mayor said the plan would be copied by other towns.", "top") == []


@pytest.mark.parametrize("name", ["File:Council chamber budget vote.jpg", "20220406 104342", "IMG_20190512_093012"])
def test_a_wiki_s_file_link_or_a_camera_s_dated_file_name_is_flagged(name):
    text = draft(HEADLINE, name, *PARAGRAPHS)
    assert flagged_lines(text) == {line_of(text, name)}


def test_a_year_and_a_figure_are_no_file_name():
    # eight digits, a space, six: the camera's date and time; a sentence with figures is not
    assert codes_at("20220406", "top") == []
    assert findings_at("In 2022 the council spent 104342 pounds on the bridge.", "end") == []
