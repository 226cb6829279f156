"""Tests that read where a block stands in the draft.  The story's headline is found after the cue
tests and before the structural one (``headline``); the rest run after every block has its own
verdict:

* **the headline** -- the heading nearest above the first paragraph (over bylines, dates, an
  introduction, lines a cue claimed) when it shares a word with the story (all of them when it
  has two words or fewer: "Touring bikes" is a section); or else the heading right above a
  byline ("Posted on November 1st, 2012", "By Ann Lee") over the first paragraph.  Blog titles
  often share nothing with their post; the byline under them says what they are.  A longer line
  in sentence case found there under a shorter title that shares the story's words is the deck,
  and the title the headline.  No test without a cue flags the headline.
* **the tail** -- the blocks after the article's last paragraph.  An article ends with its last
  paragraph, perhaps a credit, a byline or a sign-off; a line that could only be a heading there
  has nothing under it, so it heads something of the page (a section, a list of other stories),
  not of the story.  A longer one that shares half its words with the story may be the story's,
  unless it is one of at most two lines there that no other test claimed: the story's own lists
  run longer, while its title put after it or a same-subject link comes alone.  A time stamp
  there is a comment's or another story's, and a last line ending with a colon introduces
  something that was not copied.  Rows of a table or a list of results (lines shaped like the
  one above), an institution's name signing off ("U.S. Food and Drug Administration") and lines
  that go on from a line ending with a comma (a letter's closing, a poem) are the story's.
* **the head** -- the lines above the story's headline.  The story starts at its first paragraph
  or at a headline that shares most of its words with the body.  A heading above the headline
  -- a section name, a menu, another story's headline that shares little with this one -- is the
  page's, and so is a heading that shares no word with the story between the headline and the
  first paragraph.  A name above the headline is a byline, unless all its words are the story's
  (a topic tag: "Joe Biden").  When a headline that shares most of its words with the body
  comes a few lines down, below short text that shares little with the story (a comment,
  another story's blurb), the story starts there.  Dates and bylines are left alone: some
  editors keep them with the story.
* **interruptions** -- a lone line between two paragraphs, in a story with no other headings
  (short sentences, bylines, dates and quotations between paragraphs are no headings),
  that shares no word with the article (a label) or under a fifth of its words (a longer line):
  the headline of another story or a section link dropped into the text.  Stories with
  subheadings have several; an interruption is alone.

A reporter's own furniture -- a genre kicker over the headline, an editor's note, a slug, a
sign-off, an end mark (``newsroom``) -- is left alone in its place (``own_furniture``).

Cohesion (the share of a line's topic words found in the body, ``units.Body``) decides between
the story's own headings and the page's; the thresholds below are round values chosen on both
labelled sets (benchmarks/RESULTS.md, Boilerplate).
"""

from __future__ import annotations

import re

from . import cues, newsroom, shape
from .captions import LONE_CREDIT, in_gallery
from .classify import ARCHIVE_HEADING, wiki_source
from .comments import archive_stamp
from .families import CREDIT, DANGLING, NAVIGATION, OTHER_HEADLINE, RELATED, SECTION_LINK, SHARE, STAMP_LABEL
from .lexicon import DECORATION, key
from .names import looks_like_person
from .structure import CLOSING_QUOTES, SUMMARY_LABELS, answers, blog_author, is_text, signed_off, signed_with_role, signature_at_end, cut_at, first_person, has_byline, series_number, inside_wrapped, is_address, is_byline, is_date, is_stamp, goes_on, in_measures, not_furniture, priced_field, recipe_part, runs_on, ends_on_small_word, stops_short, wrapped_line
from .tables import RECORD_LABELS, announces_list, field_value, introducer, introduces, list_head, numbered_next, line_under, over_its_list, sentence_lists, ranked_place, series_part, story_introducer, numbered_series, table_row, timed_item, topic_label_over, under_paragraph
from .units import HEADLINE_MAX_WORDS, SHORT_WORDS, Context, Unit, shares_headline, variants
from ..spelling.lexicon import tags as word_classes
from ...document import LIST_ITEM
from ..state_media.countries import COUNTRIES
from ...lazyre import lazy

INNER_MAX = 2  # a story with more lines between its paragraphs has subheadings
INNER_CO = 0.2  # a longer line sharing less than this with the story is not its subheading
HEAD_LINES = 5  # the story starts within this many lines, or the head is not looked at
LABEL_WORDS = 2  # a heading this short is a label: its words may well be the story's
TAIL_COHESION = 0.5  # a longer heading after the story sharing less than this is not the story's
SHORT_TAIL = 2  # ... whatever it shares, when at most this many unclaimed lines follow the last paragraph
HEAD_COHESION = 0.34  # the same above the headline, where the story's own kickers and decks stand
START_COHESION = 0.5  # a headline sharing this much with the body starts the story
# A heading sharing no word with a body this short (a brief: a lead, or two short paragraphs; topic
# words have four letters or more) may still be its headline when nothing stands above it ("German
# growth goes into reverse" / "Germany's economy shrank 0.2% in the last three months of 2004")
BRIEF_BODY_WORDS = 30
LATE_BODY_WORDS = 150  # topic words the body needs before cohesion can tell a paragraph from a blurb
LATE_HEADLINE = 3  # the last line where such a headline may follow text that is not the story's
ABOVE_WORDS = 40  # and is short: a comment or a blurb, not a paragraph
ABOVE_PASSAGE = 3  # paragraphs ending like sentences, in a row above it: the story's own opening
ABOVE_COHESION = 0.34  # text above it sharing less than this with the body is not the story's
HEADING_END = ".!?,;:"  # a heading ends with none of these
SECTION_WORDS = 4  # up to this many words, a heading names a section, a tag or a link
HEADLINE_LINES = 8  # the story's headline and first paragraph are looked for in this many lines
BYLINE_LINES = 3  # a byline or a date this close above the first paragraph stands under the headline
BYLINE_WORDS = 25
DECK_WORDS = 8  # a heading this long under a shorter title that shares the story's words is its deck
DECK_MORE = 4  # ... when it has this many words more than the title


def tail(ctx: Context, verdicts: list) -> None:
    """From the last block up, over the blocks after the article's last paragraph, while each one
    is a leftover (already flagged, or a stamp, a heading of nothing, a dangling introduction)."""
    units = ctx.units
    if ctx.body is None:
        return
    j = len(units) - 1
    if verdicts[j] is None and units[j].n >= CUT_TEXT_WORDS and not ctx.in_comments[j] and stops_short(units[j].text):
        return  # the draft stops inside a paragraph of text ("In Boston, Chris Coombs ... opene"): the headings above it are the story's
    if sum(1 for u in units if u.text.lstrip().startswith("```")) % 2:
        return  # the draft stops inside a block of preformatted text the story set off ("```" / "CATEGORY 1: ..." / "→ Project management")
    last = True
    mine = []
    in_lists = None  # ``tables.sentence_lists``, found once, when the walk meets a line no test claimed
    # the article's last paragraph: the last one no test claimed ("© 2024 ALM Global, LLC, All
    # Rights Reserved. Request academic re-use from ..." is prose, but the page's)
    a, b = ctx.body
    end = next((k for k in range(b, a, -1) if units[k].prose and verdicts[k] is None), a)
    loose = sum(1 for k in range(end + 1, len(units)) if verdicts[k] is None)  # lines no test claimed
    sig = signature_at_end(units, verdicts)
    if sig is not None:
        for k in sig:
            verdicts[k] = None
        j = sig.start - 1  # the writer's signature closes the story: only the page's claimed lines below it
    while j > end and not ctx.in_comments[j]:
        if verdicts[j] is None and _signs_off(units[j]):
            j -= 1  # the story's sign-off or end mark: the page's furniture may stand above or below it
            continue
        if verdicts[j] is None and j == end + 1 and end < b and (looks_like_person(units[j].text) or _unlisted_name(units[j])):
            break  # the post's signature under its last paragraph, over the page's prose ("Lyndon Hatfield" / "Leave a Reply" / ...)
        if verdicts[j] is None and j == len(units) - 1 and signed_off(units, j):
            break  # the notice's sender under its text ("The NEK Broadband Team")
        if verdicts[j] is None and in_gallery(units, j):
            break  # a picture's title or its signed credit: the story's pictures end it
        if verdicts[j] is not None and verdicts[j][1] == LONE_CREDIT:
            break  # "Photos by Karla Halpaap-Wood": the pictures above it are the story's, with their titles
        if verdicts[j] is None and ctx.headline is not None and _same_title(units[j], units[ctx.headline]):
            break  # the story's own title again (a share box's text): no other story's headline
        if verdicts[j] is None and review_part(units[j]):
            break  # a review's "Cons" over its list: the review's parts, and its "Pros" above
        if verdicts[j] is None and (headed_by_paragraph(units, verdicts, j) or under_paragraph(units, verdicts, j)):
            break  # the story's list under a heading naming what its paragraph above speaks of, or under the paragraph itself
        if verdicts[j] is None:
            if in_lists is None:
                in_lists = sentence_lists(units, verdicts)
            if j in in_lists:
                break  # the short items at the end of the story's bulleted list of sentences
            v = _tail_item(units[j], ctx, last, loose <= SHORT_TAIL)
            if v is None:
                break
            verdicts[j] = v
            mine.append(j)
        last = False
        j -= 1
    # the walk stopped inside a long list of short lines that no test claimed (an event's
    # programme: "4pm - 6pm, Free Will Deck" / "Love, Said the Commander" / "Outdoor Dining" /
    # "Corny Corner"): the lines below are the same list's end, the story's
    if mine and _in_kept_list(units, verdicts, j, max(units[k].n for k in mine)):
        for k in mine:
            verdicts[k] = None
    # a line that ends with a comma goes on below it: a letter's closing ("Yours," / "Obedient" /
    # "GRANDDADDY"), the lines of a poem
    elif mine and units[j].text.rstrip().endswith(","):
        for k in mine:
            verdicts[k] = None
    # a press release's contact card under its "For more information, please contact:" (a name,
    # a title, an office)
    elif mine and verdicts[j] is None and _CONTACT.search(units[j].text):
        k = j + 1
        while k in mine and k - j <= CONTACT_LINES and units[k].n <= CONTACT_WORDS:
            verdicts[k] = None
            k += 1
    # a line of the story that ends with a colon introduces the list below it ("The following
    # schools will benefit:" / "- Hill Primary" / "- River Academy")
    # (``tables.story_introducer``: a sentence introduces it with its bullets lost too, "... the
    # aims of the campaign are to:" / "Share the delights of ..." / "Encourage more people to bake")
    elif mine and verdicts[j] is None and introduces(units[j], INTRO_WORDS):
        k = j + 1
        bottom = max(mine)
        # (over an item another test claimed: the list goes on below it)
        while k <= bottom and (k in mine or units[k].kind == LIST_ITEM) and (
            units[k].kind == LIST_ITEM or story_introducer(units, k) == j or topic_label_over(units, k, ctx.body_words)
        ):
            if k in mine:
                verdicts[k] = None
            k += 1
    # the story's numbered list going on under the last item the walk left ("Class 5. Any other
    # spring flower in bloom – 1 stem" / "Class 6. Wind in the Willows" / "Class 7. Tea Time")
    elif mine and verdicts[j] is None and j + 1 in mine and numbered_next(units[j], units[j + 1]):
        k = j + 1
        while k in mine and numbered_next(units[k - 1], units[k]):
            verdicts[k] = None
            k += 1
    # a paragraph of the story that announces the list under it in a sentence that goes on ("...
    # we have provided the following Guidelines for Use of Air Medical Services. If you have any
    # questions ..." / "• Severe hemorrhage" / "• Sustained tachycardia" / ...)
    elif mine and verdicts[j] is None and units[j].prose and units[j + 1].kind == LIST_ITEM and announces_list(units[j]):
        k = j + 1
        while k < len(units) and (k in mine or (units[k].kind == LIST_ITEM and verdicts[k] is None)):
            verdicts[k] = None
            k += 1
    # the same with the walk up stopped at one of the list's items under the sentence, its bullets
    # lost or kept ("The following groups have been registered:" / "- Autism" / ... / "- Tourism")
    elif mine and (
        ((k := story_introducer(units, j + 1)) is not None and verdicts[k] is None)
        or (units[j].kind == LIST_ITEM and units[j + 1].kind == LIST_ITEM and (k := introducer(units, j + 1)) is not None and verdicts[k] is None)
    ):
        k = j + 1
        while k in mine:
            verdicts[k] = None
            k += 1
    # the list under a review's part ("Cons" / "• Performance issues due to the scale ...")
    elif mine and verdicts[j] is None and review_part(units[j]):
        k = j + 1
        while k in mine and units[k].kind == LIST_ITEM:
            verdicts[k] = None
            k += 1
    # a field of the story's own record and its value ("Project Status:" / "Completed")
    elif mine and verdicts[j] is None and units[j].final == ":" and j + 1 in mine and units[j + 1].n <= FIELD_VALUE_WORDS:
        verdicts[j + 1] = None
    # the rest of a list the story's item heads, with no line between ("• Approved longsword
    # gloves" / "• Fencing mask" / "• Neck Protector"): a page's box does not run on in the
    # story's list
    elif mine and verdicts[j] is None and units[j].kind == LIST_ITEM:
        k = j + 1
        while k in mine and units[k].kind == LIST_ITEM and _same_list(units[k - 1], units[k]):
            verdicts[k] = None
            k += 1


