"""Speed, side by side with proselint, in one run.

    python benchmarks/speed.py                   # everything, prints Markdown
    python benchmarks/speed.py --write           # ... and replaces the Speed section of RESULTS.md
    python benchmarks/speed.py --only cold       # cold start only (quick)

Whole-process timings (wall clock, as a user sees them), with the two tools' runs alternated so that
machine noise hits both alike; medians and ratios; words per second; peak resident memory of the
largest process (wait4's ru_maxrss, which covers reaped worker processes). Then a per-family profile:
the time each rule family takes over the corpus, in one process, so that a slow rule is visible.

proselint must be installed in the benchmark environment (pip install proselint).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, REPO, git_revision, require_shared  # noqa: E402

SEED = REPO / "seeds" / "000_15ed5231e2ee217b.txt"


def timed(cmd: list[str], cwd: Path | None = None) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB of the largest process, exit code) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t0
    return dt, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def alternate(cmds: dict[str, list[str]], runs: int, warmup: int = 1) -> dict[str, dict]:
    for _ in range(warmup):
        for cmd in cmds.values():
            timed(cmd)
    times: dict[str, list[float]] = {k: [] for k in cmds}
    rss: dict[str, int] = {k: 0 for k in cmds}
    codes: dict[str, set] = {k: set() for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            dt, mb, code = timed(cmd)
            times[name].append(dt)
            rss[name] = max(rss[name], mb)
            codes[name].add(code)
    return {k: {"median": statistics.median(v), "min": min(v), "max": max(v), "rss_mb": rss[k], "exit": sorted(codes[k])}
            for k, v in times.items()}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        sys.exit(f"{name} is not installed in this environment (pip install {name})")
    return found


def bytecode_warning(newslint: str) -> str | None:
    """A source checkout run with PYTHONDONTWRITEBYTECODE (or an editable install in such an
    environment) recompiles every module at every start: cold starts would be overstated.  Users get
    bytecode compiled by pip at install time, so benchmark a regular install."""
    code = ("import importlib.util, os, newslint.checks.spelling.rules as m;"
            "print(os.path.exists(importlib.util.cache_from_source(m.__file__)))")
    python = Path(newslint).parent / "python"
    import tempfile

    with tempfile.TemporaryDirectory() as neutral:  # not the checkout: -c puts the cwd on sys.path
        out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=neutral)
    if out.stdout.strip() != "True":
        return ("warning: this newslint has no cached bytecode (an editable install with "
                "PYTHONDONTWRITEBYTECODE?): its cold start is overstated; benchmark a regular install: "
                "python -m venv /tmp/bench && . /tmp/bench/bin/activate && pip install . proselint")
    return None


def corpus_words(files: list[Path]) -> int:
    return sum(len(f.read_text(encoding="utf-8").split()) for f in files)


def profile(files: list[Path]) -> list[tuple[str, float, int]]:
    """Seconds per rule family over the corpus, in this process (document reading counted apart)."""
    from newslint.api import load_registry
    from newslint.config import Config
    from newslint.document import read_document
    from newslint.engine import Linter

    linter = Linter(Config(), load_registry())
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    t0 = time.perf_counter()
    docs = [read_document(t, n) for n, t in texts]
    for d in docs:  # words and sentences are shared by every rule: count them with reading
        _ = d.word_count
        for b in d.blocks:
            _ = b.sentences
    read_s = time.perf_counter() - t0
    families: dict[str, float] = {}
    counts: dict[str, int] = {}
    for info, rule in linter.rules:
        module = type(rule).__module__
        family = module.split(".")[2] if module.startswith("newslint.checks.") else f"yaml:{info.category}"
        t0 = time.perf_counter()
        n = 0
        for d in docs:
            n += sum(1 for _ in rule.check(d, linter.context))
            facts = getattr(rule, "facts", None)
            if facts is not None:
                facts(d, linter.context)
        families[family] = families.get(family, 0.0) + time.perf_counter() - t0
        counts[family] = counts.get(family, 0) + n
    t0 = time.perf_counter()
    fresh = [read_document(t, n) for n, t in texts]
    for d in fresh:
        linter.lint(d)
    total = time.perf_counter() - t0
    rows = [("reading + sentences + words", read_s, 0)] + sorted(((k, v, counts[k]) for k, v in families.items()), key=lambda r: -r[1])
    rows.append(("whole lint, per-word caches warm from the passes above (read + all rules + policy)", total, 0))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=11, help="timed runs per command (default 11)")
    ap.add_argument("--corpus-runs", type=int, default=5)
    ap.add_argument("--only", choices=["cold", "corpus", "profile"], help="run one part")
    ap.add_argument("--corpus", default=str(DATA / "news" / "bbc-dev"))
    ap.add_argument("--write", action="store_true", help="replace the '## Speed' section of benchmarks/RESULTS.md")
    args = ap.parse_args()
    require_shared()
    newslint, proselint = tool("newslint"), tool("proselint")
    warning = bytecode_warning(newslint)
    if warning:
        print(warning, file=sys.stderr)
    corpus = Path(args.corpus)
    files = sorted(corpus.glob("*.txt"))
    words = corpus_words(files)
    seed_words = len(SEED.read_text(encoding="utf-8").split())
    out = [
        "## Speed",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} at {git_revision()} on {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"with `python benchmarks/speed.py{' --only ' + args.only if args.only else ''}` (runs alternated, medians),",
        "in a virtual environment holding a regular install of newslint and proselint "
        "(`python -m venv /tmp/bench && . /tmp/bench/bin/activate && pip install . proselint`)"
        + (" **without cached bytecode: cold start overstated**." if warning else "."),
        "",
    ]
    if args.only in (None, "cold"):
        res = alternate({"newslint": [newslint, "check", str(SEED)], "proselint": [proselint, "check", str(SEED)]}, args.runs)
        n, p = res["newslint"], res["proselint"]
        out += [
            f"Cold start, one article (`{SEED.relative_to(REPO)}`, {seed_words} words, all default rules, text output), {args.runs} runs:",
            "",
            "| tool | median s | min s | peak RSS MB |",
            "|---|---|---|---|",
            f"| newslint | {n['median']:.3f} | {n['min']:.3f} | {n['rss_mb']} |",
            f"| proselint | {p['median']:.3f} | {p['min']:.3f} | {p['rss_mb']} |",
            "",
            f"newslint / proselint: **{n['median'] / p['median']:.2f}x** (target <= 2.0x).",
            "",
        ]
    if args.only in (None, "corpus"):
        cmds = {
            "newslint --jobs 2": [newslint, "check", "--format", "json", "--jobs", "2", str(corpus)],
            "newslint --jobs 1": [newslint, "check", "--format", "json", "--jobs", "1", str(corpus)],
            "proselint": [proselint, "check", *map(str, files)],
        }
        res = alternate(cmds, args.corpus_runs, warmup=1)
        p = res["proselint"]["median"]
        out += [
            f"Corpus: `{corpus.relative_to(SHARED_PARENT) if corpus.is_relative_to(SHARED_PARENT) else corpus}`, {len(files)} articles, {words:,} words, "
            f"{args.corpus_runs} runs each:",
            "",
            "| command | median s | words/s | vs proselint | peak RSS MB |",
            "|---|---|---|---|---|",
        ]
        for name, r in res.items():
            out.append(f"| {name} | {r['median']:.2f} | {words / r['median']:,.0f} | {r['median'] / p:.2f} | {r['rss_mb']} |")
        j1, j2 = res["newslint --jobs 1"]["median"], res["newslint --jobs 2"]["median"]
        out += ["", f"newslint (default `--jobs`, 2 cores here) / proselint: **{j2 / p:.2f}** (target <= 0.20); "
                f"`--jobs 2` speed-up over `--jobs 1`: **{j1 / j2:.2f}x** (target >= 1.6x).", ""]
    if args.only in (None, "profile"):
        rows = profile(files)
        out += [f"Per-family profile over the same corpus, one process ({words:,} words):", "",
                "| family | seconds | µs/word | findings |", "|---|---|---|---|"]
        for name, secs, n in rows:
            out.append(f"| {name} | {secs:.3f} | {1e6 * secs / words:.2f} | {n if n else ''} |")
        out.append("")
    text = "\n".join(out) + "\n"
    print(text)
    if args.write:
        write_section(text)


SHARED_PARENT = DATA.parent.parent


def write_section(text: str, heading: str = "## Speed") -> None:
    path = REPO / "benchmarks" / "RESULTS.md"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    import re

    m = re.search(r"(?m)^" + re.escape(heading) + r"\n", old)  # the heading on a line of its own
    if m is None:
        new = old.rstrip() + "\n\n" + text
    else:
        start = m.start()
        nxt = re.search(r"(?m)^## ", old[m.end() :])
        new = old[:start] + text + (old[m.end() + nxt.start() :] if nxt else "")
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
