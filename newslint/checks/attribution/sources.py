"""Source phrases: a source noun ("analysts", "officials", "figures") in a source role (subject of a
reporting verb, object of "according to", after an inverted "said"), its noun phrase, and whether an
owner is named (a capitalised organisation, a possessive, "at Goldman Sachs", "for the ministry").
Also named subjects of reporting verbs ("Mr Armstrong said", "the firm said") and vague quantifier
subjects ("some will argue")."""

from __future__ import annotations

from .claims import ANONYMOUS, DATA, NAMED, VAGUE, Claim
from .lexicon import (
    ACCUSATION_VERBS,
    ACTION_AFTER_AGREE,
    ANONYMOUS_HEADS,
    AUXILIARIES,
    CROWD_HEADS,
    DATA_HEADS,
    DATA_OWNER_PREPOSITIONS,
    DATA_VERBS,
    DEFINITE,
    DETERMINERS,
    IDENTIFIED_PRONOUNS,
    INSTITUTIONS,
    INTRODUCING_ADJECTIVES,
    INVERTED_VERBS,
    NOT_A_VERB_BEFORE,
    NOUN_VERB_HEADS,
    NP_STOP,
    OF_QUANTIFIERS,
    PEOPLE_FIGURES,
    PLURAL_PRONOUNS,
    POLL_OWNER_PREPOSITIONS,
    PROCEEDINGS,
    QUANTIFIER_SUBJECTS,
    QUANTIFIER_VERBS,
    REPORT_PREMODIFIERS,
    SPEECH_VERBS,
    SPOKES_HEADS,
    UNTYING_MODIFIERS,
    VAGUE_PEOPLE_HEADS,
    VAGUE_PUBLICATION_HEADS,
)
from .lexicon import TIME_WORDS
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
_POLLS = frozenset({"survey", "surveys", "poll", "polls", "study", "studies", "research"})
_BY_VERBS = frozenset({"reported", "quoted", "cited", "claimed", "suggested", "revealed"})
# "the 47.3% forecast by analysts": an expectation credited to a group (people only)
_BY_EXPECTATION_VERBS = frozenset({"forecast", "expected", "predicted", "estimated", "anticipated", "tipped"})
# Words after which "reports", "estimates" are nouns: "Now reports say", "and reports claim"
_BEFORE_NOUN_HEAD = frozenset(
    "to per by and that but of there now so meanwhile however yet also still earlier later today yesterday while as".split()
)
_PARTICIPLE_SUFFIXES = ("ed", "ing")
_OWNER_PREPS = {
    "vague": frozenset({"at", "with", "from"}),
    "crowd": frozenset({"at", "with", "from"}),
    "publication": frozenset({"in", "by", "from", "on", "of"}),
    "spokes": frozenset({"for", "of", "at", "from", "with"}),
}
_LINKS = frozenset({"who", "that", "which"})
_PASSIVE_BE = frozenset({"been", "being", "is", "are", "was", "were", "be", "am"})
_INSERTIONS = frozenset({"however", "though", "meanwhile", "too", "also", "instead", "moreover", "nevertheless"})
_POINT = frozenset({"point", "points", "pointed"})
_MAX_PP = 9


_PUBLICATION_VERBS = SPEECH_VERBS | DATA_VERBS


def _class_verbs(cls: str) -> frozenset[str]:
    if cls == "data":
        return DATA_VERBS
    return _PUBLICATION_VERBS if cls == "publication" else SPEECH_VERBS


def _adverb(w: str) -> bool:
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


def _not_an_owner(w: str) -> bool:
    return w in PLACE_WORDS or w in TIME_WORDS


def _capitalised_owner(s: Sent, k: int) -> bool:
    """A capitalised word inside a phrase that names an organisation or a person."""
    return s.is_cap(k) and len(s.raw(k)) > 1 and not _not_an_owner(s.stem(k))


def _owner_word(s: Sent, k: int) -> bool:
    """Does modifier word ``k`` name an owner (an organisation, a definite institution)?"""
    if s.name_like(k):
        return True
    if s.possessive(k) and _capitalised_owner(s, k):
        return True  # "Halifax's figures", even first in the sentence
    return s.stem(k) in INSTITUTIONS


