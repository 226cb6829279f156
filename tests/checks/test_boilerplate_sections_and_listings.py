"""A report's numbered sections and its summary's label, kept as the story's; a page that is nothing
but a bulleted list of other stories' headlines, and teasers closed by "Continue Reading →", flagged."""

from __future__ import annotations

import pytest

from council_story import BP, HEADLINE, PARAGRAPHS, between_paragraphs, codes_at, draft, flagged_lines, line_of, lines_from


def test_the_first_section_under_a_lost_contents_list_is_the_storys():
    # "Table of Contents" whose list the copy lost, then "1. Introduction" over its paragraph
    text = draft(HEADLINE, "Table of Contents", "1. Introduction", *PARAGRAPHS)
    assert flagged_lines(text) == {line_of(text, "Table of Contents")}


def test_a_contents_list_over_the_story_is_still_the_pages():
    text = draft(HEADLINE, "Table of Contents", "1. Introduction\n2. The budget\n3. The vote", *PARAGRAPHS)
    assert {3, 5, 6, 7} <= flagged_lines(text)


def test_a_contents_plugin_s_list_numbered_by_section_goes_with_its_label():
    # "Contents hide" (the box's label with its toggle), entries numbered without a stop, some of
    # them sentences; the story's first section under them is the story's
    entries = ["1 The budget", "2 The vote", "2.1 Why did the vote take so long? The council explains.", "3 What comes next"]
    text = draft(HEADLINE, PARAGRAPHS[0], "Contents hide", "\n".join(entries), "The budget", *PARAGRAPHS[1:])
    assert flagged_lines(text) == set(range(line_of(text, "Contents hide"), line_of(text, entries[-1]) + 1))


def test_a_contents_list_with_its_bullets_on_lines_of_their_own_goes_with_its_label():
    entries = ["-", "The budget", "-", "The vote", "-", "What comes next", "-"]
    text = draft(HEADLINE, PARAGRAPHS[0], "Table of Contents", "\n".join(entries), "1. The budget", *PARAGRAPHS[1:])
    assert flagged_lines(text) == set(range(line_of(text, "Table of Contents"), line_of(text, "What comes next") + 2))


@pytest.mark.parametrize("heading", ["1.1 Background", "2. Scope of the plan", "3.2.1 Costs"])
def test_a_numbered_section_between_paragraphs_is_the_storys(heading):
    assert flagged_lines(between_paragraphs(heading)) == set()


def test_a_quick_summary_label_is_the_storys():
    assert flagged_lines(between_paragraphs("Quick Summary")) == set()


HEADLINES = [
    "UK's Starmer offers 'plan for change' in reset bid after 150 days",
    "South Korea president clings to power after martial law U-turn",
    "Presidential vote seen as referendum on Romania's European future",
    "Hamilton bids farewell to Mercedes as Ferrari vie for title",
    "Macron seeks remedy to France's political crisis",
    "Taiwan's Lai kicks off visit to US territory Guam",
    "Ivory Coast staple cassava meal gains UNESCO heritage status",
    "US stocks surge to records, shrugging off upheaval in South Korea, France",
    "North Korea, Russia defence treaty comes into force",
]


def test_a_page_of_nothing_but_other_stories_headlines_is_one_listing():
    text = "\n".join(f"- {h}" for h in HEADLINES) + "\n"
    assert flagged_lines(text) == set(range(1, len(HEADLINES) + 1))


RULES = [
    "All club rides, the overall pace is set by the slowest rider on that day",
    "No rider will be intentionally left behind",
    "If a rider is struggling then they need to inform other members on the ride",
    "Every rider, club member or not MUST wear a proper fitting cycle helmet",
    "Every rider when riding at night must have high power lights",
    "Riding in club kit is advisable but not compulsory",
    "Rides may be cancelled if the ride leader deems rider safety is in danger",
    "Icy, snowy or very windy conditions may stop a ride",
    "Club rides must stick to legal rights of way",
]


def test_a_page_of_rules_in_a_bulleted_list_is_no_listing():
    # a club's rules, each a sentence without its stop, under the page's title (unseen sample
    # 328): a third of them or more say what must, may or will be done, which headlines seldom do
    from newslint.api import lint_text

    text = "\n".join(["Rules & Regulations", "", *(f"• {r}" for r in RULES)]) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert not [d for d in res.diagnostics if d.code == "BP009"]


