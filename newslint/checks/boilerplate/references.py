"""References to links or lists that did not come with the text: "[see links below]", "see the
following articles:" with nothing after it."""

from __future__ import annotations

import re

from .families import DANGLING
from .units import Context, Unit
from ...lazyre import lazy

_DANGLING_INLINE = lazy(
    r"[\[(]\s*(?:(?:see|click|read|view|watch|follow)\s+)?(?:the\s+)?(?:related\s+)?links?(?:\s+(?:below|above|here))?\s*[\])]"
    r"|[\[(]\s*(?:(?:see|click|read|view|watch)\s+)?(?:the\s+)?(?:list|video|map|chart|graphic|gallery|photos?|slideshow|table)"
    r"\s+(?:below|above)\s*[\])]"
    r"|[\[(]\s*(?:click\s+)?here\s*[\])]",
    re.I,
)


# "see the following LWJ articles:", "For more, read these stories:", "Related reading:", a council
# minute's "Additional documents:"
_LIST_INTRO = lazy(
    r"\b(?:see|read|visit|check out|watch|following|these|those|below|more|other|related|previous|earlier"
    r"|additional|accompanying|supporting)\b"
    r"[^.!?:]{0,120}\b(?:articles?|stories|links?|posts|pieces|resources|reading|videos|podcasts|sites|websites|reports"
    r"|documents|attachments|downloads)\s*:\s*$"
    r"|^(?:see also|see|read more|read also|more|related|further reading|more reading|recommended reading|watch|listen)\s*:\s*$",
    re.I,
)


# A shortcode of the site's software that was never rendered: '[button link="..." type="big"]',
# '[caption id="attachment_512" width="300"]', '[/caption]' (WordPress and the CMSs that copied it).
# An opening tag needs an attribute (name="value"), so an editor's "[redacted]" or "[or]" is none.
_QUOTE = "\"'“”″"
_SHORTCODE = lazy(
    rf"\[[a-z][a-z0-9_-]{{1,30}}(?:\s+[a-z_][\w-]*\s*=\s*(?:[{_QUOTE}][^\]{_QUOTE}]*[{_QUOTE}]|[^\s\]{_QUOTE}]+))+\s*/?\]"
    r"|\[/[a-z][a-z0-9_-]{1,30}\]",
    re.I,
)
# one without attributes, on a line of its own, whose name is an identifier: '[custom_adv]'
_BARE_SHORTCODE = lazy(r"\[[a-z][a-z0-9]*(?:_[a-z0-9]+)+\]", re.I)
SHORTCODE = "unrendered shortcode"  # opens the finding's description (its message differs)
_LABEL_WORDS = 12  # a shortcode opening a line this short takes the line: '[button ...] Send us your review'


def shortcode(u: Unit) -> tuple[str, str, int, int] | None:
    """An unrendered shortcode: the whole block when it opens the block and the rest is its label
    or its closing tag, else the shortcode alone."""
    text = u.text
    lead = len(text) - len(text.lstrip())
    m = _BARE_SHORTCODE.fullmatch(text, lead, len(text.rstrip())) or _SHORTCODE.search(text)
    if not m or _closes_markup(text, m):
        return None
    what = f"{SHORTCODE} {m.group()[:40]!r} of the site's software: the button or embed it stands for is not in the text"
    if m.start() == lead:
        rest = text[m.end() :].strip()
        closed = _SHORTCODE.search(rest)
        if not rest or (closed and not rest[closed.end() :].strip()) or (len(rest.split()) <= _LABEL_WORDS and rest[-1] not in ".!?"):
            return DANGLING, what, u.start + lead, u.start + len(text.rstrip())
    return DANGLING, what, u.start + m.start(), u.start + m.end()


def _closes_markup(text: str, m) -> bool:
    """Is the match a closing tag of markup that wraps text in the line ("[url]http://...[/url]",
    "[b]not[/b]": a forum's BBCode, whose opening tag has no attributes)?  What it wraps is
    there; no button or embed is missing."""
    tag = m.group()
    if not tag.startswith("[/"):
        return False
    name = tag[2:-1].lower()
    head = text[: m.start()].lower()
    i = head.rfind("[" + name)
    return i >= 0 and head[i + 1 + len(name) : i + 2 + len(name)] in ("]", "=")


