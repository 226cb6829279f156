"""Build the outlet rating files shipped in ``newslint/data``.  Run at release time::

    python -m newslint.data.build_outlets --lin PATH/data_domain_pc1.csv \\
        --rsp-2021 PATH/perennial-sources.csv --rsp-2026 PATH/sources.jsonl

(defaults: the copies under ``$NEWSLINT_SHARED/data/reliability``).  Writes:

``domain_quality.tsv``
    ``domain<TAB>pc1`` for the 11,520 news domains of Lin et al. (2023), pc1 rounded to three
    decimals (0 = lowest quality, 1 = highest).  Source: hauselin/domain-quality-ratings@5671d57
    ``data/domain_pc1.csv``; the authors invite reuse ("Feel free to reuse the data"); cite
    Lin, H., Lasser, J., Lewandowsky, S., Cole, R., Gully, A., Rand, D. G., & Pennycook, G. (2023).
    High level of correspondence across different news domain quality rating sets. PNAS Nexus
    2(9), pgad286. https://doi.org/10.1093/pnasnexus/pgad286

``rsp_status.tsv``
    ``domain<TAB>status<TAB>entry`` from Wikipedia's "Reliable sources/Perennial sources" list
    (status gr = generally reliable, nc = no consensus, gu = generally unreliable, d = deprecated,
    b = blacklisted), the union of two public parses (Kudusch 2021-03-17; audiodude 2026-04-19, which
    is preferred where both have a domain).  Wikipedia text, CC BY-SA 4.0: the file carries the
    attribution and is shared under the same licence.

It also checks the hand-curated ``outlets.tsv`` (domains normalised, no name listed twice for one
outlet) and prints the curated outlets that have no Lin et al. rating.  No MBFC- or Iffy-derived
data is read: those sets may not ship.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("NEWSLINT_SHARED", HERE.parent.parent.parent / "shared")) / "data" / "reliability"

# Domains whose RSP verdict is about one account or section, not the whole domain.
PLATFORMS = {
    "youtube.com", "twitter.com", "x.com", "facebook.com", "instagram.com", "medium.com", "wordpress.com",
    "blogspot.com", "substack.com", "tumblr.com", "reddit.com", "google.com", "archive.org", "wikipedia.org",
    "github.com", "linkedin.com", "tiktok.com", "t.me", "vk.com", "soundcloud.com", "apple.com", "amazon.com",
}
RSP_2021 = {
    "Generally reliable": "gr",
    "No consensus": "nc",
    "Generally unreliable": "gu",
    "Deprecated": "d",
    "Blacklisted": "b",
}
RSP_ORDER = ("gr", "nc", "gu", "d", "b")


def norm_domain(value: str) -> str:
    """``https://www.Example.com/path`` -> ``example.com`` (host only, lower case, no www.)."""
    v = value.strip().lower()
    v = re.sub(r"^[a-z][a-z0-9+.-]*:", "", v).lstrip("/")
    v = v.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split(":", 1)[0]
    while v.startswith("www.") or v.startswith("www2."):
        v = v.split(".", 1)[1]
    return v.strip(".")