_MASS_HEADS = frozenset({"media", "data", "research", "press", "statistics", "figures", "stats", "numbers", "people"})


def _premodifier_owner(s: Sent, a: int, h: int, cls: str) -> bool:
    if a < h and s.is_cap(a) and s.low[a] not in DETERMINERS and not s.low[h].endswith("s") and s.low[h] not in _MASS_HEADS:
        # "Vedomosti newspaper reported": a singular noun with no article needs a name in front
        return not _not_an_owner(s.stem(a))
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


def _pp_owner(s: Sent, a: int, b: int, cls: str = "") -> bool:
    """Is an owner named in words ``a..b`` (a prepositional phrase)?  "at Goldman Sachs", "from the
    trade ministry"; for a spokesperson any definite phrase ("a spokesman for the author")."""
    definite = False
    for k in range(a, b):
        if s.name_like(k) or (_capitalised_owner(s, k) and not s.clause_start(k)):
            return True
        if s.low[k] in DEFINITE:
            definite = True
            if cls in ("data", "publication") and k == a:
                return True  # "research by the charity", "figures from the survey"
        elif definite and (s.low[k] in INSTITUTIONS or cls == "spokes"):
            return True
    return False


_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did"})


def _scan_pp(s: Sent, j: int, stop_verbs: frozenset[str]) -> int:
    """End of a prepositional phrase / reduced relative starting at ``j`` (no punctuation inside;
    a finite verb ends it: "opponents of the law were disrupting meetings with claims")."""
    k = j + 1
    while k < s.n and k - j < _MAX_PP and s.soft(k) and s.low[k] not in stop_verbs:
        if s.low[k] in _FINITE:
            break
        k += 1
    return k


def _verb_after(s: Sent, j: int, verbs: frozenset[str], after_comma: bool = False) -> int:
    """Index of a verb of ``verbs`` at ``j``, after auxiliaries and adverbs; -1 if none."""
    skipped = 0
    while j < s.n and (s.soft(j) or after_comma and skipped == 0) and skipped <= 4:
        w = s.low[j]
        if w in verbs:
            return j
        if w in AUXILIARIES or _adverb(w) or w in ("reportedly", "allegedly", "apparently"):
            j += 1
            skipped += 1
            continue
        if w in ("goes", "go", "went", "going") and j + 2 < s.n and s.low[j + 1] == "on" and s.low[j + 2] == "to":
            j += 3
            skipped += 1
            continue
        return -1
    return -1


def _verb_after_relative(s: Sent, h: int, verbs: frozenset[str]) -> int:
    """"an official, who declined to be named, said": the verb after a relative clause in commas."""
    k = h + 1
    if k >= s.n or s.gap(k).strip() != "," or s.low[k] not in ("who", "speaking", "asking", "including"):
        return -1
    k += 1
    while k < s.n and k - h < 24:
        if "," in s.gap(k):
            return _verb_after(s, k, verbs, after_comma=True)
        if not s.soft(k) and s.gap(k).strip() not in (".",):
            return -1
        k += 1
    return -1


class HeadAnalysis:
    """The source role of a head noun: subject (``analysts said``), inverted (``, said analysts``),
    or object of ``according to`` / ``as per``."""

    __slots__ = ("h", "cls", "a", "b", "verb", "role", "owner", "pp")

    def __init__(self) -> None:
        self.verb = -1
        self.role = ""
        self.owner = False
        self.pp = (0, 0)


def _noun_reading(s: Sent, h: int) -> bool:
    """'reports', 'estimates': a noun only after a determiner or modifier, or at a clause start."""
    w = s.low[h]
    if w not in NOUN_VERB_HEADS:
        return True
    if h == 0 or not s.soft(h):
        return True
    if h + 1 < s.n and s.low[h + 1] in _LINKS:
        return True  # "studies that show"
    prev = s.low[h - 1]
    if prev in DETERMINERS or prev in REPORT_PREMODIFIERS or prev in _BEFORE_NOUN_HEAD:
        return True
    if w in ("report", "survey", "estimate") and s.is_cap(h - 1):
        return True  # "a BBC report"
    return False


