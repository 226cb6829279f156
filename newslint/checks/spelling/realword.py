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
_LOWER_BAR = min(THRESHOLD, RARE_THRESHOLD)


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


_NEIGHBOURS: dict[str, tuple[tuple[str, int, str | None], ...]] = {}  # word -> (neighbour, pair id, class)


def _neighbours(word: str) -> tuple[tuple[str, int, str | None], ...]:
    """The neighbours of ``word`` that the pair counts know, with their ids and classes (cached)."""
    got = _NEIGHBOURS.get(word)
    if got is None:
        ids = lexicon.bigrams().ids
        tags = lexicon.tags()
        got = tuple((c, ids[c], tags.get(c)) for c in lexicon.confusables().get(word, "").split() if c in ids)
        _NEIGHBOURS[word] = got
    return got


class _Written:
    """What ``judge`` needs of one written word, independent of its context (cached per process).
    Kept small: a run meets thousands of written words (no word frequencies here: they are needed
    only for the few neighbours that come near the bar)."""

    __slots__ = ("id", "tag", "candidates", "ids", "keys_before")

    def __init__(self, word: str) -> None:
        self.id = lexicon.bigrams().ids.get(word, -1)
        self.tag = lexicon.tags().get(word)
        self.candidates = _neighbours(word)  # (neighbour, pair id, class)
        self.ids = tuple(ic for _, ic, _ in self.candidates)  # + (left id << 15): pair keys after a word
        self.keys_before = tuple(ic << 15 for ic in self.ids)  # + right id: pair keys before a word


_WRITTEN: dict[str, _Written] = {}


def _pairs_with_a_side(w: _Written, il: int, ir: int, pairs) -> bool:
    """Does some neighbour of the written word make a pair the counts know with the word on its
    left (id ``il``) or right (``ir``; -1: no such word)?  The same tests as ``judge``'s loop makes
    neighbour by neighbour, made for all neighbours at once: ``isdisjoint`` over ``map`` runs in C
    (pair keys ``il << 15 | ic`` and ``ic << 15 | ir``)."""
    return (il >= 0 and not pairs.isdisjoint(map((il << 15).__or__, w.ids))) or (
        ir >= 0 and not pairs.isdisjoint(map(ir.__or__, w.keys_before))
    )


def _written(word: str) -> _Written:
    w = _WRITTEN.get(word)
    if w is None:
        w = _WRITTEN[word] = _Written(word)
    return w


def may_judge(word: str, il: int, ir: int, pairs) -> bool:
    """Can ``judge`` find an error in ``word`` between words of pair ids ``il`` and ``ir`` (-1: no
    such word), or between fewer of them (SP002 drops a side that punctuation cuts off)?  False
    when the word has no neighbour to propose, when nothing at all is known of it, or when no
    neighbour makes a pair the counts know with either side: each makes ``judge`` return None
    whatever the sides, since leaving a side out only removes pairs.  The tokenizer asks this of
    every word it keeps for SP002, so the few that pass are the only ones SP002 looks at."""
    w = _written(word)
    if not w.candidates or (w.id < 0 and w.tag is None):
        return False
    return _pairs_with_a_side(w, il, ir, pairs)


def judge(word: str, left: str, right: str) -> RealWordError | None:
    if not left and not right:
        return None
    w = _written(word)
    if not w.candidates:
        return None
    ids = lexicon.bigrams().ids
    pairs = lexicon.bigrams().table  # analyse() counted this document's use
    tag = w.tag
    # a word the pair counts do not know at all: its context says nothing about it, but its word
    # class still does ("ion" is a noun where a preposition belongs); without a class, leave it
    iw = w.id
    unknowable = iw < 0
    if unknowable and tag is None:
        return None
    if left[:1].isdigit() and tag in NOUNS:
        return None  # a unit or currency after an amount: "3bn rand"
    # a side informs only when its neighbour is a word the counts know
    il = ids.get(left, -1) if left else -1
    ir = ids.get(right, -1) if right else -1
    if il < 0 and ir < 0:
        return None
    if iw >= 0 and ((il >= 0 and (il << 15 | iw) in pairs) or (ir >= 0 and (iw << 15 | ir) in pairs)):
        return None  # the written word goes with a neighbour: leave it
    if not _pairs_with_a_side(w, il, ir, pairs):
        return None  # the usual case: the loop below would skip every neighbour
    base: float | None = None
    best: RealWordError | None = None
    for c, ic, ctag in w.candidates:
        if unknowable and ctag == tag:
            continue  # same class, and nothing known of the written word's pairs: no way to tell
        # the neighbour must go with at least one informative side
        seen_c_left = il >= 0 and (il << 15 | ic) in pairs
        seen_c_right = ir >= 0 and (ic << 15 | ir) in pairs
        if not (seen_c_left or seen_c_right):
            continue
        if base is None:
            base = _score(left, word, right)
        margin = _score(left, c, right) - base
        if margin < _LOWER_BAR:
            continue  # below either bar: no need for the frequencies
        needed = RARE_THRESHOLD if lexicon.zipf(c) - lexicon.zipf(word) >= RARE_GAP else THRESHOLD
        if margin >= needed and (best is None or margin > best.margin):
            if seen_c_left and seen_c_right:
                ev, written = f"{left} {c} {right}", f"{left} {word} {right}"
            elif seen_c_right:
                ev, written = f"{c} {right}", f"{word} {right}"
            else:
                ev, written = f"{left} {c}", f"{left} {word}"
            best = RealWordError(c, margin, ev, written)
    return best
