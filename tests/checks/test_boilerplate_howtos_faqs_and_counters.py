"""Page leftovers no test knew, from hobby pages: a CMS's view counter under each post ("Hits: 16"),
a date archive's title ("Month: April 2017"), a document viewer's pager ("You are on page 1of
50"), a paged site's jump line ("(CONTINUED from previous page)"), a Creative Commons source line
("Source: Wikipedia — Bumps race (CC BY-SA 4.0)") and a phrase stuffed for search engines
("Rocking Horse restoration Rocking Horse restoration ...").  And the page's own lines that looked
like a menu: a how-to's "Things You'll Need" list over its "Instructions", an FAQ page's heading
over its first question, a title over a programme's timed items ("Costume Contest" / "Pre-Judging –
11:00am-1:30pm"), a crossword clue with its letters between paragraphs ("Animal Liberators captured
(3)"), a site builder's author line ("Writer's pictureCaitlin Chichester, MSci"), and the first
post's title under a date archive's title.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import codes_on, draft, flagged_lines, line_of

STEPS = [
    "Set up a separate tank for the breeding shrimp with a heater and filter, and add rocks as hiding places.",
    "Use the plastic container to scoop two male shrimp for every female from the main tank into the breeding tank.",
    "Supplement the shrimps' diet of algae with fish flakes until the females carry eggs under their tails.",
]


def test_a_how_to_s_list_of_needs_over_its_instructions_is_the_story_s():
    needs = ["- Separate 10-gallon tank", "- Aquarium heater and filter", "- Small plastic container", "- Fish flakes", "- Fry food"]
    text = "\n".join(["Things You'll Need", *needs, "Instructions", *STEPS]) + "\n"
    assert flagged_lines(text) == set()


def test_a_list_of_needs_with_no_steps_under_it_is_not_spared():
    # no "Instructions" over a step: nothing says the list is a how-to's
    text = draft("Supplies", "Shop", "Contact", "Breeding shrimp at home", *STEPS)
    assert line_of(text, "Supplies") in flagged_lines(text)


def test_an_faq_page_s_heading_over_its_first_question_is_the_page_s_text():
    text = "\n".join([
        "Frequently Asked Questions",
        "01. Who or What looks after War Memorials?",
        "This depends on where it is.",
        "If inside a building, the owners of the building are responsible for the memorial.",
        "If outside, it will be the local council unless trustees were appointed when it was unveiled.",
    ]) + "\n"
    assert flagged_lines(text) == set()


def test_a_title_over_a_programme_s_timed_items_is_the_headline():
    text = "\n".join([
        "Costume Contest",
        "",
        "Pre-Judging – 11:00am-1:30pm",
        "Contest – 3:00pm-4:00pm",
        "",
        "The Costume Contest allows talented cosplayers and designers to showcase their abilities at creating costumes.",
        "",
        "Entrants to the costume contest are judged on craftsmanship, accuracy and presentation on stage.",
    ]) + "\n"
    assert flagged_lines(text) == set()


def test_a_clue_with_its_letters_between_paragraphs_is_the_story_s():
    clue = "Animal Liberators captured (3)"
    text = draft(
        "How to solve a cryptic crossword",
        "A cryptic clue gives more information about the answer than a plain definition does, if you can read it.",
        clue,
        "This clue tells us that the word liberators has captured the letters of the answer we are looking for.",
        "Essentially a cryptic clue contains three parts: a definition, the wordplay and the link between them.",
    )
    assert line_of(text, clue) not in flagged_lines(text)


def test_a_blog_s_archive_by_year_is_still_the_page_s():
    text = draft(
        "How to solve a cryptic crossword",
        "A cryptic clue gives more information about the answer than a plain definition does, if you can read it.",
        "► 2008 (212)",
        "This clue tells us that the word liberators has captured the letters of the answer we are looking for.",
    )
    assert codes_on(text, "► 2008 (212)") == ["BP003"]


def test_a_site_builder_s_author_line_over_the_title_is_the_byline():
    line = "Writer's pictureCaitlin Chichester, MSci"
    text = draft(
        "top of page",
        line,
        "Should You Keep Your Koi Pond Filter On or Off in Winter?",
        "Many pond owners and koi keepers believe that filters should be left on over winter, and this post looks at why.",
        "A filter removes dirt and debris from the pond water by trapping it in the filter media, whatever the season.",
    )
    assert line_of(text, line) not in flagged_lines(text)
    assert codes_on(text, "top of page") == ["BP003"]


def test_a_date_archive_s_title_is_flagged_and_the_first_post_s_title_is_not():
    text = draft(
        "Month: April 2017",
        "Where LARPing Fails",
        "So I am a big fan of live-action roleplaying, whatever form that might come in, and I have played for years.",
        "Whether it is trying to re-create a bygone era or a world of fantasy, the costumes and the rules matter.",
    )
    assert flagged_lines(text) == {1}
    assert codes_on(text, "Month: April 2017") == ["BP003"]


def test_a_cms_s_view_counter_under_each_post_is_flagged():
    text = draft("Two more warriors from the Middle Ages", "Hits: 16", *STEPS)
    assert codes_on(text, "Hits: 16") == ["BP004"]


def test_a_document_viewer_s_pager_and_a_jump_line_are_flagged():
    text = draft("You are on page 1of 50", "Breeding shrimp at home", STEPS[0], "(CONTINUED from previous page)", STEPS[1], STEPS[2])
    assert codes_on(text, "You are on page 1of 50") == ["BP003"]
    assert codes_on(text, "(CONTINUED from previous page)") == ["BP003"]


def test_a_creative_commons_source_line_is_flagged():
    line = "Source: Wikipedia — Bumps race (CC BY-SA 4.0)"
    text = draft("Bumps race", "A bumps race is a form of rowing race in which a number of boats chase each other in single file.", line)
    assert codes_on(text, line) == ["BP001"]


def test_a_phrase_stuffed_for_search_engines_is_flagged():
    line = " ".join(["Rocking Horse restoration"] * 5 + ["Oxford Rocking Horses"])
    text = draft("Restoration", STEPS[0], line, STEPS[1])
    assert codes_on(text, line) == ["BP003"]


def test_a_chorus_quoted_in_a_story_is_not_stuffing():
    line = "The crowd sang “let it be, let it be, let it be” as the band walked off the stage at the end of the night."
    text = draft("Breeding shrimp at home", STEPS[0], line, STEPS[1])
    assert line_of(text, line) not in flagged_lines(text)
