"""A tag or archive page's teasers: each story's first words, cut at the site's length mid-sentence
("... This year, the government introduced a ban on burning").  A story's paragraph ends like a
sentence; three or more in a row that each stop on a word such as "the" or "to", or on the
site's mark of the cut (an ellipsis after a space: "... is expert ..."), are a box of other
stories, with or without a story around them."""

from __future__ import annotations

import pytest

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS, flagged_lines

TEASERS = [
    "The city is one of the most polluted capitals in the world. This year, the government introduced a ban on burning",
    "The city administration has been running a clean-air project since 2012 with soft loan funding worth $15 million from",
    "The capital recorded a year-on-year fall in the density of hazardous fine particulate matter in the first two",
    "The Asian Development Bank has approved a loan of $160 million to support the government's efforts to",
]
STORY = "\n\n".join([HEADLINE, *PARAGRAPHS])


@pytest.mark.parametrize("where", ["alone", "after"])
def test_teasers_cut_mid_sentence_are_one_box(where):
    box = "\n\n".join(TEASERS)
    text = box + "\n" if where == "alone" else STORY + "\n\n" + box + "\n"
    first = 1 if where == "alone" else 2 * (len(PARAGRAPHS) + 1) + 1
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", first, first + 2 * (len(TEASERS) - 1))]


MARKED = [
    "Anyone with a decent ear, a tuning fork and a few hours' practice can tune a piano, but it takes a lot more than that. Our expert ...",
    "We are obliged to give that title to the builder of an amazingly simple self-tuning piano. To see why, you need to know that ...",
    "Tuning such an old piano takes precision, care and time so as not to damage any of its parts, said the tuning technician …",
]


def test_teasers_cut_where_the_site_marks_the_cut_are_one_box():
    text = "\n\n".join(MARKED) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, d.line, d.end_line) for d in res.diagnostics] == [("BP009", 1, 5)]


def test_a_writer_trailing_off_is_no_cut():
    # an ellipsis run on to the last word ("and then...") is the writer's, not the site's mark
    lines = [
        "I waited at the gate for an hour, and then another, and still nobody came to open it for us and then...",
        "We walked back along the river in the dark, wondering what had happened to the keeper and his dogs...",
        "The next morning the gate stood open, and a note on it said only that the keeper had gone away...",
    ]
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], *lines, *PARAGRAPHS[1:]]) + "\n"
    assert not set(range(5, 5 + 2 * len(lines))) & flagged_lines(text)


@pytest.mark.parametrize(
    "lines",
    [
        # two cut lines are no box
        TEASERS[:2],
        # a hard-wrapped story: each line stops mid-sentence, the next goes on in lower case
        [
            "The council approved the new budget on Monday after a debate that lasted most of the",
            "evening, and councillors said the plan would fund two new schools and repair the",
            "river bridge next year, with building work to start in the spring, the mayor said to",
        ],
        # a list's long items without a full stop, which end on their point, not mid-sentence
        [
            "Two new primary schools in the north of the town, to open in September next year",
            "A repaired river bridge with a new footpath and cycle lane on its eastern side",
            "Longer opening hours at the central library, including Sunday afternoons in winter",
        ],
    ],
    ids=["two", "hard-wrapped", "list"],
)
def test_what_is_no_box_of_cut_teasers(lines):
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], *lines, *PARAGRAPHS[1:]]) + "\n"
    first = 5
    assert not set(range(first, first + 2 * len(lines))) & flagged_lines(text)
