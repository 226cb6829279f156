"""The learned-classifier probe (benchmarks/probes/boilerplate_learned.py) scores and describes lines
the way its RESULTS table says; its model needs scikit-learn, these parts do not."""

from collections import Counter

from benchmarks.probes.boilerplate_learned import _WORD, features, score


def _features(lines, i):
    toks = [[w.lower() for w in _WORD.findall(t)] for t in lines]
    df = Counter(w for ts in toks for w in set(ts))
    return features(lines, i, df, toks, [len(t.split()) for t in lines])


def test_share_of_words_found_elsewhere_in_the_draft():
    lines = ["Honda cuts rates", "Honda is offering low rates on its sedans this month.", "Denver Broncos"]
    assert _features(lines, 0)[3] == 2 / 3  # "honda" and "rates" occur below, "cuts" does not
    assert _features(lines, 2)[3] == 0.0
    assert _features(["It is."], 0)[3] == -1.0  # no topic word at all


def test_score_adds_the_extra_lines_to_the_rules_flags():
    drafts = [([True, False, True, False], {0}, [])]
    assert score(drafts, set()) == (1.0, 0.5)
    assert score(drafts, {(0, 2)}) == (1.0, 1.0)
    assert score(drafts, {(0, 2), (0, 3)}) == (2 / 3, 1.0)
