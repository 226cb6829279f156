"""The story's own lists, tables and forms in shapes a page's menus do not take (a list under a
hard-wrapped sentence ending with a colon, lists under sentences ending on their verb, a table whose
date cells ran into the names, a survey form's options, a long list of road closures), and the
leftovers around them still found: page notes and credits, empty byline and stamp labels, form
fields and template tags, forums' post headers and buttons (Vanilla, vBulletin's archive, Invision,
Discourse's likes, SiteBuildIt's comment area), a picture's alt text over its caption, a table of
contents given twice.  Written for the test, after the shapes seen in unseen samples 128 to 158."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, codes_on, draft, findings_at, flagged_lines, line_of

YOUTH_COURT = "\n".join(
    [
        "What types of cases are heard in the Youth Panel?",
        "Youth Panel cases are generally referred by the prosecutor's office, the",
        "school, or the town court. Typically, cases heard by the panel include:",
        "- Criminal Damage to Property",
        "- Criminal Trespass",
        "- Theft",
        "- Disorderly Conduct",
        "- Assault",
        "- Battery",
        "- Curfew Violations",
        "- Minor in Possession (consumption)",
        "- Harassment by Telephone",
        "What happens at the Youth Panel?",
        "A young person who has admitted an offence appears before a jury of",
        "peers for a sentencing hearing. Young volunteers serve in the roles of",
        "prosecuting and defence advocates, judge, usher and jury members.",
        "The jury is presented with evidence relevant to the facts of the case.",
        "The jury deliberates and passes a sentence that fits the offence committed.",
    ]
)


def test_a_list_under_a_wrapped_sentence_ending_with_a_colon_is_the_story_s():
    assert flagged_lines(YOUTH_COURT) == set()


def test_a_menu_above_the_story_is_still_found():
    menu = "\n".join(["Home", "About Us", "Programs", "Youth Panel", "Volunteers", "Donate", "Events", "Contact Us", "Careers"])
    text = menu + "\n" + YOUTH_COURT.split("\n", 1)[1]
    assert set(range(1, 10)) <= flagged_lines(text)


HOLIDAYS = [
    "January 21Martin Luther King Jr. Day",
    "February 14Valentine’s Day",
    "February 18Presidents’ Day",
    "March 5Mardi Gras",
    "March 17St. Patrick’s Day",
    "April 19Good Friday",
    "April 21Easter Sunday",
    "May 27Memorial Day",
    "July 04Independence Day",
]
CAFE = [
    "Harbour Cafe is a family restaurant on the quay, known for its breakfasts, its chowder and its pies baked on the premises every morning.",
    "The cafe has won several county food awards, and its owners, the Pell family, run two more cafes along the coast.",
    "With five decades behind it, the cafe seats eighty and opens every day of the week through the summer season.",
    "What time does Harbour Cafe open?",
    "\n".join(day + "07:00 AM – 09:00 PM" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    "Is Harbour Cafe open today? Is it open tomorrow?",
    "History",
    "In 1971 the first Harbour Cafe opened its doors on the quay and served fishermen coming off the early tide.",
    "Visitors who stopped for a bite asked whether they could open a cafe like it in their own towns.",
    "In 1980 the second cafe opened, which helped the family grow the business along the coast.",
]


def test_a_table_whose_date_cells_ran_into_the_names_is_the_story_s():
    text = "\n\n".join(["Harbour Cafe Hours", *CAFE, "Holiday Hours – Open", "DateHoliday\n" + "\n".join(HOLIDAYS)])
    assert flagged_lines(text) == set()


CLOSURES = [
    "Map IDHospitalStateBedsClosure YearStatus",
    *(
        f"{n}{name}{state}{beds}{year}{status}"
        for n, name, state, beds, year, status in (
            (12, "Harbour Community Hospital", "Maine", 25, 2019, "None"),
            (11, "Pell County Medical Center", "Texas", 49, 2018, "Urgent or Emergency Care"),
            (10, "Quay Regional Hospital", "Oregon", 20, 2018, "None"),
            (9, "St. Anne's HospitalOf the Coast", "Georgia", 40, 2017, "Outpatient/Primary Care"),
            (8, "Westlake Memorial Hospital", "Kentucky", 37, 2017, "Nursing or Rehabilitation Facility"),
            (7, "SouthEAST Health Center of Wells", "Missouri", 21, 2016, "None"),
        )
    ),
]


def test_a_numbered_table_whose_cells_ran_together_is_the_story_s():
    """A table of the story's records, each row its number, name and figures with their cell
    borders lost ("83Our Community HospitalNorth Carolina10.1MicroCAH201720None"), the header's
    names glued too, is not a box of tags or of other stories' links (unseen sample 258)."""
    text = "\n\n".join(["Rural Hospital Closures", CAFE[0], CAFE[1], "Closures 2016-Current", "\n".join(CLOSURES)])
    assert flagged_lines(text) == set()


