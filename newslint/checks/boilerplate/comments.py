"""Reader-comment sections: commenter headers ("  • Soccer says:", "by Ann on May 2, 2012 at 2:42 pm.
Reply #", "On May 2, 2012 at 2:54 am Laurence said:") and the section they open.

A header alone proves little (an article may quote "The minister says:"), so a section needs at
least two headers of the same shape, no further apart than a comment can be long.  The section runs
from the first header to the end of the last comment: the blocks after the last header that are
indented like comment text, or, in flat text, that read like a comment (sentences, not labels) and
are no longer than the longest earlier comment.

A forum's user line with the user's rank ("Accidental Supporting Member") is a header too, with
the card of fields the forum prints under it ("Joined" / "14 November 2007" / "Messages" /
"7,049" / "Visit site"), and so is such a card with no rank over it.  The thread's first header,
with no paragraph above it, heads the opening post, so the section starts at the second (with the
user's name on the line over it); the opening post's user line is its byline, but a card of fields
under it is the forum's and is flagged, with the rank line over them.  So is a card written as a
bulleted list of fields with their values ("• Joined: Aug 2010" / "• Posts: 5,384") under the
poster's online status ("Offline AgnesNitt"), a header naming the poster, the subject and the time
("Posted By: Kumba Re: Old telephone exchanges - 04/02/10 05:50 PM"), and, in a thread converted to
Markdown, a heading naming a poster under a rule when a name heads two posts.  Where the headers are gone,
the comments under the section's own heading ("3 thoughts on “…”") are found by ``under_heading``.

A header standing alone is a commenter's line only when its shape says so by itself
(``lone_header``): a reply link, a user number, a date with a time, TypePad's "Posted by: name |
date", a bare "Ben Hunt says:", or a reply's line over the post it quotes ("Quote Originally Posted
by JerMc").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from ...lazyre import lazy
from ..spelling.lexicon import accepted
from . import shape
from .tables import is_numbered, number_follows

_VERBS = (
    r"says|said|writes|wrote|commented|comments|replied|replies|responded|asks|asked|"
    r"sagt|schreibt|meint|dit|écrit|a dit|dice|escribió|comentó|disse|escreveu|scrive|ha scritto|"
    r"пишет|написал|написала|говорит"
)
_BULLET = r"[•·▪‣◦*\-–—>]?\s*"
# "Soccer says:", "by garaged (579941) writes:", "On May 2, 2012 at 2:54 am Laurence said:",
# "Ben says: May 2, 2012 at 9:00 am"
_SAYS = lazy(
    rf"^{_BULLET}(?:on\s+[^:]{{4,40}}?\s+)?(?:by\s+)?(?P<name>[^\s:][^:]{{0,60}}?)\s+(?:\(\d+\)\s+)?(?:{_VERBS})\s*:"
    rf"(?P<tail>.{{0,80}})$",
    re.I,
)
# "by Ann Lee on April 16, 2012 at 4:56 am. Reply #", "by fsu44 on Aug 9, 2012 12:20 PM EDT reply"
_BY_ON_REPLY = lazy(
    r"^(?:by\s+)?(?P<name>[^\s][^:]{0,50}?)\s+(?:on|at|[|—–-])\s+[^:]{0,40}\d(?:[^:]|:\d\d){0,40}?\b(?:reply|replies|report|antworten|répondre|responder|rispondi)\b",
    re.I,
)
# "Texas Kel — June 29th, 2012, 12:49 pm", "Ann | 2 May 2012 at 14:02"
_NAME_DATE = lazy(
    r"^(?P<name>[^\s\d][^|—–:.!?]{0,40}?)\s+[|—–]\s+(?:\w+\s+){0,2}\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\w+\s+)?\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.I,
)
# a comment's header with its reply button run into it: "Reply Posted by gavin on Thursday April
# 11 2013 at 17:45" (a post's own "Posted by Max Fisher on October 29, 2012" has no button)
_BUTTON_POSTED_BY = lazy(
    r"^(?:reply|report|report abuse|flag)\s+posted\s+by\s+(?P<name>[^:]{1,50}?)\s+(?:on|at|[|—–-])\s+[^:]{0,40}\d",
    re.I,
)
# Blogger's header over each comment, an ellipsis for a colon: "loreleimarsh said...",
# a forum's header over each post, the poster and the day ("7om - on 18 Feb 2012", "Boulder
# Central - on 19 Feb 2012")
_NAME_ON_DATE = lazy(r"^(?P<name>[^\s-][^-]{0,40}?)\s+-\s+on\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}$")
# a theme's header over each comment with no colon after it ("Richard says"): a capitalised name of
# one to three words and the verb alone on the line
_NAME_SAYS = lazy(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+says$")
# "Anonymous said…"
_SAID_DOTS = lazy(r"^(?P<name>[^\s:][^:]{0,60}?)\s+said(?:\.\.\.|…)$", re.I)
# a forum's user handle over each comment, with its date or age: "u/NachoNYC Feb 02 '23",
# "u/tricolor_hound · 3y ago", and the user's flair between them ("u/TheSlapDoctor regular
# dankleft guy Jan 08 '20") (a handle alone may be the story's, naming a poster)
_HANDLE = lazy(
    r"^u/[A-Za-z0-9_-]{3,20}\s*(?:[·•|]\s*)?(?:[^\s·•|!?][^·•|!?]{0,40}?\s+)?(?:[A-Z][a-z]{2}\s+\d{1,2}\s+(?:'\d\d|\d{4})"
    r"|\d{1,2}\s*(?:[hdwmy]|hr|hrs|mo|yr|yrs|days?|months?|years?)\.?\s+ago)\s*$"
)
# an archived thread's handle with the comment's score run into it ("u/kellyrhw112 pts")
_HANDLE_POINTS = lazy(r"^u/[A-Za-z0-9_-]{3,40}\s+(?:pts|points?)$")
# WordPress.com's like button under a comment, its label copied twice ("LikeLike", "LikeLiked by 1 person")
_DOUBLED_LIKE = lazy(r"^LikeLike(?:d by \d{1,5} (?:person|people|bloggers?))?$")
# a date and a time in figures ("3/12/2020 9:39:41 PM"), alone (``_NUMERIC_STAMP``) or over a
# forum post's buttons ("3/12/2020 9:39:41 PM reply with quote send message to Marquetry Object to Post")
_STAMP = r"^\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?"
_STAMP_REPLY = lazy(_STAMP + r"\s+reply\b.{0,100}$", re.I)
# a fediverse thread's header over each reply (Lemmy and its kin): the poster's handle with the
# poster's server, "• FuglyDuck@lemmy.world", or the name with its pronouns, "• Chronicon
# [they/them]", over the reply's buttons and its age ("link" / "fedilink" / "7" / "·" / "1 year
# ago"); an address alone is the story's, so the age or the buttons must follow
_FEDI_HANDLE = lazy(r"^(?:[•·*-]\s*)?@?[A-Za-z0-9_][\w.-]{1,30}@(?:[a-z0-9-]+\.)+[a-z]{2,}$")
_PRONOUNED = lazy(r"^(?:[•·*-]\s*)?[\w.-]{2,30}\s+\[(?:he|she|they|it|any|xe|ze|fae|comrade)(?:/[a-z]+)*\]$", re.I)
_AGE = lazy(r"^\d{1,2}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$")
FEDI_HEADER_SPAN = 8  # the lines under a handle where its reply's buttons and age stand


def _fedi_header(texts: list[str], i: int) -> bool:
    t = texts[i].strip()
    if not (("@" in t and _FEDI_HANDLE.match(t)) or (t[-1:] == "]" and _PRONOUNED.match(t))):
        return False
    return any(x.strip() in ("link", "fedilink") or _AGE.match(x.strip()) for x in texts[i + 1 : i + 1 + FEDI_HEADER_SPAN])


_FEDI_BUTTONS = frozenset(("link", "fedilink", "arrow-up", "arrow-down", "english", "·", "•", "reply", "report"))


def _fedi_card_end(texts: list[str], i: int) -> int:
    """The last line of a fediverse reply's buttons, score and age under its handle (``i`` itself
    when none follow)."""
    end = i
    for j in range(i + 1, min(len(texts), i + 1 + FEDI_HEADER_SPAN)):
        x = texts[j].strip()
        if not (x.lower() in _FEDI_BUTTONS or x.isdigit() or _AGE.match(x)):
            break
        end = j
    return end


# a forum's user line over each post, the user's rank last: "bobswimsbobswims Santa Barbara
# CACharter Member", "Accidental Supporting Member", "Angie Administrator" (tried only on short
# lines ending with one of the rank words)
_RANK_WORDS = ("member", "moderator", "administrator", "admin", "contributor")
_RANK_CHARS = max(map(len, _RANK_WORDS))
_FORUM_USER = lazy(
    r"^[•·*\-–]?\s*(?P<name>[^\s:|,][^:|,]{0,60}?)\s+(?:" + "|".join(_RANK_WORDS) + r")$",
    re.I,
)
# a forum's header over each post: "Post by: Ashy on July 20, 2022, 05:41:59 PM", "Comment by jenny
# on 12/07/05 at 9:02 am #" (a story's "Posted by Max Fisher on October 29, 2012" is its byline),
# "HJi replied on Mon, Sep 26 2011 22:04", "Nolocks Posted: Sat, Sep 24 2011 19:09" (a time of day
# ends it), and a reply's subject over it, "Title: Re: launderettes,"
_POST_BY = lazy(
    r"^(?:comment|post|reply|message)\s+by:?\s+(?P<name>[^\s:][^:]{0,50}?)\s+(?:on|at|[|—–-])\s+[^:]{0,40}\d", re.I
)
_REPLIED_ON = lazy(
    r"^(?P<name>[^\s:][^:]{0,40}?)\s+(?:replied|commented|posted|wrote)(?:\s+on|:)\s+[^:]{0,40}?\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?$",
    re.I,
)
# phpBB's header over each post, the date after its "»" or lost: "Post by hepcat1989 »", "Post by
# jimrooney » Mon Jun 05, 2006 1:23 pm"
_POST_BY_ARROW = lazy(r"^post\s+by\s+(?P<name>[^\s:»][^:»]{0,40}?)\s*»(?:\s+[^»]{0,40}\d)?\s*$", re.I)
_RE_SUBJECT = lazy(r"^(?:title|subject)\s*:\s*re\s*:", re.I)
# a forum's header over each post, the poster's handle and the post's stamp, its day of the week,
# a date in figures and a time of day: "chonky Sat 09-Jun-07 21:27:23", "goingfor3 09/06/2007 21:25"
_HANDLE_STAMP = lazy(
    r"^(?P<name>[^\s\d:][^\s:]{1,29})\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?"
    r"(?P<d>\d{1,2})[-/.](?P<m>[a-z]{3}|\d{1,2})[-/.](?P<y>\d{2}|\d{4}),?\s+(?P<h>\d{1,2}):(?P<mi>\d\d)(?::(?P<s>\d\d))?$",
    re.I,
)
# a theme's header over each comment, two labelled fields: "By: Rich-Illinois Posted: October 17,
# 2022" (numbered or bulleted in a thread; a story's byline reads "By Jane Doe" or gives its date
# apart)
_BY_POSTED = lazy(r"^(?:\d{1,3}[.)]\s+)?(?:[•·*\-–]\s*)?by:\s*(?P<name>[^\s:][^:]{0,50}?)\s+posted:\s*[^:]{0,40}\d", re.I)
# a forum post's header run into its text, as Invision Community's pages come out as text: the
# poster's name, "Posted" and the date, the share button and the date again, then the post
# ("wongrs Posted April 29, 2008 Share Posted April 29, 2008 awesome! ...", "flyangler Posted April
# 29, 2008 Author Share Posted ...")
_INLINE_POST = lazy(
    rf"^\S{{1,30}}\s+Posted\s+(?P<date>{shape.DATE_WITH_YEAR})(?:\s+\(edited\))?\s+(?:Author\s+)?Share\s+Posted\s+(?P=date)\b"
)
# a thread's header over each post, the poster, the subject and the time: "Posted By: Kumba Re:
# Old telephone exchanges - 04/02/10 05:50 PM" (a colon after "By", a time of day last), and a
# board's with its label and the stamp in brackets: "Message: Posted by: Tielie (Sep 14, 2005 01:44AM)"
_POSTED_BY_TIME = lazy(r"^(?:message:\s*)?posted\s+by:\s*(?P<name>[^\s:]{1,30})\s.{0,120}?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\)?$", re.I)
# a board's header line over each post, its stamp in figures with the time of day, the poster's
# name on the line under it: "Posted: 2007-12-24 12:44pm" / "by Scottish Ninja" (a story's own
# stamp stands once: a section needs two headers)
_POSTED_STAMP = lazy(
    r"^posted\s*:\s*(?:\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d))[ T,]+\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?$",
    re.I,
)
# the alt text a forum's theme gives each poster's picture: "Go Leafs Go Kessel's Avatar",
# "#winning Politoed666's Avatar Bulbapedia Staff" (the poster's title after it)
_AVATAR = lazy(r"^\S.{0,60}?['’]s\s+[Aa]vatar(?:\s+[A-Z]\w*(?:\s+[A-Z]\w*){0,2})?$")
# Drupal's alt text of each poster's picture, the handle and the word: "pmccool's picture"
_PICTURE = lazy(r"^(?P<name>[^\s'’]{2,30}(?:\s[^\s'’]{1,30}){0,2})['’]s\s+picture$")
# a thread's header over each reply, the handle with the day and the time of day: "RealPucki on
# February 19th, 2021 at 16:22 UTC »" (a story's own stamp opens with its verb: "Posted on ...")
_NAME_ON_STAMP = lazy(
    rf"^(?P<name>[^\s:]{{2,40}}(?:\s[^\s:]{{1,30}}){{0,2}})\s+on\s+{shape.MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d,?"
    r"\s+at\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s*»)?$",
    re.I,
)
_STAMP_VERBS = frozenset("posted published updated modified created written submitted added edited filed released last first reviewed".split())
# an old board's stamp over each post, the word and the date with the time of day: "posted July 28,
# 2004 10:57 AM" (UBB's, under the poster's rank and count); a story's own stamp stands once
_POSTED_DATE = lazy(rf"^posted\s+(?:on\s+)?{shape.DATE_WITH_YEAR}\s+\d{{1,2}}:\d\d\s*(?:[ap]\.?m\.?)?$", re.I)
# a comment list's handle alone on its line (bulleted or not), over the comment's stamp in figures:
# "• Brock_Fisher" / "9/12/2016 2:56 PM" (``_handle_over_stamp``)
_LONE_HANDLE = lazy(r"^[•·*\-–]?\s*[\w.-]{2,30}$")
_NUMERIC_STAMP = lazy(_STAMP + "$")
# an archived thread's line over each comment, the handle and the comment's id, no colon:
# "MysteriousExpert t1_j3lx36g wrote" (a story's sentence has a subject, not a handle and a code)
_HANDLE_WROTE = lazy(r"^[A-Za-z0-9_-]{3,30}\s+[a-z0-9]*[_\d][a-z0-9_]*\s+wrote$")
# a thread's numbered reply over its text: "3. by   TazziRN" ("2. by train" is a list's item: the
# handle is no word of the language, ``_handle``)
_NUMBERED_BY = lazy(r"^\d{1,3}\.\s+by\s+(?P<name>[^\s:]{2,30}(?:\s[^\s:]{1,30}){0,2})$")
# ... or a blog's numbered comment over its text: "1. Comment by Mrs. Undomestic:"
_NUMBERED_COMMENT = lazy(r"^\d{1,3}\.\s+[Cc]omment\s+by\s+[^\s:][^:]{0,40}:?$")


def _handle(name: str) -> bool:
    """A commenter's handle or name: one word that is no word of the language ("muffie",
    "happydays352", "TazziRN"), or capitalised words ("Joe NightingMale")."""
    words = name.split()
    if len(words) == 1:
        return words[0].lower() not in accepted()
    return all(w[:1].isupper() for w in words)


# a reply quoting an earlier post, over the quotation: "Quote Originally Posted by JerMc" (a
# commenter's line on its own: what is quoted may be a whole story, pasted into the thread)
_QUOTED_POST = lazy(r"^quote\s+originally\s+posted\s+by\s+[^\s:]{1,30}(?:\s+[^\s:]{1,30}){0,2}$", re.I)
# Simple Machines' header over each post, a reply's number before its date: "« on: November 06,
# 2010, 08:30:54 »" (the thread's opening post), "« Reply #1 on: November 06, 2010, 08:44:02 »"
_SMF_ON = lazy(r"^«\s*(?P<reply>Reply\s+#\d{1,5}\s+)?on:\s*[^«»]{0,40}\d{4}[^«»]{0,20}\d{1,2}:\d\d[^«»]{0,12}»$")
SMF_CARD_LINES = 8  # a poster's name, rank, stars, post count and motto over a Simple Machines header
# "Board Member", "Council Member": a person's office in a story's list, not a forum's rank
_OFFICES = frozenset(
    """board council committee staff family team founding faculty party cabinet club crew cast band jury
    congress assembly parliament union life honorary associate executive commission senate house
    become a an the our your my""".split()
)
_FORUM_USER_WORDS = 8
# Vanilla's user line over each post, the name (twice: the avatar's and the link's), the role and
# the count of posts: "• steverstever Guest Posts: 52,454", "• lemkolemko Member Posts: 15,261"
_POSTS_COUNT = lazy(
    r"^[•·*\-–]?\s*(?P<name>\S{2,60})\s+(?:guest|member|moderator|administrator|admin)\s+posts:\s*[\d,.]+k?$", re.I
)
# Invision's button under each post, over "Share on other sites", and Substack's under each comment;
# a forum's count of likes under each post ("3 Likes", Discourse's)
_POST_BUTTONS = frozenset(("Link to comment", "Link to post", "Expand full comment"))
_LIKES = lazy(r"^\d{1,5} Likes?$")
# vBulletin's archive ("View Full Version"), each post's stamp alone on its line: "05-30-2018, 12:08 PM"
_ARCHIVE_STAMP = lazy(r"^\d\d-\d\d-\d{4}, \d\d:\d\d [AP]M$")
_DIGIT = lazy(r"\d")
_MAX_NAME_WORDS = 6
# "The mayor says:", "Mr Khan said:": a news story introducing a quote, not a commenter
_NOT_A_COMMENTER = frozenset(
    """the a an this that these those our his her their its my your one another some many
    mr mrs ms miss mme dr prof sir dame lady lord president prime minister senator sen rep gov
    governor mayor chief officials official police spokesman spokeswoman spokesperson he she they
    it we i""".split()
)
_OPENING_QUOTES = "\"“‘«„'"


@dataclass(frozen=True)
class CommentSection:
    first: int  # block indices, inclusive
    last: int
    headers: tuple[int, ...]
    shape: str = "under the section's heading"  # what the message says of a section without headers


def header_length(text: str) -> int:
    """How much of a commenter's line is the header: all of it, or up to the post's text when the
    post runs on after its header on the same line (``_INLINE_POST``)."""
    m = _inline_post(text.lstrip())
    return len(text) if m is None else len(text) - len(text.lstrip()) + m.end()


def _inline_post(t: str) -> re.Match | None:
    """``_INLINE_POST`` at the start of the stripped line ``t`` (its name is 30 characters at most)."""
    return _INLINE_POST.match(t) if " Posted " in t[:40] else None


def archive_stamp(text: str) -> bool:
    """Is the line a forum archive's stamp over a post ("05-30-2018, 12:08 PM")?"""
    t = text.strip()
    return t[-1:] == "M" and _ARCHIVE_STAMP.match(t) is not None


