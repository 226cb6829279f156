"""Outlets: who published a document and which outlets it cites, rated from data shipped in
newslint/data (Lin et al. 2023 domain quality; curated state affiliation; Wikipedia RSP verdicts)."""

from .rules import RULES

__all__ = ["RULES"]
