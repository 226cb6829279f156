"""The Linter: a Document and the selected rules in, Diagnostics out, through the policy pipeline.

1. run every selected rule on the blocks in its scope (prose offsets);
2. map each finding to source offsets (a fix survives only where the span is contiguous);
3. drop findings that inline directives or ``[sic]`` suppress;
4. drop copy-editing findings inside boilerplate (unless ``lint-boilerplate``);
5. apply severity overrides; 6. de-duplicate; 7. line/column, once; 8. sort.
"""

from __future__ import annotations

import dataclasses
import traceback
from dataclasses import dataclass, field
from typing import Any, Iterable

from .config import Config
from .diagnostics import Diagnostic, Edit, Finding, Fix, Severity
from .document import Document
from .document.language import unchecked_words
from .errors import ConfigError, NewslintError
from .registry import Registry
from .rule import Context, Rule, RuleInfo
from .suggest import did_you_mean
from . import suppress

# Categories not reported inside text a boilerplate rule flagged (unless lint-boilerplate).
COPY_EDIT_CATEGORIES = frozenset({"spelling", "grammar", "typography", "readability", "attribution"})


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # an input error: the file was not (fully) linted
    lines: dict[int, str] = field(default_factory=dict)  # source lines that carry diagnostics
    format: str = "plain"
    fail_on: Severity = Severity.WARNING  # from the file's config: what makes the run exit 1
    notices: list[str] = field(default_factory=list)  # run-level info lines raised by rules

    @property
    def ok(self) -> bool:
        return self.error is None


def _option_value(info: RuleInfo, fld: dataclasses.Field, key: str, value: Any, where: str) -> Any:
    expected = fld.type if isinstance(fld.type, type) else None
    typename = str(fld.type)
    checks = {"int": int, "float": (int, float), "bool": bool, "str": str}
    for name, typ in checks.items():
        if typename == name or expected is (float if name == "float" else typ):
            if name == "int" and isinstance(value, bool) or not isinstance(value, typ):
                raise ConfigError(f"'rules.{key}.{fld.name.replace('_', '-')}' must be {name}, not {type(value).__name__}", where)
            return float(value) if name == "float" else value
    if typename.startswith(("tuple", "list", "frozenset")) and isinstance(value, list):
        return tuple(value)
    return value


def rule_options(info: RuleInfo, key: str, raw: dict[str, Any], where: str) -> Any:
    """Build a rule's Options from config, with close matches for unknown keys."""
    fields = info.option_fields()
    if raw and not fields:
        name = next(iter(raw))
        raise ConfigError(f"'rules.{key}': rule {info.code} ({info.name}) has no option '{name}'", where)
    values = {}
    for opt, value in raw.items():
        attr = str(opt).replace("-", "_")
        if attr not in fields:
            choices = [f.replace("_", "-") for f in fields]
            raise ConfigError(
                f"'rules.{key}': unknown option '{opt}' of {info.code} ({info.name}){did_you_mean(str(opt), choices)};"
                f" options: {', '.join(choices)}",
                where,
            )
        values[attr] = _option_value(info, fields[attr], key, value, where)
    return info.options_type(**values) if info.options_type is not None else None


