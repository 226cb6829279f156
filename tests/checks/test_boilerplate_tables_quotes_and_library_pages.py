"""The story's own lines that looked like the page's: a table set one cell a line with its bars
("| Byzantine |" / "3.5–4.2 |" / "Round/Segmented |"), headings written alike ("The Exterior" ...
"The Interior"), a quotation's source under it ("Sir Jean de Beuil, mid-1400s"), a heading over a
glossary, a reference article's "literature" and a list item of several sentences at the top of a
page.  And page leftovers no test knew: a project site's counts ("34584 Views, 266 Favorites, 0
Comments"), a wiki's line over an old revision, a document site's page count run into the title,
a digital library's title and links over a scanned book, an audio player's placeholder, a
copy-protection plugin's notice and a music publisher's rights line.  Written for the test, after
the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import codes_on, draft, flagged_lines, line_of

TITLE = "Chainmaille Weaving for Beginners"
STORY = [
    "Chainmaille is the art of interlocking metal rings in patterned weaves, once used for armour and now for jewellery.",
    "The aspect ratio of a ring, its inner diameter over the wire's thickness, decides which weaves it can make.",
]

TABLE = [
    "| Weave Name |", "AR Range |", "Style |", "Notes |",
    "| European 4-in-1 |", "3.6–4.2 |", "Flat |", "Traditional armor style |",
    "| Byzantine |", "3.5–4.2 |", "Round/Segmented |", "Popular for bracelets, decorative |",
]


def test_a_table_set_one_cell_a_line_with_its_bars_is_not_a_breadcrumb_trail():
    text = draft(TITLE, STORY[0], "Common Weave Types", "\n".join(TABLE), STORY[1])
    assert flagged_lines(text) == set()


def test_crumbs_one_a_line_with_their_bars_are_still_a_trail():
    crumbs = "Concord |\nCode of Ordinances |\nTitle I. GENERAL CODE |"
    text = draft(crumbs, TITLE, *STORY)
    got = flagged_lines(text)
    assert {line_of(text, c) for c in crumbs.split("\n")} <= got


# a story's figures, one cell to a line, the date first in each row (a council's weekly cases)
DATED_ROWS = [
    "Date", "Cases", "Deaths", "Tests",
    "Mar 3, 2020", "1,200", "34", "5,310",
    "Mar 10, 2020", "1,450", "41", "6,020",
    "Mar 17, 2020", "1,980", "52", "7,400",
    "Mar 24, 2020", "2,310", "60", "8,100",
]


def test_a_table_of_dated_rows_one_cell_a_line_is_not_a_list_of_stories():
    text = draft(TITLE, STORY[0], "\n".join(DATED_ROWS), STORY[1])
    assert flagged_lines(text) == set()


def test_a_table_s_rows_with_a_place_beside_each_date_are_not_a_list_of_stories():
    rows = [["Mar 3, 2020", "Leeds", "1,200", "34"], ["Mar 10, 2020", "York", "1,450", "41"], ["Mar 17, 2020", "Hull", "1,980", "52"]]
    table = "\n".join(["Date", "Town", "Cases", "Deaths"] + [cell for row in rows for cell in row])
    text = draft(TITLE, STORY[0], table, STORY[1])
    assert flagged_lines(text) == set()


BOAT = [
    "With the road gritters already out on the roads, winter is on its way and it is time to think about the boat.",
    "In this article we give you some useful tips on how to protect your boat if you leave it on its mooring.",
    "The Exterior",
    "Has your narrow boat got a canopy to protect the deck? These covers are a godsend when you leave the boat.",
    "Clean and polish the topsides before the frosts, so that the ice slides off the paintwork rather than biting in.",
    "The Interior",
    "A main problem for the interior of a boat that is not lived in over the winter is damp in the soft furnishings.",
]


def test_headings_written_alike_between_paragraphs_are_the_story_s():
    text = draft("Winterising Your Narrow Boat", *BOAT)
    assert flagged_lines(text) == set()


def test_a_lone_menu_entry_between_paragraphs_is_still_flagged():
    # the same page with one heading that shares nothing with the story and has no sibling
    story = [b for b in BOAT if b not in ("The Exterior", "The Interior")]
    text = draft("Winterising Your Narrow Boat", *story[:2], "Classifieds", *story[2:])
    assert line_of(text, "Classifieds") in flagged_lines(text)


def test_a_quotation_s_source_under_it_is_the_story_s():
    quote = (
        "If you are going to fight on horseback, you need good and sure armour, for a lance is very sharp, "
        "and if it finds the smallest opening it will go in wherever it touches."
    )
    story = [
        "Tournaments and jousts were not just celebrations of chivalry; they were the extreme sport of their day.",
        "In this gallery you will find rare surviving examples of armour made for these sports.",
    ]
    text = draft("Tournaments and Jousts", quote, "Sir Jean de Beuil, mid-1400s", *story)
    assert flagged_lines(text) == set()


def test_a_heading_over_a_glossary_is_the_story_s():
    glossary = (
        "Furrows: The narrow ribbon of soil cut and turned over by the plough.\n"
        "Crown: The process of turning the first few furrows to start the plot.\n"
        "Finish: The last few furrows, which should be straight and neat."
    )
    lead = "Ploughing matches are contests where competitors show their skill by cutting straight, even furrows in a plot."
    tail = "Judges walk each plot after the finish and mark the straightness and the evenness of every furrow."
    text = draft("How Ploughing Matches Work", lead, "Key Elements", glossary, tail)
    assert flagged_lines(text) == set()


def test_a_reference_article_s_literature_heading_is_the_story_s():
    lead = "Bobbin cushions are firmly padded, roll-shaped in Germany or flat and almost square in France."
    more = "A template with the drawn lace pattern, the so-called pattern letter, is stretched around the cushion."
    refs = "- Jutta Lammer: Lexicon of Handicrafts. Ravensburg 1983, p. 156."
    text = draft("Lace pillows", lead, "literature", more, refs)
    assert line_of(text, "literature") not in flagged_lines(text)


def test_a_list_item_of_several_sentences_at_the_top_is_not_another_story_s_headline():
    first = "1 indoor court with angled edges. Built from soccer walls. Size: 32x20m (27m goal to goal distance)"
    rules = [
        "Goals will be real goals with a net. Size: 180x80x40cm",
        "You can ride any bicycle you like, but handlebars must be plugged and you must have at least one brake.",
        "Teams will consist of ten players, and three players per team will be on court at the same time.",
    ]
    text = draft(first, *rules)
    assert line_of(text, first) not in flagged_lines(text)


def test_a_headline_of_two_sentences_is_still_a_headline():
    # one stop inside: a news headline's style ("... highs. It's getting harder ..."), and the
    # label under it is still found as the page's
    headline = "Drug shortages have hit near-record highs. It's getting harder to shield patients from the impacts"
    story = [
        "Dealing with drug shortages is a common task for pharmacies and hospitals, but recent shortages have hit near-record highs.",
        "Part of the pharmacy director's job has been to keep a list of the drugs that are in short supply.",
    ]
    text = draft(headline, *story)
    assert flagged_lines(text) == set()


def test_a_project_site_s_counts_are_flagged():
    line = "34584 Views, 266 Favorites, 0 Comments"
    text = draft(TITLE, "by JohnW539 in Workshop", line, *STORY)
    assert codes_on(text, line) == ["BP004"]


def test_a_wiki_s_line_over_an_old_revision_is_flagged():
    line = "Revision as of 10:55, 3 July 2007 by Cian (talk | contribs) (armour, tournaments)"
    text = draft(line, *STORY)
    assert codes_on(text, line) == ["BP003"]


@pytest.mark.parametrize(
    ("line", "at_top"),
    [
        ("Revision as of 23:13, 29 November 2005", True),  # no editor named after it
        ("From THCCwiki", True),  # a wiki's name in one word under its title
        ("From Cacheopedia", True),
        ("This page was last edited on 3 May 2021, at 10:12.", False),  # MediaWiki's footer
        ('Retrieved from "https://en.wikipedia.org/w/index.php?title=Cheese_rolling&oldid=1023"', False),
    ],
)
def test_mediawiki_s_other_lines_are_flagged(line, at_top):
    text = draft(line, *STORY) if at_top else draft(TITLE, *STORY, line)
    assert codes_on(text, line) == ["BP003"]


@pytest.mark.parametrize(
    "line",
    [
        "From Wikipedia's own pages, the club took its rules.",
        "Retrieved from the river on Monday, the boat was taken to the yard.",
        "This page was last edited by the club's secretary, who keeps the records.",
    ],
)
def test_sentences_like_mediawiki_s_lines_are_not(line):
    assert flagged_lines(draft(TITLE, *STORY, line)) == set()


def test_a_sentence_about_a_revision_is_not():
    line = "The revision as of last July, made by the club's editor, is the one the members voted on."
    text = draft(TITLE, *STORY, line)
    assert flagged_lines(text) == set()


def test_a_document_site_s_page_count_run_into_the_title_is_flagged():
    line = "[Pages:10]Chain Maille Rings"
    story = [
        "Chain maille is an ancient form of weaving with metal rings. Most often it is associated with armour.",
        "While it looks complicated, many of the weaves are not that difficult to do once you know the rings.",
    ]
    text = draft(line, "Gauges, Sizes and Aspect Ratio", "A tutorial presented by", "Gail Nettles", *story)
    assert codes_on(text, line) == ["BP003"]


FOREWORD = [
    "IN PROVIDING THIS HANDBOOK on the use of handbells for youth",
    "choirs in church music, Doris Watson has done the Christian",
    "Church a very great service.",
    "",
    "One summer during the Second World War a family with",
    "handbells visited Keene Valley in the Adirondacks in New York",
    "State. Members of the summer community were invited to join",
    "in bell ringing. The bells proved an immediate success.",
]


def test_a_digital_library_s_title_and_links_over_a_scanned_book_are_flagged():
    head = ['Full text of "The Handbell Choir"', "See other formats"]
    text = draft(*head, "THE HANDBELL CHOIR", "\n".join(FOREWORD))
    got = flagged_lines(text)
    assert {line_of(text, h) for h in head} <= got
    assert line_of(text, FOREWORD[0]) not in got


def test_a_sentence_quoting_a_full_text_is_not_a_library_s_title():
    line = 'Full text of "the treaty" was published by the ministry on Monday, officials said.'
    text = draft(TITLE, *STORY, line)
    assert flagged_lines(text) == set()


def test_an_audio_player_s_placeholder_a_protection_notice_and_a_rights_line_are_flagged():
    player = "Getting your Trinity Audio player ready..."
    plugin = "Content Protected Using Blog Protector By: PcDrome."
    rights = "International Copyright Secured."
    text = draft(TITLE, "Published 11:37 pm Monday, August 21, 2023", player, *STORY, plugin)
    got = flagged_lines(text)
    assert {line_of(text, player), line_of(text, plugin)} <= got
    score = draft("The Handbell Choir", "Copyright 1959 by The H. V. Gray Co., Inc.", rights, *STORY)
    assert line_of(score, rights) in flagged_lines(score)


# -- the forty-seventh session's second sample ---------------------------------------------------

FOSSILS = [
    "Ammonites are extinct marine molluscs with spiral, chambered shells, commonly found as fossils in rock.",
    "Prime Hunting Grounds",
    "Ammonite fossils are found worldwide, mostly in sedimentary rock laid down in ancient seas.",
    "These marine deposits show areas once under vast seas, and their spread shows how widely the animals lived.",
    "Essential Tools and Techniques",
    "Searching for ammonites needs a few basic tools: sturdy shoes, gloves, safety glasses and a geological hammer.",
]


def test_two_subheadings_of_the_story_over_its_paragraphs_are_the_story_s():
    text = draft(*FOSSILS)
    assert flagged_lines(text) == set()


def test_a_short_label_between_paragraphs_beside_a_subheading_is_still_flagged():
    story = [f for f in FOSSILS if f != "Prime Hunting Grounds"]
    text = draft(*story[:2], "Classifieds", *story[2:])
    assert line_of(text, "Classifieds") in flagged_lines(text)


def test_an_archive_s_note_on_an_old_story_is_flagged_alone_not_after_a_date():
    note = "This story is over 5 years old."
    text = draft("FYI.", note, "Astronomers Approve Mauna Kea Telescope", *STORY)
    assert line_of(text, note) in flagged_lines(text)
    dated = "May 6, 2014 10.50 am This story is over 114 months old"
    text = draft("Astronomers Approve Mauna Kea Telescope", dated, *STORY)
    assert line_of(text, dated) not in flagged_lines(text)


def test_a_q_and_a_site_s_import_note_and_a_link_s_new_tab_note_are_flagged():
    note = "This post was sourced from https://outdoors.stackexchange.com/q/3348. It is licensed under CC BY-SA 3.0."
    tab = "{Click image(s) to view on Flickr - opens in new tab}"
    text = draft("How cold is the water in a sauna hole?", note, *STORY, tab)
    got = flagged_lines(text)
    assert {line_of(text, note), line_of(text, tab)} <= got


def test_a_picture_s_file_name_of_lower_case_words_is_flagged():
    text = draft("Quill Pen", "quill diagram.jpg", *STORY)
    assert codes_on(text, "quill diagram.jpg") == ["BP007"]


def test_a_wiki_mirror_s_box_of_quotations_is_flagged():
    label = "Famous quotes containing the word bog:"
    quote = "    Our Bog is dood, our Bog is dood,\n    They lisped in accents mild,\n    They grew a little wild."
    text = draft("Bog Snorkelling", *STORY, label, quote)
    assert line_of(text, label) in flagged_lines(text)


def test_the_source_of_a_definition_under_it_is_the_story_s():
    story = [
        "A zine, short for fanzine and from the word magazine, is most commonly a small-circulation self-published work.",
        "Zines are written in many formats, from computer-printed text to comics to handwritten text.",
    ]
    text = draft("What is a zine?", *story, "- definition by wikipedia")
    assert flagged_lines(text) == set()
