"""The blocks as the segmenter sees them (:class:`Unit`), the article body they are compared
with (:class:`Body`), and the :class:`Context` the per-block tests share."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from dataclasses import dataclass, field

from . import shape
from ...lazyre import lazy

PROSE_WORDS = 12  # a block this long that ends like a sentence is article prose
SHORT_WORDS = 12  # blocks up to this long may be interface items
CUE_MAX_WORDS = 60  # sentence cues are not looked for in longer blocks
HEADLINE_MAX_WORDS = 20
TITLE_MAX_WORDS = 16  # a link's title in a box of other stories or videos


# -- the units the segmenter reasons about -------------------------------------------------------
@dataclass(slots=True)
class Unit:
    index: int
    start: int
    end: int
    text: str
    n: int  # words (whitespace-separated)
    words: list[str]  # the words, for blocks of up to CUE_MAX_WORDS words (else empty)
    kind: str
    indent: int
    tags: tuple[str, ...]
    final: str = ""
    prose: bool = False
    topic: frozenset[str] = frozenset()  # topic words (short blocks only)
    topics: list[str] = field(default_factory=list)  # topic_words of the text, in order (prose and short blocks)
    lower: frozenset[str] = frozenset()  # its words, lowercased (short blocks only)
    furniture: bool | None = None  # ``structure.not_furniture``, once asked (several tests ask it)




_INITIALS = lazy(r"(?<![\w.])(?:[A-Z]\.){2,}\s*$")  # "S.A.", "U.S.", "D.C."


_TOPIC = lazy(r"[^\W\d_]{4,}")


_TOPIC_ASCII = lazy(r"[a-z]{4,}")  # the same on ASCII text, three times faster


# Han, kana and Hangul: scripts whose words are not cut by spaces (or carry particles)
_CJK_RUN = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
_CJK_CHAR = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


# a letter or digit outside ASCII
_NON_ASCII_WORD = lazy(r"[^\x00-\x7f\W]")


def topic_words(lower: str) -> list[str]:
    """Words of four letters or more (letters only) of a lowercased text; in Chinese, Japanese
    and Korean, pairs of adjacent characters instead (a cheap stand-in for word segmentation)."""
    # Most English news is ASCII but for its punctuation (curly quotes, dashes): when no letter
    # or digit lies outside ASCII, the ASCII pattern finds the same words (the Unicode one and
    # ``max`` cost three times as much); ``topic_words_general`` takes the rest
    if lower.isascii() or not _NON_ASCII_WORD.search(lower):
        return _TOPIC_ASCII.findall(lower)
    return topic_words_general(lower)


def topic_words_general(lower: str) -> list[str]:
    """``topic_words`` for any text (its fast path aside)."""
    if max(lower) < "\u3040":  # no kana, Han or Hangul: no pairs to make (and no CJK regex to compile)
        return _TOPIC.findall(lower)
    out = []
    for w in _TOPIC.findall(lower):
        if _CJK_RUN.search(w):
            out.extend(r[i : i + 2] for r in _CJK_RUN.findall(w) for i in range(len(r) - 1))
        else:
            out.append(w)
    return out


def word_count(text: str, words: int) -> int:
    """Words of a block, counting two Han or kana characters as one word (Chinese and Japanese
    put no spaces between words)."""
    if text.isascii():
        return words
    han = len(_CJK_CHAR.findall(text))  # one scan in C (``max(text)`` first cost more)
    return words + han // 2 if han else words


def build_units(doc) -> list[Unit]:
    out = []
    prose = doc.prose
    for b in doc.blocks:
        text = prose[b.start : b.end]
        n = len(text.split())
        words = shape.WORD.findall(text) if n <= CUE_MAX_WORDS else []
        if words:
            n = len(words)
        n = word_count(text, n)
        u = Unit(b.index, b.start, b.end, text, n, words, b.kind, int(b.meta.get("indent", 0) or 0), tuple(b.meta.get("tags", ()) or ()))
        u.final = shape.final_char(text)
        if u.final == "." and n < PROSE_WORDS and _INITIALS.search(text):
            u.final = text.rstrip()[-2]  # "Top Workplaces in S.A.": a heading, not a sentence
        elif u.final in ("-", "–") and text.rstrip()[-2:] in (":-", ":–"):
            u.final = ":"  # the old colon and dash over a list ("... to be as follows:-")
        u.prose = (n >= PROSE_WORDS and u.final in shape.SENTENCE_END) or (n >= 30 and not _run_of_labels(text, words))
        if words or u.prose:
            # found once per block: the body's words are counted from the prose blocks' lists
            # (``Body``), the short blocks compare their set with them
            u.topics = topic_words(text.lower())
        if words:
            # a typographic apostrophe is the interface's apostrophe ("Editor’s picks", "Don’t
            # have an account?"): the cue tables are written with the straight one
            u.lower = frozenset(map(str.lower, words if "’" not in text else [w.replace("’", "'") for w in words]))
            u.topic = frozenset(u.topics) - shape.STOPWORDS
        out.append(u)
    return out


LABEL_RUN_CAPITALS = 0.75  # of a long block's words capitalised, at least, with no sentence in it


def _run_of_labels(text: str, words: list[str]) -> bool:
    """Is a long block a run of labels (a site's menu set on one line: "EXPLORE Tech Help Pro About
    Us Random Article Quizzes Request a New Article Community Dashboard ..."): no stop inside or at
    its end, and three words in four capitalised?  Not a paragraph, however long."""
    if ". " in text or text.rstrip()[-1:] in ".!?":
        return False
    words = words or text.split()  # (a block over CUE_MAX_WORDS keeps no list of its words)
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= LABEL_RUN_CAPITALS * len(words)


class Body:
    """The topic words of the article's prose blocks, with their counts: does a word of a block
    occur in the body, apart from the block itself?"""

    __slots__ = ("words", "members", "size", "_cohesion")

    def __init__(self, units: list[Unit], in_comments: list[bool]) -> None:
        members = [u for u in units if u.prose and not in_comments[u.index]]
        self.members = frozenset(u.index for u in members)
        # the same as the topic words of the prose blocks joined by spaces, lowercased: a space
        # ends a word and lowercasing does not look across it (see test_boilerplate_fast_paths.py)
        self.words = Counter(chain.from_iterable(u.topics for u in members))
        self.size = sum(self.words.values())  # topic words in all
        self._cohesion: dict[int, float | None] = {}  # block index -> cohesion, once asked

    def __bool__(self) -> bool:
        return bool(self.words)

    def shares(self, u: Unit) -> bool | None:
        """Does the block share a topic word with the body?  None when it has no topic word."""
        if not u.topic or not self.words:
            return None
        words = self.words
        if u.index in self.members:
            co = self.cohesion(u)
            return None if co is None else co > 0
        if not words.keys().isdisjoint(u.topic):
            return True
        return any(v in words for w in u.topic for v in variants(w)[1:])

    def cohesion(self, u: Unit) -> float | None:
        """Share of the block's topic words found in the body (outside the block itself)."""
        # the tests of the headline, the head and the tail ask it of the same blocks
        memo = self._cohesion
        if u.index not in memo:
            memo[u.index] = self._cohesion_of(u)
        return memo[u.index]

    def _cohesion_of(self, u: Unit) -> float | None:
        if not u.topic or not self.words:
            return None
        words = self.words
        own = Counter(u.topics) if u.index in self.members else None
        shared = 0
        for w in u.topic:
            # the word itself first: most shared words are found as they are, and their
            # inflections need not be built (``variants(w)[0]`` is ``w``)
            if words.get(w, 0) > (own[w] if own else 0):
                shared += 1
                continue
            for v in variants(w)[1:]:
                if words.get(v, 0) > (own[v] if own else 0):
                    shared += 1
                    break
        return shared / len(u.topic)


def variants(w: str) -> tuple[str, ...]:
    """The word and its closest inflections, so that "models" in a headline meets "model" in the
    text (a cheap stand-in for stemming, applied to the few words of short blocks only)."""
    out = [w, w + "s", w + "es", w + "ed", w + "ing"]
    if w[-1] == "a":  # "India" in a headline, "Indian" in the text
        out.append(w + "n")
    for suffix in ("ies", "es", "s", "ed", "ing", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= (3 if suffix == "s" else 4):  # "buys": "buying"
            stem = w[: -len(suffix)]
            out.extend((stem, stem + "e", stem + "y", stem + "s", stem + "ed", stem + "ing"))
    return tuple(out)


# -- one block ----------------------------------------------------------------------------------
@dataclass(slots=True)
class Context:
    units: list[Unit]
    body: tuple[int, int] | None
    body_words: Body
    doc_script: str | None
    in_comments: list[bool]
    links: list[tuple[int, int]]
    edge: list[bool]
    repeated: list[bool]  # the same text stands in another block too
    doc_counts: dict[str, int] = field(default_factory=dict)  # letters per script in the document
    weak: dict[int, str] = field(default_factory=dict)  # one-word labels that need company ("Home")
    brands: set[str] = field(default_factory=set)  # site names that sign captions
    language: str | None = None  # the body's language, when its function words are clear
    headline: int | None = None  # the story's own headline (``position.headline``), never a leftover
    pipe_table: bool | None = None  # does the draft hold a table written with bars (``classify``), once asked
    measures: list[bool] | None = None  # each block in a list of measures (``structure.in_measures``), once asked
    story_lists: list[bool] | None = None  # each block in a list reaching the body (``tables.in_story_list``), once asked
    headline_words: frozenset[str] | None = None  # the headline's topic words and their inflections (``shares_headline``), once asked
    numbered_crumbs: list[bool] | None = None  # each block a step of a numbered trail with a Home step (``classify``), once asked
    listing_labels: dict[str, bool] = field(default_factory=dict)  # a repeated short line's text: a listing's label? (``classify``), once asked
    tail_start: int | None = None  # the first block of the edge zone closing the draft (``structure._rows_go_on``), once asked
    body_text: str | None = None  # the body's prose as ``lexicon.key`` words, space-framed (``lists._named_in_body``), once asked
    prefixed_listing: frozenset[int] | None = None  # the titles and teasers of a listing under one label ("Review: ...", ``classify``), once asked
    shattered: bool | None = None  # is the draft's text broken into fragments of a few letters a line (``classify``), once asked


def recurring(units: list[Unit], key, at_least: int) -> list[list[int]]:
    """The blocks that share a ``key`` (a function of a block, None for no key) with at least
    ``at_least - 1`` others, grouped by it: a gallery's counters out of one total, headlines signed
    with one site's name, one document's title over each of its pages."""
    groups: dict[str, list[int]] = {}
    for u in units:
        k = key(u)
        if k is not None:
            groups.setdefault(k, []).append(u.index)
    return [where for where in groups.values() if len(where) >= at_least]


def shares_headline(u: Unit, ctx: Context) -> bool:
    """Does the block share with the story's headline (the headline being another block) a topic
    word it writes in lower case?  "Intended impact of project" under "Storm Drain Stenciling
    Service Project" names a part of the story, whatever its prose says.  A capitalised word is
    no evidence: the site's other headlines name the same city ("Toronto")."""
    if ctx.headline is None or u.index == ctx.headline or not u.topic:
        return False
    if ctx.headline_words is None:
        ctx.headline_words = frozenset(v for w in ctx.units[ctx.headline].topic for v in variants(w))
    shared = ctx.headline_words.intersection(u.topic)
    return bool(shared) and any(w in shared for w in u.words if w.islower())
