"""Boilerplate: what the web page left in the copy (codes BP001-BP011)."""

from .rules import RULES, leftover_spans

__all__ = ["RULES", "leftover_spans"]
