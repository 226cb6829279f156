"""Carrying the case of written text over to a replacement."""

from __future__ import annotations


def match_case(replacement: str, original: str) -> str:
    """ALL CAPS stays all caps, Capitalised stays capitalised: ("could have", "Could of") ->
    "Could have"."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