def header_kind(text: str) -> str | None:
    """The shape of a commenter header, or None: 'says', 'said...', 'reply' (a reply link, or a
    forum's "u/" handle), 'dated' or 'forum' (a forum's user line with the user's rank, or its date
    and time over a post with the post's buttons)."""
    t = text.strip()
    if _inline_post(t):
        return "forum"  # the post's text on its header's line (Invision's "name Posted date Share Posted date ...")
    if t[:11] == "ReplyDelete":
        return "reply"  # Blogger's buttons under a comment, run into the next one, however long it is
    if len(t) > 160:
        return None
    if t[:2] == "u/" and (_HANDLE.match(t) or _HANDLE_POINTS.match(t)):
        return "reply"
    if t[:8] == "LikeLike" and _DOUBLED_LIKE.match(t):
        return "reply"  # WordPress.com's like button, its label copied twice
    if t[:1].isdigit() and "eply" in t and _STAMP_REPLY.match(t):
        return "forum"  # a forum's date and time over each post, its reply buttons after them
    # each pattern is tried only when the text has a character it cannot match without (a
    # colon, a digit, a dash or a bar): most short lines have none, and the patterns backtrack
    m = _SAYS.match(t) if ":" in t else None
    if m and len(m.group("name").split()) <= _MAX_NAME_WORDS and not _sentence_like(m.group("name")):
        first = m.group("name").split()[0].lower().strip(".,")
        if first not in _NOT_A_COMMENTER:
            return "says"
    if " - on " in t and (m := _NAME_ON_DATE.match(t)) and _NOT_A_COMMENTER.isdisjoint(m.group("name").lower().split()):
        return "forum"  # a forum's header over each post ("7om - on 18 Feb 2012")
    if t[-5:] == " says" and (m := _NAME_SAYS.match(t)) and _NOT_A_COMMENTER.isdisjoint(m.group("name").lower().split()):
        return "says"  # a theme's header with no colon ("Lee says" over the comment)
    m = _SAID_DOTS.match(t) if t[-1:] in ".…" else None
    # not "Then he said...", "The mayor said..."
    if m and len(m.group("name").split()) <= 4 and _NOT_A_COMMENTER.isdisjoint(m.group("name").lower().split()):
        return "said..."
    m = _BY_ON_REPLY.match(t) if _DIGIT.search(t) else None
    if m is None and t[:1] in "RrFf" and _DIGIT.search(t):
        m = _BUTTON_POSTED_BY.match(t)
    if m and len(m.group("name").split()) <= _MAX_NAME_WORDS:
        return "reply"
    m = _NAME_DATE.match(t) if ("|" in t or "—" in t or "–" in t) else None
    if m and len(m.group("name").split()) <= 4:
        return "dated"
    # a post's header opens with its word ("Post by: ..."); a reply's line ends with a time of day
    m = _POST_BY.match(t) if t[:1] in "CcPpRrMm" and _DIGIT.search(t) else None
    if m is None and ":" in t and _DIGIT.search(t):
        m = _REPLIED_ON.match(t) or _BY_POSTED.match(t) or _HANDLE_STAMP.match(t)
    if m is None and "»" in t and t[:1] in "Pp":
        m = _POST_BY_ARROW.match(t)
    if m and len(name := m.group("name").lower().split()) <= _MAX_NAME_WORDS and _NOT_A_COMMENTER.isdisjoint(name):
        return "forum"
    if t[:1] in "TtSs" and _RE_SUBJECT.match(t):
        return "forum"
    if _smf_header(t):
        return "forum"
    if "osts:" in t and _POSTS_COUNT.match(t):
        return "forum"
    if t in _POST_BUTTONS or (t[-4:] in ("Like", "ikes") and _LIKES.match(t)):
        return "forum"  # under each post, so the replies run from the first one (the opening post above it)
    if archive_stamp(t):
        return "forum"
    if t[:1] in "PpMm" and ":" in t and "|" not in t and (m := _POSTED_BY_TIME.match(t)) and m.group("name").lower() not in _NOT_A_COMMENTER:
        return "forum"  # (TypePad's "Posted by: name | date at time" is under a comment: ``lone_header``)
    if t[:1] in "Pp" and _POSTED_STAMP.match(t):
        return "forum"
    if t[:6].lower() == "posted" and _POSTED_DATE.match(t):
        return "forum"
    if "vatar" in t and _AVATAR.match(t):
        return "forum"  # the alt text of a poster's picture over each post ("Go Leafs Go Kessel's Avatar")
    if t[-8:] == " picture" and (m := _PICTURE.match(t)) and _NOT_A_COMMENTER.isdisjoint(m.group("name").lower().split()):
        return "forum"  # Drupal's alt text of a poster's picture over each post ("varda's picture")
    if " on " in t and " at " in t and (m := _NAME_ON_STAMP.match(t)):
        name = set(m.group("name").lower().split())
        if _NOT_A_COMMENTER.isdisjoint(name) and _STAMP_VERBS.isdisjoint(name):
            return "dated"
    if t[-5:] == "wrote" and _HANDLE_WROTE.match(t):
        return "reply"
    if t[:1].isdigit() and " by " in t[:8] and (m := _NUMBERED_BY.match(t)) and _handle(m.group("name")):
        return "forum"
    if t[:1].isdigit() and "omment by" in t[:20] and _NUMBERED_COMMENT.match(t):
        return "forum"
    if _ends_with_rank(t) and len(t.split()) <= _FORUM_USER_WORDS:
        m = _FORUM_USER.match(t)
        if m and _OFFICES.isdisjoint(m.group("name").lower().split()):
            return "forum"
    return None