def test_glued_tags_beside_one_glued_row_are_still_found():
    text = "\n\n".join([CAFE[0], CAFE[1], "StreamingBudgetingEntertainmentSubscription Savings", "12Harbour Community HospitalMaine252019None"])
    assert line_of(text, "StreamingBudgetingEntertainmentSubscription Savings") in flagged_lines(text)


def test_a_menu_of_months_above_the_story_is_still_found():
    months = ["January 2019", "February 2019", "March 2019", "April 2019", "May 2019", "June 2019", "July 2019", "August 2019", "September 2019"]
    text = "\n".join(["Archives", *months, ""] + CAFE[:3])
    assert set(range(2, 11)) <= flagged_lines(text)


@pytest.mark.parametrize(
    "line, code",
    [
        ('This page contains content from the copyrighted Wikipedia article "Harbour Towns"; that content is used '
         "under the GNU Free Documentation License.", "BP001"),
        ("💡 Worth knowing: This article was written by AI. We invite you to double-check important points with "
         "reliable sources.", "BP008"),
        ("This article was generated by AI and reviewed by an editor.", "BP008"),
        ("Video courtesy of The Plunkett Foundation", "BP007"),
        ("Time Lapse Video courtesy of Anna Philips Photography", "BP007"),
        ("Footage courtesy of Wessex Water", "BP007"),
        ("Thanks to Carol Horton for providing the photographs.", "BP007"),
        ("Many thanks to Jim Lee for the photos", "BP007"),
        ("Gender: *", "BP005"),
        ("Display Name: *", "BP005"),
        ("You have 150 characters left", "BP005"),
        ("{{ question.username }} asked", "BP008"),
        ("{{question.description}}", "BP008"),
        ("  1. ^ Cite error: The named reference bbc2004 was invoked but never defined (see the help page).", "BP008"),
        ("Thank you for reading this post, don't forget to subscribe!", "BP004"),
        (">> Please consider subscribing to support local journalism.", "BP004"),
        ("of 5 stories this month > Get unlimited stories", "BP008"),
        ("Only $1 for your first month.", "BP008"),
        ("ChalkBucket may earn a commission through product links on the site.", "BP008"),
        ("Pic Credit – Shivang Mishra I NT GOGOANOW.COM", "BP007"),
        ("Image by benmenting from Pixabay", "BP007"),
        ("Your browser is out-of-date!", "BP008"),
        ("Update your browser to view this website correctly. Update my browser now", "BP008"),
        ('Retrieved from ""', "BP003"),
        ("This content was retrieved from Wikipedia :", "BP001"),
        ("From Wikispore", "BP003"),
        ("From John's Astronomy And Astrophotography Wiki", "BP003"),
        ("(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)", "BP003"),
        ("Hello. Add your message here.", "BP008"),
        ("Add your description here.", "BP008"),
        ("Become a client to read more", "BP008"),
        ("You may already have access to this premium content as part of a paid subscription.", "BP008"),
        ("Sign in to read the content in full or get details of how you can access it", "BP008"),
        ("Your shopping cart is empty!", "BP008"),
        ("Please Update your browser", "BP008"),
        ("Change text size", "BP003"),
        # a comment box's prompts and its reaction buttons' heading
        ("Write the first comment for this!", "BP005"),
        ("You can add images to your comment by clicking here.", "BP005"),
        ("What's your reaction?", "BP005"),
        ("There are new articles available, click to refresh the page.", "BP008"),
        ("Note: This page refers to an article that is licensed under the GNU Free Documentation License.", "BP001"),
        ("Registration is free and only takes a moment. Once registered you can read a total of 3 articles each month.", "BP008"),
        ("You must have online publishing permission or full ownership of this image", "BP008"),
        ("File size must be less than 2Mb", "BP008"),
        ("The entire November 29, 2023 edition of The Weekly Advertiser is available online. READ IT HERE!", "BP009"),
        ("Back to Project Types", "BP003"),
        ("Back to All News", "BP003"),
        ("← Back to blog", "BP003"),
        ("Editor's pick: Betterment Everyday Savings", "BP009"),
        ("More for You: GOBankingRates’ Smart Holiday Spending Guide", "BP009"),
        ("Please note that this website has a UK government accesskeys system.", "BP008"),
        ("Thank you for your feedback. If you would like to tell us more, please visit our contact us page.", "BP008"),
        ("2 + 2 =", "BP005"),
        ("Hover over any link to get a description of the article.", "BP003"),
        ("This is the 1st of your 3 free articles", "BP008"),
        ("You have 2 free stories left this month.", "BP008"),
        ("Become a member for unlimited website access and more.", "BP008"),
    ],
)
def test_page_notes_and_credits_are_found_at_the_top_and_the_end(line, code):
    for where in ("top", "end"):
        assert code in codes_at(line, where), where


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks to volunteers for the photos, the exhibition opened on time, the curator said.",
        "The council thanked residents for sending photos of the flooding to its website last week.",
        "The video shows the river bursting its banks near the old mill on Sunday morning.",
        "The students said the article was written by AI, which the teacher had not noticed.",
        "Entries must be in by Friday, and each may hold up to 500 characters.",
        "From London the festival moved to a field outside the town in 1998.",
        "Photographs by local people from the village archive fill the hall.",
        "Back to school",
        "The answer, as every pupil knows, is that 2 + 2 = 4.",
    ],
)
def test_the_story_s_sentences_about_photos_videos_and_ai_stay(sentence):
    text = draft(sentence)
    assert codes_on(text, sentence) == []


