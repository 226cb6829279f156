"""Shapes of small sites' pages (clubs, artists, events): a theme's comment header of two labelled
fields ("By: Rich-Illinois Posted: October 17, 2022") under the comment section's heading, with
no article above it; a share bar's "Google plus", an empty tag box, a forum's rank with its
poster's name gone, an old wiki's "[edit] External links"; an event's street address, which is no
section link; a site builder's contact prompt and an add-to-calendar button's hidden fields; a
blog index's "Continue reading" run into the next title, a form's fields whose labels are gone, a
breadcrumb trail set one crumb a line.  Each written for the test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import draft, flagged_lines, line_of, lines_from

from newslint.api import lint_text

COMMENTS_HEADING = "2 response to \"Hand Painting a Water Tower\""
FIRST_HEADER = "  1. By: Lednar De Nalloh Posted: October 17, 2022"
FIRST_COMMENT = "    Always wondered how they get the proportions right when painting those large murals"
REPLY_HEADER = "    • By: Rich-Illinois Posted: October 17, 2022"
REPLY = "      I have wondered that too, and apparently they use some sort of grid system with the art work lined in?"


def test_labelled_headers_under_the_comment_heading_are_all_comments():
    # the page holds the comments alone: the first header heads a reply, not a thread's opening post
    text = draft(COMMENTS_HEADING, FIRST_HEADER, FIRST_COMMENT, REPLY_HEADER, REPLY, "Leave a Reply")
    assert lines_from(text, COMMENTS_HEADING, "Leave a Reply") <= flagged_lines(text)
    found = lint_text(text, path="a.txt", select=["BP006"]).diagnostics
    assert any(d.message.startswith("Reader comments (2 comments)") for d in found), [d.message for d in found]


def test_the_same_headers_after_a_story_are_its_comments():
    story = [
        "Painter finishes mural on the town's water tower",
        "The artist spent six weeks on a harness, painting the town's name and a field of sunflowers forty metres up.",
        "The council paid for the work from its arts budget, and the tower will be lit at night from next month.",
    ]
    text = draft(*story, COMMENTS_HEADING, FIRST_HEADER, FIRST_COMMENT, REPLY_HEADER, REPLY)
    got = flagged_lines(text)
    assert lines_from(text, FIRST_HEADER, REPLY) <= got
    assert got.isdisjoint(line_of(text, t) for t in story)


def test_a_byline_with_the_same_labels_over_a_story_is_not_a_comment():
    story = [
        "Painter finishes mural on the town's water tower",
        "By: Jane Doe Posted: October 17, 2022",
        "The artist spent six weeks on a harness, painting the town's name and a field of sunflowers forty metres up.",
        "The council paid for the work from its arts budget, and the tower will be lit at night from next month.",
    ]
    assert flagged_lines(draft(*story)) == set()


STORY = [
    "Town criers gather for the county championship",
    "Eleven town criers from across the county met on the market square on Saturday for the annual championship.",
    "Each crier gave two cries, one about the town and one of their own choosing, and the judges marked them for volume and diction.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Google plus Linkedin Pinterest",  # a share bar's buttons, the network's name spelt out
        "No tags yet.",  # a blog's empty tag box
    ],
)
def test_page_strings_between_the_byline_and_the_story_are_flagged(line):
    text = draft(STORY[0], "Oct. 30, 2008", line, *STORY[1:])
    assert flagged_lines(text) == {line_of(text, line)}


def test_a_forum_rank_over_a_post_whose_poster_s_name_is_gone_is_flagged():
    title = "Some fun news - woolly postbox toppers"
    post = "I saw this on the news and thought I'd share for some mid week joy. People knit toppers for the pillar boxes in their village."
    text = draft(title, "Well-Known Member", post)
    assert flagged_lines(text) == {line_of(text, "Well-Known Member")}
    found = lint_text(text, path="a.txt", select=["BP006"]).diagnostics
    assert len(found) == 1


@pytest.mark.parametrize("office", ["Council Member", "Board Member", "Founding Member"])
def test_a_person_s_office_on_its_line_is_not_a_forum_rank(office):
    text = draft(*STORY[:2], "Jane Doe", office, STORY[2])
    assert line_of(text, office) not in flagged_lines(text)


def test_a_wiki_s_edit_link_over_its_external_links_takes_the_list_with_it():
    links = ["- Log Rolling from ESPN", "- Good picture", "- American Birling Association (logrolling.org)"]
    text = draft(
        "Log rolling",
        "Log rolling is a traditional lumberjack contest, involving logs in a river or other body of water.",
        "It is also just as commonly known as log birling, and contests are held at fairs across North America.",
        "[edit] External links",
        *links,
    )
    assert lines_from(text, "[edit] External links", links[-1]) <= flagged_lines(text)


def test_a_wiki_s_edit_link_over_a_part_of_the_article_leaves_the_part_alone():
    text = draft(
        "Log rolling",
        "Log rolling is a traditional lumberjack contest, involving logs in a river or other body of water.",
        "[edit] History",
        "The sport began among the loggers who drove timber down the rivers of Maine and the Pacific Northwest.",
    )
    assert flagged_lines(text) == set()


def test_an_event_s_address_over_its_title_is_not_a_section_link():
    card = ["• Anne's Army Cornhole Tournament", "  • Sat, 10/19/2019 at 1:30 pm", "  • Legal Draft Beer Co.", "    500 E Division St", "    76011 Arlington"]
    text = draft(
        *card,
        "Anne's Army Cornhole Tournament - Legal Draft Beer Co. - Arlington",
        "Annual fundraiser for Anne's Army and kick off to our Bike MS team. Teams of 2 compete in double elimination for the trophy.",
    )
    assert flagged_lines(text).isdisjoint(line_of(text, t) for t in card)


def test_the_opening_post_s_rank_over_its_card_is_one_finding():
    card = ["Well-Known Member", "Joined", "14 November 2007", "Messages", "7,049", "Location", "Thirsk, North Yorkshire, UK"]
    reply_card = ["juliette", "Well-Known Member", "Joined", "17 June 2010", "Messages", "952"]
    text = draft(
        "Covering a cattle grid (ideas please)",
        "JenHunt",
        *card,
        "We are holding a pleasure ride on Sunday, and the route crosses a cattle grid on the common. What can we use to cover it safely?",
        *reply_card,
        "A sheet of heavy rubber matting over a board works well, as long as the board is fixed at both ends.",
    )
    first = line_of(text, card[0])
    found = [d for d in lint_text(text, path="a.txt", select=["BP006"]).diagnostics if d.line == first]
    assert len(found) == 1, [d.message for d in found]


def test_a_work_s_place_in_its_details_over_the_title_is_not_a_section_link():
    text = draft(
        "  Verizon Water Tower Murals",
        "  Pomona, CA",
        "Verizon Water Tower Murals",
        "In 2016, Art was commissioned by Verizon Wireless to create two murals on a cover for a cell phone tower in Pomona.",
    )
    assert line_of(text, "  Pomona, CA") not in flagged_lines(text)


def test_a_title_over_a_page_s_line_over_the_first_paragraph_is_the_headline():
    # the title shares its words with the story, the line under it none: a label longer than two
    # words there is the page's, under the headline
    text = draft(
        "The Bridge That Will Never Be",
        "899 Words2 Pages",
        "When I was a small child, my parents crossed the James River on the ferry, and everyone said a bridge would be built.",
        "Fifty years later the ferry still runs, and the plans for the bridge have been drawn and shelved four times.",
    )
    assert flagged_lines(text) == {line_of(text, "899 Words2 Pages")}


EVENT = [
    "Outhouse race will take place Saturday, February 18, 2023, on Ace of Diamond Street.",
    "All outhouses need to be lined up by 11:00 am to be judged for the People's Choice trophy.",
]


def test_a_site_builder_s_contact_form_prompt_under_the_page_is_flagged():
    prompt = (
        "Do you have questions or comments about the event? Do you need special accommodations? "
        "Send me a message, and I will get back to you as soon as I can."
    )
    text = draft("Outhouse Race", *EVENT, prompt)
    assert flagged_lines(text) == {line_of(text, prompt)}


def test_a_calendar_button_s_hidden_fields_are_flagged():
    data = "2024-06-02 13:00:242024-06-02 17:00:35America/Los_AngelesBags & Brews 2024"
    text = draft(data, "Outhouse Race", *EVENT)
    assert line_of(text, data) in flagged_lines(text)
    assert line_of(text, EVENT[0]) not in flagged_lines(text)


def test_a_story_s_sentence_with_an_iso_date_is_not_calendar_data():
    line = "2024-06-02 13:00 is when the race starts, and the road closes an hour before."
    text = draft("Outhouse Race", *EVENT, line)
    assert flagged_lines(text) == set()


def test_a_club_s_membership_grade_over_its_fee_is_not_a_forum_rank():
    text = draft(
        "Membership fees for 2025",
        "The club's fees for the coming season were agreed at the annual meeting in March, and are due by the end of April.",
        "Senior Member",
        "£420",
        "Junior Member",
        "£95",
        "Members joining after July pay half of the year's fee, and the joining fee is waived for juniors.",
    )
    got = flagged_lines(text)
    assert line_of(text, "Senior Member") not in got and line_of(text, "Junior Member") not in got


@pytest.mark.parametrize(
    "line",
    [
        "Back to All Events",  # an events calendar's link back to its list
        "Play all audios:",  # an audio player's button
        "Get our free mobile app",
        "The URL for this article is:",  # a print view's footer over the story's address
    ],
)
def test_more_page_strings_are_flagged(line):
    text = draft(STORY[0], line, *STORY[1:])
    assert flagged_lines(text) == {line_of(text, line)}


def _messages(text: str) -> dict[int, str]:
    return {d.line: d.message for d in lint_text(text, path="a.txt", select=["BP"]).diagnostics}


def test_a_blog_index_s_continue_reading_run_into_the_next_title_is_a_teaser():
    glued = "Continue readingYoung Pinball Wizards Take Center Stage at Starfighters Arcade"
    text = draft(*STORY, glued)
    # (after the story the line was flagged before, as another story's headline)
    assert _messages(text)[line_of(text, glued)].startswith("Teaser of another story")


def test_a_form_s_fields_whose_labels_are_gone_are_flagged_as_the_form_s():
    fields = ["  1. (required)", "  2. (required)", "  3. (optional)"]
    text = draft(*STORY, "Enter the race", *fields)
    assert {line_of(text, f) for f in fields} <= flagged_lines(text)
    assert _messages(text)[line_of(text, fields[0])].startswith("Login and comment-form prompts (3 lines)")


CRUMBS = ["Concord |", "Code of Ordinances |", "Title I. GENERAL CODE |", "Chapter 13. PUBLIC HEALTH |"]
ORDINANCE = [
    "No person shall operate a tattoo establishment within the City of Concord unless that person has obtained a license from the City.",
    "Applications for such licenses shall be made in writing on a form prescribed by the City's Code Administrator.",
]


def test_a_breadcrumb_trail_set_one_crumb_a_line_is_flagged():
    text = "\n".join(CRUMBS) + "\n\n" + "\n\n".join(ORDINANCE) + "\n"
    assert {line_of(text, c) for c in CRUMBS} <= flagged_lines(text)
    assert flagged_lines(text).isdisjoint(line_of(text, t) for t in ORDINANCE)


@pytest.mark.parametrize(
    "lines",
    [
        ["November 6, 2012 |", "1:46 pm |"],  # a post's date and time, each with its bar: two lines
        ["Bottled toddy, Kerala. flickr.com |", "Drunk man shutterstock.com |", "A tapper at work. dbpost.com |"],  # captions with their source
    ],
)
def test_lines_with_a_bar_that_are_no_breadcrumb_are_not_taken_for_one(lines):
    text = "\n".join(lines) + "\n\n" + "\n\n".join(ORDINANCE) + "\n"
    assert not any(m.startswith("Breadcrumb") for m in _messages(text).values())


FOUNTAIN = [
    "Thank You! The Second Phase of Repairs is Complete",
    "Friends of the Bandstand has just finished the second phase of its repairs, and we want the "
    "neighbourhood to know how much your gifts made possible this year.",
    "Since the first phase, volunteers have replaced eleven railings, laid a new path to the steps "
    "and repainted the roof, and the city shared the cost of the lighting.",
    "Friends of the Bandstand",
    "Below is a Recap of our Fund Raising and Expenses",
]
ACCOUNTS = [
    "2019$4,737Opening bank balance",
    "2020$5,888$1,437Summer concert (banners, permits, fliers)",
    "2021$3,901$4,203Deposit for the benches",
]


def test_a_charity_s_accounts_under_its_story_are_its_own():
    text = draft(*FOUNTAIN, *ACCOUNTS)
    assert flagged_lines(text) == set()


def test_one_line_opening_with_a_year_and_a_sum_is_no_table():
    # alone after a menu, such a line is the menu's like any other line
    lines = ["Shop", "Events", "2021$3,901 raised this year", "Volunteer"]
    text = draft(*FOUNTAIN[:3], *lines)
    assert {line_of(text, t) for t in lines} <= flagged_lines(text)


MINUTES_HEAD = "Minutes of the Annual General Meeting of the Village Hall Management Committee Monday 18 April 2011"
MINUTES_BODY = [
    "Everyone was thanked for attending.",
    "Minutes from the last AGM held on 12 April 2010",
    "These were read from the Minute Book and there were no matters arising with the exception of further work to the heating system.",
    "It was noted that a long-serving member of the committee was in hospital, and a card would be sent.",
    "The heating work had been paid for, and the hall's accounts were in good order for the year.",
]


def _minutes(*names: str) -> str:
    # laid out as a village hall's page: its date and heading, the minutes' title, the members
    # present line under line, then the minutes
    return draft("June 24, 2019", "AGM Minutes & Reports", MINUTES_HEAD, "\n".join(names), *MINUTES_BODY)


def test_a_committee_named_with_titles_above_the_minutes_is_not_other_stories_headlines():
    # an AGM's attendance list, nine members line under line (a box of headlines takes eight), each with a title and initials: people, not links
    names = [
        "Mr Pete Tidball (Chairman) PT",
        "Mr David Brewer (Deputy Chairman) DB",
        "Prof Colin Garner (Treasurer) CG",
        "Mrs June Garner (Secretary) JG",
        "Mrs Anne White AW",
        "Mrs Linda Spaven (Bookings Secretary) LS",
        "Mrs Fiona Davies FD",
        "Mr Geoff Walker GW",
        "Dr Caroline Hall CH",
    ]
    text = _minutes(*names)
    assert not lines_from(text, names[0], names[-1]) & flagged_lines(text)


def test_a_box_of_other_stories_headlines_in_the_same_place_is_still_flagged():
    titles = [
        "Three Layers of Food Preservation for Winter Survival",
        "Why Does the Covid Vaccine Persist in the Body",
        "Best Budget Laptops for Students This Autumn",
        "Pirate Radio Legends Return to the Airwaves",
        "Ten Classic Cars That Doubled in Value",
        "New Rules for Drone Pilots Explained",
        "How to Keep Your Garden Alive in a Drought",
        "The Best Beaches in Cornwall for Families",
        "Inside the Race to Build a Faster Chip",
    ]
    text = _minutes(*titles)
    assert lines_from(text, titles[0], titles[-1]) <= flagged_lines(text)


ATTENDANCE_BODY = [
    "Normal Business",
    "It was noted that it is great to see so many swimmers attending competitions recently, both old and new members.",
    "Finances continue to look positive. Some members have suggested cancelling standing order payments due to being unable to book a swim.",
    "Coaching continues to go well but as attendance numbers rise lane management is becoming an issue on Tuesday nights.",
]


def _attendance(*items: str) -> str:
    return draft("Minutes for Committee Meeting – 1st March 2022", *items, *ATTENDANCE_BODY)


def test_the_members_present_with_their_roles_are_not_a_menu():
    # a swimming club's minutes: who attended, each with the role after a dash
    people = [
        "In Attendance",
        "Pete Jennings – Co-Chair",
        "Julie Parker – Co-Chair",
        "Phil Joy – Secretary (via Zoom)",
        "Edwin Lace – Coach",
        "Jess Nichols – Welfare Rep",
        "Becky Toal – Communications (via Zoom)",
        "Abi Stone – Wednesday Rep",
        "Absence Excused",
        "Donald Vaughan - Treasurer",
    ]
    text = _attendance(*people)
    assert not lines_from(text, people[0], people[-1]) & flagged_lines(text)


def test_a_menu_in_the_same_place_is_still_flagged():
    menu = ["Home", "About Us", "Club News", "Squads", "Coaching – Timetable", "Galas", "Welfare", "Membership – Join Us", "Contact Us", "Links"]
    text = _attendance(*menu)
    assert lines_from(text, menu[0], menu[-1]) <= flagged_lines(text)


GRADES_INTRO = [
    "Membership Fees & Subscriptions",
    "For new members, a one-off, non returnable entrance fee is payable for each family member over 18 years of age.",
    "Application forms are available at the club or from the Club Secretary, to whom the completed forms should be returned.",
]
GRADES_NOTES = [
    "Full membership is usually for individuals.",
    "Junior membership is for persons between 8 and 19 who join independently.",
    "Family membership includes all the members of a family, usually but not necessarily residing at the same address.",
]


def test_a_sailing_club_s_grades_of_membership_line_under_line_are_no_forum_posters():
    # the grades of a fee table whose fees were not copied: one rank-shaped line over the next
    grades = ["Non Racing Member", "Non Sailing Member", "Outport Member"]
    text = "\n\n\n".join([*GRADES_INTRO, *grades, *GRADES_NOTES]) + "\n"
    assert not lines_from(text, grades[0], GRADES_NOTES[-1]) & flagged_lines(text)


def test_the_same_ranks_each_over_a_post_are_still_a_thread():
    posts = [
        "Senior Member",
        "We sailed the new dinghy on Sunday and she handled the gusts far better than the old one did last year.",
        "Junior Member",
        "Glad to hear it. Did you keep the old sails or order a new set from the loft in Cowes for the season?",
        "Senior Member",
        "Kept the old ones for now. The new set costs more than the boat did, so they can wait until the spring.",
    ]
    text = "\n\n".join([*GRADES_INTRO, *posts]) + "\n"
    assert lines_from(text, posts[0], posts[-1]) <= flagged_lines(text)


REGATTA = [
    "Sailing Co-ordinator’s Report",
    "Last weekend was the sailing section’s annual two-day regatta.",
    "We had a fleet of 14 Lasers, 4 Open Skiffs, 3 Open seniors and 1 junior Feva on the water over the two days.",
    "On day one, the wind picked right up mid race, resulting in two broken masts and only 5 finishers.",
    "Day two was excellent, with a good breeze and some interesting shifts, and we fitted in 5 full races.",
]
PLACINGS = [
    "Lasers 1st Scott McIntosh, 2nd David Feek, 3rd John Dymond",
    "Open Senior 1st Murray Kersel and Jewel Swinburn, 2nd Ferry Hendrix and Andrew Gilbey, 3rd JP and Caroline McCartin",
    "Open Skiffs 1st Vinny Parsons, 2nd Anna van den Dijssel, 3rd Finn Pedersen",
]


# other stories' headlines under a line that points to them (the controls of the lists above)
OTHER_CLUB_STORIES = [
    "Harbour Master Warns of Winter Storm Damage",
    "Youth Squad Selected for National Championships",
    "Clubhouse Bar Reopens After Summer Refit",
]


def test_a_regatta_s_results_one_class_a_line_are_the_story_s_list():
    text = "\n".join([*REGATTA, "Results as follows:", *PLACINGS]) + "\n"
    assert not lines_from(text, PLACINGS[0], PLACINGS[-1]) & flagged_lines(text)


SPECIMENS = [
    "Common Bream - 3lbs. 6ozs",
    "Silver Bream - 1lbs. 2ozs",
    "Common Carp - 10lbs. 0ozs",
    "Perch - 1lbs. 8ozs",
    "Roach - 1lbs. 0ozs",
    "Tench - 2lbs. 8ozs",
]


def test_a_list_under_the_old_colon_and_dash_is_the_story_s():
    # an angling club's trophy rules, the last one over its list with ":-" (after 332 p78)
    rules = [
        "A trophy will be awarded annually to a Senior and Junior member catching the best specimen fish in any of our club waters.",
        "1. That the fish is caught by rod and line, or pole, by the use of permitted baits employed in a fair and sporting manner.",
        "2. That a photograph be provided if possible, but it is not a necessity if the weight is witnessed by a committee member.",
        "3. The minimum weight for any entry to be as follows:-",
    ]
    text = "\n".join([*rules, *SPECIMENS]) + "\n"
    assert not lines_from(text, SPECIMENS[0], SPECIMENS[-1]) & flagged_lines(text)


def test_headlines_under_the_old_colon_and_dash_are_still_flagged():
    others = OTHER_CLUB_STORIES
    text = "\n".join([*REGATTA, "Read the following stories:-", *others]) + "\n"
    assert lines_from(text, others[0], others[-1]) <= flagged_lines(text)


def test_headlines_under_the_following_stories_are_still_flagged():
    others = OTHER_CLUB_STORIES
    text = "\n".join([*REGATTA, "Read the following stories:", *others]) + "\n"
    assert lines_from(text, others[0], others[-1]) <= flagged_lines(text)


def test_a_raffle_s_prizes_with_their_winners_are_not_a_menu():
    # a bowls club's raffle: each prize with the winner's name after the dash
    prizes = [
        "Henselite Bowls – Sheila Conti",
        "Evelyn’s Basket – Lew LeCompte",
        "Bacardi & two mugs – Bill Brault",
        "Beach Bag – Freddie Hinson (Shirley)",
        "Jack & Cap – Cheryl Andersen (Ginger)",
        "Rolling Bowls Bag – Cecil Bator (Brian)",
        "Quilt – Sandy Wall",
        "Bird House – Hildegard Kennedy",
        "Picnic Basket – Larry Moore (Ginger)",
    ]
    week = [
        "The championships drew more than a hundred bowlers from clubs across the country to the greens this week.",
        "Thanks to everyone who donated prizes, bought tickets and helped run the raffle on the final evening.",
        "The money raised will go towards the junior coaching programme and new mats for the indoor season.",
    ]
    text = draft("Bowls USA 2015 US National Championships", "Winners from the RAFFLE held Saturday 10/24/2015", *prizes, *week)
    assert not lines_from(text, prizes[0], prizes[-1]) & flagged_lines(text)


CLUBHOUSE = [
    "Plans for the new clubhouse",
    "The club has worked with local architects and the county association on the proposals for a new clubhouse beside the main pitch.",
    "The building will hold the changing rooms, a bar and a function room that community groups can hire during the week.",
    "Inside the building",
]
FACILITIES = [
    "  • A central corridor lined with the club's honours boards, leading to both halves of the building",
    "  • A bright function room with seating for more than a hundred guests at dinners and events",
    "  • Wide glass doors facing the main pitch so that spectators can watch the game from the bar",
    "  • Separate lockers for players and officials",
    "  • A small gym and physio room",
    "  • A kiosk for hot drinks",
    "  • Outside toilets",
]


@pytest.mark.parametrize("closing", [None, "Share this page"])
def test_short_items_at_the_end_of_a_bulleted_list_of_sentences_are_the_list_s(closing):
    # the list after the last paragraph: its first items are sentences no menu holds, so the
    # short items under them, in the same bulleted run, are the same list's; the page's share
    # prompt under it is still the page's
    text = "\n\n".join([*CLUBHOUSE, "\n".join(FACILITIES), *([closing] if closing else [])]) + "\n"
    got = flagged_lines(text)
    assert not lines_from(text, FACILITIES[0], FACILITIES[-1]) & got
    if closing:
        assert line_of(text, closing) in got


def test_the_same_list_in_markdown_is_the_story_s_too():
    # the Markdown reader drops the items' markers: its list items are the list
    items = "\n".join("- " + f.strip()[2:] for f in FACILITIES)
    text = "\n\n".join(["# " + CLUBHOUSE[0], *CLUBHOUSE[1:3], "## " + CLUBHOUSE[3], items, "Share this page"]) + "\n"
    got = flagged_lines(text, path="a.md")
    assert not lines_from(text, "- " + FACILITIES[0].strip()[2:], "- " + FACILITIES[-1].strip()[2:]) & got
    assert line_of(text, "Share this page") in got


def test_a_bulleted_list_of_other_stories_after_the_story_is_still_flagged():
    others = [
        "  • Clubhouse Bar Reopens After Summer Refit",
        "  • Youth Squad Selected for County Championships",
        "  • Floodlights Switched On at the Main Pitch",
        "  • Harbour Master Warns of Winter Storm Damage",
    ]
    text = "\n\n".join([*CLUBHOUSE[:3], "More news", "\n".join(others)]) + "\n"
    assert lines_from(text, others[0], others[-1]) <= flagged_lines(text)


FLOODLIGHTS = [
    "New floodlights switched on",
    "The club has switched on its new floodlights, paid for with a grant and a loan from the league, and the first evening match is on Friday.",
    "Before the upgrade, training stopped when the light went in the autumn, and the juniors lost half their winter sessions.",
    "The grant allowed us to:",
]
GRANT_USES = [
    "Choose a high-quality lighting system without compromise",
    "Complete installation quickly and professionally",
    "Keep our finances steady while improving the ground",
]


def test_lines_under_a_short_sentence_ending_on_to_and_its_colon_are_its_list():
    # "allowed us to:" wants the verbs of the lines under it: they are the story's list, not
    # headlines of other stories after its last paragraph
    text = "\n\n".join([*FLOODLIGHTS, *GRANT_USES]) + "\n"
    assert not lines_from(text, GRANT_USES[0], GRANT_USES[-1]) & flagged_lines(text)


def test_a_subscribe_to_label_over_the_same_lines_is_no_sentence_of_the_story():
    # a form's two-word label: it and the lines under it are still the page's (the first line
    # under it is the label's value, which the label's finding leaves alone)
    text = "\n\n".join([*FLOODLIGHTS[:3], "Subscribe to:", *GRANT_USES]) + "\n"
    got = flagged_lines(text)
    assert line_of(text, "Subscribe to:") in got
    assert lines_from(text, GRANT_USES[1], GRANT_USES[-1]) <= got


MARKET_DAY = [
    "Farmers market goes down a storm",
    "On Friday we held our very first farmers market at the hospital, with stalls from small local makers in the main courtyard.",
    "Every stallholder donated to the charity, and passers-by gave more, so the day raised over four hundred pounds for the wards.",
    "We would like to say a huge thank you to our stall holders, without them the day would not have been possible!",
]
STALLS = ["- Gems Cakes N Bakes", "- Jamac Preserves", "- Beez Neez Honey", "- Brocklebys Pies"]


def test_a_list_right_under_the_last_paragraph_is_the_story_s():
    # the paragraph runs straight into the list, with no heading between: the stall holders it
    # thanks, not a site's menu (a menu after a story stands under its heading, or names the
    # site's sections, which the cues find)
    text = "\n\n".join([*MARKET_DAY, "\n".join(STALLS)]) + "\n"
    assert not lines_from(text, STALLS[0], STALLS[-1]) & flagged_lines(text)


def test_the_same_list_under_a_heading_of_its_own_is_still_flagged():
    text = "\n\n".join([*MARKET_DAY, "Our partners", "\n".join(STALLS)]) + "\n"
    assert lines_from(text, STALLS[0], STALLS[-1]) <= flagged_lines(text)


def test_a_list_of_other_headlines_right_under_the_last_paragraph_is_still_flagged():
    # a link box whose heading the copy lost: its items run longer than names
    headlines = ["- Council sets date for the bridge vote", "- New schools plan goes on show", "- Harbour wall repaired after storm"]
    text = "\n\n".join([*MARKET_DAY, "\n".join(headlines)]) + "\n"
    assert lines_from(text, headlines[0], headlines[-1]) <= flagged_lines(text)


def test_one_bulleted_line_right_under_the_last_paragraph_is_no_list_of_the_story_s():
    # a lone item is no list the paragraph runs on into: a stray link left under the story
    text = "\n\n".join([*MARKET_DAY, "  • test"]) + "\n"
    assert line_of(text, "  • test") in flagged_lines(text)


# an archery club's indoor league, its weeks counted up with their dates over the league's rules
# (after 338 p29)
WEEKS = [f"Week {n}: {day}" for n, day in enumerate(["January 14", "January 21", "January 28", "February 4", "February 11", "February 18", "February 25", "March 4"], 1)]
LEAGUE_RULES = [
    "League Rules:",
    "Each archer shoots thirty arrows at a 40cm face from eighteen metres, and the best eight weeks of ten count towards the final standings.",
    "Handicaps are worked out from the first three weeks, so please make sure you shoot in at least three of them to be placed in the league.",
]


def test_a_league_s_weeks_counted_up_over_its_rules_are_not_a_menu():
    text = "\n\n".join(["Indoor League", "Indoor League starts on Thursday, January 14th at 7:00 pm!", *WEEKS, *LEAGUE_RULES]) + "\n"
    assert not lines_from(text, WEEKS[0], WEEKS[-1]) & flagged_lines(text)


def test_a_menu_over_the_story_with_two_numbered_items_is_still_a_menu():
    menu = ["Home", "About the Club", "Week 1", "Week 2", "Events", "Gallery", "Contact", "Shop"]
    text = "\n\n".join([*menu, "Indoor League", *LEAGUE_RULES[1:]]) + "\n"
    assert lines_from(text, menu[0], menu[-1]) - {line_of(text, "Week 1"), line_of(text, "Week 2")} <= flagged_lines(text)


# a club's meeting minutes signed by whoever took them (after 338 p100)
MINUTES = [
    "Riverside Archers meeting minutes",
    "May 02, 2012",
    "Opened meeting at 7pm with nine members present.",
    "The treasurer's report was read and accepted, with the balance at $1,240 after the new target bales were paid for.",
    "Old business: the annual rendezvous went well, and thanks went out to all who helped to set up the range and cook.",
    "New business: we discussed in detail the making of new target bales and agreed to buy a few of the smaller bags first.",
]


@pytest.mark.parametrize("signature", ["Recorded by Dan Makley", "Minutes taken by Jo Hart"])
def test_the_minute_taker_s_name_under_the_minutes_is_the_text_s(signature):
    text = draft(*MINUTES, signature)
    assert line_of(text, signature) not in flagged_lines(text)


def test_the_page_s_category_link_under_the_minute_taker_is_still_flagged():
    text = draft(*MINUTES, "Recorded by Dan Makley", "Posted in Club Minutes | Leave a comment")
    assert line_of(text, "Posted in Club Minutes | Leave a comment") in flagged_lines(text)
