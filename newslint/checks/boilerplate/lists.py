"""From block verdicts to findings: items of a list join the list, runs of one family merge."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from ...document.model import HEADLINE, LIST_ITEM
from ...document.plain import LIST_MARKER
from ...lazyre import lazy
from . import cues
from .classify import FILE_BOX, RANKED, TEASER_END, WIKI_LINE
from .lexicon import DECORATION, key, straight
from .families import CONTENTS, STAMP_LABEL, APPEAL, APPEAL_BOX, DANGLING, LIST_FAMILIES, NAVIGATION, OTHER_HEADLINE, PLACE_WHATS, RUN_NAMES, RELATED, SMALL_PRINT, TEASER, Leftover, MERGING, WHAT_LIST, describe
from .media import BOX_ITEMS
from .names import person_entry, titled
from .position import BYLINE_WORDS, LABEL_WORDS, START_COHESION
from .shape import MONTH, SENTENCE_END, YEAR, has_year, is_title_case
from .structure import date_words, is_agency, is_byline, is_date, is_field, is_stamp, not_furniture, wrapped_line
from .tables import field_box, introducer, line_under, numbered_next, sentence_lists, series_part, story_colon_sentence, table_rule, wrapped_colon_end
from .units import TITLE_MAX_WORDS, Context, Unit, recurring


def stretches(test: Callable[[int], bool], n: int) -> Iterator[tuple[int, int]]:
    """``(first, last)`` of each longest stretch of indices below ``n`` that pass ``test``, in order.
    ``test`` is asked as the stretches are taken, so a caller may settle the blocks of one stretch
    before the next is looked for."""
    i = 0
    while i < n:
        if not test(i):
            i += 1
            continue
        j = i
        while j + 1 < n and test(j + 1):
            j += 1
        yield i, j
        i = j + 1


TITLE_ITEM_WORDS = 3  # a title this long, met again as an item of a list, names this page there
TITLE_LIST_ITEMS = 3  # a list of at least this many items
OWN_TITLE_LIST = "list of the site's pages (it holds this page's own title)"


def _item_key(text: str) -> str:
    """An item's words as a title's: "1. Will my pickup day change?" -> "will my pickup day change"."""
    text = text.lstrip()
    m = LIST_MARKER.match(text)  # the plain reader's item keeps its marker
    return " ".join(text[m.end() if m else 0 :].replace("’", "'").lower().split()).rstrip("?!.:")


def lists_holding_the_title(ctx: Context, verdicts) -> None:
    """A list that holds the page's own title among its items is the site's list of its pages (its
    "Recent posts", a help desk's index of its questions under "Show All Answers"): a story does
    not list itself.  Its title is the headline found, or the draft's first line when the reader
    took it for one."""
    units = ctx.units
    t = ctx.headline if ctx.headline is not None else (0 if units and units[0].kind == HEADLINE else None)
    if t is None:
        return
    title = _item_key(units[t].text)
    if len(title.split()) < TITLE_ITEM_WORDS:
        return  # "News", "Events": a short title is any menu's entry

    def item(i: int) -> bool:
        return i > t and units[i].kind == LIST_ITEM and not ctx.in_comments[i]

    for a, b in stretches(item, len(units)):
        if b - a + 1 >= TITLE_LIST_ITEMS and any(_item_key(units[k].text) == title for k in range(a, b + 1)):
            for k in range(a, b + 1):
                if verdicts[k] is None:
                    verdicts[k] = (RELATED, OWN_TITLE_LIST)


def _typed_item(u: Unit) -> bool:
    """Does the line open with a dash typed against its first word ("-Archival inks")?  A writer's
    own list; a page's lists come out of the extractor as "• Home" or "- Home"."""
    t = u.text.lstrip()
    return t[:1] == "-" and t[1:2].isalnum()


def spare_list_items(ctx: Context, verdicts, claimed: list[int]) -> None:
    """Items the shapeless test claimed (``claimed``) in a list the writer typed, other items of
    which no test claimed, are the list's, as those are: "-Mounted permanently to a custom-made
    wood box" / "-Ready to hang" among a print's options.  So with a run of labelled fields: "Cost:
    $10 per participant" under "Hike Length: 2.2 Miles" and "Bathrooms: No bathrooms"; and with
    the short items at the end of a bulleted list whose other items are sentences ("• External
    toilets" under "• Main central corridor (with club boards) leading to the two parts of the
    building"): a page's menu or link box holds no such item."""
    units = ctx.units
    taken = set(claimed)
    for test in (_typed_item, is_field):
        for a, b in stretches(lambda i: test(units[i]), len(units)):
            mine = [k for k in range(a, b + 1) if k in taken]
            if mine and any(verdicts[k] is None for k in range(a, b + 1)):
                for k in mine:
                    verdicts[k] = None
    if taken:
        for k in taken & sentence_lists(units, verdicts):
            verdicts[k] = None


OVER_TEXT_COHESION = 0.5  # the share of its words a caption right over the first paragraph takes from the story


def fill_lists(ctx: Context, verdicts) -> None:
    """Outside the body, a short item among flagged items of a list is part of the list: between
    two of them, or in a run of three or more short items of which two thirds are flagged."""
    units = ctx.units
    body = ctx.body
    n = len(units)

    def _over_text(u: Unit) -> bool:
        # a line right over the first paragraph made of its words (a picture's caption, "A modern
        # Finnish sauna" over the article on saunas) is the story's, not an item of a list above it
        return (
            body is not None and u.index == body[0] - 1 and verdicts[u.index] is None
            and (ctx.body_words.cohesion(u) or 0) >= OVER_TEXT_COHESION
        )

    def _over_byline(k: int) -> bool:
        # a title right over its byline ("Trapped beneath the Earth" / "• Written by Geographical")
        # is a story's, not an item of the list above it
        return k + 1 < n and verdicts[k + 1] is None and units[k + 1].n <= BYLINE_WORDS and is_byline(units[k + 1])

    def listy(u: Unit) -> bool:
        return (
            not u.prose
            and 1 <= u.n <= 8
            and bool(u.words)  # "___" separates, it is no item
            and not (u.n > 3 and u.final in SENTENCE_END)  # "Officials gave no details." ends a story
            and not ctx.in_comments[u.index]
            and u.index != ctx.headline
            and (body is None or u.index < body[0] or u.index > body[1])
            and not (verdicts[u.index] is None and not_furniture(u))
            and not _over_byline(u.index)
            and not _over_text(u)
        )

    def list_family(v) -> str | None:
        # a video box, and a wiki's line under its title, are complete on their own: the lines
        # around them are not their items
        return v[0] if v and len(v) == 2 and v[0] in LIST_FAMILIES and v[1] not in BOX_ITEMS and v[1] != WIKI_LINE else None

    def item_family(k: int) -> str | None:
        # a page's anchor ("Skip to main content") heads no list: the title under it is no item
        return None if units[k].text.strip().lower() in cues.ANCHORS else list_family(verdicts[k])

    for i, j in stretches(lambda k: listy(units[k]), n):
        run = range(i, j + 1)
        fams = Counter(f for k in run if (f := item_family(k)))
        if i == 0:
            _fill_opening_labels(units, run, verdicts, list_family)
        if fams and len(run) >= 3 and 3 * sum(fams.values()) >= 2 * len(run):
            _fill(run, fams, verdicts)
        else:
            for k in run:
                if verdicts[k] is None and 0 < k < n - 1:
                    prev, nxt = item_family(k - 1), item_family(k + 1)
                    if prev and prev == nxt:
                        verdicts[k] = verdicts[k - 1]
    # "Home" next to "Skip to content": a one-word label in company (another one counts: "Previous"
    # over "Next", and so does a prompt of its own family: "Report" under "Post a comment as"); or
    # "• Home" as the first item of a list that opens the draft (a menu or a breadcrumb trail; the
    # items under it go with it: ``extend_headed_lists``)
    weak = ctx.weak
    for k, fam in weak.items():
        if verdicts[k] is None:
            near = [
                list_family(verdicts[m]) or m in weak or (verdicts[m] is not None and verdicts[m][0] == fam)
                for m in (k - 1, k + 1) if 0 <= m < n
            ]
            opens_list = k == 0 and n > 1 and units[0].kind == units[1].kind == "list-item"
            if any(near) or (ctx.edge[k] and k in (0, n - 1)) or opens_list:
                verdicts[k] = (fam, describe(fam, units[k].lower))


MENU_LABELS = 4  # items of at most two words opening the draft: a menu when half are flagged
LABEL_MAX_WORDS = 2


def _fill_opening_labels(units, run: range, verdicts, list_family) -> None:
    """The labels that open the draft, four or more items of one or two words, are one menu when
    half of them are flagged ("SMALL PHONE" / "PHONE" / "TABLET" / "DESKTOP" / "LARGE DESKTOP" / "XL
    DESKTOP": a page's switch between layouts)."""
    end = next((k for k in run if units[k].n > LABEL_MAX_WORDS), run.stop)
    labels = range(run.start, end)
    fams = Counter(f for k in labels if (f := list_family(verdicts[k])))
    if len(labels) >= MENU_LABELS and fams and 2 * sum(fams.values()) >= len(labels):
        _fill(labels, fams, verdicts)


def _fill(items: range, fams: Counter, verdicts) -> None:
    """The unflagged items of a list take the family most of its flagged items have."""
    fam = fams.most_common(1)[0][0]
    for k in items:
        if verdicts[k] is None:
            verdicts[k] = (fam, WHAT_LIST[fam])


def fill_teasers(ctx: Context, verdicts) -> None:
    """A box of other stories gives each one's headline over its teaser: a title line (no sentence
    end) with a teaser below it and another teaser, or the box's label, above it is one of them,
    inside the body's span or not ("You may be interested" / "Super Eagles ... Appoint New Coach" /
    "Webby - February 11, 2025Sami Trabelsi has named ...")."""
    units = ctx.units
    for k in range(1, len(units) - 1):
        u = units[k]
        if verdicts[k] is not None or ctx.in_comments[k] or k == ctx.headline:
            continue
        if not 2 <= u.n <= TITLE_MAX_WORDS or u.final in SENTENCE_END:
            continue
        below, above = verdicts[k + 1], verdicts[k - 1]
        if below and below[1] == TEASER and above and len(above) == 2 and above[0] == RELATED:
            verdicts[k] = (RELATED, OTHER_HEADLINE)


OWN_STORY_LINK = "link to the rest of the story"


def own_teaser(ctx: Context, verdicts) -> None:
    """The one teaser of a page, the last paragraph under the headline ("Summer Drive-In Madness Has
    Begun!" / "There are people out there who think the drive-in is dead. ... there are two of...
    Read more »"): the story itself, cut short where the site links to the rest of it.  Its link
    alone is left over; a page of other stories' teasers has more than one."""
    body = ctx.body
    if body is None:
        return
    above = ctx.headline if ctx.headline is not None else body[0] - 1  # no headline found: the title over the text
    if not 0 <= above < body[0] or verdicts[above] is not None or ctx.units[above].n > TITLE_MAX_WORDS:
        return
    k = body[1]
    if verdicts[k] != (RELATED, TEASER) or sum(1 for v in verdicts if v == (RELATED, TEASER)) > 1:
        return
    u = ctx.units[k]
    m = TEASER_END.search(u.text)
    if m is not None:
        verdicts[k] = (RELATED, OWN_STORY_LINK, u.start + m.start("link"), u.end)


def extend_headed_lists(ctx: Context, verdicts) -> None:
    """The list items right after a flagged "Related articles" or "Tags:" heading are its links, and
    so are other stories' dated headlines right under a flagged related label ("Read also" /
    "Holiday homes demolished ..., Daily Maverick / Dec 11, 2023")."""
    units = ctx.units
    for u in units:
        v = verdicts[u.index]
        if not v or len(v) != 2 or v[0] not in LIST_FAMILIES or u.n > 8 or u.text.strip().lower() in cues.ANCHORS:
            continue
        if v[1] in (STAMP_LABEL, FILE_BOX, PAGE_HEADER):
            continue  # "- Last updated" heads no list: its date is the next item, or lost
        j = u.index + 1
        if v[0] == RELATED and _bullets_on(ctx, verdicts, u.index):
            continue  # (a table of contents has the story under its list: no box fallen into a list)
        taken: set[str] = set()
        bulleted = False  # the block above was a bullet alone, its item's text on the next line
        bullet_above = False  # an item of the list came after a bullet alone
        while j < len(units) and verdicts[j] is None and not ctx.in_comments[j]:
            x = units[j]
            if v[1] == CONTENTS and x.text.strip() in taken:
                break  # the contents' first entry again: the story's first section under its contents
            taken.add(x.text.strip())
            if v[1] == CONTENTS and x.text.strip() in LONE_BULLETS:
                # a bullet on a line of its own ("Table of Contents" / "-" / "Fake CEO Scams" / "-"), a
                # contents box's: its entries are titles
                verdicts[j] = v
                bulleted = True
                j += 1
                continue
            # a contents entry numbered by its section, without a stop ("2.1 Car prices are going down")
            numbered = v[1] == CONTENTS and x.text[:1].isdigit() and _SECTION_NUMBER.match(x.text) is not None
            if (x.kind == "list-item" or (bulleted and x.final not in ".!") or numbered) and x.n <= 25:
                bullet_above, bulleted = bulleted or bullet_above, False
                if not numbered and (_trail_title(ctx, x) or (x.prose and x.final == ".") or _ACCESSED.search(x.text) or _clause(x.text)):
                    # the story's title, a list of sentences ("• All members must wear helmets."),
                    # its references ("1. Refugee Council About, web page, accessed October 10, 2012."),
                    # or the clauses of one sentence ("- Combining existing wards;", "- Economic factors; and");
                    # a numbered entry may be a sentence, its section's title
                    break
                if _numbered_on(units, j, u.index):
                    break  # "2. An entire pride of lions" under "1. Escaped monkeys" and its "Read more: ..."
                if v[1] == CONTENTS and (j == u.index + 1 or (bullet_above and not numbered)) and j + 1 < len(units) and units[j + 1].prose and verdicts[j + 1] is None:
                    # "1. Introduction" alone over its paragraph: the first section, its contents list
                    # lost, or the first section under a list set with bullets on lines of their own
                    break
            elif v[0] == RELATED and _kicker_pair(units, j, verdicts):
                verdicts[j] = verdicts[j + 1] = v  # a tabloid's teaser: its kicker over its headline
                j += 2
                continue
            elif not (v[0] == RELATED and _dated_title(x)):
                break  # a related list's items may be other stories' dated headlines, not bulleted
            verdicts[j] = v
            j += 1


_SECTION = r"\d{1,2}(?:\.\d{1,2}){0,3}"  # a section's number: "2", "2.1", "3.1.4"
_SECTION_NUMBER = lazy(rf"{_SECTION}\s+\S")
LONE_BULLETS = frozenset(("-", "•", "*", "·", "–", "◦", "▪"))


def _clause(text: str) -> bool:
    """Does the item end like a clause of a sentence set as a list: a semicolon, alone or before
    "and" or "or"?  No link ends so."""
    text = text.rstrip()
    return text.endswith(";") or (";" in text[-6:] and _CLAUSE_END.search(text) is not None)


_CLAUSE_END = lazy(r";\s*(?:and|or)$")


_ACCESSED = lazy(r"\b(?:[Aa]ccessed|[Rr]etrieved)\s+(?:on\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d)")


def _bullets_on(ctx: Context, verdicts, heading: int) -> bool:
    """Does the story's bulleted list go on under a box's heading that fell into it ("• Non-working
    fire alarm system ..." / "Most Read" / "• Building defects including damp ..." / "• Defective,
    warped and rotting windows" / the story's next paragraph): an item of the story right above
    the heading, items with the same bullet right under it, and the story's paragraph under them?
    A box of links under the story's last list ends the story; this one has the story below."""
    units = ctx.units
    if heading == 0 or heading + 1 >= len(units) or units[heading].kind == LIST_ITEM or units[heading].final == ":":
        return False  # ("- Related Topics:" set as an item of the list, or over its items with a colon, heads them)
    above, below = units[heading - 1], units[heading + 1]
    if above.kind != LIST_ITEM or below.kind != LIST_ITEM or verdicts[heading - 1] is not None or ctx.in_comments[heading - 1]:
        return False
    mark = above.text.lstrip()[:1]
    if mark.isalnum() or below.text.lstrip()[:1] != mark:
        return False
    j = heading + 1
    while j < len(units) and units[j].kind == LIST_ITEM and units[j].text.lstrip()[:1] == mark and verdicts[j] is None:
        j += 1
    return j < len(units) and units[j].prose and verdicts[j] is None and not ctx.in_comments[j]


_ITEM_NUMBER = lazy(r"^\s*(\d{1,2})[.)]\s+\S")
NUMBERING_SPAN = 12  # the lines above a link box where the story's numbered part before it may stand


def _numbered_on(units: list[Unit], j: int, heading: int) -> bool:
    """Is item ``j`` a numbered part of the story ("2. An entire pride of lions") whose part
    before it stands above the box's heading ("1. Escaped monkeys")?  The story goes on under
    the link it carried, not a list of links."""
    m = _ITEM_NUMBER.match(units[j].text)
    if m is None or m.group(1) in ("0", "1") or units[j].n < 3:
        return False  # (a forum's numbered post under its poster's name, "3. andyp", is no part)
    before = int(m.group(1)) - 1
    for x in units[max(0, heading - NUMBERING_SPAN) : heading]:
        k = _ITEM_NUMBER.match(x.text)
        if k is not None and int(k.group(1)) == before:
            return True
    return False


TRAIL_TITLE_WORDS = 5  # a trail's last step this long, over the story that shares its words, is its headline


def _trail_title(ctx: Context, u: Unit) -> bool:
    """ "- RSIS" / "- Media Highlights" / "- China's Giant New Coast Guard Ship to Carry Machine
    Guns, Shells" over the first paragraph: a bulleted trail ends with the story's own title."""
    if ctx.body is None or u.index + 1 != ctx.body[0] or u.n < TRAIL_TITLE_WORDS:
        return False
    co = ctx.body_words.cohesion(u)
    return co is not None and co >= START_COHESION


# "Tips for becoming a good boxer - November 6, 2020", "A Guide: How to Build a Mirror | 14
# February 2019", "Holiday homes demolished ..., Daily Maverick / Dec 11, 2023": another story's
# headline closed by its date (a box of recent posts)
_TITLE_DATE = lazy(
    r"^(?P<title>.*?[^\W_][’'\"”?!)]?)\s*(?:[-–—|•·/]\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+)(?:19|20)\d\d\s*$"
)
_ENDS_WITH_DATE = lazy(
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+)(?:19|20)\d\d$"
)
# what opens a dated line that is no headline: a byline or a post's stamp ("by John on July 21,
# 2012", "Updated: May 4, 2021"), a tweet's sign-off ("— Joe Person (@josephperson) August 9, 2012")
_NOT_TITLE = lazy(r"^(?:[—–-]|(?i:by|posted|published|updated|written|submitted|reviewed|last)\b)")
DATED_LIST_ITEMS = 3  # dated headlines in a row that make a list
_CLOSERS = "'\"”’)"  # what may close a headline after its last mark: "... to stay?”"


