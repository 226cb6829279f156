"""Typography family (TY codes): recall on injected slips, precision, and false alarms on clean news.

    python benchmarks/typography.py               # the tables below
    python benchmarks/typography.py --show TY003  # also list that rule's misses and false alarms
    python benchmarks/typography.py --per-rule 300 --seed 7

No labelled set in ../shared/data marks typographic slips, so this script makes one, the way
``spelling-injected`` was made: it takes the clean BBC articles of ``news/bbc-dev`` and, for each
rule, injects one slip of that rule's kind into each of ``--per-rule`` articles (seeded), at a
random eligible place in the body (never the headline).  The slips are the ones copy desks catch:
"U.S Joint", "the the", "said ,", "Kabul,Kandahar", "said.The", ",,", "( the", "--", a cut-off
paragraph, "&amp;", "â€™", a zero-width space, a lower-case "i", a lost ")".

1. Injected: per rule, **recall** (injected slips a finding of that rule touches) and
   **precision** (findings of that rule that touch an injected slip, over all of its findings in
   the corrupted articles that the original article did not already get).  A finding the original
   also gets is counted under clean news instead.
2. Clean news: TY findings per rule on the 862 unchanged bbc-dev articles, per 1,000 words (the
   "clean" articles hold real slips too: RESULTS.md records a hand check of them).

(The clean twins of realword-natural, used by the grammar benchmark, are left out here: the Brown
corpus sentences are tokenized, "the room , and", so every space before punctuation is the
corpus's.)

TY004 (mixed quotes) and TY006 (empty links) are document-level and markup shapes; they are scored
on the injected set like the others (a straight quote pair in a curly-quoted article, a bare
``http://`` where a link was).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, git_revision, require_shared  # noqa: E402


def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"

TY002_EXCEPTIONS = {"had", "that", "is", "so", "very", "well", "now", "there", "far", "many", "much", "really", "no", "yes"}


def _body_start(text: str) -> int:
    """Offset after the headline line and the blank line under it."""
    i = text.find("\n\n")
    return i + 2 if i >= 0 else 0


_MOJIBAKE = {"’": "â€™", "“": "â€œ", "—": "â€”", "é": "Ã©", "£": "Â£"}

# Each rule's slip: a pattern of the eligible places in the body and what one of them becomes (None:
# not eligible after all).  The slip's span is the replacement.
SLIPS = {
    "TY001": (r"(?<=\bthe )(?:US|UK|UN)(?= [A-Za-z])", lambda m, r: ".".join(m[0])),  # the U.S economy
    "TY002": (r"(?<=[a-z,] )[a-z]{2,}(?= [a-z])", lambda m, r: None if m[0] in TY002_EXCEPTIONS else f"{m[0]} {m[0]}"),
    "TY003": (r"(?<=[a-z])[,;:?!](?= )", lambda m, r: " " + m[0]),  # said , he
    "TY004": (r'"[^"\n]{3,80}"', lambda m, r: "“" + m[0][1:-1] + "”"),  # a curly pair in straight-quoted text
    "TY005": (r"(?<=[a-z]) (?=[a-z])", lambda m, r: "  "),
    "TY006": (r"(?<=[a-z]) (?=[a-z]+ )", lambda m, r: " at http:// "),  # a link lost in the copy
    "TY007": (r"(?<=[A-Za-z]), (?=[A-Za-z])", lambda m, r: ","),  # Kabul,Kandahar
    "TY008": (r"(?<=[a-z]{3})\. (?=[A-Z][a-z])", lambda m, r: "."),  # said.The
    "TY009": (r"(?<=[a-z]),(?= )", lambda m, r: ",,"),
    "TY010": (r"\([^()\n]{2,60}\)", lambda m, r: m[0][:-1]),  # a lost ")"
    "TY011": (r"(?<= )I(?= [a-z])", lambda m, r: "i"),
    "TY012": (r"(?<=[a-z]{3})(?=[a-z]{3})", lambda m, r: r.choice(["\u200b", "\u00ad", "\u200c", "\ufeff"])),
    "TY013": ("|".join(_MOJIBAKE) + "|'", lambda m, r: _MOJIBAKE.get(m[0], "â€™")),  # ’ read as cp1252
    "TY014": (r"&|(?<=[a-z])'(?=[a-z])", lambda m, r: "&amp;" if m[0] == "&" else r.choice(["&#39;", "&#8217;", "&rsquo;"])),
    "TY015": (r"\([^()\n]{2,60}\)", lambda m, r: "( " + m[0][1:-1] + " )"),
    "TY016": (r"(?<=[a-z]) - (?=[a-z])", lambda m, r: " -- "),
}


def _slip(code: str):
    pattern, replace = SLIPS[code]

    def inject(rnd: random.Random, text: str):
        if code == "TY004" and (text.count('"') < 4 or "“" in text or "”" in text):
            return None  # mixed quotes need a text that uses straight ones
        start = _body_start(text)
        ms = list(re.finditer(pattern, text[start:]))
        if not ms:
            return None
        m = rnd.choice(ms)
        new = replace(m, rnd)
        if new is None:
            return None
        a, b = start + m.start(), start + m.end()
        return text[:a] + new + text[b:], a, a + len(new)

    return inject


def ty017(rnd, text):  # a body paragraph cut after a word that cannot end a sentence
    start = _body_start(text)
    paras = [m for m in re.finditer(r"[^\n]+", text[start:]) if len(m.group(0)) > 80]
    if len(paras) < 2:
        return None
    p = rnd.choice(paras[:-1])  # not the last paragraph: a cut there is the story's end
    cuts = [m for m in re.finditer(r"\b(?:the|of|and|to|a|in|for|with)\b(?= )", p.group(0)) if m.end() < len(p.group(0)) - 20]
    if not cuts:
        return None
    c = rnd.choice(cuts)
    a, e = start + p.start(), start + p.start() + c.end()
    return text[:e] + text[start + p.end():], a, e


INJECTORS = {**{code: _slip(code) for code in SLIPS}, "TY017": ty017}


def _lint(text: str):
    from newslint.api import lint_text

    return lint_text(text, path="bench.txt", select=["TY"]).diagnostics


def _touches(d, a: int, b: int) -> bool:
    return d.start <= b and a <= d.end


def injected(articles: list[str], per_rule: int, seed: int, show: str | None) -> dict[str, dict]:
    out = {}
    original_cache: dict[int, set] = {}
    for code, inject in INJECTORS.items():
        rnd = random.Random(f"{seed}:{code}")
        order = list(range(len(articles)))
        rnd.shuffle(order)
        n = found = tp = fp = 0
        misses, alarms = [], []
        for i in order:
            if n >= per_rule:
                break
            got = inject(rnd, articles[i])
            if got is None:
                continue
            text, a, b = got
            n += 1
            if i not in original_cache:
                original_cache[i] = {(d.code, articles[i][d.start:d.end]) for d in _lint(articles[i])}
            mine = [d for d in _lint(text) if d.code == code]
            hit = [d for d in mine if _touches(d, a, b)]
            found += bool(hit)
            tp += len(hit)
            if not hit:
                misses.append(text[max(0, a - 40):b + 40])
            for d in mine:
                if d in hit or (d.code, text[d.start:d.end]) in original_cache[i]:
                    continue
                fp += 1
                alarms.append(f"{text[max(0, d.start - 40):d.end + 40]!r}: {d.message}")
        out[code] = {"injected": n, "recall": found / n if n else None, "precision": tp / (tp + fp) if tp + fp else None,
                     "findings": tp + fp}
        if show in (code, "all"):
            for m in misses[:20]:
                print(f"  {code} missed: {m!r}")
            for m in alarms[:20]:
                print(f"  {code} false alarm: {m}")
    return out


def clean(articles: list[str]) -> tuple[Counter, int, list]:
    by = Counter()
    listed = []
    words = 0
    for t in articles:
        words += len(t.split())
        for d in _lint(t):
            by[d.code] += 1
            listed.append((d.code, str(d.severity), t[max(0, d.start - 30):d.end + 30]))
    return by, words, listed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-rule", type=int, default=200, help="articles corrupted per rule (default 200)")
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--show", metavar="CODE", help="list misses and false alarms of one rule ('all' for every rule)")
    ap.add_argument("--list-clean", action="store_true", help="list every finding on clean bbc-dev")
    args = ap.parse_args(argv)
    require_shared()
    paths = sorted((DATA / "news" / "bbc-dev").glob("*.txt"))
    articles = [p.read_text(encoding="utf-8") for p in paths]
    print(f"# typography benchmark, newslint {git_revision()}")
    print(f"# command: python benchmarks/typography.py --per-rule {args.per_rule} --seed {args.seed}")
    res = injected(articles, args.per_rule, args.seed, args.show)
    by, words, listed = clean(articles)
    print(f"\nInjected into bbc-dev articles (one slip per article, up to {args.per_rule} articles per rule), and clean text:\n")
    print("| rule | injected | recall | precision (findings) | bbc-dev findings (per 1,000 words) |")
    print("|---|---|---|---|---|")
    tot_n = tot_found = tot_tp = tot_f = 0
    for code, r in res.items():
        tot_n += r["injected"]
        tot_found += round((r["recall"] or 0) * r["injected"])
        tot_f += r["findings"]
        tot_tp += round((r["precision"] or 0) * r["findings"])
        print(f"| {code} | {r['injected']} | {fmt(r['recall'])} | {fmt(r['precision'])} ({r['findings']}) | "
              f"{by[code]} ({by[code] * 1000 / words:.3f}) |")
    print(f"| all | {tot_n} | {fmt(tot_found / tot_n)} | {fmt(tot_tp / tot_f if tot_f else None)} ({tot_f}) | "
          f"{sum(by.values())} ({sum(by.values()) * 1000 / words:.3f}) |")
    print(f"\nbbc-dev: {len(articles)} articles, {words:,} words")
    if args.list_clean:
        for code, sev, ctx in sorted(listed):
            print(f"  {code} {sev}: {ctx!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
