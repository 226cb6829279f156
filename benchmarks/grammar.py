"""Grammar family (GR codes): false alarms on clean text, the seeds, and speed.

    python benchmarks/grammar.py            # everything below
    python benchmarks/grammar.py --no-speed # skip the timing runs

1. Clean news: grammar warnings per 1,000 words on ../shared/data/news/bbc-dev, default settings
   (every finding is listed: the "clean" BBC articles hold a few real slips, so each is marked by
   hand in RESULTS.md, not here).
2. Clean twins of realword-natural (Wikipedia and Brown-corpus sentences, "spans": []): grammar
   findings per 1,000 words and documents flagged.
3. spelling-injected articles: grammar findings per 1,000 words (the injected errors are spelling
   errors; a grammar finding there is either a real slip of the original or a false alarm).
4. The seeds' grammar items of expected.yaml.
5. Speed: in-process cost of the GR rules per word on bbc-dev (best of 5, documents read
   beforehand), and the CLI run `--select GR` against `--select RD001` as the brief asks.
"""

from __future__ import annotations

import argparse
import glob
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, REPO, clean_news_rate, fmt, git_revision, load_jsonl, require_shared  # noqa: E402

SELECT = ["GR"]


def clean_twins() -> dict:
    from newslint.api import lint_text

    words = findings = docs = flagged = 0
    examples = []
    for path in sorted((DATA / "realword-natural").glob("*.jsonl")):
        for rec in load_jsonl(path):
            if rec["spans"]:
                continue
            docs += 1
            words += len(rec["text"].split())
            diags = [d for d in lint_text(rec["text"], path="twin.txt").diagnostics if d.category == "grammar"]
            findings += len(diags)
            flagged += bool(diags)
            examples += [(rec["id"], d.code, d.message) for d in diags]
    return {"docs": docs, "words": words, "findings": findings, "flagged_docs": flagged,
            "per_1000_words": 1000 * findings / words if words else 0.0, "examples": examples}


def injected() -> dict:
    from newslint.api import lint_text

    words = findings = 0
    examples = []
    for path in sorted((DATA / "spelling-injected").glob("*.jsonl")):
        for rec in load_jsonl(path):
            words += len(rec["text"].split())
            for d in lint_text(rec["text"], path="article.txt").diagnostics:
                if d.category == "grammar":
                    findings += 1
                    examples.append((rec["id"], d.code, d.message))
    return {"words": words, "findings": findings, "per_1000_words": 1000 * findings / words if words else 0.0,
            "examples": examples}


def seeds() -> list[tuple[str, int, str, bool, bool]]:
    import yaml

    from newslint.api import lint_paths

    expected = yaml.safe_load((REPO / "tests" / "expected.yaml").read_text(encoding="utf-8"))
    run = lint_paths([str(REPO / "seeds")], isolated=True)
    out = []
    for name, items in expected.items():
        result = next(f for f in run.files if Path(f.path).name == name)
        lines = (REPO / "seeds" / name).read_text(encoding="utf-8").split("\n")
        for it in items:
            if it["category"] != "grammar":
                continue
            c0 = lines[it["line"] - 1].index(it["match"]) + 1
            c1 = c0 + len(it["match"])
            hit = any(
                d.category == "grammar" and d.line <= it["line"] <= d.end_line
                and (d.column if d.line == it["line"] else 1) < c1 and c0 < (d.end_column if d.end_line == it["line"] else 10**9)
                for d in result.diagnostics
            )
            out.append((name[:3], it["line"], it["match"], it["must"], hit))
    return out


def speed_in_process(repeats: int = 5) -> dict:
    from newslint.api import load_registry, read_document
    from newslint.rule import Context

    texts = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(DATA / "news" / "bbc-dev" / "*.txt")))]
    rules = [(i, i.factory(i.default_options())) for i in load_registry().rules if i.code.startswith("GR")]
    ctx = Context()
    warm = read_document(texts[0], "x.txt", "plain")
    for _, r in rules:
        list(r.check(warm, ctx))  # load the data files once, as a run does
    best = None
    words = 0
    for _ in range(repeats):
        docs = [read_document(t, "x.txt", "plain") for t in texts]
        words = sum(d.word_count for d in docs)  # the word index every run builds anyway
        per: dict[str, float] = {}
        t0 = time.perf_counter()
        for d in docs:
            for info, r in rules:
                a = time.perf_counter()
                list(r.check(d, ctx))
                per[info.code] = per.get(info.code, 0.0) + time.perf_counter() - a
        total = time.perf_counter() - t0
        if best is None or total < best[0]:
            best = (total, per)
    total, per = best
    return {"words": words, "us_per_word": total * 1e6 / words, "by_code": {k: v * 1e6 / words for k, v in per.items()}}


def speed_cli(repeats: int = 3) -> dict:
    folder = str(DATA / "news" / "bbc-dev")
    out = {}
    for sel in ("RD001", "GR"):
        best = None
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newslint", "check", "--isolated", "--select", sel, "--format", "json", folder],
                           capture_output=True, check=False)
            t = time.perf_counter() - t0
            best = t if best is None else min(best, t)
        out[sel] = best
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-speed", action="store_true", help="skip the timing runs")
    args = ap.parse_args()
    require_shared()
    print(f"# newslint grammar benchmark ({git_revision()})")
    print("command: python benchmarks/grammar.py\n")

    bbc = clean_news_rate(category="grammar")
    print(f"1. bbc-dev (default settings): {bbc['findings']} grammar warnings in {bbc['words']} words"
          f" = {fmt(bbc['per_1000_words'])} per 1,000 words ({bbc['files']} files)")
    for name, line, code, message in bbc["examples"]:
        if code.startswith("GR"):
            print(f"   {name}:{line} {code} {message}")

    twins = clean_twins()
    print(f"\n2. realword-natural clean twins: {twins['findings']} grammar findings in {twins['words']} words"
          f" = {fmt(twins['per_1000_words'])} per 1,000 words; {twins['flagged_docs']} of {twins['docs']} documents flagged")
    for ex in twins["examples"]:
        print("   ", *ex)

    inj = injected()
    print(f"\n3. spelling-injected articles: {inj['findings']} grammar findings in {inj['words']} words"
          f" = {fmt(inj['per_1000_words'])} per 1,000 words")
    for ex in inj["examples"]:
        print("   ", *ex)

    print("\n4. seeds, grammar items of expected.yaml:")
    for seed, line, match, must, hit in seeds():
        print(f"   {seed}:{line} {match!r} {'must' if must else 'welcome'}: {'found' if hit else 'MISSED'}")

    if not args.no_speed:
        sp = speed_in_process()
        print(f"\n5. speed, in process: {sp['us_per_word']:.2f} us/word over {sp['words']} words "
              f"({', '.join(f'{k} {v:.2f}' for k, v in sorted(sp['by_code'].items()))})")
        cli = speed_cli()
        print(f"   CLI over bbc-dev (best of 3, default jobs): --select RD001 {cli['RD001']:.2f} s, --select GR {cli['GR']:.2f} s")


if __name__ == "__main__":
    main()