@pytest.mark.parametrize("label", ["Posted by:", "  • Author:", "  • Post author:", "Written by:", "Author :"])
def test_a_byline_label_whose_name_was_not_copied_is_found_under_the_headline(label):
    assert codes_at(label, "top") == ["BP003"]


def test_a_byline_label_over_the_name_on_the_next_line_stays():
    text = draft(HEADLINE, "Posted by:", "Jane Holloway", *PARAGRAPHS)
    assert codes_on(text, "Posted by:") == []


def test_an_author_label_over_the_author_s_note_stays():
    text = draft(HEADLINE, *PARAGRAPHS, "Author:", "Jane Holloway is a consultant who writes about small businesses.")
    assert codes_on(text, "Author:") == []


ALMSHOUSES = [
    "The trustees have now adopted a modular approach to the renovation, seeking grants and using funds as they become available.",
    "The current priorities are",
    "\n".join([
        "  • replacing the failing flat roof of the service extensions at the rear of the terrace",
        "  • insulating and retiling (with the original tiles) the main roof",
        "  • insulating the terrace end walls which lose the most heat",
    ]),
    "Future priorities include",
    "\n".join(["  • damp proofing", "  • improved sewer drainage,", "  • new water mains", "  • gas supply for central heating",
               "  • redesign of the kitchens and bathrooms to modern standards"]),
]


def test_lists_under_the_story_s_sentences_whose_colons_were_lost_are_the_story_s():
    text = draft("Almshouses restoration begins", *PARAGRAPHS, *ALMSHOUSES)
    assert flagged_lines(text) == set()


