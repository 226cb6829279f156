"""Configuration: frozen dataclasses built from defaults, the config file, then command-line flags.

Files, nearest first when walking up from a linted file: ``.newslint.yaml``, ``newslint.yaml``
(``.yml`` too), or ``[tool.newslint]`` in ``pyproject.toml``.  Unknown keys fail with a close match.
Rule settings (``rules:``) are checked against the registry when the linter is built, because only
the registry knows the rules and their options.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Mapping

from .diagnostics import Severity
from .errors import ConfigError
from .suggest import did_you_mean

CONFIG_FILES = (".newslint.yaml", ".newslint.yml", "newslint.yaml", "newslint.yml", "pyproject.toml")
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
    "build", "dist", "site-packages", ".mypy_cache", ".pytest_cache", ".ruff_cache",
)
KEYS = {
    "select": "rules to run (codes, prefixes, categories or names); replaces the default set",
    "extend-select": "rules to add to the selection",
    "ignore": "rules not to run",
    "per-file-ignores": "mapping of file glob to rules not to run on matching files",
    "fail-on": "lowest severity that makes newslint exit 1: error, warning or info",
    "exclude": "globs of paths never linted (replaces the defaults)",
    "extend-exclude": "globs of paths never linted, added to the defaults",
    "rule-dirs": "directories of YAML rules to load, relative to the config file",
    "rules": "per-rule settings: severity, enabled and the rule's options, keyed by code or name",
    "vocabulary": "house vocabulary: accept (words never flagged) and reject (words always flagged)",
    "lint-boilerplate": "copy-edit text inside blocks flagged as boilerplate (default false)",
    "languagetool": "optional LanguageTool backend: server, directory, language",
    "encoding": "text encoding of the files (default utf-8)",
}
LANGUAGETOOL_KEYS = ("server", "directory", "language", "timeout", "enabled", "disabled-rules")


@dataclass(frozen=True)
class Vocabulary:
    """House vocabulary.  Entries with a capital letter match exactly; lower-case ones match any case."""

    accept: frozenset[str] = frozenset()
    reject: frozenset[str] = frozenset()

    def accepts(self, word: str) -> bool:
        return word in self.accept or word.lower() in self.accept

    def rejects(self, word: str) -> bool:
        return word in self.reject or word.lower() in self.reject

    @classmethod
    def build(cls, accept: Iterable[str] = (), reject: Iterable[str] = ()) -> Vocabulary:
        return cls(frozenset(accept), frozenset(reject))


@dataclass(frozen=True)
class RuleSettings:
    severity: Severity | None = None
    enabled: bool | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    path: str | None = None  # the config file, when there is one
    root: str = "."  # where relative globs and rule-dirs are anchored
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: Severity = Severity.WARNING
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    rule_dirs: tuple[str, ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    vocabulary: Vocabulary = Vocabulary()
    lint_boilerplate: bool = False
    languagetool: Mapping[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """Selectors that per-file-ignores turn off for ``path``."""
        if not self.per_file_ignores:
            return ()
        rel = _relative(path, self.root)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if _glob_match(rel, pattern) or _glob_match(os.path.basename(path), pattern):
                out.extend(codes)
        return tuple(out)

    def is_excluded(self, path: str) -> bool:
        """Does an ``exclude`` glob match the path (relative to the config), or one of its parts?"""
        rel = _relative(path, self.root)
        names, name_globs, path_globs = _exclude_matchers(tuple(self.exclude))
        parts = rel.split("/")
        if names and not names.isdisjoint(parts):
            return True
        if name_globs is not None and any(name_globs(p) for p in parts):
            return True
        return path_globs is not None and path_globs(rel) is not None

    def is_excluded_name(self, name: str) -> bool:
        """Is a file or folder name excluded by itself?  (A walk checks its entries this way; the
        folders above them were checked as it went down.)"""
        names, name_globs, path_globs = _exclude_matchers(tuple(self.exclude))
        if name in names or (name_globs is not None and name_globs(name)):
            return True
        return False


@lru_cache(maxsize=64)
def _exclude_matchers(patterns: tuple[str, ...]):
    """Exclude globs split three ways: plain names (a set), name globs and path globs (one compiled
    regex each, from fnmatch.translate)."""
    import re

    names: set[str] = set()
    name_globs: list[str] = []
    path_globs: list[str] = []
    for pattern in patterns:
        p = pattern.replace(os.sep, "/")
        if p.startswith("./"):
            p = p[2:]
        if "/" in p.strip("/"):
            p = p.rstrip("/")
            path_globs.append(fnmatch.translate(p))
            path_globs.append(fnmatch.translate(p + "/*"))
            if p.startswith("**/"):
                path_globs.append(fnmatch.translate(p[3:]))
                path_globs.append(fnmatch.translate(p[3:] + "/*"))
        else:
            p = p.strip("/")
            if any(c in p for c in "*?["):
                name_globs.append(fnmatch.translate(p))
            else:
                names.add(p)
    name_re = re.compile("|".join(name_globs)).match if name_globs else None
    path_re = re.compile("|".join(path_globs)).match if path_globs else None
    return frozenset(names), name_re, path_re


def _relative(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        rel = path
    return rel.replace(os.sep, "/")


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.replace(os.sep, "/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(rel, pattern[3:]):
        return True
    return fnmatch.fnmatchcase(rel, pattern.rstrip("/") + "/*")


# -- reading files ---------------------------------------------------------------------------------
def _read_yaml(path: str, shown: str) -> Any:
    import yaml

    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read config: {err}", shown) from None
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader) or {}  # noqa: S506 - safe loader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(f"{where}not valid YAML: {problem}", shown) from None


def _read_pyproject(path: str, shown: str) -> dict[str, Any] | None:
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as err:
        raise ConfigError(f"cannot read config: {err}", shown) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"not valid TOML: {err}", shown) from None
    tool = data.get("tool", {})
    section = tool.get("newslint") if isinstance(tool, dict) else None
    return section if isinstance(section, dict) else None


def find_config(start: str) -> str | None:
    """The nearest config file at or above ``start`` (a file or a directory)."""
    d = os.path.abspath(start)
    if not os.path.isdir(d):
        d = os.path.dirname(d)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(d, name)
            if os.path.isfile(candidate):
                if name == "pyproject.toml":
                    if _pyproject_has_section(candidate):
                        return candidate
                    continue
                return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _pyproject_has_section(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
    except OSError:
        return False
    return "[tool.newslint" in text


def display_path(path: str) -> str:
    """A path as the user wants to read it: relative to the working directory when below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return rel if not rel.startswith("..") else path


