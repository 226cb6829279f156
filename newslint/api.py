"""The public entry points: lint a string, or lint paths into a Run (diagnostics, summary, exit code).

Paths are expanded (files, folders, globs, ``-`` for stdin), each file finds its nearest config,
every distinct config gets one Linter, and files are linted in input order, in parallel when
``jobs > 1``.  Problems with a file or a config are collected as one-line errors: the other files
are still linted, and the exit code is 2.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import config as cfg
from . import fileio
from .config import Config
from .document import SUFFIXES, format_for, read_document
from .engine import FileResult, Linter
from .errors import ConfigError, InputError, NewslintError
from .registry import Registry

STDIN = "-"
LINTABLE = frozenset(s for s in SUFFIXES if s)
_GLOB_CHARS = frozenset("*?[")


# -- reading -----------------------------------------------------------------------------------
def decode(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """Bytes to text; a BOM is honoured and dropped.  Binary or mis-encoded input is an InputError.

    A UTF-16 or UTF-32 byte-order mark names the file's encoding when the encoding asked for is
    UTF-8 (the default) or that family (``fileio.write_atomic`` writes such a file back the same
    way).  A NUL byte makes a file binary, except in UTF-16 and UTF-32, where NUL bytes are half
    the text: there a NUL character does."""
    family = fileio.unicode_family(encoding)
    if family is not None:
        bom = fileio.byte_order_mark(data)
        if bom is not None and family in ("utf-8", fileio.unicode_family(bom[1])):
            if bom[1] == "utf-8":
                return _decode_utf8(data, path)
            return _decode_wide(data[len(bom[0]):], path, bom[1])
    if family in ("utf-16", "utf-32"):
        text = _decode_wide(data, path, encoding)
        return text[1:] if text.startswith("\ufeff") else text
    if family == "utf-8":
        return _decode_utf8(data, path)
    return _decode_bytes(data, path, encoding)


def _decode_utf8(data: bytes, path: str) -> str:
    return _decode_bytes(data, path, "utf-8-sig", "UTF-8")


def _decode_bytes(data: bytes, path: str, codec: str, label: str | None = None) -> str:
    """A file in a one-byte encoding or UTF-8: a NUL byte makes it binary."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary file (NUL byte at byte offset {nul}); not linted", path)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        byte = data[err.start]
        raise InputError(
            f"not valid {label or codec}: byte 0x{byte:02X} at byte offset {err.start} (line {line}); "
            f"if the file uses another encoding, pass it with --encoding (for example --encoding cp1252)",
            path,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {codec!r}", path) from None


def _decode_wide(data: bytes, path: str, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        raise InputError(f"not valid {codec.upper()} at byte offset {err.start}", path) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"binary file (NUL character at character offset {nul}); not linted", path)
    return text


def read_source(path: str, encoding: str = "utf-8") -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise InputError("no such file or directory", path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    return decode(data, path, encoding)


# -- configs and linters, once per run ------------------------------------------------------------
class Session:
    """Configs, registries and linters for one run, each built once and shared by its files."""

    def __init__(
        self,
        *,
        config: Config | None = None,
        config_path: str | None = None,
        isolated: bool = False,
        overrides: dict[str, Any] | None = None,
        encoding: str | None = None,
        input_format: str | None = None,
    ) -> None:
        self.fixed = config
        self.config_path = config_path
        self.isolated = isolated
        self.overrides = overrides or {}
        self.encoding = encoding
        self.input_format = input_format
        self.errors: list[str] = []
        self._seen_errors: set[str] = set()
        self._configs: dict[str | None, Config] = {}
        self._dir_config: dict[str, str | None] = {}
        self._registries: dict[tuple[str, ...], Registry] = {}
        self._linters: dict[str | None, Linter] = {}

    def error(self, message: str) -> None:
        if message not in self._seen_errors:
            self._seen_errors.add(message)
            self.errors.append(message)

    def _config_file_for(self, path: str) -> str | None:
        if self.fixed is not None or self.isolated:
            return None
        if self.config_path:
            return os.path.abspath(self.config_path)
        d = os.path.dirname(os.path.abspath(path)) if path != STDIN else os.getcwd()
        if d not in self._dir_config:
            self._dir_config[d] = cfg.find_config(d)
        return self._dir_config[d]

    def config_for(self, path: str) -> Config:
        key = self._config_file_for(path)
        if key not in self._configs:
            if self.fixed is not None:
                base = self.fixed
            elif key is None:
                base = Config(root=os.getcwd())
            else:
                try:
                    base = cfg.load_config(key)
                except ConfigError as err:
                    self.error(str(err) + "; linting with the default settings")
                    base = Config(root=os.path.dirname(key))
            try:
                self._configs[key] = cfg.with_overrides(base, **self.overrides)
            except ValueError as err:
                raise NewslintError(str(err)) from None
        return self._configs[key]

    def registry(self, config: Config) -> Registry:
        key = tuple(config.rule_dirs)
        if key not in self._registries:
            reg = load_registry(key)
            for err in reg.errors:
                self.error(str(err))
            self._registries[key] = reg
        return self._registries[key]

    def linter_for(self, path: str) -> Linter:
        key = self._config_file_for(path)
        if key not in self._linters:
            config = self.config_for(path)
            try:
                linter = Linter(config, self.registry(config))
            except ConfigError as err:
                self.error(str(err) + "; linting with the default settings")
                fallback = cfg.with_overrides(Config(root=config.root), **self.overrides)
                try:
                    linter = Linter(fallback, self.registry(fallback))
                except ConfigError as err2:  # the flags themselves are wrong
                    raise NewslintError(str(err2)) from None
            self._linters[key] = linter
        return self._linters[key]

    def encoding_for(self, config: Config) -> str:
        return self.encoding or config.encoding

    # -- expanding paths -------------------------------------------------------------------------
    def expand(self, paths: Sequence[str], force_exclude: bool = False) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()

        def add(p: str) -> None:
            key = os.path.normpath(p)
            if key not in seen:
                seen.add(key)
                out.append(p)

        for p in paths:
            if p == STDIN:
                add(p)
            elif os.path.isdir(p):
                found = self._walk(p)
                if not found:
                    self.error(f"{p}: no files to lint (looked for {', '.join(sorted(LINTABLE))})")
                for f in found:
                    add(f)
            elif os.path.exists(p) or not (_GLOB_CHARS & set(p)):
                if force_exclude and os.path.exists(p) and self.config_for(p).is_excluded(p):
                    continue
                add(p)  # a missing file is reported when it is read
            else:
                matches = sorted(glob.glob(p, recursive=True))
                files: list[str] = []
                for m in matches:
                    if os.path.isdir(m):
                        files.extend(self._walk(m))
                    elif os.path.splitext(m)[1].lower() in LINTABLE and not self.config_for(m).is_excluded(m):
                        files.append(m)
                if not files:
                    self.error(f"{p}: no files match")
                for f in files:
                    add(f)
        return out

    def _walk(self, top: str) -> list[str]:
        config = self.config_for(os.path.join(top, "x"))
        has_path_globs = any("/" in p.replace(os.sep, "/").strip("/") for p in config.exclude)
        found = []
        for root, dirs, files in os.walk(top):
            # folders were checked on the way down, so each entry is judged by its name, and a
            # path glob (archive/old/*) by its path
            dirs[:] = sorted(
                d for d in dirs
                if not config.is_excluded_name(d) and not config.is_excluded(os.path.join(root, d))
            )
            for name in sorted(files):
                if os.path.splitext(name)[1].lower() in LINTABLE and not config.is_excluded_name(name):
                    full = os.path.join(root, name)
                    if has_path_globs and config.is_excluded(full):
                        continue
                    found.append(full)
        return found

    # -- linting one file --------------------------------------------------------------------------
    def lint_file(self, path: str, stdin_text: str | None = None, display: str | None = None) -> FileResult:
        shown = display or path
        linter = self.linter_for(display or path)
        try:
            if path == STDIN:
                text = stdin_text if stdin_text is not None else _read_stdin(self.encoding_for(linter.config))
            else:
                text = read_source(path, self.encoding_for(linter.config))
        except InputError as err:
            return FileResult(shown, error=err.message)
        fmt = self.input_format or format_for(shown if shown != STDIN else "")
        try:
            doc = read_document(text, shown, fmt)
        except Exception as err:  # noqa: BLE001 - a reader bug must not lose the other files
            return FileResult(shown, error=f"cannot read as {fmt}: {type(err).__name__}: {err}; please report this")
        result = linter.lint(doc)
        doc.release()  # freed now, not by the cyclic collector later
        return result


def _read_stdin(encoding: str) -> str:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    return decode(data, "<stdin>", encoding)


_REGISTRIES: dict[tuple[str, ...], Registry] = {}


def load_registry(rule_dirs: tuple[str, ...] = ()) -> Registry:
    """Rules from entry points plus ``rule_dirs``: loaded once per process."""
    if rule_dirs not in _REGISTRIES:
        from . import registry

        _REGISTRIES[rule_dirs] = registry.load(rule_dirs)
    return _REGISTRIES[rule_dirs]


# -- runs --------------------------------------------------------------------------------------------
@dataclass
class Run:
    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def diagnostics(self):
        return [d for f in self.files for d in f.diagnostics]

    def all_errors(self) -> list[str]:
        return list(self.errors) + [f"{f.path}: {f.error}" for f in self.files if f.error]

    @property
    def summary(self) -> dict[str, Any]:
        return summarize(self.files, self.errors)

    @property
    def exit_code(self) -> int:
        return exit_code(self.files, self.errors)


def summarize(files: Iterable[FileResult], errors: Sequence[str] = ()) -> dict[str, Any]:
    by_sev: dict[str, int] = {}
    by_cat: dict[str, int] = {}
    by_code: dict[str, int] = {}
    n_files = n = n_err = 0
    for f in files:
        n_files += 1
        if f.error:
            n_err += 1
        for d in f.diagnostics:
            n += 1
            by_sev[str(d.severity)] = by_sev.get(str(d.severity), 0) + 1
            by_cat[d.category] = by_cat.get(d.category, 0) + 1
            by_code[d.code] = by_code.get(d.code, 0) + 1
    return {
        "files": n_files,
        "findings": n,
        "by_severity": by_sev,
        "by_category": by_cat,
        "by_code": dict(sorted(by_code.items())),
        "errors": n_err + len(errors),
    }


def exit_code(files: Iterable[FileResult], errors: Sequence[str]) -> int:
    """2 for any error; 1 for a finding at or above its file's fail-on severity; else 0."""
    files = list(files)
    if errors or any(f.error for f in files):
        return 2
    return 1 if any(d.severity >= f.fail_on for f in files for d in f.diagnostics) else 0


# worker state for parallel runs (inherited on fork, rebuilt on spawn)
_WORKER: dict[str, Any] = {}


def tune_gc() -> None:
    """Run the cyclic garbage collector less often in a linting process.

    A lint allocates a great many short-lived objects (spans, tuples, lists) and few reference
    cycles, so at the default threshold (a young collection every 700 allocations) the collector
    walks the young objects hundreds of times per article and finds almost nothing.  A young
    collection every 50,000 allocations cuts a corpus run by about 6% (benchmarks/RESULTS.md, Speed)
    for a few MB more of peak memory; cycles are still collected, so a long run does not grow.
    Called by the command line and in worker processes, never by the library on import: the
    interpreter of a program that imports newslint is not ours to tune."""
    import gc

    gc.set_threshold(50_000, 20, 100)


def _worker_init(session_kwargs: dict[str, Any], stdin_text: str | None, display: str | None) -> None:
    tune_gc()
    if "session" not in _WORKER:
        _WORKER["session"] = Session(**session_kwargs)
    _WORKER["stdin"] = stdin_text
    _WORKER["display"] = display


def _worker_lint(path: str) -> FileResult:
    session: Session = _WORKER["session"]
    display = _WORKER["display"] if path == STDIN else None
    return session.lint_file(path, _WORKER["stdin"] if path == STDIN else None, display)


def available_cpus(cgroup_root: str = "/sys/fs/cgroup") -> int:
    """The CPUs this process may use: the core count, bounded by its affinity mask and by a cgroup
    CPU quota (v2 ``cpu.max`` or v1 ``cpu/cpu.cfs_quota_us``, rounded up), as in a container."""
    try:
        n = len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    quota = _cgroup_quota(cgroup_root)
    if quota is not None:
        n = min(n, quota)
    return max(1, n)


def _cgroup_quota(root: str) -> int | None:
    try:
        with open(os.path.join(root, "cpu.max"), encoding="ascii") as fh:
            fields = fh.read().split()
    except (OSError, ValueError):
        try:
            with open(os.path.join(root, "cpu", "cpu.cfs_quota_us"), encoding="ascii") as fh:
                q = fh.read().strip()
            with open(os.path.join(root, "cpu", "cpu.cfs_period_us"), encoding="ascii") as fh:
                fields = [q, fh.read().strip()]
        except (OSError, ValueError):
            return None
    try:
        quota, period = int(fields[0]), int(fields[1])
    except (IndexError, ValueError):
        return None  # "max", "-1" or unreadable: no quota
    if quota <= 0 or period <= 0:
        return None
    return -(-quota // period)


def iter_lint(
    session: Session,
    files: Sequence[str],
    *,
    jobs: int = 1,
    stdin_text: str | None = None,
    stdin_filename: str | None = None,
    session_kwargs: dict[str, Any] | None = None,
) -> Iterator[FileResult]:
    """Lint ``files`` in order; with ``jobs > 1`` and more than one file, in worker processes."""
    if STDIN in files and stdin_text is None:
        linter = session.linter_for(stdin_filename or STDIN)
        try:
            stdin_text = _read_stdin(session.encoding_for(linter.config))
        except InputError as err:
            stdin_text = None
            session.error(str(err))
    # build every linter in this process first: config errors are reported once, and forked
    # workers inherit the loaded rules and data
    for p in files:
        session.linter_for(stdin_filename or p if p == STDIN else p)
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1:
        for p in files:
            if p == STDIN and stdin_text is None:
                continue
            yield session.lint_file(p, stdin_text, stdin_filename if p == STDIN else None)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _WORKER["session"] = session  # inherited by forked workers
    try:
        ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
        chunk = max(1, min(16, len(files) // (jobs * 8) or 1))
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=ctx, initializer=_worker_init,
            initargs=(session_kwargs or {}, stdin_text, stdin_filename),
        ) as pool:
            todo = [p for p in files if not (p == STDIN and stdin_text is None)]
            yield from pool.map(_worker_lint, todo, chunksize=chunk)
    finally:
        _WORKER.clear()


def lint_paths(
    paths: Sequence[str],
    *,
    config: Config | None = None,
    config_path: str | None = None,
    isolated: bool = False,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    fail_on: str | None = None,
    jobs: int = 1,
    encoding: str | None = None,
    input_format: str | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> Run:
    overrides: dict[str, Any] = {"select": select, "extend_select": tuple(extend_select), "ignore": tuple(ignore), "fail_on": fail_on}
    kwargs = dict(config=config, config_path=config_path, isolated=isolated, overrides=overrides,
                  encoding=encoding, input_format=input_format)
    session = Session(**kwargs)
    files = session.expand(paths)
    run = Run()
    for result in iter_lint(session, files, jobs=jobs, session_kwargs=kwargs):
        run.files.append(result)
        if on_file:
            on_file(result)
    run.errors = list(session.errors)
    return run


def lint_text(
    text: str,
    *,
    path: str = "<text>",
    format: str | None = None,
    config: Config | None = None,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> FileResult:
    """Lint a string with ``config`` (default settings when None; no config file is read)."""
    base = config or Config()
    base = cfg.with_overrides(base, select=select, extend_select=extend_select, ignore=ignore)
    linter = Linter(base, load_registry(tuple(base.rule_dirs)))
    doc = read_document(text, path, format or format_for(path if path != "<text>" else ""))
    result = linter.lint(doc)
    doc.release()
    return result
