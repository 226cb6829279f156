"""Video boxes: a video's title over its running time, as a player or a playlist prints them.

A page's video player or playlist leaves, in the copied text, each video's title on one line and
its length on the next ("Photos show coral dying in global event" / "02:20 - Source: CNN"), with
the thumbnail's file name above and "Go to video" buttons around.  A running time alone on a line
is never prose, but a clock time or a race result can look like one, so a time counts as a video's
length only when it names its source ("- Source: CNN"), or when two or more times each stand under
a title of four words or more and one of them is not a round clock time (its last digit neither
0 nor 5: "00:31"), which a schedule's "10:30" and "11:45" are.
"""

from __future__ import annotations

import re

from ...lazyre import lazy
from .families import RELATED
from .lexicon import DECORATION
from .shape import SENTENCE_END
from .units import TITLE_MAX_WORDS, Context

_LENGTH = lazy(
    r"\(?(\d{1,2}):([0-5]\d)\)?(?:\s*[-–—|]\s*(?:(source|video|via)\b\s*:?\s*\S.{0,40}))?",
    re.I,
)
_BUTTONS = frozenset({"go to video", "watch video", "play video", "watch the video", "watch now", "more videos", "play"})
_THUMBNAIL = lazy(r"\S+\.(?:jpe?g|png|gif|webp)", re.I)  # the last word of the line: "... natpkg_00021209.jpg"
TITLE_MIN_WORDS = 4
LENGTH = "running time of a video"
TITLE = "title of a video"
THUMBNAIL = "file name of a video's picture"
BUTTON = "video-player button"
BOX_ITEMS = frozenset({LENGTH, TITLE, THUMBNAIL, BUTTON})


def video_boxes(ctx: Context, verdicts) -> None:
    """Mark the titles, running times, thumbnails and buttons of a page's videos (family RELATED)."""
    units = ctx.units
    n = len(units)
    if n < 2 or ":" not in "".join(u.text for u in units if u.n <= 6):
        return
    free = [verdicts[k] is None and not ctx.in_comments[k] for k in range(n)]

    def title(k: int) -> bool:
        u = units[k]
        return free[k] and not u.prose and TITLE_MIN_WORDS <= u.n <= TITLE_MAX_WORDS and u.final not in SENTENCE_END

    sourced: list[int] = []
    paired: list[int] = []
    off_round = False
    for k, u in enumerate(units):
        if u.n > 6 or not free[k]:
            continue
        m = _LENGTH.fullmatch(u.text.strip())
        if not m:
            continue
        if m.group(3):
            sourced.append(k)
        elif k and title(k - 1):
            paired.append(k)
            off_round = off_round or m.group(2)[-1] not in "05"
    lengths = sourced + (paired if len(paired) >= 2 and off_round else [])
    if not lengths:
        return
    marked: set[int] = set()
    for k in lengths:
        verdicts[k] = (RELATED, LENGTH)
        marked.add(k)
        if k and title(k - 1):
            verdicts[k - 1] = (RELATED, TITLE)
            marked.add(k - 1)
            if k >= 2 and free[k - 2] and 1 <= units[k - 2].n <= 12 and _THUMBNAIL.fullmatch(units[k - 2].text.split()[-1]):
                verdicts[k - 2] = (RELATED, THUMBNAIL)
                marked.add(k - 2)
    # the player's buttons beside a video, and a title between two of the box's lines
    for _ in range(2):
        for k in range(n):
            if k in marked or not free[k]:
                continue
            near = (k - 1 in marked) + (k + 1 in marked)
            if near and _button(units[k].text):
                verdicts[k] = (RELATED, BUTTON)
                marked.add(k)
            elif title(k) and (near == 2 or (k > 0 and verdicts[k - 1] == (RELATED, LENGTH) and (k + 1 == n or _button(units[k + 1].text)))):
                # between two of the box's lines, or the next video's title after a running time,
                # over its button (its own time cut off)
                verdicts[k] = (RELATED, TITLE)
                marked.add(k)


def _button(text: str) -> bool:
    return text.strip(DECORATION).lower() in _BUTTONS