def load_config(path: str) -> Config:
    """Read one config file into a Config (rules are checked later, against the registry)."""
    shown = display_path(path)
    path = os.path.abspath(path)
    if not os.path.exists(path):
        raise ConfigError("config file does not exist", shown)
    if os.path.basename(path) == "pyproject.toml":
        data = _read_pyproject(path, shown)
        if data is None:
            raise ConfigError("has no [tool.newslint] section", shown)
    else:
        data = _read_yaml(path, shown)
    if not isinstance(data, dict):
        raise ConfigError("the config must be a mapping of settings", shown)
    return from_mapping(data, path=shown, root=os.path.dirname(path))


def _list(data: Mapping, key: str, path: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise ConfigError(f"'{key}' must be a list of strings", path)
    return tuple(str(v) for v in value)


def from_mapping(data: Mapping[str, Any], path: str | None = None, root: str = ".") -> Config:
    where = path or "configuration"
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"unknown setting '{key}'{did_you_mean(str(key), KEYS)}", where)
    changes: dict[str, Any] = {"path": path, "root": root}
    if "select" in data:
        changes["select"] = _list(data, "select", where)
    changes["extend_select"] = _list(data, "extend-select", where)
    changes["ignore"] = _list(data, "ignore", where)
    pfi = data.get("per-file-ignores") or {}
    if not isinstance(pfi, dict):
        raise ConfigError("'per-file-ignores' must map file globs to lists of rules", where)
    changes["per_file_ignores"] = tuple(
        (str(glob), _list({"x": codes}, "x", where)) for glob, codes in pfi.items()
    )
    if "fail-on" in data:
        try:
            changes["fail_on"] = Severity.parse(data["fail-on"])
        except ValueError as err:
            raise ConfigError(f"'fail-on': {err}", where) from None
    if "exclude" in data:
        changes["exclude"] = _list(data, "exclude", where)
    extend = _list(data, "extend-exclude", where)
    if extend:
        changes["exclude"] = tuple(changes.get("exclude", DEFAULT_EXCLUDE)) + extend
    changes["rule_dirs"] = tuple(
        d if os.path.isabs(d) else os.path.normpath(os.path.join(root, d)) for d in _list(data, "rule-dirs", where)
    )
    changes["rules"] = _rule_settings(data.get("rules") or {}, where)
    changes["vocabulary"] = _vocabulary(data.get("vocabulary"), where, root)
    if "lint-boilerplate" in data:
        if not isinstance(data["lint-boilerplate"], bool):
            raise ConfigError("'lint-boilerplate' must be true or false", where)
        changes["lint_boilerplate"] = data["lint-boilerplate"]
    lt = data.get("languagetool") or {}
    if not isinstance(lt, dict):
        raise ConfigError("'languagetool' must be a mapping (server, directory, language)", where)
    for key in lt:
        if key not in LANGUAGETOOL_KEYS:
            raise ConfigError(f"unknown setting 'languagetool.{key}'{did_you_mean(str(key), LANGUAGETOOL_KEYS)}", where)
    changes["languagetool"] = dict(lt)
    if "encoding" in data:
        import codecs

        try:
            codecs.lookup(str(data["encoding"]))
        except LookupError:
            raise ConfigError(f"'encoding': unknown encoding {data['encoding']!r}", where) from None
        changes["encoding"] = str(data["encoding"])
    return Config(**changes)