def analyse_head(s: Sent, h: int) -> Claim | None:
    cls = HEAD_CLASS[s.low[h]]
    if not _noun_reading(s, h):
        return None
    verbs = _class_verbs(cls)
    if h + 1 < s.n and s.soft(h + 1) and s.low[h + 1] in HEAD_CLASS and s.gap(h + 1) == " ":
        # "an official report says", "research data": the head is further on; but in "analysts
        # estimate that" the next word is the verb
        after = s.low[h + 2] if h + 2 < s.n and s.soft(h + 2) else ""
        if s.low[h + 1] not in verbs or after in SPEECH_VERBS or after in DATA_VERBS or after in AUXILIARIES:
            return None
    if s.possessive(h):
        return None  # "analysts' expectations"
    if s.low[h] == "figures" and h > 0 and s.soft(h) and s.low[h - 1] in PEOPLE_FIGURES:
        return None  # "showbiz figures will put in an appearance": people
    if cls == "data" and s.low[h] in ("estimate", "estimates") and h + 1 < s.n and s.low[h + 1] in ("put", "puts", "putting", "place", "placed"):
        verb_put = True
    else:
        verb_put = False
    a = np_start(s, h)
    det = s.low[a] if a < h else ""
    if cls == "crowd" and det not in QUANTIFIER_SUBJECTS and det not in ("few", "several", "other"):
        return None
    # 1. subject role: head [PP | name | who] [aux] verb
    j = h + 1
    pp = (j, j)
    name_follows = False
    if j < s.n and s.soft(j):
        w = s.low[j]
        if s.name_like(j):
            k = j
            while k < s.n and s.soft(k) and s.is_cap(k):
                k += 1
            name_follows = True
            j = k
        elif w in ("at", "with", "from", "for", "of", "in", "close", "familiar", "on", "by") or w.endswith(_PARTICIPLE_SUFFIXES) and w not in verbs or _adverb(w):
            k = _scan_pp(s, j, verbs)
            pp = (j, k)
            j = k
        if j < s.n and s.low[j] in _LINKS and s.soft(j):
            j += 1
    if j < s.n and s.soft(j) and s.low[j] in ("and", "or") and j + 1 < s.n and s.soft(j + 1):
        # "experts and lawmakers think": a coordinated subject
        k = j + 1
        while k < s.n and k - j <= 3 and s.soft(k) and s.low[k] not in verbs and not s.is_cap(k) and s.low[k] not in AUXILIARIES:
            k += 1
        if k < s.n and k > j + 1 and (s.low[k] in verbs or s.low[k] in AUXILIARIES):
            j = k
    if j < s.n and s.gap(j).strip() == "," and s.low[j] in _INSERTIONS and j + 1 < s.n and s.gap(j + 1).strip() == ",":
        verb = _verb_after(s, j + 1, verbs, after_comma=True)  # "Analysts, however, pointed to"
    else:
        verb = _verb_after(s, j, verbs) if j < s.n else -1
    if verb_put:
        verb = h + 1  # "estimates put the cost at ..."
    if verb < 0 and cls != "data":
        verb = _verb_after_relative(s, h, verbs)
    if verb >= 0 and s.low[verb] in _POINT and (verb + 1 >= s.n or s.low[verb + 1] not in ("to", "out")):
        verb = -1  # "pointed to", "pointed out" report a view; "points" alone does not
    if verb >= 0 and s.low[verb].startswith("agree") and verb + 1 < s.n and (
        s.low[verb + 1] in ("to", "on", "with") or cls in ("anon", "spokes") and s.low[verb + 1] in ACTION_AFTER_AGREE
    ):
        verb = -1  # "officials agreed to quadruple the fee", "officials agreed a deal": an action
    role = "subject" if verb >= 0 else ""
    end = s.ends[verb] if verb >= 0 else s.ends[h]
    t1 = verb + 1 if verb >= 0 else h + 1
    if role and s.low[verb] in ("told", "tell", "tells") and verb + 2 < s.n and s.low[verb + 2] in PROCEEDINGS:
        return _named(s, a, t1, s.raw(h), cls)  # testimony in named proceedings (B5)
    start = s.starts[a]
    # 2. inverted: ", said a Juventus official"; 3. according to / as per; by some estimates
    if not role and a > 0 and s.soft(a):
        v = a - 1
        pv = s.low[v]
        if pv in INVERTED_VERBS and (s.comma_or_quote_before(v) or v == 0):
            role = "inverted"
        elif pv == "to" and v > 0 and s.low[v - 1] == "according":
            role = "according"
            v -= 1
        elif pv == "per" and v > 0 and s.low[v - 1] == "as":
            role = "according"
            v -= 1
        elif pv == "in" and cls in ("publication", "data") and s.clause_start(v):
            role = "in"  # "In a report compiled by Transparency International, ..."
        elif pv == "by" and (
            cls == "data" and s.low[h] in ("estimate", "estimates")
            or v > 0 and s.low[v - 1] in _BY_VERBS
            or v > 0 and s.low[v - 1] in _BY_EXPECTATION_VERBS and cls in PEOPLE_CLASSES
        ):
            role = "according"
            if v > 0 and (s.low[v - 1] in _BY_VERBS or s.low[v - 1] in _BY_EXPECTATION_VERBS):
                v -= 1  # "as reported by local media"
                if v > 0 and s.low[v - 1] == "as":
                    v -= 1
        if role:
            start = s.starts[v]
            # the phrase runs on to a following prepositional phrase ("a report in The Times")
            k = h + 1
            if k < s.n and s.soft(k) and s.low[k] in ("at", "with", "from", "for", "of", "in", "by", "close", "familiar", "on"):
                k2 = _scan_pp(s, k, frozenset())
                pp = (k, k2)
                k = k2
            # appositive after a comma: "the British newspaper, The Daily Telegraph"
            if k < s.n and s.gap(k).strip() == "," and s.is_cap(k):
                k2 = k
                while k2 < s.n and (k2 == k or s.soft(k2)) and (s.is_cap(k2) or s.low[k2] in ("of", "the", "and", "for")):
                    k2 += 1
                pp = (pp[0] if pp[1] > pp[0] else k, k2)
                k = k2
            end = s.ends[k - 1]
            t1 = k
            a = v
    if not role:
        return None
    if role == "subject" and cls == "crowd" and _quotes_a_word(s, verb):
        return None
    if role == "subject" and verb == s.n - 1 and s.gap(s.n).strip() == ":" and a == 0 and s.is_cap(h):
        return None  # "Skeptic says:": a commenter's name label, not a source
    head = s.prose[s.starts[np_start(s, h)] : s.ends[h]]
    claim_t0 = a if role in ("inverted", "according") else np_start(s, h)
    # -- is an owner named? --------------------------------------------------------------------
    if name_follows:
        return _named(s, claim_t0, t1, head, cls, start, end)
    if cls != "anon" and _has_owner(s, h, det, pp, cls):
        return _named(s, claim_t0, t1, head, cls, start, end)
    if role == "in":
        return None  # "In a report, ...": a setting, not a source
    if det in DEFINITE and det not in ("its", "his", "her", "their", "our") and not _introduced(s, np_start(s, h), h):
        # a definite reference: a publication or data set the story has identified ("the report
        # said", "the figures show"), or people who are the same source as an earlier unnamed one
        # ("the officials said"; resolved by the document pass)
        if cls in ("publication", "data"):
            return _named(s, claim_t0, t1, head, cls, start, end)
        c = Claim("inherit", claim_t0, t1, start, end, head, cls)
        c.tail = _is_tail(s, claim_t0, t1)
        return c
    c = Claim(KIND_OF_CLASS[cls], claim_t0, t1, start, end, head, cls)
    c.tail = role == "inverted" or _is_tail(s, claim_t0, t1)
    c.noun = s.raw(h)
    return c


