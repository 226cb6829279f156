"""Python rules, one subpackage per family.  Each family exports ``RULES``; this module collects
them for the ``builtin-python`` entry point, so adding a family needs no central table."""

from __future__ import annotations

import importlib
import pkgutil


def _collect() -> list:
    """Every family's RULES; a family that fails to import is reported as a RuleError and the
    other families still load."""
    from ..errors import RuleError

    rules: list = []
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        name = f"{__name__}.{mod.name}"
        try:
            module = importlib.import_module(name)
        except Exception as err:  # noqa: BLE001 - reported, not raised
            rules.append(RuleError(f"rule family {mod.name!r} failed to import: {type(err).__name__}: {err}", name))
            continue
        rules.extend(getattr(module, "RULES", ()))
    return rules


def builtin_rules() -> list:
    return _collect()