def test_a_menu_under_the_story_is_still_found():
    menu = "\n".join(["  • Home", "  • About us", "  • Our history", "  • Contact", "  • Donate"])
    text = draft("Almshouses restoration begins", *PARAGRAPHS, ALMSHOUSES[0], "Quick links", menu)
    assert line_of(text, "  • Our history") in flagged_lines(text)


def test_a_long_sentence_whose_colon_was_lost_introduces_its_list_too():
    sentence = " ".join(["The trustees thanked the friends of the almshouses for two years of fundraising."] * 6) + " The works planned for next spring are"
    text = draft("Almshouses restoration begins", *PARAGRAPHS, sentence, ALMSHOUSES[2])
    from newslint.api import lint_text

    result = lint_text(text, path="a.txt")
    assert result.error is None
    assert not [d for d in result.diagnostics if d.code.startswith("BP")]


def test_a_time_stamp_label_over_its_date_on_the_next_line_stays():
    text = draft(HEADLINE, "Posted on:", "Friday, February 5, 2010 - 4:49pm", *PARAGRAPHS)
    assert codes_on(text, "Posted on:") == []


def test_a_time_stamp_label_whose_date_was_lost_is_found():
    assert findings_at("Posted on:", "top") == [("BP003", "Time-stamp label, its date lost, left over from the web page: remove it.")]


OPTIONS = "\n".join(["- None", "- 1-5%", "- <20%", "- 20-50%", "- 50-80%", "- >80%"])


def test_a_survey_form_s_fields_and_options_above_its_questions_are_the_story_s():
    fields = "\n".join(["Tree species present", "Shrub species present", "Ground flora", "Woodland structure", "NVC type", "Semi Natural Composition"])
    questions = [
        "What species are regenerating?",
        "Are there any barriers to the regeneration establishing, such as deer or shading?",
        "The survey asks volunteers to record what they see in each stand of the wood, and the trust uses the answers to plan its work.",
        "Volunteers are asked to note any invasive species, grazing damage and the condition of ponds and streams in the wood.",
    ]
    steps = ["Step 1 - Stand Notes", "Give a brief description of the stand and its features", "Describe any management carried out before or in place"]
    text = draft("Ancient woodland survey", "What is the purpose of the survey?", *steps, fields, OPTIONS, OPTIONS, "Tree regeneration", OPTIONS, *questions)
    assert flagged_lines(text) == set()


def _codes_by_line(text: str) -> dict[int, str]:
    from newslint.api import lint_text

    out = {}
    for d in lint_text(text, path="a.txt").diagnostics:
        if d.code.startswith("BP"):
            for ln in range(d.line, d.end_line + 1):
                out[ln] = d.code
    return out


VANILLA = "\n".join(
    [
        "Where did all the dealerships go?",
        "",
        "Comments",
        "",
        "  • harbourhal Guest Posts: 52,454",
        "    Not every dealer is closing of course, and there is at least one new one out there.",
        "",
        "    The dealer lobby is strong, but public opinion is against it.",
        "  • rivetrose Member Posts: 31,450",
        "    Of course they can open a new dealership. A closed dealer would have a good case in court.",
        "  • oakleyfan Member Posts: 3,425",
        "    As an independent agent I earned a commission that was better than any salary.",
    ]
)


def test_a_forum_page_of_posts_each_under_its_poster_s_role_and_count_is_a_comment_section():
    found = _codes_by_line(VANILLA)
    assert all(found.get(ln) == "BP006" for ln in (5, 6, 8, 9, 10, 11, 12))
    assert 1 not in found


ARCHIVE = "\n".join(
    [
        "View Full Version : Bike maintenance workshop - help",
        "",
        "Clydesdale",
        "05-30-2018, 11:45 AM",
        "The local high school runs a workshop day for teachers and asked me to show them basic bike maintenance.",
        "",
        "I am thinking of covering tyres, chains and brakes, and simple gear adjustment if there is time.",
        "",
        "What would you add or do differently?",
        "",
        "AngryScientist",
        "05-30-2018, 12:08 PM",
        "One thing I would cover is gearing and tyre pressure, which most new riders get wrong.",
        "",
        "zennmotion",
        "05-30-2018, 12:15 PM",
        "Show them how to fix a puncture at the roadside. That is what stops most people riding.",
    ]
)