_INTRO_TAIL = 200  # characters at the end of a block where an introduction is looked for

# A link whose text was its whole object, lost with the page's markup: the sentence stops where
# the link stood ("You can listen to the story online at"), or its verb runs straight into what
# followed the link ("Visit for more information").  Not "See for yourself", not "Click for larger
# version" (a caption's label, kept).
_ENDS_AT_LINK = lazy(
    r"\b(?:online|website|web\s?site|site|web|here|available|found|listen|watch|read|view|viewed|visit"
    r"|go\s+to|contact(?:\s+us)?)"  # ("For more information, go to the State Fire Marshall's Office at", "contact us at")
    r"(?:\s+\S+){0,6}?\s+at\s*:?$"
    # ... or the line is no more than what the link gave: "More details at", "Further information at:"
    r"|^\s*(?:more|further|full)\s+(?:details|information|info)\s+at\s*:?$"
    # ... or what the link held, said to be there: "Full results and other news are at"
    r"|\b(?:results|details|information|news|minutes|photos|pictures|videos?|report|scores|standings)"
    r"(?:\s+\S+){0,5}?\s+(?:are|is)\s+(?:now\s+)?at\s*:?$",
    re.I,
)
_VERB_THEN_FOR = lazy(
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:visit|go\s+to|head\s+(?:over\s+)?to|check\s+out|log\s+on\s*to)"
    r"\s+(?:for\s+(?:more|further|full|additional|details|information|the\s+latest|updates)|to\s+(?:find|see|learn|read|view|get)\b)",
    re.I,
)
# a sentence asking the reader to follow a link that was its last word: "Read more on bird flu cases
# and prevention here.", "You can watch a video we took at a previous protest here.", "Details of
# the scheme can be found here."  The verb opens the sentence or its clause after a comma ("To get
# pricing on a solar system, click here."), or follows "you can", "please" or "to": "The council
# will read the list here." is the story's
_HERE_LINK = lazy(
    r"(?:^|[.!?,]\s+|\b(?:you\s+can|please|to)\s+)(?:read|watch|view|listen\s+to|download|check\s+out|sign\s+up|"
    r"register|subscribe|apply|donate|learn\s+more|find\s+out\s+more|click|tap)\b[^.!?]{0,80}\shere\s*[.!]?$"
    r"|\b(?:details|information|results|(?:a|the)\s+(?:full\s+)?(?:list|report|video|form|statement|document))\b"
    r"[^.!?]{0,40}\b(?:can\s+be|is|are)\s+(?:found|available|seen|viewed|read|downloaded)\s+here\s*\.?$",
    re.I,
)
HERE_ENDINGS = ("here", "here.", "here!", "here .")  # ("Read the full statement here:" goes on below)
# the same, its verb the line's last word: "For full details go to", "For more information visit"
_ENDS_AT_VERB = lazy(
    r"\b(?:for\s+(?:full|more|further|additional)\s+(?:details|information|info)(?:\s+(?:about|on)\s+[^.!?,:]{1,60})?"
    r"|more\s+(?:details|information|info)"  # ("For more information about Special Enrollment Periods, visit")
    r"|to\s+(?:find\s+out\s+more|learn\s+more|book|register|apply|donate|order|sign\s+up))"
    r"(?:,?\s+please)?,?\s+(?:go\s+to|visit|see|check\s+out|click|head\s+(?:over\s+)?to|log\s+on\s*to)\s*:?$",
    re.I,
)
# a line naming the source the text was copied from, the source gone and the text under it: "The
# following is taken from:" over the copied paragraph (a title or a name under it is the source)
_FROM_GONE = lazy(r"\b(?:taken|adapted|excerpted|reprinted|reproduced|copied|quoted)\s+from\s*:$", re.I)
_LINK_GONE_WORDS = 40  # a paragraph this long or shorter
# a syndication plugin's note whose source was the link "this site": "This post was originally
# published on this site" (the note that names its source, "... on ZDNet", is the story's)
_SOURCE_GONE = lazy(r"\b(?:originally|first)\s+(?:published|posted|appeared)\s+(?:on|at|in)\s+this\s+(?:site|website|web\s?site|blog)\s*\.?$", re.I)


