"""Syllable counts: a rule-based estimate, corrected by exceptions derived from the CMU dictionary.

``newslint/data/syllables.txt`` holds only the words of the CMU Pronouncing Dictionary whose
syllable count the estimate gets wrong (built by ``python -m newslint.data.build_syllables``), so
it loads in a few milliseconds and no dictionary is read at run time.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from ...lazyre import lazy

_VOWELS = lazy(r"[aeiouy]+")


def estimate(word: str) -> int:
    w = word.lower().strip("'’")
    if not w:
        return 0
    n = len(_VOWELS.findall(w))
    if n > 1:
        if w.endswith("e") and not w.endswith(("le", "ee", "ye", "oe", "ie")):
            n -= 1
        elif w.endswith(("es", "ed")) and not w.endswith(("ies", "ees", "ses", "zes", "ces", "ges", "ted", "ded", "xes", "shes", "ches")):
            n -= 1
    if w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy" and n < 2:
        n += 1
    return max(1, n)


@lru_cache(maxsize=1)
def exceptions() -> dict[str, int]:
    table: dict[str, int] = {}
    text = resources.files("newslint.data").joinpath("syllables.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        count, _, words = line.partition(" ")
        n = int(count)
        for w in words.split():
            table[w] = n
    return table


def count(word: str) -> int:
    w = word.lower()
    n = exceptions().get(w)
    return n if n is not None else estimate(w)
