"""Article body versus page leftovers: one segmentation per document, shared by the BP rules.

The segmenter looks at blocks, not phrases alone:

* **the body** -- the run of prose blocks (long, ending like sentences) that carries the article;
  blocks before its first or after its last paragraph are where page furniture sits;
* **cohesion** -- whether a block shares topic words with the body: a headline or subheading
  does, a navigation item or another story's headline usually does not;
* **shape** -- length, final punctuation, title case, counts "(12)", month archives, bullets;
* **neighbours** -- a short item in a run of flagged items is part of the same list;
* **repetition** -- a caption repeated beside its credit, a fragment of branding repeated;
* **script and language** -- a line in another script than the article's, or in another
  language (function words, ``languages.py``);
* **cues** -- interface vocabulary (``cues.py``), as one signal: a label word counts only when it
  makes up the block, a lead phrase only at the start of a short block;
* **HTML landmarks** -- ``nav``, ``footer``, ``aside``, ``form`` around a block (``block.meta["tags"]``);
* **place in the draft** -- the story's own headline (found once the cues have spoken, and
  never taken by a test without a cue); after every block has its verdict: headings with nothing
  under them after the last paragraph, headings above the story's headline, lone lines
  interrupting the body (``position.py``).

The result is a list of :class:`Leftover` (family, prose span, block range) and the reader-comment
sections; each BP rule reports the leftovers of its family.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import shape
from .appeals import extend_appeals
from .captions import gallery_counters, repeated_alt_text, site_name
from .classify import COMMENTS_ON, COUNT_ON, classify, comment_heading
from .code import TAG_IN_PROSE, absorb_brackets, tag_runs
from .comments import CommentSection, find_comments, header_length, numbered_thread, under_heading
from .families import COMMENTS, Leftover
from .position import head, headline, lone_counts, interruptions, introduced_item, keep_bylines, own_furniture, stray_names, tail, topic_headings
from .tables import under_paragraph
from .languages import document_language
from .lists import (
    cut_teasers, dated_groups, dated_lists, search_results, snippet_lists, wire_listing, headline_listing, extend_headed_lists, lists_holding_the_title, extend_related_tail, fill_lists, fill_teasers, menus, own_teaser, twice_listed, paired_teasers, related_rest, related_teasers, runs,
    separated_lists, spare_list_items,
    lost_contents, page_headers, site_suffixed,
)
from .media import video_boxes
from .structure import author_box, broken_prose, countdown, cut_off, edge_zones, joined_words, named_in_story, own_parts, script_runs, slogans_under_labels, structural as structural_item
from .units import Body, Context, Unit, build_units
from ...document.model import HEADING, HEADLINE
from ...lazyre import lazy

MEMO_KEY = "boilerplate.segmentation"


@dataclass
class Segmentation:
    leftovers: list[Leftover] = field(default_factory=list)
    sections: list[CommentSection] = field(default_factory=list)
    headers: list[tuple[int, int]] = field(default_factory=list)  # prose spans of commenter headers
    body: tuple[int, int] | None = None  # first and last block index of the article body

    def of(self, family: str) -> list[Leftover]:
        return [x for x in self.leftovers if x.family == family]


# -- the segmentation ---------------------------------------------------------------------------
def _ruled(doc, units: list[Unit]) -> list[bool | None] | None:
    """For each heading block of a Markdown or HTML file, whether a rule ("---", ``<hr>``) stands
    right above it (the readers drop the rules from the prose); None for the other blocks, and
    no list at all for plain text, whose rules are lines of their own."""
    if doc.format == "plain":
        return None
    return [bool(b.meta.get("ruled")) if u.kind in (HEADING, HEADLINE) else None for b, u in zip(doc.blocks, units)]


def segmentation(doc) -> Segmentation:
    return doc.memo(MEMO_KEY, lambda: _segment(doc))


# the bare heading over a thread's posts that makes its first post a reply, not the thread's opening
# post ("Comments" / "• steverstever Guest Posts: 52,454": a later page of a forum's thread)
BARE_COMMENT_HEADINGS = frozenset(("comments", "replies", "responses"))


def _segment(doc) -> Segmentation:
    units = build_units(doc)
    seg = Segmentation()
    if not units:
        return seg
    # 1. reader comments
    texts = [u.text for u in units]
    indents = [u.indent for u in units]
    seg.sections, lone = find_comments(
        texts, indents, prose=[u.prose for u in units], ruled=_ruled(doc, units),
        heading=lambda i: comment_heading(units[i]) or units[i].text.strip().lower() in BARE_COMMENT_HEADINGS,
    )
    in_comments = [False] * len(units)
    for s in seg.sections:
        _take(seg, s, units, in_comments)
    for i in lone:
        in_comments[i] = True
    # comments under their section's heading, the commenter headers gone: after the article only
    first_prose = next((u.index for u in units if u.prose), len(units))
    lone_set = frozenset(lone)
    for u in units:
        if u.index <= first_prose or in_comments[u.index]:
            continue
        count = _count_heading(u)
        bare = count or _bare_heading(u, units)
        if bare and _head_section(seg, u.index, in_comments):  # right over a section found by its headers
            continue
        if _site_builder_comments(u, units):
            s = CommentSection(u.index, len(units) - 1, ())
            lone = [i for i in lone if i < s.first]  # one finding for the section
            seg.sections.append(s)
            _take(seg, s, units, in_comments)
            break
        if bare or (comment_heading(u) and _names_the_post(u, units)):
            s = under_heading(texts, u.index, in_comments, headers=lone_set, indents=indents)
            if s is not None and count and not _counted_comments(s, units):
                s = None
            if s is not None:
                if bare:  # no cue knows the heading: it goes with the section
                    s = CommentSection(u.index, s.last, s.headers)
                lone = _add_section(seg, s, units, in_comments, lone)
    # comments set as the page's ordered lists under the post, a reply numbered from 1 again
    thread = numbered_thread(units, first_prose, in_comments)
    if thread is not None:
        lone = _add_section(seg, CommentSection(thread[0], thread[1], (), "a thread set as numbered lists"), units, in_comments, lone)
    # 2. the body: first to last prose block outside comments
    prose_idx = [u.index for u in units if u.prose and not in_comments[u.index]]
    if prose_idx:
        seg.body = (prose_idx[0], prose_idx[-1])
    body_words = Body(units, in_comments)
    doc_counts = _doc_scripts(doc.prose)
    doc_script = _main_script(doc_counts)
    # 3. each block on its own
    structural = body_words and doc_script != "thai"
    edge = edge_zones(units, body_words, in_comments) if structural else [False] * len(units)
    # how many blocks hold each block's text, its runs of spaces as one ("the prince of wales ...
    # cornwall  day one" and "... cornwall day one" under each picture of a gallery)
    keys = [u.text if "  " not in u.text else " ".join(u.text.split()) for u in units]
    seen = Counter(keys)
    counts = [seen[k] for k in keys]
    repeated = [c > 1 for c in counts]
    ctx = Context(units, seg.body, body_words, doc_script, in_comments, [(k.start, k.end) for k in doc.links], edge, repeated)
    if "latin" not in doc_counts or len(doc_counts) > 1:
        ctx.doc_counts = doc_counts
    if body_words and doc_script == "latin":
        ctx.language = document_language(body_words)
    verdicts: list[tuple[str, str] | None] = [None] * len(units)
    for u in units:
        if in_comments[u.index]:
            continue
        verdicts[u.index] = classify(u, ctx) or (repeated_alt_text(u, counts[u.index]) if repeated[u.index] else None)
    gallery_counters(units, verdicts, counts)
    script_runs(ctx, verdicts)
    cued = len(units) - 1 if verdicts[-1] is not None else None  # the last line, claimed by a cue
    absorb_brackets(units, verdicts)
    # a video's title over its running time, before the headline is looked for among the titles
    video_boxes(ctx, verdicts)
    search_results(ctx, verdicts)
    wire_listing(ctx, verdicts)
    headline_listing(ctx, verdicts)
    # the story's headline is found among the blocks no cue claimed; the test without cues
    # (short items at the edges sharing no word with the story) leaves it alone
    if structural:
        ctx.headline = headline(ctx, verdicts)
        claimed = []
        for u in units:
            if (
                verdicts[u.index] is None and not in_comments[u.index] and u.index != ctx.headline
                and not introduced_item(units, verdicts, u.index) and not under_paragraph(units, verdicts, u.index)
            ):
                # (an item of a list that a sentence of the story opens, or a heading naming what the
                # paragraph over it speaks of, or that runs straight on from its paragraph, is the
                # story's, after its last paragraph too)
                verdicts[u.index] = structural_item(u, ctx)
                if verdicts[u.index] is not None:
                    claimed.append(u.index)
        spare_list_items(ctx, verdicts, claimed)
    site_name(ctx, verdicts)
    page_headers(ctx, verdicts)
    site_suffixed(ctx, verdicts)
    lost_contents(ctx, verdicts)
    twice_listed(ctx, verdicts)
    # 4. list context: short items between flagged items outside the body belong to the list
    dated_lists(ctx, verdicts)
    dated_groups(ctx, verdicts)
    lists_holding_the_title(ctx, verdicts)
    separated_lists(ctx, verdicts)
    cut_teasers(ctx, verdicts)
    snippet_lists(ctx, verdicts)
    fill_lists(ctx, verdicts)
    fill_teasers(ctx, verdicts)
    extend_headed_lists(ctx, verdicts)
    own_teaser(ctx, verdicts)
    # 5. place in the draft: what follows the article's last paragraph, lines that interrupt it
    if structural:
        menus(ctx, verdicts)
        head(ctx, verdicts)
        lone_counts(ctx, verdicts)
        tail(ctx, verdicts)
        extend_related_tail(ctx, verdicts)
        related_teasers(ctx, verdicts)
        paired_teasers(ctx, verdicts)
    # (a document site's box of other uploads needs no story above it: the page may have no prose)
    if structural or ctx.body is None:
        related_rest(ctx, verdicts)
    if structural:
        stray_names(ctx, verdicts)
        interruptions(ctx, verdicts)
        own_furniture(ctx, verdicts)
    topic_headings(ctx, verdicts)
    own_parts(ctx, verdicts)
    # the lines of a subscription, follow or donation box around the prompt found in it
    extend_appeals(ctx, verdicts)
    if structural:
        slogans_under_labels(ctx, verdicts)  # (a box's blurb the box above did not take)
    keep_bylines(ctx, verdicts)
    named_in_story(ctx, verdicts)
    cut_off(ctx, verdicts, cued)
    if structural:
        author_box(ctx, verdicts)
    broken_prose(ctx, verdicts)
    joined_words(ctx, verdicts)
    countdown(ctx, verdicts)
    # 6. runs of one family become one finding
    seg.leftovers = runs(units, verdicts)
    # a paragraph with tags in several places: the verdict holds the first run, the rest here
    for u in units:
        v = verdicts[u.index]
        if v is not None and len(v) == 4 and v[1] == TAG_IN_PROSE:
            for a, e in tag_runs(u.text)[1:]:
                seg.leftovers.append(Leftover(v[0], u.start + a, u.start + e, u.index, u.index, TAG_IN_PROSE))
    for s in seg.sections:
        a, b = units[s.first], units[s.last]
        what = f"{len(s.headers)} comment{'s' if len(s.headers) > 1 else ''}" if s.headers else s.shape
        seg.leftovers.append(Leftover(COMMENTS, a.start, b.end, s.first, s.last, f"reader comments ({what})"))
    for i, j in _runs(lone):  # a poster's header with the forum's card under it is one finding
        seg.leftovers.append(Leftover(COMMENTS, units[i].start, units[j].end, i, j, LONE_COMMENTER))
    seg.leftovers.sort(key=lambda x: (x.start, x.end))
    return seg


LONE_COMMENTER = "commenter line"


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Sorted block indices as runs of consecutive ones, first and last."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _add_section(seg: Segmentation, s: CommentSection, units: list[Unit], in_comments: list[bool], lone: list[int]) -> list[int]:
    """Add a comment section found without the page's headers (under its heading, or a thread of
    numbered lists) and take its blocks; the lone commenter lines left outside it (one finding for
    the section)."""
    seg.sections.append(s)
    _take(seg, s, units, in_comments)
    return [i for i in lone if not s.first <= i <= s.last]


def _take(seg: Segmentation, s: CommentSection, units: list[Unit], in_comments: list[bool]) -> None:
    """Mark the blocks of a comment section as comments and keep its commenter headers' spans."""
    seg.headers.extend((units[i].start, units[i].start + header_length(units[i].text)) for i in s.headers)
    for i in range(s.first, s.last + 1):
        in_comments[i] = True


