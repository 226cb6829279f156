"""Tests that need no interface vocabulary: where a block stands (before or after the article),
whether it shares words with the body, its script, and what ordinary article furniture (dates,
bylines, credits, datelines) it must not be taken for."""

from __future__ import annotations

import re

from . import cues, newsroom, shape
from .captions import PICTURE_AGENCY, USER_NAME, in_gallery
from .shape import CLOSERS, SENTENCE_END
from .families import COUNTDOWN, NAVIGATION, OTHER_HEADLINE, PLACE_LINK, PLACE_WHATS, RELATED, SCRIPT, SHARE, TAGLINE, WHAT
from .lexicon import straight
from .names import first_names, looks_like_person
from .tables import TIME_RANGE, field_value, header_over_rule, in_field_box, line_under, over_its_list, ranked_place, series_part, table_rule, the_articles, topic_label_over
from ..spelling.lexicon import accepted
from .units import HEADLINE_MAX_WORDS, SHORT_WORDS, Body, Context, Unit, shares_headline, topic_words
from ...document import LIST_ITEM
from ...lazyre import lazy

def edge_zones(units: list[Unit], body_words: Body, in_comments: list[bool]) -> list[bool]:
    """Blocks before the first block that belongs to the article (prose, or sharing words with
    it) and after the last one: where page furniture sits."""
    n = len(units)
    edge = [False] * n

    def anchor(u: Unit) -> bool:
        if in_comments[u.index]:
            return False
        if u.prose:
            return True
        return body_words.shares(u) is not False

    i = 0
    while i < n and not anchor(units[i]):
        edge[i] = True
        i += 1
    j = n - 1
    while j > i and not anchor(units[j]):
        edge[j] = True
        j -= 1
    return edge


# topic words the story's prose must hold before a line sharing none of them says anything: a
# page of headings over one short paragraph (a results archive, "2021 Debate Champions") shares
# little with it whatever the lines are
STORY_MIN_WORDS = 20


# the label of a summary or an explainer's opening ("In short", "At a glance", "Key Takeaways"),
# over its first paragraph or its list of points, or between two (position.news_subheading)
SUMMARY_LABELS = frozenset(
    ("in short", "in brief", "at a glance", "definition", "key takeaways", "short answer", "quick answer", "tl;dr", "quick summary", "executive summary", "takeaways", "key points", "key facts", "main points")
)


SUMMARY_LABEL_WORDS = 3


def summary_label(u: Unit) -> bool:
    """Is the block the label of the story's summary ("Key Takeaways", "In short:")?"""
    return u.n <= SUMMARY_LABEL_WORDS and " ".join(u.text.strip(" :.").lower().split()) in SUMMARY_LABELS


# a publication's series and number over its title: "Cooperative Extension Bulletin E363", "Circular
# 701", "Fact Sheet FS1289", "Extension Publication No. 45"
_SERIES_NUMBER = lazy(
    r"^\s*(?:[A-Z][\w&.-]*\s+){0,3}(?:Bulletin|Circular|Fact\s?[Ss]heet|Leaflet|Publication|Technical\s+Note)"
    r"\s+(?:No\.\s*)?[A-Z]{0,4}-?\d{1,5}[A-Za-z]?\s*$"
)
SERIES_NUMBER_WORDS = 6


def series_number(u: Unit) -> bool:
    """Is the line a publication's series and number (``_SERIES_NUMBER``)?"""
    return u.n <= SERIES_NUMBER_WORDS and u.text.rstrip()[-1:].isalnum() and _SERIES_NUMBER.match(u.text) is not None


def structural(u: Unit, ctx: Context) -> tuple[str, str] | None:
    """No cue: a short item before the article or after it that shares no word with it (not the
    label of the story's summary over its points, "Key Takeaways")."""
    if not ctx.edge[u.index] or not 2 <= u.n <= HEADLINE_MAX_WORDS or u.final in ".,;:!?":
        return None
    if summary_label(u) or blog_author(ctx.units, u.index) or ranked_place(ctx.units, u.index) or over_its_list(ctx.units, u.index):
        return None
    if "|" in u.text and ((u.index + 1 < len(ctx.units) and table_rule(ctx.units[u.index + 1])) or header_over_rule(u.text)):
        return None  # a table's header row over its rule ("Term | Definition |" / "---|---|"), in one block or two
    if (
        u.index == 0 and OWN_TITLE_WORDS <= u.n <= OWN_TITLE_MAX_WORDS and ctx.body is not None and ctx.body[0] == 1
        and not shape.is_title_case(u.words) and u.text.lstrip()[:1] != "*" and "uploaded" not in u.lower
    ):
        # the draft's first line right over the story's first paragraph, in sentence case: its
        # title ("Renovations near completion", "The hidden threat behind Kenya’s worsening
        # drought"); another story's headline there runs longer ("Google Play Store needs more
        # than AI to make app recommendations useful"), a section's or a promotion's name is in
        # title case ("Top Workplaces in S.A."); not a form's footnote ("*All information provided
        # is confidential") nor a photo's line ("... Originally uploaded by Jezz")
        return None
    if ctx.body_words.size < STORY_MIN_WORDS:
        return None
    if ctx.body_words.shares(u) is not False or not_furniture(u) or ctx.repeated[u.index] or the_articles(u, ctx):
        return None
    if recipe_part(ctx, u) or _rows_go_on(ctx, u):
        return None
    if wrapped_line(ctx.units, u.index) or inside_wrapped(ctx.units, u.index) or heads_wrapped(ctx.units, u.index) or answers(u, ctx) or _signed_address(ctx.units, u.index) or _cited_work(ctx.units, u.index):
        return None
    if cut_at(u) or in_measures(ctx, u.index) or shares_headline(u, ctx) or in_field_box(ctx.units, u.index):
        return None
    if first_person(u) or series_part(ctx.units, u.index) or in_gallery(ctx.units, u.index) or topic_label_over(ctx.units, u.index, ctx.body_words):
        return None
    if (ctx.body is None or u.index < ctx.body[0]) and signed_with_role(ctx.units, u.index):
        return None  # the byline with the writer's role over the story (after it, an author box)
    last = u.index == len(ctx.units) - 1 or ctx.in_comments[u.index + 1]  # the text's last line, over the end or the comments
    if last and (newsroom.signed_role(u) or (u.n <= LETTER_SENDER_WORDS and _letter(ctx.units)) or signed_off(ctx.units, u.index) or _CLOSING_AND_NAME.match(u.text)):
        return None  # the writer's signature under the text ("Lisa the Editor", "Happy Holidays. Will"), a letter's or a notice's sender ("RESA Office")
    if u.n >= 5 and not shape.is_title_case(u.words) or u.n > SHORT_WORDS:
        return RELATED, OTHER_HEADLINE
    return NAVIGATION, PLACE_LINK


ROWS_ABOVE = 12  # blocks above the tail looked at
ROWS_SHARED = 2  # of them sharing a topic word with the block, at least


def _rows_go_on(ctx: Context, u: Unit) -> bool:
    """Is a block after the story one more row of a table or a list the story holds right above
    the tail: it shares a topic word with two of the last blocks before it ("2011 South Korea Lee
    Hyun-il China Wang Shixian" under rows naming "China")?  A site's menu repeats nothing of the
    story's last lines."""
    if ctx.body is None or u.index <= ctx.body[1]:
        return False
    first = ctx.tail_start
    if first is None:  # the zone runs to the draft's end (``edge_zones``): one walk for all its blocks
        first = len(ctx.units)
        while first > 0 and ctx.edge[first - 1]:
            first -= 1
        ctx.tail_start = first
    topic = u.topic
    shared = 0
    for v in ctx.units[max(0, first - ROWS_ABOVE) : first]:
        if not v.prose and not topic.isdisjoint(v.topic):
            shared += 1
            if shared >= ROWS_SHARED:
                return True
    return False


