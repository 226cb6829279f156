"""A label over the pictures' credits, a petition's share prompt, a document site's wall for
registered users, a site theme's buttons, a gallery's long alt text repeated under each picture, an
archive's teasers each closed by an ellipsis, a section's box of its other stories ("Also in this
section"), the US government's banner, a cookie notice's table.  Written for the test, after the
shapes seen in unseen samples 155 to 199."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, after_first_paragraph, between_paragraphs, codes_at, codes_on, draft, flagged_lines, line_of


@pytest.mark.parametrize("line", ["Photographs courtesy of:", "Pictures by:", "Photos supplied by:"])
def test_the_label_over_the_pictures_credits(line):
    assert codes_at(line, "end") == ["BP007"]


def test_a_sentence_about_photographs_is_prose():
    line = "The photographs were taken by:"
    assert "BP007" not in codes_at(line, "end")


def test_share_the_petition():
    assert codes_at("Share the petition!", "end") == ["BP004"]


def test_a_document_site_s_wall_for_registered_users():
    line = "The whole doc is available only for registered users"
    assert codes_on(between_paragraphs(line), line) == ["BP008"]



@pytest.mark.parametrize("line", ["Close this search box.", "Toggle mobile menu visibility"])
def test_a_site_theme_s_buttons(line):
    assert codes_at(line, "top") == ["BP003"]


def test_a_gallery_s_long_alt_text_repeated_under_each_picture():
    """A picture agency's description of the day under each of six pictures, its spaces not always
    the same: the alt text, not the captions between."""
    alt = ["the prince of wales and the duchess of cornwall visit devon and cornwall  day one",
           "the prince of wales and the duchess of cornwall visit devon and cornwall day one"]
    captions = ["The Prince of Wales met with members of the Cathedral's choir.",
                "The Cathedral was founded in 1050 and houses historic artifacts.",
                "Exeter Cathedral has a visitors book, which Charles and Camilla signed before departing.",
                "Camilla met author Michael Morpurgo, who wrote War Horse.",
                "They met the Lord Mayor of Exeter at the Guildhall.",
                "They were also met by quite a crowd of admirers outside."]
    blocks = ["All the Photos from the Royal Trip to Cornwall"]
    for n, caption in enumerate(captions):
        blocks += [alt[n % 2], caption]
    text = draft(*blocks)
    flagged = flagged_lines(text)
    for n in range(len(captions)):
        assert line_of(text, captions[n]) not in flagged
    assert all(i + 1 in flagged for i, row in enumerate(text.split("\n")) if row in alt)


def test_a_timetable_s_start_time_repeated_is_no_alt_text():
    """A sailing club's race timetable: each day's first race starts "at 10.45 (Handicap)", so the
    same lowercase line comes back three times, as a picture's alt text would (unseen sample 330)."""
    intro = "Members: if you would like to send a report on a race or a series you sailed in, please send it to the webmaster."
    rows = []
    for day, water, race in [("Saturday 17th March", "12.41", "Sallyforth"), ("Sunday 18th March", "13.18", "Ace Cup"),
                             ("Friday 30th March", "12.47", "Cedric Wren"), ("Saturday 14th April", "12.34", "Brass Monkey")]:
        rows += [f"{day} High Water: {water}\nHeight: 5.8\n{race} 1\n{{start}}", f"{race} 2\n(Handicap) to follow"]

    def timetable(start):
        return draft("Racing Home Page", intro, *[r.format(start=start) for r in rows])

    text = timetable("at 10.45 (Handicap)")
    assert not {i + 1 for i, row in enumerate(text.split("\n")) if row == "at 10.45 (Handicap)"} & flagged_lines(text)
    alt = timetable("sailboat race at the club")
    assert {i + 1 for i, row in enumerate(alt.split("\n")) if row == "sailboat race at the club"} <= flagged_lines(alt)


def test_a_refrain_repeated_three_times_is_the_story_s():
    line = "and the band played on through the night until the last of the crowd went home"
    text = draft(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1], line, PARAGRAPHS[2], line, PARAGRAPHS[3])
    assert line_of(text, line) not in flagged_lines(text)


def test_an_archive_s_teasers_each_closed_by_an_ellipsis():
    teasers = [
        "At my first open mic, as the host worked his way down the list and my slot got closer, I…",
        "Scan an open mic audience and it's a safe bet that at least half the people in the room are…",
        "The first reason to go to any open mic is because it will be memorable. No matter what night you…",
        "One of the things I say a lot when I try to convey just how great an open mic can be is that…",
        "A while back, I wrote about how to introduce yourself and your work at an open mic. This post is…",
    ]
    text = draft(*teasers)
    assert {line_of(text, t) for t in teasers} <= flagged_lines(text)


