"""Grammar rules that need logic or word data; the pattern-shaped ones are YAML files in
rules/grammar/.  The rules share one scan of each document for their trigger words
(``words.blocks``)."""

from .agreement import PronounVerbAgreement
from .articles import IndefiniteArticle
from .been import BaseVerbAfterBeen
from .determiners import DoubleDeterminer
from .missing_as import MissingAs

RULES = [BaseVerbAfterBeen, IndefiniteArticle, DoubleDeterminer, PronounVerbAgreement, MissingAs]

__all__ = ["RULES"]
