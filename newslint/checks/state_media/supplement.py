"""Paid supplements and state-produced content: "An Advertising Supplement to The Washington Post",
"prepared by China Daily, People's Republic of China"."""

from __future__ import annotations

import re

from ...diagnostics import Span
from .segments import Label, line_bounds, state_principal, trim
from ...lazyre import lazy

_NAMEISH = r"(?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:[ \t,]+(?:[A-Z][\w’'&.-]*|of|and|the|&|de|du|la))*[ \t.]*"
_SUPPLEMENT = lazy(
    r"\b(?:an?\s+|this\s+(?:is\s+an?\s+)?)?(?:paid(?:-for|\s+for)?|advertising|advertisement|sponsored|special\s+advertising|"
    r"commercial|promotional|paid\s+advertising)\s+(?:supplement|section|feature|insert|content|advertorial)\s+(?:to|in|from|for|by|of|"
    rf"produced\s+by|prepared\s+by)\s+{_NAMEISH}$",
    re.I | re.M,
)
# "a supplement from China Daily": no adjective, so only with a state outlet or government
_STATE_SUPPLEMENT = lazy(
    rf"\b(?:an?\s+)?(?:supplement|section|insert|pull-out)\s+(?:from|by|produced\s+by|prepared\s+by)\s+(?P<name>{_NAMEISH})$",
    re.I | re.M,
)
_RESPONSIBILITY = r"(?:,?\s+which\s+(?:takes|bears|is)\s+(?:sole\s+|full\s+)?responsib\w*\s+for\s+(?:the\s+|its\s+)?contents?\.?)?"
_PREPARED_BY = lazy(
    r"\b(?i:prepared|produced|supplied|provided|paid\s+for|sponsored|presented|brought\s+to\s+you)\s+by\s+"
    rf"(?P<name>{_NAMEISH}){_RESPONSIBILITY}[ \t]*$",
    re.M,
)
_PASSIVE_NEWS = lazy(r"\b(?:was|were|been|be|being|had|has|have)\s+$", re.I)
_GOVERNMENT = lazy(r"\b(?:Government|Embassy|Ministry|Consulate)\s+of\b|People[’']s\s+Republic\s+of\s+China")


def find_supplement(text: str) -> list[Label]:
    out: list[Label] = []
    for m in _SUPPLEMENT.finditer(text):
        out.append(Label(Span(*trim(text, m.start(), m.end())), "supplement"))
    for m in _STATE_SUPPLEMENT.finditer(text):
        if state_principal(m.group("name")):
            out.append(Label(Span(*trim(text, m.start(), m.end())), "supplement"))
    for m in _PREPARED_BY.finditer(text):
        ls, _ = line_bounds(text, m.start())
        if _PASSIVE_NEWS.search(text, max(ls, m.start() - 12), m.start()):
            continue
        name = m.group("name")
        if state_principal(name) or _GOVERNMENT.search(name):
            out.append(Label(Span(*trim(text, m.start(), m.end())), "supplement"))
    return out