KICKER_WORDS = 5


def _kicker_pair(units: list[Unit], j: int, verdicts) -> bool:
    """Is block ``j`` a teaser's kicker in capitals ("BYE BYE", "SPLASH THE CASH") over its
    headline, a line of a few words not ending like a sentence, nor a paragraph?"""
    x = units[j]
    if not 1 <= x.n <= KICKER_WORDS or not x.text.isupper() or x.final in SENTENCE_END or j + 1 >= len(units) or verdicts[j + 1] is not None:
        return False
    y = units[j + 1]
    return 4 <= y.n <= TITLE_MAX_WORDS + 6 and not y.prose and y.final not in ".:" and not y.text.isupper()


def _dated_title(u: Unit) -> str | None:
    """The headline of a dated headline line, or None."""
    if u.prose or not u.words or u.n > TITLE_MAX_WORDS + 6 or not u.text[-1:].isdigit():
        return None
    text = u.text
    if text[:2] in ("- ", "• ", "* ") and text[2:3].isupper():
        text = text[2:]  # a list's bullet, printed as text ("- Why Nairobi Senator ... - November 20, 2024")
    m = _TITLE_DATE.match(text)
    if m is None or _NOT_TITLE.match(text) or "(@" in text:
        return None
    title = m["title"]
    if not 2 <= len(title.split()) <= TITLE_MAX_WORDS or title.rstrip(_CLOSERS).endswith("."):
        return None
    if title[-1].isdigit() and _ENDS_WITH_DATE.search(title):
        return None  # "Ted Hughes 1930–1998 28 December 1984 – 28 October 1998": a table's row, from one date to another
    return title


