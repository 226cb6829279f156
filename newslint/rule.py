"""The rule API: metadata (RuleInfo), examples, the Rule base class and the Context rules get.

A Python rule is a small class::

    class LongSentence(Rule):
        code = "RD001"
        name = "long-sentence"
        category = "readability"
        severity = Severity.INFO
        summary = "Sentence longer than the configured limit."
        examples = Examples(bad=["..."], good=["..."])

        @dataclass(frozen=True)
        class Options:
            max_words: int = 45

        def check_block(self, block, ctx):
            ...
            yield Finding(Span(a, b), "Sentence has 52 words (limit 45).")

``check_block`` runs on every block whose kind is in ``scopes``; override ``check`` instead to see
the whole document at once.  One rule, one code: rules of one family share their analysis through
``doc.memo(key, factory)``, computed once per document.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Iterator

from .diagnostics import CATEGORIES, Finding, Severity
from .document.model import PROSE_KINDS

if TYPE_CHECKING:
    from .config import Vocabulary
    from .document import Block, Document

CODE_RE = re.compile(r"^[A-Z]{2}\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Examples:
    """Text a rule must flag (``bad``) and must leave alone (``good``); they run as tests."""

    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "bad", tuple(self.bad))
        object.__setattr__(self, "good", tuple(self.good))


@dataclass(frozen=True)
class RuleInfo:
    """Everything known about a rule before it runs; the registry holds these."""

    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    factory: Callable[[Any], Rule] = field(repr=False, compare=False)
    docs: str = ""
    examples: Examples = Examples()
    options_type: type | None = None
    enabled_by_default: bool = True
    fixable: bool = False
    origin: str = "builtin"  # entry point name or YAML file path

    def default_options(self) -> Any:
        return self.options_type() if self.options_type is not None else None

    def option_fields(self) -> dict[str, dataclasses.Field]:
        if self.options_type is None:
            return {}
        return {f.name: f for f in dataclasses.fields(self.options_type)}


@dataclass(frozen=True)
class Context:
    """Run-wide settings every rule may read, and a channel for run-level notices.

    ``notice(message)`` records one line for the user (``newslint: info: ...`` on stderr), printed
    once per run however many files raise it: for example that an optional backend is not
    configured and is skipped."""

    vocabulary: Vocabulary | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list, compare=False)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)


class Rule:
    """Base class of Python rules.  Subclasses set the class attributes and override a check."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str] = ""
    docs: ClassVar[str] = ""
    examples: ClassVar[Examples] = Examples()
    scopes: ClassVar[frozenset[str]] = PROSE_KINDS
    Options: ClassVar[type | None] = None
    enabled_by_default: ClassVar[bool] = True
    fixable: ClassVar[bool] = False

    def __init__(self, options: Any = None) -> None:
        if options is None and self.Options is not None:
            options = self.Options()
        self.options = options

    @classmethod
    def info(cls, origin: str = "builtin") -> RuleInfo:
        return RuleInfo(
            code=cls.code,
            name=cls.name,
            category=cls.category,
            severity=Severity.parse(cls.severity),
            summary=cls.summary,
            factory=cls,
            docs=inspect.cleandoc(cls.docs or cls.__doc__ or ""),
            examples=cls.examples,
            options_type=cls.Options,
            enabled_by_default=cls.enabled_by_default,
            fixable=cls.fixable,
            origin=origin,
        )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scopes = self.scopes
        for block in doc.blocks:
            if block.kind in scopes:
                yield from self.check_block(block, ctx)

    def check_block(self, block: Block, ctx: Context) -> Iterable[Finding]:
        return ()


def validate_info(info: RuleInfo) -> list[str]:
    """Problems with a rule's metadata, as messages (empty when it is fine)."""
    problems = []
    if not CODE_RE.match(info.code or ""):
        problems.append(f"code {info.code!r} is not two capitals and three digits (like 'TY001')")
    if not NAME_RE.match(info.name or ""):
        problems.append(f"name {info.name!r} is not kebab-case (like 'repeated-word')")
    if info.category not in CATEGORIES:
        from .suggest import did_you_mean

        problems.append(f"category {info.category!r} is not one of {', '.join(CATEGORIES)}{did_you_mean(info.category, CATEGORIES)}")
    if not info.summary:
        problems.append("summary is empty")
    return problems
