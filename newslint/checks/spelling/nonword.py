"""Is a word a misspelling?  The dictionary, derived forms, the word's own frequency and the
distance to the nearest dictionary word decide.

A word the dictionary lacks is still accepted when it is a regular derivation of a dictionary
word: a contraction (``they'd``), the other national spelling (``recapitalised``), a prefixed
word (``unviable``) or a closed compound of two common words (``carmakers``).  Otherwise:

* a word no frequency list knows is flagged;
* a rare word that frequency lists know (wordfreq Zipf 1.5-3.0: ``renminbi``, ``embarassment``)
  is accepted when it is a regular inflection of a dictionary word (``hirings``), and otherwise
  flagged only when a close dictionary word is at least ten times more frequent;
* a capitalised word at the start of a sentence is flagged only when it is unknown everywhere and
  a common word is one slip away (otherwise it is probably a name).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import candidates, lexicon

CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m"})
NEGATED = {"ca": "can", "wo": "will", "sha": "shall", "ai": "am"}
PREFIXES = (
    "un", "re", "non", "over", "under", "out", "mis", "pre", "post", "anti", "co", "sub", "super",
    "inter", "multi", "counter", "semi", "mega", "micro", "mini", "ultra", "self", "de", "dis", "hyper",
    "cyber", "eco", "euro", "tele", "geo", "bio", "neo", "giga", "kilo", "tera", "nano", "milli", "mid",
    "cross", "pseudo", "proto", "quasi", "ultra", "up", "down", "back", "after",
)
# Productive suffixes: (ending, what the stem ends with instead): "clunkiness" = "clunky" + ness,
# "irresistibility" = "irresistible" + ity, "sheikhdom", "symbologist", "cinemagoers", "dizzyingly".
SUFFIXES = (
    ("ness", ""), ("iness", "y"), ("nesses", ""), ("less", ""), ("ly", ""), ("ily", "y"), ("ally", ""),
    ("ility", "le"), ("ibility", "ible"), ("ability", "able"), ("ity", ""), ("dom", ""), ("ism", ""), ("isms", ""),
    ("ist", ""), ("ists", ""), ("ologist", "ology"), ("ologists", "ology"), ("ogist", ""), ("ship", ""),
    ("able", ""), ("able", "e"), ("ment", ""), ("ments", ""), ("er", ""), ("ers", ""), ("er", "e"), ("ers", "e"),
    ("goer", ""), ("goers", ""), ("like", ""), ("wise", ""), ("ish", ""), ("esque", ""), ("able", ""),
)
SUFFIX_STEM_ZIPF = 2.5
# British/American endings, both ways, for words derived beyond the variant list
ENDINGS = (
    ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization"),
    ("isations", "izations"), ("iser", "izer"), ("isers", "izers"), ("our", "or"), ("ours", "ors"),
    ("oured", "ored"), ("ouring", "oring"), ("elled", "eled"), ("elling", "eling"), ("eller", "eler"),
    ("ellers", "elers"), ("tre", "ter"), ("tres", "ters"), ("yse", "yze"), ("ysed", "yzed"),
)
COMPOUND_PART_ZIPF = 3.5
RARE_MARGIN = 1.0  # a rare known word is flagged when the suggestion is this much more frequent
RARE_MAX_COST = 1.5  # ... and at most this far (weighted edits)
RARE_FAR_GAP = 3.0  # ... or, when the suggestion is a thousand times more frequent,
RARE_FAR_COST = 2.0  # ... at most this far ("avaible" for "available")
INFLECTIONS = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ing", ""), ("ing", "e"),
    ("ier", "y"), ("iest", "y"), ("ily", "y"), ("ness", ""),
)
STEM_ZIPF = 2.5


def inflected(word: str) -> bool:
    """Is ``word`` a regular inflection of a dictionary word (hirings, abided, patchier)?"""
    if word.endswith("ss"):
        return False
    acc = lexicon.accepted()
    for end, add in INFLECTIONS:
        if not word.endswith(end):
            continue
        stem = word[: -len(end)] + add
        if len(stem) >= 4 and stem in acc and lexicon.zipf(stem) >= STEM_ZIPF:
            return True
        if not add and _doubled(stem) and stem[:-1] in acc and lexicon.zipf(stem[:-1]) >= STEM_ZIPF:
            return True  # dimmed, laddish: a doubled final consonant
    return False


def _doubled(stem: str) -> bool:
    return len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouywx"  # libelled, focussed


FIX_MARGIN = 1.0  # the first suggestion is offered as a fix when it leads the second by this much
FIX_MAX_COST = 1.0


@lru_cache(maxsize=65536)
def derived(word: str) -> bool:
    """Is ``word`` (lower case, not in the dictionary) a regular derivation of a dictionary word?"""
    acc = lexicon.accepted()
    if "'" in word:
        base, _, clitic = word.rpartition("'")
        if clitic == "t" and base.endswith("n"):
            stem = base[:-1]
            return stem in acc or stem in NEGATED
        if clitic in CLITICS:
            return base in acc or derived(base)
        return True  # o'clock, rock'n'roll, y'all: leave apostrophe words alone
    if _variant(word, acc):
        return True
    # prefixed words and closed compounds; a word that frequency lists attest may have shorter parts
    # ("carmaking"), an unattested one needs longer ones so that typos that happen to split into
    # words ("con cider") stay flagged
    attested = lexicon.zipf(word) > 0
    if attested and _o_for_ou(word, acc):
        return True
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= (4 if attested else 5):
            rest = word[len(p) :]
            if rest in acc or _variant(rest, acc) or inflected(rest):
                return True
    for end, add in SUFFIXES:
        if word.endswith(end) and len(word) - len(end) >= 4:
            stem = word[: -len(end)] + add
            if stem in acc and lexicon.zipf(stem) >= SUFFIX_STEM_ZIPF:
                return True
            if not add and _doubled(stem) and stem[:-1] in acc and lexicon.zipf(stem[:-1]) >= SUFFIX_STEM_ZIPF:
                return True
    n = len(word)
    shortest = 3 if attested else 4
    if n >= 2 * shortest:
        zipf = lexicon.zipf
        for i in range(shortest, n - shortest + 1):
            a, b = word[:i], word[i:]
            if a in acc and b in acc and zipf(a) >= COMPOUND_PART_ZIPF and zipf(b) >= COMPOUND_PART_ZIPF:
                return True
    return False


def _variant(word: str, acc: frozenset[str]) -> bool:
    """The other national spelling of ``word`` is a dictionary word (recapitalised)."""
    for uk, us in ENDINGS:
        if word.endswith(uk) and word[: -len(uk)] + us in acc:
            return True
        if word.endswith(us) and word[: -len(us)] + uk in acc:
            return True
    return False


# American "o" where British writes "ou" inside a word (smolder, moldy), beyond the variant list and
# the endings above.  Frequency lists must know the word about as well as its British form, or a
# typo that dropped the "u" ("sholder") would pass as American.
OU_GAP = 0.5


def _o_for_ou(word: str, acc: frozenset[str]) -> bool:
    """Is ``word`` the American spelling, with "o" for "ou", of a dictionary word about as common?"""
    zipf = lexicon.zipf
    i = word.find("o")
    while i >= 0:
        if word[i + 1 : i + 2] != "u":
            other = word[: i + 1] + "u" + word[i + 1 :]
            if other in acc and zipf(word) >= zipf(other) - OU_GAP:
                return True
        i = word.find("o", i + 1)
    return False


@dataclass(frozen=True, slots=True)
class Verdict:
    suggestions: tuple[str, ...]
    confident: bool  # the first suggestion is safe enough to offer as a (unsafe) fix
    reason: str = ""


# A regularly formed word still loses to a dictionary word this close (weighted edits) and this
# much more frequent (Zipf points): "begining" is begin+ing, but "beginning" is half an edit away.
CLOSER_COST = 1.0
CLOSER_GAP = 2.0
UNSEEN_CLOSER_GAP = 1.5
# A dictionary stem with its final consonant left single before -ed or -ing ("occured", "quiting",
# "transfering") is the commonest slip of all: frequency lists see it often enough to pass the gap
# above, so the doubled form wins at this smaller lead.
UNDOUBLED_GAP = 1.5
_VOWELS = frozenset("aeiouy")


def judge(word: str, left: str, right: str, capitalised: bool) -> Verdict | None:
    """A verdict when ``word`` (lower case, not accepted) looks misspelled, else None."""
    own = lexicon.zipf(word)
    if derived(word) or (not capitalised and inflected(word)):
        if capitalised or "'" in word or _other_spelling_inflected(word):
            return None
        floor = max(own, 1.5)
        # a form no frequency list has ever seen needs a smaller lead from the word it is close to
        gap = CLOSER_GAP if own > 0 else UNSEEN_CLOSER_GAP
        doubled = _doubled_form(word)
        if doubled is not None and lexicon.zipf(doubled) - floor >= UNDOUBLED_GAP:
            gap = UNDOUBLED_GAP
        # cheap first look (one edit away) before the full two-edit search
        if not any(c <= CLOSER_COST and lexicon.zipf(w) - floor >= gap for w, c in candidates.near(word)):
            return None
        ranked = candidates.rank(word, left, right)
        if not any(
            s.cost <= CLOSER_COST and s.zipf - floor >= gap and not _stem_of(s.word, word) for s in ranked
        ):
            return None
        return Verdict(tuple(s.word for s in ranked), _confident(ranked))
    if capitalised and (own > 0 or not any(c <= 1.0 and lexicon.zipf(w) >= 4.0 for w, c in candidates.near(word))):
        return None  # probably a name: flagged only when a common word is one slip away
    ranked = candidates.rank(word, left, right)
    best = ranked[0] if ranked else None
    if capitalised:
        if own > 0 or best is None or best.cost > 1.0 or best.zipf < 4.0:
            return None
    elif own > 0:
        if best is None or best.zipf < own + RARE_MARGIN:
            return None
        # a rare word far from any common word is a rare word; much rarer words may be further off
        reach = RARE_MAX_COST if best.zipf - own < RARE_FAR_GAP else RARE_FAR_COST
        if best.cost > reach:
            return None
    return Verdict(tuple(s.word for s in ranked), _confident(ranked))


def _doubled_form(word: str) -> str | None:
    """``occurred`` for ``occured``: the stem (a dictionary word ending in a vowel and a consonant)
    with its consonant doubled before -ed or -ing, when the dictionary has that form and not the
    written one."""
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) < 3 or stem[-1] in _VOWELS or stem[-1] in "wx" or stem[-2] not in _VOWELS:
                return None
            form = stem + stem[-1] + suffix
            return form if stem in lexicon.accepted() and form in lexicon.accepted() else None
    return None


def _other_spelling_inflected(word: str) -> bool:
    """The other national spelling of ``word`` is a regular inflection of a dictionary word
    (libelled: libeled = libel + ed): a dialect form, not a slip."""
    for uk, us in ENDINGS:
        if word.endswith(uk) and inflected(word[: -len(uk)] + us):
            return True
        if word.endswith(us) and inflected(word[: -len(us)] + uk):
            return True
    return False


def _stem_of(stem: str, word: str) -> bool:
    """``word`` is ``stem`` with an inflection (hiring -> hirings, motorcade -> motorcades)."""
    return word.startswith(stem) and word[len(stem) :] in ("s", "es", "d", "ed")


def _confident(ranked) -> bool:
    return bool(ranked) and ranked[0].cost <= FIX_MAX_COST and (
        len(ranked) == 1 or ranked[0].score - ranked[1].score >= FIX_MARGIN
    )
