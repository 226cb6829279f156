"""Notes Russian law requires on organisations it lists as terrorist, extremist or undesirable:
"*The Taliban is a terrorist group banned in Russia", "ISIL (a terrorist organization banned in
Russia)", "запрещённой в России организации", "деятельность которой запрещена в России как
экстремистская", "This organization is under UN sanctions for terrorist activity"."""

from __future__ import annotations

import re

from ...diagnostics import Span
from .segments import Label, footnote_at, line_bounds, paren_at, trim
from ...lazyre import lazy

_RUSSIA_EN = r"(?:Russia|the\s+Russian\s+Federation|the\s+RF)\b"
_RUSSIA_RU = r"(?:в\s+(?:России|РФ|Российской\s+Федерации)|на\s+территории\s+(?:России|РФ|Российской\s+Федерации))"
_BAN_EN = lazy(rf"\b(?:banned|outlawed|prohibited|proscribed)\s+in\s+{_RUSSIA_EN}", re.I)
_BAN_RU = lazy(rf"запрещ[её]н(?P<form>\w*)\s+{_RUSSIA_RU}", re.I)
_TE_EN = lazy(r"\b(?:terrorist|extremist)s?\b", re.I)
_TE_RU = lazy(r"(?:террористическ|экстремистск|террорист|экстремист)\w*", re.I)
_ACTIVITY_EN = lazy(r"\bactivit(?:y|ies)\b", re.I)
_ACTIVITY_RU = lazy(r"деятельност\w*|признан\w*", re.I)
_UN_NOTE = lazy(
    r"\b(?:organi[sz]ation|group|movement|entity)\s+(?:is|are)\s+(?:under|subject\s+to)\s+(?:the\s+)?"
    r"(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?\s+sanctions\b[^\n.]*"
    r"|находится\s+под\s+санкциями\s+(?:СБ\s+)?ООН[^\n.]*",
    re.I,
)
_UN_BARE = lazy(
    r"\b(?:under|subject\s+to)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?\s+sanctions\b[^\n.)]*"
    r"|под\s+санкциями\s+(?:СБ\s+)?ООН[^\n.)]*",
    re.I,
)
# A designation without the word "banned": "признана экстремистской", "recognised as extremist",
# "признана нежелательной" (undesirable organisation).  A note only inside a footnote or a
# parenthesis that names Russia, or as an attributive participle ("признанной в РФ экстремистской").
_DESIG = lazy(
    r"признан(?P<form>\w*)\s+(?:(?:в\s+(?:России|РФ)|Минюстом|судом|Генпрокуратурой)\s+)*(?:\w+\s+){0,1}?"
    r"(?:экстремистск|террористическ|нежелательн)\w*"
    r"|\b(?:recogni[sz]ed|designated|declared|deemed|considered|branded|listed|classified)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:terrorist|extremist|undesirable)\w*(?:\s+organi[sz]ations?|\s+groups?)?",
    re.I,
)
_RUSSIA_ANY = lazy(r"\bRussia|Russian\s+Federation|\bRF\b|России|РФ\b|Российской|Минюст|Генпрокуратур", re.I)
NEWS_AUX_EN = lazy(r"\b(?:was|were|been|got|became|had|will\s+be|would\s+be|could\s+be)\s+(?:\w+ly\s+)?$", re.I)
_NEWS_AUX_RU = lazy(r"(?:\bбыл[аои]?|\bбудет|\bбудут|\bстал[аои]?)\s+$", re.I)
_NEWS_AFTER_EN = lazy(r"^\s+(?:in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|last\s+(?:year|month|week)|on\s+\w+\s+\d|since\s+\d{4}|under\b|after\b|for\s+(?:\d|its|their|his|her))", re.I)
_ORG_RU = lazy(
    r"(?:организаци|группировк|движени|сообществ|компани|корпораци|соцсет|сет[ьи]\b|парти|структур|объединени|"
    r"фонд|сект|батальон|полк|бригад|террорист|экстремист)\w*",
    re.I,
)
_LONG_FORM = lazy(r"^н(?:ая|ой|ую|ое|ого|ому|ые|ых|ым|ыми|ом)$", re.I)
_EN_TAIL = lazy(
    r"^(?:\s+as\s+(?:an?\s+)?(?:extremist|terrorist)\w*(?:\s+organi[sz]ations?)?)?"
    r"(?:\s*,?\s+and\s+(?:in\s+)?(?:many|several|some|a\s+number\s+of|most|other)\s+(?:other\s+)?countries)?",
    re.I,
)
_EN_HEAD = lazy(r"(?:\b(?:an?|the)\s+)?(?:\w+\s+){0,2}$", re.I)

