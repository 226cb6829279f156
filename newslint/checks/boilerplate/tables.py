"""The article's own tables and lists, which the tests for the page's furniture must leave alone.

Two shapes that a page's menus and link boxes do not take (seen on unseen web pages, a cheese
awards' winners and a wildfire-smoke advisory, both flagged line by line as other stories'
headlines before):

* **records** -- a results list or a table copied as text repeats its fields every few lines: the
  same label ("Cheesemaker: Chris Roelli" ... "Cheesemaker: Seana Doughty", "1st Place: ..." and
  "2nd Place: ...", ordinals and numbers aside) or the same number of bars ("Roelli Cheese Company
  | Shullsburg, Wisconsin") within ``RECORD_SPAN`` lines either way.  A line like its neighbour
  right above is a table row already (``position._in_table``); this finds the rows of records of
  two to ``RECORD_SPAN`` lines.
* **a list the story runs into** -- list items whose run reaches a
  paragraph of the article's body ("- Limit exposure to outdoor air" ... "- You need to get a
  tight seal around the nose and chin. Facial hair will impede the fit.").  The page's lists of
  links are not continued by the story's prose.

* **placings** -- a competition's results, an ordinal before a name ("1st Sarah Simpson, “The
  Stewarts' White Banner”" over "2nd Kaitlin Kimove, “Castle Menzies”"), next to another placing.
  An ordinal before a month is a date ("10th February 2021"), not a placing.
* **a list the story introduces** -- short lines right under the story's sentence that ends with
  a colon ("The following are yarn and woolen goods distributors that feature Faroe Island wool:"
  / "Carried in the US by Kelbourne Woolens" / "Gudrun and Gudrun"), up to ``INTRODUCED_SPAN``
  lines down.  This spares only lines that no cue claims: a share bar or a comment form under a
  "Here is the video:" is still the page's.
* **a programme** -- an event's time slots ("12pm - 3pm, Courtyard") with another slot a few
  lines away, each with the act right under it ("The Back Porch Jug Band").
* **a list of sentences** -- bulleted items one after another, one of them a sentence no menu
  holds ("• Main central corridor (with club boards) leading to the two parts of the building"
  over "• External toilets"): its short items are the same list's.
* **a numbered series of parts** -- "Step 1: ..." whose label recurs further down with another
  number ("Step 2: ..."): the story's first part, not a headline that would make the text above
  it another story's (``position._late_headline``).

The dev drafts keep every such line as content; a labelled tag or category line ("Tags: a, b")
has no field that recurs, and stays the cues' to judge.
"""

from __future__ import annotations

import re
from collections import Counter

from ...document.model import LIST_ITEM
from .cues import MONTHS
from .shape import MONTH, is_title_case
from .units import HEADLINE_MAX_WORDS, Body, Context, Unit
from ...lazyre import lazy

INTRODUCED_SPAN = 6  # short lines under a sentence that ends with a colon: the list it introduces
INTRODUCED_ITEMS = 12  # list items under such a sentence, however long
INTRODUCED_LIST_ITEMS = 80  # bulleted items under it, one unbroken list ("The following groups have been registered:")
INTRO_SENTENCE_WORDS = 8  # "Here are a few of our favorites:" is shorter; a label "Related:" much shorter
# over the items of a list, shorter will do: "Recommended items to bring/ wear:" / "- Long pants"
INTRO_LIST_WORDS = 4  # ("How teachers use it:" / "- Compare homework to classroom tests")
INTRO_VERB_WORDS = 2  # or ending on its verb, colon or none: "Activities included:" / "• Fascia Closure"
RECORD_SPAN = 4  # a record of up to four lines: its fields recur within four lines

# the rule under a table's header row when the table is written with bars: "---|---|", "|:--|--:|"
_TABLE_RULE = lazy(r"\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?")


def table_rule(u: Unit) -> bool:
    """Is the line the rule under a table's header row ("---|---|")?"""
    return not u.words and "-|" in u.text and u.text.count("-") >= 3 and _TABLE_RULE.fullmatch(u.text) is not None


# an item's number, perhaps after its label: "9. Maynard Comic Con", "Class 6. Wind in the Willows",
# "Step 3: Sand the shelf"
_ITEM_NUMBERED = lazy(r"^\s*(?:([A-Z][a-z]{1,12})\s+)?(\d{1,3})[.):]\s+\S")


def numbered_next(a: Unit, b: Unit) -> bool:
    """Is ``b`` the item numbered right after ``a``, under the same label ("Class 5. Any other spring
    flower" / "Class 6. Wind in the Willows")?"""
    return number_follows(a.text, b.text)


def number_follows(a: str, b: str) -> bool:
    """``numbered_next`` on two lines' text."""
    m, n = _ITEM_NUMBERED.match(a), _ITEM_NUMBERED.match(b)
    return m is not None and n is not None and m.group(1) == n.group(1) and int(n.group(2)) == int(m.group(2)) + 1


