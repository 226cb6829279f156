"""Page leftovers no test knew, from hobby pages: a document site's box of its other uploads with
a line in it that ends where its link was, an embed's introduction ending with a full stop ("...
check out the clip below."), "Full results and other news are at" with the link gone, a
MediaWiki's "From ... MediaWiki" line, an old site's "Send mail to Webmaster ..." footer.  And the
page's own lines that looked like furniture: an exhibition's picture titles and their "©Name"
credits, a site builder's "Writer's picture: Name", a post signed "~Ms Name", an FAQ's heading
over its "Q." questions, "Step 1" over a recipe's steps, a title ending in a picture's word ("Hill
figure"), a trip log's "Present: ..." line.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import codes_on, draft, flagged_lines, line_of, lines_from

STORY = [
    "We walked over to the cliffs on the beach, where we had heard it was a good place to find ammonites in the rocks.",
    "What we did not expect was to find the beach littered with huge, complete ammonite shells like the one we found.",
    "So next time, we will bring hammers, chisels and a sturdy rucksack to carry the stones home with us again.",
]


def test_a_document_site_s_box_of_uploads_is_flagged_whole_with_a_line_that_lost_its_link():
    titles = [
        "ARRL Field Day 2010 Rules",
        "2016 Colorado QSO Party (COQP)",
        "Rules and other related operating aids (Summary Sheet, Multiplier List) available at:",
        "2018 North Carolina QSO Party Contest Rules",
        "Field Day Source Book",
        "General Rules and Regulations for HF Contests",
        "2013 ARRL DX Contest Rules",
    ]
    text = draft("Field Day June 24 25, 2017", "Similar documents", *titles)
    assert lines_from(text, "Similar documents", titles[-1]) <= flagged_lines(text)
    assert line_of(text, "Field Day June 24 25, 2017") not in flagged_lines(text)
    assert set(codes_on(text, "Similar documents")) == {"BP009"}


def test_an_embed_s_introduction_ending_with_a_full_stop_is_flagged():
    line = "If you're not entirely clear on how letterpress printing works, check out the clip below."
    text = draft("Letterpress Printing", STORY[0], line, STORY[1], STORY[2])
    assert codes_on(text, line) == ["BP011"]


def test_a_sentence_that_mentions_a_picture_below_is_not_an_embed_s_introduction():
    line = "The picture below the headline was taken by my daughter on the beach that morning."
    text = draft("Ammonite hunters", STORY[0], line, STORY[1], STORY[2])
    assert line_of(text, line) not in flagged_lines(text)


def test_results_said_to_be_at_a_lost_link_are_flagged():
    line = "Full results and other news are at"
    text = draft("Bridge round-up", STORY[0], STORY[1], line, STORY[2])
    assert codes_on(text, line) == ["BP011"]
    kept = "Full results are at the club's annual meeting."
    text = draft("Bridge round-up", STORY[0], STORY[1], kept, STORY[2])
    assert line_of(text, kept) not in flagged_lines(text)


def test_a_mediawiki_s_line_under_its_title_is_flagged_and_the_first_heading_is_not():
    text = draft(
        "ScrabbleCompetitive",
        "From WGVC MediaWiki",
        "Jump to: navigation, search",
        "Introduction To Competitive Scrabble",
        "The Clock",
        "In competitive Scrabble, clocks are used to time games, and each player has twenty-five minutes in all.",
        "Start out by using the clock so you get used to it, without paying too much attention to the time at first.",
    )
    assert codes_on(text, "From WGVC MediaWiki") == ["BP003"]
    assert line_of(text, "Introduction To Competitive Scrabble") not in flagged_lines(text)


def test_an_old_site_s_line_to_its_webmaster_is_flagged():
    line = "Send mail to Webmaster with questions or comments about this site."
    text = draft("Choice Of Walk", STORY[0], STORY[1], STORY[2], line)
    assert codes_on(text, line) == ["BP003"]


def test_an_exhibition_s_picture_titles_and_signed_credits_are_the_story_s():
    text = "\n".join([
        "The society's end of year exhibition goes small, with a focus on the botanical details of the illustrated plants.",
        "Allium 'Gladiator'",
        "©Emma van Klaveren",
        "'Meadow Crane's Bill'",
        "©Joan Giles",
        "Rudbeckia 'Cherry Brandy'",
        "©Pauline Trim",
    ]) + "\n"
    assert flagged_lines(text) == set()


def test_a_site_s_copyright_line_is_still_flagged_beside_signed_credits():
    text = draft(STORY[0], "'Meadow Crane's Bill'", "©Joan Giles", STORY[1], "© 2024 Botanical Artists. All rights reserved.")
    assert line_of(text, "©Joan Giles") not in flagged_lines(text)
    assert codes_on(text, "© 2024 Botanical Artists. All rights reserved.") == ["BP001"]


def test_a_signed_credit_opening_the_draft_is_still_flagged():
    text = draft("© Joseph Marzullo/WENN", "Ammonite hunters", *STORY)
    assert codes_on(text, "© Joseph Marzullo/WENN") == ["BP001"]


def test_a_site_builder_s_author_line_with_a_colon_is_the_byline():
    line = "Writer's picture: Stephen WaidleyStephen Waidley"
    text = draft(
        "top of page", "My Aviator Paramotor Training", line, "Updated: Oct 18, 2023", "Caution: LONG post.",
        "During the pandemic, with nothing else to do, I signed myself up for paramotor training with Aviator.",
        "Day 1 started at 9am, and I was the third of all six students to arrive at the Aviator building.",
    )
    assert line_of(text, line) not in flagged_lines(text)


def test_a_post_signed_with_a_tilde_and_a_title_is_the_writer_s():
    text = draft("Ammonite hunting on the beach", *STORY, "~Ms Aparajita Saha")
    assert line_of(text, "~Ms Aparajita Saha") not in flagged_lines(text)


def test_an_faq_heading_over_its_q_questions_is_the_page_s():
    text = "\n".join([
        "AOGC FAQ",
        "Q. How do I get a game?",
        "A. Find a teacher or somebody you wish to play, and message them on the club's group to arrange a time.",
        "Q. If somebody asks me for a game do I have to play them?",
        "A. We ask that members do their best to play whenever possible, but you do not have to play.",
    ]) + "\n"
    assert flagged_lines(text) == set()


def test_step_one_over_a_recipe_s_first_step_is_the_recipe_s():
    text = "\n".join([
        "Step 1",
        "Warm the milk in a stainless steel pot to 86 degrees, stirring it gently all the while so it does not catch.",
        "Step 2",
        "Add the culture to the milk and stir thoroughly, then allow the milk to sit undisturbed for an hour.",
        "Step 3",
        "Dilute the rennet in a quarter cup of cool water and mix it into the milk with an up-and-down motion.",
    ]) + "\n"
    assert flagged_lines(text) == set()


def test_a_title_ending_in_a_picture_s_word_that_the_story_says_is_the_headline():
    text = draft(
        "Hill figure",
        "A hill figure is a large visual representation created by cutting into a steep hillside and revealing the rock.",
        "Hill figures cut in grass are a phenomenon especially seen in England, where there are at least fifty of them.",
    )
    assert flagged_lines(text) == set()


def test_a_trip_log_s_list_of_who_was_there_is_the_story_s():
    line = "Present: Al, Chris, Phil, Louise, Ben"
    log = (
        "We borrowed a key from the hut key store and went caving. Al climbed up a high wall with his cows tails to "
        "rig a ladder to a low wet crawl in the upper series. Took a wrong turn into a boulder collapse. Doubled back "
        "and climbed up into the main chamber, a large aven with lots of calcited boulders resting in mud."
    )
    text = draft("Skip to main content", line, log)
    assert line_of(text, line) not in flagged_lines(text)
    assert codes_on(text, "Skip to main content") == ["BP003"]