# The five patterns above are case-insensitive, so Python cannot look for a literal prefix and
# steps through the whole block; most blocks that get here (they name Russia) hold none of their
# keywords.  Under re.I a pattern letter matches only its own cases, Cyrillic letters only
# Cyrillic ones (and U+1C80-U+1C88), and ASCII letters also "İ", "ı", "ſ" and the Kelvin sign "K".
# In a text without any of those, only the English branches can match, each needs its keyword in
# ASCII letters, and a substring test on the lower-cased text answers exactly (tests/test_state_media.py
# checks both the character list and the agreement with the plain search).
_MAY_FOLD = lazy("[İıſK\u0400-\u04ff\u1c80-\u1c88]")
_UN_WORDS = ("sanctions",)
_DESIG_WORDS = ("terrorist", "extremist", "undesirable")
_BAN_EN_WORDS = ("banned", "outlawed", "prohibited", "proscribed")


def find_banned(text: str, stars: list[int]) -> list[Label]:
    if _MAY_FOLD.search(text) is None:
        low = text.lower()
        un = any(w in low for w in _UN_WORDS)
        desig = any(w in low for w in _DESIG_WORDS)
        ban_en = any(w in low for w in _BAN_EN_WORDS)
        ban_ru = False  # Cyrillic only
    else:
        un = desig = ban_en = ban_ru = True
    return _find_banned(text, stars, un, desig, ban_en, ban_ru)


def _find_banned(text: str, stars: list[int], un=True, desig=True, ban_en=True, ban_ru=True) -> list[Label]:
    """Every pattern's labels; a pattern whose flag is False is known to have no match."""
    out: list[Label] = []
    if un:
        for m in _UN_NOTE.finditer(text):
            out.append(Label(Span(*trim(text, m.start(), m.end())), "banned-organisation"))
        for m in _UN_BARE.finditer(text):
            box = _container(text, m.start(), m.end(), stars)
            if box is not None:
                out.append(box)
    if desig:
        for m in _DESIG.finditer(text):
            out.extend(_designated(text, m, stars))
    if ban_en:
        for m in _BAN_EN.finditer(text):
            out.extend(_banned_en(text, m, stars))
    if ban_ru:
        for m in _BAN_RU.finditer(text):
            out.extend(_banned_ru(text, m, stars))
    return out


def _container(text: str, a: int, b: int, stars: list[int]) -> Label | None:
    seg = footnote_at(text, a, stars)
    if seg is not None:
        return Label(Span(*trim(text, *seg)), "banned-organisation", footnote=True)
    par = paren_at(text, a, b)
    if par is not None:
        return Label(Span(*par), "banned-organisation")
    return None


def _banned_en(text: str, m: re.Match, stars: list[int]) -> list[Label]:
    a, b = m.start(), m.end()
    ls, _ = line_bounds(text, a)
    before = text[max(ls, a - 100) : a]
    # the clause before the participle: back to the last sentence break
    cut = max(before.rfind(". "), before.rfind("; "))
    clause = before[cut + 1 :] if cut >= 0 else before
    after = text[b : b + 60]
    if NEWS_AUX_EN.search(clause):  # "was banned in Russia": news, even in a footnote or a bullet
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
        if NEWS_AUX_EN.search(re.sub(r"\b(?:recogni[sz]ed|designated|declared|deemed|considered|branded|listed|classified)\s+(?:as\s+)?(?:an?\s+)?$", "", head, flags=re.I)):
            return []
        start = a - len(clause) + te.start()
        h = _EN_HEAD.search(text, max(ls, start - 40), start)
        if h is not None and h.end() == start:
            start = h.start()
    else:
        start = a - len(clause) + (act.start() if act is not None else len(clause))
    end = tail.end() if tail is not None else b
    return [Label(Span(*trim(text, start, end)), "banned-organisation")]


def _designated(text: str, m: re.Match, stars: list[int]) -> list[Label]:
    a, b = m.start(), m.end()
    ls, _ = line_bounds(text, a)
    if _NEWS_AUX_RU.search(text, max(ls, a - 12), a) or NEWS_AUX_EN.search(text, max(ls, a - 20), a):
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
    ls, le = line_bounds(text, a)
    before = text[max(ls, a - 80) : a]
    if _NEWS_AUX_RU.search(before):  # "была запрещена в России": news
        return []
    box = _container(text, a, b, stars)
    if box is not None:
        return [box]
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
    return [Label(Span(*trim(text, start, end)), "banned-organisation")]
