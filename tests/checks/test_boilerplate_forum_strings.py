"""Strings of forum and blog software copied with a thread or a post: a thread's pager ("1 - 1 of 6
Posts"), its view counter ("Views: 1140"), the heading over its replies ("Replies to This
Discussion"), the notice over an old thread, and a byline's follow button ("Click to follow");
and their look-alikes in prose."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, findings_at


@pytest.mark.parametrize("where", ["top", "end"])
@pytest.mark.parametrize(
    "line, code, what",
    [
        ("1 - 1 of 6 Posts", "BP003", "page navigation"),
        ("21 - 40 of 112 Posts", "BP003", "page navigation"),
        ("Pages: [1]", "BP003", "page navigation"),
        ("Replies in this thread : 3", "BP003", "page navigation"),  # over and under a thread (sample 310)
        ("Replies in this topic: 12", "BP003", "page navigation"),
        ("Pages: [1] 2 3 Go Down", "BP003", "page navigation"),
        ("Views: 1140", "BP004", "view counter"),
        ("2,315 views", "BP004", "view counter"),
        ("Total Views: 3579", "BP004", "view counter"),  # under each story of a tag's archive page
        ("Page views: 12,004", "BP004", "view counter"),
        ("Replies to This Discussion", "BP005", "comment section"),
        (
            "This is an older thread, you may not receive a response, and could be reviving an old thread. "
            "Please consider creating a new thread.",
            "BP008",
            "old thread",
        ),
        ("Click to follow", "BP004", "share"),
        ("This discussion has been archived and is no longer accepting responses.", "BP008", "old thread"),
        # phpBB's permissions box, run into one line (sample 295)
        (
            "You cannot post new topics in this forum You cannot reply to topics in this forum "
            "You cannot edit your posts in this forum You cannot delete your posts in this forum",
            "BP005",
            "comment-form prompt",
        ),
    ],
)
def test_forum_strings(line, code, what, where):
    found = findings_at(line, where)
    assert [c for c, _ in found] == [code], found
    assert what in found[0][1].lower(), found


@pytest.mark.parametrize(
    "line",
    [
        "The views of 1,140 residents were heard at the meeting.",
        "Views: residents were split on the plan, the survey found.",
        "Only 1 of 6 posts on the council's page mentioned the bridge.",
        "Replies in this thread: 3 residents asked about the bridge.",  # the count in a sentence
        "This is an older thread of the debate, which began in 2019 when the bridge first closed.",
        "If you email the council you may not receive a response for weeks, residents were told.",
        "Click to follow the link in the council's letter, residents were told.",
        "Replies to this discussion paper are due by the end of March, the council said.",
    ],
)
def test_prose_with_the_same_words(line):
    assert findings_at(line, "end") == []


def test_a_post_s_previous_and_next_buttons_go_together():
    """One ambiguous label alone is left alone; two of them side by side are the post's pager."""
    res = lint_text(
        "\n\n".join([HEADLINE, *PARAGRAPHS[:2], "Previous", "Next", *PARAGRAPHS[2:]]) + "\n", path="a.txt", select=BP
    )
    assert [(d.line, d.end_line, d.code) for d in res.diagnostics] == [(7, 9, "BP009")]
    res = lint_text("\n\n".join([HEADLINE, *PARAGRAPHS[:2], "Next", *PARAGRAPHS[2:]]) + "\n", path="a.txt", select=BP)
    assert res.diagnostics == []


def test_an_author_box_s_list_of_latest_posts():
    """A blog plugin's author box lists the author's other posts under "Latest posts by ..."."""
    box = [
        "Latest posts by Jane Smith (see all)",
        "- Council approves the river bridge repair… - January 10, 2019",
        "- New schools budget debate… - January 10, 2019",
        "- Thursday Headlines, Jan 10, 2019 - January 10, 2019",
    ]
    text = "\n".join([HEADLINE, *PARAGRAPHS, *box]) + "\n"  # a page's lines, no blank line between
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.line, d.end_line, d.code) for d in res.diagnostics] == [(6, 9, "BP009")]


def test_a_book_s_page_count_is_no_pager():
    # a review's details box over the story ("Pages: 320")
    found = findings_at("Pages: 320", "top")
    assert not any("page navigation" in m.lower() for _, m in found), found