def test_a_story_trailing_off_once_is_the_story_s():
    line = "He paused at the door, looked back at the empty hall where the band had played for forty years, and then..."
    text = draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], line, PARAGRAPHS[2], PARAGRAPHS[3])
    assert line_of(text, line) not in flagged_lines(text)


def test_a_letter_template_s_placeholder_is_no_form_field():
    letter = ["Dear Parking Manager,", "I am writing to complain about the new parking charges in the town centre, which have cut the number of shoppers.",
              "Sincerely,", "[Your Name]", "[your address]"]
    text = draft(*letter)
    assert line_of(text, "[Your Name]") not in flagged_lines(text)


def test_the_parts_of_a_letter_the_story_lists_are_no_form_fields():
    items = ["  • Your Name", "  • Your Address", "  • Your Contact Information (Phone/Email)", "  • Date"]
    text = draft(HEADLINE, PARAGRAPHS[0], "Your letter should follow a structured format:") + "\n".join(items) + "\n\n" + draft(PARAGRAPHS[1])
    assert line_of(text, items[0]) not in flagged_lines(text)


def test_a_comment_form_s_name_field_is_still_flagged():
    assert codes_at("Your Name", "end") == ["BP005"]


def test_a_section_s_box_of_its_other_stories_under_the_story():
    """ "Also in this section" over dated teasers of the section's other stories, to the draft's
    end (sample 195)."""
    teasers = ["14 January 2026", "Leading economies in the region are using oil and gas revenues to fund mineral strategies.",
               "13 January 2026", "Across Europe, countries have grappled with balancing energy plans with realities."]
    text = draft(HEADLINE, *PARAGRAPHS, "Also in this section", *teasers)
    flagged = flagged_lines(text)
    assert {line_of(text, t) for t in ["Also in this section", *teasers]} <= flagged
    assert not {line_of(text, p) for p in PARAGRAPHS} & flagged


@pytest.mark.parametrize("line", ["Reports on India-Pakistan tension See all", "Upcoming Events View All", "Hot news"])
def test_a_box_s_heading_with_its_button_run_in(line):
    assert codes_at(line, "end") == ["BP009"]


@pytest.mark.parametrize("line", ["You can see all", "To find out more, click to view more"])
def test_a_sentence_ending_on_see_all_is_no_heading(line):
    assert "BP009" not in codes_at(line, "end")


@pytest.mark.parametrize("line", [
    "The .gov means it’s official.",
    "Federal government websites often end in .gov or .mil. Before sharing sensitive information, make sure you're on a federal government site.",
    "The https:// ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely.",
    "Looking for U.S. government information and services?",
])
def test_the_us_government_s_banner_over_its_sites(line):
    assert codes_at(line, "top") == ["BP008"]


def test_a_cookie_notice_s_table_of_its_cookies():
    rows = ["Cookie | Duration | Description |", "---|---|---|",
            "cookielawinfo-checkbox-analytics | 11 months | This cookie is set by GDPR Cookie Consent plugin. It stores the user's consent. |",
            "cookielawinfo-checkbox-necessary | 11 months | This cookie is set by GDPR Cookie Consent plugin. It stores the user's consent. |"]
    text = draft(HEADLINE, PARAGRAPHS[0], "\n".join(rows), *PARAGRAPHS[1:])
    flagged = flagged_lines(text)
    assert {line_of(text, rows[0]), line_of(text, rows[2]), line_of(text, rows[3])} <= flagged


def test_a_table_of_durations_is_the_story_s():
    rows = ["Road | Duration | Reason |", "---|---|---|", "High Street | 11 months | Gas main replacement |",
            "Mill Lane | 3 months | Bridge repairs |"]
    text = draft(HEADLINE, PARAGRAPHS[0], "\n".join(rows), *PARAGRAPHS[1:])
    assert not {line_of(text, r) for r in rows} & flagged_lines(text)


def test_a_site_s_contact_form_under_the_page():
    # a swimming club's records page over its contact form ("Your Details" / "Let us know how to
    # get back to you." / "How can we help?" / "Feel free to ask ...")
    form = ["Your Details", "Let us know how to get back to you.", "How can we help?", "Feel free to ask a question or simply leave a comment."]
    text = draft(HEADLINE, *PARAGRAPHS, *form)
    assert {line_of(text, f) for f in form} <= flagged_lines(text)
    assert codes_on(text, "Your Details") == ["BP005"]


def test_a_story_s_sentence_about_checking_details_is_not_a_form():
    line = "Voters should check their details on the register before the deadline, the council said."
    text = after_first_paragraph(line)
    assert flagged_lines(text) == set()