def test_a_forum_archive_s_replies_under_their_stamps_are_comments_and_the_opening_post_stays():
    found = _codes_by_line(ARCHIVE)
    assert all(found.get(ln) == "BP006" for ln in (11, 12, 13, 15, 16, 17))
    assert not any(ln in found for ln in range(3, 10))


def test_one_stamp_of_that_shape_in_a_story_is_no_comment():
    text = draft(HEADLINE, PARAGRAPHS[0], "05-30-2018, 12:08 PM", *PARAGRAPHS[1:])
    assert codes_on(text, "05-30-2018, 12:08 PM") != ["BP006"]


INVISION = "\n\n".join(
    [
        "War memorials",
        "Like many others, one of my research projects is my local war memorial.",
        "Research suggests a number of local men whose names do not appear on the memorial. Should we ask for them to be added?",
        "Link to comment",
        "Share on other sites",
        "You raise an interesting question. My gut reaction is that memorials should remain as they were first made.",
        "Garth",
        "Link to comment",
        "Share on other sites",
        "More recently a name was added to the memorial near the harbour after a long campaign by his family.",
    ]
)


def test_the_replies_under_a_forum_s_post_buttons_are_comments_and_the_opening_post_stays():
    found = _codes_by_line(INVISION)
    assert all(found.get(line_of(INVISION, x)) == "BP006" for x in ("Garth", "More recently a name was added to the memorial near the harbour after a long campaign by his family."))
    assert not any(ln in found for ln in range(1, 6))


TREES = [
    "There were over seventy trees in the church, decorated by local businesses, schools and families over four days.",
    "rainbow tree\nRainbow Tree",
    "The following trees were all decorated by children from the village's primary schools and playgroups.",
    "animal tree bethlehem tree\nAnimal Tree & Bethlehem Tree",
    "upside down tree knitted tree\nUpside Down Tree & Knitted Tree",
    "So that is a little taster of the festival; there were many more beautiful and clever trees to see.",
]


def test_a_picture_s_alt_text_in_lower_case_over_its_caption_is_found_and_the_caption_stays():
    text = draft("Christmas tree festival", *TREES)
    found = _codes_by_line(text)
    for alt in ("rainbow tree", "animal tree bethlehem tree", "upside down tree knitted tree"):
        assert found.get(line_of(text, alt)) == "BP007"
    for caption in ("Rainbow Tree", "Animal Tree & Bethlehem Tree", "Upside Down Tree & Knitted Tree"):
        assert line_of(text, caption) not in found


def test_a_list_under_a_short_line_ending_on_its_verb_and_colon_is_the_story_s():
    activities = "\n".join(["  • Laparoscopic Suturing", "  • Vascular Anastomosis", "  • Peg Transfer Drill", "  • Knot Tying", "  • Fascia Closure", "  • Operation Game"])
    intro = [
        "Check out the following tabs to see the events we hold for our residents!",
        "Each year the department of surgery holds a skills day, an event that focuses on several practical skills and a little friendly rivalry.",
    ]
    text = draft("Resident Events", *intro, "Activities included:", activities)
    assert flagged_lines(text) == set()


def test_a_menu_under_who_we_are_is_still_found():
    menu = "\n".join(["  • Our history", "  • Our trustees", "  • Our staff", "  • Annual reports", "  • Contact us"])
    text = draft("Almshouses restoration begins", *PARAGRAPHS, "Who We Are", menu)
    assert line_of(text, "  • Our trustees") in flagged_lines(text)


@pytest.mark.parametrize(
    "line",
    ["Sunday, 14 August 2011 22:52 - - {{hitsCtrl.values.hits}}", "[![]({{DOMAIN}}/editor/youtube/play.png)](https://www.youtube.com/watch?v=H-zYjcsLE_E)"],
)
def test_a_template_tag_in_the_story_s_dateline_or_a_picture_s_address_is_no_whole_leftover(line):
    assert "BP008" not in codes_on(draft(HEADLINE, line, *PARAGRAPHS), line)


