"""US Foreign Agents Registration Act notices: "... distributed by X on behalf of Y. Additional
information is on file with the Department of Justice, Washington, D.C."
"""

from __future__ import annotations

import re

from ...diagnostics import Span
from .segments import Label, line_bounds, state_principal, subject_start, trim
from ...lazyre import lazy

_DOJ = lazy(
    r"\b(?:additional|further|more)\s+information\s+(?:is|are)\s+(?:on\s+file|available|filed)\s+(?:with|at|from)\s+"
    r"the\s+(?:[\w.-]+\s+){0,6}?(?:U\.?\s?S\.?\s+|United\s+States\s+)?Department\s+of\s+Justice\b(?:,?\s+Washington(?:,?\s+D\.?\s?C\.?)?)?\.?",
    re.I,
)
_DIST = lazy(
    r"\b(?:is|are|was|were|been|being)\s+(?:being\s+)?(?:distributed|disseminated|circulated|prepared|produced|"
    r"published|provided)\s+by\s+[^\n]{2,160}?\s*,?\s+on\s+behalf\s+of\s+(?P<principal>[^\n;]{2,160}?)(?=\.\s|\.$|;|$)",
    re.I | re.M,
)
_FARA_ACT = lazy(r"\bForeign\s+Agents?\s+Registration\s+Act\b|\bFARA\b")


def find_fara(text: str) -> list[Label]:
    out: list[Label] = []
    dists = list(_DIST.finditer(text))
    used: set[int] = set()
    for m in _DOJ.finditer(text):
        ls, _ = line_bounds(text, m.start())
        start = None
        for i, d in enumerate(dists):
            if ls <= d.start() < m.start() and m.start() - d.end() <= 300:
                start = subject_start(text, d.start(), max(ls, d.start() - 120))
                used.add(i)
        if start is None:
            start = m.start()
        out.append(Label(Span(*trim(text, start, m.end())), "fara"))
    for i, d in enumerate(dists):
        if i in used:
            continue
        ls, le = line_bounds(text, d.start())
        if state_principal(d.group("principal")) or _FARA_ACT.search(text, ls, le):
            start = subject_start(text, d.start(), max(ls, d.start() - 120))
            out.append(Label(Span(*trim(text, start, d.end())), "fara"))
    return out
