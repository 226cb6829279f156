"""A wiki page copied while it was open for editing: MediaWiki's warning to a visitor not logged in,
broken over the lines of its links ("You are not logged in. ... If you" / "log in" / "or" / "create
an account" / ", your edits will be attributed to your username, ..."), and its anti-spam field
("Anti-spam check. Do" / "not" / "fill this in!").  Seen on samples 46, 72 and 196 from different
wikis; written for the test after that shape.  A word left alone on its line between two lines of
one prompt is the prompt's; between two of the story's lines it is the story's."""

from __future__ import annotations

from council_story import draft, flagged_lines, line_of, lines_from

STORY = [
    "The 'Big Four' American stone skipping contests include the Mackinac Island contest, which is held each year on the fourth of July.",
    "Skippers throw flat stones across the water, and the judges count how many times each stone bounces before it sinks.",
]

FORM = [
    "Warning: You are not logged in. Your IP address will be publicly visible if you make any edits. If you",
    "log in",
    "or",
    "create an account",
    ", your edits will be attributed to your username, along with other benefits.",
    "Anti-spam check. Do",
    "not",
    "fill this in!",
]


def test_the_whole_edit_form_is_flagged():
    text = draft("Editing Stone skipping", "\n".join(FORM), *STORY)
    assert lines_from(text, FORM[0], FORM[-1]) <= flagged_lines(text)
    assert line_of(text, STORY[0]) not in flagged_lines(text)


def test_a_word_alone_between_two_lines_of_the_story_is_the_story_s():
    text = draft("Stone skipping", STORY[0], "\n".join(["Throw the stone low", "or", "it will sink at once"]), STORY[1])
    assert line_of(text, "or") not in flagged_lines(text)