# TypePad's footer under a comment: "Posted by: Linda Patch | October 13, 2012 at 02:34 PM"
_POSTED_BY = lazy(r"^Posted by:\s*[^|]{0,60}\|[^|]{0,60}\d", re.I)
_USER_NUMBER = lazy(r"\(\d+\)\s+(?:writes|wrote):")  # "by garaged (579941) writes:"
_BARE_SAYS = lazy(r"\s(?:says|writes):$", re.I)  # "Ben Hunt says:" and nothing after it


def lone_header(text: str, kind: str | None) -> bool:
    """Is a header standing alone (``kind`` from ``header_kind``, or None) still a commenter's
    line by its shape alone?  A date with a reply link, Blogger's "name said...", a user number,
    TypePad's "Posted by: name | date", a reply's "Quote Originally Posted by JerMc", a name with a
    date and a time, or a bare "Ben Hunt says:"
    -- not "The mayor says:" (refused by ``header_kind``), a past tense ("Mark Harding said:"), a
    byline with a date ("by Jonathan Parnell | November 6, 2012", "By Behindwoods News Bureau |
    Sep 11, 2018 04:03 PM"), or a quotation run on after the colon."""
    t = text.strip()
    if kind is None:
        if t[:6].lower() == "quote ":
            return _QUOTED_POST.match(t) is not None
        return t[:10].lower() == "posted by:" and _POSTED_BY.match(t) is not None
    if kind == "reply" or kind == "said...":
        return True
    if kind == "forum" and t[:1].isdigit() and _STAMP_REPLY.match(t):
        return True  # a forum's date and time with its reply buttons
    if kind == "dated":  # not a byline with its time ("By Behindwoods News Bureau | Sep 11, 2018 04:03 PM")
        return shape.CLOCK.search(t) is not None and t[:3].lower() != "by "
    return _USER_NUMBER.search(t) is not None or (len(t.split()) <= 4 and _BARE_SAYS.search(t) is not None)


