"""Sentences followed by an encyclopedia's reference marks ("... in 2020. [170]", "...
[157][158]") end like sentences: a page of them is prose, so its title and rows are not taken
for other stories' headlines around a story with no paragraph of its own."""

from __future__ import annotations

import pytest

from council_story import draft, flagged_lines, lines_from
from newslint.checks.boilerplate.shape import final_char


@pytest.mark.parametrize(
    "text, last",
    [
        ("Brazil banned animal testing for cosmetics in 2023. [172]", "."),
        ("Testing is banned in Austria in line with European Union law. [157][158]", "."),
        ("Testing is banned in Austria.[157][158]", "."),
        ("The list of results: [12]", ":"),
        # no reference mark: the line's own last character
        ("Councillors voted 12 to 3 [on the second reading]", "g"),
        ("Costs rose to 12", "2"),
    ],
)
def test_a_reference_mark_after_a_sentence_does_not_end_it(text, last):
    assert final_char(text) == last


ROWS = [
    "International Cosmetics Animal Testing Bans",
    "Please note that while these laws and policies are referred to as bans, exceptions likely exist.",
    "Jurisdiction Year of Ban Highlights",
    "Australia 2020 Australia banned animal testing for cosmetics in 2020. [170]",
    "Austria 2004 Cosmetics animal testing is banned in Austria in accordance with the country's membership in the European Union. [157][158]",
    "Brazil 2023 Brazil banned animal testing for cosmetics in 2023. [172]",
    "Belgium 2004 Cosmetics animal testing is banned in Belgium in accordance with the country's membership in the European Union. [157][158]",
    "Canada 2023 Canada banned both animal testing for cosmetics and the import of cosmetics tested on animals in 2023. [166][167]",
    "Chile 2025 Chile banned animal testing for cosmetics in 2025. [175]",
    "Colombia 2020 Colombia banned animal testing for cosmetics as well as the import and marketing of cosmetics tested on animals. [163]",
]


TOOLS = [
    "print Print",
    "Please select which sections you would like to print:",
    "Corrections? Updates? Omissions? Let us know if you have suggestions to improve this article (requires login).",
]


def test_a_table_of_referenced_rows_and_its_title_are_the_page():
    assert flagged_lines(draft(*ROWS)) == set()
    # under the page's tools, which are flagged, the title and the rows are still the page's
    text = draft(ROWS[0], *TOOLS, *ROWS[1:])
    rows = text.split("\n")
    assert {ln for ln in flagged_lines(text) if rows[ln - 1].strip()} == lines_from(text, TOOLS[0], TOOLS[-1])
