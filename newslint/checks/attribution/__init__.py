"""Attribution: who says so?  Hedges with no source (AT001), anonymous sources (AT002), vague
collective sources (AT003), data with no owner (AT004) and quotations with no speaker (AT005), from
one per-sentence analysis shared through ``doc.memo``; each file's facts get an ``attribution``
summary (named, anonymous, vague and unattributed claims)."""

from .rules import RULES

__all__ = ["RULES"]
