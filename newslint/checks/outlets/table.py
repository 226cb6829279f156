"""The outlet data shipped in ``newslint/data``, loaded lazily, once per process.

- ``outlets.tsv``: the curated outlets (names -> domains, state affiliation and its basis).
- ``domain_quality.tsv``: pc1 ratings of 11,520 news domains (Lin et al. 2023).
- ``rsp_status.tsv``: Wikipedia "Perennial sources" verdicts per domain (CC BY-SA 4.0).

Names are found in text by token lookup (``newslint.matching.PhraseMatcher``), case-sensitively:
"Sputnik" the agency, not "sputnik" the satellite.  One-word names that are ordinary words ("the
Times", "the Sun", "the Guardian") are listed with their article and only match after "the".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...document.tokens import WORD_RE
from ...matching import PhraseMatcher
from ...lazyre import lazy

# Below this pc1 an outlet counts as low-rated.  Chosen on Wikipedia RSP verdicts (see
# benchmarks/sourcing.py): no "generally reliable" domain of RSP scores below 0.40.
LOW_RATING = 0.40

RATING_SCALE = "pc1 of Lin et al. (2023): 0 = lowest quality, 1 = highest"
STATUS_LABELS = {
    "state": "state-affiliated media (the state controls editorial content)",
    "public": "publicly funded, editorially independent (not counted as state-affiliated)",
    "-": "not known to be state-affiliated",
}
RSP_LABELS = {
    "gr": "generally reliable",
    "nc": "no consensus",
    "gu": "generally unreliable",
    "d": "deprecated",
    "b": "blacklisted",
}
BASIS = {
    "EU833": "EU Council Regulation (EU) No 833/2014, Art. 2f and annexes (as amended 2022-2024): "
    "broadcast ban on outlets under the control of the leadership of the Russian Federation",
    "USDOS2020": "US Department of State, 2020: PRC media designated as foreign missions "
    "(effectively controlled by the government of the PRC)",
    "OFAC2021": "US Treasury (OFAC), 15 April 2021: outlets designated as directed by Russian intelligence services",
    "FARA": "US Foreign Agents Registration Act: its US distributor is registered as an agent of a foreign government principal",
    "RSP": "Wikipedia, Reliable sources/Perennial sources: consensus summary on state ownership or control "
    "(Wikipedia contributors, CC BY-SA 4.0)",
    "OWN": "owned and run by the state or ruling party, with no statutory editorial independence (public record)",
    "CHARTER": "public funding under a charter or statute that guarantees editorial independence",
}
CITATION = (
    "Lin, H., Lasser, J., Lewandowsky, S., Cole, R., Gully, A., Rand, D. G., & Pennycook, G. (2023). "
    "High level of correspondence across different news domain quality rating sets. PNAS Nexus 2(9), "
    "pgad286. https://doi.org/10.1093/pnasnexus/pgad286"
)
RSP_ATTRIBUTION = (
    "Wikipedia contributors, \"Wikipedia:Reliable sources/Perennial sources\", CC BY-SA 4.0; "
    "parsed by Kudusch (2021) and audiodude (2026)"
)


@dataclass(frozen=True)
class Outlet:
    name: str  # display name
    names: tuple[str, ...]
    domains: tuple[str, ...]  # primary first
    status: str  # "state", "public" or "-"
    country: str
    basis: tuple[str, ...] = ()

    @property
    def state_affiliated(self) -> bool:
        return self.status == "state"

    @property
    def domain(self) -> str:
        return self.domains[0]


def _display(name: str) -> str:
    return "The " + name[4:] if name.startswith("the ") else name


def parse_curated(text: str) -> list[Outlet]:
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (5 - len(cols))
        domains, names, status, country, basis = (c.strip() for c in cols[:5])
        names_t = tuple(n.strip() for n in names.split("|") if n.strip())
        out.append(
            Outlet(
                name=_display(names_t[0]),
                names=names_t,
                domains=tuple(d.strip() for d in domains.split("|") if d.strip()),
                status=status or "-",
                country=country,
                basis=tuple(b for b in basis.split(";") if b),
            )
        )
    return out


def _read(name: str) -> str:
    return resources.files("newslint.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    return tuple(parse_curated(_read("outlets.tsv")))


class Quality:
    """pc1 per domain, looked up by binary search in the sorted lines of the file (no dict of
    11,520 floats to build at start-up)."""

    __slots__ = ("_lines",)

    def __init__(self, text: str) -> None:
        self._lines = [ln for ln in text.split("\n") if ln and ln[0] != "#"]
        self._lines.sort()

    def get(self, domain: str, default: float | None = None) -> float | None:
        key = domain + "\t"
        i = bisect_left(self._lines, key)
        if i < len(self._lines) and self._lines[i].startswith(key):
            return float(self._lines[i][len(key) :])
        return default

    def __contains__(self, domain: str) -> bool:
        return self.get(domain) is not None

    def __getitem__(self, domain: str) -> float:
        v = self.get(domain)
        if v is None:
            raise KeyError(domain)
        return v

    def items(self):
        for ln in self._lines:
            d, _, v = ln.partition("\t")
            yield d, float(v)

    def __len__(self) -> int:
        return len(self._lines)


@lru_cache(maxsize=1)
def quality() -> Quality:
    return Quality(_read("domain_quality.tsv"))


@lru_cache(maxsize=1)
def rsp() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for line in _read("rsp_status.tsv").splitlines():
        if line and line[0] != "#":
            d, status, entry = (line.split("\t") + ["", ""])[:3]
            table[d] = (status, entry)
    return table


# -- names ---------------------------------------------------------------------------------------
_KEY_DROP = lazy(r"[\W_]+")


def name_key(name: str) -> str:
    """``"The Daily Telegraph"`` -> ``"dailytelegraph"``: case, article, spaces and dots ignored."""
    n = name.strip().casefold()
    if n.startswith("the "):
        n = n[4:]
    return _KEY_DROP.sub("", n.replace("’", "'"))


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[Outlet, ...]]:
    index: dict[str, list[Outlet]] = {}
    for o in outlets():
        for n in o.names:
            lst = index.setdefault(name_key(n), [])
            if o not in lst:
                lst.append(o)
    return {k: tuple(v) for k, v in index.items()}


def lookup_name(name: str) -> tuple[Outlet, ...]:
    """Outlets known by this name (more than one when the name is ambiguous, none when unknown)."""
    return _name_index().get(name_key(name), ())


@dataclass(frozen=True)
class Entry:
    """One matcher phrase: the outlets it may name and whether it needs a preceding "the"."""

    outlets: tuple[Outlet, ...]
    needs_article: bool

    @property
    def outlet(self) -> Outlet | None:
        return self.outlets[0] if len(self.outlets) == 1 else None


def _core(name: str) -> tuple[str, bool]:
    if name.startswith("the "):
        return name[4:], True
    if name.startswith("The "):
        rest = name[4:]
        return rest, " " not in rest
    return name, False


@lru_cache(maxsize=1)
def matcher() -> tuple[PhraseMatcher, dict[str, Entry]]:
    """The case-sensitive phrase matcher over outlet names, and what each phrase stands for.
    Every name starts with a capital letter or a digit (``first_words`` relies on it).  Possessives
    ("Xinhua's") are matched by trimming "'s" from the text's words, not by extra phrases."""
    found: dict[str, tuple[list[Outlet], bool]] = {}
    for o in outlets():
        for n in o.names:
            phrase, article = _core(n)
            outs, needs = found.get(phrase, ([], True))
            if o not in outs:
                outs.append(o)
            found[phrase] = (outs, needs and article)
    pm = PhraseMatcher((), ignorecase=False)
    entries: dict[str, Entry] = {}
    for phrase, (outs, needs) in found.items():
        pm.add(phrase)
        entries[phrase] = Entry(tuple(outs), needs)
    return pm, entries


