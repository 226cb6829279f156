"""A members' sign-in box ("Forgotten your username or password?"), a hit counter's alt text, a
picture's file name or its library alone, a news portal's alt text for a collage; and the story's
own lines: a union committee or a team signing a notice under its closing line, a date run into
the stamp's value after "last updated on:", an author's initials under the title.  Written for the
test, after the shapes seen in unseen sample 78."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, after_first_paragraph, codes_at, draft, flagged_lines, found_between_and_at_end, line_of


@pytest.mark.parametrize(
    "line, code",
    [
        ("Forgotten your username or password? e-mail us", "BP005"),
        ("Member Sign-in", "BP005"),
        ("free html hit counter", "BP003"),
        ("3-d image.jpg", "BP007"),
        ("Getty", "BP007"),
        ("An image collage containing 1 images, Image 1 shows Woman managing home finances using a laptop and calculator", "BP007"),
        ("Image Source/DigitalVision/Getty Images", "BP007"),
        ("Image - hose pipe: Daniel Heighton/shutterstock", "BP007"),
        ("Brief generated automatically by an AI model using recent public information.", "BP008"),
        ("AI-generated summary — verify with source", "BP008"),
        ("Be the first to leave your comment on this article.", "BP005"),
        ("What are your thoughts on this article? Send your views to the school by using the comment box below.", "BP005"),
        ("READ THE STORY: http://rockrivertimes.com/2012/06/13/postal-plan", "BP009"),
        ('"County fair" redirects here. For large events with carnival and concert aspects, see State fair.', "BP003"),
        ("Click here to download a printable PDF document containing these guidelines.", "BP011"),
        ("Your feedback helps us to improve our website.", "BP005"),
        ("fedilink", "BP005"),
        ("Shop for SchoolsShop for Schools", "BP003"),
        ("To get pricing on a solar system, click here.", "BP011"),
        ("Blog post description.", "BP008"),
        ("This question is for testing whether you are a human visitor and to prevent automated spam submissions.", "BP005"),
        ("Enter the characters shown in the image.", "BP005"),
        ("Please enter what you see.", "BP005"),
        ("Download our Good Practice Guide for Starting a Befriending Service", "BP008"),
        ("Illustrative image.", "BP007"),
        ("AdSense Ad Slot (In-Article)", "BP008"),
        ("Watch:", "BP011"),
        ("Javascript is not enabled.", "BP008"),
        ("You are now leaving AARP.org and going to a website that is not operated by AARP.", "BP008"),
        ("All content following this page was uploaded by Mehmet Sahinkaya on 13 August 2014.", "BP001"),
        ("This article is issued from Wikipedia. The text is licensed under Creative Commons - Attribution - Sharealike.", "BP001"),
        ("Also found in: Thesaurus, Acronyms, Encyclopedia, Wikipedia.", "BP003"),
        ('Under Title 17 U.S.C. Section 107, allowance is made for "fair use" for purposes such as criticism.', "BP001"),
        ("You can opt-out at any time. Please refer to our privacy policy for contact information.", "BP008"),
        ("Featured image by Jane Doe", "BP007"),
        ("Follow me:", "BP004"),
        ("Join Now", "BP005"),
        ("Content starts here", "BP003"),
        ("Did this answer your question? Thanks for the feedback", "BP005"),
        ("YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.", "BP008"),
        ("More like this", "BP009"),
        ("How would you rate this page?", "BP005"),
        ("Thank you for rating this page.", "BP005"),
        ("This page may contain links from our sponsors. Here's how we make money.", "BP008"),
        ("What are you looking for?", "BP003"),
        ("Primary navigation:", "BP003"),
        ("If you value what this story gives you, please consider supporting the Eastern Daily Press.", "BP008"),
        ("Our articles contain ads from our Google AdSense partnership, which provides us with compensation.", "BP008"),
        ("••• Agung Parameswara/Getty Images News/Getty Images", "BP007"),
        ("Current Milk Prices For FarmersCurrent Milk Prices For Farmers", "BP003"),
        ("arrow-up", "BP005"),
    ],
)
def test_page_furniture_between_paragraphs_and_after_the_story(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize("line", ["Member Sign-in", "Forgotten your username or password? e-mail us"])
def test_a_sign_in_box_over_the_page(line):
    assert "BP005" in codes_at(line, "top")


def test_a_hit_counter_s_alt_text_run_into_the_headline():
    line = "free html hit counter Your water bills are quietly rising again – My Blog"
    text = draft(line, "Your water bills are quietly rising again", *PARAGRAPHS)
    assert line_of(text, line) in flagged_lines(text)


@pytest.mark.parametrize(
    "closing, signature",
    [
        ("Thank you for your patience during this time,", "Inplant Committee"),
        ("We will post an update here as soon as the line is repaired.", "The NEK Broadband Team"),
    ],
)
def test_the_signature_under_a_notice_is_the_notice_s(closing, signature):
    text = draft(HEADLINE, *PARAGRAPHS, closing, signature)
    assert line_of(text, signature) not in flagged_lines(text)


def test_a_date_run_into_the_text_after_a_stamp_s_label_is_the_stamp_s_value():
    value = ("30/12/2025Affordable housing remains one of the most important social and economic needs "
             "across the country, and the schemes below set out who can apply.")
    text = draft(HEADLINE, "The information mentioned here was last updated on:", value, *PARAGRAPHS)
    assert line_of(text, value) not in flagged_lines(text)


def test_an_author_s_initials_under_the_title_are_the_byline():
    title = "How do I engage with footfall in my town centre and how can I increase it?"
    text = draft(title, "Author HSTF", *PARAGRAPHS)
    assert line_of(text, "Author HSTF") not in flagged_lines(text)


def test_a_box_of_teasers_with_their_ages_after_the_story_is_flagged_to_the_end():
    box = [
        "Microsoft outage hits Teams and Outlook users",
        "The tech giant has been working to fix the issue, which has hit users across the UK.",
        "about 2 hours ago",
        "Overnight visitors to Wales could pay 'tourism tax'",
        "The Welsh Government estimated that the levy could raise up to £33 million a year.",
        "about 4 hours ago",
        "Davina McCall shares new update after surgery",
        "The presenter has shared an update as she recovers, saying she is doing well.",
        "about 7 hours ago",
        "300,000 cancers 'to be caused by smoking' by 2029",
        "Cancer Research UK estimates there were nearly 160 cancer cases a day attributed to smoking.",
        "about 9 hours ago",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "You may also like", "Read more from UK News", *box)
    assert {line_of(text, line) for line in box} <= flagged_lines(text)
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged_lines(text)


@pytest.mark.parametrize(
    "signature",
    [
        ["Dan"],
        ["…  Anne"],
        ["Les"],
        ["Steve Jackson", "Bablake Weather Station", "Coventry UK"],
        ["PETER LINDSLEY", "AGE UK DORCHESTER"],
    ],
)
def test_the_writer_s_signature_closing_the_draft_under_the_last_paragraph(signature):
    text = draft(*PARAGRAPHS, "Still more to come before the end of the month, I think!", *signature)
    assert not {line_of(text, line) for line in signature} & flagged_lines(text)


def test_a_letter_s_signature_above_the_page_s_prompt_is_the_letter_s():
    signature = ["Susan Boercker", "The Woodlands, Texas"]
    text = draft("Letters to the editor", *PARAGRAPHS, *signature, "Join the discussion on social media!")
    assert not {line_of(text, line) for line in signature} & flagged_lines(text)
    assert line_of(text, "Join the discussion on social media!") in flagged_lines(text)


def test_the_author_under_a_closing_quotation_is_the_quotation_s():
    quote = "“Nothing will work unless you do, and the work of a council is never done by one person alone.”"
    text = draft(*PARAGRAPHS, quote, "Maya Angelou")
    assert line_of(text, "Maya Angelou") not in flagged_lines(text)


@pytest.mark.parametrize(
    "lines",
    [
        ["Home", "About us", "Contact"],
        ["Chris Pearson", "Puneet Sahalot"],  # the page's authors or commenters
        ["Tiffany Monhollon", "Leave a Reply"],  # a commenter over the comment form
    ],
)
def test_names_and_links_after_the_story_are_no_signature(lines):
    text = draft(HEADLINE, "By Jane Smith", *PARAGRAPHS, *lines)
    assert {line_of(text, line) for line in lines} <= flagged_lines(text)


@pytest.mark.parametrize(
    "byline",
    [
        ["Sarah Davies", "CAPE Policy Adviser"],
        ["Helen Lester Partner"],
        ["Sinead Lester Partner"],  # given names common in Ireland and Britain count too
        ["Rob Davies", "CAPE Policy Adviser"],
        ["- Posted by: administrator"],
        # a think tank's long role line under the writer's name
        ["James Carafano", "Senior Counselor to the President and E.W. Richardson Fellow"],
        ["By Ann Lee", "Senior Fellow for Transport and Infrastructure Policy"],
    ],
)
def test_the_writer_and_the_writer_s_title_under_the_page_s_title_are_the_byline(byline):
    title = "Updated guidance on giving evidence to a select committee"
    text = draft("Skip to main content Skip to footer", title, *byline, *PARAGRAPHS)
    assert not {line_of(text, line) for line in byline} & flagged_lines(text)


def test_the_writers_listed_under_the_title_below_a_menu_are_the_byline():
    menu = ["  • " + item for item in (
        "SUGGESTED TOPICS", "The Magazine", "Newsletters", "Managing Yourself", "Managing Teams", "Work-life Balance",
        "The Big Idea", "Data & Visuals", "Reading Lists", "Case Selections", "Topic Feeds", "Account Settings")]
    title = "Why (and How) to Take a Plant Tour"
    writers = ["  • David M. Upton", "  • Stephen E. Macadam"]
    story = [
        "By adopting a systematic approach to plant tours, visitors can uncover and communicate a wealth of "
        "strategic and operational information about a factory, its people and its processes, which too "
        "often goes unnoticed when a tour is a walk along the line with a guide who shows only the best.",
        "In recent years, managers have recognized how manufacturing capabilities contribute to a company's "
        "overall strategic success, and they have begun to visit other companies' plants to learn from them, "
        "to judge suppliers and to find partners, yet few prepare for the visit or report on it afterwards.",
    ]
    after = [  # the writers' notes, and the page's next post
        "  • David M. Upton is a professor of operations management at the University of Oxford.\n"
        "  • Stephen E. Macadam is a principal at McKinsey & Company's Charlotte office.",
        "Partner Center",
        "Site Visit or Plant Tour: How to Maximize Its Effectiveness",
        "  • December 3, 2018\n  • Supplier Assessment , Supplier Sourcing",
    ]
    text = draft("Cart", "\n".join(menu), title, "\n".join(writers), *story, *after)
    assert line_of(text, "  • Managing Teams") in flagged_lines(text)
    assert not {line_of(text, line) for line in [title, *writers]} & flagged_lines(text)


def test_a_sentence_pasted_twice_is_the_story_s_slip_not_a_link():
    line = 'One observer called the pact "historic".One observer called the pact "historic".'
    text = after_first_paragraph(line)
    assert line_of(text, line) not in flagged_lines(text)


def test_a_suggested_box_after_the_story_is_flagged_with_its_headlines():
    box = [
        "Iconic car loved by UK drivers is reinvented as hybrid with 6-speed gearbox",
        "Love Island winners SPLIT just weeks after making it official",
        "The best savings accounts to make money - and the one to avoid at all costs",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "Suggested\n" + "\n".join(box))
    assert {line_of(text, line) for line in ["Suggested", *box]} <= flagged_lines(text)


def test_a_step_of_the_story_s_list_that_reads_like_a_login_prompt_is_the_story_s():
    intro = "If your utility lets you submit your own meter reading, follow these steps:"
    steps = [
        "  • Log in to your utility's online account portal",
        "  • Look for a section labelled Submit Meter Reading or Self Service",
        "  • Enter your meter number, found on your bill or on the meter",
    ]
    text = draft(HEADLINE, *PARAGRAPHS[:2], intro, "\n".join(steps), PARAGRAPHS[2])
    assert not {line_of(text, line) for line in steps} & flagged_lines(text)


def test_a_film_s_director_and_a_breakdown_s_rows_are_the_story_s():
    films = ["Life In Synchro", "Directed by Angela Pinaglia", "USA / 2020 / 53 mins"]
    criteria = [
        "40% linguistic criteria (pronunciation, enunciation, understandability)",
        "40% musical criteria (in tune, harmony, rhythm, tempo, balance, dynamics)",
        "20% overall interpretation / presentation",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "\n".join(films), "Judging Criteria", "\n".join(criteria))
    assert not {line_of(text, line) for line in ["Directed by Angela Pinaglia", *criteria]} & flagged_lines(text)


def test_the_story_s_date_run_into_its_reading_time_is_its_date_line():
    text = draft(HEADLINE, "1/17/20263 min read", HEADLINE, *PARAGRAPHS)
    assert line_of(text, "1/17/20263 min read") not in flagged_lines(text)


def test_a_blog_s_numbered_comments_are_reader_comments():
    comments = [
        "  1. Comment by Mrs. Undomestic:",
        "    You know you can grab anything for me you think I might like. I read it all!",
        "  2. Comment by Aravis:",
        "    Dangerous? Perhaps. Thrilling, exhilarating? Always!",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *comments)
    assert {line_of(text, c) for c in comments[::2]} <= flagged_lines(text)


def test_an_ad_slot_s_name_between_the_story_s_paragraphs_is_flagged():
    text = draft(HEADLINE, PARAGRAPHS[0], "AdSense Ad Slot (In-Article)", *PARAGRAPHS[1:])
    assert line_of(text, "AdSense Ad Slot (In-Article)") in flagged_lines(text)


def test_a_roll_of_past_champions_after_the_story_is_the_story_s():
    roll = ["  • 2019 – A Crossley", "  • 2018 – N Linfield", "  • 2017 – S Elliott", "  • 2016 – J Taylor", "  • 2015 – S Keen"]
    text = draft(HEADLINE, *PARAGRAPHS, "\n".join(roll))
    assert not {line_of(text, line) for line in roll} & flagged_lines(text)


def test_a_table_taken_apart_cell_by_cell_is_no_menu():
    rows = [("Total Retail Sales", "Jan 2022", "11.5", "14.7", "8.2"), ("Motor Vehicle and Parts Dealers", "Jan 2022", "13.2", "9.2", "11.7"),
            ("Furniture Stores", "Feb 2022", "6.1", "5.4", "7.0")]
    cells = ["|", "United States", "|", "|"]
    for row in rows:
        for cell in row:
            cells += [cell, "|"]
        cells.append("|")
    text = "\n".join(cells) + "\n"
    assert flagged_lines(text) == set()


def test_a_table_of_words_taken_apart_cell_by_cell_is_no_menu():
    # an unseen page's table of shoe brands: a header row, then rows whose last cell is a sentence,
    # each row closed by two bars in a row
    rows = [("Brand", "Business Model", "Closure Year", "Key Contributing Factors"),
            ("Payless ShoeSource", "Discount Retailer", "2019", "Excessive debt, a massive physical footprint and no investment in e-commerce"),
            ("Kinney Shoes", "Retailer", "1998", "Parent company restructuring and a shift in demand toward specialised stores")]
    cells = []
    for row in rows:
        for cell in row:
            cells += [cell, "|"]
        cells.append("|")
    text = draft("Ten footwear brand closures", PARAGRAPHS[0], "\n".join(cells))
    assert not {k for k in flagged_lines(text) if k >= line_of(text, "Brand")}


def test_a_menu_s_bars_are_still_flagged():
    menu = ["Home", "|", "News", "|", "Sport", "|", "Weather"]
    text = draft("\n".join(menu), HEADLINE, *PARAGRAPHS)
    assert line_of(text, "|") in flagged_lines(text)


@pytest.mark.parametrize("heading", ["Note", "Example"])
def test_a_reference_entry_s_stock_heading_between_its_paragraphs_is_the_entry_s(heading):
    text = draft(HEADLINE, *PARAGRAPHS[:2], heading, PARAGRAPHS[2])
    assert line_of(text, heading) not in flagged_lines(text)


def test_an_alt_text_repeated_under_each_picture_of_a_box_is_flagged():
    box = []
    for title in ("Best luxury yacht: 7 ultimate cruisers you can buy", "The best downwind sails explained",
                  "Great seamanship: sailing across Europe in a dinghy"):
        box += ["sailboat race", title]
    text = draft(HEADLINE, *PARAGRAPHS, *box)
    assert {i for i, line in enumerate(text.split("\n"), 1) if line == "sailboat race"} <= flagged_lines(text)


def test_a_title_in_lower_case_repeated_in_the_story_is_not_an_alt_text():
    text = draft("what is a coffee roastery", "what is a coffee roastery", *PARAGRAPHS, "what is a coffee roastery")
    assert 1 not in flagged_lines(text)


def test_a_table_set_a_cell_a_line_each_closed_by_its_bar_is_no_breadcrumb():
    cells = ["Injury |", "Severity |", "Compensation |", "PTSD |", "Moderate |", "Up to £28,250 |",
             "Damage to bowel |", "Severe |", "Up to £75,550 |", "Brain damage |", "Minor |", "Up to £15,580 |"]
    text = draft(HEADLINE, *PARAGRAPHS, "\n".join(cells), "These figures are a guide only and each claim is assessed on its merits.")
    assert not {line_of(text, c) for c in cells} & flagged_lines(text)


@pytest.mark.parametrize("byline", ["Answered by John Hunt", "Authored by Cynthia Turner Camp"])
def test_an_answer_s_or_a_paper_s_credit_is_a_byline(byline):
    text = draft(HEADLINE, byline, *PARAGRAPHS)
    assert line_of(text, byline) not in flagged_lines(text)


def test_a_draft_cut_inside_the_story_s_preformatted_block_keeps_the_block():
    block = ["```", "SKILLS CATEGORIES FRAMEWORK", "CATEGORY 2: Professional/Functional Skills",
             "  → Project management", "  → Financial acumen", "  → Strategic planning", "  → Change management",
             "CATEGORY 3: Leadership & Management Skills", "  → Te"]
    text = draft(HEADLINE, *PARAGRAPHS, "\n".join(block))
    assert not {line_of(text, line) for line in block[1:-1]} & flagged_lines(text)


def test_a_ranked_list_of_works_with_their_years_is_the_story_s():
    items = ["1. From Jesus to Christ (1998)", "2. Money, Power and Wall Street (2012)", "3. Battle for Haiti (2011)",
             "4. College, Inc. (2010)", "5. The Choice 2008 (2008)", "6. Dreams of Obama (2009)"]
    story = [
        "Documentary film teams are better off being run like a small expedition than like a department, "
        "with every member able to take the camera, the notes or the decisions when the moment comes.",
        "The films above show what such teams can do with a year, a modest budget and the patience to wait "
        "for the people they follow to tell their own stories in their own words.",
    ]
    text = draft("Top Documentary Films", "\n".join(items), *story)
    assert not {line_of(text, line) for line in items} & flagged_lines(text)


@pytest.mark.parametrize("line", ["IPA: /ˈtɪəruːm/", "/ˈhʌstɪŋz/ (noun)"])
def test_a_dictionary_entry_s_pronunciation_over_its_definition_is_the_entry_s(line):
    definition = ("A place where people can go to drink tea and eat light meals or snacks, often with a cosy "
                  "atmosphere and a menu of cakes, sandwiches and scones served through the afternoon.")
    text = draft(line, definition, *PARAGRAPHS)
    assert line_of(text, line) not in flagged_lines(text)


def test_the_source_under_a_quotation_between_paragraphs_is_the_quotation_s():
    quote = '"Go home and make a net if you desire to get fishes."\n- Chinese Proverb'
    text = draft(HEADLINE, *PARAGRAPHS[:2], quote, PARAGRAPHS[2])
    assert line_of(text, "- Chinese Proverb") not in flagged_lines(text)