# a forum's rank over a post whose poster's name the extractor dropped: "Well-Known Member",
# "Senior Member", "Registered User" (the rank alone, its grade before it, over a paragraph: a
# club's "Senior Member" over its fee is a kind of membership; "Council Member" is an office,
# refused by ``header_kind``)
_BARE_RANK = lazy(
    r"^(?:well-known|senior|junior|active|registered|established|veteran|valued|premium|elite|new|full|super|power|respected)\s+"
    r"(?:member|user|contributor)$",
    re.I,
)


def _ends_with_rank(t: str) -> bool:
    """Does the (right-stripped) line end with one of a forum's rank words ("... Member")?"""
    return t[-_RANK_CHARS:].lower().endswith(_RANK_WORDS)


def _club_grade(texts: list[str], i: int, kind: str) -> bool:
    """Is a rank-shaped line a club's grade of membership, not a forum's poster: over its fee, a
    price or a figure ("Senior Member" / "£420"), or right under or over another grade of the
    same noun, no post between them ("Non Racing Member" / "Non Sailing Member", their fees not
    copied)?  A forum's poster heads a post or a card of fields; a poster's rank over the forum's
    title for them ("Premium Member" / "Forum Moderator") is a card."""
    t = texts[i].rstrip()
    if kind != "forum" or not _ends_with_rank(t):
        return False
    nxt = texts[i + 1].lstrip()[:1] if i + 1 < len(texts) else ""
    if nxt != "" and (nxt.isdigit() or nxt in _PRICE_SIGNS):
        return True
    rank = " " + t.rsplit(None, 1)[-1]  # the grade's noun, the same in each
    return any(0 <= k < len(texts) and texts[k].rstrip().endswith(rank) for k in (i - 1, i + 1))


_PRICE_SIGNS = "£$€¥₹"


def _rank_over_post(texts: list[str], prose: list[bool] | None, i: int, kind: str) -> bool:
    """Is the header a forum's rank alone (``_BARE_RANK``) right over a paragraph, the post?"""
    return kind == "forum" and prose is not None and i + 1 < len(prose) and prose[i + 1] and _BARE_RANK.match(texts[i].strip()) is not None


def _handle_over_stamp(texts: list[str], i: int) -> bool:
    """Is the block a handle alone (one word, no space, no digit-only number) right over a stamp in
    figures with the time of day ("• Brock_Fisher" / "9/12/2016 2:56 PM"), a comment's header?"""
    t = texts[i].strip()
    nxt = texts[i + 1].strip()
    if len(t) > 34 or not nxt[:1].isdigit() or "/" not in nxt[:6]:
        return False  # (most blocks: the line under them opens with no figure)
    return _LONE_HANDLE.match(t) is not None and not t.lstrip("•·*-– ").isdigit() and _NUMERIC_STAMP.match(nxt) is not None


def _quote_intro(texts: list[str], i: int, kind: str) -> bool:
    """ "Khan says:" followed by a quotation is a story quoting someone; a commenter's header
    has a bullet, a date or a reply link, or is followed by the comment itself.  So is a bare
    "Perry said:" whose name the story's lines just above it use ("Perry gave the ring to Cooper
    after the death of her grandfather." / "Perry said:"): a commenter is not the story's subject."""
    t = texts[i].lstrip()
    if kind != "says" or t[:1] in "•·▪‣◦*-–—>" or any(c.isdigit() for c in t):
        return False
    nxt = texts[i + 1].lstrip() if i + 1 < len(texts) else ""
    if nxt[:1] != "" and nxt[0] in _OPENING_QUOTES:  # ("" is in every string)
        return True
    return _named_above(texts, i)


QUOTED_NAME_BLOCKS = 6  # how far above a bare "Perry said:" the story names Perry
QUOTED_NAME_LINE_WORDS = 6  # a line of the story, not a header or a label
_CAPITALISED = lazy(r"[A-Z][a-z]+")


def _named_above(texts: list[str], i: int) -> bool:
    """Is a word of the bare header's name (a capitalised word of three letters or more) in a
    line of the story a few blocks above it, a line that is no header itself?"""
    m = _SAYS.match(texts[i].strip())
    if m is None or m.group("tail").strip():
        return False
    names = {w for w in m.group("name").split() if len(w) >= 3 and w[:1].isupper() and w.isalpha()}
    if not names:
        return False
    for j in range(max(0, i - QUOTED_NAME_BLOCKS), i):
        line = texts[j]
        if len(line.split()) >= QUOTED_NAME_LINE_WORDS and header_kind(line) is None and not names.isdisjoint(_CAPITALISED.findall(line)):
            return True
    return False