_ADD_COMMENTS = "Click here to add your own comments"
ADD_COMMENTS_SPAN = 3


def _site_builder_comments(heading: Unit, units: list[Unit]) -> bool:
    """Does a site builder's comment area start here, to the end of the page: "Comments for" and
    the post's own title, over its button "Click here to add your own comments" (SiteBuildIt, its
    comments under a title of their own and "by: Anonymous")?"""
    text = heading.text.strip()
    if not text.startswith("Comments for ") or heading.n > HEADING_WORDS:
        return False
    if not any(v.text.strip() == _ADD_COMMENTS for v in units[heading.index + 1 : heading.index + 1 + ADD_COMMENTS_SPAN]):
        return False
    return _post_title_above(text[len("Comments for ") :].strip().lower(), units, heading.index, whole=True)


def _names_the_post(heading: Unit, units: list[Unit]) -> bool:
    """Does a comment heading that quotes a title ("3 thoughts on “Random Wednesday Blogging")
    quote a line above it, the post's own title?  Then the text under it is the post's comments;
    "8 thoughts on “6 Tips”" inside a story quotes nothing of it.  A heading without a title
    ("Replies to This Discussion", "Showing 6 comments") is a page's string wherever it stands."""
    m = COMMENTS_ON.match(heading.text)
    if m is None:
        return True
    title = heading.text[m.end() :].strip().rstrip("”\"’'»").strip().lower()
    if title.endswith(("…", "...")):
        title = title.rstrip(".…").rstrip()  # a title the theme cut short ("5 responses to “And The Winner Is…")
    return _post_title_above(title, units, heading.index, whole=False)


