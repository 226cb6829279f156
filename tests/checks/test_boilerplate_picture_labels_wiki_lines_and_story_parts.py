"""A picture's label alone over its credit ("Image copyright" / "Getty Images"), a search engine's
alt text, a wiki's sister project's line under the title, a site's notice that it is offline in a
region, a blog's box of popular posts after the story; and the story's own lines: a title over
"Introduction", a numbered part of the story under a "Read more" link, the one post a "Latest
News" page shows, a sentence saying who designed a window.  Written for the test, after the shapes
seen in unseen samples 104 to 107."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, codes_on, draft, flagged_lines, found_between_and_at_end, line_of


@pytest.mark.parametrize(
    "line, code",
    [
        ("Image copyright", "BP007"),
        ("Image caption", "BP007"),
        ("Image copyright Getty Images", "BP007"),
        ("Image result for hydrogen buses", "BP007"),
        ("From Wikivoyage", "BP003"),
        ("From Wiktionary", "BP003"),
        ("We are working hard to get it back online.", "BP008"),
        ("Designed by Studio Nine", "BP001"),
        ("Site Designed By Bluehost", "BP001"),
        ("Read our Advertiser Disclosure.", "BP008"),
        ("Print or save this article as a pdf", "BP003"),
        ("Download the PDF file .", "BP003"),
        ("I accept terms & conditions and privacy policy.", "BP005"),
        ("I want to receive Exclusive Offers from partners (advertising)", "BP005"),
        ("Letters should not exceed 250 words and local issues take precedence.", "BP005"),
        ("» MORE: How much deposit do I need for a mortgage?", "BP009"),
        ("photo credit: The Travelling Bum via photopin cc", "BP007"),
        ("Photo: Digital Photography by Rob Holding", "BP007"),
        ("Image by Michelle Raponi from Pixabay", "BP007"),
        ("Photo by Nubia Navarro (nubikini) from Pexels", "BP007"),
        ("Courtesy Galveston Island CVB", "BP007"),
        ("- Credit: Sandra Rowse", "BP007"),
        ("Trevor James photo", "BP007"),
        ("Warning: mysql_fetch_assoc(): supplied argument is not a valid MySQL result resource in "
         "/home/filmfest/public_html/news.php on line 12", "BP008"),
        ("Tagged , , , , , , , , ,", "BP003"),
        ("Log in to your account to read this article – and millions more.", "BP005"),
        ("…show more content…", "BP003"),
        ("View pages in this section", "BP003"),
        ("This site requires cookies to run. For more information View our privacy policy", "BP008"),
        ("Please use another browser (e.g., Chrome, Edge or Safari) and try again.", "BP008"),
        ("This page may contain links to non-U.S. government websites. What this means to you »", "BP008"),
        ("This article uses material from the Wikipedia article Amateur theatre, which is released under "
         "the Creative Commons Attribution-Share-Alike License 3.0.", "BP001"),
        ("Find me on:", "BP004"),
        ("IMG 20211012 101143", "BP007"),
        ("Posted on", "BP003"),
        ("This article is available to subscribers only.", "BP008"),
        ("Available only for authorised users", "BP008"),
        ("Your session is about to expire", "BP008"),
        ("Commenting has been turned off.", "BP005"),
        ("View/Submit Comments for this story", "BP005"),
        ("Twitter brand", "BP004"),
        ("Envelop icon", "BP004"),
        ("Follow related authors and topics", "BP004"),
        ("File Size: | 84 kb |", "BP003"),
        ("File Type: |", "BP003"),
        ("Image 1 of 1", "BP007"),
        ("Powered by SmugMug Log In", "BP001"),
        ("Join Date: Dec 2005", "BP005"),
        ("Rep Power: 12", "BP005"),
        ("View Single Post", "BP005"),
        ("Join in and write your own page! It's easy to do. How? Simply click here to return to Mollusc News.", "BP004"),
        ("Enjoy this page? Please pay it forward. Here's how...", "BP004"),
        ("You may unsubscribe from our mailing list at any time.", "BP004"),
        ("Page content transcription", "BP008"),
        ("If your browser does not render page correctly, please read the page content below", "BP008"),
        ("Continue reading “Have You Had Your Brownie Today?”", "BP009"),
        ("This topic is now closed to further replies.", "BP005"),
        ("Comments posted here will be publicly visible. This is not a means of contact.", "BP005"),
        ("Create a Flipbook Now", "BP003"),
        ("Read Text Version", "BP003"),
        ("P:01", "BP003"),
        ("You must have Adobe Acrobat reader to view, save, or print PDF files.", "BP008"),
        ("No items found.", "BP003"),
        ("Become a patron and help spread the good news of the world of electric vehicles.", "BP008"),
        ("By signing, you accept Care2's Terms of Service.", "BP005"),
        ("You can unsub at any time here.", "BP005"),
        ("Having problems signing this? Let us know.", "BP005"),
        ("You have JavaScript disabled. Without it, our site might not function properly.", "BP008"),
        ("Free cookie consent management tool by TermsFeed", "BP008"),
        ("You’re reading a preview, subscribe to read more.", "BP008"),
        ("Stay in touch with the conversation, subscribe to the RSS feed for comments on this post.", "BP005"),
        ("Related Blog: Top 5 Tips to Avoid Memory Loss in Your Senior Years", "BP009"),
        ("Posted by in christmas play", "BP003"),
        # a post's meta line with every field, or the author's name, not copied (sample 296)
        ("Written by  in category ", "BP003"),
        ("Posted by  on ", "BP003"),
        # a blog theme's meta line under the post, its tags copied or not (sample 297)
        ("Posted in DIY Sewing, Inspiration and tagged , , , , , , , , .", "BP003"),
        ("Posted in Beekeeping, Honey and tagged hives, swarms, wax.", "BP003"),
        ("Results that may be inaccessible to you are currently showing.", "BP008"),
        ("This advertisement has not loaded yet, but your article continues below.", "BP008"),
        ("Are you having trouble loading this page? Click here to view a text-only version.", "BP008"),
        ("Fill out this field", "BP005"),
        ("Please enter a valid email address.", "BP005"),
        ("CrossRef citations to date", "BP005"),
        ("This entry was posted in Features, General and tagged , , , , , , , , , , , on by .", "BP003"),
        ("This article provided by Wikipedia. To edit the contents of this article, click here for original source.", "BP001"),
        ("Site hosted by Build your free website today!", "BP001"),
        ("All fields marked with * are mandatory.", "BP005"),
        ("Thank you for your message. It has been sent.", "BP005"),
        ("There was an error trying to send your message. Please try again later.", "BP005"),
        ("(Visited 46 times, 1 visits today)", "BP003"),
        ("Oops! An active online subscription is required to access this content.", "BP008"),
        ("This author has not written his bio yet.", "BP003"),
        ("\"*\" indicates required fields", "BP005"),
        ("This might also interest you", "BP009"),
        ("You might also be interested in", "BP009"),
        # a forum's box label over the thread (sample 308)
        ("Recommended Posts", "BP009"),
        ("(We will not publish anonymous comments that were posted without stating a name or nickname)", "BP005"),
    ],
)
def test_page_furniture_between_paragraphs_and_after_the_story(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize("label, value", [("Tags", "(none)"), ("Categories", "None"), ("Tags:", "n/a")])
def test_a_tag_field_left_empty_under_the_story(label, value):
    """A site's tag field under the story, its value the template's "(none)" (sample 308)."""
    text = draft(HEADLINE, *PARAGRAPHS, label, value)
    assert {line_of(text, label), len(text.splitlines())} <= flagged_lines(text)
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged_lines(text)


def test_none_under_a_line_of_the_story_is_its_answer():
    """"(none)" under a story's own question, between its paragraphs, is the story's."""
    text = draft(HEADLINE, PARAGRAPHS[0], "Objections received by the council", "(none)", *PARAGRAPHS[1:])
    assert not {line_of(text, "Objections received by the council"), line_of(text, "(none)")} & flagged_lines(text)


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright is a thorny area of the law.",
        "Image results for the survey were poor.",
        "From London",
        "This window was designed by Marguerite Gaudin.",
        "Courtesy calls were made to residents",
        "Photo from the archive of the club",
        "Posted in Kabul in 2009, he was tagged by his unit as a natural leader.",
        "Written by hand in the 1890s, the letters were found in the attic.",
    ],
)
def test_sentences_and_names_that_open_like_furniture_are_left_alone(line):
    assert codes_at(line, "end") == []


def test_a_picture_s_label_alone_over_its_credit_both_flagged():
    text = draft(HEADLINE, "Image copyright", "Getty Images", *PARAGRAPHS)
    assert {line_of(text, "Image copyright"), line_of(text, "Getty Images")} <= flagged_lines(text)


def test_wikivoyage_s_tool_link_and_its_line_over_the_article():
    text = draft("Download GPX file for this article", "From Wikivoyage", "Jump to navigation Jump to search", HEADLINE, *PARAGRAPHS)
    assert {1, 2, 3} <= flagged_lines(text)
    assert line_of(text, HEADLINE) not in flagged_lines(text)


def test_a_box_of_popular_posts_after_the_story_is_flagged_to_the_end():
    box = [
        "Nick Herbert on his visit to flood hit areas of Cumbria",
        "Quotes of the day 19th August 2020",
        "Quote of the day 24th July 2020",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "Popular posts from this blog", *box)
    assert {line_of(text, line) for line in box} <= flagged_lines(text)
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged_lines(text)


def test_a_latest_news_heading_over_the_one_post_the_page_shows():
    post = [
        "From today, the path beyond the road-train and the foxes will be closed to visitors.",
        "This path closure is to allow some very special new arrivals, which came to the park "
        "yesterday, to settle in to their new homes.",
        "Several animals from a number of species, some new to the park, arrived on Tuesday.",
        "We will post more information here and on social media as soon as we can.",
    ]
    text = draft("Latest News", "New Arrivals...", *post)
    assert not {line_of(text, p) for p in post} & flagged_lines(text)


def test_a_title_over_introduction_and_the_first_paragraph():
    title = "The Closure of a Major Pet Retail Chain: Implications and Repercussions"
    opening = ("The recent shutdown of a leading pet-supply retailer has rattled the companion-animal "
               "sector. This overview looks at why it closed and what it means.")
    parts = [
        "The Background of the Retailer",
        "Founded decades ago, the retailer expanded into thousands of neighbourhood stores, becoming a "
        "familiar stop for pet owners who bought food, toys and grooming supplies there.",
        "Reasons for the Closure",
        "Soft consumer spending, higher rents and rising operating costs squeezed the retailer's margins "
        "until its stores could no longer pay their way.",
        "Impact on Employees",
        "Store closures translated into widespread layoffs. Part-time workers and seasoned groomers alike "
        "had to look for work at the retailer's rivals.",
    ]
    text = draft(title, "Introduction", opening, *parts)
    flagged = flagged_lines(text)
    assert not {line_of(text, title), line_of(text, "Introduction"), line_of(text, opening)} & flagged


def test_a_numbered_part_of_the_story_under_a_read_more_link():
    text = draft(
        "Unforgettable Zoo Escapes: When Animals Break Free",
        "Zoos have changed a lot in the last century, and many now work to save animals from extinction.",
        "1. Escaped monkeys",
        "In 1935, more than a hundred rhesus macaques escaped from an enclosure on Long Island in New York state.",
        "Read more: How alike humans and apes are",
        "2. An entire pride of lions",
        "In November 2022, five lions escaped their enclosure at Taronga Zoo in Sydney, and guests were brought to safety.",
    )
    flagged = flagged_lines(text)
    assert line_of(text, "Read more: How alike humans and apes are") in flagged
    assert line_of(text, "2. An entire pride of lions") not in flagged


@pytest.mark.parametrize(
    "headers",
    [
        ["• FuglyDuck@lemmy.world", "• trollercoaster@feddit.de"],
        ["• Chronicon [they/them]", "• Wertheimer [any]"],
    ],
)
def test_a_fediverse_thread_s_replies_under_their_handles(headers):
    first, second = headers
    replies = [
        first, "link", "fedilink", "7", "·", "1 year ago",
        "What a dapper fellow. I find it interesting that they would go down for the food and then sneak back up.",
        second, "link", "fedilink", "5", "·", "1 year ago",
        "Had to deal with an owl stuck in a chimney once, and a sweep told us to open the flue and wait.",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *replies)
    flagged = flagged_lines(text)
    assert {line_of(text, first), line_of(text, second), line_of(text, replies[6]), line_of(text, replies[-1])} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


def test_an_address_alone_under_the_story_is_not_a_handle():
    text = draft(HEADLINE, *PARAGRAPHS, "For more details contact the club secretary.", "• secretary@ourclub.org.uk")
    assert "BP006" not in codes_on(text, "• secretary@ourclub.org.uk")


@pytest.mark.parametrize(
    "title",
    ["Renovations near completion", "Tact and discretion", "Pipe break limits water",
     "The hidden threat behind Kenya's worsening drought", "This is what an undersea data cable actually looks like"],
)
def test_a_short_title_right_over_the_first_paragraph_is_the_story_s(title):
    text = draft(title, *PARAGRAPHS)
    assert line_of(text, title) not in flagged_lines(text)


@pytest.mark.parametrize(
    "other",
    ["Google Play Store needs more than AI to make app recommendations useful",
     # a form's footnote and a photo's line are no title, however short
     "*All information provided is kept private",
     "Bank of Montreal on Portage Avenue, originally uploaded by Jezz"],
)
def test_another_story_s_long_headline_over_the_first_paragraph_is_still_flagged(other):
    text = draft(other, *PARAGRAPHS)
    assert line_of(text, other) in flagged_lines(text)


@pytest.mark.parametrize("author", ["• emmasueprince8", "• The Webmaster", "• Writer's pictureMalav Patel"])
def test_a_site_builder_s_author_line_over_the_post_s_title(author):
    text = draft("top of page", author, "The magic of Bake-Off", *PARAGRAPHS)
    assert line_of(text, author) not in flagged_lines(text)


def test_a_section_s_name_bulleted_over_the_title_is_still_flagged():
    text = draft("top of page", "• Fitness", "What Is a Walking Holiday?", *PARAGRAPHS)
    assert line_of(text, "• Fitness") in flagged_lines(text)


@pytest.mark.parametrize("line", ["Family photo", "Our team photo"])
def test_a_photo_named_by_what_it_shows_is_no_photographer_s_credit(line):
    assert "BP007" not in codes_at(line, "end")


def test_a_long_list_the_story_introduces_is_the_story_s_to_its_last_item():
    groups = [
        "Allied Steel and Wire workers", "Armed Forces and Cadets", "Autism", "Biodiversity", "Cancer", "Children",
        "Co-operatives & Mutuals", "Community Transport", "Construction", "Deaf Issues", "Dementia", "Diabetes",
        "Digital Communication", "Disability", "Eating Disorders", "Europe", "Faith", "Fuel Poverty",
        "Housing", "Mental Health", "Science and Technology", "Small Shops", "Tourism",
    ]
    items = [f"- {g}" for g in groups]
    text = draft(
        HEADLINE, *PARAGRAPHS,
        "The following cross-party groups have been registered during the Fourth Assembly:",
        "\n".join(items),
    )
    assert not {line_of(text, item) for item in items} & flagged_lines(text)


def test_a_notice_s_table_of_fields_set_a_cell_a_line_is_no_breadcrumb_trail():
    cells = ["Venue |", "Conference Room, Station Street, Mullumbimby |", "Date |", "Thursday, 11 April 2024 |", "Time |", "1.00pm |"]
    text = draft(HEADLINE, "A meeting of the advisory committee of the council will be held as follows:", "\n".join(cells), *PARAGRAPHS)
    assert not {line_of(text, c) for c in cells} & flagged_lines(text)


def test_a_two_column_table_taken_apart_keeps_the_bars_that_close_its_rows():
    rows = [
        "Adult Civic Recognition |",
        "Presented to a citizen to recognise the selfless support the individual has given to the community.",
        "|",
        "Youth Civic Recognition |",
        "Presented to a citizen under the age of 18 to recognise the support they have given to the community.",
        "|",
    ]
    text = draft(HEADLINE, PARAGRAPHS[0], "\n".join(rows), *PARAGRAPHS[1:])
    assert not flagged_lines(text)


def test_a_table_s_header_row_over_its_rule_opening_the_draft():
    text = "Term | Definition |\n---|---|\nInvoice fraud |\n" + draft(*PARAGRAPHS)
    assert 1 not in flagged_lines(text)


def test_an_error_page_s_heading_over_its_notice():
    text = draft("Oops.", "Our website is temporarily unavailable in your location.", "We are working hard to get it back online.", HEADLINE, *PARAGRAPHS)
    assert {1, 3, 5} <= flagged_lines(text)


def test_oops_alone_between_the_story_s_paragraphs_is_the_story_s():
    text = draft(HEADLINE, PARAGRAPHS[0], "Oops.", *PARAGRAPHS[1:])
    assert line_of(text, "Oops.") not in flagged_lines(text)


def test_a_picture_gallery_s_counters_and_the_photographer_s_name_under_each():
    gallery = []
    for k in range(1, 6):
        gallery += [f"{k} of 36", "Katie Larrington"]
    text = draft(HEADLINE, *PARAGRAPHS, "\n".join(gallery))
    flagged = flagged_lines(text)
    assert {line_of(text, line) for line in gallery} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged



def test_a_comment_heading_quoting_a_title_with_a_quotation_inside_it():
    title = "Watch City Council “live” tonight!"
    heading = "One thought on “Watch City Council “live” tonight!"
    comment = ("1. It is absolutely terrific that you can now stream and view a City Council meeting. "
               "I asked the clerk about it last year and am glad to see it happen.")
    text = draft(title, *PARAGRAPHS, heading, comment, "Leave a Reply")
    flagged = flagged_lines(text)
    assert {line_of(text, heading), line_of(text, comment)} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


def test_the_story_s_list_under_a_file_box_is_not_the_box_s():
    item = "1. Your motion to acknowledge we are in a climate emergency"
    text = draft(HEADLINE, *PARAGRAPHS, "File Size: | 84 kb |", "File Type: |", item, PARAGRAPHS[0])
    assert line_of(text, item) not in flagged_lines(text)


def test_other_stories_headlines_signed_with_the_same_site_s_name():
    feed = [
        "Scientists warn fake research is spreading faster than real science | ScienceDaily",
        "Textbooks were wrong: Scientists reveal the surprising way human hair really grows | ScienceDaily",
        "Cannabis compounds CBD and CBG may help reverse fatty liver disease, study finds | ScienceDaily",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *feed)
    assert {line_of(text, line) for line in feed} <= flagged_lines(text)


def test_a_story_s_lines_with_bars_between_different_words_are_not_a_feed():
    rows = ["Monday | Swimming", "Tuesday | Football", "Wednesday | Netball"]
    text = draft(HEADLINE, PARAGRAPHS[0], "The clubs meet on these days:", *rows, *PARAGRAPHS[1:])
    assert not {line_of(text, r) for r in rows} & flagged_lines(text)


def test_dated_rows_under_the_story_s_line_ending_with_a_colon_are_its_list():
    rows = [
        "SENIOR: Aged 30 or under on 1 September 2023",
        "INTERMEDIATE: Aged 21 or under on 1 September 2023",
        "JUNIOR: Aged 16 or under on 1 September 2023",
    ]
    text = draft(HEADLINE, PARAGRAPHS[0], "Age groups as follows:", "\n".join(rows), *PARAGRAPHS[1:])
    assert not {line_of(text, r) for r in rows} & flagged_lines(text)


def test_a_document_host_s_header_over_each_page_and_the_text_under_it():
    pages = []
    for k in (1, 2):
        pages += [f"Page {k}: Adult Literacy in Palm Coast", f"{k}. What are the primary causes of poor reading skills in adults?"]
    text = draft(HEADLINE, *PARAGRAPHS, *pages)
    flagged = flagged_lines(text)
    assert {line_of(text, f"Page {k}: Adult Literacy in Palm Coast") for k in (1, 2)} <= flagged
    assert not {line_of(text, pages[1]), line_of(text, pages[3])} & flagged


def test_a_competition_s_winners_by_place_over_the_story():
    places = [
        "1st - Sabita Banerji More Gardened Against Than Gardening",
        "2nd - Grace Galton Awakening",
        "3rd - Geoff Lowe Death Comes in Two Parts",
    ]
    text = draft(*places, *PARAGRAPHS)
    assert not {line_of(text, p) for p in places} & flagged_lines(text)


def test_the_hard_wrapped_lines_of_the_story_s_first_paragraph():
    lines = [
        "Community based micro-hydro village electrification schemes are used to electrify remote villages that",
        "are not connected to the national or state electricity grids. Such schemes can be operated and maintained",
        "by the community members themselves. A micro-hydro village electrification scheme can generally meet",
        "a household's basic electricity demand for lighting, TV, radio and phone charging. In addition, it can be",
        "used to power electric irons and small machines, with limitations.",
    ]
    text = "\n".join(lines) + "\n\n" + draft(*PARAGRAPHS)
    assert not {1, 2, 3, 4, 5} & flagged_lines(text)


def test_comments_under_a_theme_s_headers_with_no_colon():
    comments = [
        "Reader Interactions",
        "Günter says",
        "He doesn't look so happy. I don't think he is going to make many sales from that shop.",
        "Lee says",
        "No, he doesn't. First time for me to see the owner, but I don't imagine he has made a sale in years.",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *comments)
    flagged = flagged_lines(text)
    assert {line_of(text, c) for c in comments} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


def test_a_pronoun_that_says_is_no_commenter():
    text = draft(HEADLINE, PARAGRAPHS[0], "He says", PARAGRAPHS[1], "She says", *PARAGRAPHS[2:])
    assert "BP006" not in codes_on(text, "He says")


def test_a_forum_s_posts_under_the_poster_and_the_day():
    posts = [
        "7om - on 18 Feb 2012",
        "Looks good. I can't find any website for the new centre though, does it have one yet?",
        "Boulder Central - on 19 Feb 2012",
        "Our website is currently being developed and should go live in a month or so, thanks for asking.",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, "This topic has been archived, and won't accept reply postings.", *posts)
    flagged = flagged_lines(text)
    assert {line_of(text, p) for p in posts} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged
