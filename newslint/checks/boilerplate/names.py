"""Common given names (``newslint/data/first_names.txt`` and ``first_names_extra.txt``), loaded once,
on first use."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..spelling.lexicon import tags
from .shape import SMALL_WORDS  # the particles a title leaves in lower case ("van", "de", "of")
from ...lazyre import lazy

_NAME_LINE = lazy(r"^[A-Z][a-z'’]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+|Mc[A-Z][a-z]+|[A-Z]{2,}))+\s*[|,]?$")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    data = resources.files("newslint.data")
    # the US census names, and those common in Britain and Ireland that it lacks (written by hand)
    text = data.joinpath("first_names.txt").read_text(encoding="utf-8") + data.joinpath("first_names_extra.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


_BULLETS = "•·*"
_AUTHORS = lazy(r"\s*(?:,\s*and|,|\s+and|\s*&)\s+")


def looks_like_person(text: str) -> bool:
    """ "Laura Beck", "Douglas A. McIntyre", "Tara Hornor |": a name on its own (a byline), perhaps
    as a list's item ("• David M. Upton"); or two or three such names ("Natalie D. Baker and
    Jonathan Landry")."""
    text = text.strip()
    if text[:1] in _BULLETS:
        text = text[1:].lstrip()
    parts = _AUTHORS.split(text)
    if 1 < len(parts) <= 3:
        return all(_one_person(p) for p in parts)
    return _one_person(text)


# a title before a name: "Mrs Pamela Lucas", "Dr. Ann Lee", "Cllr Tom Reid" (with its given name)
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof rev revd cllr".split())


def titled(text: str) -> bool:
    """Does the line open with a person's title and name ("Mr Pete Tidball (Chairman) PT", "Prof
    Colin Garner")?  A committee's or a meeting's list of members, not other stories' headlines."""
    head, _, rest = text.lstrip(" " + _BULLETS).partition(" ")
    return head[:1].isupper() and head.rstrip(".").lower() in _HONORIFICS and rest[:1].isupper()


_ROLE_AFTER = lazy(r"\s+[-–—]\s+|,\s+")  # a person, then the role: "Pete Jennings – Co-Chair"
_AFTER_DASH = lazy(r"\s[-–—]\s+(.+?)(?:\s*\([^)]*\))?\s*$")  # a thing, then a person: "Quilt – Sandy Wall"


def person_entry(text: str) -> bool:
    """Is the line a person, named with a title or with the role after a dash or comma ("Pete
    Jennings – Co-Chair", "Mrs Anne White AW"), or a thing with a person after the dash (a raffle's
    prize and its winner, "Quilt – Sandy Wall", "Beach Bag – Freddie Hinson (Shirley)")?  A list of
    the members present or of winners, not a menu."""
    if titled(text) or looks_like_person(_ROLE_AFTER.split(text.strip(), maxsplit=1)[0]):
        return True
    m = _AFTER_DASH.search(text)
    return m is not None and looks_like_person(m.group(1))


_SURNAME = lazy(r"^(?:[A-Z][a-z'’-]+|Mc[A-Z][a-z]+)$")


def _one_person(text: str) -> bool:
    t = text.strip()
    words = t.split()
    if len(words) == 2 and words[0].rstrip(".").lower() in _HONORIFICS and words[0][:1].isupper():
        return _SURNAME.match(words[1]) is not None  # a teacher's or a clerk's sign-off: "Mrs Cook"
    if len(words) >= 3 and words[0].rstrip(".").lower() in _HONORIFICS:
        t = t[len(words[0]) :].lstrip()
    if not _NAME_LINE.match(t) or len(t.split()) > 4:
        return False
    words = t.split()
    return words[0].lower() in first_names() and all(_middle_name(w) for w in words[1:-1])


def _middle_name(word: str) -> bool:
    """Can the word stand between a given name and a surname: an initial, a given name ("Mary Ann
    Smith"), a particle ("Van", "of") or a word of no word class ("Helena Bonham Carter")?  "Perry Pear
    Varieties" is a title: "Pear" is a common noun."""
    low = word.rstrip(".").lower()
    return len(low) == 1 or low in first_names() or low in SMALL_WORDS or low not in tags()
