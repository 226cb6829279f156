"""Outlets named in the text, and whether the text cites them as a source.

A name is found by token lookup; it counts as *cited* only inside a citation frame:

- before it: "according to (a report in) ...", "told ...", "(an interview) with ...", "quoted by/in",
  "reported by/in", "as per ...", "wrote in ...", "citing ...", "..., said ..." (inverted after a quote);
- after it: "... reported / said / wrote / quoted / revealed ...", "...'s report", "..., citing".

Descriptors between the frame and the name are skipped ("told the state-run Xinhua news agency",
"a report in the British newspaper, The Daily Telegraph").  A story that merely mentions an outlet
("the BBC cut 400 jobs", "the Sputnik V vaccine") is not citing it.  When the text says the outlet
is state media ("state-run", "Kremlin-backed", "official news agency"), the mention is *disclosed*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ...diagnostics import Span
from ...document.tokens import WORD_RE
from . import table
from ...lazyre import lazy

_ARTICLE_END = lazy(r"\b[Tt]he[ \t]+$")
# A capitalised word right after the name: part of a longer proper name ("Times Square",
# "Telegraph Group", "Sputnik V").  Weekdays and medium words are allowed ("Fox News Sunday").
_NEXT_WORD = lazy(r"(?:[ \t]+|-)([A-Z0-9&][\w’'&-]*)")
_NEXT_OK = {
    "TV", "Television", "Radio", "Online", "News", "Newspaper", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
}

_DESC_WORDS = {
    "newspaper", "newspapers", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "journal",
    "news", "agency", "wire", "service", "channel", "broadcaster", "network", "television", "tv", "radio",
    "station", "website", "site", "outlet", "portal", "publication", "media", "state", "official",
    "semi-official", "government", "party", "communist", "online", "business", "financial", "economic",
    "conservative", "liberal", "left-wing", "right-wing", "leading", "influential", "respected", "popular",
    "local", "national", "regional", "international", "independent", "private", "public", "publicly-funded",
    "privately-owned", "english-language", "the", "a", "an", "its", "their", "his", "her", "us", "u.s", "uk",
    "investigative", "weekly's", "daily's", "newspaper's", "agency's", "mass-circulation", "tabloid's",
    "sister", "flagship", "own", "main", "top", "prominent", "opposition", "pro-government", "pro-kremlin",
    "mainstream", "major", "big", "british", "french", "dutch", "greek", "thai", "swiss", "saudi", "arab",
    "kremlin", "beijing", "moscow", "tehran", "washington", "london", "new", "york-based",
}
_DESC_SUFFIXES = ("-run", "-owned", "-controlled", "-backed", "-funded", "-based", "-affiliated", "-language", "-linked")
_DEMONYM = lazy(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ic)$")
_TOKEN = lazy(r"[\w’'.-]+|,|[\"“”‘]")

_REPORT_NOUN = (
    r"(?:report|reports|reporting|article|articles|story|stories|piece|editorial|op-ed|column|commentary|"
    r"broadcast|documentary|investigation|analysis|survey|poll|dispatch|interview|interviews|comments|remarks|"
    r"figures|data|estimates?|calculations|tally|count|count|bulletin|programme|program|podcast|footage|"
    r"video|feature|coverage|newscast|correspondent|reporters?|journalists?|sources?)"
)
_PREP = r"(?:in|by|from|for|with|published\s+by|published\s+in|carried\s+by|aired\s+by|aired\s+on|broadcast\s+by|broadcast\s+on)"
_DETS = r"(?:\s+(?:an?|the|one|two|three|several|its|their|his|her|this|that|these|those|another))?"
_ADJS = r"(?:\s+(?:new|recent|latest|leaked|separate|exclusive|unpublished|internal|earlier|later|televised|wide-ranging|rare|lengthy|brief|detailed|first|second|weekend|\w+ly))*"
# Every alternative of the citation frames (and of STATE_DESCRIPTOR) starts a word, or starts at
# one of , " ” ’ '.  A search tries every position of the text around a name; these lookaheads turn
# the positions inside words away at once instead of trying each alternative there.  The positions
# where a match can start are the same, so the leftmost match is too (tests/checks/test_outlets.py
# compares with the patterns alone).
_AT_WORD_START = r"(?=(?<!\w)\w)"
_AT_WORD_START_OR_QUOTE = r"(?=(?<!\w)\w|[,\"”’'])"
_BEFORE_PATTERN = (
    r"(?:"
    rf"\b(?:according\s+to|as\s+per|per){_DETS}{_ADJS}(?:\s+{_REPORT_NOUN}\s+{_PREP})?"
    r"|\b(?:told|tells|telling|tell)"
    rf"|\b{_REPORT_NOUN}\s+{_PREP}"
    r"|\b(?:comments|remarks|interview|statement|statements)\s+to"
    r"|\b(?:interview|appearance|broadcast|speaking|said|told\s+\w+|comments|remarks)\s+on"
    r"|\binterview(?:ed|s)?\s+(?:with|by|on|to|for)"
    r"|\b(?:speaking|spoke|speak|speaks|talking|talked|talks?)\s+(?:to|with|on)"
    r"|\bquot(?:ed|es|ing)\s+(?:by|in|on)|\bcited\s+(?:by|in)"
    r"|\b(?:reported|published|carried|aired|broadcast|posted|released|revealed|first\s+reported)\s+(?:by|in|on)"
    r"|\b(?:wrote|writing|writes|write)\s+(?:in|for|on)"
    r"|\b(?:citing|cites|quoting|via)"
    r"|[,\"”’']\s*(?:reported|reports|said|says|wrote|writes|added|noted|claimed|reported\s+\w+)"
    r")\s*,?\s*$"
)
_BEFORE = lazy(_AT_WORD_START_OR_QUOTE + _BEFORE_PATTERN, re.I)
_AFTER_DESC = (
    r"(?:newspaper|paper|news\s+agency|agency|news\s+service|wire\s+service|news|daily|tabloid|television|tv|TV|"
    r"channel|broadcaster|radio|website|site|magazine|network|reporters?|journalists?|correspondents?)"
)
_VERB = (
    r"(?:reported|reports|reporting|said|says|saying|quoted|quotes|quoting|cited|cites|citing|wrote|writes|"
    r"claimed|claims|noted|notes|revealed|reveals|learned|learnt|understands|understood|published|publishes|"
    r"carried|carries|aired|airs|broadcast|announced|alleged|alleges|added|adds|stated|states|confirmed|"
    r"confirms|showed|shows|obtained|disclosed|discloses|estimated|estimates|calculated|found|goes\s+on|"
    r"went\s+on|described|suggested|suggests|asserted|insisted|warned|predicted|projected|counted|tallied)"
)
_AFTER = lazy(
    r"^(?:\s*,\s*[^,.;\"“”]{1,80},)?"
    rf"(?:\s+{_AFTER_DESC}){{0,3}}"
    r"(?:\s+(?:also|has|have|had|first|earlier|previously|later|then|separately|initially|itself|now|"
    r"recently|this\s+week|last\s+\w+|on\s+\w+day|on\s+\w+))*"
    rf"\s*,?\s+{_VERB}\b"
)
_AFTER_POSSESSIVE = lazy(
    r"^\s+(?:(?:own|latest|new|recent|exclusive|online|chief|senior|\w+-language|\w+-based)\s+)*"
    r"(?:report|reports|reporting|reporter|reporters|correspondent|correspondents|journalist|journalists|"
    r"investigation|analysis|story|article|interview|coverage|website|account|tally|count|calculations|"
    r"survey|poll|sources?|broadcast|editorial|editorials|columnist|op-ed|front\s+page|headline|bulletin|"
    r"documentary|tally|estimate|estimates|data|figures)\b"
)
# "a Reuters report said", "a Xinhua tally", "RT correspondent X said"
_AFTER_NOUN = lazy(
    r"^\s+(?:(?:news|television|tv|TV|radio|online|exclusive)\s+)?(?:report|reports|poll|survey|analysis|investigation|"
    r"tally|count|calculations?|estimates?|story|article|interview|correspondent|reporter|journalist|documentary|"
    r"exclusive|dispatch|broadcast|bulletin)\b"
)
# The outlet is identified as state media near the name.
_STATE_DESCRIPTOR_PATTERN = (
    r"\bstate[- ](?:run|owned|controlled|backed|funded|affiliated|sponsored|media|news|broadcaster|television|"
    r"tv|radio|agency|channel|outlet|newspaper|daily|press|mouthpiece|propaganda)"
    r"|\bgovernment[- ](?:run|owned|controlled|backed|funded|mouthpiece|newspaper|media|news|broadcaster|agency)"
    r"|\bofficial\s+(?:\w+\s+)?(?:news\s+agency|newspaper|media|broadcaster|mouthpiece|press|organ|news|"
    r"television|tv|channel|agency|daily)"
    r"|\bsemi-official\b|\bmouthpiece\b|\bpropaganda\b"
    r"|\b(?:kremlin|beijing|tehran|moscow|pyongyang|damascus|caracas|havana|minsk|ankara|riyadh)[- ]"
    r"(?:backed|funded|controlled|run|owned|aligned)"
    r"|\bpro-(?:kremlin|government|beijing)\b"
    r"|\b(?:communist\s+)?party(?:'s|’s)?\s+(?:newspaper|mouthpiece|organ|paper|daily|tabloid|media)"
    r"|\b(?:revolutionary\s+guards?|irgc)[- ](?:affiliated|linked|run|backed)"
)
STATE_DESCRIPTOR = lazy(f"{_AT_WORD_START}(?:{_STATE_DESCRIPTOR_PATTERN})", re.I)


# "the official Middle East News Agency", "Egypt's state MENA": a state word right before the name
_STATE_LEAD = lazy(
    r"\b(?:official|semi-official|state|state-\w+|government-\w+|kremlin-\w+|party)\s+(?:[tT]he\s+)?$", re.I
)


@dataclass(frozen=True)
class Mention:
    span: Span  # the name, without a possessive 's
    entry: table.Entry
    cited: bool
    disclosed: bool

    @property
    def outlet(self) -> table.Outlet | None:
        return self.entry.outlet


# (the lookbehind spares the search a try inside every word: the leftmost match never starts right
# after a character of the run, as the run would then start one character earlier)
_PREV_WORD = lazy(r"(?<![\w’'.-])([\w’'.-]+)[ \t]+$")
_SENTENCE_START = lazy(r"(?:^|[.!?:;\"“”‘’(\[—–-])\s*$")
_SENTENCE_OPENERS = {
    "But", "And", "Meanwhile", "However", "Separately", "Earlier", "Later", "Yesterday", "Today", "Now",
    "Also", "Still", "Instead", "Then", "So", "Yet", "Or", "Elsewhere", "Previously", "Overnight", "Similarly",
    "Indeed", "Finally", "Initially", "Recently", "Currently", "Last", "This", "Since", "Before", "After",
    "Additionally", "Moreover", "Nevertheless", "Nonetheless", "Thus", "Hence", "Subsequently", "Reportedly",
    "A", "An", "The", "In", "On", "At", "As", "For", "By", "From", "With", "Per", "Via", "According", "Citing",
    "Quoting", "Like", "Unlike", "While", "When", "If", "Asked", "Speaking", "Writing", "Talking", "Told", "Both",
    "Neither", "Either", "Only", "Even", "Not", "Sources", "Officials", "One", "Another", "Several", "Many",
}
_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame", "Prof", "Professor", "Mayor",
               "Senator", "Sen", "Rep", "Governor", "Gov", "Judge", "Justice", "President", "Minister"}


def _part_of_longer_name(before: str) -> bool:
    """The name follows a capitalised word in mid-sentence ("Michael Bloomberg", "Mr Bloomberg",
    "Asia Times"): a person or another outlet, unless that word describes the outlet ("Russian",
    "Britain's", "Kremlin-backed")."""
    m = _PREV_WORD.search(before)
    if m is None:
        return False
    word = m.group(1)
    if not word[:1].isupper():
        return False
    if word.rstrip(".") in _HONORIFICS:
        return True
    low = word.lower().rstrip(".")
    if (
        word.endswith(("'s", "’s"))
        or low in _DESC_WORDS
        or low.endswith(_DESC_SUFFIXES)
        or _DEMONYM.match(word)
        or word.isupper()
    ):
        return False
    if _SENTENCE_START.search(before, 0, m.start()):
        # "Meanwhile Reuters reported" passes; "Michael Bloomberg said" does not
        return word.rstrip(".,") not in _SENTENCE_OPENERS
    return True


def _strip_descriptors(before: str) -> str:
    """``"according to a report in the British newspaper, "`` -> ``"according to a report in "``."""
    tokens = list(_TOKEN.finditer(before))
    cut = len(before)
    for m in reversed(tokens):
        tok = m.group()
        low = tok.lower().rstrip(".")
        if (
            tok == ","
            or low in _DESC_WORDS
            or low.endswith(_DESC_SUFFIXES)
            or _DEMONYM.match(tok)
            or (tok[:1].isupper() and tok.endswith(("'s", "’s")))
        ):
            cut = m.start()
            continue
        break
    return before[:cut]


def _is_cited(before: str, after: str, possessive: bool) -> bool:
    stripped = _strip_descriptors(before)
    if _BEFORE.search(stripped[-90:]):
        return True
    if possessive:
        return _AFTER_POSSESSIVE.match(after) is not None
    return _AFTER.match(after) is not None or _AFTER_NOUN.match(after) is not None


# Candidate words: a name starts with a capital or a digit (see table.matcher); a possessive "'s"
# is left out ("Xinhua's" -> "Xinhua").
_CAPITALISED = lazy(r"[A-Z0-9][^\W_]*(?:['’](?!s\b)[^\W_]+)*")
_POSSESSIVE = ("'s", "’s")


def _is_possessive(prose: str, end: int) -> bool:
    return prose.startswith(_POSSESSIVE, end) and not prose[end + 2 : end + 3].isalnum()


def _word_starts(prose: str, words: set[str]) -> list[int]:
    """Offsets where one of ``words`` stands as a whole word, or with a possessive "'s" (as the
    shared tokenizer cuts words)."""
    out = []
    for w in words:
        n = len(w)
        i = prose.find(w)
        while i >= 0:
            prev = prose[i - 1] if i else " "
            if not (prev.isalnum() or prev == "_" or (prev in "'’" and i > 1 and prose[i - 2].isalnum())):
                m = WORD_RE.match(prose, i)
                if m is not None and (m.end() - i == n or (m.end() - i == n + 2 and _is_possessive(prose, i + n))):
                    out.append(i)
            i = prose.find(w, i + n)
    out.sort()
    return out


def _words(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Word spans from ``start``, each without a possessive "'s"."""
    for m in WORD_RE.finditer(prose, start, end):
        a, b = m.span()
        if b - a > 2 and _is_possessive(prose, b - 2):
            b -= 2
        yield a, b


