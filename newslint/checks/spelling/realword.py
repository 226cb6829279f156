"""Real-word errors: a dictionary word written in place of a neighbour one edit away ("maximized
ion trying" for "in trying").

Each written word with a confusion set (precomputed at build time, ``spelling_confusables.txt``)
is compared with its neighbours in the context of the words before and after it, with the bigram
model of ``context.py``.  Precision first: a neighbour is proposed only when

* the written word's pairings with both sides are unknown to the counts (a side whose word the
  counts do not know says nothing), and the neighbour's pairing with at least one side is known
  (positive evidence, not just a more frequent word), and
* the neighbour makes the context at least 10^6.5 times more likely (10^4.5 when the written word
  is a thousand times rarer than the neighbour, as "ion" is next to "in").

When the counts know nothing of the written word (it is not among the words of the pair list), a
neighbour of the same word class (coarse part of speech, from the Brill lexicon) is never
proposed: "to halve the" and "to have the" cannot be told apart without the written word's pairs.
A noun right after an amount ("3bn rand") is left alone.

The counts are the 243,342 most frequent word pairs of Google's n-grams: a pair they lack may
still be ordinary English, so the bar is high and recall modest (see benchmarks/RESULTS.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import context, lexicon

# Tuned on spelling-injected and realword-natural (dev) for precision; see benchmarks/spelling.py.
THRESHOLD = 6.5  # log10: the neighbour must make the context this much more likely ...
RARE_THRESHOLD = 4.5  # ... or this much, when the written word is far rarer than the neighbour
RARE_GAP = 3.0  # (Zipf points: "ion" 3.5 against "in" 7.3)
NOUNS = frozenset({"NN", "NNS"})


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
    tags = lexicon.tags()
    tag = tags.get(word)
    # a word the pair counts do not know at all: its context says nothing about it, but its word
    # class still does ("ion" is a noun where a preposition belongs); without a class, leave it
    unknowable = word not in bg.ids
    if unknowable and tag is None:
        return None
    if left[:1].isdigit() and tag in NOUNS:
        return None  # a unit or currency after an amount: "3bn rand"
    seen_left = bool(left) and bg.log_count(left, word) is not None
    seen_right = bool(right) and bg.log_count(word, right) is not None
    if (seen_left or not left) and (seen_right or not right):
        return None
    base: float | None = None
    best: RealWordError | None = None
    ids = bg.ids
    # a side informs only when its neighbour is a word the counts know
    left_informs = bool(left) and left in ids
    right_informs = bool(right) and right in ids
    if not left_informs and not right_informs:
        return None
    if (left_informs and seen_left) or (right_informs and seen_right):
        return None  # the written word goes with a neighbour: leave it
    for c in neighbours.split():
        if c not in ids:
            continue  # no pair counts: no positive evidence possible
        if unknowable and tags.get(c) == tag:
            continue  # same class, and nothing known of the written word's pairs: no way to tell
        # the neighbour must go with at least one informative side
        seen_c_left = left_informs and bg.log_count(left, c) is not None
        seen_c_right = right_informs and bg.log_count(c, right) is not None
        if seen_c_left and seen_c_right:
            ev, written = f"{left} {c} {right}", f"{left} {word} {right}"
        elif seen_c_right:
            ev, written = f"{c} {right}", f"{word} {right}"
        elif seen_c_left:
            ev, written = f"{left} {c}", f"{left} {word}"
        else:
            continue
        if base is None:
            base = _score(left, word, right)
        margin = _score(left, c, right) - base
        needed = RARE_THRESHOLD if lexicon.zipf(c) - lexicon.zipf(word) >= RARE_GAP else THRESHOLD
        if margin >= needed and (best is None or margin > best.margin):
            best = RealWordError(c, margin, ev, written)
    return best