def dangling(u: Unit, ctx: Context) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    if "[" in text and ("=" in text or "[/" in text or "_" in text):
        hit = shortcode(u)
        if hit:
            return hit
    m = _DANGLING_INLINE.search(text) if ("[" in text or "(" in text) else None
    if m and not _links_follow(u, ctx) and not _inserted_in_quote(text, m):
        what, plural = _what_it_points_to(m.group())
        return DANGLING, f"{m.group()!r} points to {what} that {'are' if plural else 'is'} not in the text", u.start + m.start(), u.start + m.end()
    if u.n <= CLICK_TO_WORDS and text.lstrip()[:1] in "CcTtPp" and _CLICK_TO.match(text):
        return DANGLING, "a link's label: the link is not in the text", u.start, u.end
    if u.n <= CLICK_TO_WORDS and text.lstrip()[:1] in "CcTtPp" and _CLICK_BELOW.match(text) and _nothing_linked_below(u, ctx):
        return DANGLING, "a link's label: the link is not in the text", u.start, u.end
    gone = _link_gone(u, ctx)
    if gone:
        return gone
    if u.final == ":" and _LIST_INTRO.search(u.text[-_INTRO_TAIL:].lstrip()) and not _list_follows(u, ctx):
        # the last sentence of the block is the introduction
        a = u.start + _sentence_start(u.text, len(u.text) - 1)
        return DANGLING, "this line introduces a list that is not in the text", a, u.end
    if u.final in ".:" and "below" in u.lower and u.index == len(ctx.units) - 1 and _SHOWN_BELOW.search(u.text[-_INTRO_TAIL:].rstrip()):
        # the text's last line says a list or a document is below it: nothing is
        a = u.start + _sentence_start(u.text, len(u.text) - 1)
        return DANGLING, "this line introduces a list that is not in the text", a, u.end
    if u.final == ":" and not u.lower.isdisjoint(_MEDIA_NOUNS) and _prose_follows(u, ctx):
        m = _MEDIA_INTRO.match(u.text.strip())
        if m:
            return DANGLING, f"this line introduces {_media(m.group(1))} not in the text", u.start, u.end
    if u.final in (":", ".", "!") and "below" in u.lower and (_prose_follows(u, ctx) or (u.final != ":" and u.index == len(ctx.units) - 1)):
        m = (_MEDIA_BELOW if u.final == ":" else _WATCH_BELOW).search(u.text[-_INTRO_TAIL:].rstrip())
        if m:
            a = u.start + _sentence_start(u.text, len(u.text) - 1)
            return DANGLING, f"this line introduces {_media(m.group(1))} not in the text", a, u.end
    return None


