"""A list that holds the page's own title among its items is the site's list of its pages: a
blog's "Recent posts", a help desk's index of its questions under "Show All Answers".  A story does
not list itself.  Each written for the test, after the shape of such pages."""

from __future__ import annotations

from council_story import PARAGRAPHS, draft, flagged_lines, line_of, lines_from

QUESTION = "Will my bin collection day change?"
ANSWER = (
    "No. Every home will keep its weekly collection of rubbish and recycling on the usual day, and the "
    "new carts will be delivered in the week before the change."
)
INDEX = [
    "1. Will my bin collection day change?",
    "2. Will I be charged for the new recycling cart?",
    "3. Where should I place my new cart for collection?",
    "4. When will I receive my new cart?",
]


def test_a_help_desk_s_index_of_questions_under_show_all_answers_is_flagged():
    text = draft(QUESTION, ANSWER, "Show All Answers", "\n".join(INDEX))
    got = flagged_lines(text)
    assert {line_of(text, "Show All Answers")} | lines_from(text, INDEX[0], INDEX[-1]) <= got
    assert got.isdisjoint({line_of(text, QUESTION), line_of(text, ANSWER)})


def test_a_blog_s_recent_posts_holding_this_post_are_flagged():
    title = "Council approves budget for new schools"
    recent = ["- Bridge repairs to start in spring", "- Council approves budget for new schools", "- Library hours extended"]
    text = draft(title, *PARAGRAPHS, "\n".join(recent))
    got = flagged_lines(text)
    assert lines_from(text, recent[0], recent[-1]) <= got
    assert got.isdisjoint(line_of(text, t) for t in (title, *PARAGRAPHS))


def test_the_story_s_own_list_not_holding_its_title_is_kept():
    title = "Council approves budget for new schools"
    items = ["- Two new primary schools", "- Repairs to the river bridge", "- A new library roof"]
    text = draft(title, PARAGRAPHS[0], "The budget funds:", "\n".join(items), *PARAGRAPHS[1:])
    assert flagged_lines(text) == set()


def test_a_short_title_met_in_a_list_proves_nothing():
    # "Events" is any menu's entry, and any story's list may hold it
    items = ["- Events", "- Meetings", "- Planning"]
    text = draft("Events", PARAGRAPHS[0], "Residents can follow:", "\n".join(items), *PARAGRAPHS[1:])
    assert flagged_lines(text).isdisjoint(lines_from(text, items[0], items[-1]))
