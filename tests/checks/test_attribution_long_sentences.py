"""The attribution analysis on sentences of any length: the structures that keep it linear give the
answers of the plain loops they replaced (kept here as the reference), on random sentences and
claims, and a sentence of thousands of words (scraped text with no full stops) is analysed like
the same words cut into sentences."""

from __future__ import annotations

import random

import pytest

from newslint.api import lint_text
from newslint.checks.attribution.analysis import (
    _SPEAKER_CUES,
    _Boundaries,
    _dedupe,
    _has_speaker,
    _nested,
    _Taken,
)
from newslint.checks.attribution.claims import ANONYMOUS, DATA, HEDGE, NAMED, UNNAMED_KINDS, VAGUE, Claim
from newslint.checks.attribution.lexicon import CLAUSE_BOUNDARY_WORDS
from newslint.checks.attribution.tokens import Sent

VOCAB = ["officials", "said", "but", "while", "and", "or", "the", "Reuters", "Smith", "reported", "analysts", "plan", "yet"]
GAPS = [" ", " ", " ", ", ", "; ", ": ", ' "', '" ', " (", ") "]


def _random_sentence(rng: random.Random, n: int) -> Sent:
    parts, starts, ends, pos = [], [], [], 0
    for k in range(n):
        gap = rng.choice(GAPS) if k else ""
        word = rng.choice(VOCAB)
        parts.append(gap + word)
        starts.append(pos + len(gap))
        pos += len(gap) + len(word)
        ends.append(pos)
    prose = "".join(parts) + "."
    quotes = []
    for _ in range(rng.randint(0, 3)):
        a = rng.randrange(len(prose))
        quotes.append((a, rng.randint(a, len(prose))))
    quotes.sort()
    disjoint, last = [], -1
    for a, b in quotes:
        if a >= last:
            disjoint.append((a, b))
            last = b
    return Sent.of(prose, 0, len(prose), list(zip(starts, ends)), disjoint)


def _random_claims(rng: random.Random, s: Sent, k: int) -> list[Claim]:
    out = []
    for _ in range(k):
        t0 = rng.randrange(s.n)
        t1 = rng.randint(t0, min(s.n, t0 + 4))  # empty claims too
        kind = rng.choice([NAMED, NAMED, ANONYMOUS, VAGUE, HEDGE, DATA, "quote"])
        start = s.starts[t0]
        end = s.ends[t1 - 1] if t1 > t0 else start
        out.append(Claim(kind, t0, t1, start, end, "cue", tail=rng.random() < 0.3, strong=rng.random() < 0.7))
    return out


# -- the plain loops ----------------------------------------------------------------------------------
def _boundary_between(s, a, b, coordination=False):
    for k in range(max(a, 0), min(b + 1, s.n)):
        if s.low[k] in CLAUSE_BOUNDARY_WORDS or ";" in s.gap(k):
            return True
        if coordination and s.low[k] in ("and", "or") and "," in s.gap(k):
            return True
    return False


def _dedupe_plain(claims):
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out = []
    for c in claims:
        if any(o.kind == c.kind and o.start < c.end and c.start < o.end for o in out):
            continue
        out.append(c)
    return out


def _nested_plain(s, claims):
    named = []
    for c in claims:
        if c.kind == NAMED:
            if s.in_quote(c.t0) and s.in_quote(c.t1 - 1):
                c.suppressed = True
            else:
                named.append(c)
    for x in claims:
        if x.kind not in UNNAMED_KINDS:
            continue
        if s.in_quote(x.t0):
            x.suppressed = True
            continue
        for nc in named:
            if not nc.strong and x.kind != HEDGE:
                continue
            if nc.t1 <= x.t0 and not x.tail and not _boundary_between(s, nc.t1, x.t0, x.kind != HEDGE):
                x.suppressed = True
            elif nc.t0 >= x.t1 and nc.tail and not _boundary_between(s, x.t1, nc.t0):
                x.suppressed = True


