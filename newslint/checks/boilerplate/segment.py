"""Article body versus page leftovers: one segmentation per document, shared by the BP rules.

The segmenter looks at blocks, not phrases alone:

* **the body** -- the run of prose blocks (long, ending like sentences) that carries the article;
  blocks before its first or after its last paragraph are where page furniture sits;
* **cohesion** -- whether a block shares topic words with the body: a headline or subheading
  does, a navigation item or another story's headline usually does not;
* **shape** -- length, final punctuation, title case, counts "(12)", month archives, bullets;
* **neighbours** -- a short item in a run of flagged items is part of the same list;
* **repetition** -- a caption repeated beside its credit, a fragment of branding repeated;
* **script** -- a line in another script than the article's;
* **cues** -- interface vocabulary (``cues.py``), as one signal: a label word counts only when it
  makes up the block, a lead phrase only at the start of a short block;
* **HTML landmarks** -- ``nav``, ``footer``, ``aside``, ``form`` around a block (``block.meta["tags"]``).

The result is a list of :class:`Leftover` (family, prose span, block range) and the reader-comment
sections; each BP rule reports the leftovers of its family.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...matching import PhraseMatcher
from . import cues, shape
from .comments import CommentSection, find_sections
from .names import looks_like_person

MEMO_KEY = "boilerplate.segmentation"

# Families, in the order rules are numbered.
COPYRIGHT = "copyright"
TAGLINE = "tagline"
NAVIGATION = "navigation"
SHARE = "share"
LOGIN = "login"
COMMENTS = "comments"
CREDIT = "credit"
NOTICE = "notice"
RELATED = "related"
SCRIPT = "script"
DANGLING = "dangling"

PROSE_WORDS = 12  # a block this long that ends like a sentence is article prose
SHORT_WORDS = 12  # blocks up to this long may be interface items
CUE_MAX_WORDS = 60  # sentence cues are not looked for in longer blocks
HEADLINE_MAX_WORDS = 20


@dataclass(frozen=True, slots=True)
class Leftover:
    family: str
    start: int  # prose offsets
    end: int
    first: int  # block indices, inclusive
    last: int
    what: str  # a few words for the message: "copyright line", "navigation or tag list (3 lines)"

    @property
    def several(self) -> bool:
        return self.last > self.first


@dataclass
class Segmentation:
    leftovers: list[Leftover] = field(default_factory=list)
    sections: list[CommentSection] = field(default_factory=list)
    headers: list[tuple[int, int]] = field(default_factory=list)  # prose spans of commenter headers
    body: tuple[int, int] | None = None  # first and last block index of the article body

    def of(self, family: str) -> list[Leftover]:
        return [x for x in self.leftovers if x.family == family]


# -- matchers, built once per process on first use ----------------------------------------------
_TABLES = {"anywhere": cues.ANYWHERE, "short": cues.SHORT, "leads": cues.LEADS, "labels": cues.LABELS}
_MATCHERS: dict[str, tuple[PhraseMatcher, dict[str, str], frozenset[str]]] = {}


def _key(phrase: str) -> str:
    return " ".join(w.lower() for w in shape.WORD.findall(phrase))


def _matcher(kind: str) -> tuple[PhraseMatcher, dict[str, str], frozenset[str]]:
    """The phrase matcher of one cue table, the family of each phrase, and the words that must
    be in a block for any phrase to match (each phrase's first word)."""
    got = _MATCHERS.get(kind)
    if got is None:
        m = PhraseMatcher(())
        family: dict[str, str] = {}
        for fam, phrases in _TABLES[kind].items():
            for p in phrases:
                k = _key(p)
                if k and k not in family:
                    m.add(p)
                    family[k] = fam
        # the longest word of each phrase: a block without any of them cannot match
        firsts = frozenset(max(k.split(), key=len) for k in family)
        got = _MATCHERS[kind] = (m, family, firsts)
    return got


def _cue(kind: str, u: Unit, text: str | None = None, lead_only: bool = False) -> str | None:
    """Family of the first phrase of table ``kind`` in the block (at its start when ``lead_only``)."""
    m, family, firsts = _matcher(kind)
    if firsts.isdisjoint(u.lower):
        return None
    text = u.text if text is None else text
    for a, _b, phrase in m.finditer(text):
        if lead_only and text[:a].strip(_DECORATION):
            return None
        return family[_key(phrase)]
    return None


_DECORATION = " \t-–—•·►▶›»|:*>+⇢→"


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
    lower: frozenset[str] = frozenset()  # its words, lowercased (short blocks only)


_TOPIC = re.compile(r"[^\W\d_]{4,}")
_TOPIC_ASCII = re.compile(r"[a-z]{4,}")  # the same on ASCII text, three times faster


def topic_words(lower: str) -> list[str]:
    """Words of four letters or more (letters only) of a lowercased text."""
    return (_TOPIC_ASCII if lower.isascii() else _TOPIC).findall(lower)


def _units(doc) -> list[Unit]:
    out = []
    prose = doc.prose
    for b in doc.blocks:
        text = prose[b.start : b.end]
        n = len(text.split())
        words = shape.WORD.findall(text) if n <= CUE_MAX_WORDS else []
        if words:
            n = len(words)
        u = Unit(b.index, b.start, b.end, text, n, words, b.kind, int(b.meta.get("indent", 0) or 0), tuple(b.meta.get("tags", ()) or ()))
        u.final = shape.final_char(text)
        u.prose = (n >= PROSE_WORDS and u.final in shape.SENTENCE_END) or n >= 30
        if words:
            u.lower = frozenset(map(str.lower, words))
            u.topic = frozenset(topic_words(text.lower())) - shape.STOPWORDS
        out.append(u)
    return out


class Body:
    """The topic words of the article's prose blocks, with their counts: does a word of a block
    occur in the body, apart from the block itself?"""

    __slots__ = ("words", "members")

    def __init__(self, units: list[Unit], in_comments: list[bool]) -> None:
        members = [u for u in units if u.prose and not in_comments[u.index]]
        self.members = frozenset(u.index for u in members)
        self.words = Counter(topic_words(" ".join(u.text for u in members).lower()))

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
        return any(v in words for w in u.topic for v in _variants(w)[1:])

    def cohesion(self, u: Unit) -> float | None:
        """Share of the block's topic words found in the body (outside the block itself)."""
        if not u.topic or not self.words:
            return None
        words = self.words
        own = Counter(topic_words(u.text.lower())) if u.index in self.members else None
        shared = 0
        for w in u.topic:
            for v in _variants(w):
                if words.get(v, 0) > (own[v] if own else 0):
                    shared += 1
                    break
        return shared / len(u.topic)


def _variants(w: str) -> tuple[str, ...]:
    """The word and its closest inflections, so that "models" in a headline meets "model" in the
    text (a cheap stand-in for stemming, applied to the few words of short blocks only)."""
    out = [w, w + "s", w + "es", w + "ed", w + "ing"]
    for suffix in ("ies", "es", "s", "ed", "ing", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            stem = w[: -len(suffix)]
            out.extend((stem, stem + "e", stem + "y", stem + "s", stem + "ed", stem + "ing"))
    return tuple(out)


# -- the segmentation ---------------------------------------------------------------------------
def segmentation(doc) -> Segmentation:
    return doc.memo(MEMO_KEY, lambda: _segment(doc))


def _segment(doc) -> Segmentation:
    units = _units(doc)
    seg = Segmentation()
    if not units:
        return seg
    # 1. reader comments
    seg.sections = find_sections([u.text for u in units], [u.indent for u in units])
    in_comments = [False] * len(units)
    for s in seg.sections:
        for i in range(s.first, s.last + 1):
            in_comments[i] = True
        seg.headers.extend((units[i].start, units[i].end) for i in s.headers)
    # 2. the body: first to last prose block outside comments
    prose_idx = [u.index for u in units if u.prose and not in_comments[u.index]]
    if prose_idx:
        seg.body = (prose_idx[0], prose_idx[-1])
    body_words = Body(units, in_comments)
    doc_counts = {"latin": 1} if doc.prose.isascii() else shape.script_counts(doc.prose)
    doc_script = _main_script(doc_counts)
    # 3. each block on its own
    structural = body_words and doc_script not in ("cjk", "thai")
    edge = edge_zones(units, body_words, in_comments) if structural else [False] * len(units)
    seen = Counter(u.text for u in units)
    repeated = [seen[u.text] > 1 for u in units]
    ctx = _Ctx(units, seg.body, body_words, doc_script, in_comments, [(k.start, k.end) for k in doc.links], edge, repeated)
    if "latin" not in doc_counts or len(doc_counts) > 1:
        ctx.doc_counts = doc_counts
    verdicts: list[tuple[str, str] | None] = [None] * len(units)
    for u in units:
        if in_comments[u.index]:
            continue
        verdicts[u.index] = _classify(u, ctx)
    # 4. list context: short items between flagged items outside the body belong to the list
    _fill_lists(ctx, verdicts)
    _extend_headed_lists(ctx, verdicts)
    # 5. runs of one family become one finding
    seg.leftovers = _runs(units, verdicts)
    for s in seg.sections:
        a, b = units[s.first], units[s.last]
        seg.leftovers.append(Leftover(COMMENTS, a.start, b.end, s.first, s.last, f"reader comments ({len(s.headers)} comments)"))
    seg.leftovers.sort(key=lambda x: (x.start, x.end))
    return seg


def cohesion(u: Unit, body: Body) -> float | None:
    return body.cohesion(u)


def _main_script(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return script if n >= 0.8 * sum(counts.values()) else None


# -- one block ----------------------------------------------------------------------------------
@dataclass(slots=True)
class _Ctx:
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


def _classify(u: Unit, ctx: _Ctx) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    n = u.n
    if n == 0:
        return None
    landmark = _landmark(u, ctx.body_words)
    if landmark:
        return landmark
    short = n <= SHORT_WORDS
    if n <= CUE_MAX_WORDS:
        fam = _cue("anywhere", u)
        if not fam and short:
            fam = _cue("short", u)
            # "Most popular ..." or "Related coverage ..." may open a sentence of the story
            if fam == RELATED and u.final in shape.SENTENCE_END and n > 4:
                fam = None
        if fam:
            return fam, _describe(fam, u)
    low = text.lower()
    if "©" in text or "(c)" in low or low.startswith("copyright"):
        hit = _copyright_or_credit(u)
        if hit:
            return hit
    if short and not (u.final in shape.SENTENCE_END and n > 6):
        hit = _label_or_lead(u, ctx)
        if hit:
            return hit
    for test in (_credit, _tagline, _foreign_script, _dangling, _structural):
        hit = test(u, ctx)
        if hit:
            return hit
    return None


def _describe(fam: str, u: Unit) -> str:
    """A closer name for some leftovers: a cookie notice is not a paywall."""
    if fam == NOTICE:
        if "cookie" in u.lower or "cookies" in u.lower:
            return "cookie notice"
        if u.lower & {"advertisement", "advertising", "ad", "ads", "sponsored", "paid", "promoted"}:
            return "advertising marker"
        return "paywall or subscription notice"
    return _WHAT[fam]


def _landmark(u: Unit, body_words: Body) -> tuple[str, str] | None:
    tags = u.tags
    if not tags:
        return None
    if "nav" in tags:
        return NAVIGATION, "navigation menu (HTML nav)"
    if "footer" in tags:
        return (COPYRIGHT, "page footer") if ("©" in u.text or "copyright" in u.text.lower()) else (NAVIGATION, "page footer")
    if "form" in tags or "button" in tags or "label" in tags:
        # a newsletter form is a subscribe prompt, a "Share" button a share button
        fam = _cue("anywhere", u) or _cue("short", u)
        if fam is None:
            labels = _all_labels(u, u.text, u.words)
            fam = labels[0] if labels else None
        if fam in (SHARE, NOTICE, NAVIGATION, RELATED):
            return fam, f"{_WHAT[fam]} (HTML {'form' if 'form' in tags else 'button'})"
        return LOGIN, "form or button text"
    if "aside" in tags:
        co = cohesion(u, body_words)
        if not u.prose and (co is None or co < 0.5):
            return RELATED, "sidebar (HTML aside)"
    return None


# "© 2024 Town Herald", "Copyright IBTimes 2024", "(c) Reuters": a sign or the word, then a year or a name
_COPY_RE = re.compile(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:©\s*)?(?:(?:19|20)\d\d|[A-Z])")
_PHOTO_WORDS = frozenset("photo photos foto fotos фото image images picture bild photograph credit".split())


def _copyright_or_credit(u: Unit) -> tuple[str, str] | None:
    words = [w.lower() for w in shape.WORD.findall(u.text[:60])]
    if u.text.lstrip().startswith(("©", "(c)", "(C)")) and any(w in _PHOTO_WORDS for w in words[:2]):
        return CREDIT, _WHAT[CREDIT]
    if u.n <= 30 and _COPY_RE.search(u.text):
        return COPYRIGHT, _WHAT[COPYRIGHT]
    return None


def _label_or_lead(u: Unit, ctx: _Ctx) -> tuple[str, str] | None:
    text = shape.strip_decoration(u.text)
    words = shape.WORD.findall(text)
    if not words:
        return None
    low = text.lower()
    # "Tags: Iran, Iraq" / "Filed under: World"
    colon = low.find(":")
    if 0 < colon < 30:
        head = low[:colon].strip()
        for fam, labels in cues.LIST_LABELS.items():
            if head in labels:
                return fam, _WHAT_LIST.get(fam, _WHAT[fam])
    # the whole block is labels ("Share Tweet Email", "Comments (7)", "Advertisement")
    hit = _all_labels(u, text, words)
    if hit and hit[1] == "weak":
        ctx.weak[u.index] = hit[0]
    elif hit:
        return hit
    # "More from Business", "Follow us on Instagram"
    if u.final not in shape.SENTENCE_END:
        fam = _cue("leads", u, text, lead_only=True)
        if fam:
            return fam, _WHAT[fam]
    archive = _archive(u, text, words)
    if archive:
        return archive
    return None


def _archive(u: Unit, text: str, words: list[str]) -> tuple[str, str] | None:
    """Archive and category entries: "June 2012", "► May (15)", "2008 (212)", "Salads (48)",
    "Health »"."""
    if shape.is_month_archive(words):
        return NAVIGATION, "archive link"
    if shape.has_count(text) and len(words) <= 6:
        digits = sum(1 for w in words if w.isdigit())
        if digits == 1 or (digits == 2 and shape.has_year(text)):
            return NAVIGATION, "archive or category link"
    if len(words) <= 6 and u.text.rstrip()[-1:] in "»›" and not u.text.lstrip().startswith(("«", "‹")):
        return NAVIGATION, "navigation link"
    return None


def _all_labels(u: Unit, text: str, words: list[str]) -> tuple[str, str] | None:
    m, family, firsts = _matcher("labels")
    if firsts.isdisjoint(u.lower):
        return None
    covered = 0
    fams: Counter = Counter()
    for _a, _b, phrase in m.finditer(text):
        k = _key(phrase)
        covered += k.count(" ") + 1
        fams[family[k]] += 1
    alpha = [w for w in words if not w.isdigit()]
    if not alpha or covered < len(alpha):
        return None
    fam = fams.most_common(1)[0][0]
    if len(alpha) == 1 and alpha[0].lower() in _AMBIGUOUS_SINGLE and not shape.has_count(text):
        return fam, "weak"  # a label only next to other furniture
    return fam, _describe(fam, u)


# Single words that are labels only in company (a line "World" may be a heading).
_AMBIGUOUS_SINGLE = {w: True for w in (
    "news world business sport sports opinion politics tech technology entertainment lifestyle health "
    "science travel video videos photos photo image images picture source local events weather home "
    "about contact email website name account more next previous latest popular related archive "
    "search help terms privacy jobs careers blogs credit credits podcasts section sections topics "
    "categories category tags tag ad print follow subscribe login register comment"
).split()}


# "Photo: Reuters A man walks ..." -- a credit label with a caption run on after it
_CREDIT_LEAD = re.compile(
    r"^\s*(?:©\s*)?(?:photo(?:graph)?s?|image|picture|foto|фото|bild)\s*(?:credit)?\s*:\s*\S", re.I
)
# "... a man walks past the ruins (Photo: Reuters)" at the end of a paragraph
_CREDIT_TAIL = re.compile(r"\((?:photo|image|picture|foto)(?:\s+credit)?\s*(?::|by)\s*[^)]{2,60}\)\s*$", re.I)
# "... North Dakota, US  - Sputnik International, 1920, 09.08.2021": branding and a date stamp
_BRAND_STAMP = re.compile(r"\s[-–—|]\s+[^\s][^.!?]{2,40},\s*(?:\d{4},\s*)?\d{1,2}\.\d{1,2}\.\d{4}\s*$")


def _credit(u: Unit, ctx: _Ctx) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    if 10 <= u.n <= 80 and _CREDIT_LEAD.match(text):
        return CREDIT, "photo credit run into a caption"
    m = _CREDIT_TAIL.search(text) if text.endswith(")") else None
    if m and u.n > 12:
        return CREDIT, "photo credit run into the text", u.start + m.start(), u.start + m.end()
    # a caption repeated next to its credit, signed with the site's name and a date stamp
    m = _BRAND_STAMP.search(text) if u.n <= 60 and text[-1].isdigit() else None
    if m:
        caption = text[: m.start()].strip()
        if len(caption) >= 20:
            for v in ctx.units[max(0, u.index - 2) : u.index + 3]:
                if v.index != u.index and caption in v.text:
                    return CREDIT, "photo caption repeated with the site's name and a date stamp"
    return None


_TAGLINE_WORDS = frozenset(
    """news latest breaking stories story coverage analysis features opinion headlines journalism
    updates source trusted independent award-winning everything daily voice world's around
    live off-beat insight insights reporting information""".split()
)


def _tagline(u: Unit, ctx: _Ctx) -> tuple[str, str] | None:
    """A slogan sentence before the article (or after it) that shares nothing with it."""
    if ctx.body is None or not 5 <= u.n <= 30:
        return None
    if ctx.body[0] < u.index <= ctx.body[1]:  # inside the article
        return None
    if len(u.lower & _TAGLINE_WORDS) < 2:
        return None
    co = cohesion(u, ctx.body_words)
    if co is None or co > 0.2:
        return None
    return TAGLINE, _WHAT[TAGLINE]


def _foreign_script(u: Unit, ctx: _Ctx) -> tuple[str, str] | None:
    """A short line (2-8 words, no sentence punctuation) all in one script, in a document whose
    other text is in another script: "Заголовок открываемого материала" under an English story."""
    if not ctx.doc_counts or u.n < 2 or u.n > 8 or u.final in shape.SENTENCE_END or u.text.isascii():
        return None
    counts = shape.script_counts(u.text)
    total = sum(counts.values())
    if total < 6:
        return None
    script, k = max(counts.items(), key=lambda kv: kv[1])
    if script in ("other", "latin") or k < 0.9 * total:  # Latin lines: brand names, too risky
        return None
    rest = {s: n - counts.get(s, 0) for s, n in ctx.doc_counts.items()}
    main, m = max(rest.items(), key=lambda kv: kv[1])
    if main == script or m < 0.9 * sum(rest.values()) or m < 3 * total:
        return None
    return SCRIPT, f"interface text in {script.capitalize()} script in a {main.capitalize()}-script article"


_DANGLING_INLINE = re.compile(
    r"[\[(]\s*(?:(?:see|click|read|view|watch|follow)\s+)?(?:the\s+)?(?:related\s+)?links?(?:\s+(?:below|above|here))?\s*[\])]"
    r"|[\[(]\s*(?:(?:see|click|read|view|watch)\s+)?(?:the\s+)?(?:list|video|map|chart|graphic|gallery|photos?|slideshow|table)"
    r"\s+(?:below|above)\s*[\])]"
    r"|[\[(]\s*(?:click\s+)?here\s*[\])]",
    re.I,
)
# "see the following LWJ articles:", "For more, read these stories:", "Related reading:"
_LIST_INTRO = re.compile(
    r"\b(?:see|read|visit|check out|watch|following|these|those|below|more|other|related|previous|earlier)\b"
    r"[^.!?:]{0,120}\b(?:articles?|stories|links?|posts|pieces|resources|reading|videos|podcasts|sites|websites|reports)\s*:\s*$"
    r"|^(?:see also|see|read more|read also|more|related|further reading|more reading|recommended reading)\s*:\s*$",
    re.I,
)
_INTRO_TAIL = 200  # characters at the end of a block where an introduction is looked for


def _dangling(u: Unit, ctx: _Ctx) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    m = _DANGLING_INLINE.search(text) if ("[" in text or "(" in text) else None
    if m and not _links_follow(u, ctx):
        return DANGLING, f"{m.group()!r} points to links that are not in the text", u.start + m.start(), u.start + m.end()
    if u.final == ":" and _LIST_INTRO.search(u.text[-_INTRO_TAIL:].lstrip()) and not _list_follows(u, ctx):
        # the last sentence of the block is the introduction
        cut = max(u.text.rfind(". ", 0, len(u.text) - 1), u.text.rfind("? "), u.text.rfind("! "))
        a = u.start + (cut + 2 if cut >= 0 else 0)
        return DANGLING, "this line introduces a list that is not in the text", a, u.end
    return None


def _list_follows(u: Unit, ctx: _Ctx) -> bool:
    """Is the next block a list item or a short line (not a commenter header, not a comment)?"""
    i = u.index + 1
    if i >= len(ctx.units) or ctx.in_comments[i]:
        return False
    v = ctx.units[i]
    return v.kind == "list-item" or (v.n <= 20 and not v.prose)


def _links_follow(u: Unit, ctx: _Ctx) -> bool:
    """Links, or list items outside reader comments, anywhere after this block."""
    if any(a >= u.start for a, _ in ctx.links):
        return True
    return any(v.kind == "list-item" and not ctx.in_comments[v.index] for v in ctx.units[u.index + 1 :])


def _structural(u: Unit, ctx: _Ctx) -> tuple[str, str] | None:
    """No cue: a short item before the article or after it that shares no word with it."""
    if not ctx.edge[u.index] or not 2 <= u.n <= HEADLINE_MAX_WORDS or u.final in ".,;:!?":
        return None
    if ctx.body_words.shares(u) is not False or _not_furniture(u) or ctx.repeated[u.index]:
        return None
    if u.n >= 5 and not shape.is_title_case(u.words) or u.n > SHORT_WORDS:
        return RELATED, "headline of another story"
    return NAVIGATION, "navigation or section link"


_BYLINE = re.compile(
    r"^(?:by|posted|written|published|updated|source|sources|photo|photos|image|images|via|from|credit|"
    r"reporting|editing|additional reporting|with|von|par|por|di|da|cross-?posted|re-?posted|"
    r"originally (?:published|posted)|this (?:article|story|post|entry) (?:was|first|originally))\b"
    r"|\b(?:credit|credits|courtesy)\b",
    re.I,
)
# "BAAR, SWITZERLAND", "NAIROBI, Kenya": a dateline
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,\s+[A-Z][\w .'’-]*$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-z][.)])\s")
_CONTACT = re.compile(r"\S@\S+\.\w|\d[\d ().-]{6,}\d")


def _not_furniture(u: Unit) -> bool:
    """Article furniture that shares no word with the body: dates, bylines, credits, numbered
    items, addresses of links."""
    text = u.text
    if _BYLINE.search(text) or _DATELINE.match(text) or _NUMBERED.match(text) or "://" in text or "www." in text or _CONTACT.search(text):
        return True
    if text[0] in "\"“‘'«„(":
        return True
    return _looks_like_date(u) or looks_like_person(text)


def _looks_like_date(u: Unit) -> bool:
    words = [w.lower() for w in u.words]
    named = any(w in cues.MONTHS or w in cues.WEEKDAYS for w in words)
    return named and any(w.isdigit() for w in words)


def edge_zones(units: list[Unit], body_words: Body, in_comments: list[bool]) -> list[bool]:
    """Blocks before the first block that belongs to the article (prose, or sharing words with
    it) and after the last one: where page furniture sits."""
    n = len(units)
    edge = [False] * n

    def anchor(u: Unit) -> bool:
        if in_comments[u.index]:
            return False
        if u.prose:
            return True
        return body_words.shares(u) is not False

    i = 0
    while i < n and not anchor(units[i]):
        edge[i] = True
        i += 1
    j = n - 1
    while j > i and not anchor(units[j]):
        edge[j] = True
        j -= 1
    return edge


def _fill_lists(ctx: _Ctx, verdicts) -> None:
    """Outside the body, a short item among flagged items of a list is part of the list: between
    two of them, or in a run of three or more short items of which two thirds are flagged."""
    units = ctx.units
    body = ctx.body
    n = len(units)

    def listy(u: Unit) -> bool:
        return not u.prose and 1 <= u.n <= 8 and not ctx.in_comments[u.index] and (
            body is None or u.index < body[0] or u.index > body[1]
        )

    def list_family(v) -> str | None:
        return v[0] if v and len(v) == 2 and v[0] in (NAVIGATION, RELATED, SHARE) else None

    i = 0
    while i < n:
        if not listy(units[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and listy(units[j + 1]):
            j += 1
        run = range(i, j + 1)
        fams = Counter(f for k in run if (f := list_family(verdicts[k])))
        if fams and len(run) >= 3 and 3 * sum(fams.values()) >= 2 * len(run):
            fam = fams.most_common(1)[0][0]
            for k in run:
                if verdicts[k] is None:
                    verdicts[k] = (fam, _WHAT_LIST[fam])
        else:
            for k in run:
                if verdicts[k] is None and 0 < k < n - 1:
                    prev, nxt = list_family(verdicts[k - 1]), list_family(verdicts[k + 1])
                    if prev and prev == nxt:
                        verdicts[k] = verdicts[k - 1]
        i = j + 1
    # "Home" next to "Skip to content": a one-word label in company
    for k, fam in ctx.weak.items():
        if verdicts[k] is None:
            near = [list_family(verdicts[m]) for m in (k - 1, k + 1) if 0 <= m < n]
            if any(near) or (ctx.edge[k] and k in (0, n - 1)):
                verdicts[k] = (fam, _describe(fam, units[k]))


def _extend_headed_lists(ctx: _Ctx, verdicts) -> None:
    """The list items right after a flagged "Related articles" or "Tags:" heading are its links."""
    units = ctx.units
    for u in units:
        v = verdicts[u.index]
        if not v or len(v) != 2 or v[0] not in (RELATED, NAVIGATION, SHARE) or u.n > 8:
            continue
        j = u.index + 1
        while j < len(units) and verdicts[j] is None and units[j].kind == "list-item" and units[j].n <= 25 and not ctx.in_comments[j]:
            verdicts[j] = v
            j += 1


def _runs(units: list[Unit], verdicts) -> list[Leftover]:
    """Consecutive blocks of one family (that merges) become one finding."""
    out: list[Leftover] = []
    i = 0
    n = len(units)
    while i < n:
        v = verdicts[i]
        if v is None:
            i += 1
            continue
        if len(v) == 4:  # a span inside the block
            out.append(Leftover(v[0], v[2], v[3], i, i, v[1]))
            i += 1
            continue
        j = i
        while j + 1 < n and verdicts[j + 1] is not None and len(verdicts[j + 1]) == 2 and verdicts[j + 1][0] == v[0] and v[0] in _MERGING:
            j += 1
        what = v[1]
        if j > i:
            what = _WHAT_LIST.get(v[0], v[1]) + f" ({j - i + 1} lines)"
        out.append(Leftover(v[0], units[i].start, units[j].end, i, j, what))
        i = j + 1
    return out


_MERGING = frozenset({NAVIGATION, RELATED, SHARE, LOGIN, NOTICE, COPYRIGHT})
_WHAT = {
    COPYRIGHT: "copyright line",
    TAGLINE: "site tagline",
    NAVIGATION: "navigation link",
    SHARE: "share or subscribe prompt",
    LOGIN: "login or comment-form prompt",
    CREDIT: "photo credit",
    NOTICE: "page notice",
    RELATED: "link to other stories",
    SCRIPT: "interface text in another script",
    DANGLING: "reference to links that were not copied",
    COMMENTS: "reader comments",
}
_WHAT_LIST = {
    NAVIGATION: "navigation or tag list",
    RELATED: "list of links to other stories",
    SHARE: "share and follow buttons",
    LOGIN: "login and comment-form prompts",
    NOTICE: "page notices",
    COPYRIGHT: "copyright footer",
    CREDIT: "photo credit",
}