def _sentence_like(name: str) -> bool:
    """'The minister told reporters he' is a clause, not a commenter's name."""
    words = name.split()
    return len(words) > 3 and sum(1 for w in words if w[:1].islower()) >= 3


def find_comments(
    texts: list[str],
    indents: list[int],
    max_gap: int = 40,
    prose: list[bool] | None = None,
    ruled: list[bool | None] | None = None,
    heading: Callable[[int], bool] | None = None,
) -> tuple[list[CommentSection], list[int]]:
    """Comment sections among blocks (their texts and indents), and the blocks outside them that
    are a commenter's line on their own (``lone_header``).  A forum thread's first user line with
    no paragraph above it (``prose``) heads the thread's opening post: its section starts at the
    second; but not right under a comment section's heading (``heading`` of the block: "2
    response to “Hand Painting a Water Tower”" over "1. By: ... Posted: ...")."""
    headers = []
    lone = []
    status: set[int] = set()  # the headers that are a poster's status over a bulleted card
    cards: list[int] = []  # a poster's name over the fields of a card, outside any header's
    posters = _ruled_posters(texts, ruled)
    statuses: Counter[str] = Counter()  # the bare status lines, counted once when one is met
    for i, t in enumerate(texts):
        k = header_kind(t)
        if k is None and posters and _heading_name(t, ruled, i) in posters:
            k = "forum"
        if k is None and len(t) <= CARD_LABEL_CHARS and _bare_card(texts, i, headers):
            k = "forum"
        elif k is None and len(t) <= JOIN_DATE_CHARS and _unlabelled_card_end(texts, i) > i:
            k = "forum"
        elif k is None and t[:1] == "O" and (_status_header(texts, i) or _bare_status(texts, i, statuses)):
            k = "forum"
            status.add(i)
        elif k is None and t[:7] == "Posted:" and _print_header(texts, i):
            k = "forum"
        elif k is None and i + 1 < len(texts) and _handle_over_stamp(texts, i):
            k = "dated"
        elif k is None and t[-1:] in "]abcdefghijklmnopqrstuvwxyz" and _fedi_header(texts, i):
            k = "reply"
        if k is not None and not _quote_intro(texts, i, k) and not _club_grade(texts, i, k):
            headers.append((i, k))
        elif k is None and ("|" in t or t[:6].lower() == "quote ") and lone_header(t, None):
            lone.append(i)
        elif k is None and i + 2 < len(texts) and texts[i + 1][:1] in _FIELD_INITIALS and (end := _named_card_end(texts, i)) > i:
            cards.extend(range(i, end + 1))  # a poster's card, wherever it stands: the forum's
    sections: list[CommentSection] = []
    run: list[int] = []
    kind = None
    for i, k in headers + [(-1, None)]:
        if kind == "forum" and k == "says" and texts[i].rstrip().endswith("wrote:"):
            continue  # a post quoting an earlier one ("Fragpie wrote:"), inside the post
        if run and (i < 0 or k != kind or i - run[-1] > max_gap):
            if len(run) >= 2:
                section = _close(run, texts, indents)
                if kind == "forum" and len(run) >= NEWEST_FIRST_POSTS and _newest_first(texts, run):
                    # the last header heads the opening post: the replies are above it
                    section = _close(run[:-1], texts, indents)
                    section = CommentSection(section.first, min(section.last, run[-1] - 1), section.headers)
                elif kind == "forum" and prose is not None and (
                    _opens_thread(run[0], prose, heading) or run[0] in status or _titled_post(texts, run[0]) or _smf_opening(texts[run[0]])
                ):
                    section = _after_opening_post(run, section, texts, lone)
                if section is not None:
                    sections.append(section)
            run = []
        if i >= 0:
            run.append(i)
            kind = k
    covered = [(s.first, s.last) for s in sections]
    for i, k in headers:
        if any(a <= i <= b for a, b in covered):
            continue
        if lone_header(texts[i], k) or _rank_over_post(texts, prose, i, k):
            lone.append(i)
        elif k == "forum" and _BARE_RANK.match(texts[i].strip()) and (end := max(_card_end(texts, i), _bulleted_card_end(texts, i + 1, bullets=False))) > i:
            lone.extend(range(i, end + 1))  # a rank over its card of fields, over a single post
        elif k == "forum" and (end := _forum_card_end(texts, i)) > i:
            lone.extend(range(i, end + 1))  # a card with no rank over it, over a single post
    cards.extend(_stripped_cards(texts))
    lone.extend(i for i in cards if not any(a <= i <= b for a, b in covered))
    return sections, sorted(set(lone))


# a thread converted to Markdown: each post under a heading naming its poster, a rule between
# posts ("----------" / "## Meanderer" / the post / "----------" / "## Aunt Bea")
_MD_HEADING = lazy(r"^#{1,6}\s+")
_RULE = lazy(r"^(?:[-_=*]\s*){3,}$")
POSTER_WORDS = 3


def _heading_name(t: str, ruled: list[bool | None] | None, i: int) -> str | None:
    """A heading's text: a line of plain text opening with "#", or a heading block of a
    Markdown or HTML file (``ruled`` is given and holds None there for other blocks)."""
    if t[:1] == "#":
        return _MD_HEADING.sub("", t).strip()
    if ruled is not None and ruled[i] is not None:
        return t.strip()
    return None


def _ruled_posters(texts: list[str], ruled: list[bool | None] | None = None) -> frozenset[str]:
    """The posters' names of a thread converted to Markdown: the headings right under a rule,
    short and unpunctuated, when one of them heads two posts or more, the opening post's among
    them (a story's sections under rules each have a title of their own).  In a Markdown or HTML
    file the rules are not prose: ``ruled`` says, for each heading block, whether a rule stands
    right above it (None for the other blocks)."""
    names: list[str] = []
    headings: list[str] = []
    for i, t in enumerate(texts):
        name = _heading_name(t, ruled, i)
        if name is None:
            continue
        headings.append(name)
        under = (i and _RULE.match(texts[i - 1].strip())) or (ruled is not None and ruled[i])
        if under and name and len(name.split()) <= POSTER_WORDS and name[-1] not in ".!?:,;":
            names.append(name)
    counts = Counter(headings)
    if len(names) < 2 or all(counts[n] < 2 for n in names):
        return frozenset()
    return frozenset(names)


NEWEST_FIRST_POSTS = 3  # the stamps of this many posts, each older than the one above, order a thread newest first
_MONTHS = {m: k for k, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _stamp(text: str) -> tuple[int, ...] | None:
    """The stamp of a handle's header (``_HANDLE_STAMP``) as (year, month, day, hour, minute,
    second), or None.  Day first, as the forums that print "09-Jun-07" and "09/06/2007" write it."""
    m = _HANDLE_STAMP.match(text.strip())
    if m is None:
        return None
    month = m.group("m")
    mo = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
    if mo is None:
        return None
    year = int(m.group("y"))
    return (year + 2000 if year < 100 else year, mo, int(m.group("d")), int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0))


def _newest_first(texts: list[str], run: list[int]) -> bool:
    """Do the run's headers carry stamps, each older than the one above it?  Then the thread is
    printed newest first, and its opening post is the last."""
    stamps = [_stamp(texts[i]) for i in run]
    return None not in stamps and all(a > b for a, b in zip(stamps, stamps[1:]))


def _opens_thread(i: int, prose: list[bool], heading: Callable[[int], bool] | None) -> bool:
    """Does the header at ``i`` head a thread's opening post: no paragraph above it, and no
    comment section's heading right above it?"""
    return not any(prose[:i]) and not (heading is not None and i > 0 and heading(i - 1))


def _smf_header(text: str) -> re.Match | None:
    """Simple Machines' header over a post ("« on: ... »", "« Reply #1 on: ... »"), or None."""
    t = text.strip()
    return _SMF_ON.match(t) if t[:1] == "«" else None


