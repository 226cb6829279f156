"""The suggestion search's shortcuts give the plain search's answers: the edit distance that stops
once it must exceed its limit, and the set test that rules out most index queries before the
binary search."""

from __future__ import annotations

from bisect import bisect_left
from zlib import crc32

import pytest

from newslint.checks.spelling import candidates, lexicon

TYPOS = (
    "recieve definately occured seperate goverment wich thier accomodate tommorow begining beleive calender "
    "enviroment existance foriegn harrass independant judgement knowlege liason millenium neccessary noticable "
    "thr teh adn wrok plesae qwzx xylophonne straße zzzz a ab abc"
).split()


def _plain_candidates(typo: str) -> tuple[tuple[str, float], ...]:
    """The search as first written: every query hashed and looked up, every distance in full."""
    index = lexicon.deletes()
    found: set[str] = set()
    for q in _queries(typo):
        h = crc32(q.encode("utf-8"))
        i = bisect_left(index.keys, h)
        while i < len(index.keys) and index.keys[i] == h:
            found.add(index.words[index.ids[i]])
            i += 1
    out = []
    for w, cost in candidates.near(typo):
        found.discard(w)
        if w != typo and cost <= 2.2:
            out.append((w, cost))
    found.discard(typo)
    for w in found:
        if abs(len(w) - len(typo)) > 2:
            continue
        cost = candidates.edit_cost(typo, w)
        if cost <= 2.2:
            out.append((w, cost))
    return tuple(out)


def _queries(typo: str) -> set[str]:
    queries = {typo[:i] + c + typo[i:] for i in range(len(typo) + 1) for c in candidates.LETTERS}
    dels1 = {typo[:i] + typo[i + 1 :] for i in range(len(typo))}
    queries |= dels1 | {typo}
    for d in dels1:
        queries.update(d[:i] + d[i + 1 :] for i in range(len(d)))
    for i, ch in enumerate(typo):
        if ch in candidates.VOWELS:
            for v in candidates.VOWELS - {ch}:
                s = typo[:i] + v + typo[i + 1 :]
                queries.add(s)
                queries.update(s[:k] + s[k + 1 :] for k in range(len(s)))
    return queries


@pytest.mark.parametrize("typo", TYPOS)
def test_candidates_are_the_plain_search_s(typo):
    candidates.candidates.cache_clear()
    assert sorted(candidates.candidates(typo)) == sorted(_plain_candidates(typo))


@pytest.mark.parametrize("limit", [0.5, 1.0, 2.2])
def test_a_limited_distance_is_exact_within_the_limit_and_over_it_beyond(limit):
    words = ["receive", "definitely", "occurred", "separate", "the", "and", "government", "which", "a", "xylophone"]
    pairs = [(t, w) for t in TYPOS for w in words]
    over = 0
    for typo, word in pairs:
        full = candidates.edit_cost(typo, word)
        cut = candidates.edit_cost(typo, word, limit=limit)
        if full <= limit:
            assert cut == full, (typo, word)
        else:
            assert cut > limit, (typo, word)
            over += cut == float("inf")
    assert over > 0  # the shortcut was taken


def test_the_index_s_membership_test_keeps_exactly_the_hashes_it_holds():
    """By binary search at first, then by the set of keys: the same answer."""
    index = lexicon.Deletes()
    sample = list(index.keys[:: max(1, len(index.keys) // 500)])
    misses = [h + 1 for h in sample if h + 1 not in set(sample)]
    held = {h for h in misses if index.keys[min(bisect_left(index.keys, h), len(index.keys) - 1)] == h}
    answers = [index.known(sample + misses) for _ in range(index.SET_AFTER + 2)]
    assert index._keyset is not None  # the set was built along the way
    assert all(a == set(sample) | held for a in answers)
