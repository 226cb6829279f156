"""The boilerplate segmenter's fast paths agree with the plain computations they stand in for."""

from __future__ import annotations

import pytest

from newslint.checks.boilerplate.units import topic_words, topic_words_general

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
