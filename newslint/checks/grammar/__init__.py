"""Grammar rules that need logic or word data; the pattern-shaped ones are YAML files in
rules/grammar/.  The rules share one pass over each block's words (``words.block_words``)."""

from .agreement import PronounVerbAgreement
from .articles import IndefiniteArticle
from .been import BaseVerbAfterBeen

RULES = [BaseVerbAfterBeen, IndefiniteArticle, PronounVerbAgreement]

__all__ = ["RULES"]