TITLE_CHARS = 10  # a quoted title this long ties a comment heading to the post


def _post_title_above(title: str, units: list[Unit], end: int, whole: bool) -> bool:
    """Is ``title`` (lower case) a line above block ``end``, the post's own title: the whole line,
    or with ``whole`` false one cut short on either side (a quoted title may lose its end)?"""
    if len(title) < TITLE_CHARS:
        return False
    for v in units[:end]:
        line = v.text.strip().lower()
        if line == title or (not whole and len(line) >= TITLE_CHARS and (line.startswith(title) or title.startswith(line))):
            return True
    return False


HEADING_WORDS = 40
# a comment heading with the post's title unquoted: "One Response to Trawlers defeat relief for
# halibut fishermen – Balk at Compensation" under the post of that title
_COUNT_ON = lazy(COUNT_ON + r"(?=\w)", re.I)


def _head_section(seg: Segmentation, heading: int, in_comments: list[bool]) -> bool:
    """Give the comment section starting right under ``heading`` its heading ("2 Responses to
    Knitting for premature babies" over "1. Willetta Shvey says:"); False when none starts there."""
    for k, s in enumerate(seg.sections):
        if s.first == heading + 1:
            seg.sections[k] = CommentSection(heading, s.last, s.headers)
            in_comments[heading] = True
            return True
    return False


