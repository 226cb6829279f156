"""An archive's index of its own categories under the story ("View by Category:" over the list of
them) is the page's navigation, the label and every item, even where the items share the story's
words.  Written for the test, after the shape seen in unseen sample 164."""

from __future__ import annotations

from council_story import draft, flagged_lines, lines_from

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
