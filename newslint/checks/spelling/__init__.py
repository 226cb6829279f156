"""Spelling: non-word typos (SP001) and real-word errors (SP002), offline, quiet on names.

Modules: ``lexicon`` (the data files, loaded lazily), ``tokens`` (which words to check),
``candidates`` (suggestions and their ranking), ``context`` (bigram model), ``nonword`` and
``realword`` (the decisions), ``rules`` (the rule classes).
"""

from .rules import RULES

__all__ = ["RULES"]
