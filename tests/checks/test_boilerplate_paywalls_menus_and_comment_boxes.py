"""Page leftovers no test knew, from hobby and club pages: a members' paywall over the rest of the
text ("Join Today To Read The Full Article") and its login line, a help centre's question under an
answer ("Did you find this FAQ helpful?"), the question over a donation box ("Enjoyed this article
or find Walkhighlands useful?"), a related box's label trailing off ("You might also like these
attractions..."), an old site's menu between bars ("| Home | Material | My Telescopes |"), and a
comment system's buttons and rules ("Report", "Watch this discussion.", "PLEASE TURN OFF YOUR CAPS
LOCK.").  And the story's own lines that looked like the page's: a number written twice the way
rules write it ("Thirteen (13)") and a recipe's "Ingredients" over its list.  Written for the
test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import codes_on, draft, flagged_lines, line_of

TITLE = "The Making and Spreading of Dugout Canoes"
STORY = [
    "The task of hollowing a stout log to make a dugout canoe is best done with an adze, a tool older than the boat itself.",
    "Across three continents the craft spread along rivers, and the shape of the hull followed the trees at hand.",
]


def test_a_members_paywall_and_its_login_line_are_flagged():
    text = draft(TITLE, STORY[0], "Join Today To Read The Full Article", "If you are already a member please login here.")
    assert codes_on(text, "Join Today To Read The Full Article") == ["BP008"]
    assert codes_on(text, "If you are already a member please login here.") == ["BP005"]


def test_a_sentence_about_membership_is_the_story_s():
    line = "Members who joined the society this year can read the full report at the library."
    text = draft(TITLE, STORY[0], line, STORY[1])
    assert flagged_lines(text) == set()


def test_a_help_centre_s_question_under_the_answer_is_flagged():
    text = draft("How should I house my hawk?", STORY[0], "Did you find this FAQ helpful?")
    assert codes_on(text, "Did you find this FAQ helpful?") == ["BP005"]


def test_the_question_over_a_donation_box_is_flagged():
    ask = "Enjoyed this article or find Walkhighlands useful?"
    text = draft(TITLE, *STORY, ask)
    assert codes_on(text, ask) == ["BP004"]


def test_a_reader_who_enjoyed_the_post_is_not_a_share_prompt():
    # the question is the site's; a reader's praise in a comment is not
    line = "I really enjoyed this post about the canoes."
    text = draft(TITLE, *STORY, line)
    assert "BP004" not in codes_on(text, line)


def test_a_related_box_s_label_trailing_off_is_flagged():
    label = "You might also like these attractions..."
    text = draft(TITLE, *STORY, label)
    assert codes_on(text, label) == ["BP009"]


def test_a_sentence_that_opens_like_a_related_label_is_the_story_s():
    line = "You might also like to visit the mill, which grinds flour on Sundays."
    text = draft(TITLE, STORY[0], line, STORY[1])
    assert flagged_lines(text) == set()


MENU = "| Home | Material | My Telescopes | Mirror Making | Deep Sky | ext. Links |"


def test_a_menu_between_bars_is_flagged():
    text = draft(MENU, "Tips and tricks for mirror making", *STORY)
    assert codes_on(text, MENU) == ["BP003"]


def test_a_table_s_rows_without_a_rule_are_not_a_menu():
    rows = ["| Weave | Ring | Wire | Style |", "| Byzantine | 3.5 mm | 1.2 mm | Round |", "| Box | 4.0 mm | 1.2 mm | Square |"]
    text = draft(TITLE, STORY[0], "\n".join(rows), STORY[1])
    assert flagged_lines(text) == set()


COMMENT_BOX = [
    "Post a comment as",
    "Report",
    "Watch this discussion.",
    "(0) comments",
    "Welcome to the discussion.",
    "Log In",
    "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
    "PLEASE TURN OFF YOUR CAPS LOCK.",
    "Don't Threaten. Threats of harming another person will not be tolerated.",
]


def test_a_comment_system_s_buttons_and_rules_are_flagged_whole():
    text = draft(TITLE, *STORY, *COMMENT_BOX)
    got = flagged_lines(text)
    assert {line_of(text, b) for b in COMMENT_BOX} <= got
    assert line_of(text, STORY[1]) not in got


def test_a_lone_report_heading_in_the_story_is_not_a_button():
    text = draft(TITLE, STORY[0], "Report", STORY[1], "The club's annual report is due in March and will be posted online.")
    assert line_of(text, "Report") not in flagged_lines(text)


RULES = [
    "Set Up: Marked circle-10 feet in diameter,",
    "lag and pitch lines* marked.",
    "Thirteen (13)",
    "marbles arranged in a cross in the center, marbles 3",
    "inches apart.",
]


def test_a_number_written_twice_is_the_rules_not_an_archive_link():
    text = draft("RINGER (Used in Tournament Play)", "\n".join(RULES), "Ante: Thirteen marbles per player.")
    assert line_of(text, "Thirteen (13)") not in flagged_lines(text)


def test_a_category_with_its_count_is_still_an_archive_link():
    text = draft(TITLE, *STORY, "Categories", "Canoes (13)\nAdzes (4)\nRivers (7)")
    assert line_of(text, "Canoes (13)") in flagged_lines(text)


def test_a_recipe_s_ingredients_over_its_list_are_the_story_s():
    text = draft(
        "Ingredients",
        "- 500g damsons, leaves and stalks removed.\n- 250g caster sugar\n- 1 litre basic gin",
        "Recipe",
        "- Place the damsons in a large plastic bag and freeze them overnight.\n"
        "- The next day, bash the damsons with a rolling pin to break them up a little.\n"
        "- Add the sugar and gin and close. Shake the jar until the sugar has dissolved.",
    )
    assert line_of(text, "Ingredients") not in flagged_lines(text)


# -- from a second sample (41), held out after the first one's changes ---------------------------


def test_slashes_left_for_pictures_between_paragraphs_are_flagged():
    text = draft(TITLE, STORY[0], "/", STORY[1], "/")
    assert codes_on(text, STORY[0]) == []
    assert {i + 1 for i, t in enumerate(text.split("\n")) if t == "/"} <= flagged_lines(text)


def test_a_link_s_button_is_flagged():
    for button in ("Read more here.", "Find out more...."):
        text = draft(TITLE, *STORY, button, "Ferret Rescue Centers and Ferret Shelters")
        assert codes_on(text, button) == ["BP009"], button


def test_a_sentence_with_find_out_more_in_it_is_the_story_s():
    line = "Visitors can find out more about the boats at the harbour office."
    text = draft(TITLE, STORY[0], line, STORY[1])
    assert flagged_lines(text) == set()


def test_a_blog_s_moderation_note_and_a_loading_placeholder_are_flagged():
    note = "Comments will be approved before showing up."
    wait = "Loading... Please wait..."
    text = draft(wait, TITLE, *STORY, note)
    assert codes_on(text, note) == ["BP005"]
    assert codes_on(text, wait) == ["BP008"]


def test_a_student_paper_s_related_box_placeholder_is_flagged():
    line = "Hang on for a minute...we're trying to find some more stories you might like."
    text = draft(TITLE, *STORY, line)
    assert codes_on(text, line) == ["BP008"]


def test_a_picture_s_file_name_with_its_size_is_flagged():
    name = "PicthDF2.jpg (16270 bytes)"
    text = draft(TITLE, STORY[0], name, STORY[1])
    assert codes_on(text, name) == ["BP007"]


def test_links_in_brackets_between_bars_are_a_menu():
    menu = "[Index of Horse Breeds] | [Equiworld Horse Magazine] |"
    text = draft(TITLE, menu, *STORY)
    assert codes_on(text, menu) == ["BP003"]


def test_a_bracketed_aside_with_a_bar_is_the_story_s():
    line = "The hull [see figure 2] | the keel [see figure 3] were both cut from one oak."
    text = draft(TITLE, STORY[0], line, STORY[1])
    assert line_of(text, line) not in flagged_lines(text)


def test_an_ad_slot_s_label_with_an_en_dash_is_flagged_between_paragraphs():
    # "Advertisement – Scroll to continue" three times in a wire story (an unseen page): the cue
    # table spells it with a hyphen
    slot = "Advertisement – Scroll to continue"
    text = draft(TITLE, STORY[0], slot, STORY[1], slot, "The oldest canoes found so far are some ten thousand years old.")
    assert codes_on(text, slot) == ["BP008"]


@pytest.mark.parametrize(
    "line",
    [
        "Enter your email address and we'll send you a link you can use to pick a new password.",
        "Enter your email address and we will send you a link to reset your password.",
        "Your form contains errors, highlighted below.",
    ],
)
def test_a_login_box_s_password_reset_and_form_check_are_flagged(line):
    # an angling site's sign-up box over the story: its password reset and its field check
    text = draft(TITLE, STORY[0], line, STORY[1])
    assert codes_on(text, line) == ["BP005"]


def test_a_sentence_about_resetting_passwords_is_the_story_s():
    line = "After the breach, the bank told customers to pick a new password and to reset their security questions."
    text = draft(TITLE, STORY[0], line, STORY[1])
    assert flagged_lines(text) == set()
