"""Shared helpers for the quality benchmarks: the labelled sets in ../shared/data, scoring by span
overlap, and false-alarm rates on clean news.

The labelled sets are *not* part of newslint (their licences forbid shipping them); the benchmarks
read them by path.  Set NEWSLINT_SHARED to point elsewhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

REPO = Path(__file__).resolve().parent.parent
def _find_shared() -> Path:
    """NEWSLINT_SHARED, else a `shared` folder beside the checkout (or beside its parent, for git
    worktrees kept one level down)."""
    if os.environ.get("NEWSLINT_SHARED"):
        return Path(os.environ["NEWSLINT_SHARED"])
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared"
    return REPO.parent / "shared"


SHARED = _find_shared()
DATA = SHARED / "data"


def require_shared() -> None:
    if not DATA.is_dir():
        sys.exit(f"benchmarks need the labelled sets in {DATA} (set NEWSLINT_SHARED); not found")


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def git_revision() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "newslint", "rules"], cwd=REPO, capture_output=True, text=True)
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def lint_texts(texts: Sequence[str], select: Sequence[str] | None = None, fmt: str = "plain", config=None) -> list[list]:
    """Diagnostics for each text, through the public API, default settings unless ``config``."""
    from newslint.api import lint_text

    out = []
    for t in texts:
        out.append(lint_text(t, path="bench.txt" if fmt == "plain" else "bench.md", format=fmt, select=select, config=config).diagnostics)
    return out


def score_spans(
    records: Sequence[dict[str, Any]],
    predictions: Sequence[Sequence[Any]],
    category: str,
    *,
    kinds: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Span-overlap scoring in the labelled sets' convention (Format A).

    A predicted span of ``category`` is correct when it overlaps a gold span of that category; a gold
    span is found when any predicted span of that category overlaps it.  ``predictions`` hold objects
    with ``start``, ``end`` (source offsets) and ``category``."""
    kinds = set(kinds) if kinds is not None else None
    tp_pred = n_pred = found = n_gold = 0
    by_kind_gold: Counter = Counter()
    by_kind_found: Counter = Counter()
    fp_examples: list[tuple[str, str]] = []
    fn_examples: list[tuple[str, str, str]] = []
    docs_with_pred_clean = clean_docs = 0
    for rec, preds in zip(records, predictions):
        gold = [s for s in rec["spans"] if s["category"] == category and (kinds is None or s.get("kind") in kinds)]
        ps = [(p.start, p.end) for p in preds if p.category == category]
        if not [s for s in rec["spans"] if s["category"] == category]:
            clean_docs += 1
            docs_with_pred_clean += bool(ps)
        for a, b in ps:
            n_pred += 1
            if any(a < g["end"] and g["start"] < b for g in rec["spans"] if g["category"] == category):
                tp_pred += 1
            elif len(fp_examples) < 400:
                fp_examples.append((rec["id"], rec["text"][a:b]))
        for g in gold:
            n_gold += 1
            by_kind_gold[g.get("kind")] += 1
            if any(a < g["end"] and g["start"] < b for a, b in ps):
                found += 1
                by_kind_found[g.get("kind")] += 1
            elif len(fn_examples) < 400:
                fn_examples.append((rec["id"], g.get("kind"), rec["text"][g["start"] : g["end"]]))
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "predicted": n_pred,
        "correct_predictions": tp_pred,
        "gold": n_gold,
        "found": found,
        "recall_by_kind": {k: by_kind_found[k] / v for k, v in sorted(by_kind_gold.items(), key=lambda kv: str(kv[0]))},
        "clean_docs": clean_docs,
        "clean_docs_flagged": docs_with_pred_clean,
        "false_positives": fp_examples,
        "false_negatives": fn_examples,
    }


def clean_news_rate(category: str | None = None, select: Sequence[str] | None = None, severities=("warning", "error")) -> dict[str, Any]:
    """Findings per 1,000 words on the clean BBC articles (default settings, warnings and errors)."""
    from newslint.api import lint_text

    folder = DATA / "news" / "bbc-dev"
    files = sorted(folder.glob("*.txt"))
    words = 0
    hits = 0
    examples = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        words += len(text.split())
        res = lint_text(text, path=f.name, select=select)
        for d in res.diagnostics:
            if (category is None or d.category == category) and str(d.severity) in severities:
                hits += 1
                if len(examples) < 200:
                    examples.append((f.name, d.line, d.code, d.message))
    return {"files": len(files), "words": words, "findings": hits, "per_1000_words": 1000 * hits / words if words else 0.0, "examples": examples}


def fmt(x: float) -> str:
    return f"{x:.3f}"
