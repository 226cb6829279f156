"""Headers that forum and blog software prints over (or under) each post: "Post by: Ashy on July 20,
2022, 05:41:59 PM" with the reply's subject over it ("Title: Re: launderettes,"), "HJi replied on
Mon, Sep 26 2011 22:04" under a rank ("Top 500 Contributor"), "Comment by jenny on 12/07/05 at 9:02
am #"; their look-alikes in a story; and a few page strings.  Each written for the test, after the
shape of such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, draft, flagged_lines, line_of, lines_from

OPENING = [
    "Title: school budget,",
    "Post by: alfred on July 20, 2022, 05:26:50 PM",
    "A thought came to me about the new budget, do you think the two schools will be built in time?",
]
REPLIES = [
    "Title: Re: school budget,",
    "Post by: Ashy on July 20, 2022, 05:41:59 PM",
    "There is a school a few hundred yards from home and it has been full for years, so we need them.",
    "Title: Re: school budget,",
    "Post by: Sheila on July 20, 2022, 07:23:21 PM",
    "I doubt it, the bridge will take all the money first and the schools will wait.",
]


def test_a_thread_s_replies_under_their_subjects_and_post_lines_are_flagged():
    text = draft(*OPENING, *REPLIES)
    got = flagged_lines(text)
    assert lines_from(text, REPLIES[0], REPLIES[-1]) <= got
    # the opening post, its subject and its header are the thread's
    assert got.isdisjoint(line_of(text, t) for t in OPENING)


RANKED_OPENING = [
    "Top 500 Contributor",
    "Nolocks Posted: Sat, Sep 24 2011 19:09",
    "I would like to ask a question about the school budget that the council approved on Monday.",
    "Will the two new schools be open before my daughter starts secondary school?",
]
RANKED_REPLIES = [
    "Top 10 Contributor",
    "HJi replied on Mon, Sep 26 2011 22:04",
    "Hi, we will put your question to the council and come back to you as soon as we can.",
    "Top 500 Contributor",
    "Nolocks replied on Tue, Sep 27 2011 08:15",
    "Thanks for the reply, I will wait to hear from you.",
]


def test_a_rank_over_each_post_s_line_heads_the_replies_and_not_the_opening_post():
    text = draft(*RANKED_OPENING, *RANKED_REPLIES)
    got = flagged_lines(text)
    assert lines_from(text, RANKED_REPLIES[0], RANKED_REPLIES[-1]) <= got
    # the opening post's rank is the forum's; its header line and its text are the thread's
    assert line_of(text, "Top 500 Contributor") in got
    assert got.isdisjoint(line_of(text, t) for t in RANKED_OPENING[1:])


def test_comments_with_their_header_under_them_are_flagged():
    comments = [
        "1. My dad used to live by the old school.  It has been around for decades.",
        "Comment by jenny on 12/07/05 at 9:02 am #",
        "2. I don't understand the fuss.  The budget is fine, the bridge needs the money.",
        "Comment by Amy Zander on 10/12/09 at 8:26 am #",
    ]
    text = draft(HEADLINE, *PARAGRAPHS, *comments)
    got = flagged_lines(text)
    assert lines_from(text, comments[1], comments[3]) <= got
    assert got.isdisjoint(line_of(text, p) for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor replied on Monday at 10:30 that the budget was final.",
        "Comment by the council on the plan is expected on 12 May.",
        "Subject: the school budget for 2025",
        "Jane Hill, Contributor",
    ],
)
def test_look_alikes_in_a_story_are_no_post_headers(line):
    # each twice in the story, as a header would need to be
    text = draft(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1], line, *PARAGRAPHS[2:])
    assert flagged_lines(text) == set()


@pytest.mark.parametrize(
    "line, where, code",
    [
        ("Commenting is not available in this channel entry.", "end", "BP005"),
        # under the headline too, where a short line may be the story's deck
        ("Next entry: School Budget Approved", "top", "BP009"),
        ("Previous entry: Bridge Works Begin", "top", "BP009"),
        ("Have your say", "end", "BP005"),
        ("Please white-list or disable CouncilNews.com in your ad-blocking tool.", "end", "BP008"),
        ("Some features will be disabled while you continue to use an ad-blocker.", "end", "BP008"),
        ("Sign in or get an account to comment.", "end", "BP005"),
        ("This post has 5 Replies | 2 Followers", "top", "BP004"),
        ("rated by 0 users", "top", "BP004"),
        ("Bookmark and Share", "top", "BP004"),
        ("Skip to the end", "top", "BP003"),
    ],
)
def test_a_page_s_strings(line, where, code):
    assert codes_at(line, where) == [code]


def test_a_signature_with_the_signer_s_title_under_it_is_the_story_s():
    signature = ["Nancy Hastings", "Field Coordinator", "Riverside Schools Foundation"]
    text = draft("By Surfrider Staff", HEADLINE, *PARAGRAPHS, *signature)
    assert flagged_lines(text) == set()


def test_a_thread_s_title_under_the_page_s_title_is_its_headline():
    # the opening post starts below the first lines, under the thread's counters: the title that
    # the page's title repeats with the forum's name is the thread's, not an item among the counters
    text = draft(
        "Cookies & Privacy",
        "School Budget Question - Local Matters - Riverside Parents Forum",
        "School Budget Question",
        "Bookmark and Share",
        "rated by 0 users",
        "This post has 2 Replies | 1 Follower",
        "Top 500 Contributor",
        "Nolocks Posted: Sat, Sep 24 2011 19:09",
        *PARAGRAPHS,
    )
    assert line_of(text, "School Budget Question") not in flagged_lines(text)
