"""Unseen web pages for the boilerplate rules: build a sample, label it blind, score it held out.

A sample is 100 excerpts of the tool library's stored public web pages (``search``, corpus
``pages``: the text a crawler's extractor kept, from the page's start, cut at 2,000 UTF-8 bytes),
one page per registrable domain, from domains and queries no earlier sample used.  The page text
is third-party: it stays in the sample directory (outside the project); the project keeps only a
manifest per sample (``benchmarks/unseen/NN.jsonl``: address, query, and per line a hash and the
agreed label), from which the excluded domains of the next sample are read.

    python benchmarks/unseen.py add DIR < picked.jsonl     # {"query", "url", "excerpt"} per line
    python benchmarks/unseen.py build DIR                  # pages/NNN.txt and numbered/NNN.txt
    python benchmarks/unseen.py expand DIR spec.txt OUT    # an annotator's spec -> OUT (TSV)
    python benchmarks/unseen.py score DIR [--show]         # ann_a.tsv + ann_b.tsv against newslint
    python benchmarks/unseen.py manifest DIR NN            # writes benchmarks/unseen/NN.jsonl
    python benchmarks/unseen.py restore DIR NN < found.jsonl  # a lost sample's pages, re-fetched
    python benchmarks/unseen.py domains                    # domains of every committed manifest
    python benchmarks/unseen.py free DIR URL...            # which addresses ``add`` would still take

An excerpt of exactly 2,000 bytes was cut by the tool inside a paragraph: its last line stays
in the linted text (a draft's paragraph does not end there) but is not scored.  Two annotators,
blind to each other and to newslint, label every non-blank line of ``numbered/`` by
``benchmarks/unseen/GUIDELINES.md``; a line both call ``article`` is content, both ``leftover`` a
leftover, anything else is not scored.  A page is clean when it has no agreed leftover.  Scoring
lints each page with every default rule (``newslint.api.lint_text``, as ``newslint check`` does)
and counts a line as flagged when any boilerplate finding covers part of it (``score_set`` of
``benchmarks/boilerplate.py``, the dev drafts' scorer).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.boilerplate import print_examples, score_set  # noqa: E402
from benchmarks.common import fmt, git_revision  # noqa: E402

HERE = Path(__file__).resolve().parent / "unseen"
CUT = 2000  # bytes of UTF-8
SIZE = 100  # excerpts in a sample
DATED, DATED_CUT = " date ", 1914  # a dated page's excerpt is cut shorter


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def is_cut(text: str) -> bool:
    """Whether the tool cut the excerpt (inside its last line): 2,000 bytes, or 1,914 for a page
    the tool shows under its date (" date 2020-09-11 The Logan County ..."), which it cuts shorter
    (every such excerpt of that size in samples 46-51 ends in mid-sentence or mid-word)."""
    size = _size(text)
    return size == CUT or (size == DATED_CUT and text.startswith(DATED))
LABELS = ("article", "leftover", "unsure")
# second-level labels under which a country's registrable names sit (example.co.uk)
_SECOND = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "nhs", "sch", "govt", "nic", "or", "ne", "go",
           "asn", "id"}
# Australian states: their governments' sites sit one label further down (health.nsw.gov.au)
_AU_STATES = {"act", "nsw", "nt", "qld", "sa", "tas", "vic", "wa"}


# hosting platforms whose sites belong to different owners: a site's own name under one of them
# is its domain (a short list from the Public Suffix List's private section)
_PLATFORMS = ("blogspot.com", "wordpress.com", "github.io", "pages.dev", "netlify.app", "wixsite.com",
              "weebly.com", "substack.com", "tumblr.com", "squarespace.com", "webflow.io", "neocities.org")


_BLOGSPOT_COUNTRY = re.compile(r"\.blogspot(?:\.com?)?\.[a-z]{2}$")


def domain(url: str) -> str:
    """The registrable domain of ``url``: ``news.bbc.co.uk`` -> ``bbc.co.uk``, ``a.b.com`` -> ``b.com``;
    a site on a hosting platform keeps its own name (``club.blogspot.com``, and on Google Sites the
    path's site: ``sites.google.com/view/club``)."""
    parts_url = urlsplit(url)
    host = (parts_url.hostname or "").lower().rstrip(".").removeprefix("www.")
    if host == "sites.google.com":
        path = [p for p in parts_url.path.split("/") if p]
        return "/".join([host, *path[:2]])
    # Blogger serves every blog under country domains as well (club.blogspot.co.uk is
    # club.blogspot.com)
    host = _BLOGSPOT_COUNTRY.sub(".blogspot.com", host)
    for platform in _PLATFORMS:
        if host.endswith("." + platform):
            return host.removesuffix("." + platform).rsplit(".", 1)[-1] + "." + platform
    parts = host.split(".")
    if len(parts) >= 4 and parts[-1] == "au" and parts[-2] == "gov" and parts[-3] in _AU_STATES:
        return ".".join(parts[-4:])
    if len(parts) >= 3 and parts[-1] == "us" and len(parts[-2]) == 2:
        return ".".join(parts[-3:])  # a US state's name (mn.us) is a public suffix
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def used_domains() -> set[str]:
    out = set()
    for path in sorted(HERE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(domain(json.loads(line)["url"]))  # today's rule, not the one stored
    return out


def _load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _excluded(sample: Path) -> set[str]:
    """The domains a new excerpt of ``sample`` may not come from: every manifest's, and those of
    the excerpts of any sample directory beside it (its own included)."""
    return used_domains() | {domain(r["url"]) for other in sample.parent.glob("*/excerpts.jsonl") for r in _load(other)}


def add(sample: Path, stream) -> int:
    """Append the picked excerpts that pass the sample's rules; print why each other one is refused.

    Refused: a domain of a committed manifest or of any sample beside this one, an excerpt under
    300 characters, one a few bytes short of the tool's cut (a copy slip), and any once the sample
    holds ``SIZE``."""
    sample.mkdir(parents=True, exist_ok=True)
    path = sample / "excerpts.jsonl"
    have = _load(path)
    excluded = _excluded(sample)
    taken = 0
    with path.open("a", encoding="utf-8") as out:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                url, text, query = rec["url"], rec["excerpt"], rec["query"]
            except (ValueError, KeyError, TypeError) as exc:
                print(f"line {n}: refused, not a JSON object with query, url and excerpt ({exc})")
                continue
            d = domain(url)
            why = (
                f"the sample is full ({SIZE} excerpts)" if len(have) + taken >= SIZE
                else "domain already used" if d in excluded
                else "shorter than 300 characters" if len(text) < 300
                else "longer than the tool's cut" if _size(text) > CUT
                else "a few bytes short of the cut: a copy slip?" if CUT - 10 <= _size(text) < CUT
                else ""
            )
            if why:
                print(f"line {n}: refused, {why}: {url}")
                continue
            excluded.add(d)
            out.write(json.dumps({"query": query, "url": url, "domain": d, "text": text}, ensure_ascii=False) + "\n")
            taken += 1
            print(f"line {n}: taken ({_size(text)} bytes{', cut' if is_cut(text) else ''}): {url}")
    print(f"{len(have) + taken} excerpts in {path}")
    return 0


def free(sample: Path, urls: list[str]) -> int:
    """Print each address whose domain no manifest and no sample beside ``sample`` has used (what
    ``add`` would not refuse for its domain), so a builder copies only those excerpts."""
    excluded = _excluded(sample)
    for url in urls:
        print(("free  " if domain(url) not in excluded else "used  ") + url)
    return 0


def build(sample: Path) -> int:
    recs = _load(sample / "excerpts.jsonl")
    for sub in ("pages", "numbered"):
        (sample / sub).mkdir(exist_ok=True)
    for i, rec in enumerate(recs, 1):
        text = rec["text"].rstrip("\n")
        (sample / "pages" / f"{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
        lines = text.split("\n")
        cut = is_cut(rec["text"])
        shown = [f"{k:>3}  {t}" + ("   [cut here by the crawler]" if cut and k == len(lines) else "") for k, t in enumerate(lines, 1)]
        (sample / "numbered" / f"{i:03d}.txt").write_text("\n".join(shown) + "\n", encoding="utf-8")
    print(f"written {len(recs)} pages to {sample / 'pages'}")
    return 0


# the search tool shows a dated page under its date (" date 2018-03-15 Sign up for ..."): the
# date is the tool's, not the page's, and a draft copied from the page would not hold it
_TOOL_DATE = re.compile(r"^ date \d{4}-\d{2}-\d{2} ")


def _lines(sample: Path, page: int) -> list[str]:
    """The page's lines as a draft copied from it holds them (without the tool's date; the
    annotators saw it on line 1 and labelled the line after it)."""
    lines = (sample / "pages" / f"{page:03d}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines[0] = _TOOL_DATE.sub("", lines[0], count=1)
    return lines


_RANGE = re.compile(r"^(\d+)(?:\s*-\s*(\d+))?\s+(article|leftover|unsure)\b\s*(.*)$")


def expand(sample: Path, spec: Path, out: Path) -> int:
    """An annotator's spec (``page N`` headers, then ``A-B label note`` rows) as one TSV row per line.

    Every non-blank line of every page must be labelled once: a gap, an overlap or a line past the
    page's end is an error, so a slip in the spec cannot pass for a label."""
    rows, errors, page, seen = [], [], None, {}
    for n, raw in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        m = re.fullmatch(r"page\s+(\d+)", s)
        if m:
            page = int(m.group(1))
            seen.setdefault(page, {})
            continue
        m = _RANGE.match(s)
        if not m or page is None:
            errors.append(f"spec line {n}: cannot read {s!r}")
            continue
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        for k in range(a, b + 1):
            if k in seen[page]:
                errors.append(f"page {page} line {k}: labelled twice")
            seen[page][k] = (m.group(3), m.group(4))
    pages = sorted(int(p.stem) for p in (sample / "pages").glob("*.txt"))
    for p in pages:
        lines = _lines(sample, p)
        got = seen.get(p, {})
        for k, t in enumerate(lines, 1):
            if t.strip() and k not in got:
                errors.append(f"page {p} line {k}: not labelled")
            elif t.strip():
                rows.append(f"{p}\t{k}\t{got[k][0]}\t{got[k][1]}")
        errors += [f"page {p} line {k}: no such line" for k in got if k > len(lines)]
    for e in errors[:40]:
        print(e)
    if errors:
        print(f"{len(errors)} problems; nothing written")
        return 1
    out.write_text("page\tline\tlabel\tnote\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {out}")
    return 0


def _labels(path: Path) -> dict[tuple[int, int], str]:
    out = {}
    for row in path.read_text(encoding="utf-8").splitlines()[1:]:
        p, k, label, *_ = row.split("\t")
        out[int(p), int(k)] = label
    return out


def records(sample: Path) -> tuple[list[dict], dict]:
    """The sample's pages as dev-draft records: agreed lines ``leftover``/``content``, the rest not scored."""
    if not (sample / "ann_a.tsv").exists() and (sample / "restored.jsonl").exists():
        return _restored_records(sample)
    a, b = _labels(sample / "ann_a.tsv"), _labels(sample / "ann_b.tsv")
    recs, stats = [], {"lines": 0, "agreed": 0, "disagreed": 0, "cut": 0}
    for i, rec in enumerate(_load(sample / "excerpts.jsonl"), 1):
        lines = _lines(sample, i)
        cut = is_cut(rec["text"])
        out = []
        for k, t in enumerate(lines, 1):
            label = "blank"
            if t.strip():
                stats["lines"] += 1
                if cut and k == len(lines):
                    label = "cut"
                    stats["cut"] += 1
                elif a.get((i, k)) == b.get((i, k)) and a.get((i, k)) in ("article", "leftover"):
                    label = "content" if a[i, k] == "article" else "leftover"
                    stats["agreed"] += 1
                else:
                    label = "disagreed"
                    stats["disagreed"] += 1
            out.append({"text": t, "label": label})
        recs.append({"id": f"{i:03d}", "lines": out})
    return recs, stats


def _manifest(number: str) -> list[dict]:
    return _load(HERE / f"{number}.jsonl")


def _hash(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]


_NBSP = "\u00a0"


def _mend(line: str, want: str) -> str | None:
    """``line`` with one or two of its spaces, or all of them, put back as the non-breaking spaces
    a copy of the tool's answer turned into plain ones, if that gives the manifest's hash."""
    spaces = [i for i, ch in enumerate(line) if ch == " "]
    tries = [line.replace(" ", _NBSP)]
    tries += [line[:i] + _NBSP + line[i + 1:] for i in spaces]
    if len(spaces) <= 400:
        tries += [line[:i] + _NBSP + line[i + 1:j] + _NBSP + line[j + 1:] for n, i in enumerate(spaces) for j in spaces[n + 1:]]
    return next((t for t in tries if _hash(t) == want), None)


def restore(sample: Path, number: str, stream) -> int:
    """Match re-fetched excerpts to the manifest's pages by address; keep each whose lines match.

    A page is kept when its line count is the manifest's; a line whose hash differs is first
    mended (non-breaking spaces) and, if it still differs, reported and kept with the label of its
    place (a copy slip inside a line does not move the labels)."""
    pages = {rec["url"]: rec for rec in _manifest(number)}
    if not pages:
        print(f"no manifest {HERE / f'{number}.jsonl'}")
        return 2
    sample.mkdir(parents=True, exist_ok=True)
    path = sample / "restored.jsonl"
    have = {rec["page"]: rec for rec in _load(path)}
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            url, text = rec["url"], rec["excerpt"]
        except (ValueError, KeyError, TypeError) as exc:
            print(f"line {n}: refused, not a JSON object with url and excerpt ({exc})")
            continue
        page = pages.get(url)
        if page is None:
            print(f"line {n}: not in the manifest: {url}")
            continue
        lines = text.rstrip("\n").split("\n")
        lines[0] = _TOOL_DATE.sub("", lines[0], count=1)
        want = page["lines"]
        if len(lines) != len(want):
            print(f"line {n}: refused, {len(lines)} lines where page {page['page']} has {len(want)}: {url}")
            continue
        off = []
        for k, (t, (h, _)) in enumerate(zip(lines, want)):
            if _hash(t) != h:
                mended = _mend(t, h)
                if mended is None:
                    off.append(k + 1)
                else:
                    text = text.replace(t, mended, 1)
        if page["page"] in have and not have[page["page"]]["differ"]:
            continue
        have[page["page"]] = {"page": page["page"], "url": url, "text": text, "differ": off}
        print(f"line {n}: page {page['page']} restored" + (f", lines {off} differ" if off else "") + f": {url}")
    path.write_text("".join(json.dumps(have[k], ensure_ascii=False) + "\n" for k in sorted(have)), encoding="utf-8")
    (sample / "pages").mkdir(exist_ok=True)
    for rec in have.values():
        (sample / "pages" / f"{rec['page']}.txt").write_text(rec["text"].rstrip("\n") + "\n", encoding="utf-8")
    missing = sorted(set(p["page"] for p in pages.values()) - set(have))
    print(f"{len(have)} of {len(pages)} pages restored in {path}; missing: {' '.join(missing) or 'none'}")
    (sample / "number").write_text(number + "\n", encoding="utf-8")
    return 0


def _restored_records(sample: Path) -> tuple[list[dict], dict]:
    labels = {rec["page"]: rec["lines"] for rec in _manifest((sample / "number").read_text().strip())}
    recs, stats = [], {"lines": 0, "agreed": 0, "disagreed": 0, "cut": 0}
    for rec in _load(sample / "restored.jsonl"):
        lines = _lines(sample, int(rec["page"]))
        out = []
        for t, (_, label) in zip(lines, labels[rec["page"]]):
            if label != "blank":
                stats["lines"] += 1
                key = {"content": "agreed", "leftover": "agreed", "cut": "cut"}.get(label, "disagreed")
                stats[key] += 1
            out.append({"text": t, "label": label})
        recs.append({"id": rec["page"], "lines": out})
    return recs, stats


def score(sample: Path, show: int) -> int:
    recs, stats = records(sample)
    r = score_set(recs, select=None, show=show)
    clean = r["clean_docs"]
    print(f"{sample.name} at {git_revision()}: {stats['lines']} lines, {stats['agreed']} agreed, "
          f"{stats['disagreed']} disagreed or unsure, {stats['cut']} cut lines (not scored)")
    print(f"  leftover lines {r['leftover_lines']}, content lines {r['content_lines']}, clean pages {clean}")
    print(f"  P {fmt(r['precision'])} ({r['flagged_lines'] - r['content_flagged']}/{r['flagged_lines']})  "
          f"R {fmt(r['recall'])}  content flagged {r['content_flagged']} = {r['content_flagged_rate']:.2%}  "
          f"clean pages flagged {r['clean_docs_flagged']}/{clean}")
    if show:
        print_examples(r, name=lambda rid: rid)
    return 0


def manifest(sample: Path, number: str) -> int:
    """What the project keeps of a sample: per page its address, query and domain, and per line a
    hash of its text and its agreed label (no page text)."""
    recs, _ = records(sample)
    HERE.mkdir(exist_ok=True)
    out = []
    for rec, src in zip(recs, _load(sample / "excerpts.jsonl")):
        out.append(json.dumps({
            "page": rec["id"], "url": src["url"], "query": src["query"], "domain": domain(src["url"]),
            "bytes": _size(src["text"]),
            "lines": [[hashlib.sha1(ln["text"].encode("utf-8")).hexdigest()[:12], ln["label"]] for ln in rec["lines"]],
        }, ensure_ascii=False))
    path = HERE / f"{number}.jsonl"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(out)} pages)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("add", "build", "score", "manifest", "expand", "restore"):
        p = sub.add_parser(name)
        p.add_argument("sample", type=Path)
        if name == "score":
            p.add_argument("--show", type=int, nargs="?", const=1000, default=0)
        if name in ("manifest", "restore"):
            p.add_argument("number")
        if name == "expand":
            p.add_argument("spec", type=Path)
            p.add_argument("out", type=Path)
    sub.add_parser("domains")
    p = sub.add_parser("free")
    p.add_argument("sample", type=Path)
    p.add_argument("urls", nargs="+")
    args = ap.parse_args(argv)
    if args.cmd == "domains":
        print("\n".join(sorted(used_domains())))
        return 0
    if args.cmd == "free":
        return free(args.sample, args.urls)
    if args.cmd == "add":
        return add(args.sample, sys.stdin)
    if args.cmd == "build":
        return build(args.sample)
    if args.cmd == "expand":
        return expand(args.sample, args.spec, args.out)
    if args.cmd == "score":
        return score(args.sample, args.show)
    if args.cmd == "restore":
        return restore(args.sample, args.number, sys.stdin)
    return manifest(args.sample, args.number)


if __name__ == "__main__":
    sys.exit(main())
