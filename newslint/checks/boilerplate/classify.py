"""One block, one verdict: the tests that decide whether a block is a leftover and of which
family.  Cue tests come first (HTML landmarks, interface phrases, labels, archives), then page
code, the captions, taglines, scripts and references.  The structural test that needs no cue
(``structure.structural``) runs after them, once the story's headline is known."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from . import cues, shape
from .captions import copyright_credit, credit, signed_picture
from .code import page_code
from .comments import header_kind
from .embeds import embed_line
from .families import AFFILIATE_DISCLOSURE, COMMENTS, AD_MARKER, COPYRIGHT, CREDIT, DANGLING, EDIT_NOTE, EMPTY_NUMBERS, LOGIN, NAVIGATION, NOTICE, RELATED, SHARE, TEASER, WHAT, WHAT_LIST, describe
from .languages import foreign_language
from .lexicon import DECORATION, cue, key, matcher, phrase_cue, straight, topic_keys
from .names import looks_like_person
from .references import dangling
from .structure import foreign_script, inside_wrapped, is_text, tagline, wrapped_line
from .tables import field_box, introduced, ledger, ranked_place, table_rule
from .units import CUE_MAX_WORDS, HEADLINE_MAX_WORDS, SHORT_WORDS, Body, Context, Unit
from ...document import LIST_ITEM
from ...lazyre import lazy

Verdict = tuple  # (family, what) for a block, or (family, what, start, end) for a span inside it


# a theme's label glued before the page's title ("You are currently viewing “Mediacaras”: this is
# how ..."): the label is the page's, the headline after it the story's
_VIEWING = lazy(r"\s*you\s+are\s+(?:currently\s+|now\s+)?viewing\s*:?\s+", re.I)
VIEWING = "the page's label before the headline"
VIEWED_TITLE_WORDS = 2
# no line of a story is one of these; a dash or a quotation mark alone may be (a list's empty
# item, a scene break, a quotation's opening over a verse)
# what a template prints for a field it has no value for ("None" under a headline, between paragraphs)
_EMPTY_VALUES = frozenset(("None", "null", "undefined", "NaN"))
# a picture's or a link's markup with neither text nor address, a table's bar after it ("![]() |")
_EMPTY_MARKUP = lazy(r"(?:!?\[\]\(\)\s*\|?\s*)+")


def _beside_text(units: list[Unit], i: int) -> bool:
    """Does a paragraph of text stand right above or below the line (not a field's label: "Competing
    interests" / "None")?"""
    return any(0 <= k < len(units) and is_text(units[k]) for k in (i - 1, i + 1))


# what a template prints for a field with no value under the field's label ("Tags" / "(none)"):
# the empty values above, in any case, or "n/a", bracketed or not
_NO_VALUE = frozenset(v for e in (*(x.lower() for x in _EMPTY_VALUES), "n/a") for v in (e, f"({e})"))


def _tag_label(u: Unit) -> bool:
    """A list label alone on its line, colon or none ("Tags", "Categories:"): the labels of ``cues.LIST_LABELS``."""
    return 0 < u.n <= 2 and u.text.strip().rstrip(":").strip().lower() in cues.LIST_LABELS[NAVIGATION]


def _empty_tag_field(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a tag or category label alone, or the value under it, where the value is a
    template's "none" ("Tags" / "(none)")?  The site's field for the post's tags, no tag given."""
    u = units[i]
    if u.text.strip().lower() in _NO_VALUE:
        return i > 0 and _tag_label(units[i - 1])
    return i + 1 < len(units) and units[i + 1].text.strip().lower() in _NO_VALUE and _tag_label(u)


_LONE_MARKS = frozenset(("¦", "(", ")", "()", "[", "]", "[]", "/"))  # and bars, commas (``_separators_only``)
LONE_MARK = "separator left by the page's links"


_SEPARATORS = lazy(r"\s*(?:,\s*)+|\s*(?:\|\s*)+")
# a site builder's download box, its fields set as a table (Weebly: "report.pdf | |" / "File
# Size: | 84 kb |" / "File Type: | pdf |")
_FILE_BOX = lazy(r"^\s*(?:file\s+(?:size|type)\s*:\s*\||[\w.-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip)\s*\|\s*\|?\s*$)", re.I)
FILE_BOX_WORDS = 6
FILE_BOX = "a file download box"  # heads no list (``lists.extend_headed_lists``)
# a document viewer's page marker ("P:01", "P:02")
_VIEWER_PAGE = lazy(r"^\s*P:\d{1,3}\s*$")
# a blog's link to the rest of a post, its title quoted ("Continue reading “Have You Had Your Brownie Today?”")
_CONTINUE_READING = lazy(r"^\s*continue\s+reading\s*[“\"‘'«]", re.I)
CONTINUE_TITLE_WORDS = 24
# a share or follow button's icon named for screen readers ("Twitter brand", "Envelop icon")
_NETWORK_ICON = lazy(
    r"^\s*(?:twitter|facebook|linkedin|reddit|pinterest|instagram|youtube|whatsapp|tiktok|telegram|tumblr|"
    r"email|e-mail|envelope?|envelop|rss|print|x)\s+(?:brand|icon|logo)\s*$",
    re.I,
)
# a page-views plugin's counter under a post ("(Visited 46 times, 1 visits today)")
_VISITS = lazy(r"^\s*\(Visited\s+[\d,]+\s+times?,\s+[\d,]+\s+visits?\s+today\)\s*$")
# WordPress's post line with the writer's name lost ("Posted by in christmas play")
# a post's meta line, its author's name not copied ("Posted by in Uncategorized", "Written by  in
# category ", "Posted by  on "): the byline's words with nothing where the name was
_POSTED_BY_IN = lazy(r"^\s*(?:Posted|Written|Published|Submitted|Added)\s+by\s+(?:in|on)(?:\s+\S[^.!?]{0,60})?\s*$")
POSTED_IN_WORDS = 10
# a byline's label over the story, its name not copied ("Posted by:", "• Post author:"); a bare
# "By:" is the one-word test's in ``classify``
_EMPTY_BYLINE = lazy(r"^[\s•·*-]*(?:(?:posted|written)\s+by|(?:post\s+)?author)\s*:$", re.I)


# a link back to the list the page belongs to ("Back to Project Types", "Back to All News", "← Back
# to blog"); "Back to school" names no list
_BACK_TO_LIST = lazy(
    r"^\W{0,3}back\s+to\s+(?:all\s+|the\s+|our\s+)?(?:[\w&'’-]+\s+){0,3}?"
    r"(?:news|blogs?|posts|articles|events|projects?|types|list(?:ing)?s?|overview|results|search|index|categories|stories|archives?|updates|press\s+releases|resources|guides|faqs?)\s*\W{0,3}$",
    re.I,
)
BACK_TO_WORDS = 7
# a form's field whose label is marked required, its box gone ("Gender: *", "Display Name: *")
_REQUIRED_FIELD = lazy(r"^\s*[A-Z][\w'’/&.() -]{0,30}:\s*\*\s*$")
REQUIRED_FIELD_WORDS = 6
# a metered paywall's count ("This is the 1st of your 3 free articles", "You have 2 free stories left")
_FREE_METER = lazy(
    r"^\s*(?:this\s+is\s+(?:the\s+|your\s+)?\w+\s+of\s+(?:your\s+)?\d{1,2}\s+free\s+(?:articles?|stories|reads)"
    r"|you\s+have\s+\d{1,2}\s+free\s+(?:articles?|stories|reads)\s+(?:left|remaining))\b",
    re.I,
)
METER_WORDS = 14
# a comment form's sum against spam, its answer box gone ("2 + 2 =", "7 × 3 = ?")
_SUM_CHECK = lazy(r"^\s*(?:\d{1,2}|" + shape.NUMBER_WORDS + r")\s*[+×x*−-]\s*(?:\d{1,2}|" + shape.NUMBER_WORDS + r")\s*=\s*\??\s*$", re.I)
# a form's counter under its box ("You have 150 characters left", "500 characters remaining")
_CHARACTERS_LEFT = lazy(r"^\s*(?:you\s+have\s+)?\d{1,5}\s+characters?\s+(?:left|remaining)\.?\s*$", re.I)
# a web app's template tags printed unfilled ("{{ question.username }} asked", "{{question.description}}")
_TEMPLATE_TAG = lazy(r"\{\{\s*[\w.]+\s*\}\}")
PLACEHOLDER_WORDS = 12
TEMPLATE_REST_WORDS = 3  # the words beside the tags ("asked"); a story's dateline with a counter's tag keeps its date


def _unfilled_template(text: str) -> bool:
    """Is the line a template's tags with a word or two ("{{ question.username }} asked"), none of
    them inside a link's address ("![]({{DOMAIN}}/play.png)": a picture whose link is gone)?"""
    tags = list(_TEMPLATE_TAG.finditer(text))
    if not tags or any((before := text[: m.start()].rstrip()[-1:]) and before in "(/=" for m in tags):
        return False
    return len(_TEMPLATE_TAG.sub(" ", text).split()) <= TEMPLATE_REST_WORDS


def _above_story(u: Unit, ctx: Context) -> bool:
    """Does the block stand above the story's first paragraph, where its byline goes?  Under the
    story a blog's "Posted By:" among its stamp and categories is the post's own footer."""
    return ctx.body is not None and u.index < ctx.body[0]


def _name_follows(units: list[Unit], i: int) -> bool:
    """Does the next block open with a name: the label's value on a line of its own ("Posted by:" /
    "Jane Holloway"), or the author's note under it ("Author:" / "Deborah Shane is a branding
    strategist ...")?"""
    if i + 1 >= len(units):
        return False
    text = units[i + 1].text.strip()
    return looks_like_person(text) or looks_like_person(" ".join(w.strip(",.;:") for w in text.split()[:2]))


# a tag line with only the commas between its tags left ("Tagged , , , , , ,", "Tags: , , ,")
_EMPTY_TAGS = lazy(r"^\s*(?:tagged|tags|filed under|posted in)\s*:?\s*(?:,\s*){2,}$", re.I)
# a blog theme's meta line under the post ("Posted in DIY Sewing, Inspiration and tagged sewing,
# patterns.", "This entry was posted in News and tagged , , , ." with the tags not copied)
_POSTED_AND_TAGGED = lazy(r"^\s*(?:this\s+(?:entry|post)\s+was\s+)?posted\s+in\s+[^.!?]{1,80}?\s+and\s+tagged\b[^.!?]{0,300}\.?\s*$", re.I)
POSTED_AND_TAGGED_WORDS = 60


def _separators_only(text: str) -> bool:
    """Bars alone ("|", "||||||||") or commas alone (", , , ,"): what a row of links left between
    the links' texts, none of which was copied."""
    return text.lstrip()[:1] in ",|" and _SEPARATORS.fullmatch(text) is not None


_BULLETS = frozenset("•·▪◦")
EMPTY_ITEM = "empty item of a row of links (icons whose text was not copied)"
SHARE_CALL_WORDS = 6  # a call to share is this short ("You can share this post!"); longer, a sentence
BUTTON_LABEL_WORDS = 3  # "• Print.", "• Share on X": a button's label beside the empty items


def _among_bullets(units: list[Unit], i: int) -> bool:
    """Does a bullet alone on its line stand next to another bullet, alone or with a button's
    label ("•" / "•" / "• Print.")?  A row of share or follow icons whose labels were images; a
    story's list has no empty item, and a scene break is one mark alone."""
    mark = units[i].text.strip()
    for k in (i - 1, i + 1):
        if 0 <= k < len(units):
            t = units[k].text.strip()
            if t.startswith(mark) and units[k].n <= BUTTON_LABEL_WORDS:
                return True
    return False


# "1." / "2." / "3.": the numbers of a numbered list whose items (links, pictures) were not copied;
# a story's numbered list has its items on the numbers' lines or between them
_BARE_ORDINAL = lazy(r"\s*(\d{1,3})[.)]\s*")
EMPTY_NUMBERS_RUN = 3


# "• 1" / "• 2" / "• 3": a slider's or a gallery's page dots, each with its number for screen readers
_BULLETED_NUMBER = lazy(r"\s*[•·]\s*(\d{1,3})\s*")
PAGE_DOTS = "a slider's page numbers"


def _ordinal(units: list[Unit], k: int, pattern=_BARE_ORDINAL) -> int | None:
    if 0 <= k < len(units) and units[k].n == 1:
        m = pattern.fullmatch(units[k].text)
        if m:
            return int(m[1])
    return None


def _empty_numbers(units: list[Unit], i: int, number: int, pattern=_BARE_ORDINAL) -> bool:
    """Is the bare number one of a run of at least ``EMPTY_NUMBERS_RUN`` counting up a line at a
    time ("1." / "2." / "3."; with ``_BULLETED_NUMBER``, "• 1" / "• 2" / "• 3")?  Looks no further
    than the run needs either way."""
    run = 1
    for step in (-1, 1):
        for d in range(1, EMPTY_NUMBERS_RUN):
            if _ordinal(units, i + step * d, pattern) != number + step * d:
                break
            run += 1
    return run >= EMPTY_NUMBERS_RUN


# a sentence encoded for a link, its spaces made "+" ("Debate+students+travel+all+over+the+region"):
# the text a share button hands to the network, copied with the button
_PLUS_ENCODED = lazy(r"[^\s+]+(?:\+[^\s+]+){4,}")
ENCODED_TEXT = "a share button's text, encoded for its link"


def _row_closed(units: list[Unit], i: int) -> bool:
    """Is the bar alone on its line the end of a table's row taken apart, its first cell closed
    by a bar two lines up and its second cell between ("Adult Civic Recognition |" / "Presented
    to a citizen ..." / "|")?"""
    return i >= 2 and _barred(units[i - 2].text) and bool(units[i - 1].words) and "|" not in units[i - 1].text


def _pipe_table(ctx: Context) -> bool:
    """Does the draft hold a table written with bars (a line that is its header's rule), or one
    taken apart cell by cell: a bar alone on each line between its cells, the cells mostly figures
    ("|" / "Jan 2022" / "|" / "11.5" / "|" / "14.7"), or each cell closed by its bar, some of them
    figures ("Injury |" / "Severity |" / "Up to £28,250 |")?  Then a bar alone on a line is a cell's
    edge, a month with its year a cell, and cells closed by bars no breadcrumb trail.  Asked once
    per draft, however many bars stand in it (a converted slide has dozens)."""
    if ctx.pipe_table is None:
        units = ctx.units
        ruled = any(table_rule(v) for v in units)
        bars = [k for k, v in enumerate(units) if v.text.strip() == "|"]
        if not ruled and len(bars) >= CELL_BARS:
            cells = [v.text.strip() for v in units if v.words]
            ruled = CELL_FIGURES * sum(1 for c in cells if _FIGURE_CELL.fullmatch(c)) >= len(cells)
            # or a row's end left as two bars in a row, a cell between bars holding a sentence's
            # worth of words ("Kinney Shoes" / "|" / "1998" / "|" / "Parent company restructuring,
            # shift in market demand ..." / "|" / "|"): a menu's links are short and one bar apart
            if not ruled and any(b - a == 1 for a, b in zip(bars, bars[1:])):
                ruled = any(units[k].n >= CELL_SENTENCE_WORDS for k in range(bars[0] + 1, bars[-1]))
        if not ruled:
            closed = [v.text for v in units if _barred(v.text)]
            ruled = len(closed) >= CELL_BARS and CELL_DIGITS * sum(1 for t in closed if any(c.isdigit() for c in t)) >= len(closed)
        ctx.pipe_table = ruled
    return ctx.pipe_table


CELL_BARS = 10  # a table taken apart leaves this many bars on their lines at least
CELL_FIGURES = 3  # ... and one cell in three at least is a figure (a bar alone between cells)
CELL_SENTENCE_WORDS = 8  # ... or a cell holds this many words
CELL_DIGITS = 5  # ... or one cell in five holds a figure (each cell closed by its bar)
_FIGURE_CELL = lazy(r"[-+−]?[$£€]?\d[\d,.]*\s*%?")


PLAYER_TIMES = 4  # "0:00 / 3:45", "0:00 0:00": an audio or video player's counters
_CLOCK_TIME = lazy(r"\d{1,2}:\d{2}(?::\d{2})?")


def _player_counter(text: str) -> bool:
    """Is the line a player's time counter, nothing but times of which one is "0:00" (the start)?
    A programme's "10:00" is no counter."""
    times = text.replace("/", " ").split()
    return "0:00" in times and all(_CLOCK_TIME.fullmatch(t) for t in times)


FRAGMENT_CHARS = 3  # a line this short holding a letter or a figure: a fragment of a word ("MMIT", "Bi")
SHATTERED_LINES = 20  # a draft of this many lines at least, half of them fragments, was shattered


def _shattered(ctx: Context) -> bool:
    """Was the draft's text broken into fragments, a few letters to a line, as a PDF's text
    layer comes out of some extractors ("IN C" / "O" / "MMIT" / "TE" / "E" / ... / "(" / "as" /
    "i" / "n")?  Then a bracket or a comma alone on its line is a piece of a sentence, and "ad"
    a piece of a word, no link's separator or ad slot's label.  Asked once per draft."""
    if ctx.shattered is None:
        units = ctx.units
        fragments = sum(1 for v in units if len(v.text.strip()) <= FRAGMENT_CHARS and any(c.isalnum() for c in v.text))
        ctx.shattered = len(units) >= SHATTERED_LINES and 2 * fragments >= len(units)
    return ctx.shattered


def classify(u: Unit, ctx: Context) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    n = u.n
    if n <= FILE_BOX_WORDS and "|" in text and _FILE_BOX.match(text):
        return NAVIGATION, FILE_BOX  # (a file's name alone holds no word)
    if n == 0:
        return None
    if len(text) <= FRAGMENT_CHARS + 2 and len(text.strip()) <= FRAGMENT_CHARS and _shattered(ctx):
        return None  # a piece of a shattered sentence ("(", ",", "ad")
    if not u.words:
        mark = text.strip()
        if mark == "©":
            return COPYRIGHT, "copyright sign on its own"
        if mark in _LONE_MARKS or _separators_only(text):
            if mark[:1] == "|" and (_pipe_table(ctx) or _row_closed(ctx.units, u.index)):
                return None  # an empty cell of a table written with bars ("Exception | Proof |" / "---|---|")
            return NAVIGATION, LONE_MARK  # a bar or a bracket on its own: what a menu or a box left of its links
        if mark in _BULLETS and _among_bullets(ctx.units, u.index):
            return NAVIGATION, EMPTY_ITEM
        if mark[:1] in "![" and _EMPTY_MARKUP.fullmatch(mark):
            if mark[-1] == "|" and _pipe_table(ctx):
                return None  # a picture's cell of a table written with bars, the picture lost (a team's badge in a league table)
            return DANGLING, "empty picture or link markup, its picture or link lost"
    if n <= 2 and _empty_tag_field(ctx.units, u.index):
        return NAVIGATION, "a tag list whose tags were not copied"
    if n == 1:
        word = text.strip(" \t•·-–—:|")
        if word in _EMPTY_VALUES and _beside_text(ctx.units, u.index):
            return NOTICE, "a template's empty value printed where a field was"
        if word == "By" and text.strip() != "By":
            return NAVIGATION, "a byline whose name was not copied"
    if n <= FOLLOW_ROW_WORDS and " on " in text and _follow_row(text):
        return SHARE, "a row of follow buttons, one for each network"
    if n <= 6 and text.lstrip()[:8] == "(Visited" and _VISITS.match(text):
        return NAVIGATION, "a page's visit counter"
    if n <= POSTED_IN_WORDS and " by " in text[:16] and _POSTED_BY_IN.match(text):
        return NAVIGATION, "a byline whose name was not copied"
    if n <= 2 and text.rstrip()[-1:] == ":" and _EMPTY_BYLINE.match(text) and _above_story(u, ctx) and not _name_follows(ctx.units, u.index):
        return NAVIGATION, "a byline whose name was not copied"
    if n <= BACK_TO_WORDS and "back to" in text[:12].lower() and _BACK_TO_LIST.match(text):
        return NAVIGATION, "a link back to the site's list"
    if n <= REQUIRED_FIELD_WORDS and text.rstrip()[-1:] == "*" and _REQUIRED_FIELD.match(text):
        return LOGIN, "a form's required field, its box not copied"
    if n <= METER_WORDS and "free" in text and _FREE_METER.match(text):
        return NOTICE, "paywall or subscription notice"
    if n <= 6 and "=" in text and _SUM_CHECK.match(text):
        return LOGIN, "a form's sum against spam, its box not copied"
    if n <= 6 and "haracters" in text and _CHARACTERS_LEFT.match(text):
        return LOGIN, "a form's count of the characters left"
    if n <= PLACEHOLDER_WORDS and "{{" in text and _unfilled_template(text):
        return NOTICE, "a web app's template tag, printed unfilled"
    if n <= 2 and text.lstrip()[:2] == "P:" and _VIEWER_PAGE.match(text):
        return NAVIGATION, "a document viewer's page marker"
    if n <= CONTINUE_TITLE_WORDS and text.lstrip()[:8].lower() == "continue" and _CONTINUE_READING.match(text):
        return RELATED, "a link to the rest of the post"
    if n <= 3 and "," in text and _EMPTY_TAGS.match(text):
        return NAVIGATION, "a tag list whose tags were not copied"
    if n <= POSTED_AND_TAGGED_WORDS and "tagged" in u.lower and _POSTED_AND_TAGGED.match(text):
        return NAVIGATION, "the post's categories and tags"
    if n == 2 and text.rstrip()[-4:].lower() in ("rand", "icon", "logo") and _NETWORK_ICON.match(text):
        return SHARE, "a share button's icon, its label for screen readers"
    if n <= PLAYER_TIMES and "0:00" in text and _player_counter(text):
        return NAVIGATION, "a media player's time counter"
    if "+" in text and " " not in (stripped := text.strip()) and _PLUS_ENCODED.fullmatch(stripped) and sum(ch.isalpha() for ch in text) > len(text) // 2:
        return SHARE, ENCODED_TEXT
    if n == 1 and text[-1:] in ".)" and (number := _ordinal(ctx.units, u.index)) is not None and _empty_numbers(ctx.units, u.index, number):
        return NAVIGATION, EMPTY_NUMBERS
    if n == 1 and text.lstrip()[:1] in "•·" and (number := _ordinal(ctx.units, u.index, _BULLETED_NUMBER)) is not None and _empty_numbers(ctx.units, u.index, number, _BULLETED_NUMBER):
        return NAVIGATION, PAGE_DOTS
    hit = embed_line(u)
    if hit:
        return hit
    landmark = _landmark(u, ctx.body_words)
    if landmark:
        return landmark
    if "viewing" in u.lower:
        m = _VIEWING.match(text)
        if m and n - len(m.group().split()) >= VIEWED_TITLE_WORDS and n <= HEADLINE_MAX_WORDS + 4 and u.final not in shape.SENTENCE_END:
            return NAVIGATION, VIEWING, u.start + m.start(), u.start + m.end()
    short = n <= SHORT_WORDS
    if n <= DOC_TITLE_WORDS and text.lstrip()[:8] in ("Download", "DOWNLOAD") and _DOWNLOAD_TITLE.match(text):
        return NAVIGATION, "link to download the document"
    if n <= AGE_NOTICE_WORDS and text.lstrip()[:5] == "This " and _AGE_NOTICE.match(text):
        return NOTICE, "an archive's note on the story's age"
    if n <= DOC_TITLE_WORDS and text.lstrip()[:4] == "Full" and _FULL_TEXT_OF.match(text):
        return NAVIGATION, "a digital library's title over the scanned text"
    if n <= DOC_TITLE_WORDS and text.lstrip()[:1] == "[" and _PAGE_COUNT.match(text):
        return NAVIGATION, "the document's page count and its title"
    if n <= EDIT_NOTE_WORDS and "dited" in text[:20] and _EDIT_NOTE.match(text):
        return COMMENTS, EDIT_NOTE
    if n <= NUMBERED_CRUMB_WORDS + 1 and text.lstrip()[:1].isdigit() and _numbered_crumbs(ctx, u.index):
        return NAVIGATION, "breadcrumb trail"
    if n <= CUE_MAX_WORDS and text.lstrip()[:1] in _CRUMB_FIRST:
        hit = breadcrumb(u)
        if hit:
            return hit
    if n <= CUE_MAX_WORDS and ("»" in text or "›" in text or "→" in text or ">" in text) and _trail(text):
        return NAVIGATION, "breadcrumb trail"
    if "|" in text and text.lstrip()[:1] == "[" and (_BRACKETED_MENU.fullmatch(t := text.strip()) or _BRACKETED_LINKS.fullmatch(t)):
        return NAVIGATION, "menu of the site's sections"
    if text.lstrip()[:1] == "|" and _barred_menu(ctx, u.index):
        return NAVIGATION, "menu of the site's sections"
    if n <= CRUMB_LINE_WORDS and _barred(text) and _in_barred_run(ctx.units, u.index) and not _pipe_table(ctx):
        return NAVIGATION, "breadcrumb trail"
    if n <= HATNOTE_MAX_WORDS and not u.lower.isdisjoint(_WIKI_WORDS):
        hit = _wiki_furniture(text)
        if hit:
            return NAVIGATION, hit
    if n <= WIKI_REVISION_WORDS and "contribs" in u.lower and _WIKI_REVISION.match(text):
        return NAVIGATION, "a wiki's line over an old revision of the page"
    if n <= WIKI_STAMP_WORDS and text.lstrip()[:1] in "RT" and _WIKI_STAMP.match(text.strip()):
        return NAVIGATION, "a wiki's revision, edit or retrieval line"
    if n <= 4 and "%" in text and _PROGRESS.match(text):
        return NAVIGATION, "a progress bar's label"
    if n <= WIKI_SOURCE_WORDS and wiki_source(u):
        return NAVIGATION, WIKI_LINE
    if n <= ABOUT_MAX_WORDS and ("about" in u.lower or "uses" in u.lower) and _ABOUT_HATNOTE.match(text):
        return NAVIGATION, "a wiki's pointer to other articles of the name"
    if n <= SLUG_MAX_WORDS and "-" in text and _SLUG.fullmatch(text.strip()):
        return NAVIGATION, SLUG
    if n <= CUE_MAX_WORDS and "appeared first on" in text and _FEED_FOOTER.match(text.strip()):
        return COPYRIGHT, "a feed's footer naming the site the post first appeared on"
    if n <= CUE_MAX_WORDS:
        fam = cue("anywhere", u)
        if not fam and short:
            fam = cue("short", u)
            # "Most popular ..." or "Related coverage ..." may open a sentence of the story, and
            # inside a longer line ("A look back at the top stories on Election Day") the words
            # are the story's: a list's label heads it.  A menu's entries are no sentences
            # ("Links to all articles cited also provided.")
            # Nor does a share button's label inside a sentence ("But I did print this little
            # woodcut after everyone went home."; a call to share ends on "!": "You can share
            # this post!")
            # A list's label may trail off into the list it heads ("You might also like these
            # attractions..."): a lead and an ellipsis, no sentence
            # A box's label may ask the reader about the stories under it, its phrase leading
            # ("Maybe you missed these episodes?")
            if n > 4 and fam in (RELATED, NAVIGATION) and not _trailing_lead(u, fam) and (
                (u.final in shape.SENTENCE_END and not (fam == RELATED and _asks_after_these(u)))
                or (fam == RELATED and cue("short", u, lead_only=True) != RELATED)
            ):
                fam = None
            elif n > SHARE_CALL_WORDS and fam == SHARE and u.final == "." and cue("short", u, lead_only=True) != SHARE:
                fam = None
            elif n > 4 and fam == NAVIGATION and _names_its_subject(u, ctx):
                fam = None
            elif n > 4 and fam in (RELATED, NAVIGATION) and (wrapped_line(ctx.units, u.index) or inside_wrapped(ctx.units, u.index)):
                fam = None  # a line of a hard-wrapped paragraph ("... goes from being a clumsy girl to the" / "most popular girl in town before becoming the most hated person in")
            elif fam == NAVIGATION and n <= 3 and text.strip().lower() in _ABOUT_TITLES and _titles_about_page(ctx.units, u.index):
                fam = None
        if fam:
            # "... after a long debate. © 2024 Reuters. All rights reserved.": the line run on
            # after the paragraph, not the paragraph
            return (fam == COPYRIGHT and "©" in text and copyright_credit(u)) or (fam, describe(fam, u.lower))
    elif n <= OPENING_CUE_MAX_WORDS and not topic_keys("anywhere").isdisjoint(u.topics):
        # a notice longer than a cue block opens with its cue ("This article is accessible to
        # registered users, to continue reading please register for free. A free trial ...")
        first = straight(_SENTENCE_BREAK.split(text.strip(), 1)[0])
        if len(first.split()) <= OPENING_SENTENCE_WORDS and not shape.quotes(first):
            lower = frozenset(w.lower() for w in shape.WORD.findall(first))
            fam = phrase_cue("anywhere", lower, first)
            if fam:
                return fam, describe(fam, lower)
    if copyright_cue(text) and not _enumerated_c(ctx.units, u.index) and not signed_picture(ctx.units, u.index):
        hit = copyright_credit(u) or _copyright_or_credit(u)
        if hit:
            return hit
    if n <= POWERED_MAX_WORDS and ctx.edge[u.index] and _powered_by(text):
        return COPYRIGHT, "site credit"
    if shape.is_month_row(u.words):  # "2011: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
        return NAVIGATION, "archive by month"
    if short and ":" in text[:30]:
        # "Tags: Iran, Iraq", "Our Standards: The Thomson Reuters Trust Principles." (a list's
        # label leads it however the list ends)
        hit = _list_label(text)
        if hit:
            return hit
    if n <= LINK_MAX_WORDS and (":" in text[:30] or "|" in text[:30] or text.lstrip("[(*•>»›- ")[:4] in _RUN_IN_FIRST):
        hit = _labelled_link(text)
        if hit:
            return hit
    if short and u.final not in shape.SENTENCE_END and text.lstrip()[:1] in _ARCHIVE_FIRST and _ARCHIVE_HEADING.match(text.lstrip()):
        return NAVIGATION, ARCHIVE_HEADING
    if short and not (u.final in shape.SENTENCE_END and n > 6):
        hit = _label_or_lead(u, ctx)
        if hit:
            return hit
    if n <= LISTING_LABEL_WORDS and ctx.repeated[u.index] and _listing_label(u, ctx):
        return NAVIGATION, "a section label repeated over each listed story"
    if n <= HEADLINE_MAX_WORDS and u.final not in shape.SENTENCE_END and ":" in text[:LABEL_PREFIX_CHARS] and _prefixed_listing(u, ctx):
        return RELATED, "headline of another story on a listing page"
    if u.index and ":" in ctx.units[u.index - 1].text[:LABEL_PREFIX_CHARS] and _prefixed_listing(ctx.units[u.index - 1], ctx, u.index):
        return RELATED, TEASER
    if STUFFED_MIN_WORDS <= n <= STUFFED_MAX_WORDS and u.final not in shape.SENTENCE_END and _stuffed(u):
        return NAVIGATION, "a phrase repeated over and over (the page's keywords or a picture's text)"
    if n <= 4 and _counter(text):
        return CREDIT, "photo-gallery counter"
    if n <= 8:
        hit = short_widget(text)
        if hit:
            return hit
    if n <= FOLLOW_LINE_WORDS and text.lstrip()[:1] in "FfLl" and " on " in text and _follow_networks(text):
        return SHARE, "follow button"
    if n <= FORM_MESSAGE_WORDS and _form_message(ctx.units, u.index):
        return LOGIN, "a sign-up form's error messages"
    if n <= COUNTDOWN_WORDS and text.rstrip()[-1:] in "sS." and _COUNTDOWN.search(text.rstrip()):
        return NOTICE, "countdown timer"
    if (n <= CLICK_MAX_WORDS and ("click" in u.lower or "tap" in u.lower) and _CLICK_TO_VIEW.match(text)) or (
        n <= ENLARGED_MAX_WORDS and "clicking" in u.lower and _ENLARGED_VERSION.match(text)
    ):
        return NAVIGATION, "a picture's or a map's instruction to click"
    if n <= PAGER_MAX_WORDS and u.final not in shape.SENTENCE_END and _PAGER.match(text):
        return NAVIGATION, "page navigation"
    if n <= BRACKET_MENU_WORDS and ("] [" in text or "][" in text) and _bracket_menu(text):
        return NAVIGATION, "links in brackets"
    if comment_heading(u):
        return LOGIN, "heading of the comment section"
    if n <= ADD_ONE_WORDS and "omment" in text and _ADD_ONE.match(text):
        return LOGIN, "the comment count with its call to add one"
    if n <= HEADLINE_MAX_WORDS and ("pingback" in u.lower or "trackback" in u.lower) and _PINGBACK.match(text):
        return RELATED, "pingback: another blog's link to the post"
    if n <= SEE_ALL_WORDS and text.rstrip()[-3:].lower() in ("all", "ore") and _SEE_ALL.search(text):
        return RELATED, "heading of a box of other stories, with its link to all of them"
    if n <= HEADLINE_MAX_WORDS + 2 and text.lstrip()[:5] in ("MORE:", "ALSO:") and _CAPS_MORE.match(text) and u.final not in shape.SENTENCE_END:
        return RELATED, "link to another story"
    if n <= VIEW_WORDS and not u.lower.isdisjoint(_VIEW_WORDS) and _VIEWS.match(text):
        return SHARE, "vote counter" if "pvote" in text else "view counter"
    if n <= THREAD_COUNTER_WORDS and ("has" in u.lower or "rated" in u.lower) and _THREAD_COUNTER.match(text):
        return SHARE, "reply or rating counter"
    if n <= READ_TIMES_WORDS and text[-6:].lower() == "times)" and _READ_TIMES.search(text):
        return SHARE, "a forum topic's title with its view counter"
    if n <= GONE_MAX_WORDS and ("vailable" in text or "ound" in text or "xist" in text or "emoved" in text) and _GONE.match(text.strip()):
        return NOTICE, GONE
    if ("ffiliat" in text or "ommission" in text or "ompensat" in text) and _affiliate_disclosure(text if n <= CUE_MAX_WORDS else _opening(text)):
        return NOTICE, AFFILIATE_DISCLOSURE
    if "|" in text and ("ookie" in text or "uration" in text) and _COOKIE_TABLE.match(text):
        return NOTICE, "a cookie notice's table of its cookies"
    if n <= LOGO_MAX_WORDS and text.rstrip()[-4:] in ("Logo", "LOGO", "logo") and _logo(u):
        return NAVIGATION, "site logo (its image text)"
    if n <= NEWSLETTER_OFFER_WORDS and ("ewsletter" in text or "EWSLETTER" in text) and (
        _NEWSLETTER.search(text) if n <= 10 else _NEWSLETTER_OFFER.match(text)
    ):
        return SHARE, "newsletter prompt"
    if n <= ENJOYED_MAX_WORDS and text.lstrip()[:3] in ("Enj", "Did", "ENJ", "DID") and _ENJOYED.match(text.strip()):
        return SHARE, "the question over a share or donation box"
    if 2 <= n <= PROMO_MAX_WORDS and promotion(text):
        return SHARE, "subscription promotion"
    hit = _glued(u, ctx) or page_code(u)
    if hit:
        return hit
    for test in (credit, tagline, foreign_script, foreign_language, dangling):
        hit = test(u, ctx)
        if hit:
            return hit
    return None


OPENING_CUE_MAX_WORDS = 100

# A box's heading with its button run in: "Reports on India-Pakistan tension See all", "Upcoming
# Events View All", "Most Recent Budget l View All" (no sentence before the button)
_SEE_ALL = lazy(r"^[^.!?]{2,80}?\s(?:See|View|SEE|VIEW)\s+(?:all|All|ALL|more|More|MORE)$")
SEE_ALL_WORDS = 10

# A site's "about" links, which an about page also takes for its title and its headings
_ABOUT_TITLES = frozenset(("about us", "about", "who we are", "what we do", "meet the team", "our story", "our history", "our mission"))


def _titles_about_page(units: list[Unit], i: int) -> bool:
    """Is the "About Us" at block ``i`` the title or a heading of the about page itself ("About Us"
    / "Our club was founded in 1994 ..."): the draft's first block or under a paragraph, with a
    paragraph right under it (or under one more heading: "About Us" / "History" / "In the autumn
    of 1997 seven would-be woodturners met ...")?  A menu's "About Us" stands among its links, and
    an about link over another page's title ("About us" / "Interrupting customers supply") heads no
    paragraph."""
    if i > 0 and not units[i - 1].prose:
        return False
    below = units[i + 1 : i + 3]
    if not below:
        return False
    if below[0].prose:
        return True
    return len(below) == 2 and below[0].n <= 3 and below[0].final not in shape.SENTENCE_END and below[1].prose
# the line a feed (WordPress's RSS) puts under every post: "The post U.S., Japan, India and
# Philippines challenge Beijing ... appeared first on Interaksyon."
_FEED_FOOTER = lazy(r"^The post .{3,}? appeared first on [^\s,;][^,;]{0,60}$")

OPENING_SENTENCE_WORDS = 30


def copyright_cue(text: str) -> bool:
    """ "©", "(c)" or a line opening with "copyright", in any case.  Read without lowering the
    whole text (a paragraph, mostly): only "C" lowers to "c", and a line whose first nine
    characters lower to "copyright" is one whose lowered text starts with it."""
    return "©" in text or "(c)" in text or "(C)" in text or text[:9].lower() == "copyright"


# The page's path to the story: "Home / Politics / Council approves budget", "You are here: Home »
# Comics » ...", "Browse: Home / ...".  It opens with the site's home (capitalised: "home / away
# kits" is prose) or with the trail's own label, and a separator follows each step.  The story's
# title often ends the trail: only the steps are flagged then, and the title is left to the copy
# editing; a trail of sections alone ("Home > Technology") is flagged whole.
_CRUMB_LABEL = r"(?:You\s+are\s+here|YOU\s+ARE\s+HERE|You\s+Are\s+Here|Browse|BROWSE|Breadcrumbs?|Du\s+bist\s+hier|Vous\s+êtes\s+ici|Estás\s+en|Sei\s+in)\s*:\s*"
_CRUMB_HOME = r"(?:Home|HOME|Homepage|Startseite|Accueil|Inicio|Início|Главная)"
_CRUMB_SEP = r"\s*(?:[/>»›→|]|::)\s*"
# a label that may name other things than a trail ("Current: 5 amps", "Location: Ely") opens one
# only with the home step after it: "Current:Home > Markets"
_CRUMB_HOME_LABEL = r"(?:Current(?:\s+(?:[Ll]ocation|[Pp]age))?|Location)\s*:\s*"
_CRUMB = lazy(
    rf"^\s*(?:{_CRUMB_LABEL}(?:{_CRUMB_HOME}{_CRUMB_SEP})?|{_CRUMB_HOME_LABEL}{_CRUMB_HOME}{_CRUMB_SEP}|{_CRUMB_HOME}(?P<sep>{_CRUMB_SEP}))(?=\S)"
)
_CRUMB_FIRST = frozenset("YBDVESHAIГCL")
CRUMB_SECTION_WORDS = 4  # a last step this short is a section, not the story's title


# the note a forum prints under a post its writer edited: "-- Edited by Steve Atkins on Monday 1st of
# February 2010 07:31:24 PM", "Last edited by hepcat; 12-03-2011 at 10:15 PM." (a name, then a date)
_EDIT_NOTE = lazy(r"^\W{0,3}(?:last\s+)?edited\s+by\s+\S+(?:\s+\S+){0,3}?\s*(?:\bon\b|;|,|\bat\b)\s*\S*\s*\S*\d", re.I)
EDIT_NOTE_WORDS = 16


# a document site's button with the document's title in quotation marks: 'Download "12.
# Reconstructing prehistoric and historic settlement in County Cork"' (the title alone, nothing after)
_DOWNLOAD_TITLE = lazy(r"^\s*(?:Download|DOWNLOAD)\s+[\"“][^\"“”]{3,}[\"”]\s*$")
DOC_TITLE_WORDS = 30  # a document title in a site's line ("Download", "Full text of", "[Pages:N]")
# an archive's note on an old story, alone on its line: "This story is over 5 years old.", "This
# post is more than 5 months old" (after a date on the same line, the date is the story's)
_AGE_NOTICE = lazy(
    r"^\s*This\s+(?:(?:story|article|post|page)\s+is\s+(?:over|more\s+than)\s+\d+\s+(?:years?|months?)\s+old"
    # "This was published 20 years ago", "This article was first published more than 5 years ago."
    r"|(?:(?:story|article|post|page|item|report)\s+)?(?:was|has\s+been)\s+(?:first\s+)?(?:published|posted|written)\s+"
    r"(?:more\s+than\s+|over\s+|about\s+)?(?:\d+|an?|" + shape.NUMBER_WORDS + r")\s+(?:years?|months?)\s+ago)"
    r"\.?\s*$"
)
AGE_NOTICE_WORDS = 10
# a digital library's title over a scanned book's text: 'Full text of "The Handbell Choir"'
_FULL_TEXT_OF = lazy(r"^\s*Full\s+text\s+of\s+[\"“][^\"“”]{2,}[\"”]\s*$")
# and its count of the document's pages run into the title: "[Pages:10]Chain Maille Rings"
_PAGE_COUNT = lazy(r"^\s*\[\s*(?:Pages?|PAGES?)\s*:\s*\d+\s*\]")


# a trail written as a numbered list, one step a line, outside the story: "1. About.com" / "2. Home"
# / "3. Landscaping" (a story's own numbered list has no step "Home")
_NUMBERED_STEP = lazy(r"^\s*\d{1,2}\.\s+(\S.*)$")
NUMBERED_CRUMB_WORDS = 3
_HOME_STEPS = frozenset(("home", "homepage", "home page", "main page"))


def _numbered_crumbs(ctx: Context, i: int) -> bool:
    """Is block ``i``, outside the story's body, a step of a run of numbered short lines one of
    which is the site's home?  The runs are found once per draft, in one pass."""
    if ctx.body is not None and ctx.body[0] <= i <= ctx.body[1]:
        return False
    if ctx.numbered_crumbs is None:
        ctx.numbered_crumbs = _crumb_runs(ctx.units)
    return ctx.numbered_crumbs[i]


def _crumb_runs(units: list[Unit]) -> list[bool]:
    out = [False] * len(units)
    run: list[int] = []
    home = False
    for u in [*units, None]:
        m = _NUMBERED_STEP.match(u.text) if u is not None and u.text.lstrip()[:1].isdigit() else None
        if m and len(m[1].split()) <= NUMBERED_CRUMB_WORDS:
            run.append(u.index)
            home = home or m[1].strip().lower() in _HOME_STEPS
            continue
        if home:
            for k in run:
                out[k] = True
        run, home = [], False
    return out


def breadcrumb(u: Unit) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    m = _CRUMB.match(text)
    if not m:
        return None
    end = m.end()
    if m["sep"] and text[end].islower():
        return None  # "Home / away kits will be sold ...": a step of a trail is capitalised
    sep = (m["sep"] or "").strip()
    steps = [sep] if sep else ["/", ">", "»", "›", "→", "|", "::"]
    # the trail runs to its last separator (of the kind the first step used, when it showed one)
    last = max(text.rfind(s) for s in steps)
    if last >= end - 1:
        end = last + len(next(s for s in steps if text.startswith(s, last)))
    rest = text[end:].strip()
    if len(rest.split()) <= CRUMB_SECTION_WORDS and not (rest[-1:] in shape.SENTENCE_END):
        return NAVIGATION, "breadcrumb trail"
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lead = len(text) - len(text.lstrip())
    return NAVIGATION, "breadcrumb trail before the title", u.start + lead, u.start + end


# A trail from the site's name rather than its home: "American Go E-Journal » 2019 » November".
# Three steps or more, each a short name, joined by the typographic arrows no sentence uses.
# a breadcrumb trail set one crumb a line, each with its bar: "Concord |" / "Code of Ordinances |" /
# "Title I. GENERAL CODE |" (three lines or more: a date and a time each with its bar are a post's)
CRUMB_LINE_WORDS = 8
CRUMB_LINES = 3


def _barred(text: str) -> bool:
    """Does the line end with a bar, its only one (not a table's row), with no site's address in
    it (pictures' captions with their source: "Drunk man shutterstock.com |")?"""
    return text.rstrip().endswith(" |") and text.count("|") == 1 and _DOMAIN.search(text) is None


_DOMAIN = lazy(r"\w\.[a-z]{2,6}\b")


def _in_barred_run(units: list[Unit], i: int) -> bool:
    """Is line ``i`` one of ``CRUMB_LINES`` lines or more in a row that end with their only bar?
    Only that many lines either side are looked at, however long the run (each of its lines asks)."""
    a = b = i
    while a > 0 and i - a < CRUMB_LINES - 1 and _barred(units[a - 1].text):
        a -= 1
    while b + 1 < len(units) and b - a < CRUMB_LINES - 1 and _barred(units[b + 1].text):
        b += 1
    if b - a + 1 < CRUMB_LINES:
        return False
    # a notice's table of fields set one cell a line, each closed by its bar ("Venue |" /
    # "Conference Room, Station Street |" / "Date |" / "Thursday, 11 April 2024 |"): a field's
    # name and a value with a figure, no crumbs
    if field_box(units, range(max(0, i - 2 * CRUMB_LINES), min(len(units), i + 2 * CRUMB_LINES + 1))):
        return False
    # a table's row set one cell a line, its first cell between two bars ("| Byzantine |" /
    # "3.5–4.2 |" / "Round/Segmented |"): the cells of the story's table, no crumbs
    return not any(0 <= k < len(units) and _row_start(units[k].text) for k in (a - 1, b + 1))



def _row_start(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] == "|" and t[-1] == "|"


# ("Digest>Archives> Jul/Aug 2011", "Chatting => Chatting on the Plot => Forum rules": a plain ">"
# and "=>" as well, with or without spaces)
_TRAIL_SEP = lazy(r"\s+[»›→]\s+|\s*=>\s*|(?<=[^\s<>=-])\s*>\s*(?=[^\s<>=])")
TRAIL_STEPS = 3


def _trail(text: str) -> bool:
    steps = _TRAIL_SEP.split(text.strip())
    if len(steps) < TRAIL_STEPS or not all(
        0 < len(s.split()) <= CRUMB_SECTION_WORDS and s[-1:] not in shape.SENTENCE_END and "«" not in s for s in steps
    ):
        return False
    if "»" in text or "›" in text:
        return True
    # the plainer arrows join figures too ("41% > 45% > 52%"): each step a name, capitalised,
    # the last perhaps a date ("Jul/Aug 2011", "2019")
    return all(s[:1].isupper() or (k == len(steps) - 1 and s[:1].isdigit()) for k, s in enumerate(steps))


# An old site's menu in brackets, its sections between bars: "[ Home | Famous | Featuring | Fans ]"
# (three entries or more, each of three words at most)
_BRACKETED_MENU = lazy(r"\[\s*[^\s\[\]|]+(?:\s+[^\s\[\]|]+){0,2}(?:\s*\|\s*[^\s\[\]|]+(?:\s+[^\s\[\]|]+){0,2}){2,}\s*\]")


# ... or each link in its brackets, bars between them: "[Index of Horse Breeds] | [Equiworld Horse Magazine] |"
_BRACKETED_LINKS = lazy(r"\[[^\[\]|]{1,40}\](?:\s*\|\s*\[[^\[\]|]{1,40}\])+\s*\|?")
# An old site's menu between bars, no brackets: "| Home | Material | My Telescopes | Mirror Making |"
MENU_CELLS = 4
MENU_CELL_WORDS = 4


def _cells(text: str) -> list[str] | None:
    """The cells of a line that opens with a bar, each of a few words and none empty, or None."""
    cells = text.strip().split("|")[1:]
    if cells and not cells[-1].strip():
        cells.pop()  # the closing bar
    if len(cells) < MENU_CELLS or not all(0 < len(c.split()) <= MENU_CELL_WORDS for c in cells):
        return None
    return cells


def _barred_menu(ctx: Context, i: int) -> bool:
    """Is the line a menu between bars: four entries or more of a few words each, in a draft with
    no table written with bars (no header's rule) and with no row of as many cells beside it?"""
    units = ctx.units
    cells = _cells(units[i].text)
    if cells is None or _pipe_table(ctx):
        return False
    for k in (i - 1, i + 1):
        if 0 <= k < len(units) and units[k].text.lstrip()[:1] == "|":
            other = _cells(units[k].text)
            if other is not None and len(other) == len(cells):
                return False  # a row of a table
    return True


# A wiki's furniture copied with an article: the edit link after each section's heading ("[edit]"),
# the pointer to another article under it ("See main article: Saline water.", "Further
# information: ..."), the line under the title in any of its languages ("From Wikipedia, the
# free encyclopedia", "Fae Wikipedia, the free encyclopedia") and the badge of a reviewed article
# ("This is a good article. Click here for more information.").
_WIKI_EDIT = frozenset(("[edit]", "[ edit ]", "[edit source]", "[edit | edit source]"))
_HATNOTE = lazy(r"^(?:see\s+)?(?:main\s+articles?|further\s+information)\s*:\s*\S", re.I)
# a wiki mirror's line under the title, its name and its motto: "From Infogalactic: the planetary
# knowledge core", "From Wikiquote, the free quote compendium" (a sentence opening "From London,
# the ..." goes on longer, or ends with its stop)
_MIRROR_SOURCE = lazy(r"^From\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?\s*[,:]\s+the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}$")
# a mirror that names itself an encyclopedia, a wiki that names itself ("From Free net
# encyclopedia", "From British Juggling Convention Wiki"), or in one word ("From THCCwiki", "From
# Cacheopedia", "From Wikispore", Wikipedia's sister projects: "From Wikivoyage", "From Wiktionary")
_FROM_ENCYCLOPEDIA = lazy(
    r"^From\s+(?:[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+(?:[Ee]ncyclopa?edia|(?:[Mm]edia)?[Ww]iki)|[A-Z][\w.-]*(?:[Ww]iki|pedia)|Wiki[a-z]{3,}"
    r"|Wik(?:i(?:voyage|source|books|news|quote|species|data|versity)|tionary))$"
)
WIKI_LINE = "a wiki's line under its title"  # complete on its own, no item of a list (lists.fill_lists)
WIKI_SOURCE_WORDS = 8  # "From Wikipedia, the free encyclopedia", not a sentence about it
_FREE_ENCYCLOPEDIA = "the free encyclopedia"


def wiki_source(u: Unit) -> bool:
    """The line a wiki, or a mirror of one, sets under an article's title: "From Wikipedia, the
    free encyclopedia" (whatever comes before it: "Sauna - Wikipedia, the free encyclopedia"),
    "From Infogalactic: the planetary knowledge core", "From British Juggling Convention Wiki".
    One test for the classifier and for the headline found above it (``position._wiki_title``)."""
    if u.n > WIKI_SOURCE_WORDS:
        return False
    text = u.text.strip()
    if text[:5] == "From " and (_MIRROR_SOURCE.match(text) is not None or _FROM_ENCYCLOPEDIA.match(text) is not None):
        return True
    return "encyclopedia" in u.lower and _FREE_ENCYCLOPEDIA in text.lower()


_WIKI_BADGE = lazy(r"^this\s+is\s+an?\s+(?:good|featured)\s+article\.", re.I)
# the line MediaWiki puts over an old revision of a page: "Revision as of 10:55, 3 July 2007 by Cian
# (talk | contribs) (armour, tournaments)" (the editor's summary may be long)
WIKI_REVISION_WORDS = 30
_WIKI_REVISION = lazy(r"^revision\s+as\s+of\s+.{4,40}\s+by\s+.{1,40}\(\s*talk\s*\|\s*contribs\s*\)", re.I)
# a progress bar's label for screen readers ("88.235294117647% Complete (success)", Bootstrap's)
_PROGRESS = lazy(r"^\s*\d{1,3}(?:\.\d+)?%\s+Complete(?:\s+\((?:success|info|warning|danger)\))?\s*$")
# the same line with no editor after it ("Revision as of 23:13, 29 November 2005"), and MediaWiki's
# footer: where the page was taken from, when it was last edited
WIKI_STAMP_WORDS = 12
_WIKI_STAMP = lazy(
    r"^(?:Revision\s+as\s+of\s+\d{1,2}:\d\d,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|This\s+page\s+was\s+last\s+(?:edited|modified)\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},?\s+at\s+\d{1,2}[:.]\d\d(?:\s*\(UTC\))?\.?"
    r"|Retrieved\s+from\s+(?:[\"“]?https?://\S+?[\"”]?|\"\"|“”))\s*$"
)
# an older wiki's edit link before the heading of its lists of links ("[edit] External links"; the
# story's own parts, "[edit] History", keep their heading)
_WIKI_LINKS_HEADING = lazy(
    r"^\[\s*edit(?:\s+source)?\s*\]\s*(?:external\s+links|see\s+also|references|further\s+reading|notes|sources|bibliography)$",
    re.I,
)
HATNOTE_MAX_WORDS = 12
# the note a wiki sets over an article whose name other articles share: "This article is about the
# magicians' society. For the Wiccan symbol, see Magic circle (Wicca).", "For other uses, see
# Magic circle (disambiguation)." (a bullet before it, as a list item; what it points to is an
# article's title, capitalised: a story's "For more, see the report" is not one)
_ABOUT_HATNOTE = lazy(
    r"^\s*(?:[-•*]\s*)?(?:This\s+(?:article|page|section)\s+is\s+about\s+[^.]{1,120}\.\s+For\s+[^.]{1,120},\s+see\s+[A-Z]"
    r"|For\s+other\s+uses,\s+see\s+[A-Z])"
)
ABOUT_MAX_WORDS = 60
# each form above holds one
_WIKI_WORDS = frozenset(("edit", "article", "articles", "information", "encyclopedia"))


def _wiki_furniture(text: str) -> str | None:
    t = text.strip()
    if t.lower() in _WIKI_EDIT:
        return "a wiki's edit link"
    if t[:1] == "[" and _WIKI_LINKS_HEADING.match(t):
        return "a wiki's edit link and the heading of its links"
    if _HATNOTE.match(t):
        return "a wiki's pointer to another article"
    if _WIKI_BADGE.match(t):
        return WIKI_LINE
    return None


# A picture's file name or a link's slug left for its text: "Fresh-auction-market-selling-fish",
# "rr-water-supply-protracted-humanitarian-crisis", a headline's slug with its apostrophes and its
# question mark kept ("has-trump-changed-...-the-country’s-largest-coal-plants?").  Four words or
# more joined by hyphens, nothing else on the line; the story's compounds mostly have three at
# most, "mother-in-law", "up-to-date": a "state-of-the-art" alone on its line would be taken for a
# slug.  Its words may carry figures, a year or a size: "dismasting-advice-fastnet-race-2017-credit-carlo-borlenghi".
_SLUG = lazy(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+(?:[’'][a-z]+)?){3,}\??")
SLUG = "a picture's file name or a link's slug, left for its text"
SLUG_MAX_WORDS = 8


# The title of a blog's archive page, copied with the page's text (WordPress's defaults and their
# variants): "Tag Archives: TV renewal", "Tag Archive for: council", "Posts Tagged ‘Kuala Lumpur’",
# "Archive for the ‘Politics’ Category", "Category Archives: World".  A short line that does not end
# like a sentence.
_ARCHIVE_HEADING = lazy(
    r"(?:(?:Tag|Category|Author|Topic|Monthly|Daily|Yearly|TAG|CATEGORY)\s+(?:Archives?|ARCHIVES?)(?:\s+for)?\s*:"
    r"|(?:Posts?|Articles?|Stories|Entries)\s+(?:[Tt]agged|[Cc]ategorized|[Ff]iled\s+[Uu]nder)\s*(?:(?:with|as|under)\s*)?[:‘'\"“]"
    r"|Archives?\s+for\s+(?:the\s+)?(?:(?:[Cc]ategory|[Tt]ag)\s*:|[‘'\"“])"
    # a date archive's title ("Month: April 2017", "Year: 2016")
    r"|(?:Month|Year|Day)\s*:\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*$)"
)
_ARCHIVE_FIRST = frozenset("TCAMDYPSE")
ARCHIVE_HEADING = "heading of a tag or category archive page"


# What a page shows where its video or its content did not load: "This video is no longer
# available.", "The content you requested does not exist or is not available anymore.", "Page not
# found".  The notice alone on its line (a story's sentence about a removed video goes on).
_GONE = lazy(
    r"^(?:sorry,?\s+)?(?:this|the)\s+(?:video|content|page|post|article|story|clip|media|file)\s+(?:you\s+(?:requested|are\s+looking\s+for)\s+)?"
    r"(?:is\s+(?:no\s+longer|not|currently\s+not)\s+available|is\s+unavailable|does\s+not\s+exist|could\s+not\s+be\s+found"
    r"|cannot\s+be\s+found|can't\s+be\s+found|has\s+been\s+removed)"
    r"(?:\s+(?:or\s+is\s+(?:no\s+longer|not)\s+available|or\s+has\s+been\s+removed))?(?:\s+(?:anymore|any\s+more|in\s+your\s+(?:country|region)))?\s*[.!]?"
    r"(?:\s+(?:please\s+)?try\s+again\s+later\s*[.!]?)?$"
    r"|^(?:video|content|media)\s+(?:unavailable|not\s+available)\s*[.!]?$|^(?:error\s+404\W*)?page\s+not\s+found\s*[.!]?$",
    re.I,
)
GONE = "notice of a video or page that did not load"
GONE_MAX_WORDS = 24

# A review or shopping site's disclosure of its affiliate links, however worded: what it may earn
# from them ("If you buy through affiliate links, we may earn commissions", "we may be compensated or
# receive an affiliate commission", "we may make $$ when you make a purchase"), said by the site or
# the writer ("we", "I", "our", "this site"), never in quotation marks (a story quotes a company's
# words) and never in the third person (a story about the links: "influencers ... may earn a
# commission on sales")
_AFFILIATE_EARNS = lazy(
    r"\baffiliate\s+(?:links?|commissions?|programs?|partnerships?)\b"
    r"|\b(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commissions?\b"
    r"|\b(?:be|are|is|get)\s+compensated\b",
    re.I,
)
_SITE_SPEAKS = lazy(r"\b(?:we|us|our|I|my|(?:this|the)\s+(?:site|website|blog|post|page|article))\b", re.I)


def _opening(text: str) -> str:
    """The first two sentences of a long block: a disclosure box's paragraph says what it is first
    ("We sustain our operations through affiliate commissions and advertising. If you click on an
    affiliate link ..., we may receive a commission ..." and 80 words more)."""
    return " ".join(_SENTENCE_BREAK.split(text.strip(), 2)[:2])


def _affiliate_disclosure(text: str) -> bool:
    return not shape.quotes(text) and _AFFILIATE_EARNS.search(text) is not None and _SITE_SPEAKS.search(text) is not None


# A cookie consent plugin's table of its cookies, copied with the page: its header ("Cookie |
# Duration | Description |") and its rows, each a cookie's name, how long it lasts and what it does
# ("cookielawinfo-checkbox-analytics | 11 months | This cookie is set by GDPR Cookie Consent plugin.")
_COOKIE_TABLE = lazy(
    r"^\s*\|?\s*cookie\s*\|\s*(?:duration|expiry|expiration|type)\s*\|"
    r"|^\s*\|?\s*[\w.-]+\s*\|\s*(?:\d+\s+(?:years?|months?|days?|hours?|minutes?)|session|never|persistent|past)\s*\|.*\bcookies?\b",
    re.I,
)


# A logo's image text: "Medscape UK Univadis Logo", "The Hindu logo" (a heading ends in other words)
LOGO_MAX_WORDS = 6


def _logo(u: Unit) -> bool:
    words = u.words
    return (
        2 <= len(words)
        and words[-1].lower() == "logo"
        and u.final not in shape.SENTENCE_END
        and (shape.is_title_case(words[:-1]) or u.text.isupper())
    )


# Interface words run into the next text by a copy that lost the layout: "PrevPreviousMy6sense
# Presentation", "3of4A shopper looks at ..." (a slideshow counter before its caption)
_PAGER_WORD = r"(?:Prev|Previous|Next|Older|Newer)"
_GLUED_LINK = lazy(rf"^{_PAGER_WORD}(?:\s?(?:Post|Article|Story))?(?=[A-Z][a-z])")
GLUED_LINK_WORDS = 20  # the pager word and a post's title, no sentence
# a blog index's link under each teaser run into the next post's title: "Continue readingYoung
# Pinball Wizards Take Center Stage at Starfighters Arcade"
_GLUED_MORE = lazy(r"^(?:[Cc]ontinue [Rr]eading|[Rr]ead [Mm]ore)(?:\s*[»›→…]|\.\.\.)?(?=[A-Z“\"‘][a-z])")
_DIGIT_GLUED = lazy(r"\d(?:[A-Z][a-z]|[“\"][A-Z]|I\s)")  # the cheap first test of _GLUED_DATE
# an add-to-calendar button's hidden fields run together, the start, the end and the time zone:
# "2024-06-02 13:00:242024-06-02 17:00:35America/Los_AngelesBags & Brews 2024"
_CALENDAR_DATA = lazy(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?\s*\d{4}-\d\d-\d\d[ T]\d\d:\d\d")
CALENDAR_DATA = "an add-to-calendar button's hidden fields"
# a teaser's byline and date run into its text: "Webby - February 11, 2025Sami Trabelsi has named
# ...", a review card's title, reviewer and date: "Reviewer's rating Boys Blake Gordon Plante
# 23/01/2020The greatest kind of theatre ..."
_GLUED_DATE = lazy(
    rf"^.{{0,40}}?\b{shape.DATE_WITH_YEAR}(?=[A-Z][a-z])"
    r"|^.{0,90}?\b\d{1,2}/\d{1,2}/(?:19|20)\d\d(?=[A-Z][a-z]|[“\"][A-Z]|I\s)"
)
GLUED_DATE_CHARS = 110  # where the card's date may stand, its title and byline before it
_PLAY_VIDEO = lazy(r"[»›|]\s*(?:Play|Watch|PLAY|WATCH)\s*(?:Video|VIDEO)\s*$")  # "Jury returns guilty verdict »Play Video"
_GLUED_COUNTER = lazy(r"^\d{1,3}\s?of\s?\d{1,3}(?=[A-Z][a-z ])")


# "Image 1 of 23", "Slide 2 of 10", "1  /  23", "(4/9)": a gallery's counter on a line of its own
# ("3 of 4" and "9/11" alone are no counters: a bare "of" needs a media word, a bare slash spaces
# or brackets)
_COUNTER = lazy(
    r"^\(?(?P<media>(?:image|photo|picture|slide|foto|bild)s?\s+)?(?P<a>\d{1,3})(?P<sep>\s*(?:of|/)\s*)(?P<b>\d{1,3})\)?$",
    re.I,
)


# Buttons and fields of a page's widgets, each a line of its own:
# - a comment form's fields, marked required or optional: "Name *", "Mail (will not be published)
#   (required)", "Website (optional)" (a recipe's "rind (optional)" is no field name);
# - rating and voting buttons: "Rate this", "Vote this article up on reddit", "Submit to Digg";
# - the follow button of a blog platform, with the blog's name in quotation marks: "Follow “Town
#   Herald Politics Blog”" ("Follow the money" is a heading);
# - counters of shares, likes and comments: "19 tweets 0 likes 0 comments", "1.2K shares 240 likes";
# - a placeholder the page's script would have replaced: "Loading...", "Please wait…", "Loading metrics".
_FIELD = lazy(
    r"^(?:your\s+)?(?:full\s+)?(?:name|nickname|e-?mail(?:\s+address)?|mail|website|url|comments?|message|subject"
    r"|phone(?:\s+number)?)\s*(?:\*|\((?:required|optional|will\s+not\s+be\s+(?:published|displayed|shared)"
    r"|never\s+(?:be\s+)?(?:published|displayed|shared)|not\s+(?:be\s+)?(?:published|displayed|shared)"
    r"|address\s+never\s+made\s+public)\)\s*)+\*?$",
    re.I,
)
_RATE = lazy(
    r"^(?:rate\s+(?:this|it)(?:\s+(?:article|post|story|entry|page|video|recipe))?[.!:]?"
    r"|vote\s+(?:this|it)\s+(?:(?:article|post|story)\s+)?up\b.*"
    r"|(?:submit|add|save|bookmark)\s+(?:this\s+)?(?:(?:article|post|story)\s+)?(?:to|on)\s+(?:reddit|digg|delicious|stumbleupon|slashdot|fark)\b.*"
    r"|(?:digg|stumble)\s+(?:this|it)!?)$",
    re.I,
)
# - a reading time or an audio player's button: "14 min read", "Listen · 4 min",
#   "Reading Time: 3 minutes", "Estimated reading time: < 1 minute", "Time to read: 5 min"
_TIME = lazy(
    r"^(?:\d{1,3}\s*(?:-|\s)?(?:min(?:ute)?s?|mins?)\.?\s+(?:to\s+)?read\b.{0,30}"
    r"|(?:(?:estimated\s+)?read(?:ing)?\s+time|time\s+to\s+read)\s*:?\s*(?:<|about|approx\.?|~)?\s*\d{1,3}"
    r"\s*(?:min(?:ute)?s?|mins?)\.?"
    r"|(?:listen|listen\s+to\s+(?:this\s+)?(?:article|story)|play\s+audio)\s*[·•|:(-]?\s*\d{1,3}\s*(?:min(?:ute)?s?|mins?|sec(?:ond)?s?)\.?\)?)$",
    re.I,
)
_PLACEHOLDER = lazy(
    r"^(?:(?:[Ll]oading|LOADING|[Pp]lease wait|[Ll]oading(?:,|\s*(?:\.{3}|…))?\s*[Pp]lease wait)\s*(?:\.{3}|…)"
    r"|(?:[Ll]oading|LOADING)\s+(?i:metrics|results|more|content|data|map|player|videos?|images?|reviews|articles|posts|stories|page)\s*(?:\.{3}|…)?)$"
)  # "Loading metrics": what is loading named ("Loading comments", "Loading events": ``cues``)
# a link to the story's full text elsewhere, its anchor lost: "Read the full story HERE.", "Check out
# the full story here", "Read the original article by clicking here." (the phrase alone is a label)
_FULL_TEXT_HERE = lazy(
    r"^(?:read|check\s+out|see|view|get|watch|listen\s+to)\s+(?:the\s+)?"
    r"(?:full|whole|complete|entire|original|rest\s+of\s+the)\s+"
    r"(?:story|article|post|report|interview|piece|statement|release|press\s+release|text)\s+"
    r"(?:by\s+clicking\s+)?here\s*[.!]*$"
    r"|^more\s+(?:(?:on|about)\s+(?:the|this)\s+(?:story|topic|issue)\s+)?here\s*[.!]*$",  # "More on the story here.", "More here ."
    re.I,
)
# the same link to the source's site, named: "Continue reading at the Times Free Press."
_CONTINUE_AT = lazy(r"^(?i:continue\s+reading\s+(?:at|on)\s+(?:the\s+)?)[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}\s*[.!]?$")
# a follow or like button's label over icons that are gone: 'Follow "Moab Sun News"', "Follow BG
# Falcon Media:", "Like us on Facebook:" (a name, not a sentence: "Follow the steps below:")
_FOLLOW = lazy(
    r"^(?:Follow\s+[“\"][^”\"]{2,60}[”\"]"
    r"|(?i:follow|like)\s+(?:(?i:us)|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})(?:\s+(?i:on)\s+[A-Z]\w+)?\s*:)$"
)
# an event page's countdown: "Count Down To The World Championship 09 Days, 22 Hours, 49 Minutes, 01 Seconds."
COUNTDOWN_WORDS = 20
_COUNTDOWN = lazy(r"\d+\s+days?,?\s+\d+\s+hours?,?\s+\d+\s+min(?:ute)?s?,?\s+\d+\s+sec(?:ond)?s?\.?$", re.I)
_COUNTS = lazy(
    r"^(?:\d[\d,.]*[kKmM]?\s+(?:tweets?|retweets?|likes?|comments?|shares?|views?|reactions?|pins?|votes?|diggs?|favou?rites?)\b[\s|·•,]*){2,}$",
    re.I,
)
# a counter with the button beside it, the count after its name: "Comments 0 like", "Likes 12 Share"
_COUNT_BUTTON = lazy(r"^(?:comments|likes|views|shares|replies)\s*:?\s*\d[\d,]*\s+(?:like|share|reply|comment)$", re.I)


# a list's or a story's pager: "« previous story", "<< Older posts", "Displaying 1 - 5 of 9 << Previous |
# View All | Next >>", "Page 2 of 7", a forum thread's "1 - 1 of 6 Posts"
PAGER_MAX_WORDS = 16
_PAGER = lazy(
    r"^\s*(?:(?:«|<<|‹)\s*(?:prev(?:ious)?|older|newer|back)\b"
    r"|displaying\s+\d+\s*[-–]\s*\d+\s+of\s+\d+\b"
    r"|page\s+\d+\s+of\s+\d+\s*$"
    r"|results\s+\d+\s+to\s+\d+\s+of\s+\d+\s*$"  # a forum thread's count of its posts ("Results 1 to 2 of 2")
    r"|replies\s+in\s+this\s+(?:thread|topic)\s*:\s*[\d,]{1,7}\s*$"  # a thread's count of its replies, over and under it
    # a forum thread's, the page it is on in brackets ("Pages: [1] 2 3 Go Down"; a book's "Pages: 320" is no pager)
    r"|pages:\s*(?=[\d\s.]*\[)(?:(?:\[\d{1,4}\]|\d{1,4}|\.\.\.)\s*)+(?:go\s+(?:up|down))?\s*$"
    r"|you\s+are\s+on\s+page\s+\d+\s*of\s*\d+\s*$"  # a document viewer's ("You are on page 1of 50")
    r"|\d{1,5}\s*[-–]\s*\d{1,5}\s+of\s+[\d,]{1,7}\s+(?:posts|replies|messages|threads|topics|results|entries)\s*$)",
    re.I,
)


def comment_heading(u) -> bool:
    """Is the block the heading a blog, a commenting service or a forum puts over the comments
    ("8 thoughts on “Slow Progress”", "Showing 6 comments", "Replies to This Discussion")?"""
    text, n = u.text, u.n
    if n <= HEADLINE_MAX_WORDS + 4 and (u.final not in shape.SENTENCE_END or _open_title_asks(text) or _quoted_title_last(text)) and COMMENTS_ON.match(text):
        return True
    if n <= 8 and "omment" in text and _SHOWING_COMMENTS.match(text):
        return True
    return n <= 8 and "this" in u.lower and _REPLIES_TO_THIS.match(text) is not None


def _quoted_title_last(text: str) -> bool:
    """Does the line end with its one quoted title and a stop after it ("1 comment about “Finales Of
    Hit Shows”.")?  A sentence about a post's replies goes on past the title."""
    text = text.rstrip()
    if text[-2:] not in ('".', "”."):
        return False
    return text.count('"') == 2 if text[-2] == '"' else text.count("“") == 1 == text.count("”")


def _open_title_asks(text: str) -> bool:
    """Does the line end with the question or exclamation mark, the stop or the ellipsis of a
    quoted title that no quotation mark closes ("4 thoughts on “When is a telephone box not a
    telephone box?", "4 thoughts on “Want a book? Go to the phone box.", "5 responses to “And The
    Winner Is…")?  A sentence about a post's replies closes its quotation before its own mark."""
    text = text.rstrip()
    end = text[-1:]
    if end not in "?!.…" or "»" in text:
        return False
    if "”" in text and text.count("“") <= text.count("”"):
        return False  # (a quotation inside the title closes, the title's own does not: "One thought on “Watch City Council “live” tonight!")
    if end in ".…":  # a stop, or the ellipsis of a title cut short ("5 responses to “And The Winner Is…")
        return "“" in text or text.count('"') == 1  # only after a quotation left open
    return text.count('"') <= 1


# a menu of links set in brackets, an old site's: "BAILII [Home] [Databases] [World Law] [Help]",
# "[New search] [Printable PDF version] [Help]" (not footnote marks, "[1] [2]", nor an editor's
# "[sic]" in a sentence)
BRACKET_MENU_WORDS = 30
BRACKET_MENU_ITEMS = 3
_BRACKET_LINK = lazy(r"\[([^\[\]\d][^\[\]]{0,40})\]")


def _bracket_menu(text: str) -> bool:
    items = _BRACKET_LINK.findall(text)
    if len(items) < BRACKET_MENU_ITEMS or any(len(i.split()) > 4 for i in items):
        return False
    rest = _BRACKET_LINK.sub(" ", text).split()
    return len(rest) <= 2 and not any(w[-1:] in ".!?" for w in rest)


# a gallery's, a map's or a video's instruction to the reader's mouse: "click thumbnail to see full
# image and info", "Click on Map to enlarge", "Click here to see video." (not "Click for larger
# version" or "CLICK FOR FULL STATE SWIM RESULTS": a link's text, which the dev drafts keep)
CLICK_MAX_WORDS = 10
_CLICK_TO_VIEW = lazy(
    r"^\W{0,3}(?:click|tap)\s+(?:on\s+)?(?:here\s+)?(?:(?:the|a|an|any|this|each)\s+)?"
    r"(?:(?:thumbnail|image|photo|picture|pic|map|graphic|chart|icon)s?\s+(?:below\s+|above\s+)?)?"
    r"to\s+(?:see|view|enlarge|zoom|expand|open|play|watch)\b"
    # "CLICK ON PICTURES FOR BIGGER IMAGE" (the pictures named: "Click for larger version" is a link's text)
    r"|^\W{0,3}(?:click|tap)\s+(?:on\s+)?(?:(?:the|a|an|any|this|each)\s+)?(?:thumbnail|image|photo|picture|pic|map)s?\s+"
    r"for\s+(?:a\s+)?(?:bigger|larger|full[\s-]?size)\s+(?:image|photo|picture|view|version)s?\b"
    # a picture's link named for what it does ("Click for enlargement")
    r"|^\W{0,3}(?:click|tap)\s+(?:here\s+)?for\s+(?:an?\s+)?enlargement\b",
    re.I,
)


# the same said as a sentence: "You can see an enlarged version of this picture by clicking here."
ENLARGED_MAX_WORDS = 16
_ENLARGED_VERSION = lazy(
    r"^\W{0,3}(?:you\s+can\s+|to\s+)?(?:see|view)\s+(?:an?\s+)?(?:enlarged|larger|bigger|full[\s-]?size)\s+(?:version|view|copy)\s+"
    r"of\s+(?:this|the|each)\s+(?:picture|photo|photograph|image|map|chart|graphic)s?,?\s+(?:by\s+)?clicking\s+(?:here|on\s+(?:it|them))\s*[.!]?$",
    re.I,
)


# the heading a blog platform puts over a post's comments, with the count and the post's title:
# "8 thoughts on “6 Tips for Attracting More Comments”", "One thought on “Slow Progress”",
# "12 Responses to “Why I Run”" (the title may be cut: no closing quotation mark)
COUNT_ON = (
    r"^\s*(?:\d{1,5}|" + shape.NUMBER_WORDS + r")\s+"
    r"(?:thoughts?|responses?|repl(?:y|ies)|comments?|reactions?)\s+(?:on|to|about)\s+"
)
COMMENTS_ON = lazy(COUNT_ON + r"[“\"‘'«„]", re.I)
# a commenting service's count over its list: "Showing 6 comments", "6 Showing 6 comments" (the
# count of the tab run into it), "Viewing 1-10 of 42 comments" (tried only on text holding "omment")
_SHOWING_COMMENTS = lazy(
    r"^\s*(?:\d{1,5}\s+)?(?:showing|viewing|displaying)\s+(?:\d{1,5}\s*[-–]\s*)?\d{1,5}\s+(?:of\s+\d{1,5}\s+)?"
    r"comments?\s*$"
    r"|^\s*\d[\d,.]*[kK]?\s+comments?\s+sorted\s+by\b[\s:\w]{0,12}$",  # a forum's "49 comments sorted by"
    re.I,
)
# a blog theme's count of the comments with its call, in braces ("{ 0 comments… add one now }", "{ 3
# comments… read them below or add one }"): not a section's heading, as none may follow
ADD_ONE_WORDS = 10
_ADD_ONE = lazy(
    r"^\W{0,3}\d{1,5}\s+comments?\W{0,4}(?:add\s+one\s+now|read\s+(?:them|it)\s+below(?:\s+or\s+add\s+one)?)\W{0,3}$", re.I
)
# the heading a forum or a question site puts over the replies: "Replies to This Discussion",
# "12 Answers to this question" (tried only on short text holding the word "this")
_REPLIES_TO_THIS = lazy(
    r"^\s*(?:\d{1,5}\s+)?(?:replies|responses|answers|comments)\s+to\s+this\s+"
    r"(?:discussion|thread|topic|question|post|entry|article|story)\s*:?\s*$",
    re.I,
)
# a blog's pingback or trackback, listed with the comments: "1. Pingback: Free Piano" (another
# post's link to this one; tried only on short text holding "pingback" or "trackback")
_PINGBACK = lazy(r"^\s*(?:\d{1,4}[.)]\s*)?(?:pingback|trackback)\s*:\s*\S", re.I)
# a page's view or vote counter: "Views: 1140", "2,315 views", "1.4k Upvotes" (tried only on text
# holding the word)
# a paper's link to another story under a label in capitals: "MORE: 112,000 Chevrolet Cruze
# compact cars recalled over potential fuel leak" (a headline: no stop at its end)
_CAPS_MORE = lazy(r"^\s*(?:MORE|ALSO):\s+[A-Z0-9“\"‘']")
VIEW_WORDS = 4  # "Total views: 3,579" (a number with commas counts as several words)
_VIEW_WORDS = frozenset({"view", "views", "upvote", "upvotes", "hits"})
# "Views: 1,204", "3.2k views", a CMS's "Hits: 16" under each post
_VIEWS = lazy(r"^\s*(?:(?:(?:total|page)\s+)?(?:views?|hits)\s*:\s*\d[\d,]*|\d[\d,.]*[kKmM]?\s+(?:views?|upvotes?))\s*$", re.I)


# a thread's counters: "This post has 5 Replies | 2 Followers", "rated by 0 users"
_THREAD_COUNTER = lazy(
    r"^\s*(?:this\s+(?:post|thread|topic|question)\s+has\s+\d[\d,]*\s+(?:repl(?:y|ies)|answers?|comments?)"
    r"(?:\s*[|·•,]\s*\d[\d,]*\s+followers?)?|rated\s+by\s+\d[\d,]*\s+(?:users?|members?|people))\s*$",
    re.I,
)
THREAD_COUNTER_WORDS = 10
# a forum's topic line with its view count: "Author Topic: What Will You do if your Home Rink
# Closes?  (Read 4747 times)" (tried only on text ending "times)")
_READ_TIMES = lazy(r"\(\s*read\s+\d[\d,]*\s+times\s*\)$", re.I)
READ_TIMES_WORDS = 30


# a page's counter of its readers, alone on its line ("844 Hits"; a view count is a share bar's),
# or with the item's rating before it and the widget's bars ("3.5 | 7 reads | |")
_HITS = lazy(r"^(?:\d(?:\.\d+)?\s*\|\s*)?\d[\d,.]*\s+(?:hits|reads)(?:\s*\|)*$", re.I)


def _strip_icons(text: str) -> str:
    """The text after the symbols that open it (an emoji and its variation selector)."""
    i = 0
    while i < len(text) and (unicodedata.category(text[i])[0] == "S" or unicodedata.category(text[i]) in ("Mn", "Cf", "Zs")):
        i += 1
    return text[i:]


def short_widget(text: str) -> tuple[str, str] | None:
    text = text.strip().lstrip("-–•·|").lstrip()  # "- 4 min read": a bar's separator before the button
    if text and not text[0].isascii():
        text = _strip_icons(text)  # "⏱️ Reading time: 12 minutes": the button's icon
    if not text:
        return None
    c = text[0]
    if c.isdigit() and _COUNTS.match(text):
        return SHARE, "share and like counters"
    if c in "CcLlVvSsRr" and _COUNT_BUTTON.match(text):
        return SHARE, "share and like counters"
    if c.isdigit() and _HITS.match(text):
        return NAVIGATION, "hit counter"
    if (c in "LlPpRrEeTt" or c.isdigit()) and _TIME.match(text) and not shape.has_year(text):
        # (with the date, "7 min read Oct 26, 2024" is the story's date line)
        return NAVIGATION, "reading time or audio-player button"
    if c in "LlPp" and _PLACEHOLDER.match(text):
        return NOTICE, "placeholder of a script that did not run"
    if c in "FfVvRrSsAaBbDdLl" and (_RATE.match(text) or _FOLLOW.match(text)):
        return SHARE, "rating, voting or follow button" if c not in "FfLl" else "follow button"
    if (text[-1] == "*" or text[-1] == ")") and (_FIELD.match(text) or _BARE_FIELD.match(text)):
        return LOGIN, "comment-form field"
    if c in "RrCcSsVvGgWwLlMm" and text[-2:].lower() in ("re", "e.", "e!", " .") and _FULL_TEXT_HERE.match(text):
        return RELATED, "link to the full story, its address lost"
    if c in "Cc" and "eading" in text and _CONTINUE_AT.match(text):
        return RELATED, "link to the full story, its address lost"
    if c in "Ss" and text[-1] in "m:" and _UNDERWRITING.match(text):
        return NOTICE, AD_MARKER
    return None


# the error messages a sign-up or login form hides until they are needed, printed with the page:
# "First name is required!", "This is not an email address!", "Please enter 6 or more
# characters!", "Passwords are not same!", "Email or Password is wrong!"
_FORM_MESSAGE = lazy(
    r"(?i)^(?:"
    r"(?:(?:first|last|full|user|display)\s*)?(?:name|e-?mail(?:\s+address)?|password|username|phone(?:\s+number)?|"
    r"terms\s+and\s+conditions|this\s+field)\s+(?:is|are)\s+(?:required|not\s+valid|invalid|incorrect)"
    r"|(?:this\s+is\s+)?not\s+an?\s+(?:valid\s+)?e-?mail(?:\s+address)?"
    r"|this\s+e-?mail(?:\s+address)?\s+is\s+already\s+(?:registered|in\s+use|taken)"
    r"|(?:please\s+)?enter\s+(?:a\s+valid\s+\w+(?:\s+address)?|\d+\s+or\s+(?:more|less|fewer)\s+characters)"
    r"|passwords?\s+(?:do\s+not|don't|are\s+not|did\s+not)\s+(?:match|same)"
    r"|(?:e-?mail|username)\s+or\s+password\s+(?:is|was)\s+(?:wrong|incorrect|invalid)"
    r")\s*[.!]?$"
)
FORM_MESSAGE_WORDS = 8
_FORM_WORDS = frozenset(("required", "valid", "invalid", "incorrect", "registered", "characters", "password", "passwords", "wrong"))


def _is_form_message(u: Unit) -> bool:
    return u.n <= FORM_MESSAGE_WORDS and not _FORM_WORDS.isdisjoint(u.lower) and _FORM_MESSAGE.match(u.text.strip()) is not None


def _form_message(units: list[Unit], i: int) -> bool:
    """A form's error message: one that ends with "!", as a form's script writes them, or one of
    a run of them ("This field is required." alone may be a how-to's step)."""
    u = units[i]
    if not _is_form_message(u):
        return False
    return u.text.rstrip().endswith("!") or any(0 <= j < len(units) and _is_form_message(units[j]) for j in (i - 1, i + 1))


# a form's field whose label was lost, its number and its marker left: "1. (required)"
_BARE_FIELD = lazy(r"^(?:\d{1,2}[.)]\s*)?\((?:required|optional)\)\s*\*?$", re.I)
# a public broadcaster's underwriting label, over the sponsor's logo: "Support for LAist comes from"
_UNDERWRITING = lazy(r"^(?i:support)\s+for\s+\S.{0,40}?\s+comes\s+from\s*:?$")


STUFFED_MIN_WORDS = 12
STUFFED_MAX_WORDS = 80  # (and no sentence's end: a paragraph is not looked at)
STUFFED_REPEATS = 4
STUFFED_SHARE = 0.6
# the phrase's length in words: a keyword of two to four, or a page's title of up to eight ("List of
# protest marches on Washington, D.C. wiki, List of protest marches on Washington, D.C. history, ...")
STUFFED_SIZES = range(2, 9)


def _stuffed(u: Unit) -> bool:
    """A line that says one phrase of two to eight words four times or more, most of its words
    that phrase ("Rocking Horse restoration Rocking Horse restoration Rocking Horse restoration
    ..."): a page's keywords or an image's text, stuffed for search engines.  A song's chorus
    quoted in a story repeats a line once or twice."""
    if len(set(u.text.lower().split())) * 2 > u.n:
        return False  # most of its words said once: the cheap test first
    words = [w.lower() for w in shape.WORD.findall(u.text)]
    if len(words) < STUFFED_MIN_WORDS:
        return False
    for size in STUFFED_SIZES:
        grams = Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
        if not grams:
            break
        times = grams.most_common(1)[0][1]
        if times < STUFFED_REPEATS:
            break  # a longer phrase is said no more often than its first words
        if times * size >= STUFFED_SHARE * len(words):
            return True
    return False


def _counter(text: str) -> bool:
    text = text.strip()
    m = _COUNTER.match(text)
    if not m or not 1 <= int(m["a"]) <= int(m["b"]) or int(m["b"]) < 2:
        return False
    if m["media"]:
        return True
    return "/" in m["sep"] and (m["sep"] != "/" or (text[0] == "(" and text[-1] == ")"))


# A teaser cut short and closed by its link: "SiNG PARTY details... Read more...", "First Wii U
# consoles go on sale ... launch event Read more...", "The bar is going to be shifted to a centerpiece
# Continue Reading →"
TEASER_END = lazy(
    r"(?:[.!?…]|\.\.\.|[^\W\d_])\s+(?P<link>Read more|Read More|READ MORE|Continue reading|Continue Reading|CONTINUE READING|Read the full (?:story|article|post))"
    r"\s*(?:\.{1,3}|…|»|›|>>|→)?\s*$"
)


# the link to the next or the previous post with its title and a colon: "Next: Leek Growth and
# Care", "Previous post: A Winter Walk" (with a guillemet, "« Interview with ...", the dev drafts
# keep it)
_PAGER_TITLE = lazy(rf"^\s*{_PAGER_WORD}(?:\s+(?:[Pp]ost|[Aa]rticle|[Ss]tory|[Ee]ntry))?\s*:\s+[A-Z0-9\"“‘']")
PAGER_TITLE_WORDS = 12


def _stamp_value(u: Unit, ctx: Context) -> bool:
    """Is the date that opens the line the value of the stamp above it ("The Information mentioned
    here was last updated on:" / "30/12/2025Affordable housing remains ...")?"""
    return u.text[:1].isdigit() and u.index > 0 and ctx.units[u.index - 1].final == ":"


def _doubled(text: str) -> bool:
    """Is the line one title twice, run together ("Shop for SchoolsShop for Schools": a link's
    text and its title, or a menu's two copies)?  Not a sentence twice (a paste slip in the
    story's text)."""
    x = text.strip()
    half = len(x) // 2
    return len(x) % 2 == 0 and " " in x[:half] and x[half - 1] not in ".!?\"”’'" and x[:half] == x[half:]


DOUBLED_WORDS = 11  # the two copies together: a title of six words at most (a caption twice is the story's)


def _glued(u: Unit, ctx: Context) -> tuple[str, str] | None:
    text = u.text
    if u.n <= DOUBLED_WORDS and u.final not in shape.SENTENCE_END and _doubled(text):
        return NAVIGATION, "a link's text twice, run together"
    if u.n <= GLUED_LINK_WORDS and u.final != "." and _GLUED_LINK.match(text):  # not "NextEra Energy has announced ..."
        return RELATED, "link to the previous or next post"
    if u.n <= PAGER_TITLE_WORDS and _PAGER_TITLE.match(text) and u.final not in ".!?":
        return RELATED, "link to the previous or next post"
    if text[:1] in "CcRr" and _GLUED_MORE.match(text):
        return RELATED, TEASER
    if u.n <= CUE_MAX_WORDS and ("ead" in text[-40:] or "EAD" in text[-40:]) and TEASER_END.search(text, max(0, len(text) - 60)):
        return RELATED, TEASER
    if ("Video" in text[-12:] or "VIDEO" in text[-12:]) and _PLAY_VIDEO.search(text):
        return RELATED, "link to a video"
    if _GLUED_COUNTER.match(text):
        return CREDIT, "slideshow caption run into its counter"
    if _DIGIT_GLUED.search(text, 0, GLUED_DATE_CHARS) and _GLUED_DATE.match(text) and not _stamp_value(u, ctx):
        return RELATED, TEASER
    if text[:1].isdigit() and _CALENDAR_DATA.match(text):
        return NAVIGATION, CALENDAR_DATA
    if u.n <= HEADLINE_MAX_WORDS and u.final not in shape.SENTENCE_END and "/" not in text and _glued_tags(text) and not ledger(ctx.units, u.index):
        return NAVIGATION, GLUED_TAGS  # (a table's header or row whose cells ran together is the page's)
    if text.lstrip()[:1] == "#" and _HASHTAGS.match(text):
        return NAVIGATION, "hashtags"
    return None


GLUED_TAGS = "tags or links run together"
# where two words of a tag box meet with no space: "StreamingBudgeting", "ShootingElton",
# "ISISNadir" (a run of capitals, then a capitalised word)
_CASE_JOIN = lazy(r"[a-z]{2}[A-Z]|[A-Z]{2}[A-Z][a-z]{2}")
GLUED_JOINS = 3
_CODE_FREE = frozenset("(){}[];=<>")
# a line of hashtags and nothing else: "#saveourlocal #pubsmatter #community"
_HASHTAGS = lazy(r"^\s*(?:#[^\W_][\w-]*[\s,]*){2,}$")


def _glued_tags(text: str) -> bool:
    """Is the line a box of tags or links whose spaces were lost ("2015 Garland Texas
    ShootingElton SimpsonISISNadir SoofiMakes Statement",
    "StreamingBudgetingEntertainmentSubscription Savings")?  ``GLUED_JOINS`` such joins or more,
    two of them in one word: a brand's own capitals join its parts once ("YouTube", "WordPress"),
    seldom twice ("GlaxoSmithKline")."""
    joins = _CASE_JOIN.findall(text)
    if len(joins) < GLUED_JOINS or not _CODE_FREE.isdisjoint(text):
        return False  # (code names its functions so: "d.getElementsByTagName(s)[0];")
    return any(len(_CASE_JOIN.findall(w)) >= 2 for w in text.split())


def _landmark(u: Unit, body_words: Body) -> tuple[str, str] | None:
    tags = u.tags
    if not tags:
        return None
    if "nav" in tags:
        return NAVIGATION, "navigation menu (HTML nav)"
    if "footer" in tags:
        return (COPYRIGHT, "page footer") if ("©" in u.text or "copyright" in u.text.lower()) else (NAVIGATION, "page footer")
    if "form" in tags or "button" in tags or "label" in tags:
        # a newsletter form is a subscribe prompt, a "Share" button a share button
        fam = cue("anywhere", u) or cue("short", u)
        if fam is None:
            labels = all_labels(u, u.text, u.words)
            fam = labels[0] if labels else None
        if fam in (SHARE, NOTICE, NAVIGATION, RELATED):
            return fam, f"{WHAT[fam]} (HTML {'form' if 'form' in tags else 'button'})"
        return LOGIN, "form or button text"
    if "aside" in tags:
        co = body_words.cohesion(u)
        if not u.prose and (co is None or co < 0.5):
            return RELATED, "sidebar (HTML aside)"
    return None


# "© 2024 Town Herald", "Copyright IBTimes 2024", "(c) Reuters": a sign or the word, then a year or a name
_COPY_RE = lazy(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:(?:©|\((?i:c)\))\s*)?(?:(?:19|20)\d\d|[A-Z])")
COPY_LEAD_WORDS = 80  # a footer that opens with the notice may go on with the site's terms


# The site's software credited in its footer: "Powered by FeedBlitz", "Powered by the Parse.ly
# Publisher Platform (P3).", "Powered by Movable Type. Photo at top by Geoffrey Stone."  The credit
# is a name and nothing after it in its sentence; a story's "Powered by solar panels, the schools
# ..." goes on.  Only before or after the story (``Context.edge``): a headline such as "Powered by
# the Council Budget" shares the story's words and is not at an edge.
POWERED_MAX_WORDS = 14
_POWERED = lazy(
    r"(?i:powered\s+by)\s+(?:the\s+)?[A-Z0-9][\w.&'+-]*(?:\s+(?:[A-Z0-9][\w.&'+-]*|\([^()\s]{1,12}\)))*"
    r"\s*(?:[.!]\s+(?P<rest>.*)|[.!]?\s*$)",
    re.S,
)
_POWERED_REST_WORDS = 8  # "Photo at top by Geoffrey Stone."


def _powered_by(text: str) -> bool:
    if "owered" not in text[:16] and "OWERED" not in text[:16]:
        return False
    m = _POWERED.match(text.strip(DECORATION))
    return bool(m) and (not m["rest"] or len(m["rest"].split()) <= _POWERED_REST_WORDS)


_PHOTO_WORDS = frozenset("photo photos foto fotos фото image images picture bild photograph credit".split())


# how far from a line opening with "(c)" its lettered neighbour may be: minutes' lettered headings
# have a paragraph or two between them ("(b) Club Secretary" / "J White was elected ..." / "(c)
# Treasurer & Membership, Kit & Route Secretary")
ENUM_REACH = 3
_IN_BRACKETS = lazy(r"\s*\([a-zA-Z]\)\s")


def _lettered(units: list[Unit], i: int, step: int) -> str:
    """The letter of the nearest line within ``ENUM_REACH`` units of ``i`` (back or on, by
    ``step``) that opens with a letter in brackets, or ""."""
    for j in range(i + step, i + step * (ENUM_REACH + 1), step):
        if not 0 <= j < len(units):
            break
        if _IN_BRACKETS.match(units[j].text):
            return units[j].text.lstrip()[1].lower()
    return ""


def _enumerated_c(units: list[Unit], i: int) -> bool:
    """Is the line's "(c)" the third item of an enumeration, not a copyright sign: "(a) ... (b)
    ... (c) ..." in the line, or a line opening with "(c)" whose nearest lettered neighbour opens
    with "(b)" before it or "(d)" after it (a by-law's clauses, minutes' headings)?"""
    t = units[i].text
    if "©" in t:
        return False
    k = t.find("(c)")
    if k < 0:
        k = t.find("(C)")
    if k < 0:
        return False  # "copyright" spelled out
    before = t[:k]
    if "(b)" in before or "(B)" in before:
        return True
    if before.strip():
        return False
    return _lettered(units, i, -1) == "b" or _lettered(units, i, 1) == "d"


def _copyright_or_credit(u: Unit) -> tuple[str, str] | None:
    words = [w.lower() for w in shape.WORD.findall(u.text[:60])]
    if u.text.lstrip().startswith(("©", "(c)", "(C)")) and any(w in _PHOTO_WORDS for w in words[:2]):
        return CREDIT, WHAT[CREDIT]
    if u.n <= 30 and _COPY_RE.search(u.text):
        return COPYRIGHT, WHAT[COPYRIGHT]
    # "Copyright (c) 2008-2011 Victoria Lawrence. Please respect my art, words and images, ..."
    if u.n <= COPY_LEAD_WORDS and _COPY_RE.match(u.text.lstrip()):
        return COPYRIGHT, WHAT[COPYRIGHT]
    return None


def _list_label(text: str) -> tuple[str, str] | None:
    """ "Tags: Iran, Iraq" / "Filed under: World"; "[Related: Budget vote delayed]", a link box set
    in brackets inside the story."""
    low = shape.strip_decoration(text).lower()
    colon = low.find(":")
    if 0 < colon < 30:
        head = low[:colon].strip()
        for fam, labels in cues.LIST_LABELS.items():
            if head in labels:
                return fam, WHAT_LIST.get(fam, WHAT[fam])
        if head[:1] in "[(" and low.rstrip()[-1:] in "])" and head[1:].strip() in cues.LIST_LABELS[RELATED]:
            return RELATED, WHAT[RELATED]
        # "Follow CBSDFW.COM: Facebook | Twitter": the site's accounts, named by their networks
        if head.startswith("follow "):
            rest = [w.strip() for w in re.split(r"[|,/•·]| and ", low[colon + 1 :])]
            if rest and all(w in _NETWORKS for w in rest):
                return SHARE, WHAT_LIST[SHARE]
    return None


_NETWORKS = frozenset(cues.LABELS["share"])
# a follow line naming the site's accounts by their networks ("Follow Suffolk news on BBC Sounds,
# Facebook, Instagram and X."): two networks or more, not a story's "posted on Facebook"
FOLLOW_LINE_WORDS = 16
_FOLLOW_ON = lazy(r"^(?:[Ff]ollow|[Ll]ike|[Ff]ind)\s+\S.{0,60}?\s+on\s+(?P<nets>[^.!?:;]{3,90})[.!]?$")
_NETWORK_LIST = lazy(r"\s*(?:,|\band\b|&|\bor\b|\|)\s*")


def _follow_networks(text: str) -> bool:
    m = _FOLLOW_ON.match(text.strip())
    return m is not None and sum(item in _NETWORKS for item in _NETWORK_LIST.split(m["nets"].lower())) >= 2


# or a row of follow buttons, each opening with its verb and naming the site and one network ("Follow
# Health Club Management on Twitter Like Health Club Management on Facebook Join the discussion with
# Health Club Management on LinkedIn"): two buttons or more, and nothing else on the line
FOLLOW_ROW_WORDS = 60
_FOLLOW_VERB = r"(?:Follow|Like|Find|Join|Connect with|Subscribe to|Watch)\s"
_FOLLOW_BUTTON = lazy(rf"^{_FOLLOW_VERB}[^.!?]{{1,50}}?\s+on\s+(?P<net>\S+)$")
_BEFORE_VERB = lazy(rf"\s+(?={_FOLLOW_VERB})")


def _follow_row(text: str) -> bool:
    buttons = _BEFORE_VERB.split(text.strip())
    return len(buttons) >= 2 and all((m := _FOLLOW_BUTTON.match(b)) and m["net"].lower() in _NETWORKS for b in buttons)


# A link to another story behind a related-link label and its separator, in a block of its own:
# "Also Read | India's retail inflation rises 7% in August due to high food prices", "Now read:'A
# layoff is awful ...' Redfin lays off 13% of staff".  The title may be long, but it is one
# headline: it opens with a capital, a figure, a quotation mark or a bracketed series tag
# ("[Weekly funding roundup] Startups raise ...") and does not end with a full stop, and a second
# sentence after it makes the block a paragraph that opens with the label ("RELATED: The
# endorsees did not fare well. Aside from ..."); an address is no title.
LINK_MAX_WORDS = 32
_LINK = lazy(r"^[\[(*•>»›\s-]{0,3}(?P<label>[^\W\d_][\w'’ -]{1,24}?)\s*(?::|\|)\s*(?P<title>\S.*)$")
_SECOND_SENTENCE = lazy(r"[.!?…][\"”’)]?\s+[\"“‘(]?[A-Z]")
_SECOND_STATEMENT = lazy(r"[.…][\"”’)]?\s+[\"“‘(]?[A-Z]")  # after a full stop, not a question
# the label run into the title, their space lost with the link's markup ("Read alsoSpecial chimney
# cake conquers Taiwan", "READ MOREWhy the ..."); "Readmission rates" is a word
_RUN_IN = lazy(
    r"^[\[(*•>»›\s-]{0,3}(?P<label>Read more|Read More|READ MORE|Read also|Read Also|READ ALSO|Also read|Also Read"
    r"|ALSO READ|Related|RELATED)(?P<title>[A-Z\d\"“‘].*)$"
)
RUN_IN_TITLE_WORDS = 16
_RUN_IN_FIRST = frozenset(("Read", "READ", "Also", "ALSO", "Rela", "RELA"))


def _labelled_link(text: str) -> tuple[str, str] | None:
    m = _LINK.match(text.strip())
    if not m:
        m = _RUN_IN.match(text.strip())
        if not m or len(m["title"].split()) > RUN_IN_TITLE_WORDS:
            return None  # (a long one is the story's first sentence under its "Read more" button)
    title = m["title"].rstrip()
    if straight(title.lower().rstrip(" .…»›>")) in _RELATED_BUTTONS:
        return RELATED, WHAT[RELATED]  # a link's button under any label: "Source: Read Full Article"
    if straight(m["label"].lower().strip()) not in _RELATED_LABELS:
        return None
    if (
        len(title.split()) < 3
        or not (title[0].isupper() or title[0].isdigit() or title[0] in "'\"‘“" or (title[0] in "[(" and title[1:2].isupper()))
        or title.startswith(("http", "www."))
        or (title[-1] == "." and not title.endswith("..") and not _shouted_headline(m["label"], title))
        or (_SECOND_SENTENCE.search(title) and (title[-1] in ".!?…\"”’)" or _SECOND_STATEMENT.search(title)))
    ):
        # (a headline may ask a question before its second clause: "Read more: No to rehab? The
        # downturn risks making clean-ups an afterthought"; a paragraph ends with its full stop)
        return None
    return RELATED, WHAT[RELATED]


# (and "More" and "Check out", which lead one link, not a list: "More:For the Birds: Killdeer are
# returning for the fall", "CHECK OUT: The 5 Best Arcade Games From The 80s.")
_RELATED_LABELS = frozenset(straight(w) for w in cues.LIST_LABELS[RELATED]) | {"more", "check out"}
# the buttons of a link to a story ("Read Full Article", "Read more"), of more than one word
_RELATED_BUTTONS = frozenset(straight(w) for w in cues.LABELS[RELATED] if " " in w)


def _shouted_headline(label: str, title: str) -> bool:
    """A label in capitals over a headline in title case, whatever ends it: "READ THIS NEXT: This
    Beloved Home Store Is Closing 150 Locations, Starting Now." (a sentence of the story has no
    label in capitals, and is not in title case)."""
    return label.isupper() and len(label.split()) >= 2 and shape.is_title_case(shape.WORD.findall(title))


# a ranked item's number before its name: "2. Tiktok", "2) Polistil 960574 Pista Elettrica"
RANKED = lazy(r"^\s*\d{1,3}[.)]\s+\S")


def _label_or_lead(u: Unit, ctx: Context) -> tuple[str, str] | None:
    text = shape.strip_decoration(u.text)
    words = u.words if text == u.text else shape.WORD.findall(text)  # a short block has its words
    if not words:
        return None
    # the whole block is labels ("Share Tweet Email", "Comments (7)", "Advertisement"); not a
    # ranked item's name ("2. Tiktok" in a list of the companies fined most)
    hit = all_labels(u, text, words) if not (u.text[:1].isdigit() and RANKED.match(u.text)) else None
    if hit and (
        (hit[0] == LOGIN and u.text.strip()[:1] == "[")
        or (u.kind == LIST_ITEM and (hit[0] == LOGIN or len(words) > 1) and introduced(ctx.units, u.index))
    ):
        # a letter template's placeholder under its closing ("Sincerely," / "[Your Name]"), or an
        # item of a list the story introduces, named with labels' words: the parts of a letter
        # ("Your letter should follow a structured format:" / "• Your Name" / "• Your Address"), no
        # comment form's fields; the products it names ("A lot of people love smart home gadgets:"
        # / "• Alexa" / "• Google Home"), no share buttons
        hit = None
    if hit and hit[1] == "weak":
        ctx.weak[u.index] = hit[0]
    elif hit:
        return hit
    # "More from Business", "Follow us on Instagram" (not a step of the story's list of them: "If
    # your utility supports submitting your own meter reading:" / "• Log in to your utility's online
    # account portal")
    if u.final not in shape.SENTENCE_END:
        fam = cue("leads", u, text, lead_only=True)
        if fam and not (u.kind == LIST_ITEM and introduced(ctx.units, u.index)) and not (u.text[:1].islower() and inside_wrapped(ctx.units, u.index)):
            # (nor a line of a hard-wrapped sentence going on in lower case with the phrase:
            # "magazine began using the Harkness rating system," / "designed by Kenneth Harkness")
            return fam, WHAT[fam]
    if _IN_THIS.match(text):
        return NAVIGATION, "tag list"
    if words[0] in _RELATED_WORD and _RELATED_HEADING.match(text) and not (u.kind == LIST_ITEM and introduced(ctx.units, u.index)):
        return RELATED, WHAT[RELATED]
    archive = _archive(u, text, words, ctx) if not (u.n <= 2 and _pipe_table(ctx)) else None  # ("Jan 2022": a table's cell)
    if archive and not (archive[1] == ARCHIVE_LINK and text[:1].isalpha() and not shape.has_year(text) and _between_paragraphs(ctx.units, u.index)):
        # a category's links come in a list; alone between two paragraphs a name with a count in
        # brackets is the story's ("Animal Liberators captured (3)", a crossword clue with its
        # letters), though a blog's archive ("► 2008 (212)") may stand there
        return archive
    if _section_name(u, words) and not (u.kind == LIST_ITEM and introduced(ctx.units, u.index)):
        # (an item of the story's list under its sentence: "The following groups have been
        # registered:" / "- Science and Technology")
        return NAVIGATION, "section name"
    return None


# the question over a site's share or donation box: "Enjoyed this article or find Walkhighlands
# useful?", "Did you enjoy this post?" (not a reader's "I really enjoyed this post")
ENJOYED_MAX_WORDS = 10
_ENJOYED = lazy(r"^(?:did\s+you\s+)?enjoy(?:ed)?\s+(?:this|the)\s+(?:article|post|story|piece)\b[^.!?]*\?$", re.I)


# "Join the IGN Deals Newsletter", "Sign up for our daily newsletter" (the site's, not "my newsletter")
_NEWSLETTER = lazy(r"\b(?:join|sign up (?:for|to)|subscribe to|get)\s+(?:the|our)\b[^.!?]{0,40}?\bnewsletters?\b", re.I)
# the same call opening a longer block with what the reader gets ("Sign up for the Family Tree Newsletter
# Plus, you'll receive our 10 Essential Genealogy Research Forms PDF as a special thank you!")
NEWSLETTER_OFFER_WORDS = 30
_NEWSLETTER_OFFER = lazy(r"^\W{0,3}(?:sign\s+up\s+(?:for|to)|subscribe\s+to)\s+(?:the|our)\b[^.!?]{0,40}?\bnewsletters?\b", re.I)


# The site promoting itself, in a block of its own: "Subscribe to WIRED and stay smart with ...",
# "Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters.", "Get Motor
# Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for
# more info.", "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "To subscribe to the journal please
# click here.", "Sign up to receive our weekly free journal", "Sign up for one of our email
# newsletters.", "This story was originally published on
# Waste Dive. To receive daily news and insights, subscribe to our free daily Waste Dive
# newsletter.", "Stay in touch with top news, as it happens, conveniently in your email inbox.
# It's FREE!".  A promotion is an imperative that opens its sentence (a quotation opens with its
# mark, reported speech with its subject) and offers the reader a subscription, a newsletter or
# delivery; a sentence that sells anything else ("Get it on Amazon for $39.99", "Sign up for a Hulu
# account") is the story's, as on a deals page.
PROMO_MAX_WORDS = 45
_PROMO = lazy(
    r"""^[\[({*•>\s-]{0,3}(?:if\s+you\s+(?:just\s+)?(?:would\s+like|want|wish)\s+to\s+[^,.!?]{1,80},\s*(?:please\s+)?)?(?:
        subscribe\b(?:\s+(?:now|today|here))?\s*(?:to|for|and|via|by|at|[.!:|]|$)
      | sign\s*up(?:\s+(?:now|today|here))?\s+(?:for|to)\s+(?:(?:any|one|more|or|of|our|the|free|daily|weekly|breaking|news|e-?mail)\s+){0,6}(?:newsletters?|e-?mails|alerts|updates)\b
      | sign\s*up\s+(?:here\s+)?to\s+(?:receive|get)\s+(?:our|the)\b
      | to\s+(?:receive|get)\b[^.!?,]{0,80},\s*(?:subscribe|sign\s*up)\b
      | get\b[^.!?]{0,80}?(?:\b(?:inbox|letterbox|mailbox|newsletters?)\b|\bdelivered\s+(?:to|through|straight|right|directly|every)\b|\bon\s+the\s+go\s+by\s+clicking\b)
      | (?:sign\s*up|want|stay\s+in\s+touch|keep\s+up)\b[^.!?]{0,80}?\b(?:to|into|in)\s+your\s+(?:e-?mail\s+)?inbox\b
      | click(?:ing)?\s+here\s+to\s+(?:subscribe|sign\s+up|register|join)\b
      | not\s+(?:yet\s+)?an?\s+(?:[^\W\d_][\w'’®-]*\s+){0,3}subscriber\s*\?\s*$
      | to\s+subscribe\b[^.!?]{0,60}?\bclick(?:ing)?\s+here\b
      | download\s+(?:our|the)\s+(?:free\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}?app\b
      | join\s+(?:over\s+|more\s+than\s+)?\d[\d,.]*\s*[km]?\+?\s+(?:other\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}?(?:readers|subscribers|followers|members)\s*[.!]?$
    )""",
    re.I | re.X,
)
# what may stand beside a promotion in its block: its link, its price, the tip line
_PROMO_ASIDE = lazy(
    r"^[\[({*•>\s-]{0,3}(?:click\s+here|learn\s+more|find\s+out\s+more|(?:have|got)\s+a\s+(?:news\s+)?tip\?"
    r"|stay\s+(?:informed|updated|up[\s-]to[\s-]date|in\s+the\s+know|ahead)\b"  # "Stay informed and elevate your ..." after the offer
    r"|this\s+(?:story|article|post)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b)",  # the syndication note before it
    re.I,
)
_SENTENCE_BREAK = lazy(r"(?<=[.!?])\s+")  # not inside "NJ.com" or "£11.99"
ASIDE_WORDS = 6  # a sentence this short may stand beside a promotion ("Thank you.", "It's free.")
NEWSLETTER_ASIDE_WORDS = 10  # or this short, praising the newsletter ("The Daily Star's FREE newsletter is spectacular!")


def _short_aside(sent: str) -> bool:
    n = len(sent.split())
    return n <= ASIDE_WORDS or (n <= NEWSLETTER_ASIDE_WORDS and "newsletter" in sent.lower())


TITLE_TOPIC_WORDS = 3  # a page's title over legal text names its subject in this many topic words
TITLE_COHESION = 0.75  # ... and this share of them recurs in the body


def _names_its_subject(u: Unit, ctx: Context) -> bool:
    """Does a line holding a footer link's words ("terms and conditions", "privacy policy") name
    the subject of the text below, as the page's title over that text does ("Beach hut waiting
    list terms and conditions")?  A footer's link opens with them or stands between separators."""
    if cue("short", u, u.text.lstrip(" (["), lead_only=True) == NAVIGATION or any(c in u.text for c in "|•·") or len(u.topic) < TITLE_TOPIC_WORDS:
        # (a wiki's "(Redirected from Digital identity system)" names the subject and is its link)
        return False
    co = ctx.body_words.cohesion(u) if ctx.body_words else None
    return co is not None and co >= TITLE_COHESION


def _asks_after_these(u: Unit) -> bool:
    """Is the line a related box's label put as a question to the reader about the stories under
    it, its phrase leading ("Maybe you missed these episodes?", "You may also like these
    stories?")?  A story's own question names no "these" for "you" ("Most popular places to
    visit?")."""
    return u.final == "?" and "you" in u.lower and "these" in u.lower and cue("short", u, lead_only=True) == RELATED


def _trailing_lead(u: Unit, fam: str) -> bool:
    """Does the line open with a related-content cue and trail off in an ellipsis ("You might
    also like these attractions...")?"""
    return fam == RELATED and u.text.rstrip().endswith(("...", "…")) and cue("short", u, lead_only=True) == RELATED


def promotion(text: str) -> bool:
    """Is every sentence of the block a promotion of the site, its link or its price, and is at
    least one of them a promotion?"""
    head = text[:12].lower()
    if (
        "ubscri" not in text and "UBSCRI" not in text and "get" not in head and "click" not in head
        and "join" not in head and "ownload" not in head and "if you" not in head and "want" not in head
        and "stay in" not in head and "keep up" not in head
        and "sign" not in text[:80].lower()  # "... newsletter is spectacular! Sign up today ..."
    ):
        return False
    found = False
    for sent in _SENTENCE_BREAK.split(text.strip().strip("[]{}() ")):
        if _PROMO.match(sent):
            found = True
        elif not (_PROMO_ASIDE.match(sent) or _short_aside(sent)):
            return False
    return found


# A box's heading that opens with "Related", whatever it relates ("Related Pages", "Related
# Transport News Articles", "Related To:", "Related definitions of "bonus scheme""): five words at
# most after it, no sentence.  Not the ledger's "Related party transactions" nor the developer Related
# Companies.
_RELATED_WORD = frozenset(("Related", "RELATED"))
_RELATED_HEADING = lazy(r"^\W{0,3}related(?!\s+(?:part(?:y|ies)|compan(?:y|ies))\b)(?:\s+[^\s.!?]+){1,5}\s*:?$", re.I)

# "Places in this Story", "Topics in this article": the label of a box of tags
_IN_THIS = lazy(r"^(?:[^\W\d_][\w'’-]*\s+){1,3}in this (?:story|article|post)$", re.I)


_JOINERS = frozenset({"&", "and", "of", "the", "in", "for"})


def _section_name(u: Unit, words: list[str]) -> bool:
    """ "World Markets", "Tech & Gadgets", "LOCAL NEWS": two to four words that all name site
    sections (one such word alone may be a heading of the story: see ``_AMBIGUOUS_SINGLE``)."""
    if not 2 <= len(words) <= 4 or u.final in shape.SENTENCE_END:
        return False
    if not (shape.is_title_case(words) or u.text.isupper()):
        return False
    named = 0
    for w in words:
        lw = w.lower()
        if lw in cues.SECTIONS:
            named += 1
        elif lw not in _JOINERS:
            return False
    return named >= 2


LISTING_LABEL_WORDS = 4
LISTING_LABEL_TIMES = 3  # over three listed stories at least: a pair of labels may be two parts of the story
LISTED_HEADLINE_MIN_WORDS = 4
LISTED_TEASER_MIN_WORDS = 8  # the headline's teaser under it
_BARE_LABEL = lazy(r"[^\W\d_]+(?:[ &'’][^\W\d_]+|\s&\s[^\W\d_]+)*")  # words only: no figure, colon or stop


def _listing_label(u: Unit, ctx: Context) -> bool:
    """A tag or section page's label over each story it lists ("Ports" / "Union Worker Strike
    Closes Germany's Hamburg Port to Large Ships" / its teaser, and "Ports" again over the next):
    a short capitalised line of words only, standing over at least ``LISTING_LABEL_TIMES``
    different headlines (``LISTED_HEADLINE_MIN_WORDS`` to ``HEADLINE_MAX_WORDS`` words that no
    stop or colon ends), each over its teaser, and over nothing else (bar the last, which the page
    may cut off).  A speaker's name stands over sentences, a winner's over short entries, a
    chorus's label over the same line each time, a shop's "Buy Now" over a product's name and its
    specs, only now and then over a longer line."""
    text = u.text
    if not u.words or not text.lstrip()[:1].isupper() or not _BARE_LABEL.fullmatch(text.strip()):
        return False
    if not (shape.is_title_case(u.words) or text.isupper()):
        return False
    known = ctx.listing_labels.get(text)
    if known is None:  # asked once per label: a transcript repeats a speaker's name thousands of times
        known = ctx.listing_labels[text] = _over_listed_stories(text, ctx.units)
    return known


LABEL_PREFIX_CHARS = 20
# a listing's label before each story's title: "Review: Birdsong", "Interview: Ann Lee"
_LABEL_PREFIX = lazy(r"([A-Z][^\W\d_]*(?: [A-Za-z][^\W\d_]*)?):\s+\S")
PREFIXED_PAIRS = 3


def _prefixed_listing(u: Unit, ctx: Context, i: int | None = None) -> bool:
    """A listing page's titles, each with the same label before it and a teaser under it, one pair
    after the other ("Review: Birdsong" / "If you think on peace in these distracted times ..." /
    "Review: The Gift" / "How far you'd go ..."): ``PREFIXED_PAIRS`` different titles or more, each
    followed by one line of ``LISTED_TEASER_MIN_WORDS`` words or more and then the next title.  A
    live blog's "Update:" heads several paragraphs, an interview's questions end with "?", a
    guide's steps are numbered ("Step 1:", "Step 2:").  With ``i``: is block ``i`` the title or
    the teaser of such a pair (the block under ``u``, its teaser)?"""
    if ctx.prefixed_listing is None:
        ctx.prefixed_listing = _prefixed_blocks(ctx.units)
    return (u.index if i is None else i) in ctx.prefixed_listing


def _prefixed_blocks(units: list[Unit]) -> frozenset[int]:
    """The blocks of every listing under a label: each label's blocks found in one pass over the
    text, then each label's runs over its own blocks (a glossary of a thousand "Term: ..." lines
    costs one pass, not one per term)."""
    by_label: dict[str, list[int]] = {}
    for u in units:
        if ":" in u.text[:LABEL_PREFIX_CHARS]:
            m = _LABEL_PREFIX.match(u.text)
            if m is not None:
                by_label.setdefault(m.group(1), []).append(u.index)
    out: set[int] = set()
    for idxs in by_label.values():
        if len(idxs) >= PREFIXED_PAIRS:
            out.update(_alternating(idxs, units))
    return frozenset(out)


def _alternating(idxs: list[int], units: list[Unit]) -> list[int]:
    """The blocks of the longest run of title and teaser pairs among the blocks ``idxs`` that open
    with one label: a title that ends no sentence, the block under it a teaser (not the label
    again), the next title right under the teaser.  Empty if the run has fewer than
    ``PREFIXED_PAIRS`` different titles."""
    labelled = set(idxs)
    n = len(units)
    best: list[int] = []
    best_titles: set[str] = set()
    run: list[int] = []
    titles: set[str] = set()
    prev = None
    for i in idxs:
        if units[i].final in shape.SENTENCE_END or i + 1 >= n or i + 1 in labelled or units[i + 1].n < LISTED_TEASER_MIN_WORDS:
            prev = None
            continue
        if prev is None or i != prev + 2:
            run, titles = [], set()
        run += (i, i + 1)
        titles.add(units[i].text.strip())
        prev = i
        if len(titles) > len(best_titles):
            best, best_titles = list(run), set(titles)
    return best if len(best_titles) >= PREFIXED_PAIRS else []


def _over_listed_stories(text: str, units: list[Unit]) -> bool:
    headlines = set()
    times = 0
    for v in units:
        if v.text != text:
            continue
        times += 1
        if v.index + 2 < len(units):
            h = units[v.index + 1]
            if (
                LISTED_HEADLINE_MIN_WORDS <= h.n <= HEADLINE_MAX_WORDS
                and h.final not in shape.SENTENCE_END
                and h.final != ":"
                and h.text.count("|") < 2  # a record's cells ("United Kingdom | 5 min | 2024": a film's country, length and year)
                and units[v.index + 2].n >= LISTED_TEASER_MIN_WORDS
            ):
                headlines.add(h.text)
    # over every listed story (the last one may be cut off with the page)
    return len(headlines) >= max(LISTING_LABEL_TIMES, times - 1)


# an item lettered in the story's own list, with its quantity: "C. Lacing Pins (4)" (no archive
# link is lettered)
_LETTERED = lazy(r"^\s*[A-Z][.)]\s+\S")


ARCHIVE_LINK = "archive or category link"


def _between_paragraphs(units: list[Unit], i: int) -> bool:
    return 0 < i < len(units) - 1 and units[i - 1].prose and units[i + 1].prose


def _dated_title(u: Unit, ctx: Context) -> bool:
    """Is the month alone the date of the draft's first line, right under it and over the first
    paragraph ("Classic Americana" / "October 2019" / "This special bridge is ...")?  An archive's
    months come one under another, or under its heading ("Archives")."""
    units = ctx.units
    return u.index == 1 and len(units) > 2 and units[2].prose and not units[0].prose and classify(units[0], ctx) is None


def _archive(u: Unit, text: str, words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Archive and category entries: "June 2012", "► May (15)", "2008 (212)", "Salads (48)",
    "Health »"."""
    if shape.is_month_archive(words):
        if _dated_title(u, ctx):
            return None
        return NAVIGATION, "archive link"
    if shape.has_count(text) and len(words) <= 6 and not _LETTERED.match(text) and not ranked_place(ctx.units, u.index):
        # (a ranking's places with their points: "Equal 2nd - Williamstown & Camberwell (185)")
        digits = sum(1 for w in words if w.isdigit())
        ranked = text[:1].isdigit() and RANKED.match(text) is not None
        if (digits == 1 or ranked) and shape.dated_in_brackets(text):
            # (a ranked list's works too: "5. College, Inc. (2010)", "10. The Choice 2008 (2008)")
            return None  # a work's year, not a count of posts: "Sarabande (1969)", "Casablanca (1942)"
        if digits == 1 and shape.restated_number(text):
            return None  # a number written twice, the way rules are: "Thirteen (13)"
        if digits == 1 or (digits == 2 and shape.has_year(text)):
            return NAVIGATION, ARCHIVE_LINK
    if len(words) <= 6 and u.text.rstrip()[-1:] in "»›" and not u.text.lstrip().startswith(("«", "‹")) and header_kind(u.text) is None:
        return NAVIGATION, "navigation link"  # (not phpBB's "Post by hepcat1989 »" over the opening post)
    return None


def all_labels(u: Unit, text: str, words: list[str]) -> tuple[str, str] | None:
    m, family, longest, _needs = matcher("labels")
    if longest.isdisjoint(u.lower):
        return None
    covered = 0
    fams: Counter = Counter()
    for _a, _b, phrase in m.finditer(straight(text)):
        k = key(phrase)
        covered += k.count(" ") + 1
        fams[family[k]] += 1
    alpha = [w for w in words if not w.isdigit()]
    if not alpha or covered < len(alpha):
        return None
    if _NUMERIC_DATE.search(text):
        return None  # "Last updated: 25/04/2024": a stamp with its date is the story's date line, no label
    fam = fams.most_common(1)[0][0]
    if (
        len(alpha) == 1 and alpha[0].lower() in _AMBIGUOUS_SINGLE and not shape.has_count(text)
        and not _truncated(text) and not _counted(alpha[0], words)
    ):
        return fam, "weak"  # a label only next to other furniture
    return fam, describe(fam, u.lower)


_NUMERIC_DATE = lazy(rf"\b{shape.DATE_IN_FIGURES}\b")


# Words that a count in front of them makes a counter: "1 comment:", "24 Photos" (a line "Photos"
# may be a heading; "10 News" is a channel's name, so the word matters)
_COUNTED = frozenset("comment comments photo photos video videos image images".split())


def _counted(word: str, words: list[str]) -> bool:
    return word.lower() in _COUNTED and len(words) == 2 and words[0].isdigit()


# "... more", "…More": the toggle of a truncated caption, a label wherever it stands
def _truncated(text: str) -> bool:
    return text.lstrip().startswith(("...", "…"))


# Single words that are labels only in company (a line "World" may be a heading).
_AMBIGUOUS_SINGLE = {w: True for w in (
    "news world business sport sports opinion politics tech technology entertainment lifestyle health "
    "science travel video videos photos photo images picture source local events weather home "
    "about contact email website name account more next previous latest popular related archive "
    "search help terms privacy jobs careers blogs credit credits podcasts section sections topics "
    "categories category tags tag print follow subscribe login register comment close expand "
    "collapse enlarge replay show hide toggle x threads report oops join transcript"
).split()}