def _smf_opening(text: str) -> bool:
    """Simple Machines' header over a thread's opening post: "« on: ... »", no reply's number."""
    m = _smf_header(text)
    return m is not None and m.group("reply") is None


def _smf_card(texts: list[str], i: int) -> tuple[int, int]:
    """``(first, top)``: the lines ``first`` to ``top - 1`` are the bulleted card of rank, stars,
    post count and motto ("• Hectare" / "• *****" / "• Posts: 1,175") that Simple Machines prints
    over the post header at ``i``, above the post's subject (``top``, or ``i`` when there is no
    subject); ``first == top`` when there is no card."""
    j = i - 1
    if j >= 0 and not _smf_card_line(texts[j]):
        j -= 1  # the post's subject
    top = j + 1
    while j >= 0 and i - j <= SMF_CARD_LINES and _smf_card_line(texts[j]):
        j -= 1
    return j + 1, top


def _smf_lead(texts: list[str], i: int) -> int:
    """The first line of what Simple Machines prints over the post header at ``i``: the post's
    subject ("Re: Allotment rent increase - HELP!"), the poster's card over it (``_smf_card``)
    and the poster's name over that ("Ellen K"); ``i`` when the header is not Simple Machines'."""
    m = _smf_header(texts[i])
    if m is None:
        return i
    first, top = _smf_card(texts, i)
    if first == top:
        return top if m.group("reply") else i  # no card: the subject alone (a reply's)
    return first - 1 if first > 0 and _poster_name(texts[first - 1]) else first


def _poster_name(text: str) -> bool:
    """A poster's name on its line: a few words, no sentence ("Ellen K", "Unwashed")."""
    t = text.strip()
    return 0 < len(t.split()) <= POSTER_WORDS and t[-1] not in ".!?:,;"


def _smf_next_card(texts: list[str], header: int, last: int) -> int:
    """The end of a Simple Machines thread whose last header is at ``header`` and whose last post
    ends at ``last``: the next poster's name and bulleted card after it go with the thread (the
    draft stops before that post's header)."""
    if _smf_header(texts[header]) is None:
        return last
    j = last + 1
    if j < len(texts) and _poster_name(texts[j]):
        k = j + 1
        while k < len(texts) and k - j <= SMF_CARD_LINES and _smf_card_line(texts[k]):
            k += 1
        if k - j > 2:
            return k - 1
    return last


def _smf_card_line(text: str) -> bool:
    """A line of a Simple Machines poster's bulleted card: a bullet and a few words."""
    t = text.strip()
    return t[:1] in _CARD_BULLETS and len(t.split()) <= CARD_LINE_WORDS and t[-1:] not in ".!?"


def _titled_post(texts: list[str], i: int) -> bool:
    """Does the post under the header at ``i`` carry the thread's title as its subject, on the
    line right above the header (phpBB: "No more cliff launch" / "Post by hepcat1989 »")?  That
    post opens the thread."""
    return i > 1 and texts[i - 1].strip() == texts[0].strip()


def _after_opening_post(
    run: list[int], section: CommentSection, texts: list[str], lone: list[int]
) -> CommentSection | None:
    """The replies of a thread whose first header heads the opening post: that header is the
    post's byline ("BillBill Member", "Post by: alfred on July 20, 2022, 05:26:50 PM"), but a card
    of fields under it is the forum's, with the rank over them, and so is a rank line over a
    byline of its own ("Top 500 Contributor" / "Nolocks Posted: Sat, Sep 24 2011 19:09"); the
    post's text is the thread's.  None when no header follows the post's."""
    card = _card_end(texts, run[0])
    if card > run[0]:
        lone.extend(range(run[0], card + 1))
    if _smf_opening(texts[run[0]]):
        # the opening poster's card over the post's title: the forum's; the name over it is the
        # post's byline
        first, top = _smf_card(texts, run[0])
        lone.extend(range(first, top))
    op = 1  # the headers of the opening post: on consecutive lines, or with only its poster's card between them
    while op < len(run) and (
        (run[op] == run[op - 1] + 1 and not _inline_post(texts[run[op]].strip()))
        or _smf_opening(texts[run[op]])
        or _fields_between(texts, run[op - 1], run[op])
    ):
        op += 1  # (a post whose text is on its header's line is the next post, not a header of this one;
        # Simple Machines' "« on: ... »" heads the opening post wherever it stands under its poster's line)
    if op > 1 and _FORUM_USER.match(texts[run[0]].strip()):
        lone.append(run[0])
    for k in range(1, op):
        if _fields_between(texts, run[k - 1], run[k]):
            lone.extend(range(run[k - 1], run[k]))  # the poster's rank and card over the post's stamp: the forum's
    lone.extend(run[k] for k in range(op) if _STAMP_REPLY.match(texts[run[k]].strip()))  # the post's buttons: the forum's
    if op == len(run):
        return None
    first = run[op] - 1 if _poster_over(texts, run[op]) else _smf_lead(texts, run[op])
    return CommentSection(first, _smf_next_card(texts, run[-1], section.last), tuple(run[op:]))


# the fields a forum prints under a poster's name and rank, each label on its line over its value
# ("Joined" / "14 November 2007" / "Messages" / "7,049" / "Location" / "Thirsk" / "Visit site")
_CARD_LABELS = frozenset(
    (
        "joined", "join date", "messages", "posts", "location", "reaction score", "points", "trophy points",
        "likes received", "likes", "local time", "age", "gender", "occupation",
    )
)
_CARD_LINKS = frozenset(("visit site", "website", "homepage", "contact"))
CARD_LINES = 12  # at most this many lines of fields under a poster's rank
VALUE_WORDS = 6  # a field's value is this short


def _field(text: str) -> str:
    """A card's line as its labels are written: "Joined:" and "joined" alike."""
    return text.strip().rstrip(":").lower()


def _card_end(texts: list[str], i: int) -> int:
    """The last line of the user card that the header at ``i`` opens (``i`` itself if none)."""
    bulleted = _bulleted_card_end(texts, i + 1)
    if bulleted > i:
        return bulleted
    unlabelled = _unlabelled_card_end(texts, i)
    if unlabelled > i:
        return unlabelled
    end = i
    value = _field(texts[i]) in _CARD_LABELS  # a card opened by its first field
    j = i + 1
    while j < len(texts) and j - i <= CARD_LINES:
        t = _field(texts[j])
        if t in _CARD_LABELS or t in _CARD_LINKS:
            value = t in _CARD_LABELS
        elif value and t and len(t.split()) <= VALUE_WORDS and t[-1] not in ".!?":
            value = False
        else:
            break
        end = j
        j += 1
    return end


def _bare_card(texts: list[str], i: int, headers: list[tuple[int, str]]) -> bool:
    """Does a user card with no rank line over it open here ("Over the hill and far awa" /
    "Joined" / "14 September 2006" / "Messages" / "16,513"): a "Joined" field whose value is
    followed by another field, not in the card of the forum header just above?"""
    if _field(texts[i]) not in _JOINED or i + 2 >= len(texts):
        return False
    if _field(texts[i + 2]) not in _CARD_LABELS:
        return False
    return not (headers and headers[-1][1] == "forum" and i <= _card_end(texts, headers[-1][0]))


_JOINED = frozenset(("joined", "join date", "member since"))
_FIELD_INITIALS = "JjPpMm"  # a card of fields opens with "Joined", "Posts", "Messages", "Member since"
CARD_LABEL_CHARS = 16  # the longest of them, with a colon and spaces around

