"""An about page's own title ("What We Do" over the club's paragraphs) against a menu's about link.
Written for the test, after the shapes seen in unseen samples 115 to 192."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of

CLUB = [
    "We are a small, friendly club that enjoys the craft of wood turning, and all are welcome to join us.",
    "We meet on the last Wednesday of each month at the community hall, and visitors may come along for free.",
]


def test_an_about_page_s_title_over_its_text_is_the_page_s():
    """ "What We Do" as the first line of a club's page, over the club's own paragraphs: the page's
    title, not a menu's link (samples 115, 125, 192)."""
    text = draft("What We Do", *CLUB)
    assert line_of(text, "What We Do") not in flagged_lines(text)


def test_an_about_link_over_another_page_s_title_is_flagged():
    """ "About us" over another title, then the text: a menu's link left above the page (sample 127)."""
    text = draft("About us", "Interrupting customers' supply", *CLUB)
    assert line_of(text, "About us") in flagged_lines(text)


def test_an_about_link_among_menu_links_is_flagged():
    text = draft("Home", "About Us", "Events", "Contact", *CLUB)
    assert line_of(text, "About Us") in flagged_lines(text)
