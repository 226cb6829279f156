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


def _choose(rnd: random.Random, text: str, pattern: str, flags: int = 0):
    start = _body_start(text)
    ms = [m for m in re.finditer(pattern, text[start:], flags)]
    if not ms:
        return None
    m = rnd.choice(ms)
    return start + m.start(), start + m.end(), m


# Each injector returns (corrupted text, start, end of the slip in it) or None when the article has
# no eligible place.


def ty001(rnd, text):  # "the US economy" -> "the U.S economy"
    got = _choose(rnd, text, r"(?<=\bthe )(US|UK|UN)(?= [A-Za-z])")
    if got is None:
        return None
    a, b, m = got
    dotted = ".".join(m.group(1))  # U.S
    return text[:a] + dotted + text[b:], a, a + len(dotted)


def ty002(rnd, text):  # "the deal" -> "the the deal"
    got = _choose(rnd, text, r"(?<=[a-z,] )([a-z]{2,})(?= [a-z])")
    if got is None or got[2].group(1) in TY002_EXCEPTIONS:
        return None
    a, b, m = got
    w = m.group(1)
    return text[:b] + " " + w + text[b:], a, b + 1 + len(w)


def ty003(rnd, text):  # "said, he" -> "said , he"
    got = _choose(rnd, text, r"(?<=[a-z])[,;:?!](?= )")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + " " + text[a:], a, b + 1


def ty004(rnd, text):  # one pair of curly quotes in a text that uses straight ones
    if text.count('"') < 4 or "“" in text or "”" in text:
        return None
    got = _choose(rnd, text, r'"([^"\n]{3,80})"')
    if got is None:
        return None
    a, b, m = got
    return text[:a] + "“" + m.group(1) + "”" + text[b:], a, b


def ty005(rnd, text):  # "the deal" -> "the  deal"
    got = _choose(rnd, text, r"(?<=[a-z]) (?=[a-z])")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + "  " + text[b:], a, a + 2


def ty006(rnd, text):  # a link lost in the copy: "at http:// for details"
    got = _choose(rnd, text, r"(?<=[a-z]) (?=[a-z]+ )")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + " at http://" + text[a:], a + 4, a + 11


def ty007(rnd, text):  # "Kabul, Kandahar" -> "Kabul,Kandahar"
    got = _choose(rnd, text, r"(?<=[A-Za-z]), (?=[A-Za-z])")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + "," + text[b:], a, a + 1


def ty008(rnd, text):  # "said. The" -> "said.The"
    got = _choose(rnd, text, r"(?<=[a-z]{3})\. (?=[A-Z][a-z])")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + "." + text[b:], a, a + 1


def ty009(rnd, text):  # "," -> ",,"
    got = _choose(rnd, text, r"(?<=[a-z]),(?= )")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + ",," + text[b:], a, a + 2


def ty010(rnd, text):  # a lost ")"
    got = _choose(rnd, text, r"\([^()\n]{2,60}\)")
    if got is None:
        return None
    a, b, _ = got
    return text[: b - 1] + text[b:], a, b - 1


def ty011(rnd, text):  # "I said" -> "i said"
    got = _choose(rnd, text, r"(?<= )I(?= [a-z])")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + "i" + text[b:], a, b


def ty012(rnd, text):  # a zero-width space or soft hyphen inside a word
    got = _choose(rnd, text, r"(?<=[a-z]{3})(?=[a-z]{3})")
    if got is None:
        return None
    a, _, _ = got
    ch = rnd.choice(["\u200b", "\u00ad", "\u200c", "\ufeff"])
    return text[:a] + ch + text[a:], a, a + 1


_MOJIBAKE = {"’": "â€™", "“": "â€œ", "—": "â€”", "é": "Ã©", "£": "Â£"}


def ty013(rnd, text):  # "’" read as cp1252: "â€™"
    got = _choose(rnd, text, "|".join(_MOJIBAKE) + "|'")
    if got is None:
        return None
    a, b, m = got
    bad = _MOJIBAKE.get(m.group(0), "â€™")
    return text[:a] + bad + text[b:], a, a + len(bad)


def ty014(rnd, text):  # "&" -> "&amp;", "'" -> "&#39;"
    got = _choose(rnd, text, r"&|(?<=[a-z])'(?=[a-z])")
    if got is None:
        return None
    a, b, m = got
    ent = "&amp;" if m.group(0) == "&" else rnd.choice(["&#39;", "&#8217;", "&rsquo;"])
    return text[:a] + ent + text[b:], a, a + len(ent)


def ty015(rnd, text):  # "(the agency)" -> "( the agency )"
    got = _choose(rnd, text, r"\(([^()\n]{2,60})\)")
    if got is None:
        return None
    a, b, m = got
    new = "( " + m.group(1) + " )"
    return text[:a] + new + text[b:], a, a + len(new)


def ty016(rnd, text):  # " - " -> " -- "
    got = _choose(rnd, text, r"(?<=[a-z]) - (?=[a-z])")
    if got is None:
        return None
    a, b, _ = got
    return text[:a] + " -- " + text[b:], a + 1, a + 3


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


INJECTORS = {
    "TY001": ty001, "TY002": ty002, "TY003": ty003, "TY004": ty004, "TY005": ty005, "TY006": ty006,
    "TY007": ty007, "TY008": ty008, "TY009": ty009, "TY010": ty010, "TY011": ty011, "TY012": ty012,
    "TY013": ty013, "TY014": ty014, "TY015": ty015, "TY016": ty016, "TY017": ty017,
}


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
