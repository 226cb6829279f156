"""Comments under their section's heading when the commenter headers are gone (an extractor kept
only the comment texts): "3 thoughts on “…”" over numbered comments, up to "Comments are closed."
or a comment form.  The texts are one reader-comments finding (BP006); a heading with no comment
text under it, or the same heading inside the story, flags nothing more."""

from __future__ import annotations

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS


def _findings(text: str) -> list[tuple[int, int, str]]:
    res = lint_text(text, path="a.txt", select=BP)
    return [(d.line, d.end_line, d.code) for d in res.diagnostics]


STORY = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n\n"
HEADING = "3 thoughts on “Council approves budget for new schools"


def _under_heading(blocks: list[str]) -> tuple[list[str], list[tuple[int, int, str]]]:
    """The lines of the story with the heading and ``blocks`` after it, and the findings."""
    text = STORY + HEADING + "\n\n" + "\n\n".join(blocks) + "\n"
    return text.split("\n"), _findings(text)


def _comment_findings(text: str) -> list[tuple[int, int, str]]:
    return [f for f in _findings(text) if f[2] == "BP006"]


def test_comment_texts_under_the_heading_are_one_reader_comments_finding():
    comments = [
        "  1. How would the council pay for the bridge if the forecasts are wrong? Nobody asked that.",
        "  2. Good news for the town at last, though the schools should have come first.",
        "Comments are closed.",
    ]
    lines, found = _under_heading(comments)
    first = lines.index(comments[0]) + 1
    last = lines.index(comments[-1]) + 1
    assert (first, last, "BP006") in found, found
    assert (lines.index(HEADING) + 1, lines.index(HEADING) + 1, "BP005") in found
    assert not [f for f in found if f[0] <= len(STORY.split("\n")) - 2]


def test_the_section_stops_at_the_comment_form_and_at_another_posts_title():
    comments = [
        "Will be great to see the bridge mended at last.",
        "Leave a Reply",
        "Council approves budget for new schools",
    ]
    lines, found = _under_heading(comments)
    c = lines.index(comments[0]) + 1
    assert (c, c, "BP006") in found, found
    # a pingback's title after the comments is no comment's text
    _, found = _under_heading(["Interview With the Mayor of the Town About the Budget – Part One"])
    assert not [f for f in found if f[2] == "BP006"]


def test_a_heading_with_nothing_under_it_or_before_the_story_flags_no_comments():
    assert not _comment_findings(STORY + HEADING + "\n")
    # the same words opening the draft head no comments: there is no story above them
    assert not _comment_findings(HEADING + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n")


def test_a_heading_that_quotes_another_title_heads_no_comments():
    # "8 thoughts on “6 Tips”" does not name this story: the paragraphs under it stay the story's
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:2], "8 thoughts on “6 Tips for Attracting More Comments”", *PARAGRAPHS[2:]]) + "\n"
    assert not _comment_findings(text)


FORUM = [
    "Channel Attempt Story",
    "BillBill Member",
    "edited July 2012 in General Discussion",
    "Just reading about a failed attempt to swim the channel last week. I would really hope my crew would pull me out "
    "well before this happened. Anyone have a take on this? I really hope John is doing ok.",
    "  • bobswimsbobswims Santa Barbara CACharter Member",
    "    Assuming the facts in the blog entry are even somewhat close to what happened:",
    "    Take him out of the water.",
    "  • Accidental Supporting Member",
    "    We had a great day at the lake yesterday, and the crew pulled two swimmers out early.",
    "    Full results:",
    "    1. Shanklin Town, Malcolm Lewis",
]


def test_a_forums_replies_under_user_lines_with_their_rank_are_reader_comments():
    text = "\n".join(FORUM) + "\n"
    found = _findings(text)
    sections = [f for f in found if f[2] == "BP006" and f[1] > f[0]]
    # from the first reply's user line to the end; the opening post (no paragraph above its
    # user line) stays the thread's
    assert len(sections) == 1 and sections[0][0] == 5 and sections[0][1] >= 9, found
    assert not [f for f in found if f[0] <= 4 and f[2] == "BP006"]


def test_a_storys_list_of_office_holders_is_no_forum():
    people = ["  • Jane Smith Board Member", "  • John Doe Council Member", "  • Ann Lee Committee Member"]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:2]]) + "\n\n" + "\n".join(people) + "\n\n" + "\n\n".join(PARAGRAPHS[2:]) + "\n"
    assert not _comment_findings(text)


def test_a_forum_user_line_ends_with_the_users_rank():
    from newslint.checks.boilerplate.comments import header_kind

    for line in ("Angie Administrator", "Accidental Supporting Member", "  • bobswimsbobswims Santa Barbara CACharter Member"):
        assert header_kind(line) == "forum", line
    for line in ("Jane Smith Board Member", "Become a Member", "Smith, Board Member", "He is a long-standing and very active party member"):
        assert header_kind(line) is None, line


# the first two comments of a WordPress list, each with its likes under it
TWO_LIKED = [
    "  1. Some of these designs are from the dark side, but the artists must be busy this month.",
    "    Liked by 1 person",
    "  2. This reminds me how much I miss the workshops. So much creativity in one room!",
    "    Liked by 1 person",
]


def test_the_next_numbered_comment_goes_on_with_the_section_however_short():
    # WordPress's list of comments: "  3. Different. Strange, art? Hal" neither ends on a full stop
    # nor runs to a sentence, but it is the list's third item after the second: the same section
    comments = [
        *TWO_LIKED,
        "  3. Different. Strange, art? Hal",
        "    Liked by 1 person",
        "  4. I want the blue one for my own face",
    ]
    lines, found = _under_heading(comments)
    first = lines.index(comments[0]) + 1
    last = lines.index(comments[-1]) + 1
    assert (first, last, "BP006") in found, found


def test_a_list_numbered_out_of_turn_does_not_go_on_with_the_comments():
    comments = [*TWO_LIKED, "  7. Council tax bands"]
    lines, found = _under_heading(comments)
    first = lines.index(comments[0]) + 1
    seven = lines.index(comments[-1]) + 1
    assert (first, seven - 2, "BP006") in found, found  # up to the second comment's likes
