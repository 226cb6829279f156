"""A blog's author box under the post: the heading "About the Author" and the writer's bio under it
are the page's, not the story's; a book review's "About the author" passage with the story going on
under it stays.  Written for the test, after the shapes seen in unseen samples 90 to 163."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_on, draft, flagged_lines, line_of, lines_from

BIO = (
    "Scott Aronowitz is a freelance writer based in Las Vegas. He has covered the technology, "
    "advertising and local government beats for more than ten years."
)


@pytest.mark.parametrize("heading", ["About the Author", "About the author:", "ABOUT THE AUTHOR", "About The Writer"])
def test_the_heading_and_the_bio_under_the_story_are_flagged(heading):
    text = draft(HEADLINE, *PARAGRAPHS, heading, BIO)
    assert lines_from(text, heading, BIO) <= flagged_lines(text)
    assert flagged_lines(text) & lines_from(text, HEADLINE, PARAGRAPHS[-1]) == set()


def test_the_bio_over_the_comment_form_is_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "About the Author", BIO, "Leave a Reply")
    assert lines_from(text, "About the Author", "Leave a Reply") <= flagged_lines(text)


def test_the_heading_alone_over_the_comment_form_is_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "About the Author", "Leave a comment")
    assert codes_on(text, "About the Author")


def test_an_about_the_author_passage_inside_a_review_stays():
    """A review's own section on the book's author, with the review going on under it."""
    review = [
        "Review: The Memory Cage is a gripping first novel for readers of nine and over.",
        "The story follows Alex as he uncovers his grandfather's secrets from the war.",
        "About the author",
        "Ruth Eastham grew up in Lancashire and taught English in Italy before she began writing for children.",
        "Her second novel, out next spring, is set in the same village as this one, and the publisher says it will have the same cast.",
        "The book's best scenes are set in the old cage of the title, a boarded-up room in the attic.",
        "It is a fine debut, and the ending is earned.",
    ]
    text = draft(*review)
    assert flagged_lines(text) == set()


def test_the_heading_above_the_story_is_left_to_the_other_tests():
    """Over the story, "About the author" is no author box under the post: nothing of the story
    is taken with it."""
    text = draft(HEADLINE, "About the author", *PARAGRAPHS)
    assert flagged_lines(text) & lines_from(text, PARAGRAPHS[0], PARAGRAPHS[-1]) == set()
    assert line_of(text, PARAGRAPHS[0]) not in flagged_lines(text)
