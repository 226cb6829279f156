"""Real-word errors: a dictionary word written in place of a neighbour one edit away ("maximized
ion trying" for "in trying").

Each written word with a confusion set (precomputed at build time, ``spelling_confusables.txt``)
is compared with its neighbours in the context of the words before and after it, with the bigram
model of ``context.py``.  Precision first: a neighbour is proposed only when

* the written word's pairing with at least one side is unknown to the counts, and the neighbour's
  pairing with that side is known (positive evidence, not just a more frequent word), and
* the neighbour makes the two pairs together at least ``THRESHOLD`` (log10) more likely.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import context, lexicon

THRESHOLD = 3.0  # log10: the neighbour must make the context 1,000 times more likely
MIN_LENGTH = 2


@dataclass(frozen=True, slots=True)
class RealWordError:
    intended: str
    margin: float  # log10 ratio of the context probabilities
    evidence: str  # the pair that the counts know, e.g. "in trying"
    written_pair: str  # the written word's pair on the same side, e.g. "ion trying"


def _score(left: str, w: str, right: str) -> float:
    s = context.next_logp(left, w) if left else context.unigram_logp(w)
    if right:
        s += context.next_logp(w, right)
    return s


def judge(word: str, left: str, right: str) -> RealWordError | None:
    neighbours = lexicon.confusables().get(word)
    if not neighbours or (not left and not right):
        return None
    bg = lexicon.bigrams()
    seen_left = bool(left) and bg.log_count(left, word) is not None
    seen_right = bool(right) and bg.log_count(word, right) is not None
    if (seen_left or not left) and (seen_right or not right):
        return None
    base = _score(left, word, right)
    best: RealWordError | None = None
    ids = bg.ids
    for c in neighbours.split():
        if c not in ids:
            continue  # no pair counts: no positive evidence possible
        ev = ""
        if left and not seen_left and bg.log_count(left, c) is not None:
            ev, written = f"{left} {c}", f"{left} {word}"
        elif right and not seen_right and bg.log_count(c, right) is not None:
            ev, written = f"{c} {right}", f"{word} {right}"
        if not ev:
            continue
        margin = _score(left, c, right) - base
        if margin >= THRESHOLD and (best is None or margin > best.margin):
            best = RealWordError(c, margin, ev, written)
    return best
