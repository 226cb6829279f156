"""Platform labels copied with the text: "<Country> state-affiliated media", "Russia state-controlled
media", "RT is funded in whole or in part by the Russian government."
"""

from __future__ import annotations

import re

from ...diagnostics import Span
from .countries import COUNTRIES
from .segments import Label, line_bounds, subject_start, trim
from ...lazyre import lazy

_PLATFORM = lazy(
    r"\b(?P<country>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:state|government)[-\s]"
    r"(?:affiliated|controlled|funded|run)\s+media\b",
)
# YouTube's information panels; a label ends its line ("... government. Wikipedia" at most)
_PANEL_END = r"\.?(?:[ \t]+(?:Wikipedia|Learn\s+more)\.?)?[ \t]*$"
_REPORTED_LABEL = lazy(
    r"\b(?:as|label(?:led|ed|s|ing)?|tag(?:ged|s)?|call(?:ed|s)?|mark(?:ed|s)?|brand(?:ed|s)?)\s+(?:an?\s+|the\s+)?[\"“‘']?$",
    re.I,
)
_FUNDED = lazy(
    r"\b(?:is\s+)?funded\s+in\s+whole\s+or\s+in\s+part\s+by\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+government"
    + _PANEL_END,
    re.M,
)
_PUBLIC_SERVICE = lazy(
    r"\bis\s+an?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+public\s+broadcast(?:ing)?\s+service" + _PANEL_END, re.M
)
_LABEL_LINE = lazy(
    r"^[ \t]*(?:(?:State|Government)[- ](?:affiliated|controlled|funded)|Publicly[- ]funded)\s+[Mm]edia[ \t]*\.?[ \t]*$"
    r"|^[ \t]*(?P<country>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+[Gg]overnment\s+(?:[Oo]rgani[sz]ation|[Oo]fficial|[Aa]ccount)[ \t]*$",
    re.M,
)


def find_platform(text: str) -> list[Label]:
    out: list[Label] = []
    for m in _PLATFORM.finditer(text):
        words = m.group("country").split()
        for k in range(len(words)):
            if " ".join(words[k:]) in COUNTRIES:
                start = m.start() + m.group(0).index(" ".join(words[k:]))
                ls, le = line_bounds(text, m.start())
                if _REPORTED_LABEL.search(text, max(ls, start - 40), start):
                    break  # a news sentence that reports the label: "Twitter labelled RT as ..."
                # "This post links to a China state-affiliated media website." -> the whole sentence
                s0 = text.rfind(". ", ls, start)
                sent_start = s0 + 2 if s0 >= 0 else ls
                lead = text[sent_start:start]
                if re.search(r"\b(?:links?|linked|is|are)\b[^.]{0,40}\ban?\s*$", lead, re.I):
                    start = sent_start
                end = m.end()
                tail = re.match(r"[^\n.]{0,30}\.?", text[end:le])
                if tail and re.match(r"\s*(?:website|site|account|outlet|page|channel)\b", text[end:le]):
                    end += tail.end()
                out.append(Label(Span(*trim(text, start, end)), "platform"))
                break
    for pat in (_FUNDED, _PUBLIC_SERVICE):
        for m in pat.finditer(text):
            ls, _ = line_bounds(text, m.start())
            start = subject_start(text, m.start(), ls)
            out.append(Label(Span(*trim(text, start, m.end())), "platform"))
    for m in _LABEL_LINE.finditer(text):
        c = m.group("country")
        if c is None or c in COUNTRIES:
            out.append(Label(Span(*trim(text, m.start(), m.end())), "platform"))
    return out