def _title_over_stamp(u: Unit, below: Unit) -> bool:
    """Is ``u`` another story's headline, over a line that is only its time stamp (``_bare_date``)?  A
    box of wire stories prints each so ("Court denies TikTok's request ..." / "• Dec. 13, 2024, 8:15
    PM ET (AP)"); a live page's entries have their paragraphs between them, which ends the run."""
    if u.prose or not 2 <= u.n <= TITLE_MAX_WORDS or u.text.rstrip(_CLOSERS).endswith(".") or below.n > STAMP_WORDS:
        return False
    if is_date(u):
        return False  # a date over a date ("November 12, 2012" twice): a page's stamps, no headlines
    return _bare_date(below)


STAMP_WORDS = 10  # "Friday, Dec. 13, 2024, at 8:15 p.m. EST (Reuters)"


def _separator(u: Unit) -> bool:
    """ "-", "•", "|": a line that only separates the items of a box."""
    text = u.text.strip()
    return 0 < len(text) <= 3 and not any(c.isalnum() for c in text)


def dated_lists(ctx: Context, verdicts) -> None:
    """Three or more dated headlines in a row, with the box's separator lines between them, are a
    list of links to other stories wherever they stand: a story gives one date, under its own
    headline.  Each headline must be another (one title repeated is the page's own)."""
    units = ctx.units
    n = len(units)
    k = 0
    while k < n:
        titles: list[str] = []
        j = k
        last = -1  # the last dated headline of the run
        while j < n and not ctx.in_comments[j] and j != ctx.headline:
            u = units[j]
            title = None if verdicts[j] is not None and verdicts[j][0] != RELATED else _dated_title(u)
            if title is not None:
                titles.append(title.lower())
                last = j
            elif j + 1 < n and _title_over_stamp(u, units[j + 1]) and not ctx.in_comments[j + 1] and j + 1 != ctx.headline:
                titles.append(u.text.lower())
                last = j = j + 1
            elif not _separator(u):
                break
            j += 1
        if len(titles) >= DATED_LIST_ITEMS and len(set(titles)) == len(titles) and not _colon_over(units, verdicts, k) and not _numbers_on(units, verdicts, k):
            end = last + 1
            if end < n and _separator(units[end]):
                end += 1  # the box's closing separator
            for m in range(k, end):
                if verdicts[m] is None:
                    verdicts[m] = (RELATED, WHAT_LIST[RELATED])
        k = max(j, k + 1)


def _colon_over(units: list[Unit], verdicts, k: int) -> bool:
    """Does a line of the story's ending with a colon stand right over block ``k`` ("Age groups as
    follows:" over "SENIOR: Aged 30 or under on 1 September 2023")?  The list is the story's."""
    return k > 0 and verdicts[k - 1] is None and units[k - 1].final == ":" and units[k - 1].n >= INTRO_LIST_MIN_WORDS


INTRO_LIST_MIN_WORDS = 3  # "Age groups as follows:" (a label, "Related:", is shorter)


def _numbers_on(units: list[Unit], verdicts, k: int) -> bool:
    """Does block ``k`` go on with the numbers of the story's list right above it ("8. Genesis 2023
    January 24-26, 2023" / "9. Maynard Comic Con 2023 January 25, 2023")?  A numbered list of
    events with their dates, whose first items the story's, is one list."""
    return k > 0 and verdicts[k - 1] is None and numbered_next(units[k - 1], units[k])


def _claim(ctx: Context, verdicts, first: int, last: int, verdict: tuple[str, str]) -> None:
    """Every block from ``first`` to ``last`` that no test claimed, outside comments and but for
    the story's headline, is ``verdict``: a listing found as a whole."""
    for m in range(first, last + 1):
        if verdicts[m] is None and not ctx.in_comments[m] and m != ctx.headline:
            verdicts[m] = verdict


SEARCH_RESULTS = 4  # pairs of a page's title over its address, in a row, that make a list of results
RESULT_TITLE_WORDS = 25  # a result's title, cut by the engine or whole ("... - what does that mean for Kentucky schools?")
_BARE_ADDRESS = lazy(r"^\s*(?:https?://|www\.)\S+\s*$")
# what heads the story's own list of sources ("Sources:", "References", "Further links")
_SOURCE_HEADS = frozenset("sources source references reference links bibliography notes citations further".split())


def _result_title(u: Unit) -> bool:
    return 1 <= u.n <= RESULT_TITLE_WORDS and _BARE_ADDRESS.match(u.text) is None and RANKED.match(u.text) is None  # not the story's ranked items


def search_results(ctx: Context, verdicts) -> None:
    """A search engine's results, copied as they stand: each page's title over its bare address,
    ``SEARCH_RESULTS`` pairs or more in a row ("Free School Lunch for All Program, One Year Later" /
    "https://www.nycfoodpolicy.org/...").  Not the story's own sources under their heading
    ("Sources:", "References")."""
    units = ctx.units
    n = len(units)
    k = 0
    while k + 1 < n:
        j = k
        while (
            j + 1 < n and not ctx.in_comments[j] and not ctx.in_comments[j + 1]
            and _result_title(units[j]) and _BARE_ADDRESS.match(units[j + 1].text)
        ):
            j += 2
        if (j - k) // 2 >= SEARCH_RESULTS and not _sources_heading(units, k):
            _claim(ctx, verdicts, k, j - 1, (RELATED, "search results: other pages' titles and addresses"))
            k = j
        else:
            k += 1


