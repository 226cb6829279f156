"""Page leftovers that no test knew: a paywall notice in other words ("This content is restricted
to subscribers of ..."), the link to the next post with its title ("Next: Leek Growth and Care"),
a breadcrumb trail written as a numbered list ("1. About.com" / "2. Home"), a forum's note of a
post's last edit, a copyright sign alone on its line and a book's notice on the use of its pages,
and a document site's box of its other uploads ("Similar documents") over the rest of a page that
has no prose.  Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import codes_on, draft, findings_at, flagged_lines, line_of

TITLE = "Leek Trenches Shifted"
STORY = [
    "Because I am a rookie leek grower, I have shifted the trench walls over against the leeks to blanch the stems.",
    "The leek bed is now flat and the hills from making the trenches are gone. In a week I will start hilling again.",
]


def test_a_paywall_notice_in_other_words_is_flagged():
    notice = (
        "This content is restricted to subscribers of OutdoorNews.com. If you are already a reader with an account, "
        "you can log in here. If you are not and would like to read this and all the other content, click here"
    )
    text = draft(notice, TITLE, *STORY)
    assert codes_on(text, notice) == ["BP008"]


def test_a_sentence_about_subscribers_is_not_a_paywall():
    story = "The club said its newsletter is restricted to subscribers who pay the annual fee of ten pounds."
    text = draft(TITLE, *STORY, story)
    assert flagged_lines(text) == set()


def test_the_next_post_s_title_after_its_label_is_flagged():
    # between the story and a line of the site's in sentences, where a tail of headings stops
    site = "You are at DonnaYoung.org, online since 1998. Thank you for visiting my website."
    text = draft(TITLE, *STORY, "Next: Leek Growth and Care", site)
    assert line_of(text, "Next: Leek Growth and Care") in flagged_lines(text)


def test_a_story_s_sentence_opening_with_next_is_not():
    line = "Next: the leeks will need feeding every week until the first frosts arrive in the autumn."
    text = draft(TITLE, *STORY, line)
    assert flagged_lines(text) == set()


CRUMBS = ["1. About.com", "2. Home", "3. Landscaping"]


def test_a_numbered_trail_with_a_home_step_is_flagged_outside_the_story():
    text = draft(TITLE, *STORY, "\n".join(CRUMBS))
    assert {line_of(text, c) for c in CRUMBS} <= flagged_lines(text)


def test_a_story_s_numbered_list_without_a_home_step_is_not():
    steps = "1. Dig the trench\n2. Plant the leeks\n3. Fill with water"
    text = draft(TITLE, *STORY, steps)
    assert flagged_lines(text) == set()


def test_a_forum_s_edit_note_is_flagged_and_named():
    note = "-- Edited by Steve Atkins on Monday 1st of February 2010 07:31:24 PM"
    text = draft(TITLE, *STORY, note)
    assert codes_on(text, note) == ["BP006"]
    assert line_of(text, note) in flagged_lines(text)


def test_a_sentence_about_editing_is_not_an_edit_note():
    line = "Edited by the club secretary, the newsletter on 3 March carried the results of the leek show."
    text = draft(TITLE, *STORY, line)
    assert flagged_lines(text) == set()


def test_a_copyright_sign_alone_and_a_book_s_notice_on_its_pages_are_flagged():
    notice = "The contents and images contained in this Book may not be used without the consent of the author."
    text = draft("Script in the Copperplate Style", "©", "By Joseph Vitolo", *STORY, "©", notice)
    got = flagged_lines(text)
    lines = text.split("\n")
    assert {i + 1 for i, t in enumerate(lines) if t == "©"} <= got
    assert line_of(text, notice) in got


DOCS = [
    "St Mary the Virgin, Chiddingstone - Spring 2015",
    "Similar documents",
    "LICHENS IN GREENWICH PARK A survey by three recorders, 11th May 2017",
    "Caloplaca aurantia. Caloplaca flavescens",
    "THE DISTRIBUTION OF LICHENS ON SOME STONEWORKS IN THE SURROUNDINGS OF ROME",
    "Using OS Resources - A fieldwork activity for Key Stage 2",
    "Lichens of Giresun District, Turkey",
    "GROWTH OF LICHENS ON LIMESTONE OUTCROPS IN NORTHERN ESTONIA",
    "Digging into the Past Pre-Visit Materials",
    "Episode 7: The great school lichen hunt (Rochdale)",
]


def test_a_document_site_s_box_of_other_uploads_runs_to_the_end_of_a_page_without_prose():
    text = draft(*DOCS)
    got = flagged_lines(text)
    assert {line_of(text, d) for d in DOCS[1:]} <= got
    assert line_of(text, DOCS[0]) not in got


def test_the_document_s_title_over_the_box_is_not_taken_for_a_link():
    """A show schedule's title, sharing no word with the other uploads listed under it (the tests of
    place read it as a link before the story): the document's own title (sample 192)."""
    docs = ["SECTION 13 - HORTICULTURE", "Similar documents", "Goulburn Society Show SECTION 2 - FLOWERS",
            "FLOWER PAVILION FLORICULTURE", "POT PLANTS & CUT FLOWERS", "SPRING FLOWER SHOW, 2018",
            "Division B3 - Flowers", "Section 20 - FLORAL ART", "Sheffield Spring Flower Show",
            "IRIS, RHODODENDRON & AZALEA SHOW",
            "Most Successful. Most Successful Exhibitor Voucher Donated By the Dubbo store, with a perpetual trophy donated for the best exhibit.",
            "For. The Award will consist of a Championship Sash and Certificate by the Western Australian Horticultural Council.",
            "Flowers. Noel and Lurlene Dawkins Centenary Perpetual Trophy for Best Exhibit in Flowers. Prize money will be paid on the day.",
            "SPRING EXHIBITION AND ROSE SHOW", "CALIFORNIA GARDENERS CLUB", "Spring Rose Show 2016"]
    text = draft(*docs)
    got = flagged_lines(text)
    assert {line_of(text, d) for d in docs[1:]} <= got
    assert line_of(text, docs[0]) not in got


