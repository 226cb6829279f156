"""Suggestions for a misspelled word: candidates within two edits, ranked by a noisy-channel score.

score(candidate) = min(frequency (Zipf), FREQUENCY_CAP)  -  EDIT_WEIGHT * weighted edit distance  +  context

* Candidates: every one-edit neighbour in the accepted words (deletion, transposition,
  substitution, insertion), and two-edit neighbours among the frequent words through the
  symmetric-delete index shipped in ``spelling_deletes.bin``.
* The edit distance is Damerau-Levenshtein (optimal string alignment) with costs for the slips
  people make: a neighbouring key, a vowel for a vowel, a doubled or undoubled letter and a swap
  of two letters cost less than an arbitrary change; changing the first letter costs more.
* Context: how much better the candidate goes with the words before and after it (bigram counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import inf

from . import context, lexicon

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    out = {}
    for ch, (r, c) in pos.items():
        near = set()
        for other, (r2, c2) in pos.items():
            # QWERTY rows are staggered: the row below is shifted half a key to the right
            if other != ch and abs(r - r2) <= 1 and -1 <= (c2 + 0.5 * r2) - (c + 0.5 * r) <= 1:
                near.add(other)
        out[ch] = frozenset(near)
    return out


KEYBOARD = _keyboard()

# Tuned on the development sets (spelling-nonword, spelling-injected); see benchmarks/spelling.py.
EDIT_WEIGHT = 3.5  # Zipf points one full edit is worth
FREQUENCY_CAP = 6.0  # beyond this the commonest words ("the", "and") get no further advantage
CONTEXT_WEIGHT = 0.5


# letters that sound alike in English spelling (c/s in "cemetery", c/k, s/z, g/j)
SOUND_ALIKE = frozenset({("c", "s"), ("s", "c"), ("c", "k"), ("k", "c"), ("s", "z"), ("z", "s"), ("g", "j"), ("j", "g")})


def sub_cost(intended: str, typed: str) -> float:
    if typed in KEYBOARD.get(intended, ()):
        return 0.65
    if intended in VOWELS and typed in VOWELS:
        return 0.7
    if (intended, typed) in SOUND_ALIKE:
        return 0.75
    return 1.0


# sub_cost(intended, typed) by intended letter, then typed letter: one lookup in the inner loop
# of ``edit_cost`` (any other pair costs 1.0, as ``sub_cost`` says)
_SUB = {a: {b: sub_cost(a, b) for b in LETTERS} for a in LETTERS}
_SUB_OTHER: dict[str, float] = {}


def edit_cost(typo: str, word: str, ins: list[float] | None = None, limit: float | None = None) -> float:
    """Weighted optimal-string-alignment distance from ``word`` (intended) to ``typo`` (typed).
    ``ins`` may hold the insertion costs of ``typo`` (``insert_costs(typo)``), computed once.
    With ``limit``, a distance over it may be returned as ``math.inf`` as soon as it is certain:
    every alignment passes through one of any two consecutive rows, and costs only grow along it,
    so once two rows in a row are over the limit the distance is too."""
    n, m = len(word), len(typo)
    if ins is None:
        ins = insert_costs(typo)
    dels = [_delete_cost(word, i) for i in range(n)]
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + ins[j - 1]
    over = limit is not None and min(prev) > limit
    for i in range(1, n + 1):
        di = dels[i - 1]
        cur = [prev[0] + di] + [0.0] * m
        wi = word[i - 1]
        wp = word[i - 2] if i > 1 else ""
        sub = _SUB.get(wi, _SUB_OTHER)
        for j in range(1, m + 1):
            tj = typo[j - 1]
            if wi == tj:
                best = prev[j - 1]
            else:
                best = prev[j - 1] + sub.get(tj, 1.0) + (0.4 if i == 1 and j == 1 else 0.0)
                if j > 1 and wp == tj and wi == typo[j - 2]:
                    t = prev2[j - 2] + 0.6
                    if t < best:
                        best = t
            d = prev[j] + di
            if d < best:
                best = d
            d = cur[j - 1] + ins[j - 1]
            if d < best:
                best = d
            cur[j] = best
        prev2, prev = prev, cur
        if limit is not None:
            if min(cur) > limit:
                if over:
                    return inf
                over = True
            else:
                over = False
    return prev[m]


MAX_COST = 2.2  # candidates further than this (weighted edits) are no suggestions


def insert_costs(typo: str) -> list[float]:
    return [_insert_cost(typo, j) for j in range(len(typo))]


def _delete_cost(word: str, i: int) -> float:
    """The typist left out ``word[i]``."""
    ch = word[i]
    if (i > 0 and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return 0.5  # one letter of a double
    if i == 0:
        return 1.25
    return 0.75 if ch in VOWELS else 0.85


def _insert_cost(typo: str, j: int) -> float:
    """The typist added ``typo[j]``."""
    ch = typo[j]
    if (j > 0 and typo[j - 1] == ch) or (j + 1 < len(typo) and typo[j + 1] == ch):
        return 0.5  # a letter doubled
    first = 0.4 if j == 0 else 0.0  # typists rarely add a letter before the first one
    if (j > 0 and ch in KEYBOARD.get(typo[j - 1], ())) or (j + 1 < len(typo) and ch in KEYBOARD.get(typo[j + 1], ())):
        return 0.7 + first  # a neighbouring key hit with the right one
    return 0.9 + first


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + transposes + replaces + inserts)


@lru_cache(maxsize=4096)
def candidates(typo: str) -> tuple[tuple[str, float], ...]:
    """Dictionary words within two edits of ``typo``, with their weighted edit cost.

    The one-edit words and their costs are ``near(typo)`` (the cheap first look, usually asked
    already); the symmetric-delete index supplies the rest, each query string looked up once."""
    # two letters missing: re-insert one, the index supplies the other
    queries = {a + c + b for a, b in [(typo[:i], typo[i:]) for i in range(len(typo) + 1)] for c in LETTERS}
    dels1 = {typo[:i] + typo[i + 1 :] for i in range(len(typo))}
    queries.add(typo)
    queries |= dels1
    for d in dels1:
        queries.update(d[:i] + d[i + 1 :] for i in range(len(d)))
    # a wrong vowel and one more slip ("difinately"): swap the vowel, the index supplies the rest
    for i, ch in enumerate(typo):
        if ch in VOWELS:
            for v in VOWELS:
                if v != ch:
                    s = typo[:i] + v + typo[i + 1 :]
                    queries.add(s)
                    queries.update(s[:k] + s[k + 1 :] for k in range(len(s)))
    found = lexicon.deletes().words_for(queries)
    out = []
    for w, cost in near(typo):
        found.discard(w)
        if w != typo and cost <= MAX_COST:
            out.append((w, cost))
    found.discard(typo)
    ins = insert_costs(typo)
    for w in found:
        if abs(len(w) - len(typo)) > 2:
            continue
        cost = edit_cost(typo, w, ins, MAX_COST)
        if cost <= MAX_COST:
            out.append((w, cost))
    return tuple(out)


@lru_cache(maxsize=4096)
def near(typo: str) -> tuple[tuple[str, float], ...]:
    """Dictionary words one edit from ``typo``, with their weighted edit cost: the cheap first look."""
    accepted = lexicon.accepted()
    ins = insert_costs(typo)
    return tuple((w, edit_cost(typo, w, ins)) for w in edits1(typo) if w in accepted)


@dataclass(frozen=True, slots=True)
class Suggestion:
    word: str
    score: float
    cost: float
    zipf: float


def rank(typo: str, left: str = "", right: str = "", limit: int = 5) -> list[Suggestion]:
    """Candidates for ``typo`` (lower case), best first."""
    scored = []
    for w, cost in candidates(typo):
        z = lexicon.zipf(w)
        score = min(z, FREQUENCY_CAP) - EDIT_WEIGHT * cost
        if left or right:
            ctx = context.association(left, w) + context.association(w, right)
            score += CONTEXT_WEIGHT * max(-2.0, min(2.0, ctx))
        scored.append(Suggestion(w, score, cost, z))
    scored.sort(key=lambda s: (-s.score, s.word))
    return scored[:limit]