def _has_owner(s: Sent, h: int, det: str, pp: tuple[int, int], cls: str) -> bool:
    """An organisation or identified body owns the source: "GAO analysts", "Halifax's figures",
    "analysts at Goldman Sachs", "figures released by the ONS", "a spokesman for the club"."""
    n0 = np_start(s, h)
    if _premodifier_owner(s, n0, h, cls) or det in ("its", "his", "her", "their", "our"):
        return True
    if n0 > 0 and s.gap(n0).strip() == ")" and s.is_cap(n0 - 1):
        return True  # "the Office for National Statistics (ONS) figures"
    if pp[1] > pp[0] and s.low[pp[0]] in _owner_preps(cls, s.low[h]) and _pp_owner(s, pp[0] + 1, pp[1], cls):
        return True
    if cls in ("data", "publication") and pp[1] > pp[0]:
        # "figures released by the ONS", "a study published in the Lancet"
        for k in range(pp[0], pp[1] - 1):
            if s.low[k] in ("by", "in", "from") and _pp_owner(s, k + 1, pp[1]):
                return True
    return False


def _owner_preps(cls: str, head: str) -> frozenset[str]:
    if cls == "data":
        return POLL_OWNER_PREPOSITIONS if head in _POLLS else DATA_OWNER_PREPOSITIONS
    return _OWNER_PREPS.get(cls, frozenset())


