"""Finders for legally mandated labels and state-media leftovers, by the structure of each formula.

Each family is recognised by the shape the law or the platform gives it, in Russian and English,
not by exact strings:

- banned-organisation notes: "<org> is a terrorist/extremist organisation banned in Russia",
  "(banned in Russia)", "запрещённой в России организации", "деятельность которой запрещена в России
  как экстремистская", "This organization is under UN sanctions for terrorist activity";
- foreign-agent labels: "this message (material) was created and/or distributed by ... foreign agent"
  (2019 form) and "this material (information) was produced, distributed and/or sent by a foreign
  agent" (2022 form); short footnotes and parentheticals ("*Минюст признал иноагентами");
- FARA notices: "... distributed by X on behalf of Y ... Additional information is on file with the
  Department of Justice";
- platform labels: "<Country> state-affiliated/state-controlled media", "funded in whole or in part by
  the <X> government";
- paid supplements: "An Advertising Supplement to <Paper>", "prepared by China Daily, People's Republic
  of China".

A news sentence that reports a ban ("Telegram was banned in Russia in 2018") or a designation
(«X признан иноагентом») is not a label: outside a footnote or a parenthesis the finders need the
formula's own structure (a designation adjective before "banned", an attributive participle, a
"this material" subject) and reject the past-tense predicates of news.
"""

from __future__ import annotations


from ...diagnostics import Span
from ...document import LIST_ITEM
from .banned import find_banned
from .fara import find_fara
from .foreign_agent import find_foreign_agent
from .platform import find_platform
from .segments import FOOTNOTE_STAR, Label
from .supplement import find_supplement
from ...lazyre import lazy

# Cheap prefilters (lower-cased substrings): a family's finder runs only on a block that holds
# one of its stems.
_STEMS = {
    "banned": ("russia", "росси", "рф", "sanctions", "санкци", "запрещ"),
    "foreign-agent": ("foreign agent", "foreign-agent", "иностранн", "иноагент"),
    "fara": ("department of justice", "on behalf of"),
    "platform": (
        "affiliated media", "controlled media", "funded media", "run media", "in whole or in part",
        "public broadcast", "government organi", "government official", "government account",
    ),
    "supplement": (
        "supplement", "prepared by", "produced by", "supplied by", "provided by", "paid for by",
        "sponsored by", "presented by", "brought to you by", "section to", "feature to", "insert to",
        "sponsored content", "paid content", "advertorial",
    ),
}
_ALL_STEMS = tuple(s for stems in _STEMS.values() for s in stems)

# The gate ``_any_stem`` runs on every document, and most documents hold no stem: testing the 38
# stems one by one is 38 scans of the text.  English stems are grouped under a word every stem of
# the group contains ("media" for "affiliated media", "run media" ...), so one scan rules out a
# group; this is exact (a stem in the text means its key is in it).  The Cyrillic stems are all
# written in а-я, so they are tried only when the text holds such a letter.
_GATE_KEYS = ("foreign", "media", "government", "ed by", "content")
_GATE: dict[str, list[str]] = {}
for _s in _ALL_STEMS:
    if _s.isascii():
        _GATE.setdefault(next((k for k in _GATE_KEYS if k in _s), _s), []).append(_s)
_CYRILLIC_STEMS = tuple(s for s in _ALL_STEMS if not s.isascii())
_CYRILLIC = lazy("[а-я]")


def _any_stem(low: str) -> bool:
    """``any(s in low for s in _ALL_STEMS)``, in fewer scans (``low`` is lower-cased)."""
    for key, stems in _GATE.items():
        if key in low and any(s in low for s in stems):
            return True
    return not low.isascii() and _CYRILLIC.search(low) is not None and any(s in low for s in _CYRILLIC_STEMS)


def _merge(labels: list[Label]) -> list[Label]:
    labels.sort(key=lambda x: (x.span.start, -x.span.end))
    out: list[Label] = []
    for lab in labels:
        if out and lab.span.start < out[-1].span.end:
            prev = out[-1]
            if lab.span.end > prev.span.end:
                out[-1] = Label(Span(prev.span.start, lab.span.end), prev.family, prev.footnote or lab.footnote)
            continue
        out.append(lab)
    return out


def _has(low: str, family: str) -> bool:
    return any(s in low for s in _STEMS[family])


def find_in_text(text: str, starred: bool = False) -> list[Label]:
    """Labels in one block's text (block-relative spans).  ``starred``: the block is a footnote
    whose asterisk is markup, not text (a Markdown list item written "* ...")."""
    low = text.lower()
    if not _any_stem(low):
        return []
    stars = [m.start() for m in FOOTNOTE_STAR.finditer(text)] if "*" in text else []
    if starred and (not stars or stars[0] != 0):
        stars.insert(0, 0)
    labels: list[Label] = []
    if _has(low, "banned"):
        labels += find_banned(text, stars)
    if _has(low, "foreign-agent"):
        labels += find_foreign_agent(text, stars)
    if _has(low, "fara"):
        labels += find_fara(text)
    if _has(low, "platform"):
        labels += find_platform(text)
    if _has(low, "supplement"):
        labels += find_supplement(text)
    return _merge(labels)


def find(doc) -> list[Label]:
    out: list[Label] = []
    prose = doc.prose
    if not _any_stem(prose.lower()):
        return out
    for block in doc.blocks:
        for lab in find_in_text(prose[block.start : block.end], _starred(doc, block)):
            out.append(Label(Span(block.start + lab.span.start, block.start + lab.span.end), lab.family, lab.footnote))
    return out


def _starred(doc, block) -> bool:
    """A Markdown list item whose marker is "*": in the source, "* Минюст признал иноагентами"."""
    if block.kind != LIST_ITEM or doc.format != "markdown":
        return False
    start, _ = doc.to_source((block.start, block.start + 1))
    return doc.source[max(0, start - 3) : start].strip() == "*"


def labels(doc) -> list[Label]:
    return doc.memo("state_media.labels", lambda: find(doc))


_MARKER = lazy(r"(?<=[^\W\d_])\*{1,3}(?![\w*])")


def markers(doc) -> list[tuple[Span, Span]]:
    """``(word+asterisk span, footnote span)`` for words marked with an asterisk that points to an
    asterisk footnote found by ``labels`` (one that names the marked word)."""
    notes = [lab for lab in labels(doc) if lab.footnote]
    if not notes:
        return []
    prose = doc.prose
    out = []
    for block in doc.blocks:
        text = prose[block.start : block.end]
        if "*" not in text:
            continue
        for m in _MARKER.finditer(text):
            pos = block.start + m.start()
            if any(n.span.start <= pos < n.span.end for n in notes):
                continue
            w = m.start()
            while w > 0 and (text[w - 1].isalnum() or text[w - 1] in "-’'"):
                w -= 1
            word = text[w : m.start()].casefold()
            # the footnote names what the asterisk marks ("Taliban*" -> "*The Taliban is ...")
            note = next((n for n in notes if word in prose[n.span.start : n.span.end].casefold()), None)
            if note is not None:
                out.append((Span(block.start + w, pos + 1), note.span))
    return out
