"""Rule discovery (entry points and rule directories), validation, lookup and selection.

Every rule, newslint's own included, arrives through the ``newslint.rules`` entry-point group.  An
entry point may name a Rule subclass, a RuleInfo, a list of either, a callable returning such a list,
or a directory of YAML rules.  A list may hold RuleError values: files that failed to load are
reported, and the rest still run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Iterable

from .diagnostics import CATEGORIES
from .errors import RuleError
from .rule import Rule, RuleInfo, validate_info
from .suggest import close_match

GROUP = "newslint.rules"
BUILTIN_ENTRY_POINTS = {
    "builtin-python": "newslint.checks:builtin_rules",
    "builtin-yaml": "newslint.kinds:builtin_rules",
}


@dataclass
class Registry:
    rules: list[RuleInfo] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_code: dict[str, RuleInfo] = {}
        self.by_name: dict[str, RuleInfo] = {}
        kept = []
        for info in self.rules:
            if self._add(info):
                kept.append(info)
        self.rules = sorted(kept, key=lambda r: r.code)

    def _add(self, info: RuleInfo) -> bool:
        problems = validate_info(info)
        if problems:
            self.errors.append(RuleError(f"rule {info.code or info.name!r}: {problems[0]}", info.origin))
            return False
        for key, table in ((info.code, self.by_code), (info.name, self.by_name)):
            other = table.get(key)
            if other is not None:
                self.errors.append(
                    RuleError(f"rule {key!r} is defined twice (also in {other.origin}); keeping the first", info.origin)
                )
                return False
        self.by_code[info.code] = info
        self.by_name[info.name] = info
        return True

    # -- lookup --------------------------------------------------------------------------------
    def get(self, key: str) -> RuleInfo | None:
        return self.by_code.get(key.upper()) or self.by_name.get(key.lower())

    def resolve(self, selector: str) -> list[RuleInfo] | None:
        """Rules a selector names: ``ALL``, a code, a code prefix, a category or a rule name.

        None when it names nothing."""
        s = selector.strip()
        if not s:
            return None
        if s.upper() == "ALL":
            return list(self.rules)
        info = self.get(s)
        if info is not None:
            return [info]
        if s.lower() in CATEGORIES:
            return [r for r in self.rules if r.category == s.lower()]
        up = s.upper()
        hits = [r for r in self.rules if r.code.startswith(up)]
        if hits and up.isalnum():
            return hits
        return None

    def suggestion(self, selector: str) -> str | None:
        choices = [r.code for r in self.rules] + [r.name for r in self.rules] + list(CATEGORIES)
        return close_match(selector, choices)

    def select(
        self,
        select: Iterable[str] | None = None,
        extend_select: Iterable[str] = (),
        ignore: Iterable[str] = (),
    ) -> tuple[list[RuleInfo], list[str]]:
        """Selected rules, and the selectors that named nothing.

        With no ``select``, the rules enabled by default; ``select`` names the whole set;
        ``extend-select`` adds; ``ignore`` removes.  More specific selectors win ties as in ruff:
        a code beats a prefix or category in the other list."""
        unknown: list[str] = []

        def expand(items: Iterable[str]) -> list[tuple[int, RuleInfo]]:
            out = []
            for sel in items:
                hits = self.resolve(sel)
                if hits is None:
                    unknown.append(sel)
                    continue
                spec = _specificity(sel, self)
                out.extend((spec, r) for r in hits)
            return out

        if select is None:
            chosen = {r.code: 0 for r in self.rules if r.enabled_by_default}
        else:
            chosen = {r.code: spec for spec, r in expand(select)}
        for spec, r in expand(extend_select):
            chosen[r.code] = max(spec, chosen.get(r.code, 0))
        for spec, r in expand(ignore):
            if r.code in chosen and spec >= chosen[r.code]:
                del chosen[r.code]
        return [r for r in self.rules if r.code in chosen], unknown


def _specificity(selector: str, registry: Registry) -> int:
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if registry.get(s) is not None:
        return 3
    if s.lower() in CATEGORIES:
        return 1
    return 1 + min(len(s), 5) / 10  # longer prefixes are more specific


# -- loading ---------------------------------------------------------------------------------------
def _coerce(obj: Any, origin: str) -> tuple[list[RuleInfo], list[RuleError]]:
    infos: list[RuleInfo] = []
    errors: list[RuleError] = []
    if isinstance(obj, (str, os.PathLike)):
        from .kinds import load_rule_dir

        return _coerce(load_rule_dir(os.fspath(obj)), origin)
    if isinstance(obj, RuleInfo):
        return [obj], []
    if isinstance(obj, RuleError):
        return [], [obj]
    if isinstance(obj, type) and issubclass(obj, Rule):
        return [obj.info(origin)], []
    if callable(obj):
        try:
            return _coerce(obj(), origin)
        except RuleError as err:
            return [], [err]
        except Exception as err:  # noqa: BLE001 - a plugin's failure is reported, not raised
            return [], [RuleError(f"plugin failed to load rules: {type(err).__name__}: {err}", origin)]
    if isinstance(obj, Iterable):
        for item in obj:
            i, e = _coerce(item, origin)
            infos.extend(i)
            errors.extend(e)
        return infos, errors
    return [], [RuleError(f"entry point gave {type(obj).__name__}, not rules", origin)]


@dataclass(frozen=True)
class _EntryPoint:
    name: str
    value: str
    dist: str

    def load(self) -> Any:
        import importlib

        module, _, attr = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for part in attr.strip().split(".") if attr.strip() else ():
            obj = getattr(obj, part)
        return obj


def _normalize(dist: str) -> str:
    import re

    return re.sub(r"[-_.]+", "-", dist).lower()


def _entry_points() -> list[_EntryPoint]:
    """Entry points of ``newslint.rules``, found the way importlib.metadata finds them (the first
    distribution of a name on sys.path wins) but without importing it: importlib.metadata pulls in
    the email package and costs a fifth of a cold start.  Unusual installs (zipped eggs) fall back
    to importlib.metadata."""
    import sys

    found: list[_EntryPoint] = []
    seen_dists: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            if entry and os.path.isfile(entry):  # a zip on sys.path
                return _entry_points_slow()
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            dist = _normalize(name.rsplit("-", 1)[0] if name.endswith(".dist-info") else name[: -len(".egg-info")].split("-")[0])
            if dist in seen_dists:
                continue
            seen_dists.add(dist)
            try:
                with open(os.path.join(entry or ".", name, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if f"[{GROUP}]" in text:
                found.extend(_parse_group(text, dist))
    return found


def _parse_group(text: str, dist: str) -> list[_EntryPoint]:
    out = []
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            inside = line == f"[{GROUP}]"
            continue
        if inside and "=" in line:
            name, _, value = line.partition("=")
            out.append(_EntryPoint(name.strip(), value.split("[")[0].strip(), dist))
    return out


def _entry_points_slow() -> list[_EntryPoint]:
    from importlib.metadata import entry_points

    return [_EntryPoint(ep.name, ep.value, getattr(ep.dist, "name", "") or "") for ep in entry_points(group=GROUP)]


def load(rule_dirs: Iterable[str] = (), use_entry_points: bool = True) -> Registry:
    """Load every rule: entry points (newslint's own among them), then configured rule dirs."""
    import importlib

    infos: list[RuleInfo] = []
    errors: list[RuleError] = []
    eps = _entry_points() if use_entry_points else []
    names = {ep.name for ep in eps if (ep.value or "").startswith("newslint.")}
    # Running from a source tree that was never installed: load the built-ins directly.
    for name, value in BUILTIN_ENTRY_POINTS.items():
        if name not in names:
            mod, _, attr = value.partition(":")
            obj = getattr(importlib.import_module(mod), attr)
            i, e = _coerce(obj, name)
            infos.extend(i)
            errors.extend(e)
    seen = set()
    for ep in sorted(eps, key=lambda e: (not e.value.startswith("newslint."), e.name)):
        if (ep.name, ep.value) in seen:
            continue  # the same distribution seen twice on sys.path
        seen.add((ep.name, ep.value))
        try:
            obj = ep.load()
        except Exception as err:  # noqa: BLE001
            errors.append(RuleError(f"cannot load rule plugin {ep.name!r} ({ep.value}): {type(err).__name__}: {err}"))
            continue
        i, e = _coerce(obj, ep.name if ep.value.startswith("newslint.") else f"plugin {ep.name}")
        infos.extend(i)
        errors.extend(e)
    for d in rule_dirs:
        from .kinds import load_rule_dir

        i, e = _coerce(load_rule_dir(d), d)
        infos.extend(i)
        errors.extend(e)
    return Registry(infos, errors)