VIEWER = [
    "12. Reconstructing prehistoric settlement in County Cork",
    "Start display at page:",
    'Download "12. Reconstructing prehistoric settlement in County Cork"',
    "1 12. Reconstructing prehistoric settlement in County Cork. I paint objects as I think them, not as I see them, and the same holds for the landscape.",
    "The settlement of the county can be read from its field walls, its forts and the names its townlands still carry.",
]


def test_a_document_site_s_viewer_strings_are_flagged():
    text = draft(*VIEWER)
    got = flagged_lines(text)
    assert {line_of(text, VIEWER[1]), line_of(text, VIEWER[2])} <= got
    assert line_of(text, VIEWER[0]) not in got


def test_a_sentence_asking_readers_to_download_is_not_a_button():
    line = 'Download "the leek grower\'s guide" from the club\'s website and read it before the show.'
    text = draft(TITLE, *STORY, line)
    assert flagged_lines(text) == set()


def test_a_trail_under_a_current_label_before_the_glued_title_is_flagged():
    line = "Current:Home > MarketsWindy conditions cancel farewell mass ascension at the balloon fiesta"
    story = [
        "Windy conditions on Sunday cancelled the farewell mass ascension, the last event of the fiesta, organisers said.",
        "The balloons stayed on the ground as gusts reached thirty miles an hour over the field before dawn.",
    ]
    text = draft(line, *story)
    assert findings_at(line, text)[0][0] == "BP003"


def test_a_current_field_is_no_trail_label():
    line = "Current: the river was running at twice its usual speed under the bridge by Sunday evening."
    text = draft(TITLE, line, *STORY)
    assert flagged_lines(text) == set()
