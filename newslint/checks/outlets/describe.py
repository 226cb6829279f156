"""What newslint knows about an outlet, for ``newslint source NAME|DOMAIN``."""

from __future__ import annotations

import difflib
import json
import re

from . import table
from ...lazyre import lazy

_DOMAINISH = lazy(r"^(?:[a-z][a-z0-9+.-]*://)?[\w-]+(?:\.[\w-]+)+(?:[/?#:]\S*)?$", re.I)

SOURCES = (
    ("ratings", f"{table.CITATION} Data reused as the authors invite; cite the paper."),
    ("wikipedia", f"{table.RSP_ATTRIBUTION}."),
    ("outlet table", "newslint/data/outlets.tsv: names, domains, state affiliation and its basis, curated "
     "by the newslint maintainers from public records (MIT); policy in newslint/data/README.md."),
)


def _record(outlet: table.Outlet | None, domain: str | None) -> dict:
    rating, rated = table.rating_of(outlet, domain)
    verdict = table.rsp_of(outlet, domain)
    rec = {
        "name": outlet.name if outlet else None,
        "domain": domain or (outlet.domain if outlet else None),
        "domains": list(outlet.domains) if outlet else ([domain] if domain else []),
        "country": outlet.country if outlet else None,
        "rating": None if rating is None else round(rating, 3),
        "rated_domain": rated,
        "rating_scale": table.RATING_SCALE,
        "low_rated": table.is_low(rating, verdict),
        "wikipedia_rsp": None if verdict is None else {
            "status": [table.RSP_LABELS.get(s, s) for s in verdict[0].split("/")], "entry": verdict[1]},
        "status": outlet.status if outlet else "-",
        "state_affiliated": bool(outlet and outlet.state_affiliated),
        "basis": [{"key": b, "source": table.BASIS.get(b, b)} for b in outlet.basis] if outlet else [],
        "names": list(outlet.names) if outlet else [],
    }
    return rec


def lookup(query: str) -> tuple[list[dict], list[str]]:
    """``(records, suggestions)`` for a name or a domain/URL."""
    q = query.strip()
    if _DOMAINISH.match(q) and " " not in q:
        outlet, domain = table.lookup_domain(q)
        if outlet is None and (domain is None or (domain not in table.quality() and domain not in table.rsp())):
            return [], []
        return [_record(outlet, domain)], []
    found = table.lookup_name(q)
    if found:
        return [_record(o, None) for o in found], []
    key = table.name_key(q)
    rsp_domains = [d for d, (_, entry) in table.rsp().items() if table.name_key(re.sub(r"\s*\(.*?\)", "", entry)) == key]
    if rsp_domains:
        q_ = table.quality()
        best = next((d for d in rsp_domains if d in q_), rsp_domains[0])
        rec = _record(*table.lookup_domain(best))
        if not rec["name"]:
            rec["name"] = table.rsp()[best][1]
            rec["domains"] = rsp_domains
        return [rec], []
    names = {n if not n.startswith("the ") else "The " + n[4:]: None for o in table.outlets() for n in o.names}
    lowered = {n.casefold(): n for n in names}
    close = difflib.get_close_matches(q.casefold(), list(lowered), n=3, cutoff=0.75)
    return [], [lowered[c] for c in close]


def _text(records: list[dict], query: str) -> str:
    lines = []
    if len(records) > 1:
        lines.append(f"'{query}' is ambiguous: {len(records)} outlets use that name; newslint rates none of "
                     "them when copy uses it without more detail.")
        lines.append("")
    for r in records:
        lines.append(r["name"] or r["domain"])
        doms = r["domains"]
        shown = ", ".join(doms[:6]) + (f" (+{len(doms) - 6} more)" if len(doms) > 6 else "")
        lines.append(f"  domains        {shown}")
        if r["country"]:
            lines.append(f"  country        {r['country']}")
        if r["rating"] is not None:
            low = "  (low-rated)" if r["low_rated"] else ""
            if not r["low_rated"] and r["rating"] < table.LOW_RATING:
                low = "  (not counted as low: Wikipedia RSP rates it generally reliable)"
            lines.append(f"  rating         {r['rating']:.3f} for {r['rated_domain']}{low}")
        else:
            lines.append("  rating         none (domain not in the Lin et al. 2023 set)")
        lines.append(f"  rating scale   {r['rating_scale']}; below {table.LOW_RATING:.2f} counts as low")
        if r["wikipedia_rsp"]:
            lines.append(f"  Wikipedia RSP  {' / '.join(r['wikipedia_rsp']['status'])} (entry \"{r['wikipedia_rsp']['entry']}\")")
        lines.append(f"  affiliation    {table.STATUS_LABELS.get(r['status'], r['status'])}")
        for b in r["basis"]:
            lines.append(f"  basis          [{b['key']}] {b['source']}")
        if r["names"]:
            lines.append(f"  names in copy  {', '.join(n if not n.startswith('the ') else n for n in r['names'])}")
        lines.append("")
    lines.append("Sources")
    for key, text in SOURCES:
        lines.append(f"  {key}: {text}")
    return "\n".join(lines) + "\n"


def describe(query: str, fmt: str = "text") -> tuple[str, bool]:
    """The report and whether anything was found."""
    records, suggestions = lookup(query)
    if not records:
        hint = f" (did you mean {', '.join(repr(s) for s in suggestions)}?)" if suggestions else ""
        if fmt == "json":
            return json.dumps({"query": query, "outlets": [], "suggestions": suggestions}, ensure_ascii=False) + "\n", False
        return f"newslint knows no outlet {query!r}{hint}.\n", False
    if fmt == "json":
        payload = {"query": query, "outlets": records, "sources": dict(SOURCES)}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n", True
    return _text(records, query), True