def _has_speaker_plain(s, qa, qb):
    def outside(i):
        return not (qa <= s.starts[i] < qb or s.in_quote(i))

    if any(outside(i) for i, w in enumerate(s.low) if w in _SPEAKER_CUES):
        return True
    return s.inq is not None and any(s.inq[i + 1] and outside(i) and ":" in s.gap(i + 1) for i in range(s.n - 1))


# -- the structures agree with them ---------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(40))
def test_clause_boundaries_by_bisection_match_the_scan(seed):
    rng = random.Random(seed)
    s = _random_sentence(rng, rng.randint(1, 30))
    bounds = _Boundaries(s)
    for a in range(-1, s.n + 2):
        for b in range(-1, s.n + 2):
            for coordination in (False, True):
                assert bounds.between(a, b, coordination) == _boundary_between(s, a, b, coordination), (s.prose, a, b)


@pytest.mark.parametrize("seed", range(60))
def test_dedupe_and_overlap_and_nesting_match_the_plain_loops(seed):
    rng = random.Random(seed)
    s = _random_sentence(rng, rng.randint(1, 40))
    claims = _random_claims(rng, s, rng.randint(0, 14))

    kept = _dedupe([*claims])
    assert [id(c) for c in kept] == [id(c) for c in _dedupe_plain([*claims])]

    taken = _Taken(s.n, claims)
    plain_pool = [o for o in claims if o.kind != HEDGE]
    for c in _random_claims(rng, s, 20):
        assert taken.overlaps(c) == any(o.t0 <= c.t0 < o.t1 or c.t0 <= o.t0 < c.t1 for o in plain_pool)

    fast = [Claim(c.kind, c.t0, c.t1, c.start, c.end, c.cue, tail=c.tail, strong=c.strong) for c in claims]
    _nested(s, fast)
    _nested_plain(s, claims)
    assert [c.suppressed for c in fast] == [c.suppressed for c in claims]


def test_dedupe_matches_the_plain_loop_on_touching_and_empty_spans():
    rng = random.Random(3)
    for _ in range(2000):
        claims = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 12)
            claims.append(Claim(rng.choice([NAMED, VAGUE, HEDGE]), 0, 1, a, a + rng.randint(0, 4), "cue"))
        assert [id(c) for c in _dedupe([*claims])] == [id(c) for c in _dedupe_plain([*claims])]


@pytest.mark.parametrize("seed", range(40))
def test_speaker_marks_match_the_plain_loop(seed):
    rng = random.Random(seed)
    s = _random_sentence(rng, rng.randint(1, 30))
    for _ in range(30):
        qa = rng.randint(0, len(s.prose))
        qb = rng.randint(qa, len(s.prose) + 1)
        assert _has_speaker(s, qa, qb) == _has_speaker_plain(s, qa, qb), (s.prose, qa, qb)


def test_cap_run_end_matches_a_scan():
    rng = random.Random(1)
    for _ in range(50):
        s = _random_sentence(rng, rng.randint(1, 25))
        for j in range(s.n + 1):
            k = j
            while k < s.n and s.soft(k) and s.is_cap(k):
                k += 1
            assert s.cap_run_end(j) == k


# -- a very long sentence is analysed like the same words cut into sentences ---------------------------
def test_a_sentence_of_thousands_of_words_gets_the_findings_of_its_parts():
    part = "Officials said the plan would work but analysts said it reportedly failed, and sources said so"
    joined = lint_text(" ".join([part] * 300) + ".", select=["AT"]).diagnostics
    cut = lint_text(" ".join([part + "."] * 300), select=["AT"]).diagnostics
    one = lint_text(part + ".", select=["AT"]).diagnostics
    assert len(one) == 4
    assert [(d.code, d.message) for d in joined] == [(d.code, d.message) for d in cut] == [(d.code, d.message) for d in one] * 300
