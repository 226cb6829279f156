"""A sentence whose link was its object loses it with the page's markup: "You can listen to the
story online at", "Visit for more information" (BP011, ``references._link_gone``)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS


def _findings(lines: list[str]):
    res = lint_text("\n\n".join(lines) + "\n", path="a.txt", select=BP)
    return res.diagnostics


@pytest.mark.parametrize(
    "line",
    [
        "You can listen to the story online at",
        "The full report is available at",
        "Watch the council meeting here at:",
        "The documents can be found at",
    ],
)
def test_a_paragraph_stopping_where_its_link_was(line):
    found = _findings([HEADLINE, *PARAGRAPHS[:3], line, PARAGRAPHS[3]])
    assert [(d.code, d.line) for d in found] == [("BP011", 9)]
    assert "ends where its link was" in found[0].message


@pytest.mark.parametrize(
    "line, flagged",
    [
        ("Visit for more information, and to view the plans.", "Visit for more information, and to view the plans."),
        ("The plans are on display. Go to for the latest updates.", "Go to for the latest updates."),
        ("Please visit to find out more about the consultation.", "Please visit to find out more about the consultation."),
    ],
)
def test_a_verb_running_into_what_followed_its_link(line, flagged):
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:3], line, PARAGRAPHS[3]]) + "\n"
    found = lint_text(text, path="a.txt", select=BP).diagnostics
    assert [d.code for d in found] == ["BP011"]
    assert text[found[0].start : found[0].end] == flagged
    assert "has lost the link it names" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "He was last seen at",  # a cut sentence, but no link's
        "See for yourself how the money will be spent.",
        "The minister said she would visit for two days.",
        "Residents can read the plans online at the town hall.",
        "Click for larger version",  # a caption's label, kept by the dev drafts' editors
    ],
)
def test_sentences_that_lost_no_link(line):
    found = _findings([HEADLINE, *PARAGRAPHS[:3], line, PARAGRAPHS[3]])
    assert "BP011" not in {d.code for d in found}


def test_a_hard_wrapped_paragraph_going_on_below_is_not_cut():
    # text wrapped at a fixed width breaks a sentence anywhere: the next line goes on in lower case
    lines = [
        HEADLINE,
        "",
        PARAGRAPHS[0],
        "",
        "The plans can be seen online at",
        "the council's offices, where they will stay until the end of the month.",
        "",
        PARAGRAPHS[1],
    ]
    res = lint_text("\n".join(lines) + "\n", path="a.txt", select=BP)
    assert "BP011" not in {d.code for d in res.diagnostics}


@pytest.mark.parametrize("line", ["For full details go to", "For more information, please visit", "To book, visit"])
def test_a_pointer_ending_on_its_verb_lost_its_link(line):
    found = _findings([HEADLINE, *PARAGRAPHS, line])
    assert [(d.code, d.line) for d in found] == [("BP011", 11)]
    assert "ends where its link was" in found[0].message


@pytest.mark.parametrize("line", ["For full details go to the town hall.", "To book, visit the library in person."])
def test_a_pointer_naming_its_place_is_the_story_s(line):
    assert _findings([HEADLINE, *PARAGRAPHS, line]) == []


def test_a_source_line_over_the_copied_paragraph_lost_its_source():
    found = _findings([HEADLINE, PARAGRAPHS[0], "The following is taken from:", *PARAGRAPHS[1:]])
    assert [(d.code, d.line) for d in found] == [("BP011", 5)]
    assert "names a source that did not come with the text" in found[0].message


def test_a_source_line_over_its_source_s_title_is_the_story_s():
    # the source is there: its title under the line, then the copied paragraphs
    assert _findings([HEADLINE, PARAGRAPHS[0], "The following is taken from:", "County Budget Report 2024", *PARAGRAPHS[1:]]) == []
