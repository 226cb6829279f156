"""Named speakers and vague crowds without a source noun: "Mr Armstrong said", "the firm said",
", said the New Zealander", "according to industry website Screen Daily", "as reported by the
Independent", "he added"; and quantifier subjects ("some will argue", "many think")."""

from __future__ import annotations

from .claims import VAGUE, Claim
from .lexicon import (
    ACCUSATION_VERBS,
    ACTION_AFTER_AGREE,
    AUXILIARIES,
    DEFINITE,
    DETERMINERS,
    IDENTIFIED_PRONOUNS,
    INSTITUTIONS,
    INVERTED_VERBS,
    NOT_A_VERB_BEFORE,
    NP_STOP,
    PLURAL_PRONOUNS,
    PROCEEDINGS,
    QUANTIFIER_SUBJECTS,
    QUANTIFIER_VERBS,
)
from .phrases import (
    HEAD_CLASS,
    capitalised_owner,
    is_adverb,
    is_tail,
    named_claim,
    np_start,
    verb_after,
)
from .tokens import Sent

_PASSIVE_BE = frozenset({"been", "being", "is", "are", "was", "were", "be", "am"})


# -- named subjects of reporting verbs --------------------------------------------------------------
def analyse_verb(s: Sent, v: int) -> Claim | None:
    """A reporting verb whose source is not a source noun: "Mr Armstrong said", "the firm said",
    "said the New Zealander", "according to industry website Screen Daily", "he added"."""
    w = s.low[v]
    accusation = w in ACCUSATION_VERBS
    if s.gap(v).endswith("-") or (v + 1 < s.n and s.gap(v + 1) == "-"):
        return None  # "feel-good", "well-said": part of a compound, not a verb
    if w.startswith("agree") and v + 1 < s.n and s.low[v + 1] in ACTION_AFTER_AGREE:
        return None  # "the club has agreed a deal": an action, not a statement
    if v + 1 < s.n and s.soft(v + 1) and (s.low[v + 1] in HEAD_CLASS and s.low[v + 1] not in ("reports", "report") or s.low[v + 1] in NOT_A_VERB_BEFORE):
        return None  # "state media", "think tank": a modifier, not a verb
    if w == "according":
        if v + 1 < s.n and s.low[v + 1] == "to":
            return _according(s, v, v + 2)
        return None
    if w == "per" and v > 0 and s.low[v - 1] == "as":
        return _according(s, v - 1, v + 1)
    if w in ("reported", "quoted", "cited") and v + 2 < s.n and s.low[v + 1] == "by" and s.soft(v + 1):
        a = v - 1 if v > 0 and s.low[v - 1] == "as" and s.soft(v) else v
        return _according(s, a, v + 2)  # "as reported by the Independent newspaper"
    # inverted: ", said Mr Maran" / "”, said the New Zealander" (the phrase ends the clause)
    if w in INVERTED_VERBS and s.comma_or_quote_before(v) and v + 1 < s.n and s.soft(v + 1):
        k = v + 1
        first = k
        while k < s.n and (k == first or s.soft(k)) and k - first < 8:
            k += 1
        ends_clause = k == s.n or not s.soft(k)
        if ends_clause and (s.is_cap(first) or s.low[first] in DEFINITE or s.low[first] in IDENTIFIED_PRONOUNS):
            return named_claim(s, v, k, s.raw(first), "speech")
    # subject before the verb
    j = v - 1
    skipped = 0
    while j >= 0 and s.soft(j + 1) and skipped < 4 and (s.low[j] in AUXILIARIES or is_adverb(s.low[j])):
        j -= 1
        skipped += 1
    if j < 0 or any(s.low[k] in _PASSIVE_BE for k in range(j + 1, v)):
        return None  # "has been described", "it is widely believed": a passive, the subject says nothing
    subj = s.low[j]
    if subj in NP_STOP and subj not in IDENTIFIED_PRONOUNS and subj not in PLURAL_PRONOUNS:
        return None  # "and", "to": no subject here
    comma = not s.soft(j + 1)
    if comma:
        # "Vincent Koen, a senior economist with the OECD, told": a name before or after the appositive
        g = s.gap(j + 1).strip()
        if g not in (",", "),", ")"):
            return None
        if not (s.is_cap(j) or s.low[j] in IDENTIFIED_PRONOUNS):
            k = j
            while k > 0 and j - k < 12 and "," not in s.gap(k):
                k -= 1
            if k == 0 or "," not in s.gap(k) or not s.is_cap(k - 1):
                return None
            j = k - 1
    if subj in HEAD_CLASS or subj in DETERMINERS and subj not in IDENTIFIED_PRONOUNS:
        return None  # the head analysis owns it; "The feel ..." is no subject
    if subj in IDENTIFIED_PRONOUNS and subj != "who" or subj == "who" and j > 0 and s.is_cap(j - 1) and not s.soft(j):
        c = named_claim(s, j, v + 1, s.raw(j), "pronoun")
    elif subj in PLURAL_PRONOUNS or subj == "one" and not accusation:
        c = Claim("inherit", j, v + 1, s.starts[j], s.ends[v], s.raw(j), "pronoun")
        c.tail = is_tail(s, j, v + 1)
        return c
    elif s.is_cap(j) and len(s.raw(j)) > 1:
        c = named_claim(s, np_start(s, j), v + 1, s.raw(j), "speech")
    else:
        a = np_start(s, j)
        if s.low[a] in DEFINITE or subj in INSTITUTIONS or any(s.possessive(k) for k in range(a, j)):
            c = named_claim(s, a, v + 1, s.raw(j), "speech")
        else:
            return None
    if w in ("told", "tell", "tells") and v + 2 < s.n and s.low[v + 2] in PROCEEDINGS:
        c.cls = "proceedings"
    c.strong = not accusation
    return c