KEPT_LIST_LINES = 10  # unclaimed short lines in a row, the walk's stop the last of them


def _in_kept_list(units: list[Unit], verdicts: list, j: int, longest: int) -> bool:
    """Is line ``j`` the last of at least ``KEPT_LIST_LINES`` short lines one under the other (no
    blank line between them, nor under ``j``), none flagged, a sentence or a byline, and none of
    the lines below it (at most ``longest`` words) longer than the longest of them by more than a
    word?"""
    if j + 1 >= len(units) or not line_under(units[j], units[j + 1]) or has_byline(units[j].text):
        return False  # (a byline closes the story's part: "by David Mathis, ..." over the blog's links)
    n = 0
    widest = 0
    k = j
    while (
        k >= 0 and n < KEPT_LIST_LINES and verdicts[k] is None and not units[k].prose and units[k].n <= SHORT_WORDS
        and units[k].final not in ".!?" and (k == j or line_under(units[k], units[k + 1]))
    ):
        n += 1
        widest = max(widest, units[k].n)
        k -= 1
    return n >= KEPT_LIST_LINES and longest <= widest + 1


def _same_list(a: Unit, b: Unit) -> bool:
    """Are the two list items one under the other, no blank line between, with the same bullet?"""
    return line_under(a, b) and a.text.lstrip()[:1] == b.text.lstrip()[:1]


CUT_TEXT_WORDS = 2  # a last line this long that stops mid-word or mid-sentence is the story's text, cut


_CONTACT = lazy(r"\bcontacts?\s*:\s*$", re.I)
CONTACT_LINES = 5
CONTACT_WORDS = 8


FIELD_VALUE_WORDS = 3  # the value under a field's label ("Project Status:" / "Completed")
INTRO_WORDS = 3  # a line this long that ends with a colon introduces what follows


def _tail_item(u: Unit, ctx: Context, last: bool, short: bool) -> tuple[str, str] | None:
    if u.n == 0 or u.n > HEADLINE_MAX_WORDS or u.prose or ctx.repeated[u.index] or _in_table(u, ctx):
        return None
    if shares_headline(u, ctx) or series_part(ctx.units, u.index):
        return None  # a part of the story named in the headline's words ("Intended impact of project"), its next part ("Article 5")
    if wrapped_line(ctx.units, u.index) or inside_wrapped(ctx.units, u.index):
        return None  # a line of a hard-wrapped sentence of the story
    if is_stamp(u):
        if _schedule(ctx.units, u.index):
            return None  # the story's own dates, one under another ("Upcoming Performances")
        return NAVIGATION, "date stamp of a comment or another story"
    if last and u.final == ":":
        return DANGLING, "this line introduces something that is not in the text"
    if over_its_list(ctx.units, u.index):
        return None  # the story's sentence over its list, the colon lost ("The current priorities are")
    if not heading_like(u, cut=True) or _institution(u) or _inner_sentence(u) or _clock_sentence(u) or first_person(u) or answers(u, ctx) or in_measures(ctx, u.index) or recipe_part(ctx, u):
        return None
    if _running_text(u):
        return None
    # a longer heading may be the story's own (only one that shares little with it is not), but
    # not when it is one of at most two lines after the last paragraph that no other test
    # claimed: the story's own lists and sign-offs run longer, the page's box of links or its
    # title come alone or among other furniture
    # ("NASA's commercial moon shot: Musk's and Bezos's firms to bid" under a story about it)
    if u.n > LABEL_WORDS and not short:
        co = ctx.body_words.cohesion(u)
        if co is not None and co >= TAIL_COHESION:
            return None
    return name_of(u)


_AUXILIARIES = frozenset("is are was were has have had goes".split())
RUNNING_WORDS = 8
# ... or a modal in a shorter line without figures ("Each round will be drawn separately",
# "Tables and chairs may be included with rental upon request"); not another story's headline
# under its date ("How the fragmented world of mobile wallets will sow confusion 11/03/2012")
_MODAL_VERBS = frozenset("will would can could should may must".split())
MODAL_RUNNING_WORDS = 6


def _running_text(u: Unit) -> bool:
    """Is the line a sentence of the story that lost its stop, its verb after a lower-case word
    ("The concert is free for anyone ...", "... a special prize goes to ...", "Each round will be
    drawn separately")?  A headline drops "is" and "are"; one in title case, or with the verb
    after a name ("Nintendo of America Inc. Headquarters are in Redmond"), is left to the other
    tests."""
    if u.n < MODAL_RUNNING_WORDS or shape.is_title_case(u.words):
        return False
    words = u.words
    long = u.n >= RUNNING_WORDS
    modal = not any(c.isdigit() for c in u.text)
    return any(((modal and w in _MODAL_VERBS) or (long and w in _AUXILIARIES)) and words[i - 1].islower() for i, w in enumerate(words) if i)


def _schedule(units: list[Unit], i: int) -> bool:
    """Is the stamp one of a run of stamps, one right under another ("Saturday, April 13, 2019 at
    2:00pm" / "Saturday, May 4, 2019 at 2:00pm")?  That is a list of an event's dates: a comment's
    or another story's stamp stands by its name, title or text."""
    return any(0 <= k < len(units) and is_stamp(units[k]) for k in (i - 1, i + 1))


