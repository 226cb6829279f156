"""A site's own appeals, read as a block: the lines around a flagged prompt that carry it on.

A subscription, newsletter, follow or donation box is several lines: a prompt a cue recognises
("Subscribe to The Week", "Support us for as little as $1") and the lines that sell it ("Your
critical contribution enables us to maintain our independence", "From our morning briefing to a
weekly newsletter, get the best of The Week delivered directly to your inbox", "7 day trial
access", "Thank you.").  Those lines carry no interface phrase of their own, and the dev drafts
show why a neighbour of a prompt cannot be taken on position alone: there it is mostly the story.
So a neighbour joins the prompt's box only when it is itself the site talking to its reader:

- it addresses the reader (``you``, ``your``, or a click or a tap) *and* speaks for the site
  (``we``, ``our``, ``us``) *and* names what the site sells or asks for (a newsletter, an inbox, a
  subscription, a trial, a donation, a follow, an app), with no quotation in it (a quotation is the
  story's); or
- it stands between two flagged prompts, is a phrase or a sentence (four words or more) and
  shares almost nothing with the story; or
- it is a price ("Or £77 per month") or a thanks ("Thank you.") right beside one; or
- it is an item of the list a prompt introduces with a colon ("Sign up now for the following
  benefits:" / "• Unlimited access to Property Week").

The box grows line by line, so a four-line appeal opened by one recognised prompt is taken whole;
it never crosses a line of the story's prose that fails these tests.
"""

from __future__ import annotations

import re

from . import shape
from .families import AD_MARKER, APPEAL, LOGIN, NOTICE, SHARE, SMALL_PRINT
from .tables import list_head
from .units import Context
from ...document import LIST_ITEM
from ...lazyre import lazy

BOX_FAMILIES = frozenset({SHARE, LOGIN, NOTICE})
APPEAL_MAX_WORDS = 80
SEED_MIN_WORDS = 3
BETWEEN_MIN_WORDS = 4  # a shorter line between two prompts is a label of the bar ("Views" between "Comments")
BETWEEN_MAX_WORDS = 30
BETWEEN_COHESION = 0.2  # a line between two prompts sharing less than this with the story is theirs
SMALL_WORDS = 6

_READER = frozenset({"you", "your", "you're", "you’re", "yours", "click", "tap"})
_SITE = frozenset({"we", "our", "us", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll"})
_ASKS = frozenset(
    """newsletter newsletters inbox inboxes subscribe subscribed subscription subscriptions subscriber
    subscribers membership member members trial donate donation donations contribution contributions
    gift gifts support follow app apps download register registered login sign journalism reporting
    independence independent ad-free paywall account""".split()
)
_PRICE = lazy(
    r"^(?:or\s+|just\s+|only\s+|from\s+)?(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:usd|eur|gbp))\s*(?:/|per|a|each)\s*"
    r"(?:month|mo|year|yr|week|issue)\b",
    re.I,
)
_THANKS = lazy(r"^(?:thank\s+you|thanks)(?:\s+(?:for\s+(?:reading|your\s+support)|so\s+much))?\s*[.!]*$", re.I)
_TRIAL = lazy(r"^\d+[\s-]*(?:day|week|month)s?\s+(?:free\s+)?trial\b", re.I)


def site_talk(text: str) -> bool:
    """Is the line the site addressing its reader about what it sells or asks for (see above)?"""
    if shape.quotes(text):
        return False
    words = set(shape.WORD.findall(text.lower()))
    return not words.isdisjoint(_READER) and not words.isdisjoint(_SITE) and not words.isdisjoint(_ASKS)


def _small_print(text: str) -> bool:
    """A price, a trial or a thanks: what a box prints under its prompt."""
    t = text.strip()
    return bool(_PRICE.match(t) or _TRIAL.match(t) or _THANKS.match(t))


def extend_appeals(ctx: Context, verdicts: list) -> None:
    """Grow each flagged prompt over the neighbouring lines that carry it on (module docstring)."""
    units = ctx.units
    last = len(units) - 1

    def fam(i: int) -> str | None:
        """The family of a prompt that may open a box: a phrase or a sentence (a button, "Share"
        or "Comments", is a bar's), and no advertising marker (the story runs on around those)."""
        v = verdicts[i] if 0 <= i <= last else None
        if v is None or len(v) != 2 or v[0] not in BOX_FAMILIES or v[1] == AD_MARKER or units[i].n < SEED_MIN_WORDS:
            return None
        return v[0]

    if verdicts.count(None) == len(verdicts) or not any(fam(i) for i in range(len(units))):
        return  # no prompt to grow (most drafts)
    # down the draft, up it, and down again: a box grows both ways from its prompt, and a line
    # between two prompts is judged once both are known (linear, however long the box)
    for order in (units, units[::-1], units):
        for u in order:
            i = u.index
            if verdicts[i] is not None or ctx.in_comments[i] or u.n == 0 or u.n > APPEAL_MAX_WORDS:
                continue
            up, down = fam(i - 1), fam(i + 1)
            family = up or down
            if family is None:
                continue
            if u.n <= SMALL_WORDS and _small_print(u.text):
                verdicts[i] = (family, SMALL_PRINT)
            elif site_talk(u.text):
                verdicts[i] = (family, APPEAL)
            elif up and down and BETWEEN_MIN_WORDS <= u.n <= BETWEEN_MAX_WORDS and not shape.quotes(u.text):
                co = ctx.body_words.cohesion(u) if ctx.body_words else None
                if co is None or co < BETWEEN_COHESION:
                    verdicts[i] = (up, APPEAL)
            elif up and u.kind == LIST_ITEM:
                # an item of the list a flagged prompt introduces with its colon ("Sign up now for
                # the following benefits:" / "• Unlimited access to Property Week" / ...)
                k = list_head(units, i)
                if k is not None and units[k].final == ":" and fam(k) is not None:
                    verdicts[i] = (up, APPEAL)
