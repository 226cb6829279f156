"""Outlets (SO) and state media (SM): quality and speed on the labelled sets.

    NEWSLINT_SHARED=/path/to/shared python benchmarks/sourcing.py [--examples]

1. Mandated labels (state-media-labels/tests.jsonl): span recall, precision, look-alike documents flagged.
2. Clean news (news/bbc-dev): state-media and source warnings per 1,000 words, with the findings.
3. Rating threshold: how well Lin et al. pc1 (newslint/data/domain_quality.tsv) separates the domains
   Wikipedia's perennial-sources list calls "generally reliable" from "generally unreliable" or
   "deprecated" (ROC AUC), and what share of each side falls below newslint's LOW_RATING.
4. Speed: seconds for the bbc-dev files with --select SO,SM versus --select RD001 (in-process).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, clean_news_rate, fmt, git_revision, lint_texts, load_jsonl, require_shared, score_spans  # noqa: E402

COMMAND = "NEWSLINT_SHARED=../shared python benchmarks/sourcing.py"


def labels(show: bool) -> dict:
    recs = load_jsonl(DATA / "state-media-labels" / "tests.jsonl")
    preds = lint_texts([r["text"] for r in recs], select=["SM"])
    res = score_spans(recs, preds, "state-media")
    print("## Mandated labels (state-media-labels/tests.jsonl, --select SM)")
    print(f"docs {len(recs)}  gold spans {res['gold']}  found {res['found']}  recall {fmt(res['recall'])}  "
          f"predicted {res['predicted']}  precision {fmt(res['precision'])}")
    print(f"look-alike (negative) docs {res['clean_docs']}, flagged {res['clean_docs_flagged']}")
    for kind, r in res["recall_by_kind"].items():
        print(f"  recall {kind:36s} {fmt(r)}")
    if show:
        for x in res["false_negatives"]:
            print("  FN", x)
        for x in res["false_positives"]:
            print("  FP", x)
    return res


def clean(show: bool) -> dict:
    print("## Clean news (news/bbc-dev, default rules, warnings and errors)")
    out = {}
    for cat in ("state-media", "source"):
        r = clean_news_rate(cat)
        out[cat] = r
        print(f"{cat:12s} files {r['files']}  words {r['words']}  findings {r['findings']}  per 1,000 words {r['per_1000_words']:.4f}")
        if show:
            for e in r["examples"]:
                print("  ", e)
    return out


def _rsp_domains() -> dict[str, set[str]]:
    """Domain -> RSP statuses, from both parses in shared (the evaluation reference)."""
    from newslint.data.build_outlets import RSP_2021, norm_domain

    base = DATA / "reliability" / "wikipedia_rsp"
    out: dict[str, set[str]] = {}
    with open(base / "audiodude_2026" / "sources.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            m = re.search(r"\{\{WP:RSPUSES\|([^}]*)\}\}", row.get("alltext", ""))
            doms = m.group(1).split("|") if m else ([row["domain"]] if row.get("domain") else [])
            for d in doms:
                if "=" not in d and norm_domain(d):
                    out.setdefault(norm_domain(d), set()).add(row["status"])
    with open(base / "kudusch_2021" / "perennial-sources.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                sts = {RSP_2021[s] for s in json.loads(row["status"]) if s in RSP_2021}
                urls = json.loads(row["urls"] or "[]")
            except (json.JSONDecodeError, TypeError):
                continue
            for u in urls:
                d = norm_domain(u)
                if d and d not in out:
                    out.setdefault(d, set()).update(sts)
    return out


def auc(pos: list[float], neg: list[float]) -> float:
    """P(score of a random positive > score of a random negative), ties count half."""
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum = 0.0
    i = 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + j + 1) / 2  # 1-based average rank
        rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    n1, n0 = len(pos), len(neg)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0)


def threshold() -> dict:
    from newslint.checks.outlets import table

    q = table.quality()
    rsp = _rsp_domains()
    good = [q[d] for d, s in rsp.items() if d in q and s == {"gr"}]
    bad = [q[d] for d, s in rsp.items() if d in q and s and s <= {"gu", "d", "b"}]
    mixed = [q[d] for d, s in rsp.items() if d in q and "nc" in s]
    a = auc(good, bad)
    print("## Rating threshold: Lin et al. pc1 vs Wikipedia RSP (domains in both)")
    print(f"generally reliable {len(good)}, generally unreliable/deprecated {len(bad)}: ROC AUC {a:.3f}")
    print(f"lowest pc1 of a generally reliable domain: {min(good):.3f}")
    print(f"(no-consensus domains: {len(mixed)})")
    for t in (0.30, 0.35, 0.40, 0.45, 0.50, 0.55):
        g = sum(v < t for v in good)
        b = sum(v < t for v in bad)
        m = sum(v < t for v in mixed)
        prec = b / (b + g) if b + g else 0.0
        print(f"  pc1 < {t:.2f}: unreliable/deprecated {b}/{len(bad)} ({b / len(bad):.0%}), reliable {g}/{len(good)}, "
              f"no consensus {m}/{len(mixed)}; unreliable share of flagged gr+gu/d {prec:.2f}")
    print(f"newslint LOW_RATING = {table.LOW_RATING}")
    return {"auc": a, "good": len(good), "bad": len(bad)}


def _time(texts: list[str], select: list[str], repeat: int = 5) -> float:
    """CPU seconds (best of ``repeat``) for one Linter, built once as a run builds it, over the texts."""
    from newslint import config as cfg
    from newslint.api import load_registry
    from newslint.document import read_document
    from newslint.engine import Linter

    base = cfg.with_overrides(cfg.Config(), select=select, extend_select=(), ignore=())
    linter = Linter(base, load_registry(tuple(base.rule_dirs)))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time of this process: steadier than wall time on a busy machine
        for i, t in enumerate(texts):
            linter.lint(read_document(t, f"{i}.txt", "plain"))
        best = min(best, time.process_time() - t0)
    return best


def speed() -> dict:
    """In one process (data loaded once, as in a run), best of five: the brief's comparison
    (--select SO,SM vs --select RD001) and the marginal cost over a trivial rule (TY012)."""
    from newslint.api import lint_text

    files = sorted((DATA / "news" / "bbc-dev").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)
    lint_text(texts[0], path="warm.txt", select=["SO", "SM", "RD001", "TY012"])  # load data once, as a run does
    out = {
        "RD001": _time(texts, ["RD001"]),
        "SO,SM": _time(texts, ["SO", "SM"]),
        "TY012": _time(texts, ["TY012"]),
        "TY012,SO,SM": _time(texts, ["TY012", "SO", "SM"]),
    }
    us = {k: 1e6 * v / words for k, v in out.items()}
    print("## Speed (bbc-dev, one process, CPU time, best of 5)")
    print(f"words {words}")
    for k, v in out.items():
        print(f"  --select {k:12s} {v:6.2f}s  {us[k]:5.2f} µs/word")
    print(f"SO,SM minus RD001: {us['SO,SM'] - us['RD001']:+.2f} µs/word (RD001 computes textstat metrics, so this is negative)")
    print(f"marginal cost of SO,SM over TY012: {us['TY012,SO,SM'] - us['TY012']:+.2f} µs/word")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", action="store_true", help="print misses and false alarms")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    require_shared()
    print(f"# newslint sourcing benchmark @ {git_revision()}\n# command: {COMMAND}")
    labels(args.examples)
    clean(args.examples)
    threshold()
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