def blog_author(units: list[Unit], i: int) -> bool:
    """A site builder's author line over a post's title (Wix): one bulleted line among the
    draft's first, alone (no list around it), naming the writer, a user name or a desk ("•
    emmasueprince8", "• The Webmaster", "• Writer's pictureMalav Patel"), with the title under
    it.  A section's name there ("• Fitness") is no one's."""
    u = units[i]
    if u.kind != LIST_ITEM or i > AUTHOR_ITEM_LAST or i + 1 >= len(units):
        return False
    if (i > 0 and units[i - 1].kind == LIST_ITEM) or units[i + 1].kind == LIST_ITEM or units[i + 1].prose:
        return False
    text = u.text.strip().lstrip("•·*-– ").strip()
    if text.startswith("Writer's picture") or text.startswith("Writer’s picture"):
        return True
    if not 1 <= u.n <= AUTHOR_ITEM_WORDS:
        return False
    # a person, a user name ("emmasueprince8", "rradar") or a desk ("The Webmaster")
    return looks_like_person(text) or USER_NAME.fullmatch(text) is not None or text.lower() in _DESKS


AUTHOR_ITEM_LAST = 2  # among the draft's first three blocks
AUTHOR_ITEM_WORDS = 3
_DESKS = frozenset(("the webmaster", "webmaster", "admin", "administrator", "the editor", "editor"))


LETTER_SENDER_WORDS = 4
OWN_TITLE_WORDS = 3
OWN_TITLE_MAX_WORDS = 10
# the desk's note of where the story came from: "compiled from agency reports", "(With inputs from
# agencies)", "With agency inputs"
_AGENCY_CREDIT = lazy(
    r"^[(\[]?(?:(?:compiled|adapted|written)\s+from|based\s+on|with(?:\s+additional)?\s+(?:inputs?|reporting)\s+from)\s+"
    r"(?:(?:news\s+)?agenc(?:y|ies)|wires?|wire\s+services?)(?:\s+(?:reports?|inputs?|copy))?[)\]]?\.?$"
    r"|^[(\[]?with\s+(?:agency|wire)\s+inputs?[)\]]?\.?$",
    re.I,
)
# a letter's salutation, on the draft's first line: "Dear RESA Community,", "Dear residents:"
_SALUTATION = lazy(r"^Dear\s+[^.!?]{1,60}[,:]$")


def _letter(units: list[Unit]) -> bool:
    """Does the draft open as a letter ("Dear RESA Community,")?  Then its last short line is the
    sender ("RESA Office"), not a link."""
    return bool(units) and units[0].n <= 10 and _SALUTATION.match(units[0].text.strip()) is not None


CLOSING_WORDS = 12
# a team signing a notice: "The NEK Broadband Team", "The Parish Council Team"
_TEAM = lazy(r"^(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}Team$")


# a post's closing and its writer's first name on one line ("Happy Holidays. Will", "Thanks! Sam")
_CLOSING_AND_NAME = lazy(r"^\s*[A-Z][^.!?,]{1,30}[.!,]\s+[A-Z][a-z]{1,15}\s*$")


def signed_off(units: list[Unit], i: int) -> bool:
    """Is the short line the sender of a notice: under its closing line ("Thank you for your
    patience during this time," / "Inplant Committee"), or a team's name right under its text ("The
    NEK Broadband Team")?"""
    above = units[i - 1] if i else None
    if above is None or units[i].n > LETTER_SENDER_WORDS:
        return False
    if above.final == "," and above.n <= CLOSING_WORDS:
        return True
    return units[i].text[-4:] == "Team" and is_text(above) and _TEAM.match(units[i].text.strip()) is not None


def signed_with_role(units: list[Unit], i: int) -> bool:
    """Is line ``i`` the writer's name with the writer's role, on one line ("Helen Lester
    Partner") or two ("Sarah Davies" / "Policy Adviser"), or a long role line under the byline
    ("By James Carafano" / "Senior Counselor to the President and E.W. Richardson Fellow")?"""
    u = units[i]
    if newsroom.named_role(u):
        return True
    if i + 1 < len(units) and newsroom.signer_title(units[i + 1]) and looks_like_person(u.text):
        return True
    if i > 0 and newsroom.signer_title(u) and looks_like_person(units[i - 1].text):
        return True
    return i > 0 and newsroom.role_line(u) and is_byline(units[i - 1])


def _name_shaped(u: Unit) -> bool:
    """A name under the signature's: a person's ("Chris Pearson"), or words no dictionary holds
    ("Puneet Sahalot"), where a place or an organisation has a word of the language ("Coventry
    UK", "Bablake Weather Station")."""
    return looks_like_person(u.text) or all(w.lower() not in accepted() for w in u.words)


def _claimed(v) -> bool:
    return v is not None and v[1] not in (PLACE_LINK, OTHER_HEADLINE)


SIGNATURE_LINES = 3
SIGNATURE_LINE_WORDS = 5


def signature_at_end(units: list[Unit], verdicts: list) -> range | None:
    """The lines of the writer's signature closing the story right under its last paragraph, with
    only lines a test claimed below it (the page's prompts): a given name alone ("Dan", "…  Anne"),
    or a name with up to two short lines under it, the writer's place ("Steve Jackson" / "Bablake
    Weather Station" / "Coventry UK", "PETER LINDSLEY" / "AGE UK DORCHESTER"); under a closing
    quotation, its author's name alone ("Maya Angelou").  Not a line that a test claimed ("Leave a
    Reply"; ``structural``'s guess at a short line is no claim), another name under it (commenters,
    authors: ``_name_shaped``), or the name twice (an author box)."""
    end = len(units)
    while end > 1 and _claimed(verdicts[end - 1]):
        end -= 1
    for i in range(max(1, end - SIGNATURE_LINES), end):
        block = units[i:end]
        above = units[i - 1]
        if not is_text(above) or any(b.n > SIGNATURE_LINE_WORDS or b.final in SENTENCE_END or _claimed(verdicts[b.index]) for b in block):
            continue
        if len({b.text.strip() for b in block}) < len(block) or any(_name_shaped(b) for b in block[1:]):
            continue
        name = units[i].text.strip().lstrip("….-—–~ ")
        if name.isupper():
            name = name.title()  # "PETER LINDSLEY"
        words = name.split()
        if not words or words[0].lower() not in first_names():
            continue
        # (a full name alone may be another author's, under a byline: ``position.stray_names``;
        # under a quotation it is the quotation's)
        if len(words) == 1:
            ok = len(block) == 1 and words[0][1:].islower()
        else:
            ok = (len(block) > 1 or above.text.rstrip()[-1:] in CLOSING_QUOTES) and looks_like_person(name)
        if ok:
            return range(i, end)
    return None


FIRST_PERSON_WORDS = 8  # a sentence this long, in the first person, is the writer's
_FIRST_PERSON = lazy(r"\b(?:[Ww]e|I|[Oo]ur|[Mm]y|us)\b")


def first_person(u: Unit, inside: bool = False) -> bool:
    """Is the line a sentence of the writer's in the first person that lost its stop ("Over the 8
    years we have recorded more than 16,800 Vehicle Registration Numbers")?  Another story's
    headline is in title case, or names its subject in the third person.  With ``inside``, the
    pronoun must come after the first word: a title may open with one ("My Safety Whistle: Worth
    its Weight in Gold")."""
    if u.n < FIRST_PERSON_WORDS:
        return False
    text = u.text
    start = 0
    if inside:
        first = text.split(None, 1)
        start = len(text) - len(first[1]) if len(first) == 2 else len(text)
    return _FIRST_PERSON.search(text, start) is not None and not shape.is_title_case(u.words)


