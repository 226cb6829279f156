"""The attribution analysis of a document, computed once (``doc.memo``) and shared by AT001-AT005.

Per sentence: find the cues (source nouns in a source role, reporting verbs with named subjects,
hedges, passives, quantifier subjects, anonymous phrases), decide for each source whether it is
named, then apply the document-level rules of the labelling guidelines: nested attribution (a named
source that relays an unnamed one owns the claim), quotations (words inside a quotation belong to
its speaker), anaphora ("the officials said", "they said" inherit their antecedent's kind), a bare
spokesperson tied to the organisation named just before, and anonymity with a stated reason.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ...document import CAPTION, HEADLINE, LIST_ITEM, PARAGRAPH, QUOTE
from ...document.language import english_blocks
from ...matching import PhraseMatcher
from . import hedges, phrases, sources, speakers
from .claims import ANONYMOUS, DATA, HEDGE, NAMED, UNNAMED_KINDS, VAGUE, Claim
from .lexicon import (
    ACCUSATION_VERBS,
    ANONYMITY_MARKERS,
    ANONYMOUS_PHRASES,
    AUTHORISATION_REASONS,
    AUXILIARIES,
    CLAUSE_BOUNDARY_WORDS,
    QUANTIFIER_SUBJECTS,
    REASON_CONNECTIVES,
    SPEECH_VERBS,
)
from .quotes import quotations
from .tokens import Sent
from ...lazyre import lazy

# Blocks whose words are analysed (headings and table cells carry no claims worth sourcing).
SCOPES = frozenset({HEADLINE, PARAGRAPH, QUOTE, CAPTION, LIST_ITEM})
# Blocks where a quotation without a speaker is flagged.
QUOTE_SCOPES = frozenset({PARAGRAPH, LIST_ITEM})
MEMO_KEY = "attribution.analysis"

_VERB_TRIGGERS = SPEECH_VERBS | ACCUSATION_VERBS | {"according", "per"}
_ANTECEDENT_WINDOW = 3  # sentences back for "they said" / "the officials said"
MIN_QUOTE_WORDS = 6
_SPEAKER_CUES = SPEECH_VERBS | frozenset(
    """according interview statement statements quoted asked asks asking replied replies answered
    wrote writes tweeted posted recalled recalls joked laughed continued continues concluded
    concludes admitted admits declared declares promised pledged vowed urged quipped testified
    commented comments observed observes read reads stressed stresses emphasised emphasises
    emphasized emphasizes intimated points pointed remarks remarked exclaimed responded responds
    insists explains adds reveals revealed announced confessed conceded concedes sighed added
    thinking wondering announces announced""".split()
)


_TITLE_SMALL_WORDS = frozenset("a an the to of in on for and or but with at by from as is".split())
_TITLE_SMALL_MAX = max(map(len, _TITLE_SMALL_WORDS))
# A speaker named right after a quotation: a dash and a name, or a name that ends the block.
_BYLINE = lazy(r"\s*[-–—―~]+\s*[A-Z]|[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}\s*$")


@lru_cache(maxsize=1)
def _phrases() -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    return PhraseMatcher(ANONYMOUS_PHRASES), PhraseMatcher(ANONYMITY_MARKERS), PhraseMatcher(AUTHORISATION_REASONS)


@dataclass
class Analysis:
    claims: list[Claim] = field(default_factory=list)
    # quotations with no speaker near them: (start, end, words)
    bare_quotes: list[tuple[int, int, int]] = field(default_factory=list)

    def reported(self, kind: str) -> list[Claim]:
        """Claims of ``kind`` that a rule reports (not owned by a named source, not silenced)."""
        return [c for c in self.claims if c.kind == kind and not c.suppressed and not c.silenced]

    def counts(self) -> dict[str, int]:
        named = anonymous = vague = unattributed = 0
        for c in self.claims:
            if c.suppressed:
                continue
            if c.kind == NAMED and c.strong:
                named += 1
            elif c.kind == ANONYMOUS:
                anonymous += 1
            elif c.kind == VAGUE:
                vague += 1
            elif c.kind in (HEDGE, DATA):
                unattributed += 1
        unattributed += len(self.bare_quotes)
        return {"named": named, "anonymous": anonymous, "vague": vague, "unattributed": unattributed}


def analysis(doc) -> Analysis:
    return doc.memo(MEMO_KEY, lambda: analyse(doc))


def analyse(doc) -> Analysis:
    result = Analysis()
    prose = doc.prose
    triggers = _triggers()
    sigma = "Σ" in prose  # its lower case depends on its neighbours: lower block by block
    word_lows, word_starts, word_ends = doc.word_lows, doc.word_starts, doc.word_ends
    history = _History(prose)  # every analysed sentence, in order
    quote_info: list[tuple[int, list[tuple[int, int]], list[int]]] = []  # block index, quotations, history indices
    for block in doc.blocks:
        if block.kind not in SCOPES:
            continue
        quotes = quotations(prose, block.start, block.end)
        indices = []
        # the block's words: slices of the document's word index (no (start, end) pair per word)
        b0, b1 = doc.word_range(block.start, block.end)
        starts, ends = word_starts[b0:b1], word_ends[b0:b1]
        if not sigma:
            low = word_lows[b0:b1]
        else:
            low = _lower_words(prose, block.start, block.end, starts, ends)
        for span in block.sentences:
            i0 = bisect_left(starts, span.start)
            i1 = bisect_left(starts, span.end, i0)
            while i1 > i0 and ends[i1 - 1] > span.end:
                i1 -= 1
            if i1 == i0:
                continue
            indices.append(len(history.rows))
            present = triggers.intersection(low[i0:i1])
            if not present:
                # most sentences: no cue word at all, so no claim; their Sent is built only if a
                # quotation's speaker check reads it (see _History)
                history.add(span.start, span.end, [], starts, ends, low, quotes, i0, i1)
                continue
            s = history.add(span.start, span.end, [], starts, ends, low, quotes, i0, i1, build=True)
            claims = _sentence_claims(s, present)
            for c in claims:
                c.sentence = s.index
                c.block = block.index
            history.rows[-1][2] = claims
            _resolve(s, claims, history.rows)
            result.claims.extend(c for c in claims if c.kind != "inherit")
        if block.kind in QUOTE_SCOPES and quotes:
            quote_info.append((block.index, quotes, indices))
    # the speaker cues are English: a quotation in German or Indonesian text has none to find
    english = english_blocks(doc)
    result.bare_quotes = [q for q in _bare_quotes(doc, history, quote_info) if english.at(q[0])]
    return result


class _History:
    """Every analysed sentence of a document, in order: the anaphora window and the quotation
    speaker check count sentences, so all of them are kept.  A row is ``[start, end, claims, starts,
    ends, low, quotes, i0, i1]`` (the block's word starts, ends, lower-case words and quotations,
    and the sentence's word range in them).  Under half of the sentences contain a cue word; only those get
    their Sent at once, the others only when ``sent()`` is asked (the sentences around a quotation)."""

    __slots__ = ("prose", "rows", "_sents")

    def __init__(self, prose: str) -> None:
        self.prose = prose
        self.rows: list[list] = []
        self._sents: dict[int, Sent] = {}

    def add(self, start, end, claims, starts, ends, low, quotes, i0, i1, build=False) -> Sent | None:
        self.rows.append([start, end, claims, starts, ends, low, quotes, i0, i1])
        return self.sent(len(self.rows) - 1) if build else None

    def sent(self, h: int) -> Sent:
        s = self._sents.get(h)
        if s is None:
            start, end, _, starts, ends, low, quotes, i0, i1 = self.rows[h]
            inside = [(q.start, q.end) for q in quotes if q.start < end and start < q.end]
            s = Sent(self.prose, start, end, starts[i0:i1], ends[i0:i1], low[i0:i1], inside, h)
            self._sents[h] = s
        return s


def _lower_words(prose: str, start: int, end: int, starts: list[int], ends: list[int]) -> list[str]:
    """Lower-case words of a block (their ``starts`` and ``ends``): one lower() for the block,
    sliced per word (word by word when a character's lower case is longer, like "İ")."""
    segment = prose[start:end]
    lowered = segment.lower()
    if len(lowered) == len(segment):
        return [lowered[a - start : b - start] for a, b in zip(starts, ends)]
    return [prose[a:b].lower() for a, b in zip(starts, ends)]


# -- one sentence ------------------------------------------------------------------------------------
def _sentence_claims(s: Sent, present: frozenset[str] | None = None) -> list[Claim]:
    """The claims of one sentence; ``present`` is its words that are triggers, when known."""
    low = s.low
    if present is None:
        present = _triggers().intersection(low)
    if not present:
        return []  # most sentences: no cue word at all
    head_class = phrases.HEAD_CLASS
    claims: list[Claim] = []
    used_verbs: set[int] = set()
    verbs = []
    # the cue words' positions first (one comprehension), then the analysis of each
    for i in [i for i, w in enumerate(low) if w in present]:
        w = low[i]
        c = None
        if w in head_class:
            c = sources.analyse_head(s, i)
        elif w in QUANTIFIER_SUBJECTS:
            c = speakers.analyse_quantifier(s, i)
        if c is not None:
            claims.append(c)
            used_verbs.update(range(c.t0, c.t1))
        if w in _VERB_TRIGGERS:
            verbs.append(i)
    if not present.isdisjoint(hedges.TRIGGERS):
        claims.extend(hedges.find(s))
    taken: _Taken | None = None
    for i in verbs:
        if i not in used_verbs:
            c = speakers.analyse_verb(s, i)
            if c is None:
                continue
            if taken is None:
                taken = _Taken(s.n, claims)
            if not taken.overlaps(c):
                claims.append(c)
                taken.add(c)
    anonymous, markers, reasons = _phrases()
    words = None  # (start, end) of each word, for the phrase matchers: built when one runs
    if not present.isdisjoint(_ANONYMOUS_FIRST_WORDS):
        words = list(zip(s.starts, s.ends, strict=True))
        for a, b, _ in anonymous.finditer(s.prose, words):
            if any(o.start < b and a < o.end and o.kind in (ANONYMOUS, NAMED) for o in claims):
                continue
            claims.append(_anonymous_phrase(s, s.starts.index(a), s.ends.index(b)))
    if any(c.kind == ANONYMOUS for c in claims):
        if words is None:
            words = list(zip(s.starts, s.ends, strict=True))
        if _anonymity_explained(s, words, markers, reasons):
            for c in claims:
                if c.kind == ANONYMOUS:
                    c.silenced = True
    claims = _dedupe(claims)
    _nested(s, claims)
    return claims


def _anonymous_phrase(s: Sent, t0: int, last: int) -> Claim:
    """"people familiar with the matter said": the phrase, its object, and the verb when it follows."""
    k = last + 1
    while k < s.n and k - last <= 6 and s.soft(k) and s.low[k] not in SPEECH_VERBS and s.low[k] not in AUXILIARIES:
        k += 1
    cue_end = s.ends[k - 1]
    if k < s.n and s.soft(k) and s.low[k] in SPEECH_VERBS:
        k += 1
    return Claim(ANONYMOUS, t0, k, s.starts[t0], s.ends[k - 1], s.prose[s.starts[t0] : cue_end], "anon")


_ANONYMOUS_FIRST_WORDS = frozenset(p.split()[0] for p in ANONYMOUS_PHRASES)


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every word that can start a cue: a sentence with none of them has no claim."""
    return frozenset(phrases.HEAD_CLASS) | QUANTIFIER_SUBJECTS | hedges.TRIGGERS | _VERB_TRIGGERS | _ANONYMOUS_FIRST_WORDS


def _anonymity_explained(s: Sent, words, markers: PhraseMatcher, reasons: PhraseMatcher) -> bool:
    """"who spoke on condition of anonymity because ...", "who was not authorised to speak"."""
    for _ in reasons.finditer(s.prose, words):
        return True
    for _a, b, _ in markers.finditer(s.prose, words):
        k = s.ends.index(b) + 1
        if any(s.low[j] in REASON_CONNECTIVES for j in range(k, min(s.n, k + 4))):
            return True
    return False


class _Taken:
    """The words that the sentence's claims (hedges aside) cover and start at, to tell whether a
    new claim overlaps one of them: ``o.t0 <= c.t0 < o.t1 or c.t0 <= o.t0 < c.t1`` for some claim
    ``o``, answered without going through them all (a sentence of thousands of words, as scraped
    text without full stops makes, holds hundreds of claims)."""

    __slots__ = ("covered", "starts")

    def __init__(self, n: int, claims: list[Claim]) -> None:
        self.covered = bytearray(n + 1)
        self.starts = bytearray(n + 1)
        for o in claims:
            if o.kind != HEDGE:
                self.add(o)

    def add(self, o: Claim) -> None:
        if o.t1 > o.t0:
            self.covered[o.t0 : o.t1] = b"\x01" * (o.t1 - o.t0)
        self.starts[o.t0] = 1

    def overlaps(self, c: Claim) -> bool:
        return bool(self.covered[c.t0]) or 1 in self.starts[c.t0 : c.t1]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Overlapping cues of the same kind ("widely believed" and "is widely believed to") count once.

    Claims come in order of their start, so a claim overlaps one kept before it exactly when it
    starts before the furthest end among the kept claims of its kind (for a claim that is not
    empty; an empty one is compared with each)."""
    claims.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Claim] = []
    furthest: dict[str, int] = {}
    for c in claims:
        if c.start < c.end:
            if c.start < furthest.get(c.kind, -1):
                continue
        elif any(o.kind == c.kind and o.start < c.end and c.start < o.end for o in out):
            continue
        out.append(c)
        if c.end > furthest.get(c.kind, -1):
            furthest[c.kind] = c.end
    return out


class _Boundaries:
    """Clause boundaries inside word ranges of one sentence: "but", "while", a semicolon; with
    ``coordination``, also ", and" (a new clause with its own source).  The boundary words are listed
    once, and each range is one binary search (a sentence of thousands of words, as scraped text
    without full stops makes, would otherwise be scanned once per pair of claims)."""

    __slots__ = ("s", "clause", "coordinated")

    def __init__(self, s: Sent) -> None:
        self.s = s
        self.clause: list[int] | None = None  # words that start a new clause (listed at the first question)
        self.coordinated: list[int] = []  # ... and ", and" / ", or"

    def _list(self) -> list[int]:
        s = self.s
        clause: list[int] = []
        for k in range(s.n):
            low = s.low[k]
            if low in CLAUSE_BOUNDARY_WORDS or ";" in s.gap(k):
                clause.append(k)
                self.coordinated.append(k)
            elif low in ("and", "or") and "," in s.gap(k):
                self.coordinated.append(k)
        self.clause = clause
        return clause

    def between(self, a: int, b: int, coordination: bool = False) -> bool:
        clause = self.clause if self.clause is not None else self._list()
        ks = self.coordinated if coordination else clause
        i = bisect_left(ks, max(a, 0))
        return i < len(ks) and ks[i] <= b


def _nested(s: Sent, claims: list[Claim]) -> None:
    """A named source owns what it relays (B6, B11): "Reuters reported that officials said ...",
    "Opinion polls suggest ..., Ms Alexander says"; and a quotation belongs to its speaker."""
    named = []
    for c in claims:
        if c.kind == NAMED:
            if s.in_quote(c.t0) and s.in_quote(c.t1 - 1):
                c.suppressed = True  # "we could expect" inside a quotation is not an attribution
            else:
                named.append(c)
    owners = _Owners(named) if named else None
    bounds = _Boundaries(s)  # (listed only if a claim asks)
    for x in claims:
        if x.kind not in UNNAMED_KINDS:
            continue
        if s.in_quote(x.t0):
            x.suppressed = True
            continue
        if owners is None:
            continue
        # a hedge may belong to any named source, another claim only to a strong one; of the
        # sources before the claim the nearest one decides (no boundary after it means none after
        # those before it either), and likewise of the tail sources after it
        hedge = x.kind == HEDGE
        if not x.tail:
            end = owners.nearest_end_before(x.t0, hedge)
            if end is not None and not bounds.between(end, x.t0, not hedge):
                x.suppressed = True
                continue
        start = owners.nearest_tail_after(x.t1, hedge)
        if start is not None and not bounds.between(x.t1, start):
            x.suppressed = True


class _Owners:
    """The named claims of a sentence that can own an unnamed one, by where they end (those that
    come before it) and where the tail ones start (", Ms Alexander says", after it); each list for
    every named claim and for the strong ones alone."""

    __slots__ = ("ends", "strong_ends", "tails", "strong_tails")

    def __init__(self, named: list[Claim]) -> None:
        self.ends = sorted(c.t1 for c in named)
        self.strong_ends = sorted(c.t1 for c in named if c.strong)
        self.tails = sorted(c.t0 for c in named if c.tail)
        self.strong_tails = sorted(c.t0 for c in named if c.tail and c.strong)

    def nearest_end_before(self, t0: int, any_source: bool) -> int | None:
        """The greatest end at or before word ``t0``."""
        ends = self.ends if any_source else self.strong_ends
        i = bisect_right(ends, t0)
        return ends[i - 1] if i else None

    def nearest_tail_after(self, t1: int, any_source: bool) -> int | None:
        """The least start of a tail source at or after word ``t1``."""
        tails = self.tails if any_source else self.strong_tails
        i = bisect_left(tails, t1)
        return tails[i] if i < len(tails) else None


# -- the document ------------------------------------------------------------------------------------
def _resolve(s: Sent, claims: list[Claim], history: list[list]) -> None:
    """Anaphora (B7) and the bare spokesperson (B3), against the sentences before this one."""
    for c in claims:
        if c.kind == "inherit":
            ante = _antecedent(c, history)
            if ante is not None:
                c.kind = ante.kind
                _nested(s, claims)
        elif c.kind == ANONYMOUS and c.cls == "spokes" and _organisation_before(c, history):
            c.kind = NAMED


def _antecedent(c: Claim, history) -> Claim | None:
    """The unnamed source a later sentence's "they said" / "the officials said" refers to.  In the
    same sentence ("analysts said, adding that they expect") it is the same mention: no claim."""
    people = c.cls == "pronoun"
    for row in reversed(history[-_ANTECEDENT_WINDOW - 1 :]):
        claims = row[2]
        for o in reversed(claims):
            if o is c or o.kind not in (ANONYMOUS, VAGUE) or o.sentence == c.sentence and o.t0 >= c.t0:
                continue
            if people and o.cls in phrases.PEOPLE_CLASSES or o.cls == c.cls:
                return None if o.sentence == c.sentence else o
    return None


def _organisation_before(c: Claim, history) -> bool:
    """"X said ..." in this or the previous sentence ties a bare spokesperson to X."""
    for row in history[-2:]:
        for o in row[2]:
            if o.kind == NAMED and o.cls in ("speech", "according") and (o.sentence < c.sentence or o.t0 < c.t0):
                return True
    return False


def _bare_quotes(doc, history, quote_info) -> list[tuple[int, int, int]]:
    """Direct quotations (>= MIN_QUOTE_WORDS words, starting with a capital) with no speaker cue in
    their sentences, the sentence before or the sentence after (across paragraphs).  A quotation
    that continues an earlier one (see quotes.py) has that one's speaker."""
    out = []
    prev_attributed = False
    prev_open = False  # the last quotation ran to the end of its block
    prev_end = -10
    for block_index, quotes, indices in quote_info:
        block = doc.blocks[block_index]
        for q in quotes:
            # same speaker: an opening mark inside an open quotation, a new paragraph after one that
            # ended inside a quotation, or a quotation right after another ("..." "...")
            continued = (
                q.continued
                or (prev_open and q.start - block.start <= 1)
                or (not doc.prose[prev_end + 1 : q.start - 1].strip(' \n\t"“”'))
            )
            i, j = doc.word_range(q.start, q.end)  # the quotation's words
            if not _is_direct_speech(doc, i, j):
                attributed = True  # a phrase or title: nothing to attribute, and no speaker to pass on
            else:
                attributed = continued and prev_attributed or _speaker_near(doc, history, indices, q)
                if not attributed:
                    out.append((q.start, q.end, j - i))
            prev_attributed = attributed
            prev_open = not q.closed and q.end >= block.end - 1
            prev_end = q.end
    return out


def _is_direct_speech(doc, i: int, j: int) -> bool:
    """Are the document's words ``i`` to ``j - 1`` (a quotation's) direct speech?"""
    if j - i < MIN_QUOTE_WORDS:
        return False  # a phrase or scare quote
    starts = doc.word_starts
    if not doc.prose[starts[i]].isupper():
        return False  # a partial quotation woven into the writer's sentence
    # a word longer than the longest small word is not one (lower() never shortens a word)
    content = [a for a, b in zip(starts[i:j], doc.word_ends[i:j]) if b - a > _TITLE_SMALL_MAX or doc.prose[a:b].lower() not in _TITLE_SMALL_WORDS]
    caps = sum(doc.prose[a].isupper() for a in content)
    return caps < 0.8 * len(content)  # not a title ("How to Make a Ribbon Balloon")


def _speaker_near(doc, history: _History, indices, q) -> bool:
    rows = history.rows
    touched = [h for h in indices if rows[h][0] < q.end and q.start < rows[h][1]]
    if not touched:
        return True
    if ":" in doc.prose[max(0, q.start - 3) : q.start]:
        return True
    block = doc.block_at(q.start)
    if block is not None and _BYLINE.match(doc.prose, min(q.end + 1, block.end), block.end):
        return True  # "..." - Cam Newton / "..." Steve Smith
    lo, hi = max(touched[0] - 1, 0), min(touched[-1] + 1, len(rows) - 1)
    return any(_has_speaker(history.sent(h), q.start, q.end) for h in range(lo, hi + 1))


def _has_speaker(s: Sent, qa: int, qb: int) -> bool:
    """A word outside the quotation (and outside any quotation) that is a speaker cue ("said",
    "according") or that a colon and a quoted word follow ("Mr Smith: "...")."""
    marks = s.speaker_marks
    if marks is None:
        marks = s.speaker_marks = _speaker_marks(s)
    # some mark lies outside [qa, qb) when the first lies before it or the last at or after its end
    return bool(marks) and (marks[0] < qa or marks[-1] >= qb)


def _speaker_marks(s: Sent) -> list[int]:
    """Where the words are that ``_has_speaker`` looks for outside any quotation (their prose
    offsets, in order): worked out once per sentence, since a sentence may hold many quotations."""
    inq = s.inq
    # cue words are rare: find them first (one comprehension), then ask where they are
    marks = [s.starts[i] for i, w in enumerate(s.low) if w in _SPEAKER_CUES and not (inq is not None and inq[i])]
    if inq is not None:  # else no quoted word, so no colon before one
        marks += [s.starts[i] for i in range(s.n - 1) if inq[i + 1] and not inq[i] and ":" in s.gap(i + 1)]
        marks.sort()
    return marks
