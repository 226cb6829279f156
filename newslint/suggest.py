"""'Did you mean' hints for unknown keys, rule codes and names."""

from __future__ import annotations

import difflib
from typing import Iterable


def close_match(word: str, choices: Iterable[str]) -> str | None:
    choices = list(choices)
    lowered = {c.lower(): c for c in choices}
    hit = difflib.get_close_matches(str(word).lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[hit[0]] if hit else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    hit = close_match(word, choices)
    return f" (did you mean {hit!r}?)" if hit else ""
