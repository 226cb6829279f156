"""What every YAML rule has in common: metadata, scope, messages, validation with close matches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from ..diagnostics import Severity
from ..document.model import BLOCK_KINDS, PROSE_KINDS
from ..errors import RuleError
from ..rule import Examples, Rule, RuleInfo
from ..suggest import did_you_mean

COMMON_KEYS = {
    "code": "the rule code, two capitals and three digits (TY001)",
    "name": "the kebab-case name of what is flagged",
    "category": "one of the eight categories",
    "kind": "the YAML rule kind",
    "severity": "error, warning or info",
    "summary": "one line: what the rule flags",
    "message": "the message of each finding; may use {match} and the kind's placeholders",
    "help": "an optional longer hint shown under the message",
    "docs": "what the rule is for and why, in a paragraph or two",
    "scope": "block kinds the rule reads (default: all prose)",
    "examples": "bad: text the rule must flag; good: text it must leave alone",
    "enabled": "false to ship a rule that runs only when selected",
    "english-only": "true to leave alone text the language guard takes for another language, as the spelling"
    " and grammar rules do (default false)",
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def render(template: str, values: dict[str, Any]) -> str:
    """Fill ``{placeholders}``; anything else in braces is left as written."""
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


def expand(m: re.Match, template: str) -> str:
    """``m.expand(template)``; a template with no backslash holds no group reference and is its own
    expansion, returned as it is (Python 3.11's ``Match.expand`` parses the template anew on every
    call: 5 µs per finding)."""
    return m.expand(template) if "\\" in template else template


@dataclass
class Definition:
    """A parsed YAML rule file."""

    path: str
    data: dict[str, Any]

    def error(self, key: str | None, problem: str) -> RuleError:
        where = f"key '{key}': " if key else ""
        return RuleError(f"{where}{problem}", self.path)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def require(self, key: str, typ: type | tuple[type, ...] = str) -> Any:
        if key not in self.data or self.data[key] in (None, ""):
            raise self.error(key, "is required")
        value = self.data[key]
        if not isinstance(value, typ):
            raise self.error(key, f"must be {_type_name(typ)}, not {type(value).__name__}")
        return value

    def optional(self, key: str, typ: type | tuple[type, ...], default: Any = None) -> Any:
        value = self.data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, typ):
            raise self.error(key, f"must be {_type_name(typ)}, not {type(value).__name__}")
        return value

    def string_list(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, "must be a list of strings")
        return list(value)

    def compile(self, key: str, pattern: str, flags: int = 0) -> re.Pattern:
        try:
            return re.compile(pattern, flags)
        except re.error as err:
            raise self.error(key, f"invalid regular expression {pattern!r}: {err}") from None


def _type_name(typ) -> str:
    names = {str: "a string", int: "a whole number", bool: "true or false", list: "a list", dict: "a mapping"}
    if isinstance(typ, tuple):
        return " or ".join(names.get(t, t.__name__) for t in typ)
    return names.get(typ, typ.__name__)


class YamlRule(Rule):
    """Base class of the YAML kinds.  A kind declares its own keys and parses them in ``setup``."""

    kind_name: ClassVar[str] = ""
    KEYS: ClassVar[dict[str, str]] = {}
    PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("match",)

    def __init__(self, definition: Definition, info: RuleInfo, options: Any = None) -> None:
        super().__init__(options)
        self.definition = definition
        self._info = info
        self.message = definition.get("message") or info.summary
        self.help_text = definition.optional("help", str)
        self.scopes = _scopes(definition)  # type: ignore[misc]
        self.english_only = definition.optional("english-only", bool, False)
        self.setup(definition)

    def check(self, doc, ctx):
        findings = super().check(doc, ctx)
        if not self.english_only:
            return findings
        return _in_english(doc, findings)

    def setup(self, d: Definition) -> None:  # pragma: no cover - every kind overrides
        raise NotImplementedError

    def render(self, **values: Any) -> str:
        return render(self.message, values)

    @classmethod
    def build(cls, d: Definition) -> RuleInfo:
        """Validate a definition and return its RuleInfo (the factory builds the rule)."""
        allowed = dict(COMMON_KEYS)
        allowed.update(cls.KEYS)
        for key in d.data:
            if key not in allowed:
                raise d.error(key, f"is not a key of '{cls.kind_name}' rules{did_you_mean(key, allowed)}")
        code = d.require("code")
        name = d.require("name")
        category = d.require("category")
        summary = d.require("summary")
        try:
            severity = Severity.parse(d.optional("severity", str, "warning"))
        except ValueError as err:
            raise d.error("severity", f"{err}{did_you_mean(d.get('severity'), ['error', 'warning', 'info'])}") from None
        message = d.optional("message", str, summary)
        for ph in _PLACEHOLDER.findall(message):
            if ph not in cls.PLACEHOLDERS:
                raise d.error(
                    "message", f"unknown placeholder {{{ph}}}; '{cls.kind_name}' offers "
                    + ", ".join("{" + p + "}" for p in cls.PLACEHOLDERS) + did_you_mean(ph, cls.PLACEHOLDERS)
                )
        ex = d.optional("examples", dict, {})
        for key in ex:
            if key not in ("bad", "good"):
                raise d.error(f"examples.{key}", f"must be 'bad' or 'good'{did_you_mean(key, ['bad', 'good'])}")
        for key in ("bad", "good"):
            items = ex.get(key) or []
            if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                raise d.error(f"examples.{key}", "must be a list of strings")
        _scopes(d)  # validates
        info_holder: dict[str, RuleInfo] = {}

        def factory(options: Any = None, _d=d, _cls=cls) -> Rule:
            return _cls(_d, info_holder["info"], options)

        info = RuleInfo(
            code=code,
            name=name,
            category=category,
            severity=severity,
            summary=summary.strip(),
            factory=factory,
            docs=(d.optional("docs", str, "") or "").strip(),
            examples=Examples(bad=tuple(ex.get("bad") or ()), good=tuple(ex.get("good") or ())),
            options_type=None,
            enabled_by_default=bool(d.optional("enabled", bool, True)),
            fixable=cls.is_fixable(d),
            origin=d.path,
        )
        info_holder["info"] = info
        # Build once now so that every key of the kind is validated at load time.
        cls(d, info)
        return info

    @classmethod
    def is_fixable(cls, d: Definition) -> bool:
        return False


def _in_english(doc, findings):
    """The findings that start in a block the language guard takes for English (asked only where a
    rule has something to report, so English text with nothing to report costs nothing)."""
    from ..document.language import OWN_VERDICT_WORDS, english_blocks

    english = None
    for f in findings:
        if english is None:
            english = english_blocks(doc, OWN_VERDICT_WORDS)
        if english.at(f.span.start):
            yield f


def _scopes(d: Definition) -> frozenset[str]:
    value = d.get("scope")
    if value is None or value == "prose":
        return PROSE_KINDS
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise d.error("scope", "must be a block kind or a list of block kinds")
    for item in items:
        if item not in BLOCK_KINDS:
            raise d.error("scope", f"{item!r} is not a block kind ({', '.join(BLOCK_KINDS)}){did_you_mean(str(item), BLOCK_KINDS)}")
    return frozenset(items)
