"""Russian "foreign agent" labels: the 2019 form ("this message (material) was created and/or
distributed by a foreign mass medium performing the functions of a foreign agent"), the 2022 form
("this material (information) was produced, distributed and/or sent by a foreign agent ..."), in
Russian and English, and short footnotes and parentheticals ("*Минюст признал иноагентами")."""

from __future__ import annotations

import re

from ...diagnostics import Span
from .segments import Label, footnote_at, line_bounds, paren_at, trim
from ...lazyre import lazy

_FA = lazy(r"иностранн\w*\s+агент\w*|иноагент\w*|\bforeign[\s-]+agents?\b(?!\s+registration)", re.I)
_MATERIAL_RU = lazy(
    r"(?:(?:данн|настоящ|эт)\w*\s+|(?:^|(?<=[*.!?+])|(?<=[*.!?+]\s))(?-i:(?=[А-ЯЁ])))"
    r"(?:сообщени|материал|информаци|публикаци|видео|текст|контент|издани|выпуск)\w*"
    r"(?:\s*\([^)\n]{0,30}\))?[^\n]{0,160}?(?:созда|произвед|распростран|направл|подготовл|опубликова|выпущ)\w*",
    re.I | re.M,
)
_MATERIAL_EN = lazy(
    r"\bthis\s+(?:message|material|news\s+(?:item|story|report)|item|content|report|publication|article|video|"
    r"post|information|broadcast|programme|program)\b(?:\s*\([^)\n]{0,30}\))?[^\n]{0,160}?"
    r"\b(?:created|produced|distributed|sent|disseminated|published|prepared|issued|made)\b",
    re.I,
)
_FA_DESIG = lazy(
    r"призна|внес[её]н|включ[её]н|реестр|минюст|выполня|являет|считает|"
    r"\b(?:designated|declared|recogni[sz]ed|listed|labell?ed|branded|registered|deemed|considered|added)\b",
    re.I,
)


def find_foreign_agent(text: str, stars: list[int]) -> list[Label]:
    out: list[Label] = []
    covered_to = -1
    for m in _FA.finditer(text):
        a, b = m.start(), m.end()
        if a < covered_to:
            continue
        ls, le = line_bounds(text, a)
        strong = None
        for pat in (_MATERIAL_RU, _MATERIAL_EN):
            for found in pat.finditer(text, max(ls, a - 400), a):
                if a - found.end() <= 200:
                    strong = found
                    break
            if strong:
                break
        if strong is not None:
            start = strong.start()
            end = min(le, b + 400)
            out.append(Label(Span(*trim(text, start, end)), "foreign-agent"))
            covered_to = end
            continue
        seg = footnote_at(text, a, stars)
        # a footnote names the designation ("*Минюст признал иноагентами"); a bullet that merely
        # mentions foreign agents does not
        if seg is not None and _FA_DESIG.search(text, seg[0], seg[1]):
            out.append(Label(Span(*trim(text, *seg)), "foreign-agent", footnote=True))
            covered_to = seg[1]
            continue
        par = paren_at(text, a, b)
        if par is not None:
            inner = text[par[0] + 1 : par[1] - 1]
            if re.match(r"\s*(?:which|who|that|whom)\b", inner, re.I):
                continue
            if _FA_DESIG.search(inner) or len(inner.split()) <= 4:
                out.append(Label(Span(*par), "foreign-agent"))
                covered_to = par[1]
    return out