def test_a_listing_with_a_headline_that_says_will_is_still_a_listing():
    said = [*HEADLINES[:7], "Trump says Musk will help uncover waste in US government", *HEADLINES[7:]]
    text = "\n".join(f"- {h}" for h in said) + "\n"
    assert flagged_lines(text) == set(range(1, len(said) + 1))


def test_a_list_of_headlines_under_the_storys_paragraphs_is_left_to_the_other_tests():
    # a story that lists headlines it writes about has paragraphs: this pass stands aside
    from newslint.checks.boilerplate import lists

    called = []
    text = draft(HEADLINE, PARAGRAPHS[0], "\n".join(f"- {h}" for h in HEADLINES), *PARAGRAPHS[1:])
    original = lists._claim
    try:
        lists._claim = lambda *a: called.append(a)
        flagged_lines(text)
    finally:
        lists._claim = original
    assert not [c for c in called if c[-1][1] == "headline of another story"]


def test_a_short_bulleted_page_of_sentences_is_no_listing():
    items = [f"- {p}" for p in PARAGRAPHS] * 3
    assert flagged_lines("\n".join(items) + "\n") == set()


def test_a_teaser_closed_by_continue_reading_is_the_pages():
    teaser = "The bar is going to be shifted to a centerpiece of the new taproom Continue Reading →"
    text = between_paragraphs(teaser)
    assert flagged_lines(text) == {line_of(text, teaser)}


@pytest.mark.parametrize("end", ["Continue Reading →", "CONTINUE READING"])
def test_a_box_of_teasers_closed_by_continue_reading_is_the_pages(end):
    teaser = f"The bar is going to be shifted to a centerpiece of the new taproom {end}"
    other = f"Another brewery is building a second site in its home city of Atlanta {end}"
    text = draft(HEADLINE, *PARAGRAPHS, "Brewery news", "A brewery has revealed plans to open a third location.", teaser, other)
    assert {line_of(text, teaser), line_of(text, other)} <= flagged_lines(text)
    assert max(line_of(text, p) for p in PARAGRAPHS) < min(flagged_lines(text))


def test_a_count_over_a_label_is_no_numbered_section():
    assert flagged_lines(between_paragraphs("24 Photos")) != set()


def test_a_local_tv_stations_box_over_its_comments_is_the_pages():
    box = [
        "Article Topic Follows: US & World",
        "BE PART OF THE CONVERSATION",
        "KVIA ABC 7 is committed to providing a forum for civil and constructive conversation.",
        "Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here.",
        "If you would like to share a story idea, please submit it here.",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *box)
    assert {line_of(text, line) for line in box} <= flagged_lines(text)
    assert max(line_of(text, p) for p in PARAGRAPHS) < min(flagged_lines(text))


@pytest.mark.parametrize("where", ["top", "end"])
def test_an_authors_photo_placeholder_is_a_pictures_leftover(where):
    # a picture's placeholder (BP007), not a menu's link
    assert codes_at("Author Profile Photo", where) == ["BP007"]


REPLIES = [
    "  3. by   TazziRN", "    Oh yeah, it's a bummer, because you find out when you are hungry.",
    "  4. by   muffie", "    yeah it stinks",
    "  5. by   Joe NightingMale", "    I had a similar situation when a cafe moved across town.",
]


def test_a_threads_numbered_replies_by_handle_are_comments():
    text = draft(HEADLINE, *PARAGRAPHS) + "\n" + "\n".join(REPLIES) + "\n"
    found = flagged_lines(text)
    assert {line_of(text, r) for r in REPLIES} <= found
    assert max(line_of(text, p) for p in PARAGRAPHS) < min(found)


def test_a_numbered_list_of_ways_to_travel_is_no_thread():
    ways = ["  1. by train", "    The fastest way to the town, with trains every hour.", "  2. by bus",
            "    Slower, but the buses stop in the town centre.", "  3. by car", "    Park at the station and walk."]
    text = draft(HEADLINE, *PARAGRAPHS) + "\n" + "\n".join(ways) + "\n"
    assert "BP006" not in _codes(text)


