"""Source nouns in a source role: "analysts said", "officials, who declined to be named, said",
", said a Juventus official", "according to local reports", "as per satellite data", "figures
show".  Each becomes a Claim: named when an owner is named, else anonymous, vague or unsourced data
by the noun's class; a definite reference ("the officials") is resolved against earlier sentences."""

from __future__ import annotations

from .claims import Claim
from .lexicon import (
    ACTION_AFTER_AGREE,
    AUXILIARIES,
    DATA_VERBS,
    DEFINITE,
    DETERMINERS,
    INVERTED_VERBS,
    NOUN_VERB_HEADS,
    PEOPLE_FIGURES,
    PROCEEDINGS,
    QUANTIFIER_SUBJECTS,
    REPORT_PREMODIFIERS,
    SPEECH_VERBS,
)
from .phrases import (
    HEAD_CLASS,
    KIND_OF_CLASS,
    LINKS,
    PEOPLE_CLASSES,
    class_verbs,
    has_owner,
    introduced,
    is_adverb,
    is_tail,
    named_claim,
    np_start,
    scan_pp,
    verb_after,
    verb_after_relative,
)
from .speakers import quotes_a_word
from .tokens import Sent

_BY_VERBS = frozenset({"reported", "quoted", "cited", "claimed", "suggested", "revealed"})
# "the 47.3% forecast by analysts": an expectation credited to a group (people only)
_BY_EXPECTATION_VERBS = frozenset({"forecast", "expected", "predicted", "estimated", "anticipated", "tipped"})
# Words after which "reports", "estimates" are nouns: "Now reports say", "and reports claim"
_BEFORE_NOUN_HEAD = frozenset(
    "to per by and that but of there now so meanwhile however yet also still earlier later today yesterday while as".split()
)
_PARTICIPLE_SUFFIXES = ("ed", "ing")
# words that open a time phrase between a source and the phrase naming its owner
_TIME_LEADS = frozenset({"earlier", "later", "last", "this", "yesterday", "today"})
_INSERTIONS = frozenset({"however", "though", "meanwhile", "too", "also", "instead", "moreover", "nevertheless"})
_POINT = frozenset({"point", "points", "pointed"})


def _noun_reading(s: Sent, h: int) -> bool:
    """'reports', 'estimates': a noun only after a determiner or modifier, or at a clause start."""
    w = s.low[h]
    if w not in NOUN_VERB_HEADS:
        return True
    if h == 0 or not s.soft(h):
        return True
    if h + 1 < s.n and s.low[h + 1] in LINKS:
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
    verbs = class_verbs(cls)
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
            k = s.cap_run_end(j)
            name_follows = True
            j = k
        elif w in ("at", "with", "from", "for", "of", "in", "close", "familiar", "on", "by") or w.endswith(_PARTICIPLE_SUFFIXES) and w not in verbs or is_adverb(w):
            k = scan_pp(s, j, verbs)
            pp = (j, k)
            j = k
        if j < s.n and s.low[j] in LINKS and s.soft(j):
            j += 1
    if j < s.n and s.soft(j) and s.low[j] in ("and", "or") and j + 1 < s.n and s.soft(j + 1):
        # "experts and lawmakers think": a coordinated subject
        k = j + 1
        while k < s.n and k - j <= 3 and s.soft(k) and s.low[k] not in verbs and not s.is_cap(k) and s.low[k] not in AUXILIARIES:
            k += 1
        if k < s.n and k > j + 1 and (s.low[k] in verbs or s.low[k] in AUXILIARIES):
            j = k
    if j < s.n and s.gap(j).strip() == "," and s.low[j] in _INSERTIONS and j + 1 < s.n and s.gap(j + 1).strip() == ",":
        verb = verb_after(s, j + 1, verbs, after_comma=True)  # "Analysts, however, pointed to"
    else:
        verb = verb_after(s, j, verbs) if j < s.n else -1
    if verb_put:
        verb = h + 1  # "estimates put the cost at ..."
    if verb < 0 and cls != "data":
        verb = verb_after_relative(s, h, verbs)
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
        return named_claim(s, a, t1, s.raw(h), cls)  # testimony in named proceedings (B5)
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
            if k < s.n and s.soft(k) and (
                s.low[k] in ("at", "with", "from", "for", "of", "in", "by", "close", "familiar", "on")
                or s.low[k] in _TIME_LEADS  # "a report earlier this week from the BRC"
                or s.low[k].endswith(_PARTICIPLE_SUFFIXES) and s.low[k] not in verbs  # "released on Monday by"
            ):
                k2 = scan_pp(s, k, frozenset())
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
    if role == "subject" and cls == "crowd" and quotes_a_word(s, verb):
        return None
    if role == "subject" and verb == s.n - 1 and s.gap(s.n).strip() == ":" and a == 0 and s.is_cap(h):
        return None  # "Skeptic says:": a commenter's name label, not a source
    head = s.prose[s.starts[np_start(s, h)] : s.ends[h]]
    claim_t0 = a if role in ("inverted", "according") else np_start(s, h)
    # -- is an owner named? --------------------------------------------------------------------
    if name_follows:
        return named_claim(s, claim_t0, t1, head, cls, start, end)
    if cls != "anon" and has_owner(s, h, det, pp, cls):
        return named_claim(s, claim_t0, t1, head, cls, start, end)
    if role == "in":
        return None  # "In a report, ...": a setting, not a source
    if det in DEFINITE and det not in ("its", "his", "her", "their", "our") and not introduced(s, np_start(s, h), h):
        # a definite reference: a publication or data set the story has identified ("the report
        # said", "the figures show"), or people who are the same source as an earlier unnamed one
        # ("the officials said"; resolved by the document pass)
        if cls in ("publication", "data"):
            return named_claim(s, claim_t0, t1, head, cls, start, end)
        c = Claim("inherit", claim_t0, t1, start, end, head, cls)
        c.tail = is_tail(s, claim_t0, t1)
        c.noun = s.raw(h)  # for the message, if it inherits a vague kind ("the trader": which trader?)
        return c
    c = Claim(KIND_OF_CLASS[cls], claim_t0, t1, start, end, head, cls)
    c.tail = role == "inverted" or is_tail(s, claim_t0, t1)
    c.noun = s.raw(h)
    return c