def _sources_heading(units: list[Unit], k: int) -> bool:
    if k == 0:
        return False
    above = units[k - 1]
    if above.text.rstrip().endswith(":"):
        return True
    return above.n <= 3 and not _SOURCE_HEADS.isdisjoint(w.lower() for w in above.words)


# A wire story's dateline, opening its first paragraph: "SLOVIANSK, Ukraine (AP) — Russian forces ..."
_WIRE_DATELINE = lazy(
    r"^\s*(?P<place>[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][\w.'’ -]{1,30})?)\s*"
    r"\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|Xinhua|PTI|IANS|AAP|CP)\)\s*[—–-]"
)
WIRE_TEASERS = 3  # other stories' openings, each under its own dateline, that make a listing
LISTING_HEADING_WORDS = 6  # "Latest Troop withdrawals News": the listing's own heading over it


def wire_listing(ctx: Context, verdicts) -> None:
    """A topic page of wire stories: each story's headline over the opening of its first paragraph,
    with its dateline ("Russia fires missiles across Ukraine, cements gains in east" / "KYIV,
    Ukraine (AP) — Russian forces were seeking ...").  A story has one dateline; ``WIRE_TEASERS``
    from different places are other stories, and so is everything between them.  A live page's
    updates from one city repeat one dateline."""
    units = ctx.units
    found = {
        u.index: m["place"].split(",")[0].strip()
        for u in units
        if u.text[:1].isupper() and not ctx.in_comments[u.index] and (m := _WIRE_DATELINE.match(u.text))
    }
    if len(set(found.values())) < WIRE_TEASERS:
        return
    first, last = min(found), max(found)
    if first > 0 and _teaser_title(units[first - 1]):
        first -= 1  # the first story's headline
    if first > 0 and units[first - 1].n <= LISTING_HEADING_WORDS and not units[first - 1].prose:
        first -= 1  # the listing's own heading
    _claim(ctx, verdicts, first, last, (RELATED, WHAT_LIST[RELATED]))


def _teaser_title(u: Unit) -> bool:
    return not u.prose and 2 <= u.n <= TITLE_MAX_WORDS


SEPARATED_LIST_ITEMS = 4  # headlines without dates, each between separator lines, that make a list


def _separated_item(u: Unit) -> bool:
    """A headline between a box's separators: a short line that does not end like a sentence
    ("Star designer Rousteing quits fashion group Balmain"; "Is the four-day week here to stay?")."""
    return (
        not u.prose
        and 2 <= u.n <= TITLE_MAX_WORDS
        and not _separator(u)
        and not u.text.rstrip(_CLOSERS).endswith((".", ":", ";", ","))
    )


def separated_lists(ctx: Context, verdicts) -> None:
    """Four or more headlines, each between two lines of one separator ("-" / "US Supreme Court
    appears skeptical of Trump tariff legality" / "-" / ...), before the story's first paragraph or
    after its last (or on a page with no story): a box of links to other stories, the separators
    its markup.  A story's own list is in its body, and items that end like sentences (a story's
    points, captions) are no headlines, whatever separates them."""
    units = ctx.units
    n = len(units)
    body = ctx.body
    k = 0
    while k < n:
        if not _separator(units[k]):
            k += 1
            continue
        sep = units[k].text.strip()
        items: list[int] = []
        j = k
        while j + 2 < n and _separated_item(units[j + 1]) and units[j + 2].text.strip() == sep:
            items.append(j + 1)
            j += 2
        outside = body is None or (bool(items) and (items[-1] < body[0] or items[0] > body[1]))
        if (
            len(items) >= SEPARATED_LIST_ITEMS
            and outside
            and not _introduced(units, verdicts, k)
            and len({units[i].text.strip().lower() for i in items}) == len(items)
            and not any(ctx.in_comments[m] or m == ctx.headline for m in range(k, j + 1))
        ):
            for m in range(k, j + 1):
                if verdicts[m] is None:
                    verdicts[m] = (RELATED, WHAT_LIST[RELATED])
        k = max(j, k + 1)


INTRODUCER_WORDS = 3  # "Fees usually include:", a sentence of the story's; "Related:" is a label


def _introduced(units: list[Unit], verdicts, k: int) -> bool:
    """Does a sentence of the story that ends with a colon (``tables.story_colon_sentence``), no
    test's leftover, stand right above the list ("Fees usually include:")?  Then the list is the
    story's, wherever the story's prose seems to end."""
    if k == 0 or verdicts[k - 1] is not None:
        return False
    u = units[k - 1]
    # (or two words, the reader its subject: "You'll learn:", an event page's workshop)
    # (or the last line of such a sentence wrapped over lines: "... timeframes for their ultimate" / "closures, are:")
    return (
        story_colon_sentence(u, INTRODUCER_WORDS)
        or (u.n == 2 and u.final == ":" and straight(u.words[0].lower()) in _READER_SUBJECTS)
        or wrapped_colon_end(units, k - 1)
    )


_READER_SUBJECTS = frozenset("you you'll we we'll i i'll".split())


CUT_TEASERS = 3  # paragraphs in a row, each cut off mid-sentence, that make a box of teasers
CUT_WORDS = 12  # a teaser's length at least (a site cuts them at a fixed number of characters)
# the words a sentence cannot end on; two of the box's teasers stop on one ("... to support the
# government's efforts to")
_CUT_ON = frozenset(
    """a an the to of and or but nor for from with without in into on onto at by as than that which who
    whose whom their its his her our your my this these those is are was were be been being has have
    had will would could should can may might must over under after before about between during
    through against across""".split()
)


def _cut_off(u: Unit) -> bool:
    """A paragraph that opens like a sentence and stops mid-sentence: capital first, a lower-case
    letter or a comma last, or the site's mark of the cut (``_marked_cut``)."""
    if not CUT_WORDS <= u.n <= TEASER_WORDS:
        return False
    text = u.text.rstrip()
    last = text[-1:]
    if text.rstrip(",").endswith(("; and", "; or")):
        return False  # a clause of a list or a resolution ("WHEREAS the earth is ... 3 degrees Celsius; and")
    return (last.islower() or last == "," or _marked_cut(text)) and text[:1].isupper()


def _marked_cut(text: str) -> bool:
    """Does the paragraph end with an ellipsis set apart by a space, as a site marks where it cut
    a teaser ("... Alexander Volchonok is expert ...")?  A writer's trailing off ("and then...")
    has none."""
    return text.endswith((" ...", " …", " [...]", " […]"))


def cut_teasers(ctx: Context, verdicts) -> None:
    """Three or more paragraphs in a row that each open like a sentence and stop in the middle of
    one, two of them on a word no sentence ends on ("... This year, the government introduced a
    ban on burning" / "... to support the government's efforts to") or on the site's mark of the
    cut, an ellipsis after a space ("... is expert ..."): the teasers of a tag or
    archive page, each cut at the site's length, wherever they stand.  A story's paragraph ends
    like a sentence; a hard-wrapped one goes on in lower case on the next line; a list's items
    end on their point."""
    units = ctx.units

    def cut(k: int) -> bool:
        return verdicts[k] is None and not ctx.in_comments[k] and k != ctx.headline and _cut_off(units[k])

    for i, j in stretches(cut, len(units)):
        run = units[i : j + 1]
        if len(run) < CUT_TEASERS:
            continue
        if sum(1 for u in run if u.text.split()[-1].lower().rstrip(",") in _CUT_ON or _marked_cut(u.text.rstrip())) < 2:
            continue
        for u in run:
            verdicts[u.index] = (RELATED, TEASER)
    # ... or five or more in a row each closed by an ellipsis run into its last word ("... as the
    # host worked his way down the list and my slot got closer, I…"): an archive's teasers, however
    # their cut ends; a story's paragraph trails off so once, not five times running
    def trailing(k: int) -> bool:
        u = units[k]
        return verdicts[k] is None and not ctx.in_comments[k] and CUT_WORDS <= u.n <= TEASER_WORDS and u.text.rstrip().endswith(("…", "...")) and u.text[:1].isupper()

    for i, j in stretches(trailing, len(units)):
        if j - i + 1 >= ELLIPSIS_TEASERS:
            for k in range(i, j + 1):
                verdicts[k] = (RELATED, TEASER)