def find(doc) -> list[Mention]:
    pm, entries = table.matcher()
    firsts = table.first_words()
    prose = doc.prose
    out: list[Mention] = []
    disclosed_outlets: set = set()
    skip_to = 0
    present = firsts.keys() & set(_CAPITALISED.findall(prose))
    if not present:
        return out
    for a0 in _word_starts(prose, present):
        if a0 < skip_to:
            continue
        block = doc.block_at(a0)
        if block is None:
            continue
        # Most candidates fail on their second word: read it before the rest of the words.
        spans = _words(prose, a0, min(block.end, a0 + 64))
        first = next(spans)
        seconds = firsts[prose[first[0] : first[1]]]
        if seconds is None:
            words = [first, *spans]
        else:
            second = next(spans, None)
            if second is None or second[0] - first[1] > 4 or prose[second[0] : second[1]] not in seconds:
                continue
            words = [first, second, *spans]
        hit = next(pm.finditer(prose, words), None)
        if hit is None or hit[0] != a0:
            continue
        a, b, phrase = hit
        skip_to = b
        entry = entries[phrase]
        possessive = _is_possessive(prose, b)
        before = prose[max(block.start, a - 160) : a]
        after = prose[b + 2 if possessive else b : min(block.end, b + 160)]
        if entry.needs_article and not _ARTICLE_END.search(before):
            continue
        if not possessive:
            nxt = _NEXT_WORD.match(after)
            if nxt and nxt.group(1) not in _NEXT_OK:
                continue
        if not entry.needs_article and _part_of_longer_name(before):
            continue
        cited = _is_cited(before, after, possessive)
        window = prose[max(block.start, a - 100) : min(block.end, b + 100)]
        key = entry.outlets
        disclosed = (
            key in disclosed_outlets
            or STATE_DESCRIPTOR.search(window) is not None
            or _STATE_LEAD.search(before) is not None
        )
        if disclosed:
            disclosed_outlets.add(key)
        out.append(Mention(Span(a, b), entry, cited, disclosed))
    return out


def mentions(doc) -> list[Mention]:
    return doc.memo("outlets.mentions", lambda: find(doc))