# a street address: "55 Scalwell Lane", "12a High Street", "500 E Division St"
_STREET = lazy(
    r"^\d{1,5}[A-Za-z]?,?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|"
    r"Close|Way|Crescent|Place|Pl|Court|Ct|Terrace|Gardens|Grove|Hill|Row|Square|Sq|Walk|Park|Boulevard|Blvd|Parade|"
    r"View|Rise|Mews|Highway|Hwy|Parkway|Pkwy)\.?,?$"
)
# a postcode of five figures with its town: "76011 Arlington" (not a year: "2023 Bonsai Show")
_POSTCODE_TOWN = lazy(r"\d{5}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def is_address(u: Unit) -> bool:
    """A street address on its line, or a postcode with its town."""
    text = u.text.strip()
    return text[:1].isdigit() and (_STREET.match(text) is not None or _POSTCODE_TOWN.fullmatch(text) is not None)


def is_field(u: Unit) -> bool:
    """A short label, a colon and its value on one line: "Hike Length: 2.2 Miles"."""
    return field_value(u.text) is not None


def priced_field(u: Unit) -> bool:
    """A field whose value opens with a price or a figure: "FEE: $10/person", "Cost: 5 euros"."""
    value = field_value(u.text)
    return value is not None and value.lstrip("$£€¥")[:1].isdigit()


def _signed_address(units: list[Unit], i: int) -> bool:
    """Is the line the street address under the name that signs a letter ("Mrs Pamela Lucas" /
    "55 Scalwell Lane")?"""
    return i > 0 and _STREET.match(units[i].text.strip()) is not None and looks_like_person(units[i - 1].text)


CUT_WORDS = 5


def cut_at(u: Unit) -> bool:
    """Does the line stop where its address or link was ("If you have further questions, please
    email Judith Roscoe at")?  A sentence, not a title."""
    # a title does not end with a function word ("at", "of", "the"); a title cut "for..." ends with its ellipsis
    return u.n >= CUT_WORDS and u.final.isalpha() and u.words[-1].lower() in shape.SMALL_WORDS


# the two-letter words a line may end on; "Three or more countries wo" stops in mid-word
_TWO_LETTER_ENDS = frozenset("ad am an as at be by do ex go he hi id if in is it me my no of oh ok on or pm so to tv up us vs we ye".split())


# the words a sentence goes on after, never a title's last ("The sessions are", "Maybe it")
_GOES_ON = shape.SMALL_WORDS | frozenset(
    "it is are was were be been will would can could has have had that which who whose whom this these those "
    "his her their its our your my but if so than into onto about not no also such".split()
)


def cut_off(ctx: Context, verdicts: list, cued: int | None) -> None:
    """A text cut at a fixed length (a scraper's field, a search tool's excerpt) ends in mid-word or
    mid-sentence under its last paragraph ("R oger Prestwood, the scheme's project manager, sa",
    "The sessions are n", "It is now at RAF Colerne ... memorial flight. The p"): the story's own
    line, not the headline of another story or a link.  Released when the tests of place or shape
    took it (no cue: ``cued`` is the last line's index when one did) and the line above is the
    story's; a cut line under a flagged list goes on with the list."""
    units = ctx.units
    i = len(units) - 1
    v = verdicts[i]
    if i < 1 or i == cued or v is None or len(v) != 2 or v[0] not in (NAVIGATION, RELATED) or ctx.in_comments[i]:
        return
    if ctx.in_comments[i - 1] or not stops_short(units[i].text):
        return
    if verdicts[i - 1] is None and units[i - 1].kind != LIST_ITEM:
        verdicts[i] = None
    elif _subheading(ctx, verdicts, i - 1):
        verdicts[i] = verdicts[i - 1] = None


AUTHOR_BOX_HEADINGS = frozenset(("about the author", "about the authors", "about the writer", "about the blogger", "about the contributor"))
BIO_UNITS = 2  # the writer's bio under the heading: this many paragraphs at most
BIO_MIN_WORDS, BIO_WORDS = 5, 120  # each this long at least and at most
AUTHOR_BOX = "author box"
AUTHOR_BIO = "the writer's bio (author box)"


def author_box(ctx: Context, verdicts: list) -> None:
    """A blog's author box under the post: the heading "About the Author" after the story's first
    paragraph, and the writer's bio under it (a paragraph or two: "Scott Aronowitz is a freelance
    writer based in Las Vegas ..."), when no paragraph of the story is left under them, only what
    a test claimed (the comment form, "Read more posts by"), a date or the end.  A review's
    section on the book's author, with the review going on under it, is the story's."""
    units = ctx.units
    if ctx.body is None:
        return
    for u in units:
        if u.index <= ctx.body[0] or u.n > 4 or ctx.in_comments[u.index]:
            continue
        if u.text.strip().rstrip(":").strip().lower() not in AUTHOR_BOX_HEADINGS:
            continue
        k = u.index + 1
        bio = []
        while k < len(units) and len(bio) < BIO_UNITS and verdicts[k] is None and not ctx.in_comments[k] and _bio(units, k):
            bio.append(k)
            k += 1
        if any(units[m].prose and verdicts[m] is None and not ctx.in_comments[m] for m in range(k, len(units))):
            return  # the story goes on under it
        if verdicts[u.index] is None:
            verdicts[u.index] = (TAGLINE, AUTHOR_BOX)
        for m in bio:
            verdicts[m] = (TAGLINE, AUTHOR_BIO)
        return


def _bio(units: list[Unit], k: int) -> bool:
    """Does the block read as a paragraph of a writer's bio: sentences, not a label (or the draft's
    last line, cut)?"""
    u = units[k]
    return BIO_MIN_WORDS <= u.n <= BIO_WORDS and (u.final in SENTENCE_END or k == len(units) - 1)


BROKEN_PROSE_LINES = 6  # one-word lines in a row, at least, for prose broken one word to a line
BROKEN_PROSE_SHARE = 0.2  # of them function words, at least
# the function words of running English prose, which no menu has for items
_FUNCTION_WORDS = frozenset(
    "the of to and in is a an that for on with as was are it be by at from this or which has have we our their they can will not".split()
)


def broken_prose(ctx: Context, verdicts: list) -> None:
    """Prose broken one word to a line (a page that set each word in a box of its own: "With" /
    "ageing" / "demographics" / "in" / "the" ...): a run of one-word lines, line under line, a
    fifth of them or more function words ("the", "of", "is"), is the story's text, whatever the
    tests of place and shape made of its short lines.  A menu's single words are names, not
    function words."""
    units = ctx.units
    for i, j in _stacked_runs(units, lambda u: u.n == 1):
        if j - i >= BROKEN_PROSE_LINES:
            function = sum(1 for u in units[i:j] if u.text.strip().strip(".,;:").lower() in _FUNCTION_WORDS)
            words = sum(1 for u in units[i:j] if any(c.isalpha() for c in u.text))  # (not a bullet alone, "•" / "NEVER" / "put" / ...)
            if function and function >= BROKEN_PROSE_SHARE * words:
                for k in range(i, j):
                    v = verdicts[k]
                    if v is not None and len(v) == 2 and v[0] in (NAVIGATION, RELATED):
                        verdicts[k] = None


def _stacked_runs(units: list[Unit], keep):
    """The longest runs ``(i, j)``, blocks ``i`` to ``j - 1``, of blocks ``keep`` takes, each on the
    line right under the one before."""
    i, n = 0, len(units)
    while i < n:
        j = i
        while j < n and keep(units[j]) and (j == i or line_under(units[j - 1], units[j])):
            j += 1
        if j > i:
            yield i, j
        i = max(j, i + 1)


def joined_words(ctx: Context, verdicts: list) -> None:
    """A function word alone on its line, line under line between two lines of one flagged prompt,
    is the prompt's: the sentence a page broke around its links ("If you" / "log in" / "or" / "create
    an account"; "Anti-spam check. Do" / "not" / "fill this in!").  Between two of the story's lines it
    stays the story's."""
    units = ctx.units
    for k in range(1, len(units) - 1):
        u = units[k]
        if verdicts[k] is not None or ctx.in_comments[k] or u.n != 1:
            continue
        if u.text.strip().lower() not in _FUNCTION_WORDS:
            continue
        above, below = verdicts[k - 1], verdicts[k + 1]
        if above is None or below is None or len(above) != 2 or len(below) != 2 or above[0] != below[0]:
            continue
        if line_under(units[k - 1], u) and line_under(u, units[k + 1]):
            verdicts[k] = above


# the units a countdown widget counts in, ranked largest first; each alone on its line under its
# digits, or run into them ("  • 00Days", ``_COUNTDOWN_FIELD``)
_COUNTDOWN_RANK = {
    **dict.fromkeys(("weeks", "week"), 0), **dict.fromkeys(("days", "day"), 1),
    **dict.fromkeys(("hours", "hour", "hrs", "hr"), 2), **dict.fromkeys(("minutes", "minute", "mins", "min"), 3),
    **dict.fromkeys(("seconds", "second", "secs", "sec"), 4),
}
_COUNTDOWN_UNITS = frozenset(_COUNTDOWN_RANK)
COUNTDOWN_DIGITS = 3  # a digit line: "0", "04", "365"


def _countdown_word(u: Unit) -> str:
    return u.text.strip().rstrip(":").lower()


def _countdown_part(u: Unit) -> bool:
    if u.n != 1:
        return False
    word = _countdown_word(u)
    return (word.isdigit() and len(word) <= COUNTDOWN_DIGITS) or word in _COUNTDOWN_UNITS


# a countdown's field with its digits and unit on one line ("  • 00Days", "12 Hours")
_COUNTDOWN_FIELD = lazy(r"^\s*(?:[•·*-]\s*)?\d{1,3}\s?([A-Za-z]{2,7})\s*$")
COUNTDOWN_FIELDS = 3  # fields of a countdown written digits and unit together, at least


def _countdown_field(u: Unit) -> int | None:
    """The rank of the unit of a line that is one countdown field, digits and unit ("• 00Days")."""
    if u.n > 2 or not (m := _COUNTDOWN_FIELD.match(u.text)):
        return None
    return _COUNTDOWN_RANK.get(m.group(1).lower())


def countdown(ctx: Context, verdicts: list) -> None:
    """A countdown widget copied as text, its digits and its units one to a line ("0" / "0" / "Days"
    / "0" / "0" / "Hrs" / ...): a run of such lines, line under line, with two units or more and a
    digit line for each, is the page's interface.  A story's figures one to a line name no unit; a
    number with its one unit ("40" / "Days") may be a fact box."""
    units = ctx.units
    for i, j in _stacked_runs(units, _countdown_part):
        names = [w for k in range(i, j) if not (w := _countdown_word(units[k])).isdigit()]
        if len(set(names)) >= 2 and j - i >= 2 * len(names):
            for k in range(i, j):
                if verdicts[k] is None:
                    verdicts[k] = (NAVIGATION, COUNTDOWN)
    # or each field on its line, its digits and its unit together, the units largest first
    ranks = [_countdown_field(u) for u in units]
    for i, j in _stacked_runs(units, lambda u: ranks[u.index] is not None):
        if j - i >= COUNTDOWN_FIELDS and all(a < b for a, b in zip(ranks[i:j], ranks[i + 1 : j])):
            for k in range(i, j):
                if verdicts[k] is None:
                    verdicts[k] = (NAVIGATION, COUNTDOWN)


def _subheading(ctx: Context, verdicts: list, k: int) -> bool:
    """Is the line over the cut last line the subheading of the paragraph the cut began ("Multilateral
    Agreements" / "Three or more countries wo")?  A heading the tests of place took, of the
    story's words, right under a line of the story (a paragraph or an item of its list); another
    story's headline over its teaser names another subject, a site's link shares no word."""
    v = verdicts[k]
    if k < 1 or v is None or len(v) != 2 or v[1] not in PLACE_WHATS:
        return False
    if verdicts[k - 1] is not None or ctx.in_comments[k - 1]:
        return False
    if ctx.body_words.cohesion(ctx.units[k]):
        return True
    # or it names what the cut paragraph under it is about ("Manage Stress" / "Chronic stress can
    # contribute to the development o")
    if k + 1 >= len(ctx.units):
        return False
    if not ctx.units[k].topic.isdisjoint(topic_words(ctx.units[k + 1].text.lower())):
        return True
    # or the story has subheadings of its own above it, each between two of its paragraphs ("Buffer
    # overflow attack" / "The attacker sends more data ..." / "Cross-Site Scripting (XSS)" / "The
    # attacker tricks a")
    return _heads_paragraphs(ctx.units, verdicts, k, ctx.units[k].n)


SUBHEADING_SLACK = 3  # an earlier subheading of the story has at most this many words more than the last


def _heads_paragraphs(units: list[Unit], verdicts: list, k: int, n: int) -> bool:
    """Does a line above ``k`` that no test claimed, no longer than ``n`` words and a few, stand
    between two paragraphs of the story: a subheading of its own?"""
    return any(
        verdicts[j] is None and not units[j].prose and units[j].kind != LIST_ITEM and units[j].n <= n + SUBHEADING_SLACK
        and units[j - 1].prose and verdicts[j - 1] is None and units[j + 1].prose and verdicts[j + 1] is None
        for j in range(1, k - 1)
    )


NAMED_MIN_WORDS = 2
NAMED_MAX_WORDS = 6
NAMED_SENTENCE_WORDS = 6  # a sentence of the story this long or longer
_PLAIN_WORDS = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:[ -][^\W\d_]+(?:['’][^\W\d_]+)*)*")


def named_in_story(ctx: Context, verdicts: list) -> None:
    """A line of plain words that the tests of place took for a link or a section's name, but that
    the story says as one phrase in a sentence of its own ("Dog fouling" over "... stricter rules
    on dog fouling.", "Diversion Orders" over "Before making a diversion order ..."): the page's
    own title or a heading of the story.  Across samples 42-53 no leftover line was such a phrase;
    a menu's entries name other pages, and a tag names what the story names in capitals."""
    units = ctx.units
    taken = [
        u for u in units
        if (v := verdicts[u.index]) is not None and len(v) == 2 and v[1] in PLACE_WHATS
        and NAMED_MIN_WORDS <= u.n <= NAMED_MAX_WORDS and _PLAIN_WORDS.fullmatch(u.text.strip())
    ]
    if not taken:
        return
    # joined once, searched once per line taken (a line taken has a verdict: it is none of them);
    # "_" between them is a word's character, so that no phrase runs from one line into the next
    sentences = "\n_\n".join(
        u.text for u in units
        if verdicts[u.index] is None and not ctx.in_comments[u.index] and u.n >= NAMED_SENTENCE_WORDS and u.final in SENTENCE_END
    )
    if not sentences:
        return
    for u in taken:
        words = u.text.lower().split()
        if len(words[-1]) > 3 and words[-1][-1] == "s":
            words[-1] = words[-1][:-1]  # "orders": "order" and "orders" alike
        # in lower case, as a sentence says a thing and not a name ("Joe Biden", "Google Earth"
        # over a story about them are tags), but for a sentence's first word
        first = words[0]
        head = f"[{first[0]}{first[0].upper()}]{re.escape(first[1:])}"
        phrase = re.compile(r"\b" + r"\W+".join([head, *map(re.escape, words[1:])]) + r"(?:e?s)?\b")
        if phrase.search(sentences):
            verdicts[u.index] = None


def is_text(u: Unit) -> bool:
    """A paragraph, or a sentence (not "OUT NOW!")."""
    return u.prose or (u.n >= 6 and u.final in ".。")


def ends_on_small_word(text: str) -> bool:
    """Does the line of three words or more end on a word a sentence goes on after, in lower case
    ("... and the CDC also reports that")?  A sentence whose end the page lost, no heading."""
    words = text.split()
    return len(words) > 2 and words[-1] in _GOES_ON


def stops_short(text: str) -> bool:
    """Does the line stop in mid-word or mid-sentence: on a word a sentence goes on after, on a
    letter, on a lower-case word no dictionary knows ("peopl", "whi"), or after one sentence has
    ended and another begun?"""
    t = text.rstrip()
    if not t or t[-1] in SENTENCE_END or t[-1] in CLOSERS or t[-1] in ",:;":
        return False
    words = t.split()
    last = words[-1]
    if not last.isalpha():
        return False
    if len(last) == 1:
        return True
    if len(words) == 1 and last.lower() in _GOES_ON and last.lower() not in _LABEL_WORDS:
        return True  # "In", "The": a sentence's first word, cut right after it
    if len(last) == 2 and last.islower() and last.isascii() and last not in _TWO_LETTER_ENDS:
        return True  # a dictionary knows most pairs of letters (abbreviations, "wo" of "wo n't"); few are words
    # (a label's two words end on a preposition too: "Cataloged in", "Posted in")
    if ends_on_small_word(t) or (last.islower() and last.isascii() and last not in accepted()):
        return True
    if shape.SENTENCE_BREAK.search(t):
        return True
    # a long line in sentence case with a clause after a comma ("Patients were evacuated outside a
    # district hospital as a precaution, Garci"): a sentence, not a title
    return len(words) >= CLAUSE_WORDS and _CLAUSE.search(t) is not None and not shape.is_title_case(words)


CLAUSE_WORDS = 8
# small words that are labels alone ("Next", "More", "Top", "About", "Up"): no cut sentence
_LABEL_WORDS = frozenset("next more top about up off on out back home all new".split())
_CLAUSE = lazy(r", [a-z]")


def _cited_work(units: list[Unit], i: int) -> bool:
    """Is the line the work that a quotation's attribution goes on to name, the attribution
    ending in a comma on the line above ("—Charles Kightly," / "The Perpetual Almanack of
    Folklore")?"""
    above = units[i - 1].text.strip() if i > 0 else ""
    return above[:1] in "—–" and above[-1:] == "," and len(above.split()) <= SHORT_WORDS


ANSWER_SHARED = 2  # topic words an answer takes from the question right above it


def answers(u: Unit, ctx: Context) -> bool:
    """Is the line the answer to the question the story asks right above it, in its words ("Why
    is this idea important?" / "The idea is important as it is another way of raising revenue")?
    A box's heading or another story's title does not repeat the question."""
    if u.index == 0 or not u.topic:
        return False
    above = ctx.units[u.index - 1]
    return above.final == "?" and not ctx.in_comments[above.index] and len(u.topic & above.topic) >= ANSWER_SHARED


WRAPPED_WORDS = 5  # a line of a hard-wrapped paragraph is this long; a menu's items are shorter


def wrapped_line(units: list[Unit], i: int) -> bool:
    """Is the line one of a hard-wrapped sentence: the next line, right under it, goes on in
    lower case ("If not listed below, e-mail me your choice and I will give them" / "a well
    deserved mention on this page"), or it goes on so from the line right above?"""
    return goes_on(units, i) or (i > 0 and goes_on(units, i - 1))


def inside_wrapped(units: list[Unit], i: int) -> bool:
    """Is the line, however short or capitalised, the middle of a hard-wrapped sentence: right
    under a line whose sentence has not ended (a line of a wrapped paragraph, or one going on from
    the line above it in lower case) and right over a line going on in lower case ("I have read
    the late" / "Mr. John Reuter's" / "repair book Accordion" / "Repairs Made Easy" / "(and
    others) and have found ...")?  A menu's items are no sentence's words."""
    if i == 0:
        return False
    a, u = units[i - 1], units[i]
    if u.start - a.end > 1 or a.final in SENTENCE_END or a.text.rstrip()[-1:] in CLOSING_QUOTES:
        return False  # (a quotation closed: "... reflect them too”" / "anoint me my love")
    if not (a.text[:1].islower() or (a.n >= WRAPPED_WORDS and _plain(a))):
        return False
    if u.text[:1].islower():
        return True  # going on in lower case: "stand up", the draft's last line
    if i + 1 >= len(units) or units[i + 1].start - u.end > 1:
        return False
    return units[i + 1].text.lstrip("(")[:1].islower()


# shape.CLOSERS without the brackets: a line closed by "]" ("Lady-garden of remembrance [The Sun]")
# may have a line of the story going on under it
CLOSING_QUOTES = frozenset(CLOSERS) - frozenset(")]")


def heads_wrapped(units: list[Unit], i: int) -> bool:
    """Is the line the subheading of a hard-wrapped paragraph right under it that takes up its
    words ("Tips for Reed Skins (Leathers, Valves, Flaps)" / "Q. Some of my reed leathers are
    curled up, and the" / "reeds are making a funny noise.")?  A menu's next item is no wrapped
    sentence."""
    u = units[i]
    if i + 1 >= len(units) or not u.topic:
        return False
    b = units[i + 1]
    return b.start - u.end <= 2 and wrapped_line(units, i + 1) and not u.topic.isdisjoint(b.topic)


def runs_on(units: list[Unit], i: int) -> bool:
    """Is the line the first of a sentence that the next line ends, going on in lower case right
    under it or across one blank line ("ISLAMABAD: Yellow cab drivers staged a demonstration
    against online" / "taxi services in Islamabad.")?  A paragraph's opening, however short its
    last line; a title over a paragraph starts a new sentence."""
    u = units[i]
    if u.n < WRAPPED_WORDS or i + 1 >= len(units):
        return False
    b = units[i + 1]
    return b.final in SENTENCE_END and b.n >= RUN_ON_WORDS and _goes_on(u, b, 2)


def goes_on(units: list[Unit], i: int) -> bool:
    """Does line ``i``'s sentence go on in lower case on the line right under it, both lines of a
    hard-wrapped paragraph?"""
    if i + 1 >= len(units):
        return False
    a, b = units[i], units[i + 1]
    if _broken_word(a, b):
        return True  # a word broken across the lines, however narrow the column ("Four-piece outerwear col-" / "lection, gouache.")
    return a.n >= WRAPPED_WORDS and b.n >= WRAPPED_WORDS and _goes_on(a, b, 1)


def _broken_word(a: Unit, b: Unit) -> bool:
    """Does line ``a`` end in a word broken by a hyphen that line ``b``, right under it, finishes in
    lower case?"""
    text = a.text.rstrip()
    return len(text) > 2 and text[-1] == "-" and text[-2].islower() and b.text[:1].islower() and b.start - a.end <= 1


def _goes_on(a: Unit, b: Unit, gap: int) -> bool:
    """Does line ``a``'s sentence go on in lower case on line ``b``, at most ``gap`` characters
    under it (1: right under it; 2: across one blank line), both written as sentences?"""
    return a.final not in SENTENCE_END and b.text[:1].islower() and b.start - a.end <= gap and _plain(a) and _plain(b)


RUN_ON_WORDS = 2  # the last line of a wrapped sentence: at least this many words
WRAPPED_CAPITALS = 0.4  # a sentence's words, not a title's: at most this share capitalised


def _plain(u: Unit) -> bool:
    """Are few of the line's words capitalised, as in a sentence ("squee 11:30 PM 0 This Cat's
    Halloween Costume is Way Better" is a tag before a title)?"""
    words = u.text.split()
    return sum(1 for w in words if w[:1].isupper()) <= WRAPPED_CAPITALS * len(words)


_BYLINE_LEAD = (
    # ("By completing this form, you agree ...": a form's consent, not a byline)
    r"^(?:by(?!\s+(?:completing|submitting|signing|clicking|subscribing|registering|continuing|using|entering|providing)\b)|posted|written|published|updated|source|sources|photo|photos|image|images|via|from|credit|"
    r"reporting|editing|additional reporting|with|von|par|por|di|da|cross-?posted|re-?posted|"
    r"originally (?:published|posted)|this (?:article|story|post|entry) (?:was|first|originally))\b"
    r"|^(?:text|words|story|interview|compiled|edited|curated|reported|submitted|post|article|blog|column|review|essay|analysis"
    r"|directed|produced|narrated|filmed|photographed|illustrated|answered|authored"
    r"|(?:minutes\s+)?(?:recorded|minuted|transcribed)|minutes\s+taken)\s+by\s*:?\s+(?-i:[A-Z])"  # "Text by Mahfuzul Haque", "Post by : Anis Karim", "Submitted by Ronan Manly for BullionStar.com", a film's "Directed by Dave Simonds", a meeting's minute-taker: "Recorded by Dan Makley", "Minutes taken by Jo Hart"
    r"|^(?:authors?|writer|reporter)\s*:\s*\w"  # "Author: Kelly Janis"
    r"|^author\s+(?-i:[A-Z]{2,6})$"  # a desk's initials under its label: "Author HSTF" (not "Author Events")
    r"|^(?:story|text|words)\s*:\s*(?-i:[A-Z])"  # "Story: Nana Poku", "Words: Ann Lee"
    r"|^for immediate release\b"  # a release's own header
    r"|^writer['’]s\s+picture\s*:?\s*(?-i:[A-Z])"  # a site builder's author box, its avatar's text on the name (Wix)
    r"|^[-–•*]\s+(?:(?:written|posted|reported)\s+)?by(?:\s+(?-i:[A-Z])|\s*:\s*\w)"  # a byline set as a list item: "- Written by Nadia Gyan", "- Posted by: administrator"
    r"|^(?:staff|wire|news)\s+(?:reports?|writers?|reporters?)$"  # "Staff Reports"
    # a name with its staff title: "Courtney Reid, Staff Reporter"
    r"|^(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3},\s+(?:staff|senior|chief|contributing|guest)\s+(?:reporter|writer|photographer|editor|correspondent)$"
    # a staff byline with no name ("Chief Reporter", "Our Correspondent", "AP Television Writer",
    # "Senior Home Affairs Correspondent")
    # (not a prompt: "Become a Writer", "Find a Reporter"); the first lookahead keeps the second's
    # scan to lines of three words at most (a paragraph would cost it a pass over its characters)
    r"|^(?=[\w.]+(?:\s+[\w.]+){0,3}$)(?!.*\b(?:a|an|become|find|hire|for|to)\s)(?:[\w.]+\s+){0,3}(?:reporters?|correspondents?|writers?)$"
    r"|^special\s+to\s+(?:the\s+)?(?-i:[A-Z])"  # a contributor's credit under the name: "Special to the Courier & Press"
)
_BYLINE_ANYWHERE = (
    r"\b(?:credit|credits|courtesy)\b"
    # "pic thx to amagill", "with many of the photos taken by Margaret Lacey"
    r"|\b(?:pics?|photos?|images?|pictures?|illustrations?|graphics?|videos?)\s+(?:(?:taken|supplied|provided)\s+)?(?:by|via|thx|thanks|courtesy)\b"
    r"|\b(?:press|news|media)\s+release\b"
)
_BYLINE = lazy(_BYLINE_LEAD + "|" + _BYLINE_ANYWHERE, re.I)
_BYLINE_START = lazy(_BYLINE_LEAD, re.I)  # the branches tied to the start of the line
# a word that each branch of _BYLINE_ANYWHERE holds (lowercased): "pic" stands for "pictures" too
BYLINE_ANYWHERE_KEYS = ("credit", "courtesy", "release", "pic", "photo", "image", "illustration", "graphic", "video")


def has_byline(text: str) -> bool:
    """``_BYLINE.search(text)``: a byline or credit at the start of the line or a credit in it.
    The unanchored branches are tried at every position of the line (a third of
    ``not_furniture``'s cost); an ASCII line with none of their words is tried against the
    branches tied to its start only (test_byline_shortcut_agrees).  Other lines take the full
    search (case folding outside ASCII is not ``str.lower``'s)."""
    if text.isascii():
        low = text.lower()
        if not any(k in low for k in BYLINE_ANYWHERE_KEYS):
            return _BYLINE_START.match(text) is not None
    return _BYLINE.search(text) is not None

# A news agency credited on its own line ("REUTERS", "AP Photo", "AFP/Getty Images", "GNA")
_AGENCY = lazy(
    r"^(?:the\s+)?(?:reuters|ap|associated press|afp|agence france-presse|dpa|efe|ansa|xinhua|kyodo|"
    r"tass|ria novosti|pti|ians|aap|cp|upi|bloomberg|getty images|epa|press trust of india|press association|"
    r"pa media|united press international|canadian press|australian associated press|anadolu agency|yonhap|"
    r"interfax|jiji press|antara|bernama|europa press|"
    # national agencies whose initials sign off their stories ("GNA" ends a Ghana News Agency report)
    r"gna|nan|kna|ani|irna|kuna|qna|wam|bss|pna|sana|ukrinform|tanjug|hina|pap|belga|anp|lusa)\b[\w\s/.,-]{0,30}$"
    r"|^[\w\s.'’-]{2,40}\bnews agency$",
    re.I,
)


def is_agency(text: str) -> bool:
    """Is the line a news agency's credit, or the agency's name ("dpa", "Reuters")?"""
    return _AGENCY.match(text) is not None


# "BAAR, SWITZERLAND", "NAIROBI, Kenya": a dateline
_DATELINE = lazy(r"^[A-Z][A-Z .'’-]+,\s+[A-Z][\w .'’-]*$")


_NUMBERED = lazy(r"^\s*(?:(?:T|=)?\d{1,3}[.)]|[a-z][.)])\s")  # "3. ", "a) ", a tied rank "T7. " or "=3. "


# "Doug Mills/The New York Times", "Jim Craven/ NBC News": a photographer and an agency
CAPTION_WORDS = 60
# a caption's sentence signed by its photographer and a picture agency: "A worker uses
# anti-mosquito fog to deter insects. Achmad Ibrahim/AP Images"
_CAPTION_CREDIT = lazy(r"[.!?]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s?/\s?" + PICTURE_AGENCY + r"[\w\s]{0,25}$")
_PHOTOGRAPHER = lazy(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?(?:The )?[A-Z]")


# "'Saved by the Bell' actor in local film ...": a title that opens with a short quoted name and
# goes on after it (not a quotation, not a quotation and its speaker: “Cozy,” said Ann)
_QUOTED_TITLE = lazy(r"^[\"“‘'«„][^\"”’'»“]{1,30}(?<![,.!?])[\"”’'»]\s*[^\s—–-]")


# an e-mail address, a telephone number ("301-796-9110", "888-INFO-FDA")
_CONTACT = lazy(r"\S@\S+\.\w|\d[\d ().-]{6,}\d|\b1?-?\d{3}-(?:\d{3}|[A-Z]{3,4})-[\dA-Z]{3,4}\b")


def not_furniture(u: Unit) -> bool:
    """Article furniture that shares no word with the body: dates, bylines, credits, numbered
    items, addresses of links, newsroom metadata."""
    # asked of the same block by several tests (the headline, the head, lists): found once
    if u.furniture is None:
        u.furniture = _not_furniture(u)
    return u.furniture


def _not_furniture(u: Unit) -> bool:
    text = u.text
    if u.n <= CAPTION_WORDS and text[-1:].isalpha() and "/" in text and _CAPTION_CREDIT.search(text):
        return True  # the story's picture caption, signed by its photographer and agency
    if has_byline(text) or _DATELINE.match(text) or _NUMBERED.match(text) or _PHOTOGRAPHER.match(text) or "://" in text or "www." in text or _CONTACT.search(text):
        return True
    if text[0] in "\"“‘'«„(" and not _QUOTED_TITLE.match(text):
        return True  # a quotation, not a title opening with a quoted name
    if (text[0] == "[" and text.rstrip()[-1:] == "]") or is_agency(text):
        return True  # a bracketed source ("[Wired]"), an agency
    if _AGENCY_CREDIT.match(text.strip()) or newsroom.signoff(u):
        return True  # the reporter's sign-off ("—Mushtaq Yusufzai"), the desk's credit ("compiled from agency reports")
    if newsroom.metadata(u) or measure(u) or series_number(u):
        return True  # "SLUG: budget-vote", "Word count: 650"; "225g plain flour"; "Circular 701"
    if u.n <= POSTCODE_LINE_WORDS and text[-1:].isupper() and _UK_POSTCODE_END.search(text):
        return True  # an address ending in its postcode ("CH1 2DY", "Talgarth Car Park, LD3 0PQ")
    if u.n <= AFFILIATED_NAME_WORDS and any(k in text for k in _AFFILIATION_KEYS) and _AFFILIATED_NAME.match(text):
        return True  # a paper's author with the author's institution ("Tom Douglass University of Birmingham, UK")
    if text[:1].isdigit() and "%" in text[:7] and _SHARE_ROW.match(text):
        return True  # a row of the story's breakdown ("40% musical criteria (in tune, harmony, ...)")
    if _date_read(u) or _dated_in_figures(text):
        return True  # the story's date and reading time run together ("1/17/20263 min read"), its date and byline
    if "2nd" in text and _PLACINGS.search(text):
        return True  # a class's winners in order ("Lasers 1st Scott McIntosh, 2nd David Feek, 3rd John Dymond")
    if u.n <= PRONUNCIATION_WORDS and "/" in text and _PRONUNCIATION.search(text):
        return True  # a dictionary entry's pronunciation ("IPA: /ˈtɪəruːm/", "/ˈhʌstɪŋz/ (noun)")
    return _looks_like_date(u) or looks_like_person(text) or _date_part(u)


POSTCODE_LINE_WORDS = 10
# a blog's date line, the date and the reading time run together when the page lost the dot
# between them: "1/17/20263 min read"
_DATE_READ = lazy(r"^\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*\d{1,3}\s*min(?:ute)?s?\s+read$", re.I)


# a word's pronunciation in the phonetic alphabet, between slashes (one of its own letters in it)
_PRONUNCIATION = lazy(r"/[^/\s]{0,30}[ˈˌəɪʊʌɛɔæθðŋʃʒːɑɒ][^/\s]{0,30}/")
PRONUNCIATION_WORDS = 6


def _date_read(u: Unit) -> bool:
    return u.text[:1].isdigit() and u.n <= 6 and _DATE_READ.match(u.text) is not None


# a share and what it is a share of, in lower case ("20% overall interpretation"); another story's
# headline says "40% of ..."
_SHARE_ROW = lazy(r"^\d{1,3}(?:\.\d+)?\s?%\s+(?!of\b)[a-z]")
# the first and the second place on one line, in that order: a competition's results
_PLACINGS = lazy(r"\b1st\b.*\b2nd\b")
AFFILIATED_NAME_WORDS = 12
_AFFILIATION_KEYS = ("University", "College", "Institute", "School", "Hospital", "Department")  # tried first: cheaper than the pattern
_AFFILIATED_NAME = lazy(
    r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2},?\s+(?:The\s+)?(?:" + "|".join(_AFFILIATION_KEYS) + r")\s+(?:of\s+)?[A-Z]"
)
_UK_POSTCODE_END = lazy(r"(?:^|[\s,])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$")


# a measure opening a line: an ingredient or a material of the story's own list ("225g plain
# flour", "½ tsp mixed spice", "1 1/2 cups milk"); no box of links or tags opens so
_MEASURE = lazy(
    r"^(?:[•*–-]\s*)?(?:\d+(?:[.,/]\d+)?(?:\s?[-–]\s?\d+)?(?:\s\d/\d)?|[½¼¾⅓⅔⅛])\s?"
    r"(?:g|kg|mg|ml|cl|dl|oz|lbs?|tsp|tbsps?|tbs|teaspoons?|tablespoons?|cups?|pints?|quarts?|pinch(?:es)?"
    r"|cloves?|grams?|kilos?|kilograms?|litres?|liters?|ounces?|pounds?|sprigs?|handfuls?|sticks?)\b\.?\s+\S",
    re.I,
)


def measure(u: Unit) -> bool:
    """A line opening with a quantity and its unit: an item of the story's own list (a recipe's
    ingredients, a project's materials)."""
    return u.n <= CAPTION_WORDS and bool(_MEASURE.match(u.text))


def in_measures(ctx: Context, i: int) -> bool:
    """Is the block an item of a list of measures: the item itself, or one above it in the same
    list, opens with a quantity and its unit ("225g plain flour" ... "1 egg, beaten")?  Found for
    every block in one pass, on the first question (a long list is not walked again per item)."""
    return _measure_flags(ctx)[i]


def _measure_flags(ctx: Context) -> list[bool]:
    """``in_measures`` for every block, found on the first question and kept on the context."""
    if ctx.measures is None:
        flags: list[bool] = []
        above = None
        for u in ctx.units:
            listed = u.kind == LIST_ITEM
            flags.append(measure(u) or (listed and above is not None and above.kind == LIST_ITEM and flags[-1]))
            above = u
        ctx.measures = flags
    return ctx.measures


# the parts of a recipe's card under its ingredients ("Directions", "Nutrition", "Notes")
_RECIPE_PARTS = frozenset(
    (
        "ingredients", "directions", "instructions", "method", "preparation", "steps", "nutrition",
        "nutrition facts", "nutrition information", "nutritional information", "notes", "recipe notes",
        "cook's notes", "tips", "equipment", "tools", "serves", "servings", "yield", "to serve",
    )
)


def recipe_part(ctx: Context, u: Unit) -> bool:
    """Is the line the name of a part of a recipe's card ("Nutrition"), or one of its fields with
    its value ("Prep Time: 15 mins", "Servings: 8"), in a draft with a list of measures
    (``in_measures``)?"""
    text = u.text.strip()
    part = u.n <= 2 and text.rstrip(":").lower() in _RECIPE_PARTS
    field = not part and u.n <= RECIPE_FIELD_WORDS and ":" in text and text.split(":", 1)[0].strip(" -*").lower() in _RECIPE_FIELDS
    return (part or field) and any(_measure_flags(ctx))


RECIPE_FIELD_WORDS = 6
_RECIPE_FIELDS = frozenset(
    (
        "prep time", "preparation time", "cook time", "cooking time", "total time", "bake time", "baking time",
        "servings", "serves", "yield", "makes", "course", "cuisine", "calories", "difficulty",
    )
)


# a how-to's card: what the reader needs, listed, over the steps ("Things You'll Need" / "- Fish
# flakes" / "Instructions" / "Set up a separate tank ...")
_HOWTO_NEEDS = frozenset(
    (
        "things you'll need", "things you will need", "what you'll need", "what you will need", "you'll need",
        "you will need", "materials", "materials needed", "supplies", "supplies needed", "tools and materials",
        "equipment needed",
    )
)
_HOWTO_STEPS = frozenset(("instructions", "directions", "steps", "method"))  # (a recipe card's parts too: _RECIPE_PARTS)
HOWTO_ITEMS = 20  # a how-to's list of needs holds at most this many lines
HOWTO_ITEM_WORDS = 10
HOWTO_STEP_WORDS = 8  # the first step under "Instructions" is a sentence this long at least


def _part_name(u: Unit) -> str:
    return straight(u.text.strip().rstrip(":")).lower() if u.n <= 4 else ""


_FAQ = frozenset(("frequently asked questions", "faq", "faqs"))


def own_parts(ctx: Context, verdicts: list) -> None:
    """The parts of a how-to or an FAQ page, whatever a menu test made of them (short lines opening
    the draft): a how-to's list of needs, its items and its "Instructions" heading over the steps;
    an FAQ page's heading over its first question."""
    units = ctx.units
    for i, u in enumerate(units):
        name = _part_name(u)
        if name in _FAQ or name.rsplit(None, 1)[-1:] in (["faq"], ["faqs"]):  # "FAQs", "AOGC FAQ"
            k = i + 1
            # (a question a cue claimed, "Did you find this FAQ helpful?", is the page's)
            while k < len(units) and units[k].final == "?" and units[k].n <= HEADLINE_MAX_WORDS and not ctx.in_comments[k] and (
                verdicts[k] is None or verdicts[k][0] == NAVIGATION
            ):
                verdicts[k - 1] = verdicts[k] = None
                k += 1
            continue
        if name not in _HOWTO_NEEDS:
            continue
        k = i + 1
        while k < len(units) and k - i <= HOWTO_ITEMS and units[k].n <= HOWTO_ITEM_WORDS and _part_name(units[k]) not in _HOWTO_STEPS and units[k].final not in ".!?":
            k += 1
        if k + 1 < len(units) and _part_name(units[k]) in _HOWTO_STEPS and units[k + 1].n >= HOWTO_STEP_WORDS:
            for j in range(i, k + 1):
                if not ctx.in_comments[j]:
                    verdicts[j] = None


def is_byline(u: Unit) -> bool:
    """ "By Ann Lee", "Posted on November 1st, 2012", "Laura Beck", "November 3, 2012 by Jeff
    Jarvis": who wrote it (and when)."""
    text = u.text
    if _BYLINE.match(text) or looks_like_person(text):
        return True
    m = _DATED_BY.search(text) if " by " in text else None
    return bool(m) and m.group(1).lower() not in cues.MONTHS and u.final != ":" and _looks_like_date(u)


_DATED_BY = lazy(r"\bby\s+([A-Z][\w.'’-]*)")
# a date in figures, a bar or a dash, and the writer: "7/6/2025 | by Amit Pandey of AmateurGolf.com"
# (as "November 3, 2012 by Jeff Jarvis"; a stamp and a section, "7/6/2025 | Golf News", names no writer)
_FIGURES_BY = lazy(rf"^{shape.DATE_IN_FIGURES}\s*[|•·–—-]?\s*(?i:by)\s+[A-Z]")


def _dated_in_figures(text: str) -> bool:
    """A date in figures and the writer's byline after it."""
    return text[:1].isdigit() and _FIGURES_BY.match(text) is not None


def is_date(u: Unit) -> bool:
    """A date, or a piece of one ("July 24, 2012", "Wednesday, 20 November", "9:44am, EDT")."""
    return _looks_like_date(u) or _date_part(u)


def _looks_like_date(u: Unit) -> bool:
    words = [w.lower() for w in u.words]
    named = any(w in cues.MONTHS or w in cues.WEEKDAYS for w in words)
    return (named and any(w.isdigit() for w in words)) or (len(words) == 3 and _foreign_date(words))


def _foreign_date(words: list[str]) -> bool:
    """A day, a month in another language and a year ("30 octombrie 2020", "12. März 2021"): the
    month is no English word."""
    day, month, year = words
    return (
        day.isdigit() and 1 <= int(day) <= 31 and month.isalpha() and len(month) >= 3
        and len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") and month not in accepted()
    )


_TIME_WORDS = frozenset("am pm a.m p.m at on et edt est gmt utc bst cet cest pst pdt cst cdt ist aest".split())


def date_words(words: list[str], codes: bool = False) -> bool | None:
    """Are all the words a date's or a time's: a month or a weekday, a figure, a time word ("am",
    "EDT"), and with ``codes`` a code of three capitals or fewer ("U.S.", "(AP)")?  None when one
    is not; else whether a month or a weekday is among them."""
    named = False
    for w in words:
        lw = w.lower()
        if lw in cues.MONTHS or lw in cues.WEEKDAYS:
            named = True
        elif not (w[0].isdigit() or lw in _TIME_WORDS or (codes and w.isupper() and len(w) <= 3)):
            return None
    return named


def _date_part(u: Unit) -> bool:
    """A piece of a date or a time on its own line ("July", "24", "9:44am, EDT")."""
    if not u.words or u.n > 8:
        return False
    named = date_words(u.words)
    return named is not None and (named or bool(_CLOCK.search(u.text)))


# "7:19 am", "10:28pm", "12:00 AM EST", "15:39", "4 p.m."
_CLOCK = lazy(r"(?<![\d:])\d{1,2}[:.]\d\d(?![\d.,])|\b\d{1,2}\s*[ap]\.?m\b", re.I)


# "2 days ago", "an hour ago"
_AGO = lazy(r"\b(?:\d+|an?|one|two|three)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b", re.I)


def is_stamp(u: Unit) -> bool:
    """A date with a clock time, or a time relative to now, alone or with a name ("November 19,
    2019 at 7:19 am", "Lorna October 25, 2012 at 12:28 pm", "By Maren Estrada 2 days ago"): the
    stamp of a post or a comment."""
    if u.n > 14:
        return False
    if _looks_like_date(u) and _CLOCK.search(u.text):
        if TIME_RANGE.search(u.text):
            return False  # "8:30-10pm Thursday, July 23. Sylvan Prairie Park": an event's hours, no post's moment
        # "The library will open Friday, Jun 26. at 9:30am." is the story's sentence: a stamp has
        # no finite verb
        return _STAMP_VERBS.isdisjoint(u.lower)
    return u.final not in SENTENCE_END and bool(_AGO.search(u.text))


# what a slogan offers: news, stories, analysis ... (its other words alone are a lead's too: "The
# service needs to collect around 9000 donations daily")
_TAGLINE_OFFERS = frozenset(
    """news latest breaking stories story coverage analysis features opinion headlines journalism
    updates insight insights reporting information""".split()
)
_TAGLINE_WORDS = _TAGLINE_OFFERS | frozenset(
    "source trusted independent award-winning everything daily voice world's around live off-beat".split()
)


# A slogan offers the site ("Get the latest news from around the world", "Your daily roundup of news
# and analysis"); a story's lead reports, in the third person: with one of these words the block is
# the story's, however many news words it holds and however little it shares with the rest (a brief)
_REPORTING_VERBS = frozenset("is are was were has have had said says will would".split())
_STAMP_VERBS = _REPORTING_VERBS | {"opens", "closes", "begins", "starts"}  # ``is_stamp``


def tagline(u: Unit, ctx: Context) -> tuple[str, str] | None:
    """A slogan sentence before the article (or after it) that shares nothing with it."""
    if ctx.body is None or not 5 <= u.n <= 30:
        return None
    if ctx.body[0] < u.index <= ctx.body[1]:  # inside the article
        return None
    return _slogan(u, ctx)


def slogans_under_labels(ctx: Context, verdicts: list) -> None:
    """A slogan inside the article right under a label already found to be the page's: a box's
    blurb ("Breaking News" / "Get the latest breaking news from North Texas and beyond.")."""
    units = ctx.units
    if ctx.body is None:
        return
    for u in units[ctx.body[0] + 1 : ctx.body[1]]:
        i = u.index
        above = verdicts[i - 1]
        if verdicts[i] is None and above is not None and above[0] in (NAVIGATION, SHARE) and not ctx.in_comments[i] and 5 <= u.n <= 30:
            verdicts[i] = _slogan(u, ctx, LABELLED_SLOGAN_COHESION)


SLOGAN_COHESION = 0.2  # a slogan shares no more than this with the story ...
LABELLED_SLOGAN_COHESION = 0.34  # ... under a box's label, its region's name may be the story's ("North Texas")


def _slogan(u: Unit, ctx: Context, most: float = SLOGAN_COHESION) -> tuple[str, str] | None:
    if not u.lower.isdisjoint(_REPORTING_VERBS):
        return None  # "McDonald's, the world's largest restaurant chain, is to sponsor ..."
    if u.text.lstrip()[:7].lower() == "source:":
        return None  # the text's source named ("Source: Lake Geneva Regional News"), no slogan
    if len(u.lower & _TAGLINE_WORDS) < 2 or u.lower.isdisjoint(_TAGLINE_OFFERS):
        return None
    co = ctx.body_words.cohesion(u)
    if co is None or co > most:
        return None
    return TAGLINE, WHAT[TAGLINE]


MENU_BARS = 3
SCRIPT_RUN_WORDS = 15  # a neighbour of an interface string in its script, at most (two Han characters a word)


def script_runs(ctx: Context, verdicts: list) -> None:
    """The neighbours of an interface string in another script (``foreign_script``: a line of the
    family in a script other than Latin), in that script or with no letters at all ("-"), up to a
    line with the story's letters: the same box's strings, its longer messages ending on "。"
    ("カートに追加できませんでした。") and its bare labels ("著者:") with them.  (The family's other
    lines, ``languages.foreign_language``, are in Latin letters.)"""
    units = ctx.units
    for u in units:
        v = verdicts[u.index]
        if v is None or v[0] != SCRIPT:
            continue
        script = _line_script(shape.script_counts(u.text))
        if script is None:
            continue
        for step in (-1, 1):
            i = u.index + step
            while 0 <= i < len(units) and verdicts[i] is None and not ctx.in_comments[i] and _in_script(units[i], script):
                verdicts[i] = v
                i += step


def _in_script(u: Unit, script: str) -> bool:
    if u.n > SCRIPT_RUN_WORDS or (u.text.isascii() and any(c.isalnum() for c in u.text)):
        return False
    counts = shape.script_counts(u.text)
    total = sum(counts.values())
    if total == 0:
        return len(u.text.strip()) <= 2  # a bullet or a dash between the strings
    return counts.get(script, 0) >= 0.9 * total


def foreign_script(u: Unit, ctx: Context) -> tuple[str, str] | None:
    """A short line (2-8 words, no sentence punctuation) all in one script, in a document whose
    other text is in another script: "Заголовок открываемого материала" under an English story;
    or a longer one whose entries ``MENU_BARS`` bars or more part, a menu or a row of links
    ("国产丝袜在线精品丝袜|在线A毛片免费视频观|…" over a news agency's story)."""
    if not ctx.doc_counts or u.n < 2 or u.final in shape.SENTENCE_END or u.text.isascii():
        return None
    if u.n > 8 and u.text.count("|") < MENU_BARS:
        return None
    counts = shape.script_counts(u.text)
    total = sum(counts.values())
    script = _line_script(counts) if total >= 6 else None
    if script is None:
        return None
    rest = {s: n - counts.get(s, 0) for s, n in ctx.doc_counts.items()}
    main, m = max(rest.items(), key=lambda kv: kv[1])
    if main == script or m < 0.9 * sum(rest.values()) or m < 3 * total:
        return None
    return SCRIPT, f"interface text in {script.capitalize()} script in a {main.capitalize()}-script article"


def _line_script(counts: dict[str, int]) -> str | None:
    """The script of nine in ten of a line's letters (``shape.script_counts``), unless it is Latin
    (brand names, too risky) or none known."""
    if not counts:
        return None
    script, k = max(counts.items(), key=lambda kv: kv[1])
    if script in ("other", "latin") or k < 0.9 * sum(counts.values()):
        return None
    return script