ELLIPSIS_TEASERS = 5
SNIPPETS = 3  # snippets that make a search or aggregator page
SNIPPET_SHARE = 0.4  # of the blocks from the first snippet to the last
SNIPPET_WORDS = 80
# an aggregator's item signed with the site it came from: "... to hold a referendum. (nbcnews.com)"
_SOURCE_DOMAIN = lazy(r"\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\)\s*$")


def _snippet(u: Unit) -> str | None:
    """The mark of a search or aggregator snippet: "cut" for a paragraph cut where the engine cut it,
    an ellipsis after a space ("... to try and prevent a solar farm ..."), or the source's
    domain for an item signed with it ("... (telegraph.co.uk)")."""
    if u.n < CUT_WORDS or u.n > SNIPPET_WORDS:
        return None
    text = u.text.rstrip()
    if _marked_cut(text):
        return "cut"
    if text[-1:] == ")" and (m := _SOURCE_DOMAIN.search(text)) is not None:
        return m.group().strip()
    return None


def snippet_lists(ctx: Context, verdicts) -> None:
    """A search engine's or an aggregator's page of snippets from other pages: ``SNIPPETS`` or more
    paragraphs cut where the engine cut them (an ellipsis after a space), or signed with the
    domains they came from (two domains at least), making up ``SNIPPET_SHARE`` of the blocks
    from the first to the last, are one listing with the blocks between them.  A story cuts a
    quotation inside a sentence, not at a paragraph's end, and names its sources in words."""
    units = ctx.units
    marks = [(u.index, m) for u in units if not ctx.in_comments[u.index] and (m := _snippet(u)) is not None]
    if len(marks) < SNIPPETS:
        return
    cuts = [i for i, m in marks if m == "cut"]
    signed = [i for i, m in marks if m != "cut"]
    domains = {m for _, m in marks} - {"cut"}
    for idxs in (cuts, signed if len(domains) >= 2 else []):
        if len(idxs) >= SNIPPETS and len(idxs) >= SNIPPET_SHARE * (idxs[-1] - idxs[0] + 1):
            _claim(ctx, verdicts, idxs[0], idxs[-1], (RELATED, TEASER))


HEADLINE_LIST_ITEMS = 8  # other stories' headlines, bulleted, that make a page of nothing else
HEADLINE_LIST_SHARE = 0.8  # of the draft's blocks
HEADLINE_ITEM_WORDS = (4, 20)


def _listed_headlines(u: Unit) -> int:
    """How many headlines the bulleted block lists, one a line (0 if any line is no headline)."""
    if u.kind != "list-item":
        return 0
    lo, hi = HEADLINE_ITEM_WORDS
    lines = [line.strip().lstrip("-–•*·▪‣◦ ") for line in u.text.split("\n") if line.strip()]
    for line in lines:
        if not line or not lo <= len(line.split()) <= hi or line[-1] in ".:;,":
            return 0
    return len(lines)


def headline_listing(ctx: Context, verdicts) -> None:
    """A page that is nothing but a bulleted list of headlines ("- UK's Starmer offers 'plan for
    change' in reset bid after 150 days" / "- Macron seeks remedy to France's political crisis"
    ...): ``HEADLINE_LIST_ITEMS`` items or more, none a sentence with its stop, in blocks making up
    ``HEADLINE_LIST_SHARE`` of the draft's, and no paragraph of text anywhere.  A story's list has
    the story around it; a list article's items are introduced by its paragraphs."""
    units = ctx.units
    if any(u.prose and u.kind != "list-item" for u in units):
        return
    counts = [_listed_headlines(u) for u in units]
    listed = [i for i, k in enumerate(counts) if k]
    if sum(counts) >= HEADLINE_LIST_ITEMS and len(listed) >= HEADLINE_LIST_SHARE * len(units):
        if _rules(units[i] for i in listed):
            return
        _claim(ctx, verdicts, listed[0], listed[-1], (RELATED, OTHER_HEADLINE))


# what must, may or will be done: a list of rules or instructions ("Club rides must stick to
# legal rights of way", "Rides may be cancelled if ..."), where headlines report what was done
# (in lower case: a title capitalises its words, "What Permit Do I Need for Everest Base Camp?")
_MODALS = frozenset("must should shall may will need needs cannot mustn't shouldn't won't".split())
RULE_SHARE = 1 / 3  # of the items: one headline in many may say "will" ("Trump says Musk will help ...")


def _rules(blocks) -> bool:
    """Do ``RULE_SHARE`` of the blocks' items or more hold a modal verb in lower case?"""
    items = [line for u in blocks for line in u.text.split("\n") if line.strip()]
    ruled = sum(1 for line in items if not _MODALS.isdisjoint(line.split()))
    return ruled >= RULE_SHARE * len(items)


RELATED_HEADING_WORDS = 5  # "Related posts", "More from the site", "Popular posts from this blog"
RELATED_ITEM_WORDS = 25  # a headline with its writer or date


def extend_related_tail(ctx: Context, verdicts) -> None:
    """After the story's last paragraph, the lines under a flagged "Related posts" heading, up to
    the next paragraph: other stories' headlines with their writers and dates ("Onion prices
    continue to soar" / "Mohamed Dilsad"), which read as a byline or a headline one by one."""
    body = ctx.body
    if body is None:
        return
    units = ctx.units
    for u in units[body[1] + 1 :]:
        v = verdicts[u.index]
        if not v or len(v) != 2 or v[0] != RELATED or u.n > RELATED_HEADING_WORDS or u.kind == "list-item":
            continue
        j = u.index + 1
        # the first item is a headline, not a credit or byline of the story ("More Stories" / "With
        # Post wires"); no item is a sentence ("UP NEXT" / "Thunder: Host the Lakers on Friday.":
        # the story's own section)
        if j >= len(units) or (verdicts[j] is None and not_furniture(units[j])):
            continue
        # (an item a test of place already gave to the box stays in it: "Popular posts from this
        # blog" / "Nick Herbert on his visit to ..." / "Quotes of the day 19th August 2020")
        while j < len(units) and (verdicts[j] is None or _box_item(verdicts[j])) and not units[j].prose and units[j].n <= RELATED_ITEM_WORDS:
            x = units[j]
            if ctx.in_comments[j] or (x.final == "." and x.n > LABEL_WORDS):
                break
            if verdicts[j] is None:
                verdicts[j] = (RELATED, WHAT_LIST[RELATED])
            j += 1


# other stories' headlines signed with their site's name, as a feed lists them ("Textbooks were
# wrong: ... | ScienceDaily", "Top Science News -- ScienceDaily"): the same name after the same bar
# on three lines or more
_SITE_SUFFIX = lazy(r"\s(?:\||--)\s+(?P<site>[^|]{2,40}?)\s*$")
SITE_SUFFIXED = 3
_PAGE_HEADER = lazy(r"^Page\s+\d{1,4}:\s+(?P<title>\S.{2,200})$")
PAGE_HEADERS = 2
PAGE_HEADER = "a document host's header over each page"  # heads no list: the page's text is under it
SITE_NAME_WORDS = 4


def page_headers(ctx: Context, verdicts) -> None:
    """A document host's header over each page of its transcript, the same title after each
    page's number ("Page 1: Adult Literacy Palm Coast", "Page 2: Adult Literacy Palm Coast")."""

    def title(u: Unit) -> str | None:
        if u.text[:5] != "Page " or u.n > RELATED_ITEM_WORDS or ctx.in_comments[u.index]:
            return None
        m = _PAGE_HEADER.match(u.text)
        return m["title"].strip().lower() if m else None

    for where in recurring(ctx.units, title, PAGE_HEADERS):
        for i in where:
            if verdicts[i] is None:
                verdicts[i] = (NAVIGATION, PAGE_HEADER)


def site_suffixed(ctx: Context, verdicts) -> None:
    """Other stories' headlines with the same site's name after a bar (``_SITE_SUFFIX``).  The
    headlines differ: one line repeated word for word ("TV | Online Schedule" over each part of a
    viewing guide) is a label of the story's own, not a box of other stories."""

    def site(u: Unit) -> str | None:
        if u.n > RELATED_ITEM_WORDS or ctx.in_comments[u.index] or u.index == ctx.headline:
            return None
        if " | " not in u.text and " -- " not in u.text:
            return None
        m = _SITE_SUFFIX.search(u.text)
        if m is None or len(m["site"].split()) > SITE_NAME_WORDS or m["site"][:1].isdigit():
            return None
        return m["site"].lower()

    for where in recurring(ctx.units, site, SITE_SUFFIXED):
        if len({ctx.units[i].text.strip().lower() for i in where}) == 1:
            continue
        for i in where:
            if verdicts[i] is None:
                verdicts[i] = (RELATED, "another story's headline with its site's name")