# a card written as a bulleted list, each field's value after its label on the same line, among
# the poster's title, star rating and motto (Simple Machines: "• Asynchronous Skating Team Leader" /
# "• ********" / "• Joined: Aug 2010" / "• Location: Athens, OH" / "• Posts: 5,384")
_INLINE_FIELD = lazy(r"^[•·▪*\-–]?\s*(?P<label>[A-Za-z][A-Za-z ]{1,14}?)\s*:\s*\S")
_CARD_BULLETS = "•·▪*-–"
CARD_LINE_WORDS = 12  # a bulleted card's lines are this short
_COUNTED = frozenset(("posts", "messages")) | _JOINED  # fields only a forum's card prints
_TALLIES = (_COUNTED - _JOINED) | {"reaction score", "trophy points", "likes received"}  # a card's counts
# the online status a forum prints before a poster's name ("Offline AgnesNitt", "Online Bill_S")
_STATUS_WORDS = ("Offline", "Online", "OFFLINE", "ONLINE")  # a poster's status, over the post
_STATUS = lazy(rf"^(?:{'|'.join(_STATUS_WORDS)})\s+\S{{1,30}}(?:\s\S{{1,30}}){{0,2}}$")


def _forum_card_end(texts: list[str], i: int) -> int:
    """The last line of a bare card opening at ``i`` that is a forum's even with no other post to
    go with it (``i`` if none): the poster joined on a date, and the card counts their messages
    or reactions ("Joined" / "Oct 21, 2011" / "Messages" / "1,768").  A story's record of
    someone ("Joined" / "Leeds Rhinos Academy" / "Location" / "Headingley") is neither.  A card
    whose labels the extractor dropped (``_unlabelled_card_end``) is the forum's by its button."""
    unlabelled = _unlabelled_card_end(texts, i)
    if unlabelled > i:
        return unlabelled
    if _field(texts[i]) not in _JOINED or i + 1 >= len(texts) or not shape.has_year(texts[i + 1]):
        return i
    end = _card_end(texts, i)
    return end if any(_field(texts[j]) in _TALLIES for j in range(i + 2, end + 1)) else i


_REACTIONS = "reaction score"  # XenForo's, and no story's, label for a line of its own


def _stripped_cards(texts: list[str]) -> list[int]:
    """The lines left of XenForo cards whose labels the extractor dropped but one: "Reaction
    score" on its own line, with the poster's join date over it and its count under it when
    they are there ("Dec 16, 2003" / "Reaction score" / "401")."""
    found = []
    for i, t in enumerate(texts):
        if len(t) > CARD_LABEL_CHARS or _field(t) != _REACTIONS:
            continue
        found.append(i)
        if i > 0 and _JOIN_DATE.match(texts[i - 1].strip()):
            found.append(i - 1)
        if i + 1 < len(texts) and _COUNT_VALUE.match(texts[i + 1].strip()):
            found.append(i + 1)
    return found


_JOIN_DATE = lazy(rf"^{shape.DATE_WITH_YEAR}$")
_COUNT_VALUE = lazy(r"^\d[\d,.]*[KkMm]?$")  # a card's count: "401", "1,768", "2.3K"
JOIN_DATE_CHARS = 20  # "September 30, 2022", with room for spaces
CARD_COUNTS = 3  # XenForo's card counts messages, reaction score and points


def _unlabelled_card_end(texts: list[str], i: int) -> int:
    """The last line of a XenForo card whose labels the extractor dropped, opening at ``i`` (``i``
    if none): the poster's join date alone on its line, then the card's counts, each alone on its
    line, then the card's button ("Jul 18, 2017" / "12,254" / "3,439" / "32,935" / "Visit site"):
    two or three counts and the button.  Without the button, a date over its figures is a table's
    row written one cell to a line ("Mar 3, 2020" / "1,200" / "34" / "5"), the story's."""
    if not _JOIN_DATE.match(texts[i].strip()):
        return i
    j = i + 1
    while j < len(texts) and j - i <= CARD_COUNTS and _COUNT_VALUE.match(texts[j].strip()):
        j += 1
    return j if j - i - 1 >= 2 and j < len(texts) and _field(texts[j]) in _CARD_LINKS else i


def _inline_field(text: str) -> str | None:
    """The label of a card's field written with its value ("• Posts: 5,384" -> "posts"), or None."""
    if ":" not in text[:CARD_LABEL_CHARS + 4]:
        return None
    m = _INLINE_FIELD.match(text)
    label = m.group("label").lower() if m else None
    return label if label in _CARD_LABELS else None


def _bulleted_card_end(texts: list[str], i: int, bullets: bool = True) -> int:
    """The last line of a bulleted card starting at ``i`` (``i - 1`` if none): a run of short
    bulleted lines holding two of a forum's fields written with their values, one of them a
    count of posts or the date the poster joined.  With ``bullets`` False, a card of such
    fields alone, each on its line with no bullet ("Posts: 684" / "Joined: Thu Jan 06, 2005
    11:15 pm" / "Location: Queenstown" / "Contact:")."""
    j = i
    fields = set()
    while j < len(texts) and j - i < CARD_LINES:
        t = texts[j].strip()
        if not t or len(t.split()) > CARD_LINE_WORDS or t[-1] in ".!?":
            break
        if bullets and t[0] not in _CARD_BULLETS:
            break
        label = _inline_field(t)
        if label:
            fields.add(label)
        elif not bullets and _field(t) not in _CARD_LINKS:
            break
        j += 1
    return j - 1 if len(fields) >= 2 and not fields.isdisjoint(_COUNTED) else i - 1


def _named_card_end(texts: list[str], i: int) -> int:
    """The last line of a poster's name over a card of fields with their values and no bullets
    (phpBB: "jimrooney" / "Posts: 583" / "Joined: Thu Dec 23, 2004 10:25 am"); ``i - 1`` if none."""
    t = texts[i].strip()
    if not t or len(t) > 30 or len(t.split()) > POSTER_WORDS or t[-1] in ".!?:,;" or ":" in t:
        return i - 1
    end = _bulleted_card_end(texts, i + 1, bullets=False)
    return end if end > i else i - 1


def _status_header(texts: list[str], i: int) -> bool:
    """A poster's status and name over a bulleted card of fields ("Offline AgnesNitt")."""
    return _STATUS.match(texts[i].strip()) is not None and _bulleted_card_end(texts, i + 1) > i


def _bare_status(texts: list[str], i: int, statuses: Counter[str]) -> bool:
    """A poster's status alone on its line ("Offline"), at the top of each post of a thread whose
    names the extractor dropped (PunBB, FluxBB): one of two such lines or more.  ``statuses``
    holds their counts, filled at the first one met."""
    t = texts[i].strip()
    if t not in _STATUS_WORDS:
        return False
    if not statuses:
        statuses.update(s for u in texts if (s := u.strip()) in _STATUS_WORDS)
    return statuses[t] >= 2


def _print_header(texts: list[str], i: int) -> bool:
    """A post's header in a forum's printable view: "Posted: December 13th, 2008, 5:29 pm" over
    "by Jonnycakes" (phpBB)."""
    return (
        i + 1 < len(texts)
        and _PRINT_POSTED.match(texts[i].strip()) is not None
        and _PRINT_BY.match(texts[i + 1].strip()) is not None
    )


_PRINT_POSTED = lazy(r"^Posted:\s*[^:]{0,40}\d\d?:\d\d\s*(?:[ap]\.?m\.?)?$", re.I)
_PRINT_BY = lazy(r"^by\s+\S{1,30}$")


def _fields_between(texts: list[str], a: int, b: int) -> bool:
    """Is every line between the headers at ``a`` and ``b`` (one line or more) a field of the
    poster's card written with its value, so that both head one post ("Premium Member" / "Posts :
    160" / "3/12/2020 9:39:41 PM reply with quote ...")?"""
    return 1 < b - a <= CARD_LINES and all(_inline_field(texts[j].strip()) for j in range(a + 1, b))


def _poster_over(texts: list[str], i: int) -> bool:
    """Is the line over the header at ``i`` the poster's name, not the last post's signature
    under its closing ("Cheers," / "Robin")?"""
    return _user_name(texts[i - 1]) and not (i > 1 and texts[i - 2].rstrip().endswith(","))


