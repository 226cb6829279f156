"""A small bigram language model over the pruned Google n-gram counts (see ``lexicon.Bigrams``).

All values are ``log10``.  ``next_logp(a, b)`` is the probability of ``b`` after ``a``: the
relative count when the pair was kept, otherwise (the pair occurred fewer times than the
smallest kept count) the unigram probability of ``b``, capped by what the cut-off allows.
``association(a, b)`` is how much more likely ``b`` is after ``a`` than anywhere (pointwise
mutual information): positive for pairs the counts know, zero or below for the rest.
"""

from __future__ import annotations

from . import lexicon

# log10 of the number of words behind the counts (symspellpy's unigram total, 5.4e11)
LOG_TOTAL = 11.73


def unigram_logp(word: str) -> float:
    """log10 probability of a lower-case word (wordfreq's frequency when the counts lack it)."""
    lu = lexicon.bigrams().log_unigram(word)
    if lu is not None:
        return lu - LOG_TOTAL
    z = lexicon.zipf(word)
    return (z if z > 0 else 1.0) - 9.0


def next_logp(a: str, b: str) -> float:
    """log10 P(b | a)."""
    bg = lexicon.bigrams()
    pb = unigram_logp(b)
    la = bg.log_unigram(a)
    if la is None:
        return pb
    c = bg.log_count(a, b)
    if c is not None:
        return c - la
    return min(pb, bg.floor - la)


def association(a: str, b: str) -> float:
    """log10 P(b | a) / P(b): > 0 when the pair is known to go together."""
    if not a or not b:
        return 0.0
    return next_logp(a, b) - unigram_logp(b)


def seen(a: str, b: str) -> bool:
    return bool(a and b) and lexicon.bigrams().log_count(a, b) is not None