def _codes(text):
    from newslint.api import lint_text

    from council_story import BP

    return {d.code for d in lint_text(text, path="a.txt", select=BP).diagnostics}


def test_a_sentence_whose_end_the_page_lost_is_no_heading_between_paragraphs():
    cut = "There are 120 different kinds of sleep disorders, and the health agency also reports that"
    assert flagged_lines(between_paragraphs(cut)) == set()


@pytest.mark.parametrize(
    "line, expected",
    [
        ("There are several different types of emergency landings for powered aircraft: planned landing or unplanned landing", True),
        ("It is the first time the council has approved a budget for two new schools and a bridge", True),
        ("There Is No Planet B", False),  # a short title may open so
        ("Council approves budget for new schools and bridge repair after a long debate", False),
    ],
)
def test_a_long_sentence_opening_there_are_is_no_late_headline(line, expected):
    from newslint.checks.boilerplate.position import _expletive_sentence
    from newslint.checks.boilerplate.units import build_units
    from newslint.document import read_document

    unit = build_units(read_document(line + "\n", "a.txt"))[0]
    assert _expletive_sentence(unit) is expected


def test_a_subheading_over_the_paragraph_the_draft_stops_inside_is_the_storys():
    # the draft cut inside its last paragraph ("... as young as 4-5 f"): the heading over it is the
    # story's next part, not a box of links after the story
    lines = [PARAGRAPHS[0], "What The Budget Pays For", *PARAGRAPHS[1:], "Age Range", "The new schools will take pupils as young as 4-5 f"]
    assert flagged_lines("\n".join(lines) + "\n") == set()


def test_related_headlines_after_the_story_that_ends_whole_are_still_the_pages():
    lines = [PARAGRAPHS[0], "What The Budget Pays For", *PARAGRAPHS[1:], "More Stories", "Mayor Opens New Library", "Police Appeal After Break-in"]
    text = "\n".join(lines) + "\n"
    assert {line_of(text, "Mayor Opens New Library"), line_of(text, "Police Appeal After Break-in")} <= flagged_lines(text)


def test_takeaways_between_paragraphs_is_the_storys_label():
    assert flagged_lines(between_paragraphs("Takeaways")) == set()


def test_a_newsletter_boxs_thanks_is_the_pages():
    assert codes_at("Thank you for subscribing!", "end") == ["BP004"]


STAMPED = [
    ("Court denies TikTok's request to halt enforcement of potential US ban", "• Dec. 13, 2024, 8:15 PM ET (AP)"),
    ("Texas' abortion pill lawsuit marks new challenge to interstate telemedicine", "• Dec. 13, 2024, 7:43 PM ET (AP)"),
    ("Supreme Court will take up a challenge to vehicle emissions standards", "• Dec. 13, 2024, 7:03 PM ET (AP)"),
    ("Maine's limit on PAC contributions triggers lawsuit in federal court", "• Dec. 13, 2024, 4:46 PM ET (AP)"),
]


def test_other_stories_headlines_each_over_its_time_stamp_are_a_news_box():
    # a reference page's box of wire headlines, each over a line of date, time and agency
    box = "\n".join(line for pair in STAMPED for line in pair)
    text = draft(HEADLINE, *PARAGRAPHS[:2], box, *PARAGRAPHS[2:])
    assert flagged_lines(text) == lines_from(text, STAMPED[0][0], STAMPED[-1][1])


def test_a_live_page_s_entries_each_over_its_time_and_its_paragraph_are_the_storys():
    # a live page: each entry's heading and time, then what happened
    blocks = [HEADLINE]
    for (title, stamp), paragraph in zip(STAMPED[:3], PARAGRAPHS):
        blocks += [title, stamp.lstrip("• "), paragraph]
    assert flagged_lines(draft(*blocks)) == set()


def test_a_subheading_over_its_date_is_the_storys():
    text = draft(HEADLINE, PARAGRAPHS[0], "The vote in the chamber\nDec. 13, 2024", *PARAGRAPHS[1:])
    assert flagged_lines(text) == set()


