"""What the analysis finds in a sentence: a Claim is one attribution mention (or a hedge)."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds, as in the labelled sets.
NAMED = "named"
ANONYMOUS = "anonymous"
VAGUE = "vague"
HEDGE = "hedge"
DATA = "unsourced-data"
QUOTE = "quote"
UNNAMED_KINDS = frozenset({ANONYMOUS, VAGUE, HEDGE, DATA})


@dataclass(slots=True)
class Claim:
    kind: str
    t0: int  # first word (sentence word index)
    t1: int  # one past the last word
    start: int  # prose offsets of the cue span
    end: int
    cue: str  # what the message names ("reportedly", "Iranian media", "satellite data")
    cls: str = ""  # source class: anon, spokes, vague, publication, data, crowd, hedge, speech ...
    tail: bool = False  # appended after the claim it sources (", analysts said.")
    silenced: bool = False  # anonymous, with the reason for anonymity stated
    suppressed: bool = False  # owned by a named source in the same sentence (nested attribution)
    strong: bool = True  # a named claim that can own other claims (not an accusation verb)
    sentence: int = -1  # document-wide sentence index
    block: int = -1
    noun: str = ""  # the head noun of a source phrase ("media", "analysts")
