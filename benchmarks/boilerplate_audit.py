"""Boilerplate (BP) quality against a blind audit of the Dragnet drafts' labels.

Dragnet's gold marks lines "content" or "leftover" by its own rules (it keeps reader comments, and
much page furniture, as content), which differ from the issue's definition of a leftover.  Two
annotators relabelled a stratified random sample of 300 lines blind (see
``benchmarks/audits/GUIDELINES.md`` and the header of ``benchmarks/audits/dragnet-even-lines.tsv``).
This script lints the drafts with the current rules and estimates, from that sample:

- how often the gold label agrees with the annotators (per stratum and overall);
- precision and recall of the current BP findings against the annotators' labels and against the
  gold labels, on the same sample, each line weighted by its stratum's size over its sample count
  (a stratified ratio estimate; the strata are fixed at sampling time, so the estimate stays valid
  when the rules change), with a bootstrap 95% interval (resampling within strata).

Lines the annotators disagree on, or either marks unsure, are left out (their number is printed).

    python benchmarks/boilerplate_audit.py
    python benchmarks/boilerplate_audit.py --without BP006
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.boilerplate import CODES, SETS, flagged_lines, line_spans  # noqa: E402
from benchmarks.common import DATA, git_revision, load_jsonl, require_shared  # noqa: E402

AUDIT = Path(__file__).resolve().parent / "audits" / "dragnet-even-lines.tsv"


def read_audit(path: Path = AUDIT) -> list[dict]:
    rows, header = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        row["line"] = int(row["line"])
        row["stratum_size"] = int(row["stratum_size"])
        rows.append(row)
    return rows


def estimate(items: list[tuple[str, bool, bool]], sizes: dict[str, int], counts: dict[str, int]) -> tuple[float, float]:
    """Precision and recall of ``flagged`` against ``leftover`` over ``(stratum, flagged, leftover)``
    sample items, each weighted by its stratum's size over the number of its items sampled."""
    tp = flagged = leftover = 0.0
    for stratum, is_flagged, is_leftover in items:
        w = sizes[stratum] / counts[stratum]
        tp += w * (is_flagged and is_leftover)
        flagged += w * is_flagged
        leftover += w * is_leftover
    return (tp / flagged if flagged else 0.0, tp / leftover if leftover else 0.0)


def bootstrap(items, sizes, counts, reps: int = 2000, seed: int = 7) -> tuple[tuple[float, float], tuple[float, float]]:
    """95% intervals of precision and recall, resampling items within their strata."""
    rng = random.Random(seed)
    by = defaultdict(list)
    for it in items:
        by[it[0]].append(it)
    ps, rs = [], []
    for _ in range(reps):
        sample = [rng.choice(group) for group in by.values() for _ in group]
        p, r = estimate(sample, sizes, counts)
        ps.append(p)
        rs.append(r)
    ps.sort()
    rs.sort()
    lo, hi = int(0.025 * reps), int(0.975 * reps) - 1
    return (ps[lo], ps[hi]), (rs[lo], rs[hi])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--without", nargs="*", default=[], help="rule codes to leave out")
    args = ap.parse_args(argv)
    require_shared()
    from newslint.api import lint_text

    rows = read_audit()
    sizes = {r["stratum"]: r["stratum_size"] for r in rows}
    wanted = {r["id"] for r in rows}
    select = [c for c in CODES if c not in set(args.without)]
    records = {rec["id"]: rec for rec in load_jsonl(DATA / "boilerplate-drafts" / SETS["dragnet"]) if rec["id"] in wanted}
    hits = {}
    for rid, rec in records.items():
        lines = [ln["text"] for ln in rec["lines"]]
        res = lint_text("\n".join(lines), path="draft.txt", select=select)
        hits[rid] = flagged_lines(line_spans(lines), res.diagnostics)

    counts = Counter(r["stratum"] for r in rows)  # sample counts include the lines left out below
    audited, gold, dropped = [], [], 0
    agree = Counter()
    per_stratum = defaultdict(Counter)
    for r in rows:
        a, b = r["label_a"], r["label_b"]
        if a != b or a not in ("article", "leftover"):
            dropped += 1
            continue
        rec = records[r["id"]]["lines"][r["line"]]
        is_leftover = a == "leftover"
        gold_leftover = rec["label"] == "leftover"
        is_flagged = bool(hits[r["id"]].get(r["line"]))
        audited.append((r["stratum"], is_flagged, is_leftover))
        gold.append((r["stratum"], is_flagged, gold_leftover))
        agree[r["stratum"]] += gold_leftover == is_leftover
        per_stratum[r["stratum"]][a] += 1

    print(f"# boilerplate audit  (revision {git_revision()})")
    print("command: python benchmarks/boilerplate_audit.py" + (f" --without {' '.join(args.without)}" if args.without else ""))
    print(f"audit: {AUDIT.relative_to(AUDIT.parent.parent.parent)}, {len(rows)} lines, {dropped} left out "
          f"(annotators disagree or unsure); annotators agree on {len(rows) - dropped}/{len(rows)}")
    print("\n| stratum at sampling | lines in set | audited | annotators: leftover | article | gold agrees |")
    print("|---|---|---|---|---|---|")
    for s in ("TP", "FP6", "FPo", "FN", "TN"):
        if s not in sizes:
            continue
        c = per_stratum[s]
        n = c["leftover"] + c["article"]
        print(f"| {s} | {sizes[s]} | {n} | {c['leftover']} | {c['article']} | {agree[s]}/{n} |")
    # share of all lines whose gold label the annotators contradict (weighted)
    total_w = sum(sizes[s] / counts[s] for s, _, _ in audited)
    dis_w = sum(sizes[s] / counts[s] for (s, _, l), (_, _, g) in zip(audited, gold) if l != g)
    print(f"\ngold label contradicted by both annotators: {dis_w / total_w:.1%} of the set's lines (weighted)")
    rules = ", ".join(select) if args.without else "all BP rules"
    p, r = estimate(audited, sizes, counts)
    (plo, phi), (rlo, rhi) = bootstrap(audited, sizes, counts)
    print(f"{rules} vs the annotators' labels: precision {p:.3f} [95% {plo:.3f}-{phi:.3f}]  "
          f"recall {r:.3f} [95% {rlo:.3f}-{rhi:.3f}]")
    # within a stratum the gold label is fixed, so this estimate has no sampling spread; the exact
    # full-set numbers come from benchmarks/boilerplate.py
    p, r = estimate(gold, sizes, counts)
    print(f"{rules} vs the gold labels, same sample: precision {p:.3f}  recall {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