def _user_name(text: str) -> bool:
    """A forum's user name on the line over the rank: one word, no sentence ("juliette", "TBB")."""
    t = text.strip()
    return 0 < len(t) <= 30 and " " not in t and t[-1] not in ".!?:,;"


def _close(run: list[int], texts: list[str], indents: list[int]) -> CommentSection:
    last_header = run[-1]
    longest = max([b - a - 1 for a, b in zip(run, run[1:])] + [1])
    body_indent = [indents[j] for a, b in zip(run, run[1:]) for j in range(a + 1, b)]
    indented = bool(body_indent) and min(body_indent) > 0
    end = _card_end(texts, last_header)  # the last poster's card goes with the header
    if end == last_header and _fedi_header(texts, last_header):
        end = _fedi_card_end(texts, last_header)  # and a fediverse reply's buttons and age
    if end == last_header and _print_header(texts, last_header):
        end += 1  # and the poster's name under a printable view's header ("by egonator")
    if end == last_header and last_header + 1 < len(texts) and _handle_over_stamp(texts, last_header):
        end += 1  # and the stamp under a handle ("• bizutch" / "9/12/2016 6:06 AM")
    if texts[last_header].strip() in _POST_BUTTONS and end + 1 < len(texts) and texts[end + 1].strip().lower() == "share on other sites":
        end += 1  # and its companion button (the last post's text is under them)
    j = end + 1
    while j < len(texts) and j - last_header <= longest + (end - last_header):
        if indented:
            if indents[j] <= 0:
                break
        elif not _reads_like_comment(texts[j]):
            break
        end = j
        j += 1
    return CommentSection(run[0], end, tuple(run))


# a reply's subject over its text, the thread's title after "Re:" ("Re: Massive Amounts of Fake
# Pokemon Cards Seized", vBulletin's "Default Re: ...", the alt text of its icon first)
_REPLY_SUBJECT = lazy(r"^(?:Default\s+)?(?:Re|RE|re):\s*\S")


def _reads_like_comment(text: str) -> bool:
    words = text.split()
    return len(words) >= 8 or text.rstrip()[-1:] in ".!?…)" or _REPLY_SUBJECT.match(text.strip()) is not None


def under_heading(
    texts: list[str], heading: int, taken: list[bool], max_gap: int = 40, headers: frozenset[int] = frozenset(), indents: list[int] | None = None
) -> CommentSection | None:
    """The comments right under a comment section's heading ("3 thoughts on “Ferret Racing”")
    when the page's commenter headers are gone (an extractor kept only the comment texts): the
    blocks after the heading that read like comments, up to a form prompt ("Leave a Reply"), a
    section found by its headers or the end of the draft; a lone commenter's line (``headers``)
    goes with the comments.  None when the heading has nothing under it that reads like a
    comment."""
    end = heading
    j = heading + 1
    item = None  # the last numbered comment
    while j < len(texts) and j - heading <= max_gap and (
        j in headers
        or (
            not taken[j]
            and (
                _comment_text(texts[j].strip())
                or (end > heading and (_indented_on(indents, end, j) or _next_item(item, texts, indents, j)))
            )
        )
    ):
        if is_numbered(texts[j]):
            item = j
        end = j
        j += 1
    while end > heading and end in headers:
        end -= 1  # a commenter's line with no comment under it is not part of this section
    crossed = tuple(k for k in range(heading + 1, end + 1) if k in headers)
    return CommentSection(heading + 1, end, crossed) if end > heading else None


def _next_item(item: int | None, texts: list[str], indents: list[int] | None, j: int) -> bool:
    """Is block ``j`` the next comment of a numbered list of them, at the same indent as the last
    one, however short it is ("  3. Different. Strange, art? Hal" after "  2. ...")?"""
    return item is not None and indents is not None and indents[j] == indents[item] and number_follows(texts[item], texts[j])


def _indented_on(indents: list[int] | None, last: int, j: int) -> bool:
    """Is block ``j`` indented as deep as the comment above it, in a list of comments written
    indented ("  1. We have blizzard conditions ..." / "    5:00 AM EST Monday" / "    Blizzard
    warning in effect for:"): the same comment going on, whatever it quotes?"""
    return indents is not None and indents[last] > 0 and indents[j] >= indents[last]


def _comment_text(text: str) -> bool:
    """A comment's text: sentences, not another post's title ("Interview With Rocky Angelucci,
    Author of “Don’t Die Early” – Part One", a pingback under the comments)."""
    if text.rstrip("”\"’' )")[-1:] in ".!?…":
        return True
    words = text.split()
    return len(words) >= 8 and 2 * sum(1 for w in words if w[:1].isupper()) < len(words)


# a comment's words: the first person, thanks ("I hope you don't mind", "Thanks, Mary!")
_PERSONAL = lazy(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|thanks|thank)\b", re.I)
_FIRST_ITEM = lazy(r"^\s*1[.)]\s+\S")
_SENTENCE_END_IN = lazy(r"[.!?…](?:\s|$)|\)$")  # "... the silver.", "Awesome fundraising effort!", ":-)"
THREAD_PERSONAL = 0.5  # of a thread's blocks in the first person, at least
THREAD_TAIL = 2  # blocks the blog's footer may keep under the thread ("Related Posts Plugin for WordPress, Blogger...") ...
THREAD_TAIL_WORDS = 25  # ... each of at most this many words
THREAD_ITEMS = 2  # comments numbered 1, 2, ... with no reply among them, at least


def numbered_thread(units: list, after: int, taken: list[bool]) -> tuple[int, int] | None:
    """A blog's comments under the post set as the page's ordered lists ("  1. Don," / "    I found
    this post on ..." / "    1. Sure thing, Mary! ..."): after the story, indented blocks from an
    item numbered 1 to the end of the draft (or to the blog's footer of a line or two: "I love
    hearing your thoughts!" / "Related Posts Plugin for WordPress, Blogger..."), half the blocks or
    more in the first person, and either a reply numbered from 1 again deeper in, under a comment's
    paragraph, or the comments numbered 1, 2, ... under a paragraph of the post (not under a
    sentence ending with a colon, which opens the story's own list), each of them ending a sentence
    ("  1. Another beautiful cake. Love the peach flowers with the silver." / "  2. Bebsy could I
    be your Manager, ...").  A how-to's nested steps start under their step, not under a paragraph, and
    speak of the reader, not of the writer.  (first, last) or None."""
    for i in range(after + 1, len(units)):
        u = units[i]
        if taken[i] or u.indent < 2 or not _FIRST_ITEM.match(u.text):
            continue
        j = i
        while j + 1 < len(units) and units[j + 1].indent >= 2 and not taken[j + 1]:
            j += 1
        tail = units[j + 1 :]
        if len(tail) > THREAD_TAIL or any(t.n > THREAD_TAIL_WORDS or taken[t.index] for t in tail):
            return None  # the story goes on under the list
        personal = sum(1 for v in units[i : j + 1] if _PERSONAL.search(v.text))
        if personal < THREAD_PERSONAL * (j - i + 1):
            return None
        reply = any(
            units[k].indent > u.indent and _FIRST_ITEM.match(units[k].text) and units[k - 1].kind != "list-item"
            for k in range(i + 2, j + 1)
        )
        return (i, j) if reply or _numbered_comments(units, i, j) else None
    return None


def _numbered_comments(units: list, i: int, j: int) -> bool:
    """Are the blocks ``i``..``j`` comments numbered 1, 2, ... under a paragraph of the post, each
    comment's first block ending a sentence ("!", ":-)"; a signature may follow: "... You are so
    talented. Deborah"), not a title ("1. Introduction")?"""
    above = units[i - 1].text.rstrip() if i else ""
    if not above or above[-1:] == ":":
        return False
    items = [units[k] for k in range(i, j + 1) if units[k].indent == units[i].indent]
    if len(items) < THREAD_ITEMS or not all(number_follows(a.text, b.text) for a, b in zip(items, items[1:])):
        return False
    return all(_SENTENCE_END_IN.search(v.text.rstrip()) for v in items)
