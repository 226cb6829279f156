"""Who published a document, from the strongest evidence available:

1. metadata (Markdown front matter, HTML meta): ``publisher``, ``source``, ``site_name``, ``url``...;
2. a copyright line ("© Copyright IBTimes 2024. All rights reserved.");
3. branding left in the copy: logo alt text ("- Sputnik International, 1920") anywhere, or a line
   that is only an outlet's name among the first lines;
4. a wire dateline ("BEIJING, Jan. 5 (Xinhua) --").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...diagnostics import Span
from . import branding, table
from ...lazyre import lazy

NAME_KEYS = ("publisher", "source", "site_name", "og:site_name", "site", "outlet", "source_name")
URL_KEYS = ("url", "canonical_url", "canonical", "source_url", "og:url", "link", "permalink")

_COPYRIGHT = lazy(
    r"^[ \t]*(?:(?:©|\(c\)|copyright)[ \t]*)+"
    r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t,]*)?"
    r"(?P<name>[^\n©|]{2,60}?)"
    r"[ \t]*(?:,?[ \t]*\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)?[ \t]*[.,;]?"
    r"[ \t]*(?P<arr>all rights reserved\.?)?[ \t]*$",
    re.I | re.M,
)
_CORPORATE = lazy(
    r"(?:[ \t,]+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|plc|PLC|GmbH|S\.A\.|Corp\.?|Corporation|Co\.|Company|"
    r"Group|Media|Holdings|Publishing|Publications|Digital|and its licensors|\d{4}))+$"
)
_NOT_A_NAME = lazy(r"^(?:photo|image|picture|video|getty|shutterstock|the author|all rights)\b|[/@:]", re.I)
_DATELINE = lazy(
    r"[ \t]*[A-Z][A-Z .'’-]{1,30}(?:,[ \t]*[A-Z][\w .'-]{1,30})?(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"[ \t]*\((?P<name>[A-Za-z][\w .&-]{1,30})\)[ \t]*(?:--?|–|—)"
)


@dataclass(frozen=True)
class Publisher:
    outlet: table.Outlet | None
    name: str | None
    domain: str | None
    evidence: str
    span: Span | None  # where the evidence is in the prose (None for metadata)

    def facts(self) -> dict:
        facts = table.facts_of(self.outlet, self.domain, self.name)
        facts["evidence"] = self.evidence
        return facts

    @property
    def state_affiliated(self) -> bool:
        return bool(self.outlet and self.outlet.state_affiliated)

    @property
    def display(self) -> str:
        return (self.outlet.name if self.outlet else None) or self.name or self.domain or "?"


def _one(found: tuple[table.Outlet, ...]) -> table.Outlet | None:
    return found[0] if len(found) == 1 else None


def _resolve_name(name: str) -> table.Outlet | None:
    name = name.strip().strip(".,;:")
    o = _one(table.lookup_name(name))
    if o is None:
        short = _CORPORATE.sub("", name).strip()
        if short and short != name:
            o = _one(table.lookup_name(short))
    if o is None and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
        o, _ = table.lookup_domain(name)
    return o


def from_metadata(meta: dict) -> Publisher | None:
    url_pub = None
    for key in URL_KEYS:
        v = meta.get(key)
        if isinstance(v, str) and "." in v:
            outlet, domain = table.lookup_domain(v)
            if domain:
                url_pub = Publisher(outlet, None if outlet else domain, domain, f"metadata field '{key}'", None)
                break
    for key in NAME_KEYS:
        v = meta.get(key)
        if not isinstance(v, str) or not v.strip():
            continue
        v = v.strip()
        if re.fullmatch(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", v):
            outlet, domain = table.lookup_domain(v)
            if domain:
                return Publisher(outlet, None if outlet else domain, domain, f"metadata field '{key}'", None)
            continue
        outlet = _resolve_name(v)
        if outlet is not None:
            domain = url_pub.domain if url_pub and url_pub.outlet is outlet else None
            return Publisher(outlet, outlet.name, domain, f"metadata field '{key}'", None)
        if url_pub is not None and url_pub.outlet is not None:
            return url_pub
        return Publisher(None, v[:80], url_pub.domain if url_pub else None, f"metadata field '{key}'", None)
    return url_pub


def from_copyright(doc) -> Publisher | None:
    blocks = doc.blocks
    n = len(blocks)
    candidates = list(range(max(0, n - 4), n)) + list(range(min(3, n)))
    for i in dict.fromkeys(candidates):
        block = blocks[i]
        text = doc.prose[block.start : block.end]
        if "©" not in text and "(c)" not in text.lower() and "copyright" not in text.lower():
            continue
        for m in _COPYRIGHT.finditer(text):
            name = m.group("name").strip()
            if _NOT_A_NAME.search(name):
                continue
            strong = bool(m.group("arr")) or "copyright" in m.group(0).lower() or i >= n - 2
            if not strong:
                continue
            outlet = _resolve_name(name)
            span = Span(block.start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), block.start + m.end())
            if outlet is not None:
                return Publisher(outlet, outlet.name, None, "copyright line", span)
            if m.group("arr") and re.match(r"[A-Z0-9]", name) and len(name.split()) <= 6:
                return Publisher(None, _CORPORATE.sub("", name).strip() or name, None, "copyright line", span)
    return None


def from_branding(doc) -> Publisher | None:
    top = {b.index for b in doc.blocks[:3]}
    for brand in branding.brands(doc):
        block = doc.block_at(brand.span.start)
        if brand.kind == "logo" or (brand.kind == "line" and block is not None and block.index in top):
            return Publisher(brand.outlet, brand.outlet.name, None, "branding", brand.span)
    return None


def from_dateline(doc) -> Publisher | None:
    for block in doc.blocks[:4]:
        m = _DATELINE.match(doc.prose, block.start, block.end)
        if m:
            outlet = _resolve_name(m.group("name"))
            if outlet is not None:
                return Publisher(outlet, outlet.name, None, "dateline", Span(m.start("name") - 1, m.end("name") + 1))
    return None


def find(doc) -> Publisher | None:
    return from_metadata(doc.metadata) or from_copyright(doc) or from_branding(doc) or from_dateline(doc)


def publisher(doc) -> Publisher | None:
    return doc.memo("outlets.publisher", lambda: find(doc))
