"""The one sentence splitter: newsroom abbreviations and quotation marks."""

from __future__ import annotations

import pytest

from newslint.document.sentences import split


def sents(text):
    return [text[a:b] for a, b in split(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gen. Mills met Mr. Smith on Jan. 5. They talked.", ["Gen. Mills met Mr. Smith on Jan. 5.", "They talked."]),
        ("He arrived at 10 a.m. The meeting began.", ["He arrived at 10 a.m.", "The meeting began."]),
        ("He arrived at 10 a.m. and left.", ["He arrived at 10 a.m. and left."]),
        ("The U.S. military said so. Pakistan denied it.", ["The U.S. military said so.", "Pakistan denied it."]),
        ("Troops left the U.S. The war ended.", ["Troops left the U.S.", "The war ended."]),
        ("Shares of J. P. Morgan rose.", ["Shares of J. P. Morgan rose."]),
        ('He said: "We won." Then he left.', ['He said: "We won."', "Then he left."]),
        ("“Absolutely not,” Khan said. “There is no way.”", ["“Absolutely not,” Khan said.", "“There is no way.”"]),
        ("“Why?” she asked. Nobody knew.", ["“Why?” she asked.", "Nobody knew."]),
        ("“Why?” he asked.", ["“Why?” he asked."]),
        ("Prices rose 3.5 per cent. Analysts were surprised.", ["Prices rose 3.5 per cent.", "Analysts were surprised."]),
        ("It fell... then rose.", ["It fell... then rose."]),
        ("Acme Inc. said profits rose. The firm is in Calif. near the coast.", ["Acme Inc. said profits rose.", "The firm is in Calif. near the coast."]),
        ("He fell ill. Doctors were called.", ["He fell ill.", "Doctors were called."]),
        ("See e.g. Smith. No.", ["See e.g. Smith.", "No."]),
    ],
)
def test_split(text, expected):
    assert sents(text) == expected


def test_offsets_are_trimmed_and_within_range():
    text = "  One.  Two.  "
    assert split(text) == [(2, 6), (8, 12)]
