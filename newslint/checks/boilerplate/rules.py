"""The boilerplate rules: one per kind of page leftover, all reading one shared segmentation.

Each finding spans the leftover (a run of blocks of one kind is one finding) and says what to
remove.  Copy-editing findings inside these spans are dropped by the engine unless the config sets
``lint-boilerplate: true``: there is no point correcting the spelling of a cookie banner.

In plain text each finding carries an unsafe fix that deletes the leftover (``removal.py``):
``newslint check --fix --unsafe-fixes --select boilerplate`` cleans a scraped text.
"""

from __future__ import annotations

from ...diagnostics import Finding, Severity, Span
from ...rule import Examples, Rule
from . import families as fam
from .references import SHORTCODE, restore_what
from .removal import removal_fix
from .segment import LONE_COMMENTER, segmentation

ARTICLE = (
    "The council approved the new budget on Monday after a debate that lasted most of the evening.\n"
    "Councillors said the plan would fund two new schools and repair the river bridge next year.\n"
)


class _Boilerplate(Rule):
    category = "boilerplate"
    severity = Severity.WARNING
    family = ""
    advice = "remove it"
    partial_fix = True  # the fix may remove part of a line (see removal.py)
    fixable = True  # unsafe, plain text only

    def check(self, doc, ctx):
        seg = segmentation(doc)
        for x in seg.of(self.family):
            yield Finding(Span(x.start, x.end), self.message(doc, x), fix=removal_fix(doc, seg, x.start, x.end, self.partial_fix))

    def message(self, doc, x: fam.Leftover) -> str:
        advice = self.advice.replace(" it", " them") if x.several else self.advice
        return f"{x.what[:1].upper()}{x.what[1:]}, left over from the web page: {advice}."


class CopyrightNotice(_Boilerplate):
    """A copyright or rights line ("© Copyright IBTimes 2024. All rights reserved.", "Powered by
    WordPress"), or the site's software credited before or after the story ("Powered by FeedBlitz"),
    is the publisher's page footer, not part of the story."""

    code = "BP001"
    name = "copyright-notice"
    family = fam.COPYRIGHT
    summary = "Copyright or rights footer copied with the text."
    examples = Examples(
        bad=[ARTICLE + "© Copyright IBTimes 2024. All rights reserved."],
        good=[ARTICLE + "The newspaper reserved its rights in the dispute, its lawyer said."],
    )


class SiteTagline(_Boilerplate):
    """A site's slogan ("Get the latest news from around the world, live coverage, off-beat
    stories, features and analysis.") before or after the article: a sentence that talks about
    the site, not the story, and shares none of its words.  Also the site's name standing alone
    at the top (a logo's text) when a caption below is signed with it."""

    code = "BP002"
    name = "site-tagline"
    family = fam.TAGLINE
    summary = "Site tagline or slogan copied with the text."
    examples = Examples(
        bad=["Get the latest news from around the world, live coverage, off-beat stories, features and analysis.\n"
             "Council approves budget\n" + ARTICLE],
        good=["Council approves budget\n" + ARTICLE],
    )


class NavigationList(_Boilerplate):
    """Menu entries, section names, archive links and tag lists ("Home", "Top Workplaces",
    "June 2012 (21)", "Tags: Iran, Iraq", "World Markets"): short items outside the article body
    that share no words with it, headings with nothing under them after the last paragraph or
    above the headline, a lone unrelated label between two paragraphs, interface labels, and
    the time stamps of comments or other stories after the article ("November 19, 2019 at 7:19
    am"), and a name alone after the article that the draft names nowhere else, in a story that
    has its byline above (another author's, a commenter's)."""

    code = "BP003"
    name = "navigation-list"
    family = fam.NAVIGATION
    summary = "Navigation, section or tag list copied with the text."
    examples = Examples(
        bad=[ARTICLE + "Tags: Local Government, Schools, Transport"],
        good=[ARTICLE + "The bridge will close for repairs in June."],
    )


class SharePrompt(_Boilerplate):
    """Share buttons and follow, subscribe and newsletter prompts ("Share on Facebook",
    "Sign up for our newsletter"), and the site's promotion of itself in a block of its own
    ("Subscribe to WIRED and stay smart with ...", "Get the latest updates right in your inbox.").
    An imperative inside the story ("Get out and vote," she said) or an offer of something else
    ("Get it on Amazon for $39.99.") is not a prompt."""

    code = "BP004"
    name = "share-prompt"
    family = fam.SHARE
    summary = "Share, follow, subscribe or newsletter prompt copied with the text."
    examples = Examples(
        bad=[
            ARTICLE + "Share this article\nSign up for our newsletter",
            ARTICLE + "\nGet the latest updates right in your inbox. Subscribe to the Herald's newsletters.\n",
        ],
        good=[
            ARTICLE + "Shares in the builder rose 4% after the vote.",
            ARTICLE + '"Get out and vote," the mayor urged residents on Twitter on Monday.',
        ],
    )


