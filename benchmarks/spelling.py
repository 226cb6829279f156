"""Spelling benchmark: newslint's SP001/SP002 next to pyspellchecker and symspellpy, same data, same run.

    python benchmarks/spelling.py [--no-baselines] [--examples N]

Sets (../shared/data, never shipped):
* spelling-nonword (Norvig set 1, Mitton aspell): detection and first-suggestion accuracy;
* spelling-injected (BBC business + entertainment with injected errors): recall by kind
  (non-word, real-word) and precision of all spelling findings;
* realword-natural (Zesch 2012 natural train + artificial noun): precision and recall;
* news/bbc-dev: spelling warnings per 1,000 words on clean news.

Baselines (benchmark-only installs: ``pip install pyspellchecker symspellpy``) flag every token
their dictionary lacks (the way they are used out of the box) and suggest their first candidate.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, clean_news_rate, fmt, git_revision, load_jsonl, require_shared, score_spans  # noqa: E402

SELECT = ["SP"]
TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


class Pred:
    __slots__ = ("start", "end", "category", "suggestions", "code", "severity")

    def __init__(self, start, end, suggestions=(), code="", severity="warning"):
        self.start, self.end, self.category, self.suggestions = start, end, "spelling", tuple(suggestions)
        self.code, self.severity = code, severity


def newslint_predict(texts, records=None):
    from newslint.api import lint_text

    out = []
    for t in texts:
        res = lint_text(t, path="bench.txt", select=SELECT)
        out.append(
            [Pred(d.start, d.end, d.suggestions, d.code, str(d.severity)) for d in res.diagnostics if d.category == "spelling"]
        )
    return out


class Baseline:
    name = ""

    def unknown(self, word: str) -> bool: ...

    def suggest(self, word: str) -> str | None: ...

    def __init__(self) -> None:
        self.known: dict[str, bool] = {}  # word -> unknown to the dictionary?
        self.suggestions: dict[str, tuple[str, ...]] = {}

    def predict(self, texts, records=None):
        """Flag every token the dictionary lacks.  With ``records``, suggestions are computed only
        for tokens over a labelled span (the only ones any metric reads): pyspellchecker takes
        seconds per long word at distance 2."""
        out = []
        for k, t in enumerate(texts):
            gold = records[k]["spans"] if records is not None else None
            preds = []
            for m in TOKEN.finditer(t):
                w = m.group().replace("’", "'").lower()
                unknown = self.known.get(w)
                if unknown is None:
                    unknown = self.known[w] = self.unknown(w)
                if not unknown:
                    continue
                sugg: tuple[str, ...] = ()
                if gold is None or any(m.start() < g["end"] and g["start"] < m.end() for g in gold):
                    if w not in self.suggestions:
                        s = self.suggest(w)
                        self.suggestions[w] = (s,) if s else ()
                    sugg = self.suggestions[w]
                preds.append(Pred(m.start(), m.end(), sugg))
            out.append(preds)
        return out


class PySpell(Baseline):
    name = "pyspellchecker"

    def __init__(self):
        from spellchecker import SpellChecker

        super().__init__()
        self.sc = SpellChecker()

    def unknown(self, word):
        return bool(self.sc.unknown([word]))

    def suggest(self, word):
        return self.sc.correction(word)


class SymSpell(Baseline):
    name = "symspellpy"

    def __init__(self):
        import importlib.resources

        from symspellpy import SymSpell as S, Verbosity

        super().__init__()
        self.verbosity = Verbosity.CLOSEST
        self.s = S(max_dictionary_edit_distance=2, prefix_length=7)
        path = importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
        self.s.load_dictionary(str(path), term_index=0, count_index=1)

    def unknown(self, word):
        return word not in self.s.words

    def suggest(self, word):
        res = self.s.lookup(word, self.verbosity, max_edit_distance=2)
        return res[0].term if res else None


def nonword_scores(records, preds):
    """Detection (a finding over the misspelling) and first suggestion right."""
    n = det = top1 = 0
    for rec, ps in zip(records, preds):
        for g in rec["spans"]:
            n += 1
            hit = [p for p in ps if p.start < g["end"] and g["start"] < p.end]
            if hit:
                det += 1
                if hit[0].suggestions and hit[0].suggestions[0].lower() == g["correction"].lower():
                    top1 += 1
    return {"n": n, "detection": det / n if n else 0.0, "top1": top1 / n if n else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-baselines", action="store_true", help="score newslint only")
    ap.add_argument("--examples", type=int, default=0, help="print N false positives / negatives per set")
    ap.add_argument("--baselines-only", action="store_true", help="score pyspellchecker and symspellpy only")
    ap.add_argument("--only", choices=("pyspellchecker", "symspellpy"), help="with --baselines-only: just this one")
    args = ap.parse_args()
    require_shared()
    systems = [] if args.baselines_only else [("newslint", newslint_predict)]
    if not args.no_baselines:
        for cls in (PySpell, SymSpell):
            if args.only and cls.name != args.only:
                continue
            try:
                t = time.perf_counter()
                b = cls()
                print(f"# {cls.name} loaded in {time.perf_counter() - t:.2f} s")
                systems.append((cls.name, b.predict))
            except ImportError:
                print(f"# {cls.name} not installed: skipped (pip install {cls.name})")

    print(f"# spelling benchmark, newslint {git_revision()}")
    print("# command: python benchmarks/spelling.py" + (" --no-baselines" if args.no_baselines else "") + (" --baselines-only" if args.baselines_only else ""))
    rows: dict[str, dict[str, str]] = {name: {} for name, _ in systems}

    # 1. isolated misspellings
    for fname in ("norvig-set1", "mitton-aspell"):
        recs = load_jsonl(DATA / "spelling-nonword" / f"{fname}.jsonl")
        texts = [r["text"] for r in recs]
        for name, predict in systems:
            s = nonword_scores(recs, predict(texts, recs))
            rows[name][f"{fname} detection"] = fmt(s["detection"])
            rows[name][f"{fname} top-1"] = fmt(s["top1"])

    # 2. injected errors in real news
    recs = []
    for fname in ("bbc-business", "bbc-entertainment"):
        recs += load_jsonl(DATA / "spelling-injected" / f"{fname}.jsonl")
    texts = [r["text"] for r in recs]
    for name, predict in systems:
        preds = predict(texts, recs)
        s = score_spans(recs, preds, "spelling")
        nw = score_spans(recs, preds, "spelling", kinds=["non-word"])
        rw = score_spans(recs, preds, "spelling", kinds=["real-word"])
        nonword_recs = [{**r, "spans": [sp for sp in r["spans"] if sp["kind"] == "non-word"]} for r in recs]
        rows[name]["injected non-word recall"] = fmt(nw["recall"])
        rows[name]["injected non-word top-1"] = fmt(nonword_scores(nonword_recs, preds)["top1"])
        rows[name]["injected real-word recall"] = fmt(rw["recall"])
        rows[name]["injected precision (all)"] = fmt(s["precision"])
        rows[name]["injected findings"] = str(s["predicted"])
        if name == "newslint":
            rw_only = [[p for p in ps if p.code == "SP002"] for ps in preds]
            warn_only = [[p for p in ps if p.severity != "info"] for ps in preds]
            r2 = score_spans(recs, rw_only, "spelling")
            rows[name]["injected SP002 precision (findings)"] = f"{fmt(r2['precision'])} ({r2['predicted']})"
            rows[name]["injected precision (warnings only)"] = fmt(score_spans(recs, warn_only, "spelling")["precision"])
        if name == "newslint" and args.examples:
            print("## injected: false positives")
            for rid, text in s["false_positives"][: args.examples]:
                print(f"  {rid}: {text!r}")
            print("## injected: missed")
            for rid, kind, text in s["false_negatives"][: args.examples]:
                print(f"  {rid} {kind}: {text!r}")

    # 3. natural real-word errors (Zesch 2012)
    for fname in ("zesch-natural-train", "zesch-artificial-noun"):
        recs = load_jsonl(DATA / "realword-natural" / f"{fname}.jsonl")
        texts = [r["text"] for r in recs]
        for name, predict in systems:
            preds = predict(texts, recs)
            s = score_spans(recs, preds, "spelling", kinds=["real-word"])
            allp = score_spans(recs, preds, "spelling")
            rows[name][f"{fname} real-word recall"] = fmt(s["recall"])
            rows[name][f"{fname} precision"] = fmt(allp["precision"])

    # 4. clean news
    t = time.perf_counter()
    if args.baselines_only:
        files = sorted((DATA / "news" / "bbc-dev").glob("*.txt"))
        clean = {"files": len(files), "words": sum(len(f.read_text(encoding="utf-8").split()) for f in files), "examples": []}
    else:
        clean = clean_news_rate("spelling", select=SELECT)
        rows["newslint"]["bbc-dev spelling warnings / 1,000 words"] = f"{clean['per_1000_words']:.2f}"
        rows["newslint"]["bbc-dev findings"] = str(clean["findings"])
    elapsed = time.perf_counter() - t
    for name, predict in systems[0 if args.baselines_only else 1 :]:
        files = sorted((DATA / "news" / "bbc-dev").glob("*.txt"))
        texts = [f.read_text(encoding="utf-8") for f in files]
        n = sum(len(p) for p in predict(texts, [{"spans": []}] * len(texts)))
        rows[name]["bbc-dev spelling warnings / 1,000 words"] = f"{1000 * n / clean['words']:.2f}"
        rows[name]["bbc-dev findings"] = str(n)
    if args.examples:
        print("## bbc-dev findings")
        for ex in clean["examples"][: args.examples]:
            print("  ", *ex)
    print(f"# bbc-dev: {clean['files']} files, {clean['words']} words, newslint SP run {elapsed:.1f} s (incl. reading)")

    # table
    names = [n for n, _ in systems]
    metrics = list(rows[names[0]]) if names else []
    print("\n| metric | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for m in metrics:
        print(f"| {m} | " + " | ".join(rows[n].get(m, "") for n in names) + " |")


if __name__ == "__main__":
    main()
