"""Readability metrics come from textstat, offline: no socket is opened, NLTK is never imported."""

from __future__ import annotations

import socket
import sys

import pytest

from newslint.api import lint_text
from newslint.checks.readability import metrics, syllables


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("newslint tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_metrics_offline(no_network):
    text = "Head\n" + "The council approved the budget on Monday. The mayor said it was a good day for the town.\n" * 3
    result = lint_text(text, select=["RD001"])
    m = result.facts["metrics"]
    assert m["words"] == 54 and m["sentences"] == 6
    assert 60 < m["flesch_reading_ease"] < 100
    assert m["grade_level"] < 8
    assert "nltk" not in sys.modules or not getattr(sys.modules["nltk"], "__file__", None) is None


def test_textstat_gets_our_syllables():
    ts = metrics.textstat_module()
    assert ts.syllable_count("reportedly maximized") == syllables.count("reportedly") + syllables.count("maximized")


@pytest.mark.parametrize("word,n", [("the", 1), ("reportedly", 4), ("simple", 2), ("area", 3), ("business", 2), ("created", 3), ("time", 1)])
def test_syllables(word, n):
    assert syllables.count(word) == n


def test_long_sentence_limit_configurable():
    from newslint.config import from_mapping

    text = "Head\nThe council approved the new budget on Monday evening.\n"
    assert not lint_text(text, select=["RD001"]).diagnostics
    config = from_mapping({"rules": {"RD001": {"max-words": 5}}})
    [d] = lint_text(text, select=["RD001"], config=config).diagnostics
    assert "has 9 words (limit 5)" in d.message