class Linter:
    """Selected, configured rules for one Config; lint documents with :meth:`lint`."""

    def __init__(self, config: Config, registry: Registry) -> None:
        self.config = config
        self.registry = registry
        where = config.path or "configuration"
        # per-rule settings, validated against the registry
        settings: dict[str, tuple[RuleInfo, Any]] = {}
        self.severity_overrides: dict[str, Severity] = {}
        disabled: set[str] = set()
        enabled: set[str] = set()
        for key, rs in config.rules.items():
            info = registry.get(key)
            if info is None:
                hint = did_you_mean(key, [r.code for r in registry.rules] + [r.name for r in registry.rules])
                raise ConfigError(f"'rules.{key}' names no rule{hint}", where)
            settings[info.code] = (info, rule_options(info, key, dict(rs.options), where))
            if rs.severity is not None:
                self.severity_overrides[info.code] = rs.severity
            if rs.enabled is False:
                disabled.add(info.code)
            elif rs.enabled is True:
                enabled.add(info.code)
        selected, unknown = registry.select(config.select, tuple(config.extend_select) + tuple(enabled), config.ignore)
        if unknown:
            sel = unknown[0]
            hint = registry.suggestion(sel)
            raise ConfigError(
                f"selector '{sel}' names no rule, prefix or category" + (f" (did you mean '{hint}'?)" if hint else ""),
                where,
            )
        self.infos = [r for r in selected if r.code not in disabled]
        self.rules: list[tuple[RuleInfo, Rule]] = []
        for info in self.infos:
            options = settings[info.code][1] if info.code in settings else info.default_options()
            self.rules.append((info, info.factory(options)))
        # Rules named by code or name (not by a prefix or category): an optional backend that is
        # not configured stays silent unless the user asked for it by name.
        explicit = {info.code for sel in tuple(config.select or ()) + tuple(config.extend_select)
                    if (info := registry.get(sel)) is not None}
        self.context = Context(
            vocabulary=config.vocabulary,
            settings={
                "lint-boilerplate": config.lint_boilerplate,
                "languagetool": dict(config.languagetool),
                "explicitly-selected": frozenset(explicit | enabled),
                # codes of every rule this run selected: what one family may read about another
                # (readability leaves out the page leftovers the boilerplate rules report)
                "selected": frozenset(info.code for info in self.infos),
            },
        )
        self._resolve_cache: dict[str, list[str] | None] = {}

    def _resolve(self, selector: str) -> list[str] | None:
        if selector not in self._resolve_cache:
            hits = self.registry.resolve(selector)
            self._resolve_cache[selector] = None if hits is None else [r.code for r in hits]
        return self._resolve_cache[selector]

    def rules_for(self, path: str) -> list[tuple[RuleInfo, Rule]]:
        ignores = self.config.ignores_for(path)
        if not ignores:
            return self.rules
        off: set[str] = set()
        for sel in ignores:
            off.update(self._resolve(sel) or ())
        return [(i, r) for i, r in self.rules if i.code not in off]

    # -- the pipeline ----------------------------------------------------------------------------
    def lint(self, doc: Document) -> FileResult:
        result = FileResult(doc.path, format=doc.format, fail_on=self.config.fail_on)
        raw: list[tuple[RuleInfo, Finding]] = []
        ctx = self.context
        for info, rule in self.rules_for(doc.path):
            try:
                for f in rule.check(doc, ctx):
                    raw.append((info, f))
                facts = getattr(rule, "facts", None)
                if facts is not None:
                    for k, v in (facts(doc, ctx) or {}).items():
                        result.facts.setdefault(k, v)
            except NewslintError as err:
                result.error = f"{info.code} ({info.name}): {err}"
            except ModuleNotFoundError as err:
                # an installation problem, not a bug: say what is missing and how to get it
                result.error = (
                    f"rule {info.code} ({info.name}) needs the Python package {err.name!r}, which is not "
                    f"installed here; run newslint from the environment it was installed in, or reinstall it "
                    f"(pip install newslint)"
                )
            except Exception as err:  # noqa: BLE001 - one broken rule must not lose the file
                tb = traceback.extract_tb(err.__traceback__)[-1]
                result.error = (
                    f"rule {info.code} ({info.name}) crashed: {type(err).__name__}: {err}"
                    f" at {tb.filename}:{tb.lineno}; please report this"
                )
        metrics = result.facts.setdefault("metrics", {})
        if isinstance(metrics, dict):
            metrics.setdefault("words", doc.word_count)
            unchecked = unchecked_words(doc)
            if unchecked:
                # the words of blocks left unchecked as another language, and their share of all
                # the document's words (counted alike; "words" above is readability's count)
                metrics["not_english_words"] = unchecked
                metrics["not_english_share"] = round(unchecked / doc.word_count, 3)
        if doc.metadata.get("_error"):
            result.error = str(doc.metadata["_error"])
        if ctx.notices:
            result.notices = list(ctx.notices)
        result.diagnostics = self._policy(doc, raw)
        for d in result.diagnostics:
            for ln in range(d.line, d.end_line + 1):
                if ln not in result.lines:
                    result.lines[ln] = doc.lines.line_text(ln)
        return result

    def _policy(self, doc: Document, raw: list[tuple[RuleInfo, Finding]]) -> list[Diagnostic]:
        if not raw:
            return []
        lines = doc.lines
        source = doc.source
        sup = suppress.parse(source, lines, self._resolve)
        # 2. to source offsets
        located = []
        for info, f in raw:
            s, e = f.source_span if f.source_span is not None else doc.to_source(f.span)
            located.append((info, f, s, e))
        # 4. boilerplate masks
        masks: list[tuple[int, int]] = []
        if not self.config.lint_boilerplate:
            masks = sorted((s, e) for info, f, s, e in located if (f.category or info.category) == "boilerplate")
        out: list[Diagnostic] = []
        seen: set[tuple[str, int, int]] = set()
        primary: list[tuple[str, int, int]] = []
        for info, f, s, e in located:
            category = f.category or info.category
            line, col = lines.position(s)
            # 3. suppression
            if sup and sup.suppressed(info.code, s, line):
                continue
            if category == "spelling" and suppress.followed_by_sic(source, e):
                continue
            if masks and category in COPY_EDIT_CATEGORIES and _inside(masks, s, e):
                continue
            # 6. de-duplication
            key = (info.code, s, e)
            if key in seen:
                continue
            seen.add(key)
            if f.data and f.data.get("secondary"):
                if any(c == category and a < e and s < b for c, a, b in primary):
                    continue
            else:
                primary.append((category, s, e))
            # 5. severity
            severity = self.severity_overrides.get(info.code) or f.severity or info.severity
            end_line, end_col = lines.position(e)
            out.append(
                Diagnostic(
                    path=doc.path,
                    code=info.code,
                    name=info.name,
                    category=category,
                    severity=severity,
                    message=f.message,
                    start=s,
                    end=e,
                    line=line,
                    column=col,
                    end_line=end_line,
                    end_column=end_col,
                    suggestions=tuple(f.suggestions),
                    help=f.help,
                    fix=self._source_fix(doc, f.fix),
                    data=f.data,
                )
            )
        # secondary findings may precede the primary ones they duplicate: a second pass
        if any(d.data and d.data.get("secondary") for d in out):
            out = [
                d for d in out
                if not (d.data and d.data.get("secondary"))
                or not any(c == d.category and a < d.end and d.start < b for c, a, b in primary)
            ]
        out.sort(key=Diagnostic.sort_key)
        return out

    @staticmethod
    def _source_fix(doc: Document, fix: Fix | None) -> Fix | None:
        if fix is None:
            return None
        edits = []
        for edit in fix.edits:
            a, b = edit.span
            if not doc.offsets.is_contiguous(a, b):
                return None
            s, e = doc.to_source(edit.span)
            edits.append(Edit(type(edit.span)(s, e), edit.replacement))
        return fix._replace(edits=tuple(edits))


