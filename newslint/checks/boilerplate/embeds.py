"""Lines a page's embeds and slots leave in the copied text, each in a shape no sentence of a story
has: an embedded Instagram post's credit line ("A post shared by Cecilia Gonzalez
(@ceciliagcomedy)"), the label a news site's player runs into a caption ("Media CaptionHow Does A
Crossword Setter Compile A Quiz?"), and an ad slot's label over the story's next paragraph ("More
under this ad").  Each is read from the line alone, so it carries to sites never seen.
"""

from __future__ import annotations

import re

from ...lazyre import lazy
from .families import AD_MARKER, CREDIT, NOTICE
from .units import Unit

# Instagram's embed code prints, under the post it could not show, who shared it and their handle,
# and in older embeds the date: "A post shared by 3Es Comedy Club (@3escomedy) on Mar 3, 2019 at
# 10:15am PST", "A photo posted by Coldplay (@coldplay) on" (the date lost with its link)
_SHARED_POST = lazy(r"^\s*A\s+(?:post|photo|video)\s+(?:shared|posted)\s+by\s+\S.{0,80}?\(@[\w.]{1,30}\)(?:\s+on\b[^.!?]{0,40})?\s*$")
SHARED_POST_WORDS = 30
SHARED_POST = "an embedded post's credit line, the post itself not copied"

# the label a player's or a picture's caption opens with, the label's space lost or kept ("Media
# captionHow does ...", "Image caption Firefighters at the scene"): the caption of a picture or a
# video that was not copied
_CAPTION_LABEL = lazy(r"^\s*(?:Media|Image|Video)\s?[Cc]aption(?=[A-Z0-9“\"‘']|\s+\S)")
CAPTION_LABEL_WORDS = 40
CAPTION_LABEL = "a picture's or a video's caption, its label run into it"

# an ad slot's label over the story's next paragraph: "More under this ad", "Story continues under
# the advertisement", "Article continues after this ad", "Scroll down to continue reading below the ad",
# "Content continues after advertisements"
_AD_SLOT = lazy(
    r"^\s*(?:(?:the\s+)?(?:story|article|text|post|content|reading)\s+)?"
    r"(?:more|continues?|continue\s+reading|keep\s+reading|scroll(?:\s+down)?(?:\s+to\s+(?:continue|keep)\s+reading)?)\s+"
    r"(?:below|under|underneath|beneath|after)\s+(?:(?:this|the)\s+)?(?:ad|advert|advertisement)s?\s*[.:…]*\s*$",
    re.I,
)
AD_SLOT_WORDS = 10


def embed_line(u: Unit) -> tuple[str, str] | None:
    """What an embed or an ad slot left on the line (see the module's note), or None."""
    text = u.text
    first = text.lstrip()[:1]
    if first == "A" and u.n <= SHARED_POST_WORDS and text.rstrip()[-1:] in ")TtMmn" and _SHARED_POST.match(text):
        return NOTICE, SHARED_POST
    if first in "MIV" and u.n <= CAPTION_LABEL_WORDS and "aption" in text[:15] and _CAPTION_LABEL.match(text):
        return CREDIT, CAPTION_LABEL
    if u.n <= AD_SLOT_WORDS and " ad" in text.lower() and _AD_SLOT.match(text):
        return NOTICE, AD_MARKER
    return None