class LoginPrompt(_Boilerplate):
    """Login, registration and comment-form text ("To participate in the discussion / log in
    or register", "Leave a Reply", "Your email address will not be published")."""

    code = "BP005"
    name = "login-prompt"
    family = fam.LOGIN
    summary = "Login, registration or comment-form prompt copied with the text."
    examples = Examples(
        bad=[ARTICLE + "To participate in the discussion\nlog in or register"],
        good=[ARTICLE + "Residents can register to speak at the next meeting."],
    )


class ReaderComments(_Boilerplate):
    """Readers' comments copied with the article: one finding spans the whole section, from the
    first commenter to the end of the last comment, and each commenter header ("Soccer says:")
    gets a note of its own.  A section needs two or more headers of one shape; a commenter's line
    standing alone is flagged when its shape alone tells ("by garaged (579941) writes:", "Posted by:
    Ann | May 2, 2012 at 2:42 pm", a bare "Ben Hunt says:").  On a forum's thread the opening
    post is the page's text and the replies are flagged; the forum's card under a poster's name
    ("Joined: Aug 2010", "Posts: 5,384") is flagged with the name, in one finding."""

    code = "BP006"
    name = "reader-comments"
    family = fam.COMMENTS
    summary = "Reader-comments section copied with the text."
    examples = Examples(
        bad=[ARTICLE + "\n  • Soccer says:\n\n    Good decision.\n\n  • honjj says:\n\n    Too late, as usual.\n"],
        good=[ARTICLE + "The mayor says:\n\n“This is a good day for the town.”\n"],
    )

    def check(self, doc, ctx):
        s = segmentation(doc)
        for x in s.of(self.family):
            if x.what in (LONE_COMMENTER, fam.EDIT_NOTE):
                text = doc.prose[x.start:x.end]
                if x.what == fam.EDIT_NOTE:
                    message = f"Forum post's edit note {text.strip(' -')!r} copied with the article: not article text; remove it."
                elif x.first == x.last:
                    message = (
                        f"Commenter line {text.strip(' •*-')!r} copied with the article: "
                        "a reader's comment header, not article text; remove it."
                    )
                else:  # a poster's header with the forum's card under it
                    first = text.split("\n", 1)[0].strip(" •*-")
                    message = (
                        f"Commenter lines ({x.last - x.first + 1} lines, from {first!r}) "
                        "copied with the article: a poster's header and the forum's card of their fields, not article "
                        "text; remove them."
                    )
                yield Finding(Span(x.start, x.end), message, fix=removal_fix(doc, s, x.start, x.end))
                continue
            yield Finding(
                Span(x.start, x.end),
                f"Reader comments ({x.what.split('(')[-1].rstrip(')')}) copied with the article: remove the "
                "section, from the first commenter to the end of the last comment.",
                help="Comments are not copy-edited while they are flagged (config lint-boilerplate: true to check them).",
                fix=removal_fix(doc, s, x.start, x.end),
            )
        for a, b in s.headers:
            yield Finding(
                Span(a, b),
                f"Commenter header {doc.prose[a:b].strip(' •*-#')!r}: a reader's comment, not article text.",
                severity=Severity.INFO,
            )


class PhotoCredit(_Boilerplate):
    """A photo credit or caption run into the text ("© Photo : Twitter / @CENTCOM", "Photo:
    Reuters"), or a caption repeated with the site's name and a date stamp."""

    code = "BP007"
    name = "photo-credit"
    family = fam.CREDIT
    advice = "remove it, or set it apart as a caption"
    summary = "Photo credit or caption run into the text."
    examples = Examples(
        bad=["© Photo : Twitter / @CENTCOMA screenshot of a video showing a bomber\n" + ARTICLE],
        good=[ARTICLE + "The photographer who took the picture won an award last year."],
    )


class PageNotice(_Boilerplate):
    """'Advertisement' markers, cookie banners and paywall notices ("We use cookies to improve
    your experience", "Subscribe to continue reading"); and the page's code copied as text, the
    script of a share widget or an advertisement, a style sheet, structured data, told from prose
    by its shape."""

    code = "BP008"
    name = "page-notice"
    family = fam.NOTICE
    summary = "Advertisement, cookie or paywall notice copied with the text."
    examples = Examples(
        bad=[
            "Council approves budget\nAdvertisement\n" + ARTICLE,
            ARTICLE + "js = d.createElement(s); js.id = id;\nfjs.parentNode.insertBefore(js, fjs);\n",
        ],
        good=[ARTICLE + "Advertising revenue at the paper fell by a tenth."],
    )


