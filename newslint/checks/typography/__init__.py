"""Typography rules that need logic; the pattern-shaped ones are YAML files in rules/typography/."""

from .rules import RULES

__all__ = ["RULES"]
