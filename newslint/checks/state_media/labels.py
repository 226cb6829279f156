"""Finders for legally mandated labels and state-media leftovers, by the structure of each formula.

Each family is recognised by the shape the law or the platform gives it, in Russian and English,
not by exact strings:

- banned-organisation notes: "<org> is a terrorist/extremist organisation banned in Russia",
  "(banned in Russia)", "запрещённой в России организации", "деятельность которой запрещена в России
  как экстремистская", "This organization is under UN sanctions for terrorist activity";
- foreign-agent labels: "this message (material) was created and/or distributed by ... foreign agent"
  (2019 form) and "this material (information) was produced, distributed and/or sent by a foreign
  agent" (2022 form); short footnotes and parentheticals ("*Минюст признал иноагентами");
- FARA notices: "... distributed by X on behalf of Y ... Additional information is on file with the
  Department of Justice";
- platform labels: "<Country> state-affiliated/state-controlled media", "funded in whole or in part by
  the <X> government";
- paid supplements: "An Advertising Supplement to <Paper>", "prepared by China Daily, People's Republic
  of China".

A news sentence that reports a ban ("Telegram was banned in Russia in 2018") or a designation
(«X признан иноагентом») is not a label: outside a footnote or a parenthesis the finders need the
formula's own structure (a designation adjective before "banned", an attributive participle, a
"this material" subject) and reject the past-tense predicates of news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...diagnostics import Span
from ..outlets import table
from .countries import COUNTRIES

# Cheap prefilters (lower-cased substrings): a family's finder runs only on a block that holds
# one of its stems.
_STEMS = {
    "banned": ("russia", "росси", "рф", "sanctions", "санкци", "запрещ"),
    "foreign-agent": ("foreign agent", "foreign-agent", "иностранн", "иноагент"),
    "fara": ("department of justice", "on behalf of"),
    "platform": (
        "affiliated media", "controlled media", "funded media", "run media", "in whole or in part",
        "public broadcast", "government organi", "government official", "government account",
    ),
    "supplement": (
        "supplement", "prepared by", "produced by", "supplied by", "provided by", "paid for by",
        "sponsored by", "presented by", "brought to you by", "section to", "feature to", "insert to",
        "sponsored content", "paid content", "advertorial",
    ),
}
_ALL_STEMS = tuple(s for stems in _STEMS.values() for s in stems)


@dataclass(frozen=True)
class Label:
    span: Span  # block-relative until ``find`` shifts it
    family: str  # banned-organisation, foreign-agent, fara, platform, supplement
    footnote: bool = False  # an asterisk footnote (its markers in the text can be found)


# -- helpers -----------------------------------------------------------------------------------------
def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


_FOOTNOTE_STAR = re.compile(r"(?:^|(?<=\s))\*{1,3}[ \t]?(?=[^\W\d_])", re.M)


def _footnote_at(text: str, pos: int, stars: list[int]) -> tuple[int, int] | None:
    """The asterisk footnote segment (from ``*`` to the end of the line) containing ``pos``."""
    ls, le = _line(text, pos)
    best = None
    for s in stars:
        if ls <= s <= pos:
            best = s
    return (best, le) if best is not None else None


def _paren_at(text: str, a: int, b: int) -> tuple[int, int] | None:
    ls, le = _line(text, a)
    open_ = text.rfind("(", ls, a)
    if open_ < 0 or text.find(")", open_, a) >= 0:
        return None
    close = text.find(")", b, le)
    if close < 0:
        return None
    return open_, close + 1


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t\r\n":
        b -= 1
    return a, b


# -- banned organisations ------------------------------------------------------------------------------
_RUSSIA_EN = r"(?:Russia|the\s+Russian\s+Federation|the\s+RF)\b"
_RUSSIA_RU = r"(?:в\s+(?:России|РФ|Российской\s+Федерации)|на\s+территории\s+(?:России|РФ|Российской\s+Федерации))"
_BAN_EN = re.compile(rf"\b(?:banned|outlawed|prohibited|proscribed)\s+in\s+{_RUSSIA_EN}", re.I)
_BAN_RU = re.compile(rf"запрещ[её]н(?P<form>\w*)\s+{_RUSSIA_RU}", re.I)
_DESIG_EN = re.compile(
    r"\b(?:recogni[sz]ed|designated|declared|deemed|considered|branded|listed|classified)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:terrorist|extremist)",
    re.I,
)
_TE_EN = re.compile(r"\b(?:terrorist|extremist)s?\b", re.I)
_TE_RU = re.compile(r"(?:террористическ|экстремистск|террорист|экстремист)\w*", re.I)
_ACTIVITY_EN = re.compile(r"\bactivit(?:y|ies)\b", re.I)
_ACTIVITY_RU = re.compile(r"деятельност\w*|признан\w*", re.I)
_UN_NOTE = re.compile(
    r"\b(?:organi[sz]ation|group|movement|entity)\s+(?:is|are)\s+(?:under|subject\s+to)\s+(?:the\s+)?"
    r"(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?\s+sanctions\b[^\n.]*"
    r"|находится\s+под\s+санкциями\s+(?:СБ\s+)?ООН[^\n.]*",
    re.I,
)
_UN_BARE = re.compile(
    r"\b(?:under|subject\s+to)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?\s+sanctions\b[^\n.)]*"
    r"|под\s+санкциями\s+(?:СБ\s+)?ООН[^\n.)]*",
    re.I,
)
# A designation without the word "banned": "признана экстремистской", "recognised as extremist",
# "признана нежелательной" (undesirable organisation).  A note only inside a footnote or a
# parenthesis that names Russia, or as an attributive participle ("признанной в РФ экстремистской").
_DESIG = re.compile(
    r"признан(?P<form>\w*)\s+(?:(?:в\s+(?:России|РФ)|Минюстом|судом|Генпрокуратурой)\s+)*(?:\w+\s+){0,1}?"
    r"(?:экстремистск|террористическ|нежелательн)\w*"
    r"|\b(?:recogni[sz]ed|designated|declared|deemed|considered|branded|listed|classified)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:terrorist|extremist|undesirable)\w*(?:\s+organi[sz]ations?|\s+groups?)?",
    re.I,
)
_RUSSIA_ANY = re.compile(r"\bRussia|Russian\s+Federation|\bRF\b|России|РФ\b|Российской|Минюст|Генпрокуратур", re.I)
_NEWS_AUX_EN = re.compile(r"\b(?:was|were|been|got|became|had|will\s+be|would\s+be|could\s+be)\s+(?:\w+ly\s+)?$", re.I)
_NEWS_AUX_RU = re.compile(r"(?:\bбыл[аои]?|\bбудет|\bбудут|\bстал[аои]?)\s+$", re.I)
_NEWS_AFTER_EN = re.compile(r"^\s+(?:in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|last\s+(?:year|month|week)|on\s+\w+\s+\d|since\s+\d{4}|under\b|after\b|for\s+(?:\d|its|their|his|her))", re.I)
_ORG_RU = re.compile(
    r"(?:организаци|группировк|движени|сообществ|компани|корпораци|соцсет|сет[ьи]\b|парти|структур|объединени|"
    r"фонд|сект|батальон|полк|бригад|террорист|экстремист)\w*",
    re.I,
)
_LONG_FORM = re.compile(r"^н(?:ая|ой|ую|ое|ого|ому|ые|ых|ым|ыми|ом)$", re.I)
_EN_TAIL = re.compile(
    r"^(?:\s+as\s+(?:an?\s+)?(?:extremist|terrorist)\w*(?:\s+organi[sz]ations?)?)?"
    r"(?:\s*,?\s+and\s+(?:in\s+)?(?:many|several|some|a\s+number\s+of|most|other)\s+(?:other\s+)?countries)?",
    re.I,
)
_EN_HEAD = re.compile(r"(?:\b(?:an?|the)\s+)?(?:\w+\s+){0,2}$", re.I)


def _banned(text: str, stars: list[int]) -> list[Label]:
    out: list[Label] = []
    for m in _UN_NOTE.finditer(text):
        out.append(Label(Span(*_trim(text, m.start(), m.end())), "banned-organisation"))
    for m in _UN_BARE.finditer(text):
        box = _container(text, m.start(), m.end(), stars)
        if box is not None:
            out.append(box)
    for m in _DESIG.finditer(text):
        out.extend(_designated(text, m, stars))
    for m in _BAN_EN.finditer(text):
        out.extend(_banned_en(text, m, stars))
    for m in _BAN_RU.finditer(text):
        out.extend(_banned_ru(text, m, stars))
    return out


def _container(text: str, a: int, b: int, stars: list[int]) -> Label | None:
    seg = _footnote_at(text, a, stars)
    if seg is not None:
        return Label(Span(*_trim(text, *seg)), "banned-organisation", footnote=True)
    par = _paren_at(text, a, b)
    if par is not None:
        return Label(Span(*par), "banned-organisation")
    return None


def _banned_en(text: str, m: re.Match, stars: list[int]) -> list[Label]:
    a, b = m.start(), m.end()
    ls, _ = _line(text, a)
    before = text[max(ls, a - 100) : a]
    # the clause before the participle: back to the last sentence break
    cut = max(before.rfind(". "), before.rfind("; "))
    clause = before[cut + 1 :] if cut >= 0 else before
    after = text[b : b + 60]
    if _NEWS_AUX_EN.search(clause) and _footnote_at(text, a, stars) is None:
        return []
    box = _container(text, a, b, stars)
    if box is not None:
        return [box]
    if _NEWS_AFTER_EN.match(after):
        return []
    te = None
    for t in _TE_EN.finditer(clause):
        te = t
    act = _ACTIVITY_EN.search(clause)
    tail = _EN_TAIL.match(text, b)
    as_te = re.match(r"\s+as\s+(?:an?\s+)?(?:extremist|terrorist)", text[b : b + 40], re.I)
    if te is None and act is None and not as_te:
        return []
    if te is not None:
        # a designation before the participle; a past auxiliary before it makes it news, and so
        # does a definite reference ("the terrorist group banned in Russia had ..."): the formula is
        # an apposition or a predicate ("X, a terrorist organisation banned in Russia")
        head = clause[: te.start()]
        if re.search(r"\bthe\s+$", head, re.I):
            return []
        if _NEWS_AUX_EN.search(re.sub(r"\b(?:recogni[sz]ed|designated|declared|deemed|considered|branded|listed|classified)\s+(?:as\s+)?(?:an?\s+)?$", "", head, flags=re.I)):
            return []
        start = a - len(clause) + te.start()
        h = _EN_HEAD.search(text, max(ls, start - 40), start)
        if h is not None and h.end() == start:
            start = h.start()
    else:
        start = a - len(clause) + (act.start() if act is not None else len(clause))
    end = tail.end() if tail is not None else b
    return [Label(Span(*_trim(text, start, end)), "banned-organisation")]


def _designated(text: str, m: re.Match, stars: list[int]) -> list[Label]:
    a, b = m.start(), m.end()
    ls, _ = _line(text, a)
    if _NEWS_AUX_RU.search(text, max(ls, a - 12), a) or _NEWS_AUX_EN.search(text, max(ls, a - 20), a):
        if _footnote_at(text, a, stars) is None:
            return []
    box = _container(text, a, b, stars)
    if box is not None:
        inner = text[box.span.start : box.span.end]
        return [box] if _RUSSIA_ANY.search(inner) or box.footnote and "*" in inner[:3] and _cyrillic(inner) else []
    form = m.group("form") or ""
    if _LONG_FORM.match(form):
        return [Label(Span(a, b), "banned-organisation")]
    return []


def _cyrillic(s: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in s)


def _banned_ru(text: str, m: re.Match, stars: list[int]) -> list[Label]:
    a, b = m.start(), m.end()
    ls, le = _line(text, a)
    before = text[max(ls, a - 80) : a]
    box = _container(text, a, b, stars)
    if box is not None:
        return [box]
    if _NEWS_AUX_RU.search(before):
        return []
    after = text[b : min(le, b + 80)]
    if _LONG_FORM.match(m.group("form")):
        # attributive participle: "запрещённой в России организации", "организации, запрещённой в России"
        nxt = re.match(r"\s+[«\"„“']?([^\W\d_][\w-]*)", after)
        prev_words = re.findall(r"[^\W\d_][\w-]*", before)[-3:]
        org_after = nxt is not None and (nxt.group(1)[:1].isupper() or _ORG_RU.match(nxt.group(1)))
        org_before = any(_ORG_RU.match(w) or w[:1].isupper() for w in prev_words[-1:]) or any(_ORG_RU.match(w) for w in prev_words)
        if not (org_after or org_before):
            return []
        end = b + (nxt.end() if org_after else 0)
        return [Label(Span(a, end), "banned-organisation")]
    # short form "запрещена в России": a label with "деятельность ... запрещена", "признана экстремистской
    # и запрещена" or "... как экстремистская"
    as_te = re.match(r"\s*,?\s+как\s+(?:террористическ|экстремистск)\w*", after)
    act = None
    for t in _ACTIVITY_RU.finditer(before):
        act = t
    te = _TE_RU.search(before)
    if not (as_te or act or te):
        return []
    start = a - len(before) + min(x.start() for x in (act, te) if x is not None) if (act or te) else a
    end = b + (as_te.end() if as_te else 0)
    return [Label(Span(*_trim(text, start, end)), "banned-organisation")]


# -- foreign agents ------------------------------------------------------------------------------------
_FA = re.compile(r"иностранн\w*\s+агент\w*|иноагент\w*|\bforeign[\s-]+agents?\b(?!\s+registration)", re.I)
_MATERIAL_RU = re.compile(
    r"(?:(?:данн|настоящ|эт)\w*\s+|(?:^|(?<=[*.!?+])|(?<=[*.!?+]\s))(?-i:(?=[А-ЯЁ])))"
    r"(?:сообщени|материал|информаци|публикаци|видео|текст|контент|издани|выпуск)\w*"
    r"(?:\s*\([^)\n]{0,30}\))?[^\n]{0,160}?(?:созда|произвед|распростран|направл|подготовл|опубликова|выпущ)\w*",
    re.I | re.M,
)
_MATERIAL_EN = re.compile(
    r"\bthis\s+(?:message|material|news\s+(?:item|story|report)|item|content|report|publication|article|video|"
    r"post|information|broadcast|programme|program)\b(?:\s*\([^)\n]{0,30}\))?[^\n]{0,160}?"
    r"\b(?:created|produced|distributed|sent|disseminated|published|prepared|issued|made)\b",
    re.I,
)
_FA_DESIG = re.compile(
    r"призна|внес[её]н|включ[её]н|реестр|минюст|выполняющ|являет|считает|"
    r"\b(?:designated|declared|recogni[sz]ed|listed|labell?ed|branded|registered|deemed|considered|added)\b",
    re.I,
)


def _foreign_agent(text: str, stars: list[int]) -> list[Label]:
    out: list[Label] = []
    covered_to = -1
    for m in _FA.finditer(text):
        a, b = m.start(), m.end()
        if a < covered_to:
            continue
        ls, le = _line(text, a)
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
            out.append(Label(Span(*_trim(text, start, end)), "foreign-agent"))
            covered_to = end
            continue
        seg = _footnote_at(text, a, stars)
        if seg is not None:
            out.append(Label(Span(*_trim(text, *seg)), "foreign-agent", footnote=True))
            covered_to = seg[1]
            continue
        par = _paren_at(text, a, b)
        if par is not None:
            inner = text[par[0] + 1 : par[1] - 1]
            if re.match(r"\s*(?:which|who|that|whom)\b", inner, re.I):
                continue
            if _FA_DESIG.search(inner) or len(inner.split()) <= 4:
                out.append(Label(Span(*par), "foreign-agent"))
                covered_to = par[1]
    return out


# -- FARA ------------------------------------------------------------------------------------------------
_DOJ = re.compile(
    r"\b(?:additional|further|more)\s+information\s+(?:is|are)\s+(?:on\s+file|available|filed)\s+(?:with|at|from)\s+"
    r"the\s+(?:[\w.-]+\s+){0,6}?(?:U\.?\s?S\.?\s+|United\s+States\s+)?Department\s+of\s+Justice\b(?:,?\s+Washington(?:,?\s+D\.?\s?C\.?)?)?\.?",
    re.I,
)
_DIST = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:being\s+)?(?:distributed|disseminated|circulated|prepared|produced|"
    r"published|provided)\s+by\s+[^\n]{2,160}?\s*,?\s+on\s+behalf\s+of\s+(?P<principal>[^\n;]{2,160}?)(?=\.\s|\.$|;|$)",
    re.I | re.M,
)
_FARA_ACT = re.compile(r"\bForeign\s+Agents?\s+Registration\s+Act\b|\bFARA\b")
_PRINCIPAL = re.compile(
    r"\b(?:Government|Embassy|Ministry|Consulate|Republic|Kingdom|State\s+of|Emirates?|Sultanate|Principality|"
    r"Federation|Royal|Mission\s+of|Office\s+of\s+the\s+President|Prime\s+Minister)\b"
)


def _subject_start(text: str, pos: int, floor: int) -> int:
    """Back from ``pos`` (the verb) over at most three words of the subject, within the sentence."""
    seg = text[floor:pos]
    stop = max(seg.rfind(". "), seg.rfind("? "), seg.rfind("! "))
    base = floor + (stop + 2 if stop >= 0 else 0)
    words = list(re.finditer(r"\S+", text[base:pos]))
    return base + words[-3].start() if len(words) >= 3 else base + (words[0].start() if words else 0)


def _state_principal(principal: str) -> bool:
    if _PRINCIPAL.search(principal):
        return True
    pm, entries = table.matcher()
    return any(entries[p].outlet is not None and entries[p].outlet.state_affiliated for _, _, p in pm.finditer(principal))


def _fara(text: str) -> list[Label]:
    out: list[Label] = []
    dists = list(_DIST.finditer(text))
    used: set[int] = set()
    for m in _DOJ.finditer(text):
        ls, _ = _line(text, m.start())
        start = None
        for i, d in enumerate(dists):
            if ls <= d.start() < m.start() and m.start() - d.end() <= 300:
                start = _subject_start(text, d.start(), max(ls, d.start() - 120))
                used.add(i)
        if start is None:
            start = m.start()
        out.append(Label(Span(*_trim(text, start, m.end())), "fara"))
    for i, d in enumerate(dists):
        if i in used:
            continue
        ls, le = _line(text, d.start())
        if _state_principal(d.group("principal")) or _FARA_ACT.search(text, ls, le):
            start = _subject_start(text, d.start(), max(ls, d.start() - 120))
            out.append(Label(Span(*_trim(text, start, d.end())), "fara"))
    return out


# -- platform labels --------------------------------------------------------------------------------------
_PLATFORM = re.compile(
    r"\b(?P<country>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:state|government)[-\s]"
    r"(?:affiliated|controlled|funded|run)\s+media\b",
)
# YouTube's information panels; a label ends its line ("... government. Wikipedia" at most)
_PANEL_END = r"\.?(?:[ \t]+(?:Wikipedia|Learn\s+more)\.?)?[ \t]*$"
_REPORTED_LABEL = re.compile(
    r"\b(?:as|label(?:led|ed|s|ing)?|tag(?:ged|s)?|call(?:ed|s)?|mark(?:ed|s)?|brand(?:ed|s)?)\s+(?:an?\s+|the\s+)?[\"“‘']?$",
    re.I,
)
_FUNDED = re.compile(
    r"\b(?:is\s+)?funded\s+in\s+whole\s+or\s+in\s+part\s+by\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+government"
    + _PANEL_END,
    re.M,
)
_PUBLIC_SERVICE = re.compile(
    r"\bis\s+an?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+public\s+broadcast(?:ing)?\s+service" + _PANEL_END, re.M
)
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:(?:State|Government)[- ](?:affiliated|controlled|funded)|Publicly[- ]funded)\s+[Mm]edia[ \t]*\.?[ \t]*$"
    r"|^[ \t]*(?P<country>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+[Gg]overnment\s+(?:[Oo]rgani[sz]ation|[Oo]fficial|[Aa]ccount)[ \t]*$",
    re.M,
)


def _platform(text: str) -> list[Label]:
    out: list[Label] = []
    for m in _PLATFORM.finditer(text):
        words = m.group("country").split()
        for k in range(len(words)):
            if " ".join(words[k:]) in COUNTRIES:
                start = m.start() + m.group(0).index(" ".join(words[k:]))
                ls, le = _line(text, m.start())
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
                out.append(Label(Span(*_trim(text, start, end)), "platform"))
                break
    for pat in (_FUNDED, _PUBLIC_SERVICE):
        for m in pat.finditer(text):
            ls, _ = _line(text, m.start())
            start = _subject_start(text, m.start(), ls)
            out.append(Label(Span(*_trim(text, start, m.end())), "platform"))
    for m in _LABEL_LINE.finditer(text):
        c = m.group("country")
        if c is None or c in COUNTRIES:
            out.append(Label(Span(*_trim(text, m.start(), m.end())), "platform"))
    return out


# -- paid supplements -------------------------------------------------------------------------------------
_NAMEISH = r"(?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:[ \t,]+(?:[A-Z][\w’'&.-]*|of|and|the|&|de|du|la))*[ \t.]*"
_SUPPLEMENT = re.compile(
    r"\b(?:an?\s+|this\s+(?:is\s+an?\s+)?)?(?:paid(?:-for|\s+for)?|advertising|advertisement|sponsored|special\s+advertising|"
    r"commercial|promotional|paid\s+advertising)\s+(?:supplement|section|feature|insert|content|advertorial)\s+(?:to|in|from|for|by|of|"
    rf"produced\s+by|prepared\s+by)\s+{_NAMEISH}$",
    re.I | re.M,
)
# "a supplement from China Daily": no adjective, so only with a state outlet or government
_STATE_SUPPLEMENT = re.compile(
    rf"\b(?:an?\s+)?(?:supplement|section|insert|pull-out)\s+(?:from|by|produced\s+by|prepared\s+by)\s+(?P<name>{_NAMEISH})$",
    re.I | re.M,
)
_RESPONSIBILITY = r"(?:,?\s+which\s+(?:takes|bears|is)\s+(?:sole\s+|full\s+)?responsib\w*\s+for\s+(?:the\s+|its\s+)?contents?\.?)?"
_PREPARED_BY = re.compile(
    r"\b(?i:prepared|produced|supplied|provided|paid\s+for|sponsored|presented|brought\s+to\s+you)\s+by\s+"
    rf"(?P<name>{_NAMEISH}){_RESPONSIBILITY}[ \t]*$",
    re.M,
)
_PASSIVE_NEWS = re.compile(r"\b(?:was|were|been|be|being|had|has|have)\s+$", re.I)
_GOVERNMENT = re.compile(r"\b(?:Government|Embassy|Ministry|Consulate)\s+of\b|People[’']s\s+Republic\s+of\s+China")


def _supplement(text: str) -> list[Label]:
    out: list[Label] = []
    for m in _SUPPLEMENT.finditer(text):
        out.append(Label(Span(*_trim(text, m.start(), m.end())), "supplement"))
    for m in _STATE_SUPPLEMENT.finditer(text):
        if _state_principal(m.group("name")):
            out.append(Label(Span(*_trim(text, m.start(), m.end())), "supplement"))
    for m in _PREPARED_BY.finditer(text):
        ls, _ = _line(text, m.start())
        if _PASSIVE_NEWS.search(text, max(ls, m.start() - 12), m.start()):
            continue
        name = m.group("name")
        if _state_principal(name) or _GOVERNMENT.search(name):
            out.append(Label(Span(*_trim(text, m.start(), m.end())), "supplement"))
    return out


# -- all ----------------------------------------------------------------------------------------------------
def _merge(labels: list[Label]) -> list[Label]:
    labels.sort(key=lambda x: (x.span.start, -x.span.end))
    out: list[Label] = []
    for lab in labels:
        if out and lab.span.start < out[-1].span.end:
            prev = out[-1]
            if lab.span.end > prev.span.end:
                out[-1] = Label(Span(prev.span.start, lab.span.end), prev.family, prev.footnote or lab.footnote)
            continue
        out.append(lab)
    return out


def _has(low: str, family: str) -> bool:
    return any(s in low for s in _STEMS[family])


def find_in_text(text: str) -> list[Label]:
    """Labels in one block's text (block-relative spans)."""
    low = text.lower()
    if not any(s in low for s in _ALL_STEMS):
        return []
    stars = [m.start() for m in _FOOTNOTE_STAR.finditer(text)] if "*" in text else []
    labels: list[Label] = []
    if _has(low, "banned"):
        labels += _banned(text, stars)
    if _has(low, "foreign-agent"):
        labels += _foreign_agent(text, stars)
    if _has(low, "fara"):
        labels += _fara(text)
    if _has(low, "platform"):
        labels += _platform(text)
    if _has(low, "supplement"):
        labels += _supplement(text)
    return _merge(labels)