class RelatedLinks(_Boilerplate):
    """'Read more', 'Related' and 'Most read' lists, and headlines of other stories left before
    or after the article or dropped between two of its paragraphs; also short text above a late
    headline that shares little with the story (another story's blurb, a comment), and one or
    two loose headlines after the last paragraph even when they are on the story's subject (its
    own title or a related link put after it; the story's own lists and sign-offs run longer)."""

    code = "BP009"
    name = "related-links"
    family = fam.RELATED
    summary = "'Read more' or 'Related' links copied with the text."
    examples = Examples(
        bad=[ARTICLE + "Most Read\nRelated articles"],
        good=[ARTICLE + "More than 300 residents attended the meeting."],
    )


class ForeignScriptString(_Boilerplate):
    """A short line in another script than the article's ("Заголовок открываемого материала" at
    the end of an English article), or a line in another language than the article's ("Durch die
    Nutzung dieser Website zeigen Sie an, dass Sie ..." in an English story, told by function
    words; quotations are left alone): an untranslated interface string of the site."""

    code = "BP010"
    name = "foreign-interface-text"
    family = fam.SCRIPT
    summary = "Interface string in another script or language than the article's."
    examples = Examples(
        bad=[ARTICLE + "Заголовок открываемого материала"],
        good=[ARTICLE + "The bridge was built in 1897 by the town's first engineer."],
    )

    def message(self, doc, x):
        return f"{x.what[:1].upper()}{x.what[1:]} ({doc.prose[x.start:x.end][:60]!r}): remove it, or translate it if it belongs to the story."


class DanglingReference(_Boilerplate):
    """A reference to links or a list that did not come with the text: "[see links below]",
    "see the following articles:" with no articles after it, or a short last line after the
    article that ends with a colon ("Watch the full interview:"), or a sentence that lost the
    link that was its object: it stops where the link stood ("You can listen to the story online
    at") or its verb runs into what followed the link ("Visit for more information").  Restore
    what it points to or remove the reference.  An unrendered shortcode of the site's software ('[button
    link="..."] Send us your review[/button]', '[caption id="attachment_512"]') is a button or
    embed that did not come with the text either: remove it."""

    code = "BP011"
    name = "dangling-reference"
    family = fam.DANGLING
    partial_fix = False  # inside a sentence, the sentence needs rewriting, not a cut
    summary = "Reference to links or a list that are not in the text."
    examples = Examples(
        bad=[
            ARTICLE + "For more on the budget, see the following articles:",
            "The budget was cut again [see links below]. The mayor objected.",
            ARTICLE + '[button link="https://example.com/submit/" type="big"] Send us your review[/button]',
            ARTICLE + "You can watch the whole debate online at",
            ARTICLE + "Visit for more information on the budget.",
        ],
        good=[
            ARTICLE + "For more on the budget, see the following articles:\n- Budget cut again\n- Mayor objects",
            "The budget was cut again (see below). The mayor objected.",
            ARTICLE + "Residents can read the plans online at the town hall.",
        ],
    )

    def message(self, doc, x):
        if x.what.startswith(SHORTCODE):
            return f"{x.what[:1].upper()}{x.what[1:]}: remove it."
        return f"{x.what[:1].upper()}{x.what[1:]}: restore {restore_what(x.what)}, or remove the reference."


RULES = [
    CopyrightNotice,
    SiteTagline,
    NavigationList,
    SharePrompt,
    LoginPrompt,
    ReaderComments,
    PhotoCredit,
    PageNotice,
    RelatedLinks,
    ForeignScriptString,
    DanglingReference,
]

_FAMILY_OF = {rule.code: rule.family for rule in RULES}


def leftover_spans(doc, codes=None) -> list[tuple[int, int]]:
    """Prose spans ``[start, end)`` of the page leftovers that the boilerplate rules with these
    codes report (every rule when ``codes`` is None; codes of other families are ignored), in
    document order: what another family leaves out of the article text.  The readability metrics
    use it (``checks/readability/metrics.py``) when boilerplate rules run and ``lint-boilerplate``
    is off.  The segmentation is the rules' own, computed once per document."""
    families = None if codes is None else {_FAMILY_OF[c] for c in codes if c in _FAMILY_OF}
    if families is not None and not families:
        return []
    return [(x.start, x.end) for x in segmentation(doc).leftovers if families is None or x.family in families]
