"""An archive's index of its own categories under the story ("View by Category:" over the list of
them) is the page's navigation, the label and every item, even where the items share the story's
words; so is a site's menu of categories run into one long line, and an old site's menu of links
in brackets.  Written for the test, after the shapes seen in unseen samples 164 and 166."""

from __future__ import annotations

import pytest

from council_story import codes_at, draft, flagged_lines, lines_from

STORY = [
    "Coroners have a duty to make reports to prevent future deaths when an inquest reveals a risk that other deaths will occur.",
    "All reports and the responses to them must be sent to the Chief Coroner, who publishes them with the name of the person who died.",
    "The Chief Coroner's Office is uploading every report made since July 2013, and reports on care home and hospital deaths are among the first.",
]
CATEGORIES = [
    "- Accident at Work and Health and Safety related deaths",
    "- Care Home Health related deaths",
    "- Child Death",
    "- Hospital Death (Clinical Procedures) related deaths",
    "- Police related deaths",
    "- Road (Highways Safety) related deaths",
]


def test_the_label_and_its_categories_under_the_story_are_flagged():
    text = draft(*STORY, "View by Category:", *CATEGORIES)
    assert lines_from(text, "View by Category:", CATEGORIES[-1]) <= flagged_lines(text)
    assert flagged_lines(text) & lines_from(text, STORY[0], STORY[-1]) == set()


def test_a_story_s_list_under_its_own_sentence_stays():
    text = draft(*STORY, "The reports published so far fall into these categories:", *CATEGORIES)
    assert flagged_lines(text) == set()


MEGA_MENU = (
    "• EXPLORE Tech Help Pro About Us Random Article Quizzes Request a New Article Community Dashboard "
    "This Or That Game Happiness Hub Popular Categories Arts and Entertainment Artwork Books Movies "
    "Computers and Electronics Computers Phone Skills Technology Hacks Health Men's Health Mental Health "
    "Women's Health Relationships Dating Love Relationship Issues Hobbies and Crafts Crafts Drawing Games"
)
MENU_ITEMS = ["• Browse Articles", "• Learn Something New", "• Quizzes Hot", "• Happiness Hub", "• This Or That Game",
              "• Train Your Brain", "• Explore More", "• Support wikiHow", "• About wikiHow", "• Planning Travel"]
TRAVEL = [
    "How to Make Successful Travelling Plans",
    "Planning a trip takes more than booking a flight: the best plans start with a budget, a list of places and a rough timetable for each day.",
    "Start by deciding how long you can travel and how much you can spend, then pick the places that fit both, and leave a day spare in case of delays.",
    "Book the long journeys first, because their prices rise fastest, and keep copies of every ticket and booking on your phone and on paper.",
]


def test_a_site_menu_over_the_story_with_its_categories_run_into_one_line():
    """The menu's categories on one long line with no sentence in it are no paragraph: the story
    does not start there, and the menu's short items under it are found."""
    text = draft(MEGA_MENU, *MENU_ITEMS, *TRAVEL)
    assert lines_from(text, MENU_ITEMS[0], MENU_ITEMS[-1]) <= flagged_lines(text)
    assert flagged_lines(text) & lines_from(text, TRAVEL[1], TRAVEL[-1]) == set()


@pytest.mark.parametrize("line", ["BAILII [Home] [Databases] [World Law] [Multidatabase Search] [Help] [Feedback]", "[New search] [Printable PDF version] [Help]", "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]"])
def test_a_menu_of_links_in_brackets(line):
    assert codes_at(line, "top") == ["BP003"]


@pytest.mark.parametrize("line", ["[1] [2] [3]", "The court heard that [the defendant] [had] left [the scene] before the police arrived."])
def test_footnote_marks_and_an_editor_s_brackets_are_not_a_menu(line):
    assert codes_at(line, "end") == []


GUIDELINES = [
    "Requesting Us",
    "Our bases are staffed 24 hours a day, 7 days a week, and a crew can be in the air within minutes of a call.",
    "To request a flight, dial our communications centre, which takes the patient's details, the weather at the "
    "landing site and the name of the receiving hospital before a crew is sent.",
    "To assist EMS providers in determining the appropriate use of our services, we have provided the following "
    "guidelines for the use of air medical services. If you have any questions, please call us for assistance.",
    "  • Systolic blood pressure less than 90 mm Hg",
    "  • Severe hemorrhage",
    "  • Sustained tachycardia",
    "  • Penetrating trauma to head, neck or torso",
    "  • Burns over 20% of body surface area",
    "  • Glasgow Coma Scale under 12",
    "  • Airway compromise",
    "  • Need for mechanical ventilation",
    "  • Pelvic fracture",
    "  • Limb amputation",
]


def test_a_list_announced_by_the_paragraph_over_it_ends_the_story():
    """"... we have provided the following guidelines ... please call us." over the list: the list is
    the story's, though the sentence announcing it is not the paragraph's last."""
    text = "\n\n".join(GUIDELINES[:4]) + "\n\n" + "\n".join(GUIDELINES[4:]) + "\n"
    assert flagged_lines(text) == set()


LINKS = ["  • Council sets date for bridge vote", "  • New schools plan goes on show", "  • Mayor opens new library",
         "  • Budget row over bins", "  • Town hall clock repaired"]


@pytest.mark.parametrize(
    "intro",
    [
        "For more on the service, read the following stories from our archive. They cover the last year.",  # other stories
        "The crew flew the patient to the city hospital, and he was released the following day. He thanked the team.",  # a time
    ],
)
def test_a_paragraph_saying_the_following_of_no_list_of_its_own_introduces_none(intro):
    text = "\n\n".join([*GUIDELINES[:3], intro]) + "\n\n" + "\n".join(LINKS) + "\n"
    assert set(range(9, 9 + len(LINKS))) <= flagged_lines(text)