# a line introducing an embedded player by what it shows, the player gone and the story going on
# under it: "This video explains what people can expect when they arrive at the recycling centre:"
_MEDIA_INTRO = lazy(
    r"^(?:this|the|our|a)\s+(?:short\s+|new\s+)?(video|clip|film|animation|podcast)\s+"
    r"(?:explains|shows|describes|gives|takes|features|looks\s+at|has)\b[^.!?]{0,150}:$",
    re.I,
)
_MEDIA_NOUNS = frozenset(("video", "clip", "film", "animation", "podcast"))
# a whole line that was a link's label, telling the reader to click it: "Click here to download a
# printable PDF document containing these guidelines.", "Click HERE to find out more." ("Click
# here for more information and tickets ..." stays: the extraction benchmark's gold keeps it)
_CLICK_TO = lazy(
    r"^\s*(?:please\s+)?(?:click|tap)\s+here\s+to\s+(?:download|view|read|see|open|access|print|watch|listen\s+to|get|find\s+out|learn)\b[^!?]{0,150}$",
    re.I,
)
# a link's instruction with the link gone and the story going on: "Click the headline or link below
# to read the rest of this story."
_CLICK_BELOW = lazy(
    r"^\s*(?:please\s+)?(?:click|tap)\s+(?:on\s+)?(?:the\s+)?(?:headline|link|button|title)"
    r"(?:\s+or\s+(?:the\s+)?(?:headline|link|button|title))?\s+(?:below|above)\s+to\s+(?:read|see|view|continue)\b[^!?]{0,80}[.!]?$",
    re.I,
)
CLICK_TO_WORDS = 25
_CLICK_HERE = lazy(r"\bclick\s+here$", re.I)
CLICK_LABEL_WORDS = 8  # a link's label and its "Click Here" are this short
# what a line says is printed under it: "The official results ... are reproduced below.", "...
# are reproduced below for ease of reference:"
_SHOWN_BELOW = lazy(r"\b(?:are|is)\s+(?:reproduced|listed|shown|printed|set\s+out|given|published|attached)\s+below\b[^.!?:]{0,40}[.:]$", re.I)
# an embedded player's or gallery's introduction, the embed gone and the story going on under it:
# "The 20-minute live video replay is below:", "Watch the video below:"
_MEDIA = r"\b(videos?|photos?|pictures?|images?|gallery|slideshow|clip|footage|replay|podcast|audio|livestream|recording)(?:\(s\))?"
_MEDIA_BELOW = lazy(_MEDIA + r"[^.!?:]{0,60}\bbelow\s*(?:\([^()]{1,30}\)\s*)?:$", re.I)  # "Image(s) below (click to enlarge):"
# ... or a sentence asking the reader to play it: "If you're not entirely clear on how letterpress
# printing works, check out the clip below."
_WATCH_BELOW = lazy(
    r"\b(?:check\s+out|watch|see|view|take\s+a\s+look\s+at|listen\s+to|enjoy)\s+(?:the|this|our|these)\s+"
    + _MEDIA[2:] + r"(?:\s+[^.!?:]{1,40}?)?\s+below[.!]$",
    re.I,
)


def _media(noun: str) -> str:
    """What the message says is missing, with its verb: "a video that is", "an audio that is",
    "photos that are"."""
    noun = noun.lower()
    if noun in ("videos", "photos", "pictures"):
        return f"{noun} that are"
    if noun in ("footage", "audio"):
        return f"{noun} that is"
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun} that is"


def _inserted_in_quote(text: str, m) -> bool:
    """Is a bare "[here]" an editor's word inside a quotation ("“Talking to people [here] you go
    home feeling ...,” he said."): a quotation open before it, the sentence going on after it?"""
    if m.group()[0] != "[" or m.group()[1:-1].strip().lower() != "here":
        return False
    head = text[: m.start()]
    quoting = head.rfind("“") > head.rfind("”") or head.count('"') % 2 == 1
    return quoting and text[m.end() :].lstrip()[:1].islower()


_POINTED = lazy(r"\b(list|video|map|chart|graphic|gallery|photos?|slideshow|table)\b", re.I)


def _what_it_points_to(ref: str) -> tuple[str, bool]:
    """ ("links", True), ("a photo", False), ("photos", True): what an inline reference promises,
    and whether it is plural."""
    m = _POINTED.search(ref)
    if not m:
        return "links", True
    noun = m.group(1).lower()
    return (noun, True) if noun.endswith("s") else (f"a {noun}", False)


def restore_what(what: str) -> str:
    """What the message asks to restore, from the finding's description."""
    if "points to links" in what or "list" in what:
        return "the links or list"
    return "them" if " are not " in what else "it"


def _nothing_linked_below(u: Unit, ctx: Context) -> bool:
    """Is what a line points to below it gone: the story going on under it, or nothing, and no
    link of the document after it?"""
    last = u.index == len(ctx.units) - 1
    return (last or _prose_follows(u, ctx)) and not _links_follow(u, ctx)


def _list_follows(u: Unit, ctx: Context) -> bool:
    """Is the next block a list item or a short line (not a commenter header, not a comment)?"""
    i = u.index + 1
    if i >= len(ctx.units) or ctx.in_comments[i]:
        return False
    v = ctx.units[i]
    # another label ("Additional documents:" / "Decision:") is the next part, not the list
    return v.kind == "list-item" or (v.n <= 20 and not v.prose and not (v.n <= 3 and v.final == ":"))


