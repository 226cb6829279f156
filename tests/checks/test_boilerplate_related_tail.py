"""A "Related posts" list after the story, copied from a web page as plain paragraphs: each other
story's headline with its writer under it.  Line by line the names read as bylines and the
headlines as the story's, so the list is taken whole under its heading, up to the next paragraph."""

from __future__ import annotations

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, flagged_lines

STORY = "\n\n".join([HEADLINE, *PARAGRAPHS])
FIRST_AFTER = 2 * (len(PARAGRAPHS) + 1) + 1  # the line of the first block after the story


def test_a_related_list_with_its_writers_is_one_finding():
    related = ["Related posts", "Bridge repairs to start in spring", "Ann Lee", "Rates rise for shops", "Tom Price"]
    text = STORY + "\n\n" + "\n\n".join(related) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", FIRST_AFTER, FIRST_AFTER + 8)]
    assert "5 lines" in res.diagnostics[0].message


def test_the_list_ends_at_the_next_paragraph():
    related = ["Related posts", "Bridge repairs to start in spring", "Ann Lee"]
    after = "The council will publish the full budget papers on its website on Friday, a spokesman said."
    text = STORY + "\n\n" + "\n\n".join(related) + "\n\n" + after + "\n"
    assert FIRST_AFTER + 6 not in flagged_lines(text)


def test_a_credit_right_under_the_heading_is_not_a_related_story():
    """ "More Stories" / "With Post wires": the credit is the story's (the AEB drafts keep it)."""
    text = STORY + "\n\nMore Stories\n\nWith Post wires\n"
    assert flagged_lines(text) == {FIRST_AFTER}


def test_the_storys_own_section_of_sentences_is_not_a_related_list():
    """An agency's "UP NEXT" section: its lines are sentences, not other stories' headlines."""
    text = STORY + "\n\nUP NEXT\n\nThunder: Host the Lakers on Friday.\n\nLakers: Visit the Thunder on Friday.\n"
    assert not {FIRST_AFTER + 2, FIRST_AFTER + 4} & flagged_lines(text)
