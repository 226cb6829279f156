"""Attribution (AT001-AT005): span precision and recall on the hand-labelled news sentences, flags
per 1,000 words on clean BBC news, and the family's cost per word.

    python benchmarks/attribution.py                 # quality on dev.jsonl (all, tune half, check half) + clean news
    python benchmarks/attribution.py --speed         # also time the family on bbc-dev
    python benchmarks/attribution.py --examples 30   # also print false positives and misses

Held-out discipline: rules were tuned looking only at the even-indexed documents of dev.jsonl
("tune" half); the odd-indexed ones ("check" half) are scored separately.  All findings of category
attribution count, whatever their severity (AT002 is info by default).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DATA, REPO, clean_news_rate, fmt, git_revision, lint_texts, load_jsonl, require_shared, score_spans  # noqa: E402

CODES = ["AT001", "AT002", "AT003", "AT004", "AT005"]
COMMAND = "python benchmarks/attribution.py"


def quality(examples: int) -> None:
    records = load_jsonl(DATA / "attribution" / "dev.jsonl")
    preds = lint_texts([r["text"] for r in records], select=CODES)
    halves = {
        "all": list(range(len(records))),
        "tune (even ids)": [i for i in range(len(records)) if i % 2 == 0],
        "check (odd ids)": [i for i in range(len(records)) if i % 2 == 1],
    }
    print(f"attribution/dev.jsonl ({len(records)} documents), category attribution, all severities")
    print(f"{'set':<18}{'P':>7}{'R':>7}{'F1':>7}{'pred':>6}{'gold':>6}  recall by kind")
    for name, idx in halves.items():
        sc = score_spans([records[i] for i in idx], [preds[i] for i in idx], "attribution")
        kinds = ", ".join(f"{k} {fmt(v)}" for k, v in sc["recall_by_kind"].items())
        print(f"{name:<18}{fmt(sc['precision']):>7}{fmt(sc['recall']):>7}{fmt(sc['f1']):>7}{sc['predicted']:>6}{sc['gold']:>6}  {kinds}")
    by_code = Counter(d.code for p in preds for d in p)
    print("predictions by code: " + ", ".join(f"{c} {by_code[c]}" for c in CODES))
    if examples:
        sc = score_spans(records, preds, "attribution")
        print("\nfalse positives:")
        for rid, text in sc["false_positives"][:examples]:
            print(f"  {rid}: {text!r}")
        print("misses:")
        for rid, kind, text in sc["false_negatives"][:examples]:
            print(f"  {rid} [{kind}]: {text!r}")


def clean_news() -> None:
    warn = clean_news_rate(category="attribution", select=CODES)
    info = clean_news_rate(category="attribution", select=CODES, severities=("info",))
    print(f"\nbbc-dev ({warn['files']} files, {warn['words']} words), default severities:")
    print(f"  warnings: {warn['findings']} = {warn['per_1000_words']:.2f} per 1,000 words")
    print(f"  info:     {info['findings']} = {info['per_1000_words']:.2f} per 1,000 words")
    from newslint.api import lint_text

    by_code: Counter = Counter()
    for path in sorted((DATA / "news" / "bbc-dev").glob("*.txt")):
        for d in lint_text(path.read_text(encoding="utf-8"), path=path.name, select=CODES).diagnostics:
            by_code[(d.code, str(d.severity))] += 1
    per = ", ".join(f"{code} {n} ({sev}, {1000 * n / warn['words']:.2f})" for (code, sev), n in sorted(by_code.items()))
    print(f"  by code (per 1,000 words): {per}")


def _time(select: str, folder: Path, fmt: str) -> float:
    """CPU seconds (user + system) of one ``newslint check`` process: steadier than wall time on a
    shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--isolated", "-q", "--exit-zero", "-j", "1", "--format", fmt, "--select", select, str(folder)],
        cwd=REPO, stdout=subprocess.DEVNULL, check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def speed(repeats: int) -> None:
    folder = DATA / "news" / "bbc-dev"
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
    codes = ",".join(CODES)
    runs = {("RD001", "json"): "RD001", ("AT", "json"): codes, ("RD001+AT", "json"): "RD001," + codes,
            ("RD001", "text"): "RD001", ("RD001+AT", "text"): "RD001," + codes}
    best = {k: float("inf") for k in runs}
    for _ in range(repeats):  # interleaved, best of each
        for (name, form), select in runs.items():
            best[(name, form)] = min(best[(name, form)], _time(select, folder, form))
    print(f"\nspeed on bbc-dev ({words} words, one process (-j 1), CPU seconds, best of {repeats}):")
    print("  " + "; ".join(f"--select {name} --format {form}: {v:.2f} s" for (name, form), v in best.items()))
    print(f"  AT alone vs RD001 (json): {(best[('AT', 'json')] - best[('RD001', 'json')]) / words * 1e6:+.2f} µs per word"
          " (RD001 also computes textstat metrics for every file, so this understates)")
    print(f"  attribution family, marginal over RD001 (json): {(best[('RD001+AT', 'json')] - best[('RD001', 'json')]) / words * 1e6:.2f} µs per word")
    print(f"  the same with text output: {(best[('RD001+AT', 'text')] - best[('RD001', 'text')]) / words * 1e6:.2f} µs per word"
          " (includes rendering every finding with its source line)")
    # in process, the analysis alone (every AT rule reads it)
    from newslint.checks.attribution.analysis import analyse
    from newslint.document import read_document

    docs = [read_document(p.read_text(encoding="utf-8"), p.name) for p in sorted(folder.glob("*.txt"))]
    for d in docs:  # split sentences and index words first: the analysis alone is timed
        for b in d.blocks:
            d.sentences_of(b)
        d.words_between(0, 0)
    best = float("inf")
    for _ in range(repeats):
        t = time.process_time()
        for d in docs:
            analyse(d)
        best = min(best, time.process_time() - t)
    print(f"  analysis alone, in process (sentences and words already split): {best / words * 1e6:.2f} µs per word")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=0, help="print this many false positives and misses")
    ap.add_argument("--speed", action="store_true", help="time the family on bbc-dev")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    require_shared()
    print(f"newslint {git_revision()} · {COMMAND}")
    quality(args.examples)
    clean_news()
    if args.speed:
        speed(args.repeats)


if __name__ == "__main__":
    main()
