"""How far could a learned line classifier carry boilerplate recall on the Dragnet drafts?

A probe, not a detector: it asks whether the lines the BP rules leave unflagged hold a signal the
rules miss.  For every line no BP rule flags (BP006 left out, as in ``boilerplate.py --without
BP006``), it computes plain-text features of the line and its place in the draft (length, capitals,
final punctuation, digits, position, neighbours' lengths, and how many of its words occur
elsewhere in the draft), trains gradient-boosted trees on one half of the drafts and scores the
other half's lines.  For each probability threshold it prints, with the lines above it added to
newslint's own flags, the other half's precision and recall as ``boilerplate.py`` scores them
(and how many lines were added), the same on the AEB drafts, and the lines it would flag in the
clean news of bbc-dev per 1,000 words.

Needs scikit-learn, which newslint does not depend on::

    python -m venv /tmp/probe && . /tmp/probe/bin/activate && pip install -e . scikit-learn
    NEWSLINT_SHARED=../shared python benchmarks/probes/boilerplate_learned.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.boilerplate import CODES, flagged_lines, in_half, line_spans  # noqa: E402
from benchmarks.common import DATA, load_jsonl, require_shared  # noqa: E402

_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_STOP = frozenset(
    "the a an and or of to in on for with at by from is are was were be been it its this that as not "
    "but have has had you your we our they their he she his her i my me".split()
)
THRESHOLDS = (0.7, 0.5, 0.4, 0.3)


def features(lines: list[str], i: int, df: Counter, toks: list[list[str]], lens: list[int]) -> list[float]:
    t = lines[i]
    n = len(lines)
    words = t.split()
    nw = len(words)
    content = {w for w in toks[i] if w not in _STOP and len(w) > 2}
    overlap = sum(1 for w in content if df[w] > 1) / len(content) if content else -1.0
    caps = sum(1 for w in words if w[:1].isupper()) / nw if nw else 0.0
    end = t.rstrip()[-1:]
    return [
        nw, len(t), caps, overlap, float(end in ".!?\"”’)"), float(end == ":"),
        float(any(c.isdigit() for c in t)), i / max(1, n - 1), float(i == 0), float(i == n - 1),
        lens[i - 1] if i else -1, lens[i + 1] if i + 1 < n else -1, n, sorted(lens)[n // 2],
        sum(1 for x in lens if x <= 8) / n, float("|" in t), float(t.lstrip()[:1] in "»•-*+"),
        float("http" in t or "www." in t or "@" in t),
    ]


def collect(records, select):
    """Per draft: labels, newslint's flagged lines, and (line, features) of every unflagged line."""
    return [_draft([ln["text"] for ln in rec["lines"]], [ln["label"] == "leftover" for ln in rec["lines"]], select)
            for rec in records]


def _draft(lines: list[str], labels: list[bool], select):
    from newslint.api import lint_text

    res = lint_text("\n".join(lines), path="draft.txt", select=select)
    hit = set(flagged_lines(line_spans(lines), res.diagnostics))
    toks = [[w.lower() for w in _WORD.findall(t)] for t in lines]
    df = Counter(w for ts in toks for w in set(ts))
    lens = [len(t.split()) for t in lines]
    rest = [(i, features(lines, i, df, toks, lens)) for i, t in enumerate(lines) if i not in hit and t.strip()]
    return labels, hit, rest


def score(drafts, extra: set[tuple[int, int]]) -> tuple[float, float]:
    tp = fp = fn = 0
    for d, (labels, hit, _) in enumerate(drafts):
        for i, lab in enumerate(labels):
            flagged = i in hit or (d, i) in extra
            tp += flagged and lab
            fp += flagged and not lab
            fn += lab and not flagged
    return tp / (tp + fp), tp / (tp + fn)


def _rows(drafts):
    X = [f for _, _, rest in drafts for _, f in rest]
    keys = [(d, i) for d, (_, _, rest) in enumerate(drafts) for i, _ in rest]
    return X, keys


def main() -> int:
    require_shared()
    try:
        from sklearn.ensemble import GradientBoostingClassifier
    except ImportError:
        print("benchmarks/probes/boilerplate_learned.py: needs scikit-learn (pip install scikit-learn)", file=sys.stderr)
        return 2
    select = [c for c in CODES if c != "BP006"]
    recs = load_jsonl(DATA / "boilerplate-drafts" / "dragnet-drafts-even.jsonl")
    halves = {h: collect([r for r in recs if in_half(r["id"], h)], select) for h in "ab"}
    aeb = collect(load_jsonl(DATA / "boilerplate-drafts" / "aeb-drafts.jsonl"), select)
    news, words = [], 0
    for f in sorted((DATA / "news" / "bbc-dev").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        words += len(text.split())
        lines = text.split("\n")
        news.append(_draft(lines, [False] * len(lines), select))
    print("# learned line classifier on the lines the BP rules leave (without BP006)")
    print("command: python benchmarks/probes/boilerplate_learned.py\n")
    print("| train | test | threshold | lines added | dragnet test half P / R | aeb P / R | bbc-dev lines per 1,000 words |")
    print("|---|---|---|---|---|---|---|")
    for train, test in (("a", "b"), ("b", "a")):
        X, keys = _rows(halves[train])
        y = [halves[train][d][0][i] for d, i in keys]
        model = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.05, random_state=0).fit(X, y)
        probs = {}
        for name, drafts in (("test", halves[test]), ("aeb", aeb), ("news", news)):
            X, keys = _rows(drafts)
            probs[name] = list(zip(keys, model.predict_proba(X)[:, 1]))
        p, r = score(halves[test], set())
        pa, ra = score(aeb, set())
        print(f"| {train} | {test} | (rules alone) | 0 | {p:.3f} / {r:.3f} | {pa:.3f} / {ra:.3f} | 0 |")
        for t in THRESHOLDS:
            extra = {k for k, q in probs["test"] if q >= t}
            p, r = score(halves[test], extra)
            pa, ra = score(aeb, {k for k, q in probs["aeb"] if q >= t})
            n = sum(q >= t for _, q in probs["news"])
            print(f"| {train} | {test} | {t} | {len(extra)} | {p:.3f} / {r:.3f} | {pa:.3f} / {ra:.3f} | {1000 * n / words:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
