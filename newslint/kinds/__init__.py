"""YAML rule kinds and the loader for rule directories.

A YAML rule file holds one rule; its ``kind`` picks the class that runs it.  A malformed file is
reported with its path, the key and a close match, and the other rules still load.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from ..errors import RuleError
from ..rule import RuleInfo
from ..suggest import did_you_mean
from .base import Definition, YamlRule
from .existence import Existence
from .occurrence import Occurrence
from .repetition import Repetition
from .substitution import Substitution

KINDS: dict[str, type[YamlRule]] = {k.kind_name: k for k in (Existence, Substitution, Occurrence, Repetition)}


def builtin_rules_dir() -> Path:
    """``newslint/_rules`` in an installed wheel; ``rules/`` beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "_rules"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


def _yaml_load(text: str):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def load_rule_file(path: str) -> RuleInfo:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(f"cannot read rule file: {err}", path) from None
    import yaml

    try:
        data = _yaml_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise RuleError(f"{where}not valid YAML: {problem}", path) from None
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a mapping of keys to values", path)
    d = Definition(path, data)
    kind = d.require("kind")
    cls = KINDS.get(kind)
    if cls is None:
        raise d.error("kind", f"unknown kind {kind!r} (kinds: {', '.join(sorted(KINDS))}){did_you_mean(kind, KINDS)}")
    return cls.build(d)


def load_rule_dir(directory: str) -> list[RuleInfo | RuleError]:
    """Every ``*.yaml``/``*.yml`` below ``directory``, sorted; bad files come back as RuleError."""
    if not os.path.isdir(directory):
        return [RuleError("rule directory does not exist", directory)]
    out: list[RuleInfo | RuleError] = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".yaml", ".yml")):
                path = os.path.join(root, name)
                try:
                    out.append(load_rule_file(path))
                except RuleError as err:
                    out.append(err)
    return out


@lru_cache(maxsize=1)
def _builtin() -> tuple[RuleInfo | RuleError, ...]:
    return tuple(load_rule_dir(str(builtin_rules_dir())))


def builtin_rules() -> list[RuleInfo | RuleError]:
    """The entry point of newslint's own YAML catalogue."""
    return list(_builtin())
