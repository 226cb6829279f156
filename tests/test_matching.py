"""The phrase matcher behind the cue tables: words compared case-insensitively, separators compared
after folding whitespace to one space and dashes to a hyphen, longest phrase first."""

from __future__ import annotations

from newslint.matching import PhraseMatcher


def _found(m: PhraseMatcher, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in m.finditer(text)]


def test_an_en_or_em_dash_between_words_matches_a_hyphen_in_the_phrase():
    m = PhraseMatcher(["advertisement - scroll to continue"])
    for dash in "-–—":
        text = f"Advertisement {dash} Scroll to continue"
        assert _found(m, text) == [text]


def test_other_separators_still_differ():
    m = PhraseMatcher(["advertisement - scroll to continue"])
    assert _found(m, "Advertisement: Scroll to continue") == []


def test_whitespace_between_words_counts_as_one_space():
    m = PhraseMatcher(["sign up for our newsletter"])
    assert _found(m, "Please Sign  up\tfor our\nnewsletter today") == ["Sign  up\tfor our\nnewsletter"]


def test_the_longest_phrase_at_a_word_wins():
    m = PhraseMatcher(["read more", "read more stories"])
    assert [p for _, _, p in m.finditer("Read more stories here")] == ["read more stories"]
