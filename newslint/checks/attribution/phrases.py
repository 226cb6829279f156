"""Noun phrases of sources: the class of a source noun, where its phrase starts, whether an owner
is named in it ("GAO analysts", "Halifax's figures", "analysts at Goldman Sachs", "figures released
by the ONS", "a spokesman for the club"), and the verb group that follows it."""

from __future__ import annotations

from .claims import ANONYMOUS, DATA, NAMED, VAGUE, Claim
from .lexicon import (
    ANONYMOUS_HEADS,
    AUXILIARIES,
    CROWD_HEADS,
    DATA_HEADS,
    DATA_OWNER_PREPOSITIONS,
    DATA_VERBS,
    DEFINITE,
    DETERMINERS,
    INSTITUTIONS,
    INTRODUCING_ADJECTIVES,
    NP_STOP,
    OF_QUANTIFIERS,
    POLL_OWNER_PREPOSITIONS,
    REPORT_PREMODIFIERS,
    SPEECH_VERBS,
    SPOKES_HEADS,
    TIME_WORDS,
    UNTYING_MODIFIERS,
    VAGUE_PEOPLE_HEADS,
    VAGUE_PUBLICATION_HEADS,
)
from .places import PLACE_WORDS
from .tokens import Sent

# source class of each head noun
HEAD_CLASS: dict[str, str] = {}
for _w in ANONYMOUS_HEADS:
    HEAD_CLASS[_w] = "anon"
for _w in SPOKES_HEADS:
    HEAD_CLASS[_w] = "spokes"
for _w in VAGUE_PEOPLE_HEADS:
    HEAD_CLASS[_w] = "vague"
for _w in VAGUE_PUBLICATION_HEADS:
    HEAD_CLASS[_w] = "publication"
for _w in DATA_HEADS:
    HEAD_CLASS[_w] = "data"
for _w in CROWD_HEADS:
    HEAD_CLASS.setdefault(_w, "crowd")

PEOPLE_CLASSES = frozenset({"anon", "spokes", "vague", "crowd"})
KIND_OF_CLASS = {"anon": ANONYMOUS, "spokes": ANONYMOUS, "vague": VAGUE, "crowd": VAGUE, "publication": VAGUE, "data": DATA}
LINKS = frozenset({"who", "that", "which"})
_POLLS = frozenset({"survey", "surveys", "poll", "polls", "study", "studies", "research"})
_OWNER_PREPS = {
    "vague": frozenset({"at", "with", "from"}),
    "crowd": frozenset({"at", "with", "from"}),
    "publication": frozenset({"in", "by", "from", "on", "of"}),
    "spokes": frozenset({"for", "of", "at", "from", "with"}),
}
_MAX_PP = 9
_PUBLICATION_VERBS = SPEECH_VERBS | DATA_VERBS


def class_verbs(cls: str) -> frozenset[str]:
    """The reporting verbs of a source class: data "shows", people "say", reports do both."""
    if cls == "data":
        return DATA_VERBS
    return _PUBLICATION_VERBS if cls == "publication" else SPEECH_VERBS


def is_adverb(w: str) -> bool:
    return len(w) > 4 and w.endswith("ly")


# -- noun phrases ------------------------------------------------------------------------------------
def np_start(s: Sent, h: int) -> int:
    """First word of the noun phrase whose head is word ``h`` (walking back over modifiers)."""
    low = s.low
    k = h
    taken = 0
    while k > 0 and taken < 6 and s.soft(k):
        w = low[k - 1]
        if w == "and":
            # "lenders and economists": coordinated source nouns form one phrase
            if k - 2 >= 0 and low[k - 2] in HEAD_CLASS and s.soft(k - 1):
                k -= 2
                taken += 2
                continue
            break
        if w == "of" and k - 2 >= 0 and s.is_cap(k - 2) and s.is_cap(k) and s.soft(k - 1):
            k -= 2  # "Bank of England figures": a name with "of" in it
            taken += 2
            continue
        if w == "of":
            j = k - 2
            if j >= 0 and low[j] in ("the", "a", "an") and j - 1 >= 0:
                j -= 1
            if j >= 0 and low[j] in OF_QUANTIFIERS:
                k = j
                taken += 3
                continue
            break
        if w in NP_STOP or w in SPEECH_VERBS and w not in HEAD_CLASS and w not in REPORT_PREMODIFIERS:
            break
        if w.isdigit():
            break
        k -= 1
        taken += 1
        if w in DETERMINERS and not (s.is_cap(k) and not s.clause_start(k)):
            # a phrase starts at its determiner ("surprised some analysts"), unless a quantifier
            # carries it on ("one of the CNN commentators", "all the experts")
            if k >= 1 and s.soft(k) and (low[k - 1] == "of" or low[k - 1] in ("all", "both", "half")):
                continue
            break
    return k


def not_an_owner(w: str) -> bool:
    return w in PLACE_WORDS or w in TIME_WORDS


def capitalised_owner(s: Sent, k: int) -> bool:
    """A capitalised word inside a phrase that names an organisation or a person."""
    return s.is_cap(k) and len(s.raw(k)) > 1 and not not_an_owner(s.stem(k))


def _owner_word(s: Sent, k: int) -> bool:
    """Does modifier word ``k`` name an owner (an organisation, a definite institution)?"""
    if s.name_like(k):
        return True
    if s.possessive(k) and capitalised_owner(s, k):
        return True  # "Halifax's figures", even first in the sentence
    return s.stem(k) in INSTITUTIONS


_MASS_HEADS = frozenset({"media", "data", "research", "press", "statistics", "figures", "stats", "numbers", "people"})


