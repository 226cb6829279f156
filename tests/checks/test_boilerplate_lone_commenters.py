"""A commenter line left alone in the copy (BP006): its shape must say so by itself (a reply
link with a date, Blogger's "name said...", a user number, TypePad's "Posted by: name | date", a
bare "Name says:"), since a news story quotes people with "says:" too."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

ARTICLE = (
    "The council approved the new budget on Monday after a debate that lasted most of the evening.\n"
    "Councillors said the plan would fund two new schools and repair the river bridge next year.\n"
    "The mayor said the vote was a good day for the town, and residents welcomed the decision.\n"
)


def _bp006(text):
    res = lint_text(text, path="draft.txt", select=["BP006"])
    return [(d.line, str(d.severity), d.message) for d in res.diagnostics]


@pytest.mark.parametrize(
    "line",
    [
        "by garaged (579941) writes:",
        "Posted by: Linda Patch | October 13, 2012 at 02:34 PM",
        "Ben Hunt says:",
        "by Dharmesh Shah on December 4, 2010 at 10:42 pm. Reply #",
        "David — July 13th, 2012, 1:43 pm",
        "loreleimarsh said...",  # Blogger
        "Anonymous said…",
        "Reply Posted by gavin on Thursday April 11 2013 at 17:45",  # the reply button run into it
        "u/NachoNYC Feb 02 '23",  # a forum's user handle over the comment
        "u/tricolor_hound · 3y ago",
        "u/TheSlapDoctor regular dankleft guy Jan 08 '20",  # with the user's flair before the date
        "u/jamaicancarioca St. James Jan 08 '25",
        # an archived thread's handle with the comment's score run into it (sample 309)
        "u/kellyrhw112 pts",
        "u/Able-Comparison-6104124 pts",
        # a forum's date and time over each post, its buttons after them (sample 310)
        "3/12/2020 9:39:41 PM reply with quote send message to Marquetry Object to Post",
        # Blogger's buttons under a comment run into the next comment (sample 307)
        "ReplyDeleteHave an other trip into France and make a detour into Italy for real croissants.",
        # ... however long the next comment runs
        "ReplyDeleteWe drove two hours to try the almond croissants after reading this post, and they were"
        " every bit as good as you said; the queue was out of the door by eight, so go early on a Saturday.",
        # WordPress.com's like button under a comment, its label doubled
        "LikeLike",
        "LikeLiked by 1 person",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_lone_commenter_line_is_flagged(line, where):
    paras = ARTICLE.splitlines()
    at = {"top": 0, "middle": 2, "end": 3}[where]
    text = "\n\n".join(paras[:at] + [line] + paras[at:]) + "\n"
    got = _bp006(text)
    assert [(ln, sev) for ln, sev, _ in got] == [(2 * at + 1, "warning")]
    assert "commenter" in got[0][2].lower()


@pytest.mark.parametrize(
    "line",
    [
        "The mayor says:",  # a story introducing a quote
        "JMP Securities analyst Mark Harding said:",  # past tense: the story's speaker
        "On Saturday Kurt wrote:",
        "by Jonathan Parnell | November 6, 2012",  # a byline with a date, no time
        "Posted by Ann Lee on November 6, 2012",  # an article's byline
        "Posted by Max Fisher on October 29, 2012 at 6:48 pm",  # with its time, and no reply button
        "Smith says: the budget is too small",  # the quotation runs on
        "The mayor said...",  # a speaker trailing off, not Blogger's header
        "Then he said...",
        "u/NachoNYC",  # a poster's handle the story names, with no date
        "u/NachoNYC 12 points behind",  # the handle's score in the story's words
        "3/12/2020 9:39 PM",  # a time the story gives, no reply button after it
        "Like",  # a word alone
        "Reply Delete",  # two words, not Blogger's glued buttons
    ],
)
def test_story_lines_shaped_like_headers_are_left_alone(line):
    text = ARTICLE.replace("\n", "\n\n") + line + "\n\nShe added that the work would start in the spring.\n"
    assert _bp006(text) == []


def test_quote_after_a_bare_says_line_is_the_story():
    text = ARTICLE.replace("\n", "\n\n") + "Ben Hunt says:\n\n“We will build the bridge first.”\n"
    assert _bp006(text) == []


def test_lone_line_inside_a_section_is_not_reported_twice():
    comments = "\n\n".join(
        f"{name} says:\n\n{body}" for name, body in [
            ("Soccer", "Good decision, and about time too."),
            ("honjj", "Too late, as usual, but welcome."),
        ]
    )
    got = _bp006(ARTICLE.replace("\n", "\n\n") + comments + "\n")
    assert [sev for _, sev, _ in got].count("warning") == 1  # the section, not each header again


def test_headers_with_their_reply_button_make_a_section():
    comments = "\n\n".join(
        f"Reply Posted by {name} on Thursday April 11 2013 at {time}\n\n{body}" for name, time, body in [
            ("nicola fellows", "17:20", "Drivers deserve far more respect than they get from the public."),
            ("gavin", "17:45", "We don't need a medal just a bit of respect"),
            ("Paul", "19:11", "People don't treat pilots that way, and drivers carry just as many lives."),
        ]
    )
    text = ARTICLE.replace("\n", "\n\n") + comments + "\n"
    got = _bp006(text)
    first = text.count("\n", 0, text.index("Reply Posted")) + 1
    sections = [(ln, msg) for ln, sev, msg in got if sev == "warning"]
    assert sections == [(first, sections[0][1])] and "3 comments" in sections[0][1]
