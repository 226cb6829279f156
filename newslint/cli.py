"""Command line: click commands only.  Parse flags, build the run, pick a reporter."""

from __future__ import annotations

import os
import sys
from typing import Iterable

import click

from .__about__ import __version__

FORMAT_CHOICES = ("text", "json", "jsonl", "sarif", "github")


def _split(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(p.strip() for p in v.replace(";", ",").split(",") if p.strip())
    return out


def _fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(2)


def _stderr_error(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="newslint")
def main() -> None:
    """newslint: a fast, precise linter for news copy.

    \b
    newslint check draft.md          lint files, folders or globs ('-' reads stdin)
    newslint rules                   list the rules
    newslint explain TY001           explain one rule, with examples
    newslint init                    write a commented starter .newslint.yaml
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--select", multiple=True, metavar="RULES", help="Run only these rules: codes, prefixes, categories or names (comma-separated).")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Run these rules too.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not run these rules.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"], case_sensitive=False), help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True, help="Output format.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of discovering one.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--color/--no-color", default=None, help="Force or disable colour (default: colour on terminals, none with NO_COLOR).")
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only: no metrics and no summary.")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--stdin-filename", metavar="PATH", help="The path of the text read from stdin: for its format, config and messages.")
@click.option("--input-format", type=click.Choice(["auto", "plain", "markdown", "html"]), default="auto", show_default=True, help="Read files as this format instead of guessing from the suffix.")
@click.option("--encoding", metavar="NAME", help="Text encoding of the files [default: utf-8].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Lint in this many processes [default: the CPUs this process may use: cores, affinity, container quota].")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files, atomically (again on the fixed text until none applies), then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes that may change meaning (spelling suggestions).")
@click.option("--diff", "show_diff", is_flag=True, help="Write nothing: print what --fix would change, as a unified diff (exit 1 when there is something to fix).")
@click.option("--force-exclude", is_flag=True, help="Apply 'exclude' to files named on the command line too.")
@click.option("--no-source", is_flag=True, help="Do not show the source line under each diagnostic.")
def check(paths, select, extend_select, ignore, fail_on, exit_zero, fmt, config_path, isolated, color, quiet,
          statistics, stdin_filename, input_format, encoding, jobs, fix, unsafe_fixes, show_diff, force_exclude, no_source):
    """Lint news copy: plain text, Markdown or HTML files, folders and globs; '-' reads stdin."""
    from .api import STDIN, Session, exit_code, iter_lint, load_registry, summarize, tune_gc
    from .errors import NewslintError
    from .reporters import get_reporter

    tune_gc()

    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            _fail(f"--encoding: unknown encoding {encoding!r}")
    if config_path and not os.path.isfile(config_path):
        _fail(f"{config_path}: config file does not exist")
    paths = list(paths) or ["."]
    if (fix or show_diff) and STDIN in paths:
        _fail(f"{'--diff' if show_diff else '--fix'} works on files, not stdin; run it on files")
    selectors = {"--select": _split(select), "--extend-select": _split(extend_select), "--ignore": _split(ignore)}
    registry = load_registry()
    for flag, items in selectors.items():
        for sel in items:
            if registry.resolve(sel) is None:
                hint = registry.suggestion(sel)
                _fail(f"{flag}: '{sel}' names no rule, prefix or category" + (f" (did you mean '{hint}'?)" if hint else "") + "; see `newslint rules`")
    overrides = {
        "select": selectors["--select"] or None,
        "extend_select": tuple(selectors["--extend-select"]),
        "ignore": tuple(selectors["--ignore"]),
        "fail_on": fail_on.lower() if fail_on else None,
    }
    kwargs = dict(config_path=config_path, isolated=isolated, overrides=overrides, encoding=encoding,
                  input_format=None if input_format == "auto" else input_format)
    try:
        session = Session(**kwargs)
        files = session.expand(paths, force_exclude=force_exclude)
        for p in files:
            session.linter_for(stdin_filename if p == STDIN and stdin_filename else p)
    except NewslintError as err:
        _fail(str(err))
    printed_errors = 0
    for e in session.errors:
        _stderr_error(e)
    printed_errors = len(session.errors)

    if jobs is None:
        from .api import available_cpus

        jobs = available_cpus()
    if show_diff:
        sys.exit(_diff_run(session, files, jobs, kwargs, unsafe_fixes, printed_errors))
    out = sys.stdout
    rule_info = {r.code: r for r in registry.rules}
    reporter = get_reporter(fmt, out, color=color, quiet=quiet, statistics=statistics,
                            show_source=not no_source, rule_info=rule_info)
    github = None
    if fmt == "text" and os.environ.get("GITHUB_ACTIONS") == "true":
        github = get_reporter("github", out)
    progress = None
    if wants_progress(fmt, len(files), sys.stderr.isatty(), os.environ):
        from .progress import Progress

        progress = Progress(len(files))
    results = []
    notices: set[str] = set()
    reporter.start()
    try:
        for result in iter_lint(session, files, jobs=jobs, stdin_filename=stdin_filename, session_kwargs=kwargs):
            if fix and result.ok and result.diagnostics:
                result = _apply_fixes(session, result, unsafe_fixes)
            for note in result.notices:
                if note not in notices:
                    notices.add(note)
                    click.echo(f"newslint: info: {note}", err=True)
            if result.error:
                _stderr_error(f"{result.path}: {result.error}")
            reporter.file(result)
            if github is not None:
                github.file(result)
            if progress is not None:
                progress.advance()
            results.append(_slim(result))
    except NewslintError as err:
        _fail(str(err))
    finally:
        if progress is not None:
            progress.close()
    for e in session.errors[printed_errors:]:
        _stderr_error(e)
    summary = summarize(results, session.errors)
    reporter.finish(summary, session.errors)
    code = exit_code(results, session.errors)
    if exit_zero and code == 1:
        code = 0
    sys.exit(code)


def wants_progress(fmt: str, n_files: int, stderr_is_tty: bool, env) -> bool:
    """A progress bar on stderr for long runs whose output is for machines (the text report is
    itself the progress), only on a terminal, never in CI logs."""
    return fmt in ("jsonl", "json", "sarif") and n_files > 50 and stderr_is_tty and not env.get("CI")


def _slim(result):
    """Keep what the exit code and summary need; let the rest go (corpora run to millions)."""
    from .engine import FileResult

    return FileResult(result.path, diagnostics=result.diagnostics, error=result.error, fail_on=result.fail_on)


def _fixed_text(session, result, unsafe: bool):
    """``(original, fixed, number of fixes, lint result of the fixed text or None)`` of a linted
    file, fixed until no fix applies (``engine.fix_until_stable``; a warning on stderr when fixes
    undo each other); raises InputError when the file cannot be read again."""
    from .api import read_source
    from .engine import fix_until_stable

    linter = session.linter_for(result.path)
    original = read_source(result.path, session.encoding_for(linter.config))
    fmt = session.input_format or result.format
    fixed, n, last, unsettled = fix_until_stable(linter, original, result.path, fmt, result.diagnostics, unsafe)
    if unsettled:
        click.echo(f"newslint: warning: {result.path}: {unsettled}; stopped after {n} fix{'es' if n != 1 else ''} "
                   f"(check those rules' replacements)", err=True)
    return original, fixed, n, last


def _diff_run(session, files, jobs, kwargs, unsafe: bool, printed_errors: int) -> int:
    """``check --diff``: a unified diff per file that --fix would change; nothing is written.
    Exit code 2 for input errors, else 1 when something would change, else 0."""
    import difflib

    from .api import iter_lint
    from .errors import InputError

    n_fixes = n_files = errors = 0
    for result in iter_lint(session, files, jobs=jobs, session_kwargs=kwargs):
        if result.error:
            errors += 1
            _stderr_error(f"{result.path}: {result.error}")
            continue
        if not any(d.fix is not None for d in result.diagnostics):
            continue
        try:
            original, fixed, n, _ = _fixed_text(session, result, unsafe)
        except InputError as err:
            errors += 1
            _stderr_error(f"{result.path}: {err.message}")
            continue
        if n == 0 or fixed == original:
            continue
        n_fixes += n
        n_files += 1
        lines = difflib.unified_diff(
            original.splitlines(keepends=True), fixed.splitlines(keepends=True),
            fromfile=result.path, tofile=f"{result.path} (fixed)",
        )
        out = []
        for line in lines:
            if line.endswith("\n"):
                out.append(line)
            else:  # the file's last line has no newline
                out.append(line + "\n\\ No newline at end of file\n")
        sys.stdout.write("".join(out))
    for e in session.errors[printed_errors:]:
        _stderr_error(e)
    if n_files:
        click.echo(f"newslint: {n_fixes} fix{'es' if n_fixes != 1 else ''} in {n_files} file{'s' if n_files != 1 else ''} "
                   f"would be applied (run with --fix{' --unsafe-fixes' if unsafe else ''})", err=True)
    if errors or session.errors:
        return 2
    return 1 if n_files else 0


def _apply_fixes(session, result, unsafe: bool):
    from .errors import InputError
    from .fileio import write_atomic

    linter = session.linter_for(result.path)
    encoding = session.encoding_for(linter.config)
    try:
        original, fixed, n, last = _fixed_text(session, result, unsafe)
    except InputError as err:
        result.error = err.message
        return result
    if last is None or fixed == original:  # (last is None exactly when no fix applied)
        return result
    try:
        write_atomic(result.path, fixed, encoding)
    except OSError as err:
        result.error = f"cannot write the fixed file: {err.strerror or err}"
        return result
    click.echo(f"{result.path}: applied {n} fix{'es' if n != 1 else ''}", err=True)
    return last  # the lint of the text as written


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default (marked).")
def rules_cmd(fmt, show_all):
    """List the rules: code, name, category, default severity and summary."""
    from .api import load_registry
    from . import catalogue

    registry = load_registry()
    for err in registry.errors:
        _stderr_error(str(err))
    rules = registry.rules if show_all or fmt != "text" else registry.rules
    click.echo(catalogue.render(rules, fmt), nl=False)
    if registry.errors:
        sys.exit(2)


@main.command()
@click.argument("rule")
def explain(rule):
    """Explain a rule (by code or name): what it flags, why, its options and examples."""
    from .api import load_registry
    from . import catalogue

    registry = load_registry()
    info = registry.get(rule)
    if info is None:
        hint = registry.suggestion(rule)
        _fail(f"no rule {rule!r}" + (f" (did you mean '{hint}'?)" if hint else "") + "; see `newslint rules`")
    click.echo(catalogue.explain(info), nl=False)


@main.command()
@click.argument("query", nargs=-1, required=True, metavar="NAME|DOMAIN")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def source(query, fmt):
    """What newslint knows about an outlet: domain, rating and its scale, state affiliation, and
    where the facts come from.  Exit 1 when it knows nothing about it."""
    from .checks.outlets.describe import describe

    text, found = describe(" ".join(query), fmt)
    click.echo(text, nl=False)
    if not found:
        sys.exit(1)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing .newslint.yaml.")
def init(directory, force):
    """Write a commented starter .newslint.yaml into DIRECTORY (default: here)."""
    from .config import STARTER
    from .fileio import write_atomic

    path = os.path.join(directory, ".newslint.yaml")
    if os.path.exists(path) and not force:
        _fail(f"{path}: already exists (use --force to overwrite)")
    try:
        os.makedirs(directory, exist_ok=True)
        write_atomic(path, STARTER, "utf-8")
    except OSError as err:
        _fail(f"{path}: cannot write: {err.strerror or err}")
    click.echo(f"Wrote {path}")


if __name__ == "__main__":  # pragma: no cover
    main()
