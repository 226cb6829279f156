"""LT001: LanguageTool's matches as newslint findings (optional; LanguageTool is not bundled)."""

from __future__ import annotations

import os
import time
from bisect import bisect_right
from dataclasses import dataclass

from ...diagnostics import Finding, Fix, Span
from ...rule import Examples, Rule
from .categories import category_of, severity_of
from .client import Unavailable, check_url, post_check

ENV_URL = "NEWSLINT_LANGUAGETOOL_URL"
DEFAULT_LANGUAGE = "en-US"
DEFAULT_TIMEOUT = 15.0
CHUNK_CHARS = 20_000  # LanguageTool's public API limit; a chunk is whole blocks
RETRY_AFTER = 60.0  # seconds before a long-lived process tries a failed server again
MAX_SUGGESTIONS = 5
SKIPPED = "LanguageTool checks skipped, everything else ran"

# failures of this process: backend key -> (message, when)
_DOWN: dict[str, tuple[str, float]] = {}


@dataclass(frozen=True)
class Backend:
    key: str  # the server URL or the directory, as configured
    server: str | None
    directory: str | None
    language: str
    timeout: float
    disabled_rules: tuple[str, ...]

    def url(self) -> str:
        if self.server is not None:
            return check_url(self.server)
        from .local import server_for

        return check_url(server_for(self.directory or ""))


DISABLED = "disabled"


def _backend(settings: dict) -> Backend | str | None:
    """The configured backend; a message when the configuration is unusable; None when not
    configured; DISABLED when ``languagetool.enabled`` is false."""
    if settings.get("enabled") is False:
        return DISABLED
    server = settings.get("server") or os.environ.get(ENV_URL) or None
    directory = settings.get("directory") or None
    if server is None and directory is None:
        return None
    if server is not None and not isinstance(server, str):
        return "languagetool.server must be a URL string"
    if directory is not None and not isinstance(directory, str):
        return "languagetool.directory must be a path string"
    language = settings.get("language") or DEFAULT_LANGUAGE
    timeout = settings.get("timeout", DEFAULT_TIMEOUT)
    if not isinstance(language, str):
        return "languagetool.language must be a language code such as en-US or en-GB"
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        return "languagetool.timeout must be a number of seconds"
    disabled = settings.get("disabled-rules") or ()
    if isinstance(disabled, str):
        disabled = [r.strip() for r in disabled.split(",") if r.strip()]
    if not isinstance(disabled, (list, tuple)) or not all(isinstance(r, str) for r in disabled):
        return "languagetool.disabled-rules must be a list of LanguageTool rule ids"
    key = server if server is not None else os.path.abspath(os.path.expanduser(directory or ""))
    return Backend(key, server, os.path.expanduser(directory) if directory else None, language, float(timeout), tuple(disabled))


class LanguageToolMatch(Rule):
    """LanguageTool's matches, reported as newslint findings.  LanguageTool (a Java application,
    LGPL-2.1-or-later) is not part of newslint: point newslint at a running LanguageTool server
    (``languagetool: {server: http://localhost:8081}`` or ``NEWSLINT_LANGUAGETOOL_URL``) or at an
    unpacked LanguageTool directory (``languagetool: {directory: /opt/LanguageTool-6.6}``, Java
    needed), and its matches join the report.

    Each finding takes its category from LanguageTool's issue type (misspelling: spelling;
    grammar: grammar; typographical, whitespace, duplication: typography; style: readability, at
    severity info), keeps LanguageTool's rule id in the message and in ``data``, and gives way to
    a newslint finding of the same category on the same words.  Without a configured LanguageTool
    the rule does nothing; nothing is ever downloaded.  When LanguageTool is configured but cannot
    be reached, one line says so and every other rule runs."""

    code = "LT001"
    name = "languagetool-match"
    category = "grammar"
    summary = "A LanguageTool match (only with a LanguageTool server or directory configured)."
    fixable = True
    # Its examples need a LanguageTool server: tests/checks/test_languagetool.py runs them against
    # recorded LanguageTool answers.
    needs_backend = True
    examples = Examples(
        bad=[
            "Enter you text here. Hover on the marked words for intant correction suggestions. To got the "
            "whole text checked at once, switch to the Proofread in dialog mode in the editr settings."
        ],
        good=["The council approved the budget on Monday."],
    )

    def check(self, doc, ctx):
        backend = _backend(ctx.setting("languagetool") or {})
        explicit = self.code in (ctx.setting("explicitly-selected") or ())
        if backend is None or backend is DISABLED:
            if explicit and backend is None:
                ctx.notice(
                    f"{self.code} ({self.name}) is selected but LanguageTool is not configured: set"
                    f" languagetool.server (or {ENV_URL}) or languagetool.directory; {SKIPPED}"
                )
            elif explicit:
                ctx.notice(f"{self.code} ({self.name}) is selected but languagetool has enabled: false; {SKIPPED}")
            return
        if isinstance(backend, str):
            ctx.notice(f"{backend}; {SKIPPED}")
            return
        down = _DOWN.get(backend.key)
        if down is not None:
            if time.monotonic() - down[1] < RETRY_AFTER:
                ctx.notice(f"{down[0]}; {SKIPPED}")
                return
            del _DOWN[backend.key]
        chunks = _chunks(doc, self.scopes)
        if not chunks:
            return
        try:
            url = backend.url()
            answers = [(a, b, post_check(url, doc.prose[a:b], backend.language, backend.timeout, backend.disabled_rules))
                       for a, b in chunks]
        except Unavailable as err:
            _DOWN[backend.key] = (str(err), time.monotonic())
            ctx.notice(f"{err}; {SKIPPED}")
            return
        for start, end, answer in answers:
            yield from _findings(doc, self.scopes, start, doc.prose[start:end], answer)