# a time of day as running text writes it ("by 01:15 a.m. the following morning"); a headline
# writes "1am", a stamp is found before (``is_stamp``)
_CLOCK = lazy(r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.m\.")


def _clock_sentence(u: Unit) -> bool:
    """Is the line a sentence of the story that lost its stop, telling the time as running text
    does ("Everyone was safely back at vehicles by 01:15 a.m. the following morning")?"""
    return u.n > LABEL_WORDS and ".m." in u.text and _CLOCK.search(u.text) is not None


def _inner_sentence(u: Unit) -> bool:
    """Does a sentence end inside the block ("FYI: They hired him ... on the college or NFL
    level. #fail")?  Then it is the story's last remark, not a heading after it ("Mr. Smith" and
    "vs. Serena" have no sentence end)."""
    return u.n > LABEL_WORDS and bool(_INNER_SENTENCE.search(u.text))


_INNER_SENTENCE = lazy(r"[a-z]{3,}[.!?]\s+\S")


def _signs_off(u: Unit) -> bool:
    return newsroom.signoff(u) or newsroom.end_mark(u) or newsroom.signed_role(u)


TOPIC_WORDS = 4  # a heading this short may name what the paragraph under it is about
TOPIC_SENTENCE_WORDS = 8  # the sentence under it, at least this long
_TOPIC_LEADS = ("", "the ", "our ", "this ", "these ")


def topic_headings(ctx: Context, verdicts: list) -> None:
    """A short heading whose words open the sentence right under it names that paragraph's
    subject, as a page's link never does: "Terms and conditions" / "The terms and conditions for
    parking zone consultations were updated in winter 2020." is the story's own subheading."""
    units = ctx.units
    for i in range(len(units) - 1):
        v = verdicts[i]
        if v is None or len(v) != 2 or v[0] not in (NAVIGATION, RELATED) or not 1 <= units[i].n <= TOPIC_WORDS:
            continue
        below = units[i + 1]
        if verdicts[i + 1] is not None or ctx.in_comments[i + 1] or ctx.in_comments[i] or below.n < TOPIC_SENTENCE_WORDS:
            continue
        name, text = units[i].text.strip().lower(), below.text.lstrip().lower()
        if any(text.startswith(lead + name + " ") for lead in _TOPIC_LEADS):
            verdicts[i] = None


def own_furniture(ctx: Context, verdicts: list) -> None:
    """A reporter's own furniture is never the page's (``newsroom``): a genre kicker right above
    the headline, an editor's note or newsroom metadata above the first paragraph (a note anywhere),
    a sign-off or an end mark after the last paragraph, a closing greeting at the post's end, an
    opening salutation over the first paragraph, a signer's title or a letter writer's street
    under the name after the last, a letter's "Name and address supplied", the footnote of a word
    the story marks with an asterisk."""
    units = ctx.units
    first = ctx.body[0] if ctx.body is not None else len(units)
    last = ctx.body[1] if ctx.body is not None else len(units)
    for u in units:
        i = u.index
        if verdicts[i] is None or ctx.in_comments[i]:
            continue
        if (newsroom.note(u) and not _is_dated(u)) or (i < first and newsroom.metadata(u)) or (i > last and _signs_off(u)):
            verdicts[i] = None
        elif first < i and (newsroom.signoff(u) or newsroom.text_source(u)) and verdicts[i - 1] is None and units[i - 1].prose:
            verdicts[i] = None  # "- Martin Ogilvie" under his paragraph: a testimonial's signature; "- definition by wikipedia"
        elif i >= first and newsroom.greeting(u) and (i + 1 >= len(units) or i >= last or verdicts[i + 1] is not None):
            verdicts[i] = None  # the post's last line before the page's furniture, or the draft's end
        elif i + 1 == first and newsroom.salutation(u):
            verdicts[i] = None  # "Hello there" over the first paragraph
        elif (
            i > last + 1 and (newsroom.signer_title(u) or newsroom.sender_address(u)) and verdicts[i - 1] is None
            and looks_like_person(units[i - 1].text) and (i + 1 >= len(units) or verdicts[i + 1] is not None)
        ):
            verdicts[i] = None  # "Anthony Brand" / "Accommodation Organiser" after the last paragraph
        elif i > last and verdicts[i - 1] is None and newsroom.withheld_name(u):
            verdicts[i] = None  # a letter's "Name and address supplied"
        elif i > last and _footnote(ctx, u):
            verdicts[i] = None  # "* Environmental Protection Act (1990)" under "an offence* to fly-tip"
    # the kicker: over the headline found, or over a heading no test took that stands above the
    # first paragraph (a headline sharing no word with the story: "Ethiopia's crop production up 24%");
    # not the last entry of a menu ("News" / "Sport" / "Opinion" over the headline)
    for i in range(min(first, len(units)) - 1):
        if verdicts[i] is not None and newsroom.kicker(units[i]) and (i == 0 or verdicts[i - 1] is None):
            h = i + 1
            if h == ctx.headline or (verdicts[h] is None and _could_head(units[h]) and not newsroom.kicker(units[h])):
                verdicts[i] = None


_MARKED_WORD = lazy(r"[^\W\d_]\*(?=[\s,.;:)]|$)")
FOOTNOTE_WORDS = 16


def _footnote(ctx: Context, u: Unit) -> bool:
    """Is the line after the story the footnote of a word the story marks with an asterisk ("It
    is an offence* to fly-tip" / "* Environmental Protection Act (1990)")?"""
    text = u.text.lstrip()
    if not text.startswith("*") or text.startswith("**") or u.n > FOOTNOTE_WORDS or ctx.body is None:
        return False
    a, b = ctx.body
    return any("*" in v.text and _MARKED_WORD.search(v.text) for v in ctx.units[a : b + 1])


def _could_head(u: Unit) -> bool:
    """Could be a headline, as a kicker's next line: words, not a sentence ("Oil hits $50", "Crop
    production up 24%")."""
    return 0 < u.n <= HEADLINE_MAX_WORDS and u.final not in ".:;," and not u.prose


NAME_RUN = 3  # this many names in a row after the story are a list of its own (a cast, a team)


def stray_names(ctx: Context, verdicts: list) -> None:
    """A name on its own line after the article's last paragraph, in a story that has its byline
    above, is the story's signature when the story names that person elsewhere ("By Chris
    Matyszczyk" at the top, "Chris Matyszczyk" at the end); a name found nowhere else in the
    draft is the page's -- the author of another post, a commenter.  Without a byline above, a
    name at the end may be the story's only byline, and is left alone."""
    units = ctx.units
    if ctx.body is None:
        return
    sig = signature_at_end(units, verdicts)
    names = [
        u.index for u in units[ctx.body[1] + 1 :]
        if (sig is None or u.index not in sig) and verdicts[u.index] is None and not ctx.in_comments[u.index] and u.words and looks_like_person(u.text)
        and not inside_wrapped(units, u.index)
    ]
    if not names or not any(_is_byline(u) for u in units[: ctx.body[1]]):
        return
    texts = [u.text.lower() for u in units]
    taken = set(names)
    for i in names:
        run = 1
        k = i - 1
        while k in taken:
            run, k = run + 1, k - 1
        k = i + 1
        while k in taken:
            run, k = run + 1, k + 1
        if run >= NAME_RUN:
            continue
        if i + 1 < len(units) and newsroom.signer_title(units[i + 1]):
            # a signature with the signer's title under it ("Nancy Hastings" / "Southern CA Field
            # Coordinator")
            continue
        surname = units[i].words[-1].lower()
        if not any(surname in t for k, t in enumerate(texts) if k != i):
            verdicts[i] = NAVIGATION, "name of another author or a commenter"


_INSTITUTIONS = frozenset(
    """university college school hospital institute institution center centre foundation association
    society council commission committee administration agency department ministry bureau office
    corporation company inc ltd llc corp plc gmbh""".split()
)


_AFFILIATIONS = _INSTITUTIONS | {"library", "museum"}


def _affiliation(units: list[Unit], i: int) -> bool:
    """Is line ``i`` the writer's institution under the byline ("By Alesha Woods" / "Rowan Public
    Library")?  A library or a museum counts here, not in ``_institution``: at the end of a story
    a line naming one may be another story's headline ("Why We Love The New Town Library")."""
    u = units[i]
    return i > 0 and u.n <= 7 and not u.lower.isdisjoint(_AFFILIATIONS) and shape.is_title_case(u.words) and _is_byline(units[i - 1])


def _institution(u: Unit) -> bool:
    """ "U.S. Food and Drug Administration", "University of Virginia": an institution's name
    signing off a release, or the affiliation under an author -- the story's, not the page's."""
    return u.n <= 7 and not u.lower.isdisjoint(_INSTITUTIONS) and shape.is_title_case(u.words)


def lone_counts(ctx: Context, verdicts: list) -> None:
    """A count alone on its line under the headline, or under the headline's date or time stamp,
    over the story's first paragraph ("0", "1,275"): the page's comment or share counter, its label
    and icon lost.  A year there is the story's date; a line going on in lower case below it makes
    the number the start of a sentence."""
    units = ctx.units
    top = ctx.headline
    if top is None and units and not units[0].prose and verdicts[0] is None:
        top = 0  # (a headline the tests of place did not settle on, over its stamp)
    if top is None:
        return
    i = top + 1
    if i < len(units) and verdicts[i] is None and (is_stamp(units[i]) or is_date(units[i])):
        i += 1  # the story's date or time stamp ("3 days ago") over the count
    if i + 1 >= len(units) or verdicts[i] is not None:
        return
    count, nxt = units[i].text.strip(), units[i + 1]
    if not _LONE_COUNT.fullmatch(count) or shape.YEAR.fullmatch(count) or not nxt.prose or verdicts[nxt.index] is not None or nxt.text.lstrip()[:1].islower():
        return
    verdicts[i] = (SHARE, LONE_COUNT)


_LONE_COUNT = lazy(r"\d{1,3}(?:,\d{3})*|\d{1,6}")
LONE_COUNT = "comment or share counter, its label lost"


def head(ctx: Context, verdicts: list) -> None:
    """Headings above the story's headline, and text above a headline that comes late."""
    units = ctx.units
    start = _story_start(ctx)
    if start is None:
        return
    late = _late_headline(ctx, verdicts, start)
    if late is not None:
        for u in units[:late]:
            if verdicts[u.index] is None and not not_furniture(u):
                verdicts[u.index] = name_of(u) if heading_like(u) else (RELATED, "text above the headline that is not the story's")
        return
    top = start
    if ctx.headline is not None:
        top = ctx.headline
    points = set(_key_points(ctx, start)) | _mixed_lists(ctx, verdicts, top)
    lone = ctx.headline is None and _lone_title(ctx, verdicts, top)
    for u in units[:top]:
        if verdicts[u.index] is None and not ctx.in_comments[u.index] and u.index not in points and _head_item(u, ctx):
            if u.index == 0 and (lone or (ctx.headline is None and start == 1 and _named_below(u, units[1]))):
                # the page's title, where no headline was found (a title that reads like a name,
                # "Summer Fayre" over "Thank you to everyone who came along to the Summer Fayre")
                continue
            if u.index == 0 and _topic_title(ctx, verdicts, u):
                continue  # "Swarm Capture" over "Honey Bee" and a story of swarms: the page's title
            if u.index == 0 and _titles_first_part(ctx, u, start):
                continue  # "Achieving and Maintaining Orbit" over "Launch": the title over the story's first part
            if u.index == 0 and start == 2 and u.n >= TITLE_OVER_OPENING_WORDS and _opening_section(units[1]):
                continue  # the title over "Introduction" and the story's first paragraph (one word, "Shop", is a menu's)
            if series_number(u):
                continue  # "Cooperative Extension Bulletin E363" over the title: the publication's own number
            if ranked_place(units, u.index):
                continue  # "1st - Sabita Banerji ..." / "2nd - Grace Galton ...": the winners the story names
            if u.n >= WRAPPED_HEAD_WORDS and (wrapped_line(units, u.index) or inside_wrapped(units, u.index)):
                # a line of the story's hard-wrapped paragraph ("... used to electrify remote villages that" / "are not connected ..."),
                # however capitalised in its middle ("... closely fought" / "contest! Five clubs participated - Camberwell CC, Essendon CC")
                continue
            if _affiliation(units, u.index):
                continue  # the writer's affiliation under the byline
            if signed_with_role(units, u.index):
                continue  # the writer with the writer's role ("Sarah Davies" / "Policy Adviser", "Helen Lester Partner")
            if blog_author(units, u.index):
                continue  # a site builder's author line over the title ("• emmasueprince8")
            if u.index + 1 == start and (_first_part(u, ctx, verdicts) or series_part(units, u.index) or _opening_section(u) or recipe_part(ctx, u)):
                # right above the first paragraph: the first subheading of a story in parts ("Step 1"
                # with "Step 2" below), its "Overview", a recipe's "Ingredients"
                continue
            if introduced_item(units, verdicts, u.index):
                continue  # "... is based on:" / "• weather forecasts": a list the story's sentence opens
            if u.index + 1 == ctx.headline and (
                (_titles_headline(u, units[ctx.headline]) and not _repeats_title(u, units[ctx.headline]))
                or _same_title(u, units[ctx.headline])
                or _shares_phrase(u, units[ctx.headline])
            ):
                continue  # the story's other title (not the headline again with the site's name), or the same in capitals
            verdicts[u.index] = name_of(u)
    if ctx.headline is not None:
        if verdicts[0] is not None and len(verdicts[0]) == 2 and _repeats_title(units[0], units[ctx.headline]):
            verdicts[0] = (NAVIGATION, PAGE_TITLE)  # "Volcanic ash forces flight cancellations - Macleans.ca"
        for u in units[: min(ctx.headline, FRAMED_TITLE_LINES)]:
            if verdicts[u.index] is None and not ctx.in_comments[u.index]:
                hit = framed_title(u, units[ctx.headline])
                if hit:
                    verdicts[u.index] = NAVIGATION, hit
        _under_headline(ctx, verdicts, ctx.headline)


TITLE_OVER_PART_WORDS = 3  # a title this long over a one-word "headline", the story's first part


def _topic_title(ctx: Context, verdicts: list, u: Unit) -> bool:
    """Is the draft's first line, two words over the headline, the page's title: one of its words
    a word the story writes in lower case ("Swarm Capture" over "Honey Bee" and a swarm officer's
    story of swarms, "Houseboat Mooring" over "Mooring a Houseboat")?  A label over a story it
    shares no word with is a section's ("Local Government"), and so is one naming a section
    ("Chess News", "Scout Radio"), a tag naming what the story writes as a name ("Joe Biden",
    "Hyundai Sonata"), a handle ("Follow @Kotaku"), a line over the page's prompt ("AdWords
    Community" / "Enter your email address:") and a single word ("Blog", "Fitness"), whatever the
    story says.  Only the draft's first line is the page's title: a label further down is a
    menu's or a section's."""
    if u.n != LABEL_WORDS or u.words[-1].lower() in cues.SECTIONS or "@" in u.text:
        return False
    if len(verdicts) > 1 and verdicts[1] is not None:
        return False
    return _body_says(ctx, {v for w in u.topic for v in variants(w)})


def _titles_first_part(ctx: Context, u: Unit, start: int) -> bool:
    """Is the draft's first line the story's title, over a "headline" of one word that names its
    first part, right above the first paragraph ("Achieving and Maintaining Orbit" / "Launch" /
    "The amount of energy required to launch a satellite ...")?  A title of the story's words,
    three words or more, no label; not a site's name holding the headline's word ("British
    Korfball Association" / "Korfball")."""
    h = ctx.headline
    if h is None or h + 1 != start or ctx.units[h].n != 1 or u.n < TITLE_OVER_PART_WORDS:
        return False
    if ctx.units[h].text.strip().lower() in (w.lower() for w in u.words):
        return False
    return not_furniture(u) is False and heading_like(u) and bool(ctx.body_words.cohesion(u))


def _lone_title(ctx: Context, verdicts: list, top: int) -> bool:
    """When no headline is found: is the draft's first line the page's own title, the one heading
    above the story, with nothing of the page's between them ("FAQs" / "Equipment:" / "Rackets are
    supplied ...")?  Not a section's name ("Game Reviews"), nor a line over a prompt the page put
    there ("AdWords Community" / "Enter your email address:")."""
    units = ctx.units
    if top < 1 or not heading_like(units[0]) or units[0].words[-1].lower() in cues.SECTIONS:
        return False
    return not any(verdicts[u.index] is not None or heading_like(u) for u in units[1:top])


def _key_points(ctx: Context, start: int) -> range:
    """The story's key points in a bulleted list right above its first paragraph ("- Beach-side
    houses and a lifeboat hut in Hemsby, Norfolk, swept into sea ..."): ``KEY_POINTS`` items or
    more, each a sentence of ``KEY_POINT_WORDS`` words or more, not a title, sharing some of its
    words with the story and one of them a third.  Other stories' headlines are shorter, in
    title case, or share less with it."""
    units = ctx.units
    end = start  # the list's last point may be the line taken for the story's start
    while end < len(units) and units[end].kind == LIST_ITEM and _point_like(units[end]):
        end += 1
    first = start
    while first > 0 and units[first - 1].kind == LIST_ITEM and _point_like(units[first - 1]):
        first -= 1
    items = units[first:end]
    if len(items) < KEY_POINTS:
        return range(0)
    shares = [ctx.body_words.cohesion(u) or 0 for u in items]
    if min(shares) < KEY_POINT_COHESION or max(shares) < HEAD_COHESION:
        return range(0)
    return range(first, end)


KEY_POINTS = 2
KEY_POINT_WORDS = 12
KEY_POINT_COHESION = 0.15  # each point shares some of its words with the story


def _point_like(u: Unit) -> bool:
    return u.n >= KEY_POINT_WORDS and not shape.is_title_case(u.words) and not u.text.rstrip().endswith(":")


def introduced_item(units: list[Unit], verdicts: list, i: int) -> bool:
    """Is the bulleted line an item of the list that a sentence ending with a colon opens, or a
    review's part ("Cons"), a line no test took for the page's, or of a list under a heading naming
    what the paragraph over it speaks of (``headed_by_paragraph``)?"""
    if units[i].kind != LIST_ITEM:
        return False
    k = introducer(units, i)
    if k is None:
        k = list_head(units, i)
        if k is None:
            return False
        if not review_part(units[k]):
            return headed_by_paragraph(units, verdicts, i)
    return verdicts[k] is None


LIST_HEADING_WORDS = 8
LIST_HEADING_SHARED = 2  # topic words a list's heading takes from the paragraph right over it, at least ...
LIST_HEADING_SHARE = 2 / 3  # ... and at least this share of its topic words


def headed_by_paragraph(units: list[Unit], verdicts: list, i: int) -> bool:
    """Is the bulleted line an item of a list under a heading that names what the paragraph right
    over it speaks of ("... Quantities of suggested items for your first-aid kit depend on ..." /
    "Suggested First-Aid Kit Contents" / "• Bar of soap" / ...)?  The story's own list, after its
    last paragraph too; a site's heading over a box of links ("Related Posts", "Popular") takes
    no such words from the paragraph above it."""
    if units[i].kind != LIST_ITEM:
        return False
    k = list_head(units, i)
    if k is None or k == 0 or verdicts[k] is not None or verdicts[k - 1] is not None:
        return False
    head, above = units[k], units[k - 1]
    if head.prose or not 1 <= head.n <= LIST_HEADING_WORDS or head.final in shape.SENTENCE_END or not above.prose:
        return False
    shared = len(head.topic.intersection(above.topics))
    return shared >= LIST_HEADING_SHARED and shared >= LIST_HEADING_SHARE * len(head.topic)


# the names a paper or a report gives its opening section ("ABSTRACT" over the first paragraph)
_OPENING_SECTIONS = frozenset(("abstract", "summary", "introduction", "background", "overview"))


def _opening_section(u: Unit) -> bool:
    """ "Abstract", "Summary", "Occupation overview", "Project summary": the name of a story's
    opening section, its last word one of ``_OPENING_SECTIONS``."""
    words = u.text.strip(" :.").lower().split()
    if not 0 < len(words) <= OPENING_SECTION_WORDS or u.n > OPENING_SECTION_WORDS:
        return False
    return words[-1] in _OPENING_SECTIONS or " ".join(words) in SUMMARY_LABELS


OPENING_SECTION_WORDS = 2
TITLE_OVER_OPENING_WORDS = 4
WRAPPED_HEAD_WORDS = 8  # a wrapped paragraph's line is long; a menu's item going on in lower case is short


def _titles_headline(u: Unit, h: Unit) -> bool:
    """Is the line right above the headline a title of the same story, longer than a label and
    opening with the headline's first word, a topic word ("Planica - the Snow Queen" over
    "Planica, the cradle of ski jumping")?  A section's name is a label ("Ski Jumping"); a
    breadcrumb ("Vehicles - Buying a new or used car") or a tagline ("Taiwan Jobs, Taiwan Labor
    Laws") sharing a word with it opens otherwise."""
    if u.n <= LABEL_WORDS or not u.topics or not h.topics:
        return False
    first = u.topics[0]
    return first == h.topics[0] and u.text.lower().lstrip().startswith(first) and h.text.lower().lstrip().startswith(first)


_BY_LABEL = lazy(r"(?:(?:written|posted|reported|words|story|text|article)\s+)?by:?", re.I)
_LABEL_THEN_BYLINE = lazy(r"[^|•·–—]{1,40}?[ \t]*[|•·–—][ \t]*(?=[Bb]y[ \t]+[A-Z])")


def _after_by_label(units: list[Unit], u: Unit) -> bool:
    """Is the line the name under a "Written by" line (a byline over two lines)?"""
    return u.index > 0 and _BY_LABEL.fullmatch(units[u.index - 1].text.strip()) is not None


def keep_bylines(ctx: Context, verdicts: list) -> None:
    """Bylines that the tests of place took for the page's: a name under a "Written by" line
    ("Written by" / "Mackenzie O Brien") is the story's, and so is a date run into the first
    paragraph right under the headline ("September 11, 2024Tourists on ..."); and of a section's
    name glued to a byline by a bar or a bullet ("World | By Paul Elliott") the name is the page's,
    the byline the story's, so the finding covers the name alone."""
    units = ctx.units
    for u in units:
        v = verdicts[u.index]
        if v is None or len(v) != 2 or v[0] not in (NAVIGATION, RELATED):
            continue
        if u.n <= BYLINE_NAME_WORDS and u.words and ":" not in u.text and shape.is_title_case(u.words) and _after_by_label(units, u):
            # (a name has no colon: "Posted By:" / "Categories: Law" is the label's name lost and a tag line)
            verdicts[u.index] = None
        elif _dateline_under_byline(units, u) or _dateline_over_text(ctx, u) or _name_over_dateline(ctx, u):
            verdicts[u.index] = None
        elif u.n == 1 and u.index + 1 < len(units) and archive_stamp(units[u.index + 1].text):
            verdicts[u.index] = None  # the opening poster's name over the post's stamp in a forum's archive ("Clydesdale" / "05-30-2018, 11:45 AM")
        elif u.index - 1 == ctx.headline and u.prose and _DATE_FIRST.match(u.text):
            verdicts[u.index] = None  # the story's date run into its first paragraph, not a teaser's
        elif v[1] == STAMP_LABEL and u.index + 1 < len(units) and units[u.index + 1].n <= STAMP_WORDS and (is_date(units[u.index + 1]) or is_stamp(units[u.index + 1])):
            # "Published" over its date: the story's time stamp (not over a paragraph that names a
            # day and a number: "Syrian warplanes launched air strikes ... on Thursday, with at
            # least 10 people killed")
            verdicts[u.index] = None
        elif v[0] == NAVIGATION and u.n <= HEADLINE_MAX_WORDS:
            cut = _label_before_byline(u.text)
            if cut is not None:
                verdicts[u.index] = (NAVIGATION, v[1], u.start, u.start + cut)


BYLINE_NAME_WORDS = 5
STAMP_WORDS = 12  # a date or a time stamp under its label, not a paragraph
# a date with no byline before it, run into the text after it: "September 11, 2024Tourists on ..."
# (the date of ``classify._GLUED_DATE`` at the line's start)
_DATE_FIRST = lazy(rf"^{shape.DATE_WITH_YEAR}(?=[A-Z][a-z])")


def _dateline_under_byline(units: list[Unit], u: Unit) -> bool:
    """Is the line a place on its own between a byline and the first paragraph ("City Reporter" /
    "Rawalpindi" / "Five-day anti polio campaign ...")?  The story's dateline.  A place is a
    name: its last word has no word class of its own ("New Delhi"; a section, "Politics", or a
    prompt, "Subscribe", has one)."""
    i = u.index
    if not (
        1 <= u.n <= 2 and shape.is_title_case(u.words) and u.final.isalpha()
        and 0 < i < len(units) - 1 and units[i + 1].prose and is_byline(units[i - 1])
    ):
        return False
    return u.words[-1].lower() not in word_classes()


def _dateline_over_text(ctx: Context, u: Unit) -> bool:
    """Is the line an outlet's or a town's dateline with its place, right over the first paragraph
    of the story ("Press TV, Tehran" / "Talented Iranian children have ...")?"""
    return _place(u) and u.index + 1 == _first_text(ctx)


def _name_over_dateline(ctx: Context, u: Unit) -> bool:
    """Is the line a writer's name with no "By", right over such a dateline ("Saman Kojouri" /
    "Press TV, Tehran")?  Two or three capitalised words, none of them a word of the language."""
    i = u.index
    if not (2 <= u.n <= 3 and len(u.words) == u.n and i + 1 < len(ctx.units)) or not _dateline_over_text(ctx, ctx.units[i + 1]):
        return False
    classes = word_classes()
    return all(w[:1].isupper() and w[1:].islower() and w.lower() not in classes for w in u.words)


def _label_before_byline(text: str) -> int | None:
    """Where a section's name glued to a byline by a bar or a bullet ends ("World | By Paul
    Elliott" -> the offset of "By"), or None."""
    m = _LABEL_THEN_BYLINE.match(text)
    return m.end() if m and m.group().strip(DECORATION) else None


def _under_headline(ctx: Context, verdicts: list, h: int) -> None:
    """Between the headline and the first paragraph stand bylines, dates, a deck, a record's
    fields ("Location: Saxlingham Nethergate"): a heading there that shares no word at all with
    the story is the page's ("Refund Policy")."""
    end = _first_text(ctx)
    for u in ctx.units[h + 1 : end or 0]:
        i = u.index
        if verdicts[i] is None and not ctx.in_comments[i] and not ctx.repeated[i] and u.n <= HEADLINE_MAX_WORDS:
            if _lone_section(u):
                verdicts[i] = (NAVIGATION, LONE_SECTION)
            elif heading_like(u) and not _label_led(u) and not _place(u) and not _record_field(u) and ctx.body_words.cohesion(u) == 0:
                if i + 1 == end and (_first_part(u, ctx, verdicts) or _opening_section(u)):
                    continue  # right above the first paragraph: the first subheading of a story in parts, or its "Overview"
                if _affiliation(ctx.units, i) or signed_with_role(ctx.units, i):
                    continue  # the writer's affiliation or role under the byline ("James Carafano" / "Senior Counselor to ...")
                verdicts[i] = name_of(u)


LONE_SECTION = "section name under the headline"


def _lone_section(u: Unit) -> bool:
    """A section's name of one word ("News", "World"), not a genre kicker ("Opinion"): never the
    headline, and between the headline and the first paragraph the page's label."""
    return u.n == 1 and len(u.words) == 1 and u.words[0].lower() in cues.SECTIONS and not newsroom.kicker(u)


def _first_part(u: Unit, ctx: Context, verdicts: list) -> bool:
    """Is the short line right above the first paragraph the first subheading of a story written
    in parts, each under a name as short ("New York" / ... / "Schaumburg, Ill." / ... / "San
    Francisco" / ... in a round-up)?  A longer line there is more often another story's headline
    than a part's name, and the lines of a hard-wrapped paragraph are no parts' names."""
    if u.n > PLACE_WORDS or ctx.body is None or not is_text(ctx.units[u.index + 1]):
        return False
    inner, places = _inner_headings(ctx, verdicts)
    return sum(1 for x in inner if x.n <= PLACE_WORDS) + places > INNER_MAX


def _first_text(ctx: Context) -> int | None:
    """The first paragraph (or sentence, or the first line of one hard-wrapped) in the first lines."""
    units = ctx.units
    i = next(
        (u.index for u in units[:HEADLINE_LINES] if (is_text(u) or runs_on(units, u.index)) and not ctx.in_comments[u.index]),
        None,
    )
    # back to the first line of a sentence wrapped over several ('" Where a free-standing woodstove
    # or hearth stove' / "is vented into a chimney ..." / ... / "properly sized UL Listed metal.")
    while i and goes_on(units, i - 1) and not ctx.in_comments[i - 1]:
        i -= 1
    return i


def headline(ctx: Context, verdicts: list) -> int | None:
    """The story's own headline (``_headline``); when the line found is a deck, the shorter title
    right above it that shares a word with the story ("US seeks new $280bn smoker ruling" over
    "The US Justice Department is to try to overturn a court ruling"), or that the draft's first
    line repeats with the site's name."""
    w = _wiki_title(ctx, verdicts)
    if w is not None:
        return w
    h = _headline(ctx, verdicts)
    if h is not None and h > 0 and (_page_title_of(ctx, verdicts, h - 1) or _over_deck(ctx, verdicts, h)):
        return h - 1
    if h is not None and h > 1 and verdicts[h - 1] is None and _place(ctx.units[h - 1]) and _over_deck(ctx, verdicts, h, h - 2):
        return h - 2  # the title over the story's place and its deck ("Various, UK")
    return h if h is not None else _titled_by_page(ctx, verdicts)


def _titled_by_page(ctx: Context, verdicts: list) -> int | None:
    """When no headline is found (a thread's opening post below the first lines, under its
    counters): the line that the page's title, one of the draft's first two lines, gives with the
    site's name after it ("Wages & Legal Question - Legal Matters - ... Hairdressing Forum" over
    "Wages & Legal Question")."""
    units = ctx.units[:HEADLINE_LINES]
    for u in units[1:]:
        if verdicts[u.index] is None and not ctx.in_comments[u.index]:
            if any(_repeats_title(units[j], u) for j in range(min(u.index, 2))):
                return u.index
    return None


PAGE_TITLE = "page title (the headline again, with the site's name)"


def _wiki_title(ctx: Context, verdicts: list) -> int | None:
    """A wiki's article title: the heading nearest above its "From Wikipedia, the free
    encyclopedia" ("Sauna" / "From Wikipedia, the free encyclopedia" / a caption / the first
    paragraph), whatever the lines under it share with the article."""
    units = ctx.units
    for u in units[:HEADLINE_LINES]:
        if wiki_source(u):
            for k in range(u.index - 1, -1, -1):
                if verdicts[k] is None and not ctx.in_comments[k]:
                    return k if heading_like(units[k]) else None
            return None
    return None




def _page_title_of(ctx: Context, verdicts: list, k: int) -> bool:
    """Is the line the headline that the draft's first line gives with the site's name after it
    ("Volcanic ash forces flight cancellations - Macleans.ca" over "Volcanic ash forces flight
    cancellations")?  Then the line found below it is the deck."""
    if k == 0 or verdicts[k] is not None or ctx.in_comments[k]:
        return False
    return _repeats_title(ctx.units[0], ctx.units[k])


SHARED_PHRASE_WORDS = 3  # words in a row the page's title and the headline share: one story's


def _shares_phrase(u: Unit, h: Unit) -> bool:
    """Does the line right above the headline hold a phrase of the headline, three words in a row
    or more, two of them topic words ("Middle East Ceasefire Talks Are Falling Apart — Here Is What
    You Need to Know" over "Here Is Exactly What Has Gone Wrong With the Middle East Ceasefire
    Talks")?  The page's title of the same story (the SEO title over the article's): another
    story's headline or a section shares a name at most ("Donald Trump", "Premier League")."""
    if u.n <= LABEL_WORDS or len(u.topics) < 2 or len(h.topics) < 2:
        return False
    a, b = [w.lower() for w in u.words], [w.lower() for w in h.words]
    topics = frozenset(u.topics) & frozenset(h.topics)
    if len(topics) < 2:
        return False
    grams = {tuple(b[i : i + SHARED_PHRASE_WORDS]) for i in range(len(b) - SHARED_PHRASE_WORDS + 1)}
    for i in range(len(a) - SHARED_PHRASE_WORDS + 1):
        g = tuple(a[i : i + SHARED_PHRASE_WORDS])
        if g in grams and sum(1 for w in g if w in topics) >= 2:
            return True
    return False


def _repeats_title(first: Unit, title: Unit) -> bool:
    """Is ``first`` the line ``title`` with a separator and more after it (the site's name)?"""
    return title.index != 0 and framed_title(first, title) == PAGE_TITLE


TITLE_WORDS = 3
FRAMED_TITLE_LINES = 3  # the page's title is one of the draft's first lines
FRAME_MAX_WORDS = 10  # a site's name after the headline ("The Syrian Observatory For Human Rights")
CRUMB_MAX_STEPS = 4  # a breadcrumb's steps before it ("Home Scope", "News World")
_FRAME_WORD = lazy(r"[^\W_]+(?:['’][^\W_]+)*")
# a site's separator ("- ", " | ", " • ", " :: "); a colon right after the title opens its subtitle
# ("Stock Investing Strategies: Which Are Best For You?")
_FRAME_SEPARATOR = lazy(r"\s*[-–—|•·»›/]|\s+:")


def framed_title(first: Unit, title: Unit) -> str | None:
    """Is ``first`` the headline framed by the page, whatever its case and punctuation: with a
    separator and the site's name after it ("Syrian forces carry out airstrikes against rebels •
    The Syrian Observatory For Human Rights", "Evening Report — Fifth group of hostages released
    – The Hill" over "Evening Report: Fifth Group of Hostages Released"), or after a breadcrumb's
    steps run into it ("News World Syrian Army recaptures Palmyra ...")?  The frame is a name, in
    capitals for the most part; a longer title of the story goes on in its own words ("Storm hits
    coast - thousands without power")."""
    if title.n < TITLE_WORDS or first.n <= title.n or first.n > title.n + FRAME_MAX_WORDS:
        return None
    tw = [w.lower() for w in _FRAME_WORD.findall(title.text)]
    spans = [(m.start(), m.end(), m.group()) for m in _FRAME_WORD.finditer(first.text)]
    fw = [w.lower() for _a, _b, w in spans]
    k = len(tw)
    at = next((i for i in range(len(fw) - k + 1) if fw[i : i + k] == tw), None)
    if at is None:
        return None
    before, after = spans[:at], spans[at + k :]
    if before and after:
        return None
    frame = before or after
    if sum(w[0].isupper() or w[0].isdigit() for _a, _b, w in frame) * 2 <= len(frame):
        return None
    if after:
        if not _FRAME_SEPARATOR.match(first.text, spans[at + k - 1][1]) or first.text.rstrip()[-1:] in "?!":
            return None  # (a site's name asks nothing)
        return PAGE_TITLE
    if len(before) > CRUMB_MAX_STEPS or not all(w[0].isupper() for _a, _b, w in before):
        return None
    return "breadcrumb trail run into the headline"


def _same_title(first: Unit, title: Unit) -> bool:
    """Is ``first`` the headline again, but for its case and spaces ("ROLLERDISCO" over "Roller
    disco"): the page's title over the article's?"""
    a, b = shape.letters_key(first.text), shape.letters_key(title.text)
    return a == b and a != ""




OPENING_LABEL_COHESION = 0.5  # a label opening the draft over a deck: this share of its words the story's


def _over_deck(ctx: Context, verdicts: list, h: int, t: int | None = None) -> bool:
    deck, title = ctx.units[h], ctx.units[h - 1 if t is None else t]
    # a deck is written in sentence case and runs longer than its headline; a label of one or two
    # words (but the draft's first line made of the story's words), a line in capitals ("WHO TO
    # FOLLOW") or a title-case line under it are the page's
    if deck.n < max(DECK_WORDS, title.n + DECK_MORE) or shape.is_title_case(deck.words):
        return False
    if title.n <= LABEL_WORDS and not (title.index == 0 and "@" not in title.text and (ctx.body_words.cohesion(title) or 0) >= OPENING_LABEL_COHESION):
        # a label is the page's, unless it opens the draft with the story's words ("Cheese
        # Rolling", "Club Tournaments" over "In 2023 we are running the following club
        # competitions"); "Follow @Kotaku" is a button whatever it shares
        return False
    if verdicts[title.index] is not None or ctx.in_comments[title.index] or title.text.isupper():
        return False
    if not _could_head(title) or not_furniture(title) or newsroom.kicker(title):
        return False
    co = ctx.body_words.cohesion(title)
    return (co is not None and co > 0) or _shares_short_word(title, ctx)


def _headline(ctx: Context, verdicts: list) -> int | None:
    """The story's own headline, among the lines no cue claimed: the heading nearest above the
    first paragraph (over bylines, dates, an introduction) when it shares a word with the
    story (all of its words when it is no longer than a label: "Touring bikes" over a review of
    a touring bike is a section, unless the draft opens with it right above the first paragraph:
    "Freedom Convoy" over a story about the convoy); or else the heading right above a byline that
    stands over the first paragraph ("Taking the Birdcrap Counter to the Next Level" / "Posted on
    November 1st, 2012"), unless
    it shares nothing with the story and the title above it does (a line that came between a
    headline and its byline); or else that nearest heading when it shares a short word with the
    story ("US trade gap hits record" / "The gap between US exports ...") or heads a brief from
    the first line."""
    units = ctx.units
    start = _first_text(ctx)
    if not start:
        return None

    def free(i: int) -> bool:
        return verdicts[i] is None and not ctx.in_comments[i]

    k = start - 1
    # over bylines, dates, an introduction, what a cue claimed ("Tweet"), tags ("Categories England"),
    # a programme's timed items ("Contest – 3:00pm-4:00pm")
    # ... and a section's name of one word ("News") under the headline
    while k >= 0 and (
        not heading_like(units[k]) or not free(k) or _label_led(units[k]) or _score_line(units, k) or _lone_section(units[k])
        or _caption_twice(units, k) or _record_field(units[k]) or _picture_label(units[k], ctx) or timed_item(units[k])
    ):
        k -= 1
    weak = None
    if k >= 0 and free(k):
        co = ctx.body_words.cohesion(units[k])
        if _label_under_title(ctx, k, co, free):
            return k - 1
        # the draft's first line, once the page's anchors and a date above it are set aside ("top of
        # page" / "Commission Policy" / the first paragraph); a menu's label heads its entries
        opening = start == k + 1 and all(_heads_nothing(units[j], free(j), verdicts[j]) for j in range(k))
        if co is not None and (
            (co > 0 and (units[k].n > LABEL_WORDS or co == 1 or opening)) or _in_intro(ctx, k, start, free)
        ):
            # sharing a word with the story, or its words the introduction's under it ("2015
            # Fairbanks Ice Festival" / "The 25th Annual Fairbanks Ice Festival in ongoing. http://...")
            return k
        if k == 1 and start == 2 and _title_over_label(ctx, free, whole=not co and units[k].n <= LABEL_WORDS):
            # the draft's title over the label of its first section ("12-Week Apprenticeship" /
            # "Program Highlights"); a label sharing no word with the story under a title all of
            # whose words are the story's ("Organ Builder" / "Occupation overview")
            return 0
        if co == 0 and opening and (
            (_opening_title(units[k]) and (_shares_stem(units[k], ctx) or not _box_title(units[k]))) or _question_title(units[k])
        ):
            # the draft's first line over its first paragraph: a title, sharing a stem ("How to
            # Stay Compliant" / "... comply ...") or not ("Loft Report" over a pigeon race's report,
            # a column's name), but not a box's ("Top Workplaces"); or a title asking what the
            # story tells ("How to hedge your losses")
            weak = k
        if co == 0 and units[k].n > LABEL_WORDS and (
            _shares_short_word(units[k], ctx) or (k == 0 and start == 1 and ctx.body_words.size < BRIEF_BODY_WORDS)
        ):
            weak = k
    above = _over_byline(ctx, start, free)
    return weak if above is None else above


_PICTURE_LABELS = frozenset("diagram diagrams photo photos image images illustration chart map figure graphic drawing".split())


def _picture_label(u: Unit, ctx: Context) -> bool:
    """A picture's label over the first paragraph ("Hearth Stove Liner Diagram"): not the headline.
    Not a title every word of which the story says ("Hill figure" over "A hill figure is ...")."""
    return 1 < u.n <= SECTION_WORDS and u.words[-1].lower() in _PICTURE_LABELS and ctx.body_words.cohesion(u) != 1


def _label_under_title(ctx: Context, k: int, co: float | None, free) -> bool:
    """Is the heading nearest above the first paragraph a label that is no headline (a picture's
    caption, "marrow seedling"), right under a longer title sharing the story's words ("Give us
    more marrow fat, please")?  The title is the headline, the label stands between it and the
    story."""
    u = ctx.units[k]
    if u.n > LABEL_WORDS or not co or co == 1 or k == 0 or not free(k - 1) or u.text.isupper():
        return False
    t = ctx.units[k - 1]
    if t.n <= LABEL_WORDS or t.n > HEADLINE_MAX_WORDS or not heading_like(t) or _label_led(t):
        return False
    return (ctx.body_words.cohesion(t) or 0) > 0


DATE_WORDS = 5  # a date on its own line ("Thursday, August 9, 2012"), not a title with one in it


FIELD_VALUE_WORDS_MAX = 6


def _record_field(u: Unit) -> bool:
    """A record's field under the title: a field's label (or two joined by a slash) and a short
    value ("Location: Saxlingham Nethergate", "Group/Individual: Martin Ogilvie and Trevor
    Stevens"), not a headline with a colon."""
    value = field_value(u.text)
    if value is None or len(value.split()) > FIELD_VALUE_WORDS_MAX:
        return False
    parts = u.text.split(":", 1)[0].strip().lower().split("/")
    # a label cut at the page's edge keeps the end of its word ("roup/Individual")
    return all(p in RECORD_LABELS or (i == 0 and len(parts) > 1) for i, p in enumerate(parts)) and parts[-1] in RECORD_LABELS


def _heads_nothing(u: Unit, free: bool, verdict=None) -> bool:
    """Is the line a page's anchor ("top of page", "Skip to content", claimed by its cue), an
    archive page's title ("Month: April 2017", over the posts' own titles) or a date of its own
    (unclaimed): nothing under it is its entry?"""
    if free:
        return u.n <= DATE_WORDS and is_date(u)
    return u.text.strip().lower() in cues.ANCHORS or (verdict is not None and verdict[1] == ARCHIVE_HEADING)


def _caption_twice(units: list[Unit], k: int) -> bool:
    """Is the line a picture's caption given twice, as its alt text and under it, in lower case
    ("touching the rope strung across the river signifies ..." twice): not the headline?"""
    u = units[k]
    if not u.text[:1].islower():
        return False
    return any(0 <= j < len(units) and _same_title(units[j], u) for j in (k - 1, k + 1))


ONE_WORD_TITLE_COUNT = 3  # a one-word title names the story's subject: the body says it this often


def _title_over_label(ctx: Context, free, whole: bool = False) -> bool:
    """Is the draft's first line a title in title case, of more than one word, sharing a word with
    the story (with ``whole``, as short as a label and sharing all of its words: under a longer
    headline a short line is more often the writer's name, "A.J. Daulerio"), or of one word that
    the story says again and again?"""
    top = ctx.units[0]
    if not (free(0) and heading_like(top) and shape.is_title_case(top.words)):
        return False
    if top.n == 1:
        # one word, the story's subject, over its first section's label ("Longsword" /
        # "Historical background" / "The longsword gradually grew ...")
        return len(top.topic) == 1 and all(ctx.body_words.words[w] >= ONE_WORD_TITLE_COUNT for w in top.topic)
    co = ctx.body_words.cohesion(top) or 0
    return co == 1 and top.n <= LABEL_WORDS if whole else co > 0


def _opening_title(u: Unit) -> bool:
    """Could the draft's first line be its title, not the page's furniture: title case (but for a
    qualifier in brackets at its end), more than one word, no figure or colon ("2025/2026 Membership Registration", "First Posted: 2/10/2012"), no
    word twice ("Download PDF Download"), no shouted word ("Sign-up for UPDATES")?"""
    words = u.words
    if u.n < 2 or not _could_head(u):
        return False
    if not shape.is_title_case(words):
        # a qualifier in brackets after the title is written as it is said ("Mead (dry or sweet)")
        head = u.text.split("(", 1)[0]
        if not u.text.rstrip().endswith(")") or not head.strip() or not shape.is_title_case(shape.WORD.findall(head)):
            return False
    if any(c.isdigit() or c == ":" for c in u.text):
        return False
    low = [w.lower() for w in words]
    if len(set(low)) < len(low):
        return False
    return not any(w.isupper() and len(w) > 3 for w in words)


# what opens the title of a page's box of links rather than a story's ("Top Workplaces", "Most Read")
_BOX_OPENERS = frozenset(("top", "best", "most", "latest", "popular", "trending", "featured", "recent", "more"))


def _box_title(u: Unit) -> bool:
    return u.words[0].lower() in _BOX_OPENERS


def _question_title(u: Unit) -> bool:
    """Is the line a title that asks what the story answers, longer than a label ("How to hedge
    your losses", "Why garment workers are protesting"; not "How To")?"""
    return u.n > LABEL_WORDS and u.words[0].lower() in _QUESTION_WORDS and _could_head(u) and not not_furniture(u)


STEM = 5  # letters of a word's stem: "compliant" and "comply", "municipal" and "municipalities"


def _shares_stem(u: Unit, ctx: Context) -> bool:
    """Does a word of the block open like a word of the story (a cheap stem)?  Asked of one line
    per draft at most, so the story's stems are gathered here."""
    stems = {w[:STEM] for w in ctx.body_words.words if len(w) >= STEM}
    return any(w[:STEM] in stems for w in u.topic if len(w) >= STEM)


_SCORE = lazy(r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} \d{1,3}")


def _score_line(units: list[Unit], k: int) -> bool:
    """Is the line one side of a match's score, over or under the other ("All Blacks 29" /
    "Springboks 31")?  The story's result box under its headline, not a heading."""
    if _SCORE.fullmatch(units[k].text.strip()) is None:
        return False
    return any(0 <= j < len(units) and _SCORE.fullmatch(units[j].text.strip()) for j in (k - 1, k + 1))


def _in_intro(ctx: Context, k: int, start: int, free) -> bool:
    """Are the words of a label-length heading that the body lacks in the unclaimed text between it
    and the first paragraph ("Chocolate Shortage" over "There is a global chocolate shortage due to
    a combination of factors:" over the list of them)?"""
    between = ctx.units[k + 1 : start]
    if not between:
        return False
    words = set()
    for u in between:
        if free(u.index) and not u.prose and u.n > LABEL_WORDS and not heading_like(u):
            words.update(u.topics)
    body = ctx.body_words.words
    return bool(words) and all(any(v in body or v in words for v in variants(w)) for w in ctx.units[k].topic)


def _over_byline(ctx: Context, start: int, free) -> int | None:
    """The heading right above a byline that stands over the first paragraph (see ``headline``)."""
    units = ctx.units
    for b in range(start - 1, max(0, start - BYLINE_LINES - 1), -1):
        if not _is_byline(units[b]):
            continue
        h = b - 1
        while h >= 0 and (_is_byline(units[h]) or _is_dated(units[h])):  # "July 24, 2012" over "By Ann Lee"
            h -= 1
        if h < 0 or not free(h) or not heading_like(units[h]):
            return None
        if ctx.body_words.cohesion(units[h]) == 0:
            g = h - 1
            while g >= 0 and _is_dated(units[g]):
                g -= 1
            if g >= 0 and free(g) and _titled(units[g]) and (ctx.body_words.cohesion(units[g]) or 0) > 0:
                return g
        return h
    return None


# three-letter words too common to tie a headline to its story
_COMMON_SHORT = frozenset(
    """the and for but not are was has had its new all out who how why you our his her one two six ten
    may can get got see say now off top big set put let yet via per ago own any few end day way man men
    use did due far old""".split()
)


def _shares_short_word(u: Unit, ctx: Context) -> bool:
    """Does a heading share a short word with the story's prose: "oil", "gap", "LSE", "EU"?  The
    topic words have four letters or more, and headlines are written in short words ("US trade gap
    hits record" over "The gap between US exports and imports ...")."""
    short = {w.lower() for w in u.words if (len(w) == 3 and w.isalpha() and w.lower() not in _COMMON_SHORT) or (len(w) == 2 and w.isupper() and w.isalpha())}
    return _body_says(ctx, short, re.I)


def _body_says(ctx: Context, words: set[str], flags: int = 0) -> bool:
    """Does a paragraph of the story hold one of the words, whole (as written unless ``flags``
    say ``re.I``)?  No words: no."""
    if not words:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", flags)
    return any(pattern.search(v.text) for v in ctx.units if v.index in ctx.body_words.members)


def _is_byline(u: Unit) -> bool:
    """A byline ("By Ann Lee", "Posted on November 1st, 2012", "Laura Beck"): it stands under
    the headline.  A date alone stands under sidebar headings and archive links too."""
    return 0 < u.n <= BYLINE_WORDS and is_byline(u)


def _is_dated(u: Unit) -> bool:
    return 0 < u.n <= BYLINE_WORDS and (is_date(u) or is_stamp(u))


def _label_led(u: Unit) -> bool:
    """ "Categories England", "Tags Iran, Iraq": a tag list whose label lost its colon."""
    words = u.words
    if not words or u.n > SHORT_WORDS:
        return False
    labels = cues.LIST_LABELS["navigation"]
    return words[0].lower() in labels or " ".join(words[:2]).lower() in labels


def _titled(u: Unit) -> bool:
    """Could be a headline: words, no sentence-ending period or comma (a question will do)."""
    return bool(u.words) and u.n <= HEADLINE_MAX_WORDS and (u.final.isalnum() or u.final in "?!")


def _named_below(u: Unit, first: Unit) -> bool:
    """Does a title that reads like a name stand, word for word, in the first paragraph under it
    ("Clay Shooting" / "Clay pigeon shooting, also known as clay target shooting, ...")?  A topic
    tag's name is the story's too, but not in its first lines ("Joe Biden" / "WASHINGTON (AP) --
    Ambassador Gordon Sondland, ...")."""
    if not looks_like_person(u.text):
        return False
    below = {w.lower() for w in first.words}
    return all(w.lower() in below for w in u.words)


def _mixed_lists(ctx: Context, verdicts: list, top: int) -> set[int]:
    """The items of the lists above the story whose items are not all headings of the page's: one
    list, the story's (" - A website suffers a data breach" / " - Passwords are stored
    insecurely" / ...), not a menu with a few long entries.  A breadcrumb's last item, the headline
    repeated, heads nothing either way ("• Home" / "• News" / "• PM Unveils Tougher Visa Rules")."""
    units = ctx.units
    keep: set[int] = set()
    run: list[Unit] = []
    for u in [*units[:top], None]:
        if u is not None and u.kind == LIST_ITEM and verdicts[u.index] is None:
            run.append(u)
            continue
        if len(run) > 1 and not all(_head_item(x, ctx) or _said_elsewhere(x, units) for x in run):
            keep.update(x.index for x in run)
        run = []
    return keep


def _said_elsewhere(u: Unit, units: list[Unit]) -> bool:
    """Do the line's words stand, the same, on another line (its bullet or case aside)?"""
    words = [w.lower() for w in u.words]
    return any(v.index != u.index and v.n == u.n and [w.lower() for w in v.words] == words for v in units)


def _story_start(ctx: Context) -> int | None:
    """The first paragraph (or sentence), or a headline sharing half its words with the body, in
    the first lines."""
    for u in ctx.units[:HEAD_LINES]:
        if ctx.in_comments[u.index]:
            continue
        if is_text(u):
            return u.index
        if u.n >= 3 and heading_like(u):
            co = ctx.body_words.cohesion(u)
            if co is not None and co >= START_COHESION:
                return u.index
    return None


_EXPLETIVES = frozenset((("there", "are"), ("there", "is"), ("there", "were"), ("there", "was"), ("it", "is"), ("it", "was")))
EXPLETIVE_SENTENCE_WORDS = 10


def _expletive_sentence(u: Unit) -> bool:
    """Is the line a long sentence that lost its stop, opening "There are" or "It is" ("There are
    several different types of emergency landings for powered aircraft: planned landing or
    unplanned landing")?  A headline that long has a subject of its own."""
    return u.n >= EXPLETIVE_SENTENCE_WORDS and len(u.words) >= 2 and (u.words[0].lower(), u.words[1].lower()) in _EXPLETIVES


def _late_headline(ctx: Context, verdicts: list, start: int) -> int | None:
    """A headline sharing half its words with the body in the first lines, below text that
    shares little with it (a comment, another story's teaser, a blurb): the story starts there."""
    units = ctx.units
    if not is_text(units[start]) or ctx.body_words.size < LATE_BODY_WORDS:
        return None  # in a short text, a paragraph may share little with the few others
    for h in range(start + 1, min(len(units), LATE_HEADLINE + 1)):
        x = units[h]
        if x.n >= 3 and heading_like(x) and not ctx.in_comments[h] and not _expletive_sentence(x):
            co = ctx.body_words.cohesion(x)
            if co is not None and co >= START_COHESION:
                if numbered_series(units, h):
                    return None  # "Step 1: ...": the story's first part, under its introduction
                break
    else:
        return None
    sentences = 0
    for u in units[:h]:
        if u.index + 1 < h and _opening_section(u):
            return None  # "Introduction" over a paragraph: the story's opening, its next part below
        if verdicts[u.index] is not None or (not_furniture(u) and not u.prose):
            continue  # (a paragraph that gives a date is no date line: "... on Sunday, October 10, will see ...")
        co = ctx.body_words.cohesion(u)
        if co is None or co >= ABOVE_COHESION or u.n > ABOVE_WORDS or u.final == ":" or ctx.in_comments[u.index]:
            return None  # the story's own text, or text we cannot judge
        sentences += u.final in shape.SENTENCE_END
    if sentences >= ABOVE_PASSAGE:
        return None  # a passage, not a blurb: the story's opening above its first subheading
    return h


def _head_item(u: Unit, ctx: Context) -> bool:
    if u.n > HEADLINE_MAX_WORDS or ctx.repeated[u.index] or is_address(u) or _place(u) or _record_field(u) or first_person(u, inside=True):
        # (above the headline an address or a town with its region is an event's, a shop's or a
        # work's place, no section's name: "Pomona, CA"; a field of its record is the story's:
        # "Present: Al, Chris, Phil"; so is the writer's sentence that lost its stop: "Each year
        # we have a summer show, usually 2nd sunday in August")
        return False
    if not heading_like(u, cut=True):
        # a name above the headline is a byline, unless the story is about that person: a
        # byline's name is not in the story, a topic tag's is ("Joe Biden")
        return looks_like_person(u.text) and ctx.body_words.cohesion(u) == 1
    if u.n <= LABEL_WORDS:
        return True
    co = ctx.body_words.cohesion(u)
    return co is None or co < HEAD_COHESION


PLACE_WORDS = 5
_PLACE = lazy(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3})$")  # "Edison, N.J."
# a town and its region, each of one or two capitalised words: "Various, UK", "Ely, Cambridgeshire"
# (the abbreviated places above are among them, "Edison, N.J.")
_PLACE_LINE = lazy(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")


# a country and a town in it, either way round, joined by a dash: "United Kingdom - Swaton"
_PLACE_DASH = lazy(r"(?P<a>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) [-–—] (?P<b>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)")


def _place(u: Unit) -> bool:
    """A place on a line of its own, under a headline or between a title and its deck."""
    if u.n >= PLACE_WORDS:
        return False
    text = u.text.strip()
    if _PLACE_LINE.fullmatch(text) is not None:
        return True
    m = _PLACE_DASH.fullmatch(text) if " " in text else None
    return m is not None and (m.group("a") in COUNTRIES or m.group("b") in COUNTRIES)


def _inner_headings(ctx: Context, verdicts: list) -> tuple[list[Unit], int]:
    """The unclaimed lines inside the body that could head a part of the story, and the count of
    a round-up's place names among its lines.  More of them together than ``INNER_MAX`` make a
    story with subheadings."""
    units = ctx.units
    assert ctx.body is not None
    a, b = ctx.body
    # the lines that could head a part of the story: short sentences, bylines, dates, quotations
    # and the headline repeated head nothing
    inner = [
        u for u in units[a + 1 : b]
        if not u.prose and not ctx.in_comments[u.index] and verdicts[u.index] is None
        and u.n <= HEADLINE_MAX_WORDS and not ctx.repeated[u.index] and heading_like(u)
    ]
    # a round-up's place names head its parts too, though their abbreviation ends them with a
    # full stop ("New York" / ... / "Schaumburg, Ill." / ... / "Edison, N.J.")
    places = sum(
        1 for u in units[a + 1 : b]
        if not u.prose and verdicts[u.index] is None and u.n <= PLACE_WORDS and _PLACE.match(u.text.strip())
    )
    return inner, places


def interruptions(ctx: Context, verdicts: list) -> None:
    """Lone short lines inside the body that share (almost) no word with the article."""
    units = ctx.units
    if ctx.body is None:
        return
    a, b = ctx.body
    inner, places = _inner_headings(ctx, verdicts)
    if not inner or len(inner) + places > INNER_MAX:  # a story with subheadings
        return
    for u in inner:
        i = u.index
        # between two paragraphs, over lines already found to be the page's ("Open Channel" /
        # "Subscribe to RSS" between two paragraphs)
        up, down = i - 1, i + 1
        while verdicts[up] is not None and up > a:
            up -= 1
        while verdicts[down] is not None and down < b:
            down += 1
        if not (units[up].prose and units[down].prose):
            continue
        if verdicts[up] is not None:
            continue  # over the story's first paragraph, under what the page put above it: the headline's place
        if verdicts[down] is not None and (looks_like_person(u.text) or _unlisted_name(u)):
            continue  # the post's signature over the page's comment form ("Lyndon Hatfield" / "Leave a Reply")
        if units[i + 1].text[:1].islower():  # a paragraph broken in two ("Furry recyclers" / "have already ...")
            continue
        if verdicts[i - 1] is not None and verdicts[i - 1][0] == CREDIT:
            continue  # under a picture's credit or file name: the picture's caption ("Stacks Image 358" / "Philippa Räder")
        if u.text.lstrip()[:1] in "-—–~" and units[i - 1].text.rstrip()[-1:] in CLOSING_QUOTES:
            continue  # the source under a quotation ('"Go home and make a net ..."' / "- Chinese Proverb")
        if u.text[:1].islower() and u.words[0] in _CONJUNCTIONS:  # "and the City of": a piece of a sentence
            continue
        if news_subheading(u):  # "What happens next", "Background": the story's own parts
            continue
        if u.n > LABEL_WORDS and ends_on_small_word(u.text):  # "... and the CDC also reports that": a sentence whose end the page lost
            continue
        if series_part(units, i) or numbered_series(units, i):  # "Step 1: Know your balance" with "Step 2: ..." below
            continue
        if u.n <= NUMBERED_SECTION_WORDS and _NUMBERED_SECTION.match(u.text):  # "1.1 Background": a report's section
            continue
        if _sentence_case_heading(u) or _phrase_heading(u) or _worded_heading(u):
            continue  # "Financial struggles", "In a Hypothetical World", "Why It Matters": a story's part, no menu's
        if priced_field(u):  # "FEE: $10/person": the event's own details, no section's name
            continue
        if _inner_sentence(u):  # "BTS in a promotional photo. (Netmarble)": a caption, no heading
            continue
        if _like_headline(u, ctx) or _like_sibling(u, ctx):  # "The History" ... "The Explore": the post's parts, titled alike
            continue
        if _quote_source(u) or _quoted_work(u, units[i - 1]):  # "Sir Jean de Beuil, mid-1400s" under the words quoted
            continue
        if _over_glossary(ctx.units, i):  # "Key Elements" / "Furrows: The narrow ribbon ..." / "Crown: ..."
            continue
        if u.n > LABEL_WORDS:
            co = ctx.body_words.cohesion(u)
            if co is None or co < INNER_CO:
                verdicts[i] = name_of(u)
        elif ctx.body_words.shares(u) is False:
            verdicts[i] = name_of(u)


# a report's numbered section between two of its paragraphs ("1.1 Background", "2. Scope"), its
# number dotted ("24 Photos" is a gallery's count)
_NUMBERED_SECTION = lazy(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.\s+[A-Z]|^\s*\d{1,2}(?:\.\d{1,2}){1,3}\s+[A-Z]")
NUMBERED_SECTION_WORDS = 8


def _sentence_case_heading(u: Unit) -> bool:
    """A subheading in sentence case, two words or more, its first capitalised and the rest in
    lower case ("Financial struggles", "What the council decided"): how newsrooms set a story's
    parts; menus and sections are set in title case ("Open Channel")."""
    words = u.words
    if len(words) < 2 or not words[0].istitle() or u.final in shape.SENTENCE_END:
        return False
    if any(c.isdigit() or c in "()[]|" for c in u.text):
        return False  # "Stories (567)", "Election 2012": a section's link with its count or year
    return all(w.isalpha() and w.islower() for w in words[1:])


_PHRASE_OPENERS = frozenset(
    """in on at into inside beyond behind after before under over between from through toward towards
    for with without""".split()
)
_PHRASE_ARTICLES = frozenset("a an the".split())


_HEADING_SMALL_WORDS = _PHRASE_ARTICLES | {"it", "its"}
WORDED_HEADING_WORDS = 5


def _worded_heading(u: Unit) -> bool:
    """A short subheading of three words or more holding an article or a pronoun ("A Deadly
    Encounter", "Why It Matters", "Back in the Day"): a phrase of the story's.  A section's or a
    menu's name is a bare noun phrase ("Coupon Codes", "Author Talk", "Tools for Mac users"), a
    column's name holds its writer after a bar ("The Color of Money | Michelle Singletary"), and
    an article and a noun may be either ("The Basics" heads a story's part, "The Team" is a club
    site's menu entry).  Measured on the lines the test of interruptions flagged: 9 such
    subheadings on unseen pages 283-326 and one in Dragnet, no leftover there or in AEB."""
    words = u.words
    if not 3 <= len(words) <= WORDED_HEADING_WORDS or u.final in shape.SENTENCE_END or "|" in u.text:
        return False
    return any(w.lower() in _HEADING_SMALL_WORDS for w in words)


def _phrase_heading(u: Unit) -> bool:
    """A subheading that opens with a preposition and an article ("In a Hypothetical World",
    "Behind the Scenes"): a phrase of the story's, where a section's or a menu's name is a noun
    ("World News", "Open Channel")."""
    words = u.words
    return 3 <= len(words) and words[0].lower() in _PHRASE_OPENERS and words[1].lower() in _PHRASE_ARTICLES and u.final not in shape.SENTENCE_END


def _like_headline(u: Unit, ctx: Context) -> bool:
    """Is the line a heading written like the story's headline, over the story's first part
    ("The History" / ... / "The Explore"): as many words, the same first word, in title case?"""
    h = ctx.units[ctx.headline] if ctx.headline is not None else None
    if h is None or h.n != u.n or u.n < 2 or h.words[0].lower() != u.words[0].lower():
        return False
    return shape.is_title_case(u.words) and shape.is_title_case(h.words)


SIBLING_PART_WORDS = 12  # a paragraph under the other heading, perhaps cut short with the page


def _like_sibling(u: Unit, ctx: Context) -> bool:
    """Is the heading in title case one of the story's parts, beside another lone heading in title
    case over a paragraph: written alike (as many words, the same first word: "The Exterior" ...
    "The Interior"), or, both longer than a label, the other between two paragraphs ("Prime
    Hunting Grounds" ... "Essential Tools and Techniques")?"""
    if u.n < 2 or not shape.is_title_case(u.words):
        return False
    units, first = ctx.units, u.words[0].lower()
    for v in units[1:-1]:
        if v.index == u.index or v.prose or not v.words:
            continue
        alike = v.n == u.n and v.words[0].lower() == first
        parted = u.n > LABEL_WORDS and v.n > LABEL_WORDS and units[v.index - 1].prose
        if (alike or parted) and (units[v.index + 1].prose or units[v.index + 1].n >= SIBLING_PART_WORDS) and shape.is_title_case(v.words):
            return True
    return False


# the source under a quotation: a name, a comma and when it was said or written ("Sir Jean de
# Beuil, mid-1400s", "Winston Churchill, 1940", "Seneca, 1st century AD")
_QUOTE_SOURCE = lazy(r"^[—–-]?\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4},\s+(?:[\w-]+\s+){0,2}[\w-]*\d[\w-]*(?:\s+[A-Za-z.]+)?$")


def _quote_source(u: Unit) -> bool:
    return u.n <= 8 and _QUOTE_SOURCE.match(u.text.strip()) is not None and shape.is_title_case(u.text.split(",")[0].split())


# the author and the work under a quotation: "Stephen Harrod Buhner — The Secret Teachings of Plants"
_AUTHOR_WORK = lazy(r"^[—–-]?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+[—–-]\s+[A-Z]")


QUOTED_WORK_WORDS = 12


def _quoted_work(u: Unit, above: Unit) -> bool:
    """Is the line a name (two to four capitalised words) and a work's title right under a
    quotation, its source?"""
    if u.n > QUOTED_WORK_WORDS or above.text.lstrip()[:1] not in "\"“‘«„" or above.text.rstrip()[-1:] not in CLOSING_QUOTES:
        return False
    return _AUTHOR_WORK.match(u.text.strip()) is not None


# a glossary under its heading: three lines or more, each a term, a colon and its meaning (a
# labelled field, ``tables.field_value``)
GLOSSARY_ENTRIES = 3


def _over_glossary(units: list[Unit], i: int) -> bool:
    below = units[i + 1 : i + 1 + GLOSSARY_ENTRIES]
    return len(below) == GLOSSARY_ENTRIES and all(field_value(v.text) is not None for v in below)


def _unlisted_name(u: Unit) -> bool:
    """Is the line a person's name the lists of given names miss: two or three capitalised words
    of which the first and the last have no word class ("Lyndon Hatfield"; not "Reader
    Interactions")?"""
    words = u.words
    if not 2 <= len(words) <= 3 or u.text.strip() != " ".join(words) or not all(w.istitle() for w in words):
        return False
    classes = word_classes()
    return classes.get(words[0].lower()) is None and classes.get(words[-1].lower()) is None


# the parts of a review, its verdict's heading and the lists of what is good and bad about the
# thing reviewed: after the review's last paragraph too, they and their lists are the review's
REVIEW_PARTS = frozenset(
    ("pros", "cons", "pros and cons", "verdict", "final verdict", "our verdict", "the good", "the bad", "the ugly", "advantages", "disadvantages")
)


def review_part(u: Unit) -> bool:
    """Is the block the heading of a part of a review ("Pros", "Cons:", "The Bad")?"""
    return u.n <= 3 and key(u.text) in REVIEW_PARTS


# The subheadings news stories are written with, whatever the story: a question in sentence case
# ("What happens next", "Why it matters", "Who is Jane Smith") or one of the stock parts of a
# report.  Like a stray menu entry they share no word with the story; between two paragraphs they
# are the story's.
_QUESTION_WORDS = frozenset("what why how who when where which whose".split())
_STOCK_SUBHEADINGS = frozenset(
    (
        "background", "context", "reaction", "reactions", "analysis", "response", "timeline", "outlook",
        "impact", "aftermath", "investigation", "criticism", "controversy", "consequences", "implications",
        "history", "profile", "key points", "key facts", "in numbers", "by the numbers",
        "the bottom line", "the big picture", "the details", "the evidence", "the verdict", "the response",
        "next steps", "looking ahead", "issue", "problem", "solution", "proposal", "proposals", "plan",
        "challenge", "position", "facts", "cost", "costs", "process", "options", "findings", "decision",
        # the parts of a report or a case study
        "situation", "introduction", "summary", "overview", "conclusion", "conclusions", "results",
        "discussion", "methods", "methodology", "recommendations",
        # a paper's abstract, and its heading in a second language ("Résumé" under the English one)
        "abstract", "résumé", "resumen", "resumo", "zusammenfassung", "riassunto", "sommario",
        # the parts of an explainer or a reference entry ("Definition", "Scope", "In short")
        *SUMMARY_LABELS, "definitions", "scope", "examples", "exceptions", "penalties", "eligibility", "requirements",
        "note", "notes", "example", "explanation", "description",
        # the lists at the end of a reference article ("literature": a translated wiki's "Literatur")
        "literature", "bibliography", "references", "further reading", "sources",
        # a review's parts (review_part)
        *REVIEW_PARTS,
    )
)
_ARTICLES = frozenset(("the", "our"))  # "The background", "The issue", "Our position": the same parts


def news_subheading(u: Unit) -> bool:
    """Is the line one of the subheadings any news story may carry (see above)?"""
    words = u.words
    if not words:
        return False
    if words[0].lower() in _QUESTION_WORDS and len(words) >= 2:
        # in sentence case: "How To Win A Post-Race Fight" is the title of another story
        return not shape.is_title_case(words)
    text = " ".join(w.lower() for w in words)
    if text in _STOCK_SUBHEADINGS:
        return True
    # in sentence case or in capitals after "The" or "Our" ("THE SITUATION"): "The Team" is a
    # menu's entry
    return (
        len(words) > 1 and words[0].lower() in _ARTICLES and (not words[1][:1].isupper() or u.text.isupper())
        and text.split(" ", 1)[1] in _STOCK_SUBHEADINGS
    )


_DIGITS = lazy(r"\d+")
_SEPARATORS = lazy(r" [-–—|/] |: ")


def _in_table(u: Unit, ctx: Context) -> bool:
    """A row of a table, a poll or a list of results: shaped like the line above, with the same
    words and other numbers ("%36 votes" under "%9 votes") or the same separators ("Drama -
    Featherboy" under "Animation - Brush Head"), a field of a record of a few lines whose
    fields recur, a placing beside another or a slot of a programme (``tables.table_row``)."""
    if u.index == 0:
        return False
    above = ctx.units[u.index - 1].text
    seps = set(_SEPARATORS.findall(u.text))
    if seps and seps == set(_SEPARATORS.findall(above)):
        return True
    if table_row(ctx.units, u.index):
        return True
    if not any(c.isdigit() for c in u.text):
        return False
    mine, theirs = _DIGITS.sub("0", u.text).split(), _DIGITS.sub("0", above).split()
    # the same words, or the same count of words opening with the same number ("%34 votes")
    return mine == theirs or (len(mine) == len(theirs) and mine[0] == theirs[0] and "0" in mine[0])


_CUT = lazy(r"[^\W\d_](?:\.{2,3}|…)$")  # "Incredible Home Revival Projec...", "노르웨.."


def heading_like(u: Unit, cut: bool = False) -> bool:
    """Reads like a heading or a link, not like article furniture: no closing punctuation, no
    date, byline, credit, quotation or bracketed source ("[Reuters]").  With ``cut``, a title
    cut short by an ellipsis counts too (a teaser in a list of links)."""
    text = u.text
    if u.kind == LIST_ITEM:
        text = _LIST_BULLET.sub("", text, count=1)  # the plain reader keeps an item's bullet; the others drop it
    if not u.words or not text or text[0] in "[(—–-_*#•":
        return False
    if _opens_with_conjunction(u.words):
        return False  # "But really good that the council have listened ...": a sentence, its stop lost
    if u.final in HEADING_END or not u.final.isalnum():
        if not (cut and _CUT.search(text) and _headline_case(u)):
            return False
    if not any(w[0].isalpha() for w in u.words):  # "2012", "11/06/2012"
        return False
    if u.n >= BROKEN_HEADING_WORDS and len(shape.SENTENCE_BREAK.findall(text)) >= 2:
        # "1 indoor court with ankled edges. Built from soccer-walls. Size: 32×20m": sentences,
        # their last stop lost (a headline may hold two: "Drug shortages have hit near-record
        # highs. It's getting harder to shield patients")
        return False
    if cut_at(u):
        return False
    if "." in text[-24:] and _SENDS_TO_SITE.search(text):
        return False  # "To learn more about WightSAR and its work, visit its website at wightsar.org"
    return not not_furniture(u)


# a sentence sending the reader to a site, its stop lost after the address: "visit its website at
# wightsar.org", "see www.rnli.org" (another story's headline may end on its site's name after a
# bar or a dash, "... | BBC.com", never after "at" or "visit")
_SENDS_TO_SITE = lazy(r"\b(?:at|visit|see|go\s+to|on)\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?\S*$", re.I)


# a line this long with two stops between sentences (``shape.SENTENCE_BREAK``, stricter than
# ``_INNER_SENTENCE``: a promotion's "Projects. It's Free! Start Sharing" stays heading-like, and a
# prompt's question, "... space news? Follow @universetoday on Twitter", counts no stop) is no heading
BROKEN_HEADING_WORDS = 8

_LIST_BULLET = lazy(r"^[•·▪‣◦*\-]\s+")  # not a dash: "– Ange" under a post is its sign-off

_CONJUNCTIONS = frozenset("but and so because although though yet or".split())


def _opens_with_conjunction(words: list[str]) -> bool:
    """Does the line open like a sentence that goes on from the last one ("But really good that
    ...", "And in early June, a family ...")?  A title in title case may ("And Just Like That")."""
    return len(words) >= 4 and words[0].lower() in _CONJUNCTIONS and words[0][0].isupper() and words[1][0].islower()


def _headline_case(u: Unit) -> bool:
    """Title case ("Incredible Home Revival Projec..."), or a script without case; not a sentence
    trailing off ("And then he left...")."""
    return shape.is_title_case(u.words) or u.text.upper() == u.text.lower()


def name_of(u: Unit) -> tuple[str, str]:
    """A few words name a section, a tag or a link; more make the headline of another story."""
    if u.n <= SECTION_WORDS:
        return NAVIGATION, SECTION_LINK
    return RELATED, OTHER_HEADLINE