def _according(s: Sent, a: int, k: int) -> Claim | None:
    """'according to X' / 'as per X' where X holds no source noun: named if X names someone."""
    if k >= s.n:
        return None
    end = k
    while end < s.n and (end == k or s.soft(end)) and end - k < 10:
        if s.low[end] in HEAD_CLASS and end > k:
            break
        end += 1
    first = s.low[k]
    if first in HEAD_CLASS:
        return None
    named = (
        first in IDENTIFIED_PRONOUNS or first in PLURAL_PRONOUNS or first in DEFINITE
        or any(capitalised_owner(s, i) for i in range(k, end))
    )
    if not named:
        return None
    return named_claim(s, a, end, s.raw(k), "according")


def quotes_a_word(s: Sent, verb: int) -> bool:
    """'when most people say "Linux"': the verb's object is a quoted word, not a claim."""
    return verb + 1 < s.n and any(c in "\"“'‘" for c in s.gap(verb + 1)) and ":" not in s.gap(verb + 1) and "," not in s.gap(verb + 1)


# -- vague quantifier subjects ------------------------------------------------------------------------
_MODALS = frozenset({"will", "would", "may", "might", "could", "can", "should", "must"})
_QUANT_PREV = frozenset({"and", "but", "while", "although", "though", "whereas", "yet", "so", "that", "as", "because", "since", "where", "when", "if", "course", "still", "even", "now", "indeed"})


def analyse_quantifier(s: Sent, i: int) -> Claim | None:
    """"some will argue", "many think", "All expect", "there are many who feel"."""
    w = s.low[i]
    if w not in QUANTIFIER_SUBJECTS:
        return None
    if i > 0 and s.low[i - 1] in ("how", "so", "too", "as", "very", "not", "of", "what", "whatever"):
        return None  # "how many can say", "as many expected" (a comparison)
    # "some will argue", "led some to suggest": a subject wherever it stands
    modal = i + 1 < s.n and (s.low[i + 1] in _MODALS or s.low[i + 1] == "to") and s.soft(i + 1)
    if i > 0 and not modal:
        # "some will argue" is a subject anywhere; "some say" only at a clause start
        prev = s.low[i - 1]
        ok = s.clause_start(i) or prev in _QUANT_PREV
        if not ok and prev in ("are", "were", "is") and i + 1 < s.n and s.low[i + 1] == "who":
            ok = True
        if not ok:
            return None
    j = i + 1
    if j < s.n and s.low[j] in ("who", "to") and s.soft(j):
        j += 1  # "there are many who feel", "led some to suggest"
    verb = verb_after(s, j, QUANTIFIER_VERBS)
    if verb < 0 or verb + 1 < s.n and s.low[verb + 1] == "in":
        return None  # "some believe in ghosts": a belief described, not a claim sourced
    if verb == j and s.low[verb] in ("thought", "believed", "said", "expected") and verb + 1 < s.n and s.low[verb + 1] == "to":
        return None  # "others thought to be in the running": a participle (hedges.py), not a subject
    if quotes_a_word(s, verb):
        return None
    c = Claim(VAGUE, i, verb + 1, s.starts[i], s.ends[verb], s.prose[s.starts[i] : s.ends[verb]], "quantifier")
    c.tail = is_tail(s, i, verb + 1)
    return c
