"""Strings that blog and news platforms print around a post, the same on every site that runs
them: the comment form of a much-used WordPress news theme, a comment count with a colon, a
"Continue reading" link alone on its line, WordPress's category-and-permalink line, a pingback,
the small print of a newsletter box, a site's terms and viewing notices; and prose that uses the
same words."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, findings_at


@pytest.mark.parametrize(
    "line, code, what",
    [
        ("Please enter your comment!", "BP005", "comment-form"),
        ("Please enter your name here", "BP005", "comment-form"),
        ("You have entered an incorrect email address!", "BP005", "comment-form"),
        ("Save my name, email, and website in this browser for the next time I comment.", "BP005", "comment-form"),
        ("1 comment:", "BP005", "comment-form"),
        ("1 Comment", "BP005", "comment-form"),
        ("Continue reading...", "BP009", "link to other stories"),
        ("Keep reading →", "BP009", "link to other stories"),
        ("This entry was posted in Weather events. Bookmark the permalink.", "BP003", "permalink line"),
        ("1. Pingback: Free Piano", "BP009", "pingback"),
        (
            "We use your sign-up to provide content in ways you've consented to and to improve our "
            "understanding of you. You can unsubscribe at any time. More info",
            "BP004",
            "subscribe",
        ),
        ("This site is best viewed on a desktop computer with a high resolution monitor.", "BP008", "viewing notice"),
        (
            "By accessing this site, you signify your agreement with the terms and conditions of use.",
            "BP008",
            "terms",
        ),
        # Joomla's e-mail cloaking, left where the address was; a comment widget still loading;
        # an archive's note over an old story
        (
            "Contact us for estimates at 515-279-4855 or email me at This email address is being protected "
            "from spambots. You need JavaScript enabled to view it.",
            "BP008",
            "notice",
        ),
        ("Loading comments...", "BP005", "comment-form"),
        ("This article is 7 years old. Images might not display.", "BP008", "notice"),
        # a reading time in the words of the big blog themes, not only "4 min read"
        ("Reading Time: 3 minutes", "BP003", "reading time"),
        ("Reading time: < 1 minute", "BP003", "reading time"),
        ("Estimated reading time: 4 minutes", "BP003", "reading time"),
        ("6 minute read", "BP003", "reading time"),
        ("Time to read: 5 min", "BP003", "reading time"),
        # an ad-blocker wall and a browser-support notice: what the page said to its visitor
        ("It looks like you're using an ad blocker", "BP008", "notice"),
        (
            "Our website is made possible by displaying online advertisements to our visitors. Please "
            "consider supporting us by disabling your ad blocker.",
            "BP008",
            "notice",
        ),
        ("Ad blocker detected", "BP008", "notice"),
        (
            "We are sorry, but NCBI web applications do not support your browser and may not function "
            "properly. More information",
            "BP008",
            "notice",
        ),
        ("Your browser is not supported. Please upgrade your browser.", "BP008", "notice"),
        (
            "We have detected that the browser you are using is no longer supported. As a result, some content may "
            "not display correctly.",
            "BP008",
            "notice",
        ),
        ("We suggest that you upgrade to the latest version of any of the following browsers:", "BP008", "notice"),
        ("You are using an outdated browser.", "BP008", "notice"),
        # notices that name the browser for another reason keep their own names
        ("Please enable JavaScript in your browser to see this slideshow.", "BP008", "script that did not run"),
        ("This site is best viewed in a modern browser at a high resolution.", "BP008", "viewing notice"),
        # a public broadcaster's underwriting label, left where the sponsor's logo stood
        ("Support for LAist comes from", "BP008", "advertising marker"),
        ("Support for NPR comes from:", "BP008", "advertising marker"),
        # a metered paywall, a sign-in wall, a gallery's button
        ("You have 70.06% of this article left to read. The rest is for subscribers only.", "BP008", "paywall"),
        ("To view this content, you need to sign in.", "BP005", "login"),
        ("Register now to access this content and more for free.", "BP005", "login"),
        ("Open this photo in gallery:", "BP003", "gallery"),
    ],
)
def test_platform_strings_after_the_story(line, code, what):
    found = findings_at(line, "end")
    assert [c for c, _ in found] == [code], found
    assert what in found[0][1].lower(), found


@pytest.mark.parametrize(
    "line",
    [
        "Please enter your comments on the plan by Friday, the council told residents.",
        "Residents can continue reading the plan at the library until the end of March.",
        "The service needs to collect around 9000 donations daily to meet demand, the council said.",
        "Only 1 comment was received during the consultation, the council said.",
        "The pingback from the old system was fixed in March, the council's IT team said.",
        "Residents who signed up can unsubscribe at any time, the council said.",
        "The eclipse is best viewed through special glasses, the council's astronomer said.",
        "The address was protected from spambots by the council's new software, officials said.",
        "Loading comments from residents took the council a week, the clerk said.",
        "Reading time for pupils rose to 3 minutes a day, the council said.",
        "The estimated reading time of the report is 40 minutes, officials said.",
        "Many residents use an ad blocker, the council's survey found.",
        "The council's website does not support older browsers, a spokesman said.",
        "Residents using an outdated browser could not pay online, the council said.",
        "Support for the plan comes from the business rates, the council said.",
        "Residents have a week left to read the plan, and the rest is for the council to decide, he said.",
    ],
)
def test_prose_with_the_same_words(line):
    assert findings_at(line, "end") == []


@pytest.mark.parametrize("line, codes", [("24 Photos", ["BP003"]), ("1 comment:", ["BP005"]), ("10 News", [])])
def test_a_count_before_a_label_between_two_paragraphs(line, codes):
    """A count makes a comment or gallery label a counter wherever it stands; a channel's name
    between two paragraphs is left alone."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) + "\n"
    found = [d.code for d in lint_text(text, path="a.txt", select=BP).diagnostics if d.line == 7]
    assert found == codes


def test_a_lead_of_the_story_is_not_a_tagline():
    """Two of a slogan's words ("daily", "around") in the story's first paragraph do not make it a
    slogan: a slogan offers news, stories or analysis."""
    text = (
        "The National Blood Service is urging local residents to donate blood.\n\n"
        "The service needs to collect around 9000 donations daily to meet demand and at present only "
        "around 4 or 5% of people who could donate do so.\n\n"
        + "\n\n".join(PARAGRAPHS)
        + "\n"
    )
    assert lint_text(text, path="a.txt", select=BP).diagnostics == []


def test_a_site_slogan_is_still_a_tagline():
    text = "\n\n".join(
        [HEADLINE, "Get the latest news from around the world, live coverage, off-beat stories, features and analysis.", *PARAGRAPHS]
    ) + "\n"
    found = [(d.line, d.code) for d in lint_text(text, path="a.txt", select=BP).diagnostics]
    assert found == [(3, "BP002")], found


def test_a_sentence_that_lost_its_full_stop_is_not_another_story_s_headline():
    """A last line opening with "But" or "And" goes on from the story; a headline does not."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "But really good that the council have listened to local kids"]) + "\n"
    assert lint_text(text, path="a.txt", select=BP).diagnostics == []
