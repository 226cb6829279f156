"""The one sentence splitter.  It knows newsroom abbreviations and quotation marks.

Boundaries are candidate terminators (``. ! ? …``, with closing quotes and brackets after them)
followed by whitespace and a plausible sentence start.  A period after an abbreviation that never
ends a sentence (``Mr.``, ``Gen.``, an initial ``J.``) is never a boundary; after one that can
(``U.S.``, ``a.m.``, ``Inc.``, ``Jan.``) it is a boundary only when the next word is one that
commonly starts a sentence (``The``, ``He``, ``But`` ...).
"""

from __future__ import annotations

import re

# Titles and the like: followed by a name or a number, never the end of a sentence.
# Matched case-sensitively as written here.
NEVER_FINAL = frozenset(
    """Mr Mrs Ms Messrs Mme Mlle Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Rev
    Hon Pres Supt Det Insp Atty Amb Fr Sr Jr St Mt Ft Brig Cdr Lieut Sens Reps Govs Drs Profs No
    Nos Vol Vols Fig Figs pp Op Art Sec Ch vs""".split()
)
# Abbreviations that may end a sentence (matched case-sensitively as written here, so that
# "ill." or "mass." at the end of a sentence are words, not the states).
MAY_BE_FINAL = frozenset(
    """Inc Corp Co Ltd Bros Plc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed
    Thu Thur Thurs Fri Sat Sun etc approx Dept Univ Assn Ave Blvd Rd Ala Ariz Ark Calif Colo Conn
    Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va
    Wash Wis Wyo""".split()
)
SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our my your this that these those there
    here but and or so yet in on at as after before when while if although though because since
    for to from with by of despite however meanwhile now then still also some many most one two
    several no not what who why how where which mr mrs ms dr officials police critics analysts
    other others all both each every such its""".split()
)
# A terminator: a run of . ! ? or one …, then closing quotes and brackets.  Written to start with a
# character class (rather than the alternation ``(?:[.!?]+|…)``, which matches the same) so that
# the regex engine skips from one candidate character to the next instead of trying every position.
_TERMINATOR = re.compile(r"[.!?…](?:(?<=[.!?])[.!?]*)?['\"’”»)\]]*(?=\s|$)")
_ABBREV_BEFORE = re.compile(r"(?:\b|^)((?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]+)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]?([^\W_][\w'’-]*)")


def _is_boundary(text: str, term_start: int, term_end: int, limit: int) -> bool:
    if term_end >= limit:
        return True  # the end of the block (what the next two lines conclude, without a regex call)
    nxt = _NEXT_WORD.match(text, term_end, limit)
    if nxt is None:
        # end of the block, or followed by punctuation only
        rest = text[term_end:limit].strip()
        return not rest or not rest[0].isalnum()
    first = nxt.group(1)
    lead = first[0]
    punct = text[term_start:term_end]
    if lead.islower():
        return False
    if punct[0] != ".":
        # ! ? …: a boundary unless a lower-case continuation follows (checked above)
        return True
    if punct.startswith(".."):
        return lead.isupper() or lead.isdigit()
    # The abbreviation is letters and periods only, so no match starts at or before the last space:
    # searching from just after it finds what a search of the whole 24-character window finds.
    lo = max(0, term_start - 24)
    space = text.rfind(" ", lo, term_start)
    m = _ABBREV_BEFORE.search(text, lo if space < 0 else space + 1, term_start)
    if m:
        word = m.group(1)
        low = word.lower()
        if "." in word:  # dotted: U.S, a.m, e.g
            if low in ("e.g", "i.e", "cf"):
                return False
            return first.lower() in SENTENCE_STARTERS
        if len(word) == 1 and word.isupper():
            return False  # an initial: J. P. Morgan
        if word in NEVER_FINAL:
            return False
        if word in MAY_BE_FINAL:
            return first.lower() in SENTENCE_STARTERS
    if lead.isdigit():
        return True
    return lead.isupper() or not lead.isalpha()


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as ``(start, end)`` spans, whitespace trimmed."""
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    s = start
    for m in _TERMINATOR.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            spans.append((s, m.end()))
            s = m.end()
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