@pytest.mark.parametrize("line", ["Kobby Dagan / Shutterstock.com", "Christopher Annis / Istock", "Jane Lee/iStock", "••• skynesher / Getty Images"])
def test_a_photographer_s_credit_to_a_stock_library_is_found_between_paragraphs_and_at_the_end(line):
    assert codes_on(draft(HEADLINE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]), line) == ["BP007"]
    assert codes_at(line, "end") == ["BP007"]


ROADS = "\n".join(
    f"M{n} {way} J{a} to J{b}"
    for n, way, a, b in [
        (1, "southbound", 14, 11), (11, "northbound", 7, 8), (25, "clockwise", 25, 27), (4, "eastbound", 4, 3),
        (4, "westbound", 1, 2), (42, "southbound", 3, 2), (5, "northbound", 28, 26), (53, "southbound", 9, 10),
        (57, "northbound", 1, 2), (57, "southbound", 4, 2), (6, "northbound", 19, 20), (6, "southbound", 22, 21),
        (61, "northbound", 2, 4), (62, "eastbound", 29, 30), (66, "southbound", 9, 2),
    ]
)


def test_a_long_list_without_bullets_under_a_short_line_ending_on_its_verb_is_the_story_s():
    text = draft("Drivers warned of overnight motorway closures", *PARAGRAPHS, "Fifteen sections of motorway will close tonight. These are:", ROADS)
    assert flagged_lines(text) == set()
    text = draft("Drivers warned of overnight motorway closures", *PARAGRAPHS, "These are:", ROADS)
    assert flagged_lines(text) == set()


def test_lines_of_html_links_are_named_markup_not_script():
    links = "\n".join(f'<a href="http://www.{site}.com">http://www.{site}.com</a>' for site in ("fastweb", "scholarships", "collegetoolkit"))
    text = draft(HEADLINE, *PARAGRAPHS, links)
    messages = [m for code, m in _findings(text) if code == "BP008"]
    assert messages == ["HTML markup (3 lines), left over from the web page: remove them."]


def _findings(text: str) -> list[tuple[str, str]]:
    from newslint.api import lint_text

    return [(d.code, d.message) for d in lint_text(text, path="a.txt").diagnostics]


BLIZZARD = "\n".join(
    [
        "National Guard rescues motorists stranded by blizzard",
        "",
        "Three people were rescued from impassable roads by the National Guard on Saturday night after the storm closed both highways.",
        "",
        "Blizzard conditions are expected to continue through Sunday in a large part of the state.",
        "",
        "2 thoughts on “National Guard rescues motorists stranded by blizzard”",
        "",
        "  1. We have blizzard and snow squall conditions in our region too, especially near the lake.",
        "    If you can get away with staying put it is probably wise to do so.",
        "",
        "    5:00 AM EST Monday 25 February 2019",
        "    Blizzard warning in effect for:",
        "",
        "    Barrie – Collingwood – Hillsdale",
        "    Midland – Coldwater – Orr Lake",
        "    Dangerous snow squalls with blizzard conditions will continue this morning.",
    ]
)


def test_a_comment_written_indented_goes_on_through_what_it_quotes():
    assert set(range(7, 18)) - {8, 11, 14} <= flagged_lines(BLIZZARD)
    assert not flagged_lines(BLIZZARD) & {1, 3, 5}


SHED = [
    "Shed burglary",
    "by McGuire",
    "I had read that the tools a person keeps at home can be worth a lot, but I kept all mine in the shed anyway.",
    "They got taken, as was bound to happen. The shed had a padlock but it was easy to break.",
]
SHED_COMMENTS = [
    "Comments for Shed burglary",
    "Average Rating starstarstarstarstar",
    "Click here to add your own comments",
    "Dec 09, 2011",
    "When the insurance does not pay.",
    "by: Anonymous",
    "It never fails to amaze me how lax people are with their sheds and workshops.",
]