def lost_contents(ctx: Context, verdicts) -> None:
    """A contents box's label whose entries the copy lost: "Contents" right over a paragraph of the
    story, or over one heading and its paragraph (the first section's).  A report's own contents
    keep their entries under the label, and are left alone, unless the entries end with an
    encyclopedia page's closing sections ("6 See also", "7 References", "9 External links"): that
    box is the page's, and the list under the label takes its name."""
    units = ctx.units
    for u in units[:-1]:
        if verdicts[u.index] is not None or u.text.strip(DECORATION).lower() != "contents" or ctx.in_comments[u.index]:
            continue
        nxt = units[u.index + 1]
        if _encyclopedia_contents(units, u.index + 1) or nxt.prose or (
            nxt.kind != LIST_ITEM and nxt.n <= TITLE_MAX_WORDS and nxt.final not in ".,;:"
            and u.index + 2 < len(units) and units[u.index + 2].prose and units[u.index + 2].kind != LIST_ITEM
        ):  # (a rule book's contents: "INTRODUCTION" over "- JURISDICTION. The Council ...", its first section's items)
            verdicts[u.index] = (NAVIGATION, CONTENTS)


def _encyclopedia_contents(units: list[Unit], i: int) -> bool:
    """Do the numbered entries from block ``i`` on name at least two of an encyclopedia page's
    closing sections?  A report's contents may end with its references, not with two of them."""
    closing = 0
    for x in units[i:]:
        m = _NUMBERED_ENTRY.match(x.text)
        if m is None:
            break
        closing += key(m.group("title")) in _CLOSING_SECTIONS
    return closing >= 2


# "2.1 Retail warehouses", "  • 6 See also": an entry of a contents box numbered by its section
_NUMBERED_ENTRY = lazy(rf"\s*(?:[-•*·]\s*)?{_SECTION}\s+(?P<title>\S.{{0,80}})$")
_CLOSING_SECTIONS = frozenset(
    ("see also", "references", "external links", "further reading", "notes", "bibliography", "sources", "citations", "footnotes")
)


def _box_item(v) -> bool:
    return len(v) == 2 and v[0] == RELATED


def related_rest(ctx: Context, verdicts) -> None:
    """A "Similar documents" heading right under the document's first lines, over the rest of the
    draft, when the rest is a list of other documents: mostly titles, at least one of them twice
    ("DISCIPLINARY DECISION" ... "DISCIPLINARY DECISION"), and no line that a test gave to another
    family than a list's.  A story's paragraphs after a box of links are prose and do not repeat."""
    units = ctx.units
    for u in units[: min(RELATED_REST_AFTER + 1, len(units) - RELATED_REST_LINES)]:
        if not _related_heading(u, verdicts) or verdicts[u.index][1] == OTHER_HEADLINE:
            continue  # (a line the tests of place took for a headline names no box: "Last update: 21/09/2023")
        box = u.text.strip(DECORATION).lower() in _DOCUMENT_BOXES
        if u.index == 0 or (verdicts[u.index - 1] is not None and not (box and _only_placed(verdicts, u.index))):
            return  # not under the document's own lines
        rest = units[u.index + 1 :]
        story = len(rest)
        while story and rest[story - 1].prose:
            story -= 1
        if len(rest) - story >= 2:
            # the story's paragraphs under the box ("Most Popular" between the headline and the
            # story): the box ends where they start
            rest = rest[:story]
            if len(rest) < RELATED_REST_LINES:
                return
        if any((verdicts[x.index] is not None and verdicts[x.index][0] not in _REST_FAMILIES) or ctx.in_comments[x.index] for x in rest):
            return
        if RELATED_REST_PROSE * sum(1 for x in rest if x.prose) > len(rest):
            return
        texts = [x.text.strip() for x in rest]
        if len(set(texts)) == len(texts) and not box:
            return  # (a document site's box of its other uploads needs no repeated title)
        for x in rest:
            verdicts[x.index] = (RELATED, WHAT_LIST[RELATED])
        if box and _only_placed(verdicts, u.index):
            for k in range(u.index):
                verdicts[k] = None  # the document's own title, which the tests of place took for a link (it shares no word with the box)
        return


def _only_placed(verdicts, i: int) -> bool:
    """Were the lines above block ``i`` claimed by their place alone (no cue): a document's title
    over the box of other documents, which shares no word with the box under it?"""
    return all(verdicts[k] is None or verdicts[k][1] in PLACE_WHATS for k in range(i))


# an item of such a list may read as a link's lost target ("... available at:"): it is one of the list's titles
_REST_FAMILIES = LIST_FAMILIES | {DANGLING}

# the heading a document-sharing site puts over the list of its other uploads, under the first
# lines of the one shown
_DOCUMENT_BOXES = frozenset(("similar documents", "related documents", "similar papers", "recommended documents"))


def _related_heading(u: Unit, verdicts) -> bool:
    """Is the block a heading flagged as a box of other stories ("More News", "Similar documents"):
    short, no sentence, flagged whole as related?"""
    v = verdicts[u.index]
    return v is not None and len(v) == 2 and v[0] == RELATED and u.n <= RELATED_HEADING_WORDS and u.final not in SENTENCE_END


RELATED_REST_LINES = 6  # a heading over this many lines to the draft's end, a list of other documents
RELATED_REST_AFTER = 2  # ... under at most this many lines of the document's own
RELATED_REST_PROSE = 4  # at most one line in this many of such a list reads as prose (teasers)


TEASER_TAIL_LINES = 10  # the lines of a box of teasers closing the draft
TEASER_WORDS = 60  # a teaser's first lines
DATE_WORDS = 6  # a date on its own line ("Wednesday, 20 November 2024, 9:44")
TEASER_MARK_SHARE = 5  # a longer box marks at least one line in this many


def _teaser_mark(u: Unit) -> bool:
    """A teaser's date or age on its line ("August 4, 2025", "about 2 hours ago"), or its text cut
    off with an ellipsis."""
    return (u.n <= DATE_WORDS and (is_date(u) or is_stamp(u))) or u.text.rstrip().endswith(("…", "..."))


def related_teasers(ctx: Context, verdicts) -> None:
    """A "More News" or "Check Also" heading whose lines run to the end of the draft as teasers of
    other stories: each under its date ("August 4, 2025" / "It's no easy matter ...") or cut off
    with an ellipsis ("... an adventurous …").  Written as sentences they read as the story's last
    paragraphs; under the heading, with those marks and nothing after them, they are the box.  A
    longer box marks its items again and again, a teaser's age under each ("about 2 hours ago")."""
    units = ctx.units
    first = max(0, len(units) - 1 - TEASER_TAIL_LINES)
    if ctx.body is not None:
        first = min(first, ctx.body[0] + 1)  # (the body runs on over the box's teasers)
    for u in units[first:-1]:  # a heading with a line after it
        if not _related_heading(u, verdicts):
            continue
        if all(verdicts[x.index] is not None for x in units[: u.index]):
            continue  # nothing of the story's own above: "Latest News" over the one post the page shows
        if ctx.body is not None and u.index < ctx.body[0]:
            continue  # a box above the story ("Related case:" / a dated title) is not the story's tail
        k = u.index + 1
        while k < len(units) - 1 and verdicts[k] is not None and _box_item(verdicts[k]):
            k += 1  # the box's other headings ("You may also like" / "Read more from UK News")
        rest = units[k:]
        # (the walk up from the end may have taken the box's last age: "about 9 hours ago")
        end = len(units)
        while end > k and verdicts[end - 1] is not None and len(verdicts[end - 1]) == 2 and units[end - 1].n <= DATE_WORDS and is_stamp(units[end - 1]):
            end -= 1
        if any(verdicts[x.index] is not None or ctx.in_comments[x.index] or x.n > TEASER_WORDS for x in rest[: end - k]):
            continue
        marks = sum(1 for x in rest if _teaser_mark(x))
        if not marks or (len(rest) > TEASER_TAIL_LINES and TEASER_MARK_SHARE * marks < len(rest)):
            continue
        for x in rest:
            verdicts[x.index] = (RELATED, WHAT_LIST[RELATED])
        return


PAIRED_TITLE_WORDS = 8  # an item's title in a box that gives each item a line of description
PAIRED_MIN = 2  # pairs of title and description under the heading, at least


