"""A cookie banner's categories, each described to the visitor: "These cookies are essential to the
operation of this website ...", "These cookies help us improve the performance of this website
...".  Seen on sample 275 (a racing club's consent dialog, copied with the page); written for the
test after that shape, with the wording of common consent managers."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_on, found_between_and_at_end

LINES = [
    "These cookies are essential to the operation of this website and help provide basic functionality "
    "such as navigation and language support.",
    "These cookies help us improve the performance of this website by giving us anonymised information "
    "about how you interact with it.",
    "These cookies are strictly necessary to provide you with services available through our website.",
    "These cookies allow us to count visits and traffic sources so we can measure and improve the "
    "performance of our site.",
    "These cookies enable the website to provide enhanced functionality and personalisation.",
]


@pytest.mark.parametrize("line", LINES)
def test_a_category_s_description_is_a_cookie_notice_between_paragraphs_and_after_the_story(line):
    assert found_between_and_at_end(line, "BP008")


@pytest.mark.parametrize(
    "line",
    [
        "Regulators said these cookies are used to track readers across websites without their consent.",
        "The bakery said these cookies are essential to its Christmas trade, selling thousands each week.",
    ],
)
def test_a_story_s_sentence_about_cookies_is_not(line):
    assert not codes_on(between_paragraphs(line), line)