def is_numbered(text: str) -> bool:
    """Does the line open with an item's number (``_ITEM_NUMBERED``)?"""
    return _ITEM_NUMBERED.match(text) is not None


def header_over_rule(text: str) -> bool:
    """Is a block of lines a table's header row over its rule, and perhaps its first rows ("| Teams
    | P | W | Pts |" / "|---|---|---|---|" / "| 1 | 17 | 14 | 43 |")?"""
    head, _, rest = text.partition("\n")
    rule = rest.partition("\n")[0]
    return "|" in head and "-|" in rule and _TABLE_RULE.fullmatch(rule) is not None


# "Cheesemaker: ", "1st Place TIED: ": a short label, then a colon and a space
_LABEL = lazy(r"^([^\W\d_][^:|]{0,30}?|\d+(?:st|nd|rd|th)\b[^:|]{0,20}?):\s")
# numbers and ordinals, in figures or in words ("1st Place" and "Second Place" are both "0 place")
_NUMBER = lazy(r"\d+(?:st|nd|rd|th)?|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")


# the labels of a record's fields under its title ("Location: Saxlingham Nethergate", "Group/
# Individual: Martin Ogilvie"); a headline's label before its colon is a word of its own
# ("Beavers: Nature's first river restoration engineers", "Review: ...")
RECORD_LABELS = frozenset(
    """location venue where when date dates time times cost costs price fee group individual organiser
    organizer organisation organization host contact duration distance address phone email client project fees
    status type year area site region county issue volume edition present attendees apologies leader""".split()
)
FIELD_PAIRS = 2  # a record's fields set one line a label, one line its value: this many at least


def field_box(units: list[Unit], run: range) -> bool:
    """Does the run hold ``FIELD_PAIRS`` record fields or more, each label alone on its line over
    its value, one value with a figure ("- Date" / "- 18th June 2022" / "- Society" / "- Ovingham
    Drama Group" / "- Venue" / "- The Reading Room, Ovingham")?  That is the story's fact box (a
    review's, an event's), not a menu: a site's menu may hold a "Venue" item, but not a date under
    its "Date".  A notice's table set one cell a line, each closed by its bar ("Venue |" /
    "Conference Room, Station Street |" / "Date |" / "Thursday, 11 April 2024 |"), is one too."""
    pairs = 0
    figure = False
    for k in run[:-1]:
        label, value = (units[m].text.strip(" -–•*·:|").lower() for m in (k, k + 1))
        if label in RECORD_LABELS and value not in RECORD_LABELS:
            pairs += 1
            figure = figure or any(c.isdigit() for c in value)
    return pairs >= FIELD_PAIRS and figure


FIELD_BOX_LINES = 24  # the lines looked at either side of a fact box's line
FIELD_LINE_WORDS = 6  # a fact box's line: a label or a short value


def in_field_box(units: list[Unit], i: int) -> bool:
    """Is line ``i`` in a fact box (``field_box``) whose lines, labels and short values line under
    line, run on either side of it?"""

    def short(k: int) -> bool:
        u = units[k]
        return not u.prose and 1 <= u.n <= FIELD_LINE_WORDS

    if not short(i):
        return False
    a = b = i
    while a > 0 and i - a < FIELD_BOX_LINES and short(a - 1):
        a -= 1
    while b + 1 < len(units) and b - i < FIELD_BOX_LINES and short(b + 1):
        b += 1
    return field_box(units, range(a, b + 1))


def field_value(text: str) -> str | None:
    """The value after the line's short label and its colon ("Cost: $10 per participant" ->
    "$10 per participant"), or None when the line has no label or no value."""
    m = _LABEL.match(text) if ":" in text else None
    value = text[m.end() :].strip() if m else ""
    return value or None


def _label(text: str) -> tuple[str, ...] | None:
    """The first two words of the line's label, numbers and ordinals made alike ("1st Place" and
    "2nd Place TIED" are both ("0", "place")), or None."""
    m = _LABEL.match(text)
    return None if m is None else _label_key(m.group(1))


def _label_key(label: str) -> tuple[str, ...]:
    return tuple(_NUMBER.sub("0", label.lower()).split()[:2])