def paired_teasers(ctx: Context, verdicts) -> None:
    """A "Related terms" or "Related guides" heading inside or after the story over items that
    each give a short title and a sentence of description under it ("Trojan Horse" / "Malware
    that disguises itself as ..." / "Keylogger" / "Software or hardware that records ..."), to the
    draft's end: the box's items.  The story's subheadings over short paragraphs have more of the
    story after them."""
    if ctx.body is None:
        return
    units = ctx.units
    for u in units[ctx.body[0] + 1 : -1]:
        if not _related_heading(u, verdicts):
            continue
        k = u.index + 1
        pairs: list[int] = []
        while k + 1 < len(units):
            title, text = units[k], units[k + 1]
            if verdicts[k] is not None or verdicts[k + 1] is not None or ctx.in_comments[k] or ctx.in_comments[k + 1]:
                break
            if title.prose or not 1 <= title.n <= PAIRED_TITLE_WORDS or title.final in SENTENCE_END:
                break
            if not (text.prose or text.final in SENTENCE_END) or text.n > TEASER_WORDS:
                break
            pairs.append(k)
            k += 2
        # the pairs close the draft, but for one last title whose text the copy cut
        rest = units[k:]
        title_left = len(rest) == 1 and verdicts[k] is None and not rest[0].prose and rest[0].n <= PAIRED_TITLE_WORDS and rest[0].final not in SENTENCE_END
        if len(pairs) >= PAIRED_MIN and (title_left or all(verdicts[x.index] is not None for x in rest)):
            for t in pairs:
                verdicts[t] = verdicts[t + 1] = (RELATED, WHAT_LIST[RELATED])
            if title_left:
                verdicts[k] = (RELATED, WHAT_LIST[RELATED])


def runs(units: list[Unit], verdicts) -> list[Leftover]:
    """Consecutive blocks of one family (that merges) become one finding."""
    out: list[Leftover] = []
    i = 0
    n = len(units)
    while i < n:
        v = verdicts[i]
        if v is None:
            i += 1
            continue
        if len(v) == 4:  # a span inside the block
            out.append(Leftover(v[0], v[2], v[3], i, i, v[1]))
            i += 1
            continue
        j = i
        while j + 1 < n and verdicts[j + 1] is not None and len(verdicts[j + 1]) == 2 and verdicts[j + 1][0] == v[0] and v[0] in MERGING:
            j += 1
        what = v[1]
        if j > i:
            keep = what in RUN_NAMES and all(verdicts[k][1] == what for k in range(i, j + 1))
            if keep:
                pass
            elif any(verdicts[k][1] in (APPEAL, SMALL_PRINT) for k in range(i, j + 1)):
                what = APPEAL_BOX
            else:
                what = WHAT_LIST.get(v[0], v[1])
            what += f" ({j - i + 1} lines)"
        out.append(Leftover(v[0], units[i].start, units[j].end, i, j, what))
        i = j + 1
    return out


TWICE_ITEMS = 4  # a list given twice in a row, this many items a copy at least
TWICE_ITEM_WORDS = 3  # each item a heading's words at least (a form's options, "- None" / "- 1-5%", come twice too)


def twice_listed(ctx: Context, verdicts) -> None:
    """A bulleted list given twice, item for item, one copy right under the other ("• What is a
    data leak?" ... eight items, then the same eight): a page's table of contents, printed by its
    sidebar and by its box in the body alike.  A story does not repeat its own list; a form may
    repeat its options, of a word or two each."""
    units = ctx.units
    i = 0
    while i < len(units):
        if units[i].kind != LIST_ITEM or ctx.in_comments[i]:
            i += 1
            continue
        j = i
        while j < len(units) and units[j].kind == LIST_ITEM:
            j += 1
        texts = [units[k].text.strip() for k in range(i, j)]
        half = len(texts) // 2
        if half >= TWICE_ITEMS and len(texts) % 2 == 0 and texts[:half] == texts[half:] and all(units[k].n >= TWICE_ITEM_WORDS for k in range(i, j)):
            for k in range(i, j):
                if verdicts[k] is None:
                    verdicts[k] = (NAVIGATION, CONTENTS)
        i = j


MENU_ITEMS = 8  # this many labels in a row above the story make a menu
MENU_ITEM_WORDS = 6  # a menu's item is a label of up to this many words
HEADLINE_ITEMS = 3  # the lines a headline may stand above the first paragraph among a menu's: its date, "Share"


def menus(ctx: Context, verdicts) -> None:
    """A run of ``MENU_ITEMS`` or more labels above the story (its headline, or its first paragraph
    when no headline was found) is the page's menu, whatever its items say: "Home Page" / "News
    Categories" / "Commentary" / "Department Stores" / ... on a trade site.  A label has a few
    words, no sentence end, no number in front ("2 cups flour": a recipe's ingredients above its
    method, "- 1-5%": a survey form's options), and is no byline, date or other article furniture; what a cue claimed counts as one.
    A short date counts as an item (a box of teasers: tags, headlines and their dates).  A story
    does not open with eight such lines: its headline, deck, byline and date make four at most.
    When no headline was found (it is looked for in the first lines only), the run's last free
    item near the first paragraph, over its date and what a cue claimed ("Share"), is the headline
    when it is longer than a label and shares a word with the story."""
    units = ctx.units
    if ctx.body is None:
        return
    end = ctx.body[0] if ctx.headline is None else min(ctx.body[0], ctx.headline)

    def label(u: Unit) -> bool:
        if ctx.in_comments[u.index]:
            return False
        if verdicts[u.index] is not None:
            return True
        if u.n <= DATE_WORDS and is_date(u):
            return True  # a teaser's date among the menu's items ("STI cases on the rise" / "2 September 2024")
        return (
            not u.prose
            and 1 <= u.n <= MENU_ITEM_WORDS
            and u.final not in SENTENCE_END
            and u.final not in ",:;"
            and not u.text.lstrip(" -–•*·")[:1].isdigit()
            and "%" not in u.text  # a form's options, "- 1-5%" / "- <20%"
            and not not_furniture(u)
            and not ("|" in u.text and _record_table(units, u.index))
            and not wrapped_line(units, u.index)  # a hard-wrapped caption's lines ("Four-piece outerwear col-" / "lection, gouache. Pictured")
            and not person_entry(u.text)  # a meeting's members present ("Pete Jennings – Co-Chair"), a raffle's winners
        )

    for i, j in stretches(lambda k: label(units[k]), end):
        if _introduced(units, verdicts, i) or (units[i].kind == LIST_ITEM and introducer(units, i) is not None):
            # the story's list under its sentence ending with a colon (hard-wrapped above the first
            # full line; or many items up, the run cut by a longer item: "... the longlist below:")
            continue
        if _named_in_body(ctx, range(i, j + 1)):
            continue  # a recipe's ingredients, one per line over the method that names them
        if field_box(units, range(i, j + 1)):
            continue  # a review's fact box: "- Date" / "- 18th June 2022" / "- Venue" / ...
        if 2 * sum(1 for k in range(i, j + 1) if series_part(units, k)) > j - i + 1:
            continue  # a league's weeks and their dates, counted up ("Week 1: January 14" / "Week 2: January 21" / ...)
        last = j
        if ctx.headline is None and end - 1 - j < HEADLINE_ITEMS:
            # the story's headline, right above the first paragraph or over its date and share bar
            for k in range(j, max(i, end - 1 - HEADLINE_ITEMS) - 1, -1):
                u = units[k]
                if verdicts[k] is not None or is_date(u):
                    continue  # over what a cue claimed ("Share") and the date
                if u.n > LABEL_WORDS and (ctx.body_words.cohesion(u) or 0) > 0:
                    last = k - 1
                break
        if last - i + 1 >= MENU_ITEMS:
            entries = {_item_key(units[k].text) for k in range(i, last + 1) if verdicts[k] is not None and verdicts[k][1] == CONTENTS}
            for k in range(i, last + 1):
                if verdicts[k] is None and not (entries and _item_key(units[k].text) in entries):
                    # (not the story's first section under its contents: "- Introduction" / "Introduction")
                    verdicts[k] = (NAVIGATION, "menu item")
    _headlines_above(ctx, verdicts, end)


NAMED_ITEMS = 3  # a run's items of two words or more that the story names word for word, at least ...
NAMED_SHARE = 0.5  # ... and at least this share of them


def _named_in_body(ctx: Context, run: range) -> bool:
    """Does the story's text name most of the run's items of two words or more, word for word
    ("hickory wood chips" / "soy sauce" over "Soak the hickory wood chips ...")?  Those are the
    story's own list; a site's menu ("Department Stores", "Home Page") is not in its story."""
    items = [x for x in (key(ctx.units[k].text) for k in run) if " " in x]
    if len(items) < NAMED_ITEMS:
        return False
    if ctx.body_text is None:
        first, last = ctx.body
        ctx.body_text = " " + " ".join(key(u.text) for u in ctx.units[first : last + 1] if u.prose) + " "
    named = sum(1 for x in items if f" {x} " in ctx.body_text)
    return named >= NAMED_ITEMS and named >= NAMED_SHARE * len(items)