def _chunks(doc, scopes) -> list[tuple[int, int]]:
    """Runs of whole blocks in scope, each at most CHUNK_CHARS long (a longer block goes alone)."""
    out: list[tuple[int, int]] = []
    for blk in doc.blocks:
        if blk.kind not in scopes or blk.end <= blk.start:
            continue
        if out and blk.end - out[-1][0] <= CHUNK_CHARS:
            out[-1] = (out[-1][0], blk.end)
        else:
            out.append((blk.start, blk.end))
    return out


def _utf16_to_index(text: str):
    """LanguageTool counts offsets in UTF-16 code units (Java); Python counts code points."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return lambda units: units
    ends = []  # UTF-16 offset after each code point
    n = 0
    for ch in text:
        n += 2 if ord(ch) > 0xFFFF else 1
        ends.append(n)
    return lambda units: bisect_right(ends, units)


def _findings(doc, scopes, start: int, text: str, answer: dict):
    to_index = _utf16_to_index(text)
    for match in answer.get("matches", ()):
        if not isinstance(match, dict):
            continue
        try:
            off = int(match["offset"])
            length = int(match["length"])
        except (KeyError, TypeError, ValueError):
            continue
        a = to_index(off)
        b = to_index(off + length)
        if not 0 <= a < b <= len(text):
            continue
        ctx_info = match.get("context")
        if isinstance(ctx_info, dict):
            try:
                c_text, c_off, c_len = str(ctx_info["text"]), int(ctx_info["offset"]), int(ctx_info["length"])
            except (KeyError, TypeError, ValueError):
                c_text, c_off, c_len = None, 0, 0
            # the context repeats the matched text: if it differs, the offsets are off (a known
            # LanguageTool bug with some characters); better no finding than a misplaced one
            if c_text is not None and c_text[c_off : c_off + c_len] != text[a:b]:
                continue
        s, e = start + a, start + b
        blk = doc.block_at(s)
        if blk is None or blk.kind not in scopes or e > blk.end:
            continue
        rule = match.get("rule") if isinstance(match.get("rule"), dict) else {}
        rule_id = str(rule.get("id") or "UNKNOWN")
        if rule.get("subId"):
            rule_ref = f"{rule_id}[{rule['subId']}]"
        else:
            rule_ref = rule_id
        category = category_of(rule)
        message = " ".join(str(match.get("message") or rule.get("description") or "LanguageTool match").split())
        replacements = [
            str(r["value"]) for r in match.get("replacements") or ()
            if isinstance(r, dict) and isinstance(r.get("value"), str)
        ][:MAX_SUGGESTIONS]
        cat = rule.get("category") if isinstance(rule.get("category"), dict) else {}
        span = Span(s, e)
        yield Finding(
            span,
            f"{message} [LanguageTool {rule_ref}]",
            suggestions=tuple(replacements),
            help=str(rule["description"]) if rule.get("description") else None,
            fix=Fix.replace(span, replacements[0], f"replace with {replacements[0]!r}", safe=False) if replacements else None,
            severity=severity_of(category, rule),
            category=category,
            data={
                "secondary": True,
                "languagetool": {
                    "rule": rule_id,
                    "sub_id": rule.get("subId"),
                    "issue_type": rule.get("issueType"),
                    "category": cat.get("id"),
                },
            },
        )


def reset() -> None:
    """Forget failed servers (tests)."""
    _DOWN.clear()