def find(doc) -> list[Label]:
    out: list[Label] = []
    prose = doc.prose
    low = prose.lower()
    if not any(s in low for s in _ALL_STEMS):
        return out
    for block in doc.blocks:
        for lab in find_in_text(prose[block.start : block.end]):
            out.append(Label(Span(block.start + lab.span.start, block.start + lab.span.end), lab.family, lab.footnote))
    return out


def labels(doc) -> list[Label]:
    return doc.memo("state_media.labels", lambda: find(doc))


_MARKER = re.compile(r"(?<=[^\W\d_])\*{1,3}(?![\w*])")


def markers(doc) -> list[tuple[Span, Span]]:
    """``(word+asterisk span, footnote span)`` for words marked with an asterisk that points to an
    asterisk footnote found by ``labels`` (one that names the marked word)."""
    notes = [lab for lab in labels(doc) if lab.footnote]
    if not notes:
        return []
    prose = doc.prose
    out = []
    for block in doc.blocks:
        text = prose[block.start : block.end]
        if "*" not in text:
            continue
        for m in _MARKER.finditer(text):
            pos = block.start + m.start()
            if any(n.span.start <= pos < n.span.end for n in notes):
                continue
            w = m.start()
            while w > 0 and (text[w - 1].isalnum() or text[w - 1] in "-’'"):
                w -= 1
            word = text[w : m.start()].casefold()
            # the footnote names what the asterisk marks ("Taliban*" -> "*The Taliban is ...")
            note = next((n for n in notes if word in prose[n.span.start : n.span.end].casefold()), None)
            if note is not None:
                out.append((Span(block.start + w, pos + 1), note.span))
    return out
