"""The kinds of leftover the BP rules report, and the words messages use for them."""

from __future__ import annotations

from dataclasses import dataclass

from . import cues

# Families, in the order rules are numbered.
COPYRIGHT = "copyright"
TAGLINE = "tagline"
NAVIGATION = "navigation"
SHARE = "share"
LOGIN = "login"
COMMENTS = "comments"
CREDIT = "credit"
NOTICE = "notice"
RELATED = "related"
SCRIPT = "script"
DANGLING = "dangling"

MERGING = frozenset({NAVIGATION, RELATED, SHARE, LOGIN, NOTICE, COPYRIGHT})


WHAT = {
    COPYRIGHT: "copyright line",
    TAGLINE: "site tagline",
    NAVIGATION: "navigation link",
    SHARE: "share or subscribe prompt",
    LOGIN: "login or comment-form prompt",
    CREDIT: "photo credit",
    NOTICE: "page notice",
    RELATED: "link to other stories",
    SCRIPT: "interface text in another script",
    DANGLING: "reference to links that were not copied",
    COMMENTS: "reader comments",
}


TEASER = "teaser of another story"  # a related link with its first lines (fills a box of them: lists.fill_teasers)
CODE = "script or style-sheet code"  # code.page_code
CONTENTS = "table of contents"  # a contents box's label; the list under it takes the same name
AD_MARKER = "advertising marker"
APPEAL = "the site's appeal to its readers"  # appeals.extend_appeals
SMALL_PRINT = "the small print of a subscription or donation box"  # appeals.extend_appeals
APPEAL_BOX = "subscription, follow or donation box"  # a run holding either of the two above
EDIT_NOTE = "a forum post's note of its last edit"  # classify._EDIT_NOTE
EMPTY_NUMBERS = "numbers of a list whose items were not copied"  # classify._empty_numbers
MARKUP = "HTML markup"  # code.page_code: lines of tags, a link's ("<a href=...>...</a>")
RUN_NAMES = frozenset({CODE, MARKUP, CONTENTS, EMPTY_NUMBERS})  # names a run of blocks keeps ("table of contents (13 lines)")
# what the tests of place (no cue: where a short line stands, what it shares with the story) say of
# a line they took (``structure.structural``, ``position.name_of``); the passes that release a
# line of the story taken so (``structure.cut_off``, ``structure.named_in_story``) ask for these
OTHER_HEADLINE = "headline of another story"
SECTION_LINK = "section name, tag or link"
PLACE_LINK = "navigation or section link"
PLACE_WHATS = frozenset({OTHER_HEADLINE, SECTION_LINK, PLACE_LINK})
AFFILIATE_DISCLOSURE = "affiliate-link disclosure"


WHAT_LIST = {
    NAVIGATION: "navigation or tag list",
    RELATED: "list of links to other stories",
    SHARE: "share and follow buttons",
    LOGIN: "login and comment-form prompts",
    NOTICE: "page notices",
    COPYRIGHT: "copyright footer",
    CREDIT: "photo credit",
}
LIST_FAMILIES = frozenset({NAVIGATION, RELATED, SHARE})  # families whose items make lists


_STAMP_LABEL = frozenset(("published", "updated", "posted", "on", "last"))
STAMP_LABEL = "time-stamp label, its date lost"
COUNTDOWN = "a countdown widget's digits and units"  # structure.countdown


