"""An encyclopedia's article tools copied with its text: the print dialog ("Please select which
sections you would like to print:"), the citation tool ("Select Citation Style", its small print
on citation style rules) and the feedback form ("Corrections? Updates? Omissions? Let us know ...",
"Thank you for your feedback", "Our editors will review what you've submitted ...").  Each is
flagged wherever it stands; a sentence of the story about feedback or citations is not."""

from __future__ import annotations

import pytest

from council_story import codes_at, found_between_and_at_end, BP

TOOLS = [
    ("Please select which sections you would like to print:", "BP004"),
    ("Select Citation Style", "BP004"),
    (
        "While every effort has been made to follow citation style rules, there may be some discrepancies. "
        "Please refer to the appropriate style manual or other sources if you have any questions.",
        "BP004",
    ),
    ("Corrections? Updates? Omissions? Let us know if you have suggestions to improve this article (requires login).", "BP005"),
    ("Thank you for your feedback", "BP005"),
    ("Our editors will review what you’ve submitted and determine whether to revise the article.", "BP005"),
]


@pytest.mark.parametrize("line, code", TOOLS)
def test_an_articles_print_cite_and_feedback_tools_are_leftovers(line, code):
    assert found_between_and_at_end(line, code)


@pytest.mark.parametrize(
    "line",
    [
        "The council thanked residents for their feedback and said its editors would review the plan.",
        "Officials said the report followed the citation style rules of the ministry.",
    ],
)
def test_the_storys_sentences_about_feedback_stay(line):
    assert not set(codes_at(line, "end")) & set(BP)
