"""Page leftovers no test knew, from club and craft pages: a sign-up form's error messages printed
with the page ("First name is required!"), a wiki's line under its title that names the wiki
("From British Juggling Convention Wiki"), a theme's menu button ("Select Page"), a guide's anchor
("Skip to contents of guide"), a picture's link ("Click for enlargement"), and the introduction of
an embedded video that did not come with the text ("The 20-minute live video replay is below:").
And the page's own title where it looked like furniture: a title ending in a footer link's words
("Beach hut waiting list terms and conditions"), a series' part over the instalment's title ("Part 1
- Getting Started"), a title with a qualifier in brackets ("Mead (dry or sweet)"), a one-word title
over the first section's label ("Longsword" / "Historical background"), a two-word label over its
introduction ("Club Tournaments"), and the rest of the story's list after its last paragraph.
Written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import codes_on, draft, flagged_lines, line_of

STORY = [
    "The longsword gradually grew in length from shorter swords while it was in use between the 14th and 16th century.",
    "The training at the club follows the longsword manual written by the German master Joachim Meyer in 1570.",
    "Every longsword class opens with footwork drills before the pairs move on to cutting and thrusting.",
]

FORM = [
    "First name is required!",
    "Email address is required!",
    "This is not an email address!",
    "Please enter 6 or more characters!",
    "Passwords are not same!",
    "Email or Password is wrong!",
]


def test_a_sign_up_form_s_error_messages_are_flagged():
    text = draft("\n".join(FORM), "Longsword classes for beginners", *STORY)
    assert flagged_lines(text) == set(range(1, len(FORM) + 1))
    assert codes_on(text, FORM[0]) == ["BP005"]


def test_one_requirement_in_a_how_to_is_not_a_form_message():
    # one line, no exclamation mark: a step of the story ("Password is required." under a setup guide)
    text = draft("Setting up the club's booking account", STORY[0], "Password is required.", STORY[1], STORY[2])
    assert flagged_lines(text) == set()


def test_a_requirement_in_a_sentence_is_the_story_s():
    line = "A permit is required to fish the river, and the club's name is required on every entry form."
    text = draft("Longsword classes for beginners", STORY[0], line, STORY[1])
    assert flagged_lines(text) == set()


def test_a_wiki_s_line_naming_itself_is_flagged():
    text = draft("From British Juggling Convention Wiki", "Jump to: navigation, search", *STORY)
    assert codes_on(text, "From British Juggling Convention Wiki") == ["BP003"]


def test_a_theme_s_menu_button_and_a_guide_s_anchor_are_flagged():
    text = draft("Select Page", "Longsword classes for beginners", *STORY)
    assert codes_on(text, "Select Page") == ["BP003"]
    text = draft("Skip to main content", "Longsword classes for beginners", "Skip to contents of guide", *STORY)
    assert line_of(text, "Skip to contents of guide") in flagged_lines(text)


def test_a_picture_s_link_is_flagged():
    text = draft("Longsword classes for beginners", "Click for enlargement", *STORY)
    assert codes_on(text, "Click for enlargement") == ["BP003"]


def test_a_video_s_introduction_over_the_story_s_next_paragraph_is_flagged():
    intro = "The 20-minute live video replay is below:"
    text = draft("Longsword classes for beginners", STORY[0], intro, STORY[1], STORY[2])
    assert codes_on(text, intro) == ["BP011"]
    from newslint.api import lint_text

    (d,) = [d for d in lint_text(text, path="a.txt", select=["BP011"]).diagnostics]
    assert "introduces a video that is not in the text" in d.message


def test_a_video_s_introduction_over_what_it_introduces_is_the_story_s():
    # the captions of the pictures are there: the introduction points to them
    intro = "See the photos below:"
    text = draft("Longsword classes for beginners", STORY[0], intro, "The pairs at the spring tournament", STORY[1], STORY[2])
    assert line_of(text, intro) not in flagged_lines(text)


def test_a_title_ending_in_a_footer_link_s_words_is_the_page_s_title():
    title = "Beach hut waiting list terms and conditions"
    body = [
        "The waiting list for a council owned beach hut is divided into separate beach areas along the seafront.",
        "Every beach hut waiting list is administered independently, and no list will exceed 500 applicants.",
        "The council reserves the right to amend the waiting list terms and conditions at any time.",
    ]
    text = draft("Skip to main content", title, *body)
    assert line_of(text, title) not in flagged_lines(text)
    # the footer's link is still the page's
    text = draft(title, *body, "Terms and Conditions")
    assert codes_on(text, "Terms and Conditions") == ["BP003"]


def test_a_series_part_over_the_instalment_s_title_is_the_story_s():
    text = draft("Part 1 - Getting Started", "Introduction to Pointed Pen Styles", *[
        "Copperplate is by far the most popular form of pointed pen calligraphy, and the basis of many modern styles.",
        "Then we have Spencerian, which was popularized by P.R. Spencer in the early 1800s and taught in business colleges.",
    ])
    assert flagged_lines(text) == set()


def test_a_title_with_a_qualifier_in_brackets_opens_the_story():
    steps = [
        "- Take 1.5 to 2 kg of mild honey, depending on the desired dryness or sweetness of the wine.",
        "- If a wine yeast is to be used, have it activated and ready in advance.",
        "- Bring the honey to the boil in two or three times its volume of water.",
        "- Stir with a stainless steel spoon until the honey is dissolved, or it may burn.",
        "- Add the remaining water, transfer the mixture to a fermenting container, and add the yeast when cool.",
        "- Rack when the wine begins to clear and a layer of sediment can be seen at the bottom of the jar.",
    ]
    text = "\n".join(["Mead (dry or sweet)", *steps]) + "\n"
    assert flagged_lines(text) == set()


def test_a_one_word_title_over_the_first_section_s_label_is_the_story_s():
    text = draft("Longsword", "Historical background", *STORY)
    assert flagged_lines(text) == set()


def test_a_menu_word_over_a_section_label_is_still_the_page_s():
    # one word the story never says is no title: a menu's entry
    text = draft("Shop", "Historical background", *STORY)
    assert codes_on(text, "Shop") == ["BP003"]


def test_a_two_word_label_opening_the_draft_over_its_introduction_is_the_title():
    # half its words the story's ("club"; "tournaments" not): the draft's first line right over
    # the introduction it heads
    text = "Club Tournaments\nIn 2023 we are running the following club competitions\n\n" + draft(
        "The Verulam Cup, 26 point, played on the full lawn by the club's stronger players.",
        "Speed Croquet, a one day doubles event played on half lawns with 25 minute time limits for each side.",
        "All club competitions are played using handicaps, and the higher handicap player receives extra turns.",
    )
    assert flagged_lines(text) == set()


def test_the_rest_of_the_story_s_list_after_its_last_paragraph_is_the_story_s():
    items = ["  • A longsword feder (approved for sparring)", "  • Approved longsword gloves", "  • Fencing mask (with cover and back-of-the-head protection)", "  • Neck Protector"]
    text = draft("Longsword classes for beginners", *STORY, "To be able to take part in the class, the following equipment is required:", "\n".join(items))
    assert flagged_lines(text) == set()
