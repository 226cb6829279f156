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

The dev drafts keep every such line as content; a labelled tag or category line ("Tags: a, b")
has no field that recurs, and stays the cues' to judge.
"""

from __future__ import annotations

from ...document.model import LIST_ITEM
from .units import Context, Unit
from ...lazyre import lazy

RECORD_SPAN = 4  # a record of up to four lines: its fields recur within four lines

# "Cheesemaker: ", "1st Place TIED: ": a short label, then a colon and a space
_LABEL = lazy(r"^([^\W\d_][^:|]{0,30}?|\d+(?:st|nd|rd|th)\b[^:|]{0,20}?):\s")
_NUMBER = lazy(r"\d+(?:st|nd|rd|th)?")


def _label(text: str) -> tuple[str, ...] | None:
    """The first two words of the line's label, numbers and ordinals made alike ("1st Place" and
    "2nd Place TIED" are both ("0", "place")), or None."""
    m = _LABEL.match(text)
    if m is None:
        return None
    return tuple(_NUMBER.sub("0", m.group(1).lower()).split()[:2])


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


def in_story_list(ctx: Context, i: int) -> bool:
    """Is block ``i`` an item of a list (as the document's reader found it, in plain text, Markdown or
    HTML alike) whose run of items reaches a paragraph of the article's body?"""
    units = ctx.units
    if units[i].kind != LIST_ITEM or ctx.body is None:
        return False
    first, last = ctx.body
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(units) and units[j].kind == LIST_ITEM:
            if first <= j <= last and units[j].prose and not ctx.in_comments[j]:
                return True
            j += step
    return False


def the_articles(u: Unit, ctx: Context) -> bool:
    """A row of the article's own records, or an item of a list the story runs into."""
    return record_row(ctx.units, u.index) or in_story_list(ctx, u.index)
