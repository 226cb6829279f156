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