@lru_cache(maxsize=1)
def first_words() -> dict[str, frozenset[str] | None]:
    """First word of every name -> the second words that may follow it (``None`` when the first
    word is a name by itself).  A text word not in this table starts no name."""
    seconds: dict[str, set[str] | None] = {}
    for phrase in matcher()[1]:
        words = WORD_RE.findall(phrase)
        if len(words) == 1:
            seconds[words[0]] = None
        elif seconds.get(words[0], set()) is not None:
            seconds.setdefault(words[0], set()).add(words[1])
    return {k: (None if v is None else frozenset(v)) for k, v in seconds.items()}


# -- domains -------------------------------------------------------------------------------------
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "gob", "or", "ne", "go", "nic", "mil"}


def host_of(value: str) -> str:
    """The host of a URL or domain, lower case, without ``www.``."""
    v = value.strip().lower()
    v = re.sub(r"^[a-z][a-z0-9+.-]*:", "", v).lstrip("/")
    v = re.split(r"[/?#:]", v, maxsplit=1)[0]
    while v.startswith(("www.", "www2.", "m.", "amp.", "mobile.")):
        v = v.split(".", 1)[1]
    return v.strip(".")


def registrable(host: str) -> str:
    """``news.example.co.uk`` -> ``example.co.uk`` (a small public-suffix heuristic)."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@lru_cache(maxsize=1)
def _domain_index() -> dict[str, Outlet]:
    return {d: o for o in outlets() for d in o.domains}


def lookup_domain(value: str) -> tuple[Outlet | None, str | None]:
    """The curated outlet and the rated (or best-known) domain for a URL or domain."""
    host = host_of(value)
    if not host or "." not in host:
        return None, None
    index = _domain_index()
    q = quality()
    r = rsp()
    labels = host.split(".")
    known = None
    for i in range(len(labels) - 1):
        cand = ".".join(labels[i:])
        o = index.get(cand)
        if o is not None:
            return o, cand
        if known is None and (cand in q or cand in r):
            known = cand
    return None, known or registrable(host)


def rating_of(outlet: Outlet | None, domain: str | None = None) -> tuple[float | None, str | None]:
    """``(pc1, rated domain)``: the domain's own rating, else the outlet's first rated domain."""
    q = quality()
    if domain and domain in q:
        return q[domain], domain
    if outlet is not None:
        for d in outlet.domains:
            if d in q:
                return q[d], d
    return None, None


def rsp_of(outlet: Outlet | None, domain: str | None = None) -> tuple[str, str] | None:
    r = rsp()
    for d in ((domain,) if domain else ()) + (outlet.domains if outlet else ()):
        if d in r:
            return r[d]
    return None


def is_low(rating: float | None, verdict: tuple[str, str] | None = None) -> bool:
    """Low-rated: pc1 below ``LOW_RATING``, unless Wikipedia's perennial-sources list rates the
    outlet generally reliable (pc1 is imputed for many domains: The New Yorker scores 0.27); or
    deprecated by that list whatever its pc1."""
    status = set(verdict[0].split("/")) if verdict else set()
    if status and status <= {"d", "b"}:
        return True
    if status == {"gr"}:
        return False
    return rating is not None and rating < LOW_RATING


def facts_of(outlet: Outlet | None, domain: str | None = None, name: str | None = None) -> dict:
    """The ``publisher``/outlet dict of the JSON output."""
    rating, rated = rating_of(outlet, domain)
    return {
        "name": outlet.name if outlet else name,
        "domain": domain or (outlet.domain if outlet else None),
        "rating": None if rating is None else round(rating, 3),
        "state_affiliated": bool(outlet and outlet.state_affiliated),
    }