def describe(fam: str, lower: frozenset[str]) -> str:
    """A closer name for some leftovers, from the block's lowercased words: a cookie notice is not
    a paywall."""
    if fam == COPYRIGHT and "responsible" in lower:
        return "the site's disclaimer"
    if fam == NOTICE:
        if "cookie" in lower or "cookies" in lower:
            return "cookie notice"
        if not lower.isdisjoint(("blocker", "adblocker", "adblock")):
            return "ad-blocker notice"
        if "browser" in lower and "javascript" not in lower and "viewed" not in lower:
            return "notice that the browser is not supported"
        if "purposes" in lower or "constitute" in lower:
            return "the site's disclaimer"
        if ("thread" in lower and "reviving" in lower) or ("archived" in lower and not lower.isdisjoint(("discussion", "thread"))):
            return "forum's notice over an old thread"
        if "archived" in lower or "outdated" in lower:
            return "archive notice over an old story"
        if not lower.isdisjoint(_AD_WORDS) or ("seeing" in lower and "why" in lower):  # an ad box's "Why am I seeing this?"
            return AD_MARKER
        if "javascript" in lower:
            return "notice of a script that did not run"
        if "signify" in lower or ("best" in lower and "viewed" in lower):
            return "the site's terms or viewing notice"
        if not lower.isdisjoint(_APPEAL_WORDS) or ("support" in lower and ("us" in lower or "journalism" in lower)):
            return "appeal for readers' money"
        if "page" in lower and ("brought" in lower or "sponsored" in lower):
            return "sponsor's line"
        if "sponsor" in lower:
            return "appeal for sponsors"
        if "age" in lower or (not lower.isdisjoint(("least", "over")) and not lower.isdisjoint(("18", "21"))):
            return "age check"
        if "commission" in lower or "affiliate" in lower or "associate" in lower:
            return AFFILIATE_DISCLOSURE
        if "playback" in lower or ("post" in lower and not lower.isdisjoint(("instagram", "tiktok", "facebook"))):
            return "placeholder of an embedded post or player"
        return "paywall or subscription notice"
    if fam == NAVIGATION and lower and lower <= _STAMP_LABEL and not lower.isdisjoint(("published", "updated", "posted")):
        return STAMP_LABEL
    if fam == NAVIGATION and "permalink" in lower and "bookmark" in lower:
        return "the post's category and permalink line"
    if fam == NAVIGATION and lower and lower <= _CONTENTS_WORDS and not lower <= _BOX_BUTTONS and not lower <= _SKIP_LINK:
        return CONTENTS
    if fam == NAVIGATION and lower and lower <= _PLAYER:
        return "photo-gallery or video-player control"
    if fam == NAVIGATION and lower and lower <= _TOGGLE:
        return "'more' or 'less' button"
    return WHAT[fam]


# the words of a contents box's label ("Table of Contents [hide]", "In this article", "Jump to section")
_CONTENTS_WORDS = frozenset("table of contents content in this article on page jump to section toggle hide show".split())
_BOX_BUTTONS = frozenset(("toggle", "hide", "show"))  # alone, any box's button
_SKIP_LINK = frozenset(("jump", "to", "main", "content"))  # "Jump to content": a skip link, no contents box


# the words of a site's appeal for its readers' money ("Support us for as little as $1")
_APPEAL_WORDS = frozenset("donate donation donations contribution contribute paypal supporter patron donor".split())


# the words of a gallery's or a player's buttons ("Back to Gallery", "Enlarge this image"): a block
# made only of them is one
_PLAYER = frozenset(
    "close gallery slideshow enlarge caption fullscreen full screen exit expand collapse replay play video "
    "skip ad back to return view open launch start this image photo in show hide toggle".split()
)


# the words of the toggles of a truncated caption or teaser ("... more", "Show less")
_TOGGLE = frozenset(w for phrase in cues.TOGGLES for w in phrase.split())
# the advertising labels ("Advertisement", "Anzeige", "Sponsored"), and "Paid content"
_AD_WORDS = frozenset(phrase for phrase in cues.LABELS["notice"] if " " not in phrase) | {"paid"}


@dataclass(frozen=True, slots=True)
class Leftover:
    family: str
    start: int  # prose offsets
    end: int
    first: int  # block indices, inclusive
    last: int
    what: str  # a few words for the message: "copyright line", "navigation or tag list (3 lines)"

    @property
    def several(self) -> bool:
        return self.last > self.first
