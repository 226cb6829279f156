"""Boilerplate (BP) on real extractor outputs: what trafilatura, newspaper, boilerpipe and the
other extractors of the Article Extraction Benchmark leave in the text of the dev pages.

The issue scores "real extractor outputs" besides the drafts.  ../shared holds no extractor
output, so this script reads a checkout of scrapinghub/article-extraction-benchmark (MIT; its
``output/<extractor>.json`` maps each page to the ``articleBody`` an extractor returned) and
labels each line of an output against the gold article lines of the *same page in the dev drafts*
(``boilerplate-drafts/aeb-drafts.jsonl``), so only dev pages are read; the odd pages stay held out.

A line is content when at least half of its word trigrams occur in the page's gold text (a line
of two words: both in a row; of one word: a gold line of its own), else leftover; blank lines are
not scored.  The gold text is
the article body only, so an extractor's copy of the headline, dek, byline, dateline, photo
captions and credits and data tables count as leftovers here, though the dev drafts' own labels
keep credits and bylines as content.  The second table therefore also leaves out a first line
that looks like the headline (not in the gold, 3 to 20 words, no closing full stop).

    git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
    python benchmarks/boilerplate_extracted.py --aeb /tmp/aeb
    python benchmarks/boilerplate_extracted.py --aeb /tmp/aeb --extractors trafilatura --show 20
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.boilerplate import CODES, print_examples, score_set  # noqa: E402
from benchmarks.common import DATA, fmt, git_revision, load_jsonl, require_shared  # noqa: E402

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def label_lines(body: str, gold_lines: list[str]) -> list[dict]:
    """The extractor's ``body`` as labelled lines (content, leftover, blank, title)."""
    gold = words(" ".join(gold_lines))
    trigrams = {tuple(gold[i : i + 3]) for i in range(len(gold) - 2)}
    joined = f" {' '.join(gold)} "
    whole = {tuple(words(t)) for t in gold_lines}
    out = []
    first = True
    for text in body.split("\n"):
        ws = words(text)
        if not ws:
            out.append({"text": text, "label": "blank"})
            continue
        if len(ws) == 1:  # "Share", "Email": a gold line of its own, not any word of the story
            content = tuple(ws) in whole
        elif len(ws) == 2:
            content = f" {' '.join(ws)} " in joined
        else:
            grams = [tuple(ws[i : i + 3]) for i in range(len(ws) - 2)]
            content = sum(g in trigrams for g in grams) >= len(grams) / 2
        label = "content" if content else "leftover"
        if first and not content and 3 <= len(ws) <= 20 and not text.rstrip().endswith("."):
            label = "title"
        first = False
        out.append({"text": text, "label": label})
    return out


def records(aeb: Path, extractors: list[str]) -> dict[str, list[dict]]:
    gold = {}
    for rec in load_jsonl(DATA / "boilerplate-drafts" / "aeb-drafts.jsonl"):
        gold[rec["id"].split(":", 1)[1]] = [ln["text"] for ln in rec["lines"] if ln["label"] == "content"]
    out = {}
    for name in extractors:
        with open(aeb / "output" / f"{name}.json", encoding="utf-8") as fh:
            outputs = json.load(fh)
        recs = []
        for page, value in sorted(outputs.items()):
            if page in gold:  # a dev page
                body = (value or {}).get("articleBody") or ""
                recs.append({"id": f"{name}:{page}", "lines": label_lines(body, gold[page])})
        out[name] = recs
    return out


def relabel(recs: list[dict], title: str) -> list[dict]:
    return [{**r, "lines": [{**ln, "label": title if ln["label"] == "title" else ln["label"]} for ln in r["lines"]]} for r in recs]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aeb", default=os.environ.get("NEWSLINT_AEB"), help="checkout of scrapinghub/article-extraction-benchmark (or NEWSLINT_AEB)")
    ap.add_argument("--extractors", nargs="*", help="names under output/ (default: every output/*.json)")
    ap.add_argument("--show", type=int, default=0, help="print this many missed and wrongly flagged lines")
    args = ap.parse_args(argv)
    require_shared()
    if not args.aeb or not (Path(args.aeb) / "output").is_dir():
        sys.exit("needs a checkout of scrapinghub/article-extraction-benchmark: pass --aeb DIR or set NEWSLINT_AEB")
    aeb = Path(args.aeb)
    names = args.extractors or sorted(p.stem for p in (aeb / "output").glob("*.json"))
    sets = records(aeb, names)
    print(f"# boilerplate on real extractor outputs  (revision {git_revision()})")
    print(f"command: python benchmarks/boilerplate_extracted.py {' '.join(sys.argv[1:])}".rstrip())
    for view, title in (("headline counted as a leftover", "leftover"), ("headline not scored", "title")):
        print(f"\n## {view}\n")
        print("| extractor | pages | leftover lines | content lines | precision | recall | content flagged | clean outputs flagged |")
        print("|---|---|---|---|---|---|---|---|")
        every = []
        for name in names + ["all"]:
            recs = every if name == "all" else relabel(sets[name], title)
            if name != "all":
                every.extend(recs)
            r = score_set(recs, CODES, show=args.show if name == "all" else 0)
            print(f"| {name} | {r['docs']} | {r['leftover_lines']} | {r['content_lines']} | {fmt(r['precision'])} | "
                  f"{fmt(r['recall'])} | {r['content_flagged']} ({100 * r['content_flagged_rate']:.2f}%) | "
                  f"{r['clean_docs_flagged']}/{r['clean_docs']} |")
        if args.show and title == "title":
            print_examples(r, name=lambda rid: f"{rid.split(':')[0]}:{rid[-6:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
