"""Readability: textstat metrics per document, and findings for long sentences, long paragraphs
and hard documents."""

from .rules import RULES

__all__ = ["RULES"]
