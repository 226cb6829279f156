"""A search engine's results copied as they stand, a picture's credit alone on its line, notices of
a page whose script did not run, and the look-alikes each test must leave alone: a ranked list of
the story's own items with their links, the story's sources under their heading, a byline's
credits, a company whose name opens with "Next", a table of terms from one date to another."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, between_paragraphs, codes_at, draft, flagged_lines

STORY = "\n\n".join([HEADLINE, *PARAGRAPHS])


def _after_first(*lines: str) -> str:
    """The story with ``lines`` between its first and second paragraphs (the lines 5 on)."""
    return draft(HEADLINE, PARAGRAPHS[0], *lines, *PARAGRAPHS[1:])
RESULTS = [
    "Free school meals for all here to stay in California | EdSource",
    "https://edsource.org/2021/free-school-meals-here-to-stay-in-california/658564",
    "More Midwest states are offering universal free lunch to ...",
    "https://www.kcur.org/2023-09-13/more-midwest-states-are-offering-universal-free-lunch-to-students-while-others-consider-it",
    "California Passes Nation's First Free School Lunch Program ...",
    "https://www.businessinsider.com/free-school-lunch-california-student-meals-budget-surplus-first-state-2021-7",
    "Free school meal program extended nationally - what does that mean for Kentucky schools?",
    "https://www.whas11.com/article/news/education/usda-free-meal-program-schools-lunch/417-99e4d09c-8126-45e0-8928-c0d6613f250a",
]


def test_a_search_engines_results_are_one_list_of_other_pages():
    res = lint_text("\n".join(RESULTS) + "\n", path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", 1, len(RESULTS))]


def test_three_results_are_not_yet_a_list():
    assert flagged_lines("\n".join(RESULTS[:6]) + "\n\n" + STORY + "\n") == set()


@pytest.mark.parametrize("head", ["Sources:", "References"])
def test_the_storys_sources_under_their_heading_stay(head):
    text = STORY + "\n\n" + head + "\n" + "\n".join(RESULTS) + "\n"
    assert flagged_lines(text) == set()


def test_a_ranked_list_of_the_storys_items_with_their_links_stays():
    items = []
    for n, name in enumerate(["Polistil 960574 Pista Elettrica", "Nolan box set", "Lego Technic crane", "Retro radio"], 1):
        items += [f"{n}) {name}", f"http://amzn.to/{n}abcd"]
    assert flagged_lines(STORY + "\n\n" + "\n".join(items) + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Martin Bowyer", "Illustration: Martin Bowyer", "Image Credit: University of Leeds",
        "Image source Times of India", "Photo by Element5 Digital on Unsplash", "David Zalubowski/AP",
        "Jae C. Hong/AP", "Scott Olson/Getty Images", "Getty Images", "Embed from Getty Images",
        # a newspaper's credit with its label and an ellipsis run together
        "Credit...Alex Slitz/Lexington Herald-Leader, via Associated Press", "Credit…Ann Lee for The Town Times",
        "Photographed by Maria V.",
        "Video Credit: AsiaWire",  # a video's (an unseen page)
        # the page's lead picture, and a photographer with the library (samples 295, 298)
        "Cover image courtesy of the Australian Turf Club", "Photograph by Peter Trimming (courtesy of Wikipedia)",
    ],
)
def test_a_pictures_credit_alone_on_its_line_is_the_pages(line):
    text = _after_first(line)
    assert flagged_lines(text) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Courtney, aged 6, with the new bridge plans", "Image: the flooded bridge in the town before the budget",
        "Video source: the council's own camera on the bridge",
    ],
)
def test_a_caption_after_a_pictures_label_is_the_storys(line):
    text = _after_first(line)
    assert flagged_lines(text) == set()


def test_a_photographer_and_agency_right_under_the_headline_may_be_the_byline():
    assert codes_at("Josh Boak/AP", "top") == []


def test_the_pictures_above_a_closing_credit_keep_their_titles():
    # "Best Educational Display" / ... / "Photos by Karla Halpaap-Wood": the story's pictures, their
    # titles over the photographer's credit; the credit alone is the page's
    text = STORY + "\n\n" + "\n\n".join(["The new schools by the river bridge", "Photos by Karla Halpaap-Wood"]) + "\n"
    assert flagged_lines(text) == {len(text.split("\n")) - 1}


@pytest.mark.parametrize(
    "line",
    [
        "Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in read-only mode.",
        "Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).",
        "To continue reading this article you must be a Bloomberg Professional Service Subscriber.",
        "Hold tight - we’re checking permissions before loading more content",
        "Read more at CNN.",
    ],
)
def test_notices_of_the_page_and_its_links_at_the_end(line):
    assert codes_at(line, "end") != []


def test_a_story_on_javascript_in_browsers_is_the_storys():
    line = "Every modern browser supports JavaScript, and most users never turn it off, the researchers said."
    assert codes_at(line, "end") == []


def test_a_company_whose_name_opens_with_next_is_no_pager():
    text = _after_first("NextEra Energy has announced plans to restart the reactor by 2029, but the regulatory process for restoring a closed plant can be unclear.")
    assert flagged_lines(text) == set()
    assert codes_at("NextLeek Growth and Care", "end") == ["BP009"]


def test_a_ranked_items_name_is_no_share_button():
    text = draft(HEADLINE, PARAGRAPHS[0], "2. Tiktok", PARAGRAPHS[1], "3. Criteo", *PARAGRAPHS[2:])
    assert flagged_lines(text) == set()


def test_a_table_of_terms_from_one_date_to_another_is_no_list_of_links():
    rows = [
        "Ted Hughes 1930–1998 28 December 1984 – 28 October 1998",
        "Andrew Motion 1952– 19 May 1999 – 1 May 2009",
        "Carol Ann Duffy 1955– 1 May 2009 – 10 May 2019",
    ]
    text = STORY + "\n\n" + "\n".join(rows) + "\n"
    assert not flagged_lines(text) & {11, 12, 13}


def test_review_cards_with_their_dates_run_into_the_teasers_are_a_listing():
    cards = [
        "Reviewer's rating Boys Blake Gordon Plante 23/01/2020The greatest kind of theatre doesn’t call for a reviewer, it calls for an audience.",
        "Reviewer's rating Tria Fata Blake Gordon Plante 21/01/2020“Life is like a succession of births.” Tria Fata tells the story of an old woman.",
        "Reviewer's rating Curtains : A Musical Whodunnit Richard McKee 15/01/2020I had never heard of Curtains before, and now I will never forget it.",
    ]
    assert flagged_lines("\n".join(cards) + "\n") == {1, 2, 3}


def test_a_time_stamp_label_over_its_date_heads_no_list():
    # a record's fields as a bulleted list: "- Last updated" over its date, then other fields
    fields = ["- First published", "- Wed, Nov 12, 2025 9:25 PM", "- Last updated", "- Thu, Nov 13, 2025 4:53 AM",
              "- Coordinates", "- 53.418456, -2.817735", "- Latitude span", "- 53.399871 – 53.430169"]
    text = STORY + "\n\n" + "\n".join(fields) + "\n"
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("label", ["In short", "At a glance", "Definition"])
def test_a_summarys_label_over_the_first_paragraph_is_the_storys(label):
    assert codes_at(label, "top") == []


def test_the_storys_own_title_again_at_the_end_is_no_other_storys_headline():
    text = STORY + "\n\nImage: NASA\n\n" + HEADLINE + "\n"
    assert flagged_lines(text) == {len(STORY.split("\n")) + 2}


WIRE = [
    ("Russian forces leave Snake Island, keep up eastern assault",
     "SLOVIANSK, Ukraine (AP) — Russian forces withdrew from a strategic Black Sea island Thursday, potentially easing the threat to the vital port."),
    ("Turkey calls on Greece to demilitarize Aegean islands",
     "ANKARA, Turkey (AP) — Turkey on Tuesday called on Greece to withdraw its armed forces from Aegean islands, warning it would challenge their sovereignty."),
    ("Watchdog: US troop pullout was key factor in Afghan collapse",
     "WASHINGTON (AP) — A government watchdog says decisions by two presidents to pull all U.S. troops out of Afghanistan were the key factor in the collapse."),
]


def test_a_topic_page_of_wire_stories_each_under_its_dateline_is_a_listing():
    lines = ["Latest Troop withdrawals News", ""]
    for title, opening in WIRE:
        lines += [title, opening, ""]
    res = lint_text("\n".join(lines) + "\n", path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", 1, 10)]


def test_one_wire_story_or_a_live_page_from_one_city_is_the_storys():
    title, opening = WIRE[0]
    assert flagged_lines("\n\n".join([title, opening, *PARAGRAPHS]) + "\n") == set()
    updates = [f"KYIV, Ukraine (AP) — Update {n}: " + PARAGRAPHS[n] for n in range(3)]
    assert flagged_lines("\n\n".join(["Live: the war in Ukraine", *updates]) + "\n") == set()


def test_a_credit_behind_a_bar_after_a_caption_is_the_pages_and_only_the_credit():
    caption = "Migrants leaving the Life Support in the port of Ortona, Italy, on March 28, 2023"
    text = _after_first(caption + " | Photo: Marco Zac/NurPhoto/IMAGO")
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.column) for d in res.diagnostics] == [("BP007", 5, len(caption) + 2)]
    # a bar inside a story's line with no picture's label after it stays
    assert flagged_lines(_after_first("Results | Council vote: 12 for, 3 against")) == set()


def test_a_boards_posts_under_stamp_and_name_lines_are_comments_after_the_opening_post():
    posts = [
        ("Posted: 2007-12-24 11:43am", "by 18-Till-I-Die", "So I was reading about mercenary armies and an idea came to me about how they would work."),
        ("Posted: 2007-12-24 12:44pm", "by Scottish Ninja", "I'm given to understand that this was actually common hundreds of years ago in Europe."),
        ("Posted: 2007-12-24 01:22pm", "by The Grim Squeaker", "Hundreds and thousands of years ago, look at Rome or Carthage and their hired armies."),
    ]
    lines = ["PMCs take over from armies? Plausible?", ""]
    for stamp, name, text in posts:
        lines += [stamp, name, text, ""]
    res = lint_text("\n".join(lines) + "\n", path="a.txt", select=BP)
    sections = [(d.line, d.end_line) for d in res.diagnostics if d.code == "BP006" and d.severity.name.lower() == "warning"]
    assert sections and sections[0][0] == 7  # from the first reply's stamp; the opening post stays


def test_one_stamp_line_over_a_story_is_its_own():
    assert flagged_lines(draft(HEADLINE, "Posted: 2007-12-24 11:43am", *PARAGRAPHS)) == set()


def test_an_archived_threads_handle_and_comment_id_lines_head_comments():
    lines = ["Viewing a single comment thread. View all comments", "",
             "MysteriousExpert t1_j3lx36g wrote", "", PARAGRAPHS[0], "", "",
             "BroadwayBully t1_j3mz0oj wrote", "", PARAGRAPHS[1]]
    assert {3, 5, 8, 10} <= flagged_lines("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "line", ["More on this story", "Adjust font size:", "Back to table of contents", "Sort By: most recent first", "Displaying items by tag: recovery", "placeholder image"]
)
def test_a_pages_labels_and_controls(line):
    assert codes_at(line, "end") != []


def test_a_link_back_to_the_contents_heads_no_list():
    # "Back to table of contents" over the next numbered section's heading
    text = between_paragraphs("Back to table of contents", "2. Annual inflation rate")
    assert flagged_lines(text) == {7}


@pytest.mark.parametrize("heading", ["Financial struggles", "What the council decided"])
def test_a_subheading_in_sentence_case_between_paragraphs_is_the_storys(heading):
    text = between_paragraphs(heading)
    assert flagged_lines(text) == set()


@pytest.mark.parametrize("line", ["- Amanda Gorman with Tracy K Smith - 2017 crop.jpeg", "attachment-manchester-orchestra-tour loading..."])
def test_a_pictures_file_title_or_attachment_slug_is_the_pages(line):
    text = _after_first(line)
    assert flagged_lines(text) == {5}


def test_a_sentence_naming_a_file_is_the_storys():
    text = _after_first("The council posted the new schools plan as schools - final.jpg")
    assert flagged_lines(text) == set()


def test_a_page_title_stuffed_with_keywords_is_the_pages():
    title = "List of protest marches on Washington, D.C."
    line = ", ".join(f"{title} {w}" for w in ["wiki", "history", "information", "definition", "news", "facts"])
    text = _after_first(line)
    assert flagged_lines(text) == {5}
    # a quotation that says a long phrase twice is the story's
    quote = "“Build the bridge, build the bridge,” the crowd chanted as the council met to vote on the plan."
    assert flagged_lines(_after_first(quote)) == set()


ORBIT = [
    "The amount of energy required to launch a satellite into orbit depends on the location of the launch site and how high the orbit is.",
    "Satellites in low orbits can get an energy boost from the Earth's rotation by being launched eastward from near the equator.",
    "Maintaining Orbit",
    "Once a satellite is in orbit, it usually takes some work to keep it there, since the Earth is not a perfect sphere.",
]


def test_the_title_over_a_one_word_first_part_is_the_storys():
    text = "\n\n".join(["Achieving and Maintaining Orbit", "Launch", *ORBIT]) + "\n"
    assert 1 not in flagged_lines(text)


def test_a_sites_name_holding_the_one_word_headline_is_still_the_pages():
    story = [p.replace("satellite", "korfball team").replace("orbit", "korfball") for p in ORBIT[:2]]
    text = "\n".join(["British Korfball Association", "Korfball", "What is Korfball?", *story]) + "\n"
    assert 1 in flagged_lines(text)


SNIPPETS = [
    "Four Jackson County residents filed a lawsuit against multiple federal and local agencies to try and prevent a solar farm ...",
    "Matt Schulte, who represents the area where the farm will be built, put forward some amendments to the plan.",
    "The Lancaster County Board approved a special permit for what will be the largest solar farm in the county with larger ...",
    "MAYFIELD — A solar farm proposed in Mayfield could be on the brink of approval, according to project developers.",
    "The Ohio Power Siting Board has approved more than 50 solar projects across the state over the past few years ...",
]


def test_a_page_of_snippets_cut_where_the_engine_cut_them_is_a_listing():
    res = lint_text("\n".join(SNIPPETS) + "\n", path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", 1, 5)]


def test_snippets_signed_with_their_sites_are_a_listing():
    items = [f"  • {p[:-1]} ({site})" for p, site in zip(SNIPPETS[1::2] + SNIPPETS[:1], ["nbcnews.com", "heraldscotland.com", "kunm.org"])]
    res = lint_text("\n".join(items) + "\n", path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", 1, 3)]


def test_a_storys_cut_quotation_or_one_source_named_twice_is_the_storys():
    quoted = PARAGRAPHS[1] + " The report said the bridge was ..."
    assert flagged_lines(draft(HEADLINE, PARAGRAPHS[0], quoted, *PARAGRAPHS[2:])) == set()
    signed = [p[:-1] + " (bbc.co.uk)" for p in PARAGRAPHS]
    assert flagged_lines(draft(HEADLINE, *signed)) == set()