def _inside(masks: list[tuple[int, int]], s: int, e: int) -> bool:
    """Is ``[s, e)`` inside one of the (sorted) masks?"""
    for a, b in masks:
        if a > s:
            return False
        if e <= b:
            return True
    return False


def apply_fixes(source: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """Apply non-overlapping fixes (first wins); return the new text and how many were applied."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    applied = 0
    for d in sorted(diagnostics, key=lambda d: (d.start, d.end)):
        if d.fix is None:
            continue
        spans = [(e.span.start, e.span.end) for e in d.fix.edits]
        if any(a < tb and ta < b or a == b == ta for a, b in spans for ta, tb in taken):
            continue
        taken.extend(spans)
        edits.extend(d.fix.edits)
        applied += 1
    out = source
    for edit in sorted(edits, key=lambda e: e.span.start, reverse=True):
        out = out[: edit.span.start] + edit.replacement + out[edit.span.end :]
    return out, applied


MAX_FIX_ROUNDS = 20  # ruff stops at 100; a news text needs two or three


def fix_until_stable(linter: "Linter", text: str, path: str, fmt: str, diagnostics: Iterable[Diagnostic],
                     unsafe: bool = False) -> tuple[str, int, FileResult | None, str]:
    """Apply the fixable findings, lint the fixed text and apply its fixes, until none applies.

    One round applies only fixes that do not overlap, and a fix can make text that another rule
    fixes ("colour scheme" -> "color scheme" -> "palette"), so one ``--fix`` runs rounds until the
    text settles, as ruff's does.  It stops after ``MAX_FIX_ROUNDS`` rounds, and before a round
    that would bring back a text seen already (two rules whose fixes undo each other).  Fixes
    that do not ``repeat`` (boilerplate removal) apply in the first round only.  Returns
    the fixed text, the number of fixes applied, the lint result of the fixed text (None when
    nothing changed), and why fixes were left unapplied ("" when the text settled)."""
    from .document import read_document

    seen = {text}
    applied = 0
    last: FileResult | None = None
    for round_ in range(MAX_FIX_ROUNDS):
        fixable = [d for d in diagnostics if _fixable(d, unsafe, round_ == 0)]
        if not fixable:
            return text, applied, last, ""
        new, n = apply_fixes(text, fixable)
        if n == 0:
            return text, applied, last, ""
        if new in seen:
            return text, applied, last, f"the fixes of {_codes(fixable)} would undo earlier fixes"
        seen.add(new)
        text, applied = new, applied + n
        doc = read_document(text, path, fmt)
        last = linter.lint(doc)
        doc.release()
        if last.error:
            return text, applied, last, ""
        diagnostics = last.diagnostics
    left = [d for d in diagnostics if _fixable(d, unsafe, False)]
    return text, applied, last, (
        f"the fixes of {_codes(left)} still applied after {MAX_FIX_ROUNDS} round{'s' if MAX_FIX_ROUNDS != 1 else ''}"
        if left else "")


def _fixable(d: Diagnostic, unsafe: bool, first_round: bool) -> bool:
    fix = d.fix
    return fix is not None and (unsafe or fix.safe) and (first_round or fix.repeat)


def _codes(diagnostics: list[Diagnostic]) -> str:
    return ", ".join(sorted({d.code for d in diagnostics}))
