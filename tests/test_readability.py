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


def test_fast_syllable_count_equals_textstats_own_loop():
    from textstat.backend.metrics import _syllables_per_word

    metrics.textstat_module()
    fast = _syllables_per_word.count_syllables
    original = fast.original
    assert fast is not original
    samples = [
        "The council approved the budget on Monday.",
        "Pakistan army sources have reportedly confirmed the presence of a large number of U.S. forces.",
        "Tribal militiamen, fearing for their lives, apparently gathered in the city of Miranshah.",
        "“Absolutely not,” Khan said — it's over; naïve café owners’ résumés weren't enough!",
        "",
    ]
    for text in samples:
        assert fast(text, "en_US") == original(text, "en_US"), text


# -- page leftovers (the boilerplate family's leftover_spans) ------------------------------------
STORY = (
    "Council approves budget\n\n"
    "The council approved the new budget on Monday after a debate that lasted most of the evening.\n\n"
    "Councillors said the plan would fund two new schools and repair the river bridge next year.\n\n"
)
PAGE = STORY + "Share this article\n\nSign up for our newsletter\n\n© 2024 Town Herald. All rights reserved.\n"


def _words(text, select, **config):
    from newslint.config import Config

    return lint_text(text, select=select, config=Config(**config)).facts["metrics"]["words"]


def test_metrics_leave_out_what_the_boilerplate_rules_report():
    story = _words(STORY, ["RD001"])
    assert _words(PAGE, ["RD001", "BP"]) == story
    assert _words(PAGE, ["RD001"]) > story  # no boilerplate rule selected: the whole text counts
    assert _words(PAGE, ["RD001", "BP"], lint_boilerplate=True) > story  # leftovers copy-edited: counted


def test_metrics_leave_out_only_the_selected_families():
    with_copyright = _words(PAGE, ["RD001", "BP001"])
    assert _words(STORY, ["RD001"]) < with_copyright < _words(PAGE, ["RD001"])


def test_body_text_cuts_spans_out_of_blocks():
    from newslint.document import read_document

    doc = read_document("Head\nThe council met (see links below) on Monday.\nShare this\n", "a.txt", "plain")
    a = doc.prose.index(" (see")
    b = doc.prose.index("Share this")
    text = metrics.body_text(doc, [(a, a + len(" (see links below)")), (b, b + len("Share this"))])
    assert text == "The council met on Monday."


def test_textstat_import_leaves_nltk_and_pyphen_alone():
    import subprocess

    code = (
        "import sys; from newslint.checks.readability.metrics import textstat_module; ts = textstat_module();"
        "print(ts.flesch_reading_ease('The council met on Monday. It agreed.'), 'nltk' in sys.modules, 'pyphen' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert float(out[0]) > 50 and out[1:] == ["False", "False"]


def test_fast_sentence_count_equals_textstats_own(shared_data):
    from textstat.backend.metrics import _words_per_sentence

    metrics.textstat_module()
    fast = _words_per_sentence.count_sentences
    assert fast is not fast.original
    for path in sorted((shared_data / "news" / "bbc-dev").glob("*.txt"))[:300]:
        text = path.read_text(encoding="utf-8")
        assert fast(text) == fast.original(text), path.name


def test_fast_sentence_count_edge_cases():
    from textstat.backend.metrics import _words_per_sentence

    metrics.textstat_module()
    fast = _words_per_sentence.count_sentences
    for text in ["", "Hi.", "— — — a b. Then three words here.", "'' ' s. It's done, isn't it?", "U.S. forces. Go!"]:
        assert fast(text) == fast.original(text), text


def test_fast_sentence_count_on_random_and_unspaced_text():
    """Unspaced runs (CJK text, a long token, digits) and random mixes of spaces, punctuation and
    word characters: the same count as textstat's, including the cases its first-three-tokens
    pattern must reject."""
    import random

    from textstat.backend.metrics import _words_per_sentence

    metrics.textstat_module()
    fast = _words_per_sentence.count_sentences
    rng = random.Random(5)
    pieces = ["a", "É", "汉字", " ", "  ", "\t", "\n", "\u00a0", "-", "—", ".", "!", "?", "'", "_", "7", "x y", "(", "«"]
    texts = ["汉字" * 500, "a" * 2000 + " b", "1" * 700, "- — " * 50, "a. " * 200]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert fast(text) == fast.original(text), repr(text)


# -- the counts taken once per text agree with textstat's own functions -----------------------------
SAMPLES = [
    "The council approved the budget on Monday.",
    "Pakistan army sources have reportedly confirmed the presence of a large number of U.S. forces.",
    "“Absolutely not,” Khan said — it's over; naïve café owners’ résumés weren't enough!\n\nShe'd left. Go!",
    "— — — a b. Then three words here.  Tabs\tand\u00a0non-breaking\u2009spaces count as spaces.",
    "'' ' s. It's done, isn't it? 'Tis the season's end, rock 'n' roll.",
    "...",
    "ΟΔΟΣ Σ İstanbul ÉCOLE well-known 2,000 £5m",
]


def _textstat_metrics(text):
    ts = metrics.textstat_module()
    return {
        "words": ts.lexicon_count(text),
        "sentences": ts.sentence_count(text),
        "flesch_reading_ease": round(ts.flesch_reading_ease(text), 1),
        "grade_level": round(ts.flesch_kincaid_grade(text), 1),
        "reading_time_s": round(ts.reading_time(text), 1),
    }


def _assert_counts_agree(text):
    ts = metrics.textstat_module()
    words, syllables_, sentences, chars = metrics.text_counts(text)
    assert words == ts.lexicon_count(text), text
    from textstat.backend.metrics import _syllables_per_word, _words_per_sentence

    textstats_loop = _syllables_per_word.count_syllables.original  # textstat's per-word loop
    assert syllables_ == ts.syllable_count(text) == textstats_loop(text, "en_US"), text
    assert sentences == ts.sentence_count(text) == _words_per_sentence.count_sentences.original(text), text
    assert chars == ts.char_count(text, ignore_spaces=True), text
    assert metrics.scores(words, syllables_, sentences, chars) == _textstat_metrics(text), text


def test_counts_and_scores_equal_textstats_own_on_samples():
    for text in SAMPLES:
        _assert_counts_agree(text)


def test_counts_and_scores_equal_textstats_own_on_articles(shared_data):
    from newslint.document import read_document

    for path in sorted((shared_data / "news" / "bbc-dev").glob("*.txt"))[:300]:
        doc = read_document(path.read_text(encoding="utf-8"), path.name)
        _assert_counts_agree(metrics.body_text(doc))