def _introduced(s: Sent, a: int, h: int) -> bool:
    """"the latest figures": a definite article that introduces new data rather than points back."""
    return any(s.low[k] in INTRODUCING_ADJECTIVES for k in range(a, h))


def _is_tail(s: Sent, t0: int, t1: int) -> bool:
    """An attribution appended after the claim: ", analysts said (on Tuesday)." """
    if t0 == 0 or not s.comma_or_quote_before(t0):
        return False
    return s.n - t1 <= 5


def _named(s: Sent, t0: int, t1: int, cue: str, cls: str, start: int | None = None, end: int | None = None) -> Claim:
    c = Claim(NAMED, t0, t1, s.starts[t0] if start is None else start, s.ends[t1 - 1] if end is None else end, cue, cls)
    c.tail = _is_tail(s, t0, t1)
    return c


# -- named subjects of reporting verbs --------------------------------------------------------------
def analyse_verb(s: Sent, v: int) -> Claim | None:
    """A reporting verb whose source is not a source noun: "Mr Armstrong said", "the firm said",
    "said the New Zealander", "according to industry website Screen Daily", "he added"."""
    w = s.low[v]
    accusation = w in ACCUSATION_VERBS
    if s.gap(v).endswith("-") or (v + 1 < s.n and s.gap(v + 1) == "-"):
        return None  # "feel-good", "well-said": part of a compound, not a verb
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
            return _named(s, v, k, s.raw(first), "speech")
    # subject before the verb
    j = v - 1
    skipped = 0
    while j >= 0 and s.soft(j + 1) and skipped < 4 and (s.low[j] in AUXILIARIES or _adverb(s.low[j])):
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
        c = _named(s, j, v + 1, s.raw(j), "pronoun")
    elif subj in PLURAL_PRONOUNS or subj == "one" and not accusation:
        c = Claim("inherit", j, v + 1, s.starts[j], s.ends[v], s.raw(j), "pronoun")
        c.tail = _is_tail(s, j, v + 1)
        return c
    elif s.is_cap(j) and len(s.raw(j)) > 1:
        c = _named(s, np_start(s, j), v + 1, s.raw(j), "speech")
    else:
        a = np_start(s, j)
        if s.low[a] in DEFINITE or subj in INSTITUTIONS or any(s.possessive(k) for k in range(a, j)):
            c = _named(s, a, v + 1, s.raw(j), "speech")
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
        or any(_capitalised_owner(s, i) for i in range(k, end))
    )
    if not named:
        return None
    return _named(s, a, end, s.raw(k), "according")


def _quotes_a_word(s: Sent, verb: int) -> bool:
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
    verb = _verb_after(s, j, QUANTIFIER_VERBS)
    if verb < 0 or verb + 1 < s.n and s.low[verb + 1] == "in":
        return None  # "some believe in ghosts": a belief described, not a claim sourced
    if verb == j and s.low[verb] in ("thought", "believed", "said", "expected") and verb + 1 < s.n and s.low[verb + 1] == "to":
        return None  # "others thought to be in the running": a participle (hedges.py), not a subject
    if _quotes_a_word(s, verb):
        return None
    c = Claim(VAGUE, i, verb + 1, s.starts[i], s.ends[verb], s.prose[s.starts[i] : s.ends[verb]], "quantifier")
    c.tail = _is_tail(s, i, verb + 1)
    return c