def test_a_site_builder_s_comment_area_under_the_post_s_title_runs_to_the_end():
    text = draft(*SHED, *SHED_COMMENTS)
    found = _codes_by_line(text)
    assert all(found.get(line_of(text, x)) for x in SHED_COMMENTS)
    assert not any(line_of(text, x) in found for x in SHED)


def test_comments_for_another_title_are_no_comment_area():
    text = draft(*SHED, "Comments for the planning committee", "Click here to add your own comments", SHED[3])
    assert line_of(text, SHED[3]) not in flagged_lines(text)


LIKES = [
    "How to treat the park residents right?",
    "Hi guys,",
    "We would like to do something nice and lasting for our park residents, and I am working with the food bank.",
    "I am looking for other ideas on ways to make the residents happier and the park better kept.",
    "Happy Holidays. Will",
    "3 Likes",
    "Hi Will,",
    "A few weeks ago I wrote about installing a playground in a park that has a lot of empty space.",
    "2 Likes",
    "You mention the food bank: is your park mostly lower income or fixed income residents?",
]


def test_the_replies_under_a_forum_s_likes_are_comments_and_the_opening_post_with_its_sign_off_stays():
    text = draft(*LIKES)
    found = _codes_by_line(text)
    assert all(found.get(line_of(text, x)) == "BP006" for x in LIKES[5:])
    assert not any(line_of(text, x) in found for x in LIKES[:5])


def test_a_stamp_over_the_title_twice_is_no_box_heading_over_the_story():
    title = "Day One Press Release: How to Share the Highlights of Your Event's Opening"
    body = [
        "After the invitation release comes the third key step in your media strategy: the launch release.",
        "When should you send the launch press release?",
        "Ideally:",
        "  • Late morning, or\n  • The evening of Day One.",
        "Structure of an effective Day One release",
        "1. Impactful image",
        "  • A dynamic, high-quality photo of the opening ceremony",
        "2. Direct, impactful title",
        "  • Kick-off: [Event Name]",
        "3. Body text",
        "  • Main theme\n  • Event duration\n  • Number and type of participants expected",
    ]
    # (the stamp and the first title again on the lines right under the title, as the page gave them)
    text = draft(title, "Last update: 21/09/2023\n" + title, title, *body)
    assert not flagged_lines(text) & {line_of(text, x) for x in body if "\n" not in x}


CONTENTS_ITEMS = ["  • What is a data leak?", "  • How do data leaks happen?", "  • How to detect a data leak", "  • How to prevent data leaks", "  • What to do if your data has been leaked"]


def test_a_list_given_twice_item_for_item_is_a_table_of_contents():
    text = draft("\n".join(CONTENTS_ITEMS * 2), "What is a data leak? Causes, signs, and how to protect your data", *PARAGRAPHS)
    assert set(range(1, 11)) <= flagged_lines(text)


def test_a_list_given_once_stays():
    text = draft(HEADLINE, PARAGRAPHS[0], "\n".join(CONTENTS_ITEMS), *PARAGRAPHS[1:])
    assert not flagged_lines(text) & set(range(line_of(text, CONTENTS_ITEMS[0]), line_of(text, CONTENTS_ITEMS[-1]) + 1))


def test_a_long_list_under_its_introducing_sentence_is_the_story_s_whatever_its_items_lengths():
    titles = ["After the Fire", "Between the Sea and the Shore", "Blood Money", "Blue is Truth", "Calloused",
              "The Notebook of Things That Happened That Should Not Have Happened in Our Town", "The Savage Path", "The Voyagers",
              "The Witches of Undoing", "Things I Want Back from You", "Unclean", "Unexpected and Overamped",
              "We Drink to Calm Our Bodies", "Where Streets Have No Names", "Your Name is a Myth"]
    text = draft("After much deliberation, we have narrowed down our entries to the longlist below:", "\n".join("- " + t for t in titles),
                 "The shortlist will be announced on the 25th of September. Good luck, everyone!")
    assert flagged_lines(text) == set()
