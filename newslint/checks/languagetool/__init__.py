"""The optional LanguageTool bridge (LT001).  LanguageTool is not bundled and never downloaded:
the rule talks to a server the user runs (``languagetool.server``, ``NEWSLINT_LANGUAGETOOL_URL``)
or starts LanguageTool's server from a directory the user unpacked (``languagetool.directory``),
with the standard library only."""

from .rule import LanguageToolMatch

RULES = [LanguageToolMatch]

__all__ = ["RULES"]
