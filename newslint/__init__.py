"""newslint: a fast, precise linter for news copy.

The public API::

    from newslint import lint_text, lint_paths
    result = lint_text("The U.S Joint Chiefs met.")
    for d in result.diagnostics:
        print(d.line, d.column, d.code, d.message)

Rule authors subclass :class:`Rule` (see ``newslint.rule``) and register it under the
``newslint.rules`` entry-point group; ``newslint.testing`` has helpers for their tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .__about__ import __version__

__all__ = [
    "__version__", "lint_text", "lint_paths", "Run", "FileResult", "Config", "Rule", "RuleInfo",
    "Examples", "Context", "Finding", "Fix", "Edit", "Diagnostic", "Severity", "Span",
]

_LAZY = {
    "lint_text": "api", "lint_paths": "api", "Run": "api", "FileResult": "engine", "Config": "config",
    "Rule": "rule", "RuleInfo": "rule", "Examples": "rule", "Context": "rule", "Finding": "diagnostics",
    "Fix": "diagnostics", "Edit": "diagnostics", "Diagnostic": "diagnostics", "Severity": "diagnostics",
    "Span": "diagnostics",
}

if TYPE_CHECKING:  # pragma: no cover
    from .api import Run, lint_paths, lint_text
    from .config import Config
    from .diagnostics import Diagnostic, Edit, Finding, Fix, Severity, Span
    from .engine import FileResult
    from .rule import Context, Examples, Rule, RuleInfo


def __getattr__(name: str) -> Any:
    """Import lazily: ``import newslint`` stays cheap for the command line."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newslint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