def record_row(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a field of a record whose fields recur (the module docstring)?"""
    text = units[i].text
    label = _label(text) if ":" in text else None
    bars = text.count("|")
    if label is None and not bars:
        return False
    for j in (*range(i - RECORD_SPAN, i - 1), *range(i + 2, i + RECORD_SPAN + 1)):
        if 0 <= j < len(units):
            other = units[j].text
            if bars and other.count("|") == bars:
                return True
            if label is not None and ":" in other and _label(other) == label:
                return True
    return False


# "1st Sarah Simpson", "- 2nd Place: Buff Blue": an ordinal, then a capitalised word
_PLACING = lazy(r"^[-–•*\s]{0,3}\d{1,2}(?:st|nd|rd|th)\s+([A-Z][\w'’.-]*)")


def placing(text: str) -> bool:
    """Does the line open with a placing: an ordinal before a name, not before a month?"""
    m = _PLACING.match(text)
    return m is not None and m.group(1).lower() not in MONTHS


def placings(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a placing beside another placing (a competition's results), or the heading
    right above such a run ("Grade 1" over "1st Sarah Simpson" and "2nd Kaitlin Kimove")?"""
    if not placing(units[i].text):
        return i + 2 < len(units) and placing(units[i + 1].text) and placing(units[i + 2].text)
    return (i > 0 and placing(units[i - 1].text)) or (i + 1 < len(units) and placing(units[i + 1].text))


# a result's score between its two sides: "48 v 54", "2 vs 1" (a fixture list's "v" stands between
# names, "Leeds v York"; a score puts a figure either side)
_SCORE = lazy(r"\d\s+(?:v|vs\.?)\s+\d")
SCORE_ROW_WORDS = 16
# ... or the score between the two sides' names, the whole line ("North West Strikers 3-2 Moorebank
# Hockey", "Lithgow Panthers 2-0 St Pat's"); another story's headline goes on ("Arsenal 2-1
# Chelsea: Saka seals it")
_SIDE = r"[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,4}"
_RESULT = lazy(rf"\s*{_SIDE} \d{{1,2}} ?[-–] ?\d{{1,2}} {_SIDE}\s*")


def _scored(u: Unit) -> bool:
    if u.n > SCORE_ROW_WORDS:
        return False
    if (" v " in u.text or " vs" in u.text) and _SCORE.search(u.text) is not None:
        return True
    return ("-" in u.text or "–" in u.text) and _RESULT.fullmatch(u.text) is not None


def score_row(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a row of a results table, a score between the two sides, beside another such
    row or with one heading between them ("1 The Old Bangers 12 48 v 54 18 Exiles" / "2 JC and the
    Jets 20 54 v 47 16 Aardvarks"; "Premier League 1" / "North West Strikers 3-2 Moorebank Hockey"
    / "PL2" / "Sutherland 2-1 Ryde Hunters Hill"): a league's results, its story's own?"""
    return _scored(units[i]) and any(0 <= k < len(units) and _scored(units[k]) for k in (i - 2, i - 1, i + 1, i + 2))


# a row of a leader board, its value at the end: a decimal ("Team Nico 4.6", "Team George -0.9"),
# or a whole number set off by a dash ("Hamnoy by John Cross – 19", a judge's mark)
_DECIMAL_END = lazy(r"\s(?:[-–−]?\d{1,4}\.\d{1,3}|[-–—]\s\d{1,3})\s*")
DECIMAL_ROWS = 3  # rows in a run, at least


def decimal_rows(units: list[Unit], i: int) -> bool:
    """Is block ``i`` in a run of ``DECIMAL_ROWS`` rows, one under another, each ending with a
    decimal ("Team Nico 4.6" / "Team Priska 2.9" / "Team George -0.9") or a mark after a dash
    ("Kilchurn castle by Jane Hobson – 16"): a leader board or a competition's marks the story
    quotes?  A radio station's name in a box ("More From KISS FM 96.9") stands alone."""

    def row(k: int) -> bool:
        if not 0 <= k < len(units) or units[k].n > SCORE_ROW_WORDS:
            return False
        t = units[k].text
        m = _DECIMAL_END.search(t, max(0, len(t) - 12))
        return m is not None and m.end() == len(t)

    if not row(i):
        return False
    run = 1
    for step in (-1, 1):
        k = i
        while run < DECIMAL_ROWS and row(k + step) and line_under(units[min(k, k + step)], units[max(k, k + step)]):
            run += 1
            k += step
    return run >= DECIMAL_ROWS


DIVISION_WORDS = 4


def division_heading(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a short heading between two rows of scores, the next division's name in the
    results ("Tigers 5-3 East Darwin Storm" / "A Women" / "Commerce Pints 3-0 Waratah")?"""
    return 0 < i < len(units) - 1 and units[i].n <= DIVISION_WORDS and _scored(units[i - 1]) and _scored(units[i + 1])


# a roll of honour's row: a year, a dash and the winner ("• 2019 – A Crossley", "2020 – Not Held")
_ROLL_ROW = lazy(r"^\s*(?:[•*·-]\s*)?((?:19|20)\d\d)\s*[–—-]\s+\S")


def _roll_year(text: str) -> int | None:
    m = _ROLL_ROW.match(text) if "–" in text[:12] or "—" in text[:12] or "-" in text[:12] else None
    return int(m.group(1)) if m else None


def roll(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a row of a roll of honour, beside a row a year before or after it (a club's
    past champions)?  An archive's years stand alone or with a count."""
    year = _roll_year(units[i].text)
    if year is None:
        return False
    return any(0 <= k < len(units) and _roll_year(units[k].text) in (year - 1, year + 1) for k in (i - 1, i + 1))


# a spec's row: a field's short name, a dash and its value ("Hook – scud hook, size 16 to 26",
# "Rib- silver wire", "Tail, feelers, legs – small round black rubber")
_KEYED_ROW = lazy(r"\s*([A-Z][a-z]+(?:,?\s[a-z]+){0,3})\s?[–—-]\s+(\S)")
KEYED_ROW_WORDS = 12  # a field and its value; a headline with its site's name may run as short
KEYED_RUN_ROWS = 4  # rows, one under the other, in a spec list
KEYED_RUN_SPAN = 40  # ... looked for this many rows either side


def _keyed(u: Unit) -> tuple[str, str] | None:
    """The field's name (in lower case) and the first letter of its value, for a spec's row."""
    if u.n > KEYED_ROW_WORDS or not any(d in u.text[:32] for d in "–—-"):
        return None
    m = _KEYED_ROW.match(u.text)
    return (m.group(1).lower(), m.group(2)) if m else None


def spec_rows(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a row of a list of specs, line under line, whose fields recur with other
    values: the materials of two flies a club's demonstrator will tie ("Hook – standard nymph size
    14, 16" / "Bead – 5/64 Fl Fire Orange" / ... / "Hook – scud hook, size 16 to 26" / "Bead –
    1/16 nickel")?  Two fields at least recur, and most values open in lower case or with a figure:
    another story's headline, its label before a dash ("Review – The Best Books of the Year"),
    opens its words in capitals."""
    row = _keyed(units[i])
    if row is None:
        return False
    rows = [row]  # the run's rows, walked up from ``i`` and then down
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(units) and abs(k - i) < KEYED_RUN_SPAN and line_under(units[min(k, k + step)], units[max(k, k + step)]):
            row = _keyed(units[k + step])
            if row is None:
                break
            rows.append(row)
            k += step
    if len(rows) < KEYED_RUN_ROWS:
        return False
    fields = Counter(name for name, _ in rows)
    small = sum(1 for _, value in rows if not value.isupper())
    return sum(1 for c in fields.values() if c >= 2) >= 2 and 2 * small >= len(rows)


# "11am - 6pm, Red Barn Field", "12:30-2 p.m. Gazebo": a time slot of a programme
# hours from one time to another ("8:30-10pm", "6:30 p.m. – 8:00 p.m."): a slot when it opens the
# line; anywhere in a dated line, an event's hours, never a post's stamp (``structure.is_stamp``)
_TIME_RANGE = r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b"
TIME_RANGE = lazy(_TIME_RANGE, re.I)
# a programme's item with its time after a dash ("Pre-Judging – 11:00am-1:30pm")
_TIMED_ITEM = lazy(r"\s[-–]\s*" + _TIME_RANGE + r"\s*$", re.I)
TIMED_ITEM_WORDS = 6


def _slot(u: Unit) -> bool:
    return u.text[:1].isdigit() and TIME_RANGE.match(u.text) is not None


def timed_item(u: Unit) -> bool:
    """An item of a programme, its time range after a dash ("Contest – 3:00pm-4:00pm"); a slot
    (``_slot``) opens with its time."""
    return u.n <= TIMED_ITEM_WORDS and ("–" in u.text or " - " in u.text) and _TIMED_ITEM.search(u.text) is not None


def schedule(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a time slot of a programme with another slot a few lines away ("12pm - 3pm,
    Courtyard" ... "1pm - 3pm, Street Road Green"), or the act right under such a slot ("The Back
    Porch Jug Band")?  An event's own schedule, not the page's menu."""
    for k in (i, i - 1):
        if k >= 0 and _slot(units[k]):
            if any(_slot(units[j]) for j in range(max(k - RECORD_SPAN, 0), min(k + RECORD_SPAN + 1, len(units))) if j != k):
                return True
    return False


# the verbs a line of the story that introduces a list ends on, with its colon or with the colon
# lost ("The current priorities are" / "• replacing the failing flat roof"; "Activities included:")
_INTRO_VERBS = frozenset("are include includes included including were".split())
# and, with the colon kept, the modal that wants the list's verbs ("Structures should:" / "• Provide
# handgrips, rails, or holds")
_INTRO_MODALS = frozenset("should must will can may".split())
_PRONOUNS = frozenset("we you they i who what where".split())
# the words a sentence's subject opens with
_SUBJECTS = frozenset("the this these that those a an our its their his her my your we you they it he she i".split())


def _ends_on_verb(u: Unit) -> bool:
    """Does the line, capitalised and of ``INTRO_VERB_WORDS`` words or more, end on a verb that
    wants the list under it for its object, its colon aside, or on the "to" of the verbs it lists?
    A section's name never ends on "are" or "include"."""
    if u.n < INTRO_VERB_WORDS or not (u.final == ":" or u.final.isalpha()) or not u.text.lstrip()[:1].isupper():
        return False
    words = u.text.rsplit(None, 2)
    # the verb in lower case after a noun: "Who We Are" and "Who we are" are a menu's items
    last = words[-1].rstrip(":")
    if last in _INTRO_MODALS and u.final != ":":
        return False
    if last == "to":
        # the infinitive's "to", its colon kept, that the list's verbs complete, in a sentence with
        # its subject ("The grant allowed us to:" / "Choose a high-quality lighting system"); not
        # a form's "Subscribe to:", a menu's "Jump to:", a paywall's "Register and gain access to:"
        first = u.text.split(None, 1)[0].lower().replace("’", "'").split("'")[0]
        return u.final == ":" and u.n >= INTRO_LIST_WORDS and first in _SUBJECTS
    return (last in _INTRO_VERBS or last in _INTRO_MODALS) and words[-2].lower() not in _PRONOUNS


def introduces(u: Unit, min_words: int) -> bool:
    """Does the line end like the sentence of the story that introduces the list under it: with a
    colon after ``min_words`` words or more, or on a verb that wants the list (``_ends_on_verb``)?"""
    return (u.final == ":" and u.n >= min_words) or _ends_on_verb(u)


def over_its_list(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a sentence of the story right over the list it introduces, ending on its verb
    ("The current priorities are" / "• replacing the failing flat roof", "Activities included:" /
    "• Fascia Closure")?  No section's name or other story's headline."""
    return i + 1 < len(units) and units[i + 1].kind == LIST_ITEM and _ends_on_verb(units[i])


def introduced(units: list[Unit], i: int) -> bool:
    """Is block ``i`` one of the short lines right under a sentence of the story that ends with a
    colon, with only short lines between, or an item of a list right under such a sentence, however
    long the items above it ("These wastes include, but are not limited to:" / "• Debris which
    should be placed in garbage instead of the sewer system" / "• Food, oil, and grease")?"""
    return introducer(units, i) is not None


def list_head(units: list[Unit], i: int) -> int | None:
    """The block over the list that item ``i`` is in (at most ``INTRODUCED_LIST_ITEMS`` items up),
    or None: the draft starts with the list, or the list runs longer."""
    k = i - 1
    while k >= 0 and i - k <= INTRODUCED_LIST_ITEMS and units[k].kind == LIST_ITEM:
        k -= 1
    return k if k >= 0 and units[k].kind != LIST_ITEM else None


def under_paragraph(units: list[Unit], verdicts: list, i: int) -> bool:
    """Is block ``i`` an item of a list that runs straight on from a paragraph of prose no test
    claimed, with no heading between ("... without them the day would not have been possible!" /
    "- Gems Cakes N Bakes" / "- Jamac Preserves")?  The story's list of what it names; a site's
    menu or link box after a story stands under its own heading.  Across samples 283-322 every
    list item under a paragraph that the test without cues took was the story's (15 lines, 0
    leftovers); a lone bulleted line, or a list of longer lines, may not be."""
    if units[i].kind != LIST_ITEM:
        return False
    k = list_head(units, i)
    if k is None or not units[k].prose or verdicts[k] is not None:
        return False
    # a list of names, not of other stories' headlines ("- Council sets date for bridge vote" /
    # "- Mayor opens new library" right under the story: a link box whose heading the copy lost),
    # judged on its first items, as ``list_head`` finds the paragraph (each of them reads the list
    # again); and a list, not one bulleted line ("• test" under the story, or each of a listing
    # page's teasers, "• The Best Pub Games – Part 1" under the paragraph of Part 2's)
    j = k + 1
    while j < len(units) and j - k <= INTRODUCED_LIST_ITEMS and units[j].kind == LIST_ITEM:
        if units[j].n > NAMED_ITEM_WORDS:
            return False
        j += 1
    return j - k > 2


NAMED_ITEM_WORDS = 4  # "Crepes at Chez Jacey", "Time 08:00 to 09:15"; another story's headline runs longer


def introducer(units: list[Unit], i: int) -> int | None:
    """The sentence ending with a colon that block ``i`` is a line of the list of (``introduced``),
    or None: a list item under it, a short line, or a longer one under a sentence that is plainly
    the story's (``story_introducer``)."""
    if units[i].kind == LIST_ITEM:
        k = list_head(units, i)
        if k is not None and (introduces(units[k], INTRO_LIST_WORDS) or announces_list(units[k])):
            return k
    for k in range(i - 1, max(i - INTRODUCED_SPAN, 0) - 1, -1):
        u = units[k]
        if u.n >= INTRO_SENTENCE_WORDS:
            if u.final == ":":
                return k
            break
        if u.prose:
            return None
    return story_introducer(units, i)


# "the following guidelines", "as follows" (not "the following stories", links to other pages, nor
# "the following day", a time)
_FOLLOWING = lazy(
    r"\b(?:the\s+following|as\s+follows)\b(?!\s+(?:stories|story|articles?|links?|posts?|pages?|sites?|websites?|videos?"
    r"|resources?|reading|reports?|day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|weekend|season"
    r"|summer|winter|spring|autumn|match|game|race|election|decade|century)\b)",
    re.I,
)


def announces_list(u: Unit) -> bool:
    """Does a paragraph of the story announce the list under it in a sentence that goes on ("... we
    have provided the following Guidelines for Use of Air Medical Services. If you have any
    questions, please call us.")?"""
    return u.prose and "ollow" in u.text and _FOLLOWING.search(u.text) is not None


def story_introducer(units: list[Unit], i: int) -> int | None:
    """The sentence of the story ending with a colon over block ``i``, with only lines as short as
    headlines between, or None: a list whose bullets were lost in the copy ("Launched in 2013, the
    aims of the campaign are to:" / "Share the delights of genuine sourdough" / ...).  The sentence
    is not in title case and does not point to other stories ("Here are more stories you might
    enjoy:", "Listed below are links to weblogs that reference ...:").  Or a short line ending on its
    verb ("These are:" / "M1 southbound J14 to J11A").  Past ``INTRODUCED_ITEMS`` lines the list
    must be one unbroken block, line under line, as a list whose bullets were lost is."""
    k = _colon_line_over(units, i)
    if k is None:
        return None
    if story_colon_sentence(units[k]) or (units[k].final == ":" and _ends_on_verb(units[k])):
        return k
    return k if wrapped_colon_end(units, k) else None


def wrapped_colon_end(units: list[Unit], k: int) -> bool:
    """Is block ``k`` the last line of a story's sentence wrapped over lines, ending with a colon:
    a line opening in lower case right under a line of the sentence long enough to be one ("These,
    and the timeframes for their ultimate" / "closures, are:")?"""
    u = units[k]
    if u.final != ":" or k == 0 or not u.text.lstrip()[:1].islower():
        return False
    above = units[k - 1]
    return above.n >= INTRO_SENTENCE_WORDS and above.final not in ".!?:" and line_under(above, u) and not is_title_case(above.words)


GROUP_LABEL_WORDS = 2


def _group_label(u: Unit) -> bool:
    """A group's name in a long list, one or two words in capitals ("Gundog", "Terrier")."""
    return 1 <= u.n <= GROUP_LABEL_WORDS and u.final not in ".!?:,;" and u.text.lstrip()[:1].isupper()


def _group_gap(a: Unit, b: Unit) -> bool:
    """Are ``a`` over ``b`` a group's name and a line of the list, one of each, a blank line between
    ("Canadian Eskimo Dog, Ms S Atkins (Qimugta)" / "" / "Pastoral" / "" / "Briard, Mrs C Foster
    (Fostebrie)": a show's finalists by group)?"""
    return _group_label(a) != _group_label(b)


def _colon_line_over(units: list[Unit], i: int) -> int | None:
    """The nearest line ending with a colon over block ``i`` with only lines as short as headlines
    between (one unbroken block past ``INTRODUCED_ITEMS`` of them, but for its groups' names), or
    None."""
    k = i - 1
    while k >= 0 and i - k <= INTRODUCED_LIST_ITEMS and not units[k].prose and units[k].final != ":" and units[k].n <= HEADLINE_MAX_WORDS:
        k -= 1
    if k < 0 or i - k > INTRODUCED_LIST_ITEMS:
        return None
    if i - k > INTRODUCED_ITEMS and not all(line_under(units[m], units[m + 1]) or _group_gap(units[m], units[m + 1]) for m in range(k + 1, i)):
        return None
    return k


def topic_label_over(units: list[Unit], i: int, body: Body) -> bool:
    """Is block ``i`` a line of a list under a label in title case that names the story's subject
    ("Virginia International Tattoo 2020 Participating Nations:" / "Australia" / "Canada", the
    story about the Tattoo)?  The label shares ``LABEL_TOPIC_WORDS`` topic words with the story's
    prose and points to no other stories ("More Virginia Stories:"); a site's box has a label of
    its own ("Quick Links:")."""
    if units[i].final == ":" or units[i].prose:
        return False  # a label itself, or a paragraph
    k = _colon_line_over(units, i)
    if k is None:
        return False
    label = units[k]
    if label.final != ":" or label.n < LABEL_MIN_WORDS or not is_title_case(label.words) or not _OTHER_STORIES.isdisjoint(w.lower() for w in label.words):
        return False
    return len(label.topic & body.words.keys()) >= LABEL_TOPIC_WORDS


LABEL_MIN_WORDS = 3
LABEL_TOPIC_WORDS = 2


def line_under(a: Unit, b: Unit) -> bool:
    """Is ``b`` on the line right under ``a``, no blank line between?"""
    return b.start - a.end <= 1 + b.indent


def _list_mark(u: Unit) -> str | None:
    """The bullet of an item of a bulleted list, as the reader found the item (``LIST_ITEM``): the
    bullet a plain-text item keeps ("  • External toilets" -> "•"), or "" for a Markdown or HTML
    item, whose marker the reader drops.  None for any other line, and for a plain-text item
    numbered "1."."""
    if u.kind != LIST_ITEM:
        return None
    c = u.text.lstrip()[:1]
    return None if c.isdigit() else "" if c.isalnum() else c


SENTENCE_ITEM_WORDS = 12  # an item this long is a sentence of the writer's, no menu's or link box's label


def sentence_lists(units: list[Unit], verdicts: list) -> frozenset[int]:
    """The items of each bulleted list (items one after another with the same bullet and indent)
    another item of which, one no test claimed, is a sentence of ``SENTENCE_ITEM_WORDS`` words or
    more.  The short items of such a list are the writer's ("• External toilets" under "• Main
    central corridor (with club boards) leading to the two parts of the building"): a page's menus
    and link boxes hold no sentences."""
    out: list[int] = []
    run: list[int] = []
    long_item = False
    mark = None
    for u in (*units, None):
        m = _list_mark(u) if u is not None else None
        if run and (m is None or (m, u.indent) != mark):
            if long_item:
                out.extend(run)
            run, long_item = [], False
        if m is not None:
            mark = (m, u.indent)
            run.append(u.index)
            long_item = long_item or (verdicts[u.index] is None and u.n >= SENTENCE_ITEM_WORDS)
    return frozenset(out)


def story_colon_sentence(u: Unit, min_words: int = INTRO_SENTENCE_WORDS) -> bool:
    """Is the block a sentence of the story that ends with a colon: ``min_words`` words or more,
    not in title case, not pointing to other stories ("Here are more stories you might enjoy:")?"""
    return u.final == ":" and u.n >= min_words and not is_title_case(u.words) and _OTHER_STORIES.isdisjoint(w.lower() for w in u.words)


_OTHER_STORIES = frozenset("stories story articles article posts post links link read reading coverage videos more".split())


SERIES_SPAN = 30  # the next numbered heading of a series stands within this many blocks


def numbered_series(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a numbered heading whose label recurs further down with another number
    ("Step 1: I speak with you about your clock" ... "Step 2: First house call")?  The parts of
    a story, not its headline."""
    text = units[i].text
    m = _LABEL.match(text) if ":" in text else None
    if m is None:
        return False
    label = _label_key(m.group(1))
    if "0" not in label:
        return False
    for j in range(i + 1, min(len(units), i + SERIES_SPAN)):
        other = units[j].text
        o = _LABEL.match(other) if ":" in other else None
        if o is not None and o.group(1) != m.group(1) and _label_key(o.group(1)) == label:
            return True  # the same label with another number ("BUILD 2012:" twice is no series)
    return False


# a part's heading of a word and its number: "Article 5", "Chapter 3", "Day 2", "Stage 4", perhaps
# with its name after a dash or a colon ("Rule 10 - Changes to Rules")
_PART = lazy(r"^\s*([A-Z][a-z]{2,15})\s+(\d{1,3})\s*(?:$|([-–—:]\s+\S))")


# a place in a ranking opening the line ("1st - Sabita Banerji More Gardened Against Than Gardening",
# "2nd: Grace Galton"), shared or not ("Equal 2nd - Williamstown & Camberwell (185)", "=3rd - ...")
_PLACE = lazy(r"^\s*(?:(?:equal|joint|tied)\s+|=\s*)?(\d{1,2})(?:st|nd|rd|th)\b\s*(?:[-–—:]|place\b)", re.I)


def ranked_place(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a place in a ranking with the place before or after it next to it ("1st -
    ..." / "2nd - ..." / "3rd - ..."): a competition's winners, the story's list?"""
    m = _PLACE.match(units[i].text)
    if m is None:
        return False
    place = int(m.group(1))
    for k, want in ((i - 1, place - 1), (i + 1, place + 1)):
        if 0 <= k < len(units) and (o := _PLACE.match(units[k].text)) and int(o.group(1)) == want:
            return True
    return False


def series_part(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a part's heading ("Article 5", "Step 1", "Rule 10 - Changes to Rules") with
    its neighbour in the series near it: the same word with the number before its own above it
    ("Article 4"), or with the number after it below it ("Step 2"), named if it is named?  A part
    of a story in parts (a race's rules, a diary's days, a recipe's steps), not a link around it."""
    text = units[i].text.rstrip()
    if not (text[-1:].isdigit() or (text[:1].isupper() and any(c.isdigit() for c in text[:20]))):
        return False
    m = _PART.match(text)
    if m is None or m.group(2) == "0":
        return False
    word, n, named = m.group(1), int(m.group(2)), m.group(3) is not None

    def is_part(j: int, k: int) -> bool:
        # a bare part's neighbour is bare ("Article 4"); a named part's is named ("Rule 9 - Smoking Policy")
        if not named:
            return units[j].text.strip() == f"{word} {k}"
        p = _PART.match(units[j].text)
        return p is not None and p.group(3) is not None and p.group(1) == word and int(p.group(2)) == k

    if n > 1 and any(is_part(j, n - 1) for j in range(max(0, i - SERIES_SPAN), i)):
        return True
    return any(is_part(j, n + 1) for j in range(i + 1, min(len(units), i + 1 + SERIES_SPAN)))


def in_story_list(ctx: Context, i: int) -> bool:
    """Is block ``i`` an item of a list (as the document's reader found it, in plain text, Markdown or
    HTML alike) whose run of items reaches a paragraph of the article's body?"""
    if ctx.body is None:
        return False
    if ctx.story_lists is None:
        ctx.story_lists = _story_lists(ctx, *ctx.body)
    return ctx.story_lists[i]


def _story_lists(ctx: Context, first: int, last: int) -> list[bool]:
    """``in_story_list`` for every block, one run of list items at a time: an item is in a story's
    list when another item of its run is a paragraph of the body (a long list is walked once, not
    once per item)."""
    units = ctx.units
    flags = [False] * len(units)
    i = 0
    while i < len(units):
        if units[i].kind != LIST_ITEM:
            i += 1
            continue
        j = i
        while j < len(units) and units[j].kind == LIST_ITEM:
            j += 1
        paragraphs = [k for k in range(i, j) if first <= k <= last and units[k].prose and not ctx.in_comments[k]]
        for k in range(i, j):
            flags[k] = len(paragraphs) > 1 or (len(paragraphs) == 1 and paragraphs[0] != k)
        i = j
    return flags


# "2010$14,737Beginning bank balance", "2011 £1,437 Anniversary celebration": a year, then a sum
_LEDGER = lazy(r"(?:19|20)\d\d\s*[$£€]\s?\d")
# "83Our Community HospitalNorth Carolina10.1MicroCAH201720None": a numbered table's row, its
# number, name and figures run together; a sentence never opens on a number glued to a word
_NUMBERED_ROW = lazy(r"\d{1,3}[A-Z][a-z][^.!?]*?[a-z]\d")
# "January 21Martin Luther King Jr. Day": a table's date cell run into the next cell, the copy
# having lost the cells' borders; a menu's or a listing's dates stand apart from their words
_DATED_CELL = lazy(rf"{MONTH}\s+\d{{1,2}}[A-Z]")


def _ledger(u: Unit) -> bool:
    first = u.text[:1]
    if first.isdigit():
        return (first in "12" and _LEDGER.match(u.text) is not None) or _NUMBERED_ROW.match(u.text) is not None
    return first.isupper() and _DATED_CELL.match(u.text) is not None


def ledger(units: list[Unit], i: int) -> bool:
    """Is block ``i`` a row of accounts (a year, then a sum) or of a dated table whose cells ran
    together ("February 14Valentine’s Day", "83Our Community HospitalNorth Carolina10.1Micro")
    beside another such row, or the title right above two such rows ("Below is a Recap of our Fund
    Raising and Expenses", "DateHoliday")?  A club's or a charity's own figures, a restaurant's
    holidays, a hospital table's records, which share no word with its story's prose."""
    if not _ledger(units[i]):
        return i + 2 < len(units) and _ledger(units[i + 1]) and _ledger(units[i + 2])
    return any(_ledger(units[j]) for j in (i - 1, i + 1) if 0 <= j < len(units))


def table_row(units: list[Unit], i: int) -> bool:
    """A row of the article's own records, a placing or a score in its results, a slot of its
    programme, a row of its accounts or of its specs."""
    return record_row(units, i) or placings(units, i) or schedule(units, i) or ledger(units, i) or roll(units, i) or spec_rows(units, i) or score_row(units, i) or division_heading(units, i) or decimal_rows(units, i)


def the_articles(u: Unit, ctx: Context) -> bool:
    """A row of the article's own table (``table_row``), an item of a list the story runs into, or
    a line of a list it introduces."""
    return table_row(ctx.units, u.index) or in_story_list(ctx, u.index) or introduced(ctx.units, u.index)
