"""Cues with no source noun: hedge adverbs ("reportedly"), hearsay passives ("is said to", "it is
understood"), impersonal speech acts ("it has been reported"), agentless accusations ("was blamed
on"), nominal claims ("there are fears"), and unowned estimates ("an estimated 3%")."""

from __future__ import annotations

from typing import Iterator

from .claims import DATA, HEDGE, VAGUE, Claim
from .lexicon import (
    BE_FORMS,
    DATA_PASSIVES,
    DETERMINERS,
    HEDGE_ADVERBS,
    HEDGE_PASSIVES,
    IT_BE,
    NOMINAL_ADJECTIVES,
    NOMINAL_CLAIMS,
    PASSIVE_ADVERBS,
    PERCEPTION_VERBS,
    VAGUE_PASSIVES,
    WIDELY_HEDGES,
)
from .tokens import Sent

PASSIVE_PARTICIPLES = HEDGE_PASSIVES | VAGUE_PASSIVES | DATA_PASSIVES | {"accused", "blamed"}
_MODALS = frozenset({"has", "have", "had", "will", "would", "may", "might", "could", "can", "should", "must"})
_NOT_INFINITIVE = DETERMINERS | {"him", "them", "me", "us", "police", "date", "it", "her"}
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
    billions trillion dozen dozens half quarter third few""".split()
)
_CURRENCY = frozenset("$£€¥₹")
_NOMINAL_FOLLOWERS = frozenset("that about over of for among in within regarding surrounding the".split())
TRIGGERS = HEDGE_ADVERBS | PASSIVE_PARTICIPLES | NOMINAL_CLAIMS | {"widely", "estimated"}


def _claim(s: Sent, kind: str, t0: int, t1: int, cls: str) -> Claim:
    return Claim(kind, t0, t1, s.starts[t0], s.ends[t1 - 1], s.prose[s.starts[t0] : s.ends[t1 - 1]], cls)


def _be_before(s: Sent, p: int) -> int:
    """Start of the BE chain before participle ``p`` ("is", "has been", "is widely"); -1 if none."""
    j = p - 1
    adverbs = 0
    while j >= 0 and s.soft(j + 1) and s.low[j] in PASSIVE_ADVERBS and adverbs < 2:
        j -= 1
        adverbs += 1
    if j < 0 or not s.soft(j + 1):
        return -1
    w = s.low[j]
    if w in IT_BE:
        return j
    if w not in BE_FORMS:
        return -1
    while j - 1 >= 0 and s.soft(j) and (s.low[j - 1] in _MODALS or s.low[j - 1] in BE_FORMS or s.low[j - 1] in PASSIVE_ADVERBS):
        j -= 1
    return j


def _infinitive_after(s: Sent, p: int) -> bool:
    k = p + 1
    return (
        k + 1 < s.n and s.low[k] == "to" and s.soft(k) and s.soft(k + 1)
        and not s.is_cap(k + 1) and s.low[k + 1] not in _NOT_INFINITIVE and not s.low[k + 1].isdigit()
    )


def _number_after(s: Sent, k: int) -> bool:
    if k >= s.n:
        return False
    g = s.gap(k)
    return s.low[k][0].isdigit() or s.low[k] in _NUMBER_WORDS or any(c in _CURRENCY for c in g)


def find(s: Sent) -> Iterator[Claim]:
    low = s.low
    n = s.n
    i = 0  # where the next cue may start (a cue found skips the words it covers)
    # only trigger words start a cue: visit their positions (one comprehension) in order
    for p in [k for k, w in enumerate(low) if w in TRIGGERS]:
        if p < i:
            continue
        i = p
        w = low[i]
        if w in HEDGE_ADVERBS:
            if w == "apparently" and any(low[k] in PERCEPTION_VERBS for k in range(max(0, i - 3), i)):
                i += 1
                continue  # "saw him apparently shot": how the scene looked
            yield _claim(s, HEDGE, i, i + 1, "adverb")
            i += 1
            continue
        if w == "widely":
            if i + 1 < n and s.soft(i + 1) and (low[i + 1] in WIDELY_HEDGES or low[i + 1] == "reported"):
                kind = VAGUE if low[i + 1] == "reported" else HEDGE
                yield _claim(s, kind, i, i + 2, "widely")
                i += 2
                continue
            i += 1
            continue
        if w == "estimated" and i > 0 and low[i - 1] == "an" and s.soft(i) and _number_after(s, i + 1):
            yield _claim(s, DATA, i - 1, i + 1, "estimated")
            i += 1
            continue
        if w in NOMINAL_CLAIMS:
            c = _nominal(s, i)
            if c is not None:
                yield c
            i += 1
            continue
        if w in PASSIVE_PARTICIPLES:
            c = _passive(s, i)
            if c is not None:
                yield c
                i = c.t1
                continue
        i += 1


def _nominal(s: Sent, i: int) -> Claim | None:
    """"there are fears", "there had been previous suggestions"."""
    j = i - 1
    adjectives = 0
    while j >= 0 and s.soft(j + 1) and s.low[j] in NOMINAL_ADJECTIVES and adjectives < 2:
        j -= 1
        adjectives += 1
    be = 0
    while j >= 0 and s.soft(j + 1) and (s.low[j] in BE_FORMS or s.low[j] in _MODALS) and be < 3:
        j -= 1
        be += 1
    if be == 0 or j < 0 or s.low[j] != "there" or not s.soft(j + 1):
        return None
    if i + 1 < s.n and s.soft(i + 1) and s.low[i + 1] not in _NOMINAL_FOLLOWERS:
        return None  # "there may be concerns other than cash": not a claim
    return _claim(s, VAGUE, j, i + 1, "nominal")


def _agent_follows(s: Sent, k: int) -> bool:
    """"accused of fraud by prosecutors": the accuser is named after the charge."""
    for j in range(k, min(s.n, k + 8)):
        if s.low[j] == "by":
            return True
        if s.hard(j) and j > k:
            return False
    return False


_NOT_REDUCED = frozenset({"he", "she", "i", "you", "we", "they", "it", "who", "what", "which", "that", "had", "has", "have", "having"})


def _reduced_relative(s: Sent, p: int) -> bool:
    """"The painting, believed to be a fake", "Others thought to be in the running": a hearsay
    participle after a noun.  "Mr Adriano said to reduce rates ..." is a speaker, not a hedge."""
    w = s.low[p]
    if w not in HEDGE_PASSIVES or p == 0 or not _infinitive_after(s, p):
        return False
    prev = s.low[p - 1]
    if prev in _NOT_REDUCED or prev in BE_FORMS or s.name_like(p - 1) and s.soft(p):
        return False
    return w != "said" or "," in s.gap(p)


def _passive(s: Sent, p: int) -> Claim | None:
    w = s.low[p]
    b = _be_before(s, p)
    if b < 0:
        # reduced relative: "The painting, believed to be a fake, ..."
        if _reduced_relative(s, p):
            return _claim(s, HEDGE, p, p + 2, "raising")
        return None
    nxt = s.low[p + 1] if p + 1 < s.n and s.soft(p + 1) else ""
    if w == "accused":
        if nxt != "of" or _agent_follows(s, p + 2):
            return None
        return _claim(s, VAGUE, b, p + 2, "accused")
    if w == "blamed":
        if nxt not in ("on", "for") or _agent_follows(s, p + 2):
            return None
        return _claim(s, VAGUE, b, p + 2, "blamed")
    subject_it = s.low[b] in IT_BE or (b > 0 and s.low[b - 1] == "it" and s.soft(b))
    t0 = b - 1 if subject_it and s.low[b] not in IT_BE else b
    if _infinitive_after(s, p):
        # raising: "is said to", "are believed to", "is reported to", "is estimated to"
        if w in DATA_PASSIVES and (w == "calculated" or _agent_follows(s, p + 2)):
            return None  # "calculated to excite voters" means designed to
        if w in DATA_PASSIVES:
            kind = DATA
        elif w in HEDGE_PASSIVES or w == "reported":
            kind = HEDGE
        else:
            kind = VAGUE
        return _claim(s, kind, b, p + 2, "raising")
    if w in DATA_PASSIVES and nxt == "at" and not subject_it:
        if _agent_follows(s, p + 2):
            return None
        return _claim(s, DATA, b, p + 2, "estimated-at")  # "is estimated at £1bn"
    if not subject_it:
        return None
    if nxt in ("by", "to"):
        return None  # an agent is named; "it was reported to the police"
    if w in HEDGE_PASSIVES:
        kind = HEDGE
    elif w in VAGUE_PASSIVES:
        kind = VAGUE
    else:
        kind = DATA
    return _claim(s, kind, t0, p + 1, "impersonal")
