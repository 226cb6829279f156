"""The boilerplate segmenter's fast paths agree with the plain computations they stand in for."""

from __future__ import annotations

from collections import Counter

import pytest

from newslint.checks.boilerplate.units import Body, build_units, topic_words, topic_words_general
from newslint.document import read_document

TEXTS = [
    "plain ascii words, with digits 2024 and under_scores and don't",
    "the minister’s “budget” — passed – after weeks… of debate",
    "café société naïve résumé",  # letters outside ASCII: the general path
    "ΟΔΥΣΣΕΥΣ ΚΑΙ ΑΧΙΛΛΕΥΣ".lower(),
    "東京オリンピック 開催 予定 – tokyo",
    "한국어 문장입니다 – korean",
    "fullwidth （brackets） and 「quotes」 around words",
    "digits ٣٤٥ arabic-indic and ²³ superscripts",
    "kelvin \u212a sign and ǅ titlecase".lower(),
]


@pytest.mark.parametrize("text", TEXTS)
def test_topic_words_fast_path_agrees(text):
    assert topic_words(text) == topic_words_general(text)


DOC = (
    "Ministers approved the budget on Monday after a debate that lasted most of the long evening.\n\n"
    "ΟΙ ΥΠΟΥΡΓΟΙ ΕΝΕΚΡΙΝΑΝ ΤΟΝ ΠΡΟΫΠΟΛΟΓΙΣΜΟ ΤΗΣ ΧΩΡΑΣ ΣΗΜΕΡΑ ΜΕΤΑ ΑΠΟ ΜΙΑ ΜΑΚΡΙΑ ΣΥΖΗΤΗΣΗ ΣΤΗ ΒΟΥΛΗ ΟΔΥΣΣΕΥΣ.\n\n"
    "Short line\n\n"
    "The minister’s “budget” — passed after weeks of debate — will fund schools, roads and the café.\n\n"
    "東京オリンピックの開催は予定通り行われると組織委員会が発表した。関係者によると準備は順調に進んでいる。\n\n"
    + "A long paragraph of ordinary words that goes on and on well past sixty words in all. " * 6
    + "\n"
)


def test_body_words_are_the_topic_words_of_the_joined_prose():
    doc = read_document(DOC, "a.txt", "plain")
    units = build_units(doc)
    in_comments = [False] * len(units)
    members = [u for u in units if u.prose]
    assert len(members) >= 4 and any(u.n > 60 for u in members)
    body = Body(units, in_comments)
    assert body.words == Counter(topic_words_general(" ".join(u.text for u in members).lower()))
    for u in members:
        assert u.topics == topic_words_general(u.text.lower())