def _links_follow(u: Unit, ctx: Context) -> bool:
    """Links, or list items outside reader comments, anywhere after this block."""
    if any(a >= u.start for a, _ in ctx.links):
        return True
    return any(v.kind == "list-item" and not ctx.in_comments[v.index] for v in ctx.units[u.index + 1 :])


def _linked(u: Unit, ctx: Context) -> bool:
    """Does a link of the document (Markdown, HTML) lie in the block: its "here" is still there?"""
    return any(a < u.end and b > u.start for a, b in ctx.links)


def _link_gone(u: Unit, ctx: Context) -> tuple[str, str, int, int] | None:
    """A sentence missing the link that was its object (``_ENDS_AT_LINK``, ``_VERB_THEN_FOR``): the
    sentence, from its start.  A block ending mid-sentence is a whole paragraph only when the next
    one does not go on in lower case (hard-wrapped text breaks lines anywhere)."""
    if 2 <= u.n <= CLICK_LABEL_WORDS and u.final.isalpha() and _CLICK_HERE.search(u.text) and not _linked(u, ctx):
        # a link's label and its "Click Here", the link gone ("Rules & Information Click Here")
        return DANGLING, "'click here' points to a link that did not come with the text", u.start, u.start + len(u.text.rstrip())
    if not 3 <= u.n <= _LINK_GONE_WORDS:
        return None
    text = u.text.rstrip()
    if "this " in text and _SOURCE_GONE.search(text[-_INTRO_TAIL:]):
        return _last_sentence(u, text, "names as its source a link that did not come with the text")
    if text.endswith(("at", "at:", "AT")) and _ENDS_AT_LINK.search(text[-_INTRO_TAIL:]):
        nxt = ctx.units[u.index + 1].text.lstrip() if u.index + 1 < len(ctx.units) else ""
        if not nxt[:1].islower():
            return _last_sentence(u, text, _LINK_LOST)
    if text.endswith(HERE_ENDINGS) and _HERE_LINK.search(text[-_INTRO_TAIL:]) and not _linked(u, ctx):
        return _last_sentence(u, text, "points to a link that did not come with the text")
    if text[-1:].isalpha() or text[-1:] == ":":
        if _ENDS_AT_VERB.search(text[-_INTRO_TAIL:]):
            return _last_sentence(u, text, _LINK_LOST)
        if text[-1:] == ":" and "from" in text and _FROM_GONE.search(text[-_INTRO_TAIL:]) and _prose_follows(u, ctx):
            return _last_sentence(u, text, "names a source that did not come with the text")
    m = _VERB_THEN_FOR.search(text) if (" for " in text or " to " in text) else None
    if m:
        a = m.start() + len(m.group()) - len(m.group().lstrip(".!? \t"))
        end = text.find(". ", a)
        e = len(text) if end < 0 else end + 1
        return DANGLING, f"{text[a:e][:60]!r} has lost the link it names: the link did not come with the text", u.start + a, u.start + e
    return None


_LINK_LOST = "ends where its link was: the link did not come with the text"


def _last_sentence(u: Unit, text: str, what: str) -> tuple[str, str, int, int]:
    """The finding for the block's last sentence (``text`` is the block's, right-stripped): it
    ``what``."""
    a = _sentence_start(text, len(text) - 1)
    return DANGLING, f"{text[a:][:60]!r} {what}", u.start + a, u.start + len(text)


def _prose_follows(u: Unit, ctx: Context) -> bool:
    """Is the next block a paragraph (what was copied), not the source's title or name?"""
    i = u.index + 1
    return i < len(ctx.units) and ctx.units[i].prose


def _sentence_start(text: str, end: int) -> int:
    """Where the last sentence of ``text[:end + 1]`` starts: after the last ". ", "? " or "! " that
    begins before ``end``, or at the text's first non-space character."""
    cut = max(text.rfind(". ", 0, end), text.rfind("? ", 0, end), text.rfind("! ", 0, end))
    return cut + 2 if cut >= 0 else len(text) - len(text.lstrip())