def _bare_heading(heading: Unit, units: list[Unit]) -> bool:
    """Is the block a comment heading whose title, unquoted, is the post's own title (a line
    above it, word for word)?"""
    if heading.n > HEADING_WORDS or heading.final in ".!?" or not heading.words:
        return False
    m = _COUNT_ON.match(heading.text)
    if m is None:
        return False
    return _post_title_above(heading.text[m.end() :].strip().lower(), units, heading.index, whole=True)


# a blog's count over its comments, the count and the colon alone: "12 comments:", "One comment:"
# (Blogger; "No comments:" heads nothing, and a count in a sentence goes on after the colon)
_COUNT_HEADING = lazy(r"^\s*(?:[1-9]\d{0,4}|" + shape.NUMBER_WORDS + r")\s+comments?:\s*$", re.I)


def _count_heading(heading: Unit) -> bool:
    """Is the block a blog's comment count over the comments ("12 comments:")?"""
    return heading.n <= 2 and heading.text.rstrip().endswith(":") and _COUNT_HEADING.match(heading.text) is not None


# what may stand under a blog's comments, after the last one: its comment box's prompt, its pager
_AFTER_COMMENTS = ("post a comment", "leave a reply", "leave a comment", "add a comment", "newer post", "older post")


def _counted_comments(s: CommentSection, units: list[Unit]) -> bool:
    """Are the blocks under a comment count comments: a commenter's line among them, a list
    numbered from 1, or the comment box's prompt right under them?  Not the rest of a story
    with a count of comments above it."""
    if s.headers or units[s.first].text.lstrip().startswith(("1.", "1)")):
        return True
    nxt = units[s.last + 1].text.strip().lower() if s.last + 1 < len(units) else ""
    return nxt.startswith(_AFTER_COMMENTS)


def _doc_scripts(prose: str) -> dict[str, int]:
    """Letters per script, as far as the segmentation reads them: which script leads, and the
    counts only when a script other than Latin is there (``structure.foreign_script``).  Text
    whose only non-ASCII characters are punctuation (curly quotes, dashes) is not counted letter
    by letter: it is Latin when it has a letter at all (``test_doc_scripts_shortcut_agrees``)."""
    if prose.isascii():
        return {"latin": 1}
    if not shape.has_non_ascii_letter(prose):
        return {"latin": 1} if _ASCII_LETTER.search(prose) else {}
    return shape.script_counts(prose)


_ASCII_LETTER = lazy(r"[A-Za-z]")


def _main_script(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return script if n >= 0.8 * sum(counts.values()) else None
