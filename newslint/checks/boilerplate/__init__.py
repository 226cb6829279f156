"""Boilerplate: what the web page left in the copy (codes BP001-BP011)."""

from .rules import RULES

__all__ = ["RULES"]
