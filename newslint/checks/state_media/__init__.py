"""State media: legally mandated labels and footnotes (Russian 'banned'/'foreign agent' notes, US
FARA notices), platform state-media labels, paid supplements and state-media branding in copy."""

from .rules import RULES

__all__ = ["RULES"]