def _premodifier_owner(s: Sent, a: int, h: int, cls: str) -> bool:
    if a < h and s.is_cap(a) and s.low[a] not in DETERMINERS and not s.low[h].endswith("s") and s.low[h] not in _MASS_HEADS:
        # "Vedomosti newspaper reported": a singular noun with no article needs a name in front
        return not not_an_owner(s.stem(a))
    for k in range(a, h):
        w = s.low[k]
        if k > a and s.is_cap(k) and w in DETERMINERS and s.low[k - 1] in ("a", "an", "the"):
            return True  # "A Five spokesman": a name that looks like a number
        if w in DETERMINERS or w == "of" or w == "and":
            continue
        if cls == "spokes":
            if w not in UNTYING_MODIFIERS and not w.isdigit():
                return True
            continue
        if s.low[k] in HEAD_CLASS and not s.possessive(k):
            continue
        if _owner_word(s, k):
            return True
    return False


def pp_owner(s: Sent, a: int, b: int, cls: str = "") -> bool:
    """Is an owner named in words ``a..b`` (a prepositional phrase)?  "at Goldman Sachs", "from the
    trade ministry"; for a spokesperson any definite phrase ("a spokesman for the author")."""
    definite = False
    for k in range(a, b):
        if s.name_like(k) or (capitalised_owner(s, k) and not s.clause_start(k)):
            return True
        if s.low[k] in DEFINITE:
            definite = True
            if cls in ("data", "publication") and k == a:
                return True  # "research by the charity", "figures from the survey"
        elif definite and (s.low[k] in INSTITUTIONS or cls == "spokes"):
            return True
    return False


_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did"})


def scan_pp(s: Sent, j: int, stop_verbs: frozenset[str]) -> int:
    """End of a prepositional phrase / reduced relative starting at ``j`` (no punctuation inside;
    a finite verb ends it: "opponents of the law were disrupting meetings with claims")."""
    k = j + 1
    while k < s.n and k - j < _MAX_PP and s.soft(k) and s.low[k] not in stop_verbs:
        if s.low[k] in _FINITE:
            break
        k += 1
    return k


def verb_after(s: Sent, j: int, verbs: frozenset[str], after_comma: bool = False) -> int:
    """Index of a verb of ``verbs`` at ``j``, after auxiliaries and adverbs; -1 if none."""
    skipped = 0
    while j < s.n and (s.soft(j) or after_comma and skipped == 0) and skipped <= 4:
        w = s.low[j]
        if w in verbs:
            return j
        if w in AUXILIARIES or is_adverb(w) or w in ("reportedly", "allegedly", "apparently"):
            j += 1
            skipped += 1
            continue
        if w in ("goes", "go", "went", "going") and j + 2 < s.n and s.low[j + 1] == "on" and s.low[j + 2] == "to":
            j += 3
            skipped += 1
            continue
        return -1
    return -1


def verb_after_relative(s: Sent, h: int, verbs: frozenset[str]) -> int:
    """"an official, who declined to be named, said": the verb after a relative clause in commas."""
    k = h + 1
    if k >= s.n or s.gap(k).strip() != "," or s.low[k] not in ("who", "speaking", "asking", "including"):
        return -1
    k += 1
    while k < s.n and k - h < 24:
        if "," in s.gap(k):
            return verb_after(s, k, verbs, after_comma=True)
        if not s.soft(k) and s.gap(k).strip() not in (".",):
            return -1
        k += 1
    return -1


def has_owner(s: Sent, h: int, det: str, pp: tuple[int, int], cls: str) -> bool:
    """An organisation or identified body owns the source: "GAO analysts", "Halifax's figures",
    "analysts at Goldman Sachs", "figures released by the ONS", "a spokesman for the club"."""
    n0 = np_start(s, h)
    if _premodifier_owner(s, n0, h, cls) or det in ("its", "his", "her", "their", "our"):
        return True
    if n0 > 0 and s.gap(n0).strip() == ")" and s.is_cap(n0 - 1):
        return True  # "the Office for National Statistics (ONS) figures"
    if pp[1] > pp[0] and s.low[pp[0]] in _owner_preps(cls, s.low[h]) and pp_owner(s, pp[0] + 1, pp[1], cls):
        return True
    if cls in ("data", "publication") and pp[1] > pp[0]:
        # "figures released by the ONS", "a study published in the Lancet"
        for k in range(pp[0], pp[1] - 1):
            if s.low[k] in ("by", "in", "from") and pp_owner(s, k + 1, pp[1]):
                return True
    return False


def _owner_preps(cls: str, head: str) -> frozenset[str]:
    if cls == "data":
        return POLL_OWNER_PREPOSITIONS if head in _POLLS else DATA_OWNER_PREPOSITIONS
    return _OWNER_PREPS.get(cls, frozenset())


def introduced(s: Sent, a: int, h: int) -> bool:
    """"the latest figures": a definite article that introduces new data rather than points back."""
    return any(s.low[k] in INTRODUCING_ADJECTIVES for k in range(a, h))


def is_tail(s: Sent, t0: int, t1: int) -> bool:
    """An attribution appended after the claim: ", analysts said (on Tuesday)." """
    if t0 == 0 or not s.comma_or_quote_before(t0):
        return False
    return s.n - t1 <= 5


def named_claim(s: Sent, t0: int, t1: int, cue: str, cls: str, start: int | None = None, end: int | None = None) -> Claim:
    c = Claim(NAMED, t0, t1, s.starts[t0] if start is None else start, s.ends[t1 - 1] if end is None else end, cue, cls)
    c.tail = is_tail(s, t0, t1)
    return c