TOPIC_PAGE = [
    ("Who's Who? Centuries-Old Owl Mix-Up Fixed", "Desert tawny owl", "January 29th, 2015",
     "Once mistaken for another species of owl, the golden-eyed desert tawny owl is finally getting its due."),
    ("New Nocturnal Gecko Species Discovered in Madagascar", "New gecko species", "November 12th, 2014",
     "A new species of gecko has been found living among the remains of an old French fort."),
    ("Little Ancient Reptile Outlived Dinosaurs", "The fossil locality in Patagonia", "August 20th, 2014",
     "A new fossil find reveals that a family of lizardlike reptiles survived the extinction."),
]


def test_a_topic_page_s_stories_each_with_its_date_are_a_listing():
    # headline, picture caption, date and teaser, three times: other stories on one subject
    text = draft("Newfound Species", PARAGRAPHS[0], "\n".join(line for group in TOPIC_PAGE for line in group))
    assert flagged_lines(text) == lines_from(text, TOPIC_PAGE[0][0], TOPIC_PAGE[-1][-1])


def test_a_listing_stamped_with_times_and_zones_is_found_too():
    groups = [
        ("Canada losing 'civil war' for auto jobs", "12:01 am U.S. ET | March 31, 2014", PARAGRAPHS[0]),
        ("Ford of Europe works its way back", "March 10, 2014 06:01 CET", PARAGRAPHS[1]),
        ("Volvo CEO says Europe production footprint safe", "Nov. 8, 2013 06:01 CET", PARAGRAPHS[2]),
    ]
    text = draft("Plant Closings", *(line for group in groups for line in group))
    assert lines_from(text, groups[0][0], groups[-1][-1]) <= flagged_lines(text)


def test_a_story_s_profiles_each_with_a_life_span_are_the_storys():
    # name, life span, paragraph and picture caption, five times (an unseen page: "Kate Spade" /
    # "December 1962 – June 2018" / "The world was left stunned ..." / "Kate Spade. Getty Images")
    people = [("Ann Lee", "December 1962 – June 2018"), ("Tom Hart", "March 1969 – February 2010"),
              ("Joe Bell", "December 1946 – July 1997"), ("Sue Park", "January 1905 – October 1957")]
    groups = [(name, span, f"{name} served on the council for years. {PARAGRAPHS[k % 4]}", f"{name}. Getty Images")
              for k, (name, span) in enumerate(people)]
    text = draft("Councillors we lost", PARAGRAPHS[0], *(line for group in groups for line in group))
    assert not lines_from(text, groups[0][0], groups[-1][2]) & flagged_lines(text)


def test_a_story_s_timeline_of_dated_paragraphs_is_the_storys():
    # a date over each paragraph: groups of two
    timeline = [("January 29th, 2015", PARAGRAPHS[0]), ("November 12th, 2014", PARAGRAPHS[1]), ("August 20th, 2014", PARAGRAPHS[2])]
    text = draft(HEADLINE, PARAGRAPHS[3], *(line for pair in timeline for line in pair))
    assert flagged_lines(text) == set()


def test_a_summary_label_over_the_points_that_open_a_page_is_the_storys():
    points = "\n".join(
        [
            "- In the EU, 9.6% of children lived in households with very low work intensity in 2023",
            "- 46 million children in the United States received free or reduced-price school meals in 2022",
            "- The share of children in the US who experienced food insecurity was 14.5% in 2022 (USDA ERS)",
            "- 22.5% of children in Canada were living in poverty in 2022 (after-tax measure, using LIM-AT)",
        ]
    )
    lead = "Child poverty remains widespread, with deprivation, hunger and long term harm affecting millions of children."
    assert flagged_lines(draft("Key Takeaways", points, lead, *PARAGRAPHS)) == set()


def test_a_list_a_sentence_introduces_is_the_storys_whatever_separates_its_items():
    items = [
        "Accommodation and heating", "Meals, snacks and drinks", "Personal care and support", "Laundry and housekeeping",
        "General activities within the home", "Routine staffing and administration",
    ]
    listed = "\n".join(line for item in items for line in ("-", item))
    # the story's prose seems to end before the list: a short paragraph, lines without their stops
    text = draft(HEADLINE, PARAGRAPHS[0], "Fees usually include:", listed, "Fees do not always include everything.", "Extras can include hairdressing")
    assert not flagged_lines(text) & lines_from(text, "Fees usually include:", items[-1])