HEADLINE_RUN = 8  # other stories' headlines, line under line above the story, that make a box of them
HEADLINE_RUN_WORDS = (4, 20)  # a headline's words: longer than a menu's label
HEADLINE_RUN_SHARING = 0.25  # of the run's headlines, at most this share may share a word with the story


def _headlines_above(ctx: Context, verdicts, end: int) -> None:
    """``HEADLINE_RUN`` lines or more above the story, line under line with no blank line between,
    each as long as a headline and not a sentence (a teaser's headline may trail off: "...
    Low-Carbon Fuel..."), few of them sharing a word with the story: a box of other stories'
    headlines ("Three Layers of Food Preservation for Winter Survival" / "Why Does the Covid Vaccine
    Persist in the Body?" / ... over a story about pirate radio).  The story's own contents share
    its words; its headline, deck and byline make four lines at most."""
    units = ctx.units
    lo, hi = HEADLINE_RUN_WORDS

    def item(k: int) -> bool:
        u = units[k]
        if ctx.in_comments[k] or not lo <= u.n <= hi or u.final in ",:;" or k == ctx.headline or u.kind == LIST_ITEM:
            return False
        text = u.text.strip()
        if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'") or text[:1] == "|":
            return False  # a line of a hard-wrapped paragraph, a table's row
        if titled(text):
            return False  # a member of a committee, named with a title ("Mrs June Garner (Secretary) JG")
        return u.final not in "." or text.endswith("...") or text.endswith("…")

    i = 0
    while i < end:
        if not item(i):
            i += 1
            continue
        j = i  # the run: items line under line, a blank line or another line ends it
        while j + 1 < end and item(j + 1) and line_under(units[j], units[j + 1]):
            j += 1
        first, i = i, j + 1
        if j - first + 1 >= HEADLINE_RUN:
            _claim_headlines(ctx, verdicts, first, j)


def _claim_headlines(ctx: Context, verdicts, i: int, j: int) -> None:
    """Lines ``i`` to ``j`` are other stories' headlines when few share a word with the story and
    most are in title case (a form's questions or a list's points are not)."""
    run = ctx.units[i : j + 1]
    if sum(1 for u in run if ctx.body_words.shares(u)) > HEADLINE_RUN_SHARING * len(run):
        return
    if 2 * sum(1 for u in run if is_title_case(u.words)) < len(run):
        return
    for k in range(i, j + 1):
        if verdicts[k] is None:
            verdicts[k] = (RELATED, OTHER_HEADLINE)


RECORD_TABLE_LINES = 40  # lines up from a row to its table's rule, at most


def _record_table(units: list[Unit], i: int) -> bool:
    """Is line ``i`` a row of a table written with bars under its rule ("Date | 12 November 2022 |" /
    "---|---|" / "Venue | Small Heath Leisure Centre |" / "Result | W 3 - 2 |"), line under line,
    some of its cells figures: a record of the story's (a match's card), not a menu laid out in a
    table?"""
    first = last = i
    while first > 0 and i - first < RECORD_TABLE_LINES and "|" in units[first - 1].text and line_under(units[first - 1], units[first]):
        first -= 1
    while last + 1 < len(units) and last - i < RECORD_TABLE_LINES and "|" in units[last + 1].text and line_under(units[last], units[last + 1]):
        last += 1
    rows = units[first : last + 1]
    rules = [table_rule(r) for r in rows]
    return any(rules) and any(not rule and any(c.isdigit() for c in r.text) for r, rule in zip(rows, rules))


DATED_GROUPS = 3  # groups in a row, each with its date line, that make a listing
GROUP_LINES = 5  # lines in a group at most: headline, picture caption, date, teaser
GROUP_ITEM_WORDS = 60  # a teaser's words at most


def _bare_date(u: Unit) -> bool:
    """A line that is only a date with its year, perhaps with the time ("January 29th, 2015", "12
    March 2021", "12:01 am U.S. ET | March 31, 2014", "Nov. 8, 2013 06:01 CET")."""
    if u.n > STAMP_WORDS or u.prose or not has_year(u.text):
        return False
    words = u.words
    if len(words) > 1 and u.text.rstrip().endswith(")") and is_agency(words[-1]):
        words = words[:-1]  # the agency in brackets ("(Reuters)")
    return date_words(words, codes=True) is True


def dated_groups(ctx: Context, verdicts) -> None:
    """Groups of the same shape, each with a bare date at the same place ("Who's Who? Centuries-Old
    Owl Mix-Up Fixed" / "Desert tawny owl" / "January 29th, 2015" / "Once mistaken for another
    species ...", three times or more): a topic page's list of stories, each headline over its
    picture's caption, its date and its teaser.  A story's own timeline puts a date over each
    paragraph (groups of two, which this leaves alone); a live page's entries are stamped with
    the times of one day, and the listing's stories with three days or more."""
    units = ctx.units
    n = len(units)
    # (not a life span, "December 1962 – June 2018": a story's profiles, one person to each group)
    dates = [i for i in range(n) if not ctx.in_comments[i] and _bare_date(units[i]) and not _span(units[i].text)]
    k = 0
    while k + DATED_GROUPS - 1 < len(dates):
        gap = dates[k + 1] - dates[k]
        m = k + 1
        while m + 1 < len(dates) and dates[m + 1] - dates[m] == gap:
            m += 1
        if m - k + 1 >= DATED_GROUPS and 3 <= gap <= GROUP_LINES:
            run = dates[k : m + 1]
            before = _group_start(units, run, gap)
            if before is not None and len({_day(units[d].text) for d in run}) >= DATED_GROUPS:
                first, last = run[0] - before, run[-1] + gap - 1 - before
                # the headline found may be the first group's: the page has no story of its own
                if last < n and not _figures_table(units, first, last, run) and not _keyed_groups(units, [d - before for d in run]) and all(units[i].n <= GROUP_ITEM_WORDS and (i != ctx.headline or i == first) for i in range(first, last + 1)):
                    if ctx.headline == first and verdicts[first] is None:
                        verdicts[first] = (RELATED, TEASER)
                    _claim(ctx, verdicts, first, last, (RELATED, TEASER))
        k = m


_GROUP_KEY = lazy(r"\s*([A-Z]|\d{1,2})\s?[=.):]\s")


def _keyed_groups(units: list[Unit], heads: list[int]) -> bool:
    """Do the groups open with keys in order, a letter or a number each ("A = Avocado and Rhubarb
    Festival", "B = Rhubarb Festival Week", ...)?  Then they are the story's own list, the legend of
    its map or its numbered entries; a listing's headlines carry no keys."""
    keys = []
    for i in heads:
        m = _GROUP_KEY.match(units[i].text)
        if m is None:
            return False
        keys.append(m.group(1))
    if len({k.isdigit() for k in keys}) > 1:
        return False  # numbers and letters mixed
    ranks = [int(k) if k.isdigit() else ord(k) for k in keys]
    return ranks == list(range(ranks[0], ranks[0] + len(ranks)))


def _figures_table(units: list[Unit], first: int, last: int, run: list[int]) -> bool:
    """Is a third or more of the groups' lines besides their dates bare figures ("1,200" / "34" /
    "5,310")?  Then each group is a table's row set one cell to a line, the date in its first
    column (a place or a name may stand beside it), and the table is the story's: a listing's
    groups are headlines, captions and teasers, in words."""
    cells = [units[i].text for i in range(first, last + 1) if i not in run]
    figures = sum(not any(c.isalpha() for c in cell) for cell in cells)
    return figures >= DATED_GROUPS and 3 * figures >= len(cells)


def _span(text: str) -> bool:
    """Does the date line run from one year to another across a dash ("December 1962 – June 2018")?"""
    return len(YEAR.findall(text)) >= 2 and _DASH_BETWEEN.search(text) is not None


_DASH_BETWEEN = lazy(r"\d\s*[–—-]\s*\w|\w\s+[–—-]\s+\w")
_DAY = lazy(rf"{MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}")


def _day(text: str) -> str:
    """The day a date line names ("March 10" of "12:01 am U.S. ET | March 10, 2014"), with its year."""
    m = _DAY.search(text)
    y = YEAR.search(text)
    return f"{m.group(0) if m else ''} {y.group(0) if y else ''}".lower()


def _group_start(units: list[Unit], run: list[int], gap: int) -> int | None:
    """How many lines of each group stand above its date: the most for which every group opens
    with a headline (no sentence's end, a headline's length)."""
    for before in range(gap - 1, 0, -1):
        if run[0] - before < 0:
            continue
        heads = [units[d - before] for d in run]
        if all(h.n <= TITLE_MAX_WORDS and h.final not in SENTENCE_END and not _bare_date(h) for h in heads):
            return before
    return None
