"""Python rules, one subpackage per family.  Each family exports ``RULES``; this module collects
them for the ``builtin-python`` entry point, so adding a family needs no central table."""

from __future__ import annotations

import importlib
import pkgutil


def _collect() -> list:
    rules: list = []
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        rules.extend(getattr(module, "RULES", ()))
    return rules


def builtin_rules() -> list:
    return _collect()