def _rule_settings(raw: Any, where: str) -> dict[str, RuleSettings]:
    if not isinstance(raw, dict):
        raise ConfigError("'rules' must map rule codes or names to settings", where)
    out: dict[str, RuleSettings] = {}
    for key, value in raw.items():
        if isinstance(value, str):  # shorthand: `TY005: info` or `TY005: off`
            value = {"enabled": False} if value.lower() in ("off", "false", "disabled") else {"severity": value}
        elif value is False:
            value = {"enabled": False}
        elif value is None or value is True:
            value = {}
        if not isinstance(value, dict):
            raise ConfigError(f"'rules.{key}' must be a mapping of settings, a severity or 'off'", where)
        severity = None
        if "severity" in value:
            try:
                severity = Severity.parse(value["severity"])
            except ValueError as err:
                raise ConfigError(f"'rules.{key}.severity': {err}", where) from None
        enabled = value.get("enabled")
        if enabled is not None and not isinstance(enabled, bool):
            raise ConfigError(f"'rules.{key}.enabled' must be true or false", where)
        options = {k: v for k, v in value.items() if k not in ("severity", "enabled")}
        out[str(key)] = RuleSettings(severity=severity, enabled=enabled, options=options)
    return out


def _vocabulary(raw: Any, where: str, root: str) -> Vocabulary:
    if raw is None:
        return Vocabulary()
    if not isinstance(raw, dict):
        raise ConfigError("'vocabulary' must have 'accept' and/or 'reject' lists", where)
    for key in raw:
        if key not in ("accept", "reject"):
            raise ConfigError(f"unknown setting 'vocabulary.{key}'{did_you_mean(str(key), ['accept', 'reject'])}", where)

    def words(key: str) -> list[str]:
        value = raw.get(key) or []
        if isinstance(value, str):  # a file of words, one per line
            p = value if os.path.isabs(value) else os.path.join(root, value)
            try:
                with open(p, encoding="utf-8-sig") as fh:
                    return [w.strip() for w in fh if w.strip() and not w.lstrip().startswith("#")]
            except OSError as err:
                raise ConfigError(f"'vocabulary.{key}': cannot read word list {value!r}: {err.strerror}", where) from None
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigError(f"'vocabulary.{key}' must be a list of words or the path of a word list", where)
        return [w.strip() for w in value if w.strip()]

    return Vocabulary.build(words("accept"), words("reject"))


def with_overrides(
    config: Config,
    *,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    fail_on: str | None = None,
) -> Config:
    """Command-line flags on top of a file's config."""
    changes: dict[str, Any] = {}
    if select is not None:
        changes["select"] = tuple(select)
    if extend_select:
        changes["extend_select"] = tuple(config.extend_select) + tuple(extend_select)
    if ignore:
        changes["ignore"] = tuple(config.ignore) + tuple(ignore)
    if fail_on is not None:
        changes["fail_on"] = Severity.parse(fail_on)
    return config.replace(**changes) if changes else config


STARTER = """\
# newslint configuration.  newslint reads the nearest .newslint.yaml, newslint.yaml or
# [tool.newslint] in pyproject.toml, walking up from each linted file.
# Every setting is optional; `newslint rules` lists the rules, `newslint explain CODE` explains one.

# Rules to run: codes (TY001), prefixes (TY), categories (spelling) or names (repeated-word).
# Leave `select` out to run the default set.
# select: [ALL]
# extend-select: []
ignore: []

# Rules not to run on some files.
per-file-ignores:
  # "archive/**": [readability]

# Lowest severity that fails the run (exit 1): error, warning or info.
fail-on: warning

# Paths never linted (globs), on top of .git, node_modules, venvs and build folders.
extend-exclude: []

# Directories of your own YAML rules (see rules/README.md in the newslint repository).
rule-dirs: []

# Per-rule settings: severity, enabled, and the rule's own options.
rules:
  long-sentence:
    max-words: 45
  # TY005: info          # shorthand for a severity
  # mixed-quotes: off    # shorthand for enabled: false

# House vocabulary: words never flagged as misspelled, and words always flagged.
vocabulary:
  accept: []
  reject: []

# Copy-edit text inside blocks flagged as boilerplate (reader comments, footers).
lint-boilerplate: false

# Optional LanguageTool grammar backend (pip install 'newslint[languagetool]').
# LanguageTool itself is not bundled: point newslint at a server or a local install.
# languagetool:
#   server: http://localhost:8081
#   language: en-US
"""