def build_quality(lin: Path) -> list[tuple[str, float]]:
    rows: dict[str, float] = {}
    with open(lin, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            d = norm_domain(r["domain"])
            if not d or "." not in d:
                continue
            pc1 = float(r["pc1"])
            # two spellings of one host (www. and bare): keep the lower rating, the cautious prior
            rows[d] = min(pc1, rows.get(d, pc1))
    return sorted(rows.items())


def _rsp_2026(path: Path) -> dict[str, tuple[set[str], str]]:
    out: dict[str, tuple[set[str], str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            status = row.get("status")
            if status not in RSP_ORDER:
                continue
            m = re.search(r"\{\{WP:RSPUSES\|([^}]*)\}\}", row.get("alltext", ""))
            domains = m.group(1).split("|") if m else ([row["domain"]] if row.get("domain") else [])
            for raw in domains:
                if "=" in raw:
                    continue
                d = norm_domain(raw)
                if d and "." in d and d not in PLATFORMS:
                    statuses, name = out.get(d, (set(), row.get("name") or row.get("id") or ""))
                    statuses.add(status)
                    out[d] = (statuses, name)
    return out


def _rsp_2021(path: Path) -> dict[str, tuple[set[str], str]]:
    out: dict[str, tuple[set[str], str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                statuses = {RSP_2021[s] for s in json.loads(row["status"]) if s in RSP_2021}
                urls = json.loads(row["urls"] or "[]")
            except (json.JSONDecodeError, TypeError):
                continue
            if not statuses:
                continue
            for raw in urls:
                d = norm_domain(raw)
                if d and "." in d and d not in PLATFORMS:
                    prev, name = out.get(d, (set(), row["name"]))
                    out[d] = (prev | statuses, name)
    return out


def build_rsp(rsp_2021: Path, rsp_2026: Path) -> list[tuple[str, str, str]]:
    new = _rsp_2026(rsp_2026)
    old = _rsp_2021(rsp_2021)
    rows = []
    for d in sorted(set(new) | set(old)):
        statuses, name = new.get(d) or old[d]
        status = "/".join(s for s in RSP_ORDER if s in statuses)
        name = re.sub(r"\s+", " ", re.sub(r"\[\[(?:[^]|]*\|)?([^]]*)\]\]", r"\1", name)).strip()
        rows.append((d, status, name.replace("\t", " ")))
    return rows


def check_curated(quality: dict[str, float]) -> list[str]:
    from newslint.checks.outlets.table import parse_curated

    problems = []
    text = (HERE / "outlets.tsv").read_text(encoding="utf-8")
    outlets = parse_curated(text)
    seen: dict[str, str] = {}
    for o in outlets:
        for d in o.domains:
            if d != norm_domain(d):
                problems.append(f"{o.name}: domain {d!r} is not normalised")
            if d in seen:
                problems.append(f"{o.name}: domain {d} also belongs to {seen[d]}")
            seen[d] = o.name
        if len(set(o.names)) != len(o.names):
            problems.append(f"{o.name}: a name is listed twice")
    unrated = [o.name for o in outlets if not any(d in quality for d in o.domains)]
    print(f"outlets.tsv: {len(outlets)} outlets, {len(unrated)} without a Lin et al. rating: {', '.join(unrated)}")
    return problems


QUALITY_HEADER = """\
# News-domain quality ratings: pc1 of Lin et al. (2023), 0 = lowest quality, 1 = highest.
# Lin, H., Lasser, J., Lewandowsky, S., Cole, R., Gully, A., Rand, D. G., & Pennycook, G. (2023).
# High level of correspondence across different news domain quality rating sets. PNAS Nexus 2(9),
# pgad286. https://doi.org/10.1093/pnasnexus/pgad286
# Data: https://github.com/hauselin/domain-quality-ratings (data/domain_pc1.csv @5671d57), reused
# with the authors' permission ("Feel free to reuse the data"); please cite the paper.
# Built by newslint/data/build_outlets.py: domains lower-cased without www., pc1 to 3 decimals.
"""

RSP_HEADER = """\
# Wikipedia "Reliable sources/Perennial sources" verdicts per domain.
# Source: https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources by Wikipedia
# contributors, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file
# is a derivative (the verdicts and entry names, nothing else) and is shared under the same licence.
# Parsed by Kudusch/wikipedia-perennial-sources (2021-03-17, @1a7c0c2) and
# audiodude/wiki-reliable-sources-parser (2026-04-19, @ae050a6); the newer parse wins per domain.
# status: gr generally reliable, nc no consensus, gu generally unreliable, d deprecated, b blacklisted.
# Built by newslint/data/build_outlets.py.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lin", type=Path, default=SHARED / "lin2023_domain_quality" / "data_domain_pc1.csv")
    ap.add_argument("--rsp-2021", type=Path, default=SHARED / "wikipedia_rsp" / "kudusch_2021" / "perennial-sources.csv")
    ap.add_argument("--rsp-2026", type=Path, default=SHARED / "wikipedia_rsp" / "audiodude_2026" / "sources.jsonl")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)

    quality = build_quality(args.lin)
    with open(args.out / "domain_quality.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(QUALITY_HEADER)
        for d, pc1 in quality:
            fh.write(f"{d}\t{pc1:.3f}\n")
    rsp = build_rsp(args.rsp_2021, args.rsp_2026)
    with open(args.out / "rsp_status.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(RSP_HEADER)
        for row in rsp:
            fh.write("\t".join(row) + "\n")
    print(f"domain_quality.tsv: {len(quality)} domains; rsp_status.tsv: {len(rsp)} domains")
    problems = check_curated(dict(quality))
    for p in problems:
        print(f"outlets.tsv: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
