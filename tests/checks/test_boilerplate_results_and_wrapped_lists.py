"""The story's own lines that looked like the page's: a quiz league's results, each row a score
between its two sides ("1 The Old Bangers 12 48 v 54 18 Exiles"), and a list under a sentence
wrapped over lines whose colon stands on a last line of two words ("... timeframes for their
ultimate" / "closures, are:").  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_blocks, line_of

RESULTS = [
    "1 The Old Bangers 12 48 v 54 18 Exiles",
    "2 JC and the Jets 20 54 v 47 16 Aardvarks",
    "3 Kluggers 5 51 v 45 20 Tramway",
    "4 Monstrous Regiment 13 43 v 56 13 Plasterers",
    "5 Bookworms 13 45 v 44 17 St Patricks",
    "6 Lever Club 30 57 v 58 13 Aigburth People",
]


def test_a_league_s_results_closing_the_page_are_not_a_list_of_links():
    lines = [
        "Riley Cup 2023",
        "May I thank you all for getting the results to me so quickly last night; one team had trouble sending theirs but all arrived in the end.",
        "Round Two games will be played on Monday 17th April. Questions will be sent by post as some of the venues have no email.",
        "Game Home Team hcap score score hcap Away Team",
        *RESULTS,
    ]
    text = "\n".join(lines) + "\n"
    assert not flagged_lines(text) & {line_of(text, row) for row in RESULTS}


def test_a_fixture_list_of_names_alone_is_not_taken_for_scores():
    from newslint.checks.boilerplate.tables import score_row

    units = line_blocks(["Leeds v York", "Hull v Bradford", "Wakefield v Castleford"])
    assert not any(score_row(units, i) for i in range(1, len(units)))


# a hockey association's weekend results after its round-up, each division's name over its score
# between the two sides' names, a blank line between blocks (after 333 p15)
DIVISIONS = [
    "Premier League 1",
    "North West Strikers 3-2 Moorebank Hockey",
    "PL2",
    "Sutherland 2-1 Ryde Hunters Hill",
    "A Men",
    "Tigers 5-3 East Darwin Storm",
    "A Women",
    "Commerce Pints 3-0 Waratah",
]


def test_a_league_s_scores_between_names_under_division_headings_are_the_story_s():
    text = "\n\n".join([
        "Weekend round-up: top of the table clashes",
        "A busy weekend across the state saw the league leaders tested, with three of the four premier divisions decided by a single goal.",
        "Coaches praised the young players who stepped up after a week of illness in several squads, and the umpires who worked double shifts.",
        *DIVISIONS,
    ]) + "\n"
    assert not flagged_lines(text) & {line_of(text, row) for row in DIVISIONS}


def test_a_score_headline_that_goes_on_after_the_story_is_still_another_story_s():
    from newslint.checks.boilerplate.tables import score_row

    units = line_blocks(["Arsenal 2-1 Chelsea: Saka seals it late", "Spurs sack manager after derby defeat", "Liverpool 3-0 Everton: Salah double"])
    assert not any(score_row(units, i) for i in range(len(units)))
    # a lone score among other stories' headlines has no row of results beside it
    units = line_blocks(["Spurs sack manager after derby defeat", "Arsenal 2-1 Chelsea", "Council approves plan for new harbour wall"])
    assert not score_row(units, 1)


# a story hard-wrapped by hand, each paragraph's first words alone on a line, a blank line between
# paragraphs (too many short lines for the reader to join them as wrapped text)
WRAPPED = [
    "Protests fail - nine stations to close",
    "",
    "Shipping minister Mike Penning announced on 22 November that proposals for",
    "reorganisation of the Coastguard service have been formally approved by the",
    "",
    "The bulk of",
    "the proposals were released in July, after extensive public consultation, with",
    "a few outstanding points held back for further consideration.",
    "",
    "This period",
    "saw an outpouring of protest from communities that stood to lose their",
    "facilities. Much of the argument came from the widespread belief that a loss of",
    "local knowledge would lead to the new service proving less effective.",
    "",
    "Stations that",
    "are planned to close were predominantly chosen by pairing adjacent centres",
    "and retaining the most suitable. These, and the timeframes for their ultimate",
    "closures, are:",
    "",
]
CLOSING = [
    "Clyde – 2012/13", "Forth – 2012/13", "Solent – 2013/14", "Portland – 2013/14", "Yarmouth – 2013/14",
    "Brixham – 2013/14", "Liverpool – 2014/15", "Thames – 2014/15", "Swansea – 2014/15",
]
AFTER = "The volunteer Coastguard Rescue Service remains largely unaffected and will have its regular support."


def test_a_list_under_a_wrapped_sentence_s_last_line_of_two_words_is_the_story_s():
    text = "\n".join([*WRAPPED, *CLOSING, "", AFTER]) + "\n"
    assert not flagged_lines(text) & {line_of(text, row) for row in CLOSING}


def test_a_wrapped_line_in_title_case_over_the_colon_does_not_make_a_story_sentence():
    from newslint.checks.boilerplate.tables import wrapped_colon_end
    from newslint.checks.boilerplate.units import build_units
    from newslint.document import read_document

    units = line_blocks(["Browse Our Other Sections And Find More Stories About", "boats, are:"])
    assert not wrapped_colon_end(units, 2)
    units = build_units(read_document("\n".join(WRAPPED), "a.txt"))
    assert units[-1].text == "closures, are:"
    assert wrapped_colon_end(units, len(units) - 1)


# a badminton club's leader board under the sentence that quotes it, each team's average lead a
# decimal at the end of its row (after 336 p39)
BOARD = ["Team Nico 4.6", "Team Priska 2.9", "Team Nick 2.6", "Team Anita 2.5", "Team Elliot 1.9", "Team George -0.9", "Team Beth -6.2"]


def test_a_leader_board_s_rows_ending_with_decimals_are_the_story_s():
    text = draft(
        "Family Fun Intermediates Tournament Results",
        "Thanks to everyone who came along on Saturday, and to the parents who ran the scoring table all afternoon.",
        "If the score board at the end of the session is to be believed, this is the leader board.",
        "\n".join(["Team Average Lead", *BOARD]),
    )
    assert not flagged_lines(text) & {line_of(text, row) for row in BOARD}


def test_a_lone_name_ending_with_a_decimal_is_no_board():
    from newslint.checks.boilerplate.tables import decimal_rows

    units = line_blocks(["More From KISS FM 96.9", "Team Nico 4.6", "Contact us about advertising on the station"])
    assert not decimal_rows(units, 1) and not decimal_rows(units, 2)


# an interclub night's report, hard-wrapped at a fixed width up to the clubs' points by place (two
# places shared), its closing paragraphs not wrapped but for a last word (after 335 p15)
PLACINGS = [
    "1st - Riverton (186 points)",
    "Equal 2nd - Hillside & Northfield (185)",
    "Equal 3rd - Westbrook and EPPS (182)",
]
WRAPPED_REPORT = [
    "Northfield Interclubs - Close Competition!",
    "",
    "The Interclub Competition on Monday June 23 was a most enjoyable and closely fought",
    "contest! Five clubs participated - Northfield CC, Westbrook CC, Hillside CC, Riverton PS",
    "and EPPS. The judge was Paula Roberts (well-known to EPPS members). As usual, Paula",
    "gave insightful feedback on many of the images. In the end, the overall club points tallies were:",
    "",
    *PLACINGS,
    "",
    "After the announcement of winners, Paula Roberts presented a talk on the directions that photography and photographic equipment might take into the future. Well done to everyone to all participants. And we also had a good representation from EPPS on the night as well. In",
    "attendance were: Rob F, Liz, Tony, Carina, Derek, Rose and spouse, and myself (RW). The evening went very smoothly with Northfield delivering great hospitality (wonderful supper) and most welcoming to the visiting club members.",
]


def test_a_capitalised_line_in_the_middle_of_a_hard_wrapped_paragraph_is_the_story_s():
    text = "\n".join(WRAPPED_REPORT) + "\n"
    assert line_of(text, WRAPPED_REPORT[3]) not in flagged_lines(text)


def test_places_shared_and_counted_in_brackets_are_the_story_s_ranking():
    text = "\n".join(WRAPPED_REPORT) + "\n"
    assert not flagged_lines(text) & {line_of(text, p) for p in PLACINGS}


def test_names_with_counts_that_rank_nothing_are_still_a_category_list():
    from newslint.checks.boilerplate.tables import ranked_place

    units = line_blocks(["Equal pay (2)", "Gender gap (3)", "Pensions (7)"])
    assert not any(ranked_place(units, i) for i in range(1, len(units)))
    units = line_blocks(PLACINGS)
    assert all(ranked_place(units, i) for i in range(1, len(units)))


# a camera club's entries in a competition, each picture's title and maker with the judge's mark set
# off by a dash, closing the page (after 335 p16)
ENTRIES = [
    "Many happy returns by Jane Hill – 17",
    "Castle in the mist by Jane Hill – 16",
    "Leadenhall market by Ian Walker – 19",
    "Puffballs and fly by Tom Barry – 18",
    "New year's day Lasers by Philip Adams – 18",
    "Harbour lights by John Crosby – 19",
]


def test_a_competition_s_entries_each_ending_with_its_mark_are_the_story_s():
    text = draft(
        "Camera Craft Cup",
        "Thursday night saw us at the neighbouring club for the Camera Craft Cup, a competition for digital images between eight clubs, with six images each.",
        "Here are the results. We came fourth of seven, two points behind the winners.",
        "And here is how our images scored. The judge was Naomi Saul.",
        "\n".join(ENTRIES),
    )
    assert not flagged_lines(text) & {line_of(text, row) for row in ENTRIES}


def test_a_page_list_with_a_dash_and_a_number_once_is_no_board():
    from newslint.checks.boilerplate.tables import decimal_rows

    units = line_blocks(["Festival of Lights – 2", "About the Society", "Contact the Secretary"])
    assert not any(decimal_rows(units, i) for i in range(1, len(units)))
