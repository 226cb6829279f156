"""Photo credits and captions run into the text, and the site name they are signed with."""

from __future__ import annotations

import re

from .families import COPYRIGHT, CREDIT, NAVIGATION, TAGLINE, WHAT
from .names import looks_like_person
from .shape import CLOCK, letters_key
from .units import Context, Unit, recurring
from ...document.model import HEADLINE
from ...lazyre import lazy

# "Photo: Reuters A man walks ..." -- a credit label with a caption run on after it
_CREDIT_LEAD = lazy(
    r"^\s*(?:©\s*)?(?:photo(?:graph)?s?|image|picture|foto|фото|bild)\s*(?:credit)?\s*:\s*\S", re.I
)


SOURCE_WORDS = 5  # the credit's words after its label, before the caption runs on
# what a credit names and a caption does not: an agency, a stock library, a handout, a pool
_AGENCIES = frozenset(
    """reuters afp ap getty epa shutterstock alamy istock courtesy pa xinhua tass ria sputnik anadolu
    bloomberg ansa dpa efe zuma sipa rex wikimedia unsplash pexels pool handout""".split()
)


# A picture's credit alone on its line, under the caption or where the picture was:
# - a label and the source: "Photo: Martin Bowyer", "Image Credit: University of Leeds", "Photo by
#   Element5 Digital on Unsplash", "Image source Times of India", "Illustration: Guardian Design",
#   "Image via Cartoon Network", "Photo courtesy of Keith Allison", "Courtesy of Drone Racing League",
#   "All pictures by Tom Craven.", "Images from TikTok.", "Photo credit www.aljazeera.com",
#   "Credit...Alex Slitz/Lexington Herald-Leader, via Associated Press" (a newspaper's label and ellipsis),
#   "Photographed by Maria V.", "Video Credit: AsiaWire", "Cover image courtesy of the Australian
#   Turf Club", "Photograph by Peter Trimming (courtesy of Wikipedia)"
#   (a site's address for a source), "Photography courtesy of Indie Hops"; not a credit in brackets
#   ("(Image credit: All About Space)", "(Photo by Johannes Simon)"), which the extraction
#   benchmark's gold keeps with the story as its picture's credit;
# - a photographer and the agency: "David Zalubowski/AP", "Scott Olson/Getty Images", "A. Majeed—AFP";
# - a stock library's name alone: "Getty Images", "Getty", "Shutterstock" (a news agency's name alone,
#   "REUTERS", is the story's dateline credit, article furniture), or its embed's ("Embed from Getty
#   Images").
_LONE_LABEL = lazy(
    r"^\s*(?:[-–•·]\s+)?(?:©\s*)?(?:(?:(?:all|more|featured|above|cover|header|top|main|lead)\s+)?(?:photo(?:graph)?s?|photography|photographed|images?|pictures?|pics?|illustrations?|graphics?|artwork|foto)"
    r"(?:\s+(?:credits?|source))?\s*(?::|\b(?:by|via|from|courtesy(?:\s+of)?)\b)|(?:image|photo|picture|video)\s+(?:credits?|source|copyright)\b\s*:?"
    r"|credits?\s*(?::|\.\.\.|…)|courtesy(?:\s+of)?\b|(?:time[- ]?lapse\s+)?(?:videos?|footage)\s+courtesy(?:\s+of)?\b"
    r"|(?:image|photo|pic|picture)\s+credits?\s+[–—-])"
    r"\s*(?P<source>\S.*)$",
    re.I,
)
LONE_CREDIT_WORDS = 8  # the whole line, label and source
# thanks for the pictures, the whole line: "Thanks to Carol Horton for providing the photographs.",
# "Many thanks to Jim Lee for the photos" (a sentence going on after them is the story's)
_THANKS_CREDIT = lazy(
    r"^\s*(?:(?:many|special|our)\s+)?(?:thanks|thank\s+you)\s+(?:to\s+)?(?-i:[A-Z])[^,;:]{0,50}?\s+for\s+"
    r"(?:(?:providing|supplying|sending|sharing|taking|the\s+use\s+of|letting\s+us\s+use)\s+)?(?:the|these|this|her|his|their|our)?\s*"
    r"(?:photo(?:graph)?s?|pictures?|images?|pics?|video|footage)\s*[.!]?\s*$",
    re.I,
)
THANKS_CREDIT_WORDS = 16
LONE_CREDIT = "picture credit on its own line"
# the source's words: names, in capitals, joined by small words ("Times of India", "Element5 Digital
# on Unsplash"); "Courtney, aged 6, with bat detector" is a caption
# ("Image by Michelle Raponi from Pixabay", "photo credit: The Travelling Bum via photopin cc")
_SOURCE_JOINS = frozenset("of on at via for and the de la le van von da di del by from cc & / - — – |".split())
_SITE_ADDRESS = lazy(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?$", re.I)  # "www.aljazeera.com"
_STOCK_LIBRARY = lazy(r"^\s*(?:(?:embed\s+from\s+)?getty(?:\s+images)?|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|unsplash|pexels|pixabay)\s*$", re.I)
# the picture agencies and libraries that sign a photographer's credit ("Achmad Ibrahim/AP Images")
PICTURE_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|Getty(?:Images)?|EPA|Shutterstock|Alamy|PA|Bloomberg|NBAE|Xinhua|dpa|Anadolu|Sipa|"
    r"ZUMA|SOPA|NurPhoto|Pool|POOL|Invision|IMAGO|Imago|AAP|WireImage|EyeEm|INPHO|Inpho|Sportsfile|iStock(?:photo)?|Istock(?:photo)?)\b(?:\.com\b)?"
)
# the free libraries and the platforms a picture or a frame was taken from ("Mark Pearson / Unsplash",
# "FOX 8 News Cleveland/Youtube", "@CapeHatterasNPS / Twitter")
_PICTURE_SITE = r"(?:Unsplash|Pexels|Pixabay|Flickr|Wikimedia(?:\s+Commons)?|YouTube|Youtube|Twitter|Instagram|Facebook)\b"
_AGENCY_SIGNED = r"(?:" + PICTURE_AGENCY + r"(?:\s+(?:Images|Photo|Pictures))?|" + _PICTURE_SITE + r")"
# (with the library's collection between them: "Image Source/DigitalVision/Getty Images", "•••
# Agung Parameswara/Getty Images News/Getty Images", "© Alex Tihonov - Moment/Getty Images"; a
# user's name in lower case: "••• skynesher / Getty Images")
_PHOTOGRAPHER_AGENCY = lazy(
    r"^\s*(?:[•·]+\s*|©\s*)?(?:@?[A-Z][\w.'’-]+(?:\s+[A-Z0-9][\w.'’-]*){0,3}|@?[a-z][a-z0-9_.-]{2,25})(?:\s?[/—]\s?|\s[-–]\s)(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2}\s?/\s?)?" + _AGENCY_SIGNED + r"(?:\s?/\s?" + _AGENCY_SIGNED + r")*\s*$"
)
# a picture's label, its subject and its credit: "Image - hose pipe: Daniel Heighton/shutterstock"
_LABELLED_CREDIT = lazy(
    r"^\s*(?:image|photo|picture)s?\s*[-–—:]\s*[^:/]{1,60}:\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s?/\s?(?i:" + PICTURE_AGENCY + r")\s*$",
    re.I,
)
LABELLED_CREDIT_WORDS = 14


def _named_subject(text: str) -> bool:
    """Is the file title's subject, before its dash, names ("Amanda Gorman with Tracy K Smith"), not
    a sentence ("The photo was saved as flood - final.jpg")?  Most of its words capitalised."""
    subject = re.split(r"\s[-–]\s", text.strip().lstrip("-•* "), maxsplit=1)[0].split()
    return 2 * sum(w[:1].isupper() for w in subject) > len(subject)


# the line Flickr's embed code leaves for each picture: its title, its owner, the site ("IMGP0063 by
# Mockingbird!, on Flickr", "Lock keeper's cottage by Peter Hall, on Flickr")
_FLICKR_EMBED = lazy(r"^\s*\S.{0,150}?\sby\s\S.{0,60}?,\son\sFlickr\s*$")
EMBED_LINE_WORDS = 30  # an embed's line at most, Flickr's or Vimeo's
# a video embedded from Vimeo leaves its fallback line, the video's title, its owner and the site
# ("Murmuration from Sophie Windsor Clive on Vimeo."): the owner named, each word capitalised
_VIMEO_EMBED = lazy(r"^\s*\S.{0,150}?\sfrom\s(?:[A-Z0-9@][\w.'’&-]*\s){1,6}on\sVimeo\.?\s*$")


def lone_credit(u: Unit, ctx: Context) -> tuple[str, str] | None:
    """A picture's credit alone on its line (``_LONE_LABEL``, ``_PHOTOGRAPHER_AGENCY``,
    ``_STOCK_LIBRARY``).  A photographer's name and an agency right under the headline may be the
    story's byline ("Josh Boak/AP"): left alone there."""
    if u.n <= THANKS_CREDIT_WORDS and u.text.lstrip()[:1] in "TtMm" and _THANKS_CREDIT.match(u.text):
        return CREDIT, LONE_CREDIT
    if u.text.rstrip().endswith("Flickr") and u.n <= EMBED_LINE_WORDS and _FLICKR_EMBED.match(u.text):
        return CREDIT, LONE_CREDIT
    if u.text.rstrip(" .").endswith("Vimeo") and u.n <= EMBED_LINE_WORDS and _VIMEO_EMBED.match(u.text):
        return CREDIT, LONE_CREDIT
    if u.n > LONE_CREDIT_WORDS or (u.final and u.final in "!?:;,"):
        return None
    if u.final == "." and not _LONE_LABEL.match(u.text):
        return None  # a full stop may close a label's credit only ("All pictures by Tom Craven.")
    if not _reads_as_credit(u, ctx):
        return None
    # "Text by Mahfuzul Haque" / "Photos by Sam Green": the story's credits, together; not one credit
    # twice, its alt text and its line ("Photo Credit: Craig Cameron / Unsplash" over itself)
    above = ctx.units[u.index - 1] if u.index > 0 else None
    if above is not None and _under_byline(above) and above.text.strip() != u.text.strip():
        return None
    return CREDIT, LONE_CREDIT


USER_NAME = lazy(r"[a-z][a-z0-9_.-]{2,25}")  # one lower-case word, digits or an underscore allowed


def _named_photo(text: str) -> bool:
    """A photographer's name and "photo": "Trevor James photo" (not "Family photo")."""
    name = text.rstrip()
    name = name[: name.rfind(" ")].strip()
    return looks_like_person(name)


def _reads_as_credit(u: Unit, ctx: Context) -> bool:
    text = u.text
    m = _LONE_LABEL.match(text) if text.lstrip(" -–•·")[:1] in "©PpIiGgAaFfCcVvTt" else None
    if m:
        words = m.group("source").split()
        if len(words) == 1 and USER_NAME.fullmatch(words[0]):
            return True  # a photo site's user name ("Photo: loki11")
        if all(
            w[:1].isupper() or w[:1].isdigit() or w[:1] in "©@" or (w[:1] == "(" and w[1:2].isupper())
            or (w[:1].islower() and w[1:2].isupper())  # "iPhone Savior"
            or (w[:1] == "(" and w[-1:] == ")" and len(w) > 2)  # the photographer's user name, "(nubikini)"
            or w.lower() in ("(courtesy", "(via")  # the photographer and the library ("Peter Trimming (courtesy of Wikipedia)")
            or w.lower() in _SOURCE_JOINS or _SITE_ADDRESS.match(w)
            or (k > 0 and words[k - 1].lower() in ("via", "from") and w.isalnum())  # a site in lower case ("via photopin cc")
            or (k + 2 < len(words) and words[k + 1].lower() in ("from", "on", "via") and USER_NAME.fullmatch(w))  # a user's name at a library ("benmenting from Pixabay")
            for k, w in enumerate(words)
        ):
            return True
        # (a library's photographer may be named like a label: "Image Source/DigitalVision/Getty Images")
    if ("/" in text or "—" in text) and u.index > 0 and ctx.units[u.index - 1].kind != HEADLINE and _PHOTOGRAPHER_AGENCY.match(text):
        return True
    if "via" in text and (_VIA_GIF_LIBRARY.match(text) or _VIA_PICTURE_LIBRARY.match(text)):
        return True
    return u.n <= 4 and _STOCK_LIBRARY.match(text) is not None


# an animated picture's credit: the show or the maker and the library it came through ("The
# Simpsons/Fox via Giphy")
_VIA_GIF_LIBRARY = lazy(r"^\s*\S.{0,50}?\s+via\s+(?:giphy|tenor|gfycat|imgur)\s*$", re.I)
# a photographer's credit through a library, its licence between ("Jeff Greenberg/Universal Images
# Group via Getty Images", "Jeremy Thompson, CC BY 2.0 via Wikimedia Commons")
_VIA_PICTURE_LIBRARY = lazy(
    r"^\s*[A-Z][\w.'’-]*(?:[\s/][A-Z][\w.'’&-]*){0,7},?(?:\s+CC[\w\s.-]{0,12})?\s+via\s+"
    r"(?:Getty\s+Images|Wikimedia\s+Commons|Shutterstock|Flickr|Unsplash|Pexels|Alamy|AP|Reuters|AFP)\s*$"
)


def _under_byline(above: Unit) -> bool:
    from .structure import has_byline  # (structure reads this module's tests)

    # a label alone ("Source", "Image copyright") names no one: the credit under it is no story's credit
    return 2 <= above.n <= LONE_CREDIT_WORDS and has_byline(above.text) and not _BARE_MEDIA_LABEL.match(above.text)


def _source_first(text: str) -> bool:
    """Does the text after the label open with a source ("Photo: Reuters A man walks ...", "©
    Photo : Twitter / @CENTCOM ..."), not with the caption itself ("Photo: Courtney, aged 6, with
    bat detector ...", "IMAGE: James Fitzgerald and newly-housed koala make acquaintance.")?  A
    sign, a slash, a handle, an agency's name or a word in capitals within its first words."""
    if text.lstrip().startswith("©"):
        return True
    after = text.split(":", 1)[1].split()[:SOURCE_WORDS]
    for w in after:
        if any(c in w for c in "©/@|"):
            return True
        bare = w.strip(".,;()[]")
        if bare.lower() in _AGENCIES or (len(bare) >= 2 and bare.isupper() and bare.isalpha()):
            return True
    return False


# "... a man walks past the ruins (Photo: Reuters)" at the end of a paragraph
_CREDIT_TAIL = lazy(r"\((?:photo|image|picture|foto)(?:\s+credit)?\s*(?::|by)\s*[^)]{2,60}\)\s*$", re.I)
# "Climate activists stage blockades of roads. Photo: © Mark Kerrison / Alamy Stock Photo": a
# caption's sentence, then its credit run on after it (no sentence of its own: no full stop)
_CREDIT_END = lazy(
    r"(?<=[.!?”\"])\s+(?:©\s*)?(?:(?i:photo(?:graph)?s?|images?|pictures?|foto)(?:\s+(?i:credit)s?)?|(?i:credit)s?)"
    r"\s*:\s*(?:©\s*)?[A-Z@][^.!?:]{1,80}$"
)
# a caption's credit behind a bar, as a news site prints it under its pictures: "Migrants leaving
# the Life Support in the port of Ortona, Italy, on March 28, 2023 | Photo: Marco Zac/NurPhoto/IMAGO"
_BARRED_CREDIT = lazy(r"\s\|\s*(?:(?i:photo(?:graph)?s?|images?|pictures?|foto)(?:\s+(?i:credit)s?)?|(?i:credit)s?)\s*:\s*\S[^|]{0,100}$")
# "... believed to be 76-millimeter guns. © Kyodo", "... after a long debate. © 2024 Reuters": a
# credit or a copyright line run on after the text's last sentence, with no label
_SIGN_END = lazy(r"(?<=[.!?”\"])\s+©\s*[^©\s][^©]{0,80}$")
_COPYRIGHT_WORDS = lazy(r"^©\s*(?:\d|copyright\b)|rights\s+reserved", re.I)
CREDIT_END_WORDS = 12  # the credit's words at most
CAPTION_WORDS = 5  # the caption's words at least


# "... North Dakota, US  - Sputnik International, 1920, 09.08.2021": branding and a date stamp
_BRAND_STAMP = lazy(
    r"\s[-–—|]\s+(?P<brand>[^\s][^.!?]{2,40}?),\s*(?:\d{4},\s*)?\d{1,2}\.\d{1,2}\.\d{4}\s*$"
)


# The labels a page gives a picture for screen readers, copied with it: "Image source, Getty
# Images", "Image caption, The mayor at the vote", "Media caption, Watch: ..." (BBC and others)
_MEDIA_LABEL = lazy(r"^\s*(?:image|media|video|photo|picture)\s+(?:source|caption|credit)s?\s*,", re.I)
# ... or the label alone on its line, its value on the next ("Image copyright" over "Getty Images")
_BARE_MEDIA_LABEL = lazy(r"^\s*(?:image|media|video|photo|picture)\s+(?:source|caption|credit|copyright)s?\s*:?\s*$", re.I)
MEDIA_LABEL_MAX_WORDS = 40


# A picture's file name left where the picture was: "2_IMG_9147", "DSC01234", "4_IMG_9502Photo
# Credits: Dallas Zoo" (a camera's name for it; an address ending in ".jpg" is a link, not this)
_FILE_NAME = lazy(r"(?<![\w/.-])(?:\d{1,3}_)?(?:IMG|DSC|DSCN|DSCF|PICT|GOPR|P\d{3})[_-]?\d{3,}(?:\.(?:jpe?g|png|heic))?(?!\w*\.\w)", re.I)
FILE_NAME_MAX_WORDS = 8
# a picture's file name alone on its line, whatever the camera or the site called it: "1.jpg",
# "argan-oil-02.webp" (with a slash or a scheme it is an address, a link), perhaps with its size as an
# old site builder printed it ("PicthDF2.jpg (16270 bytes)")
_BARE_FILE = lazy(
    r"^\s*[\w.-]{1,60}\.(?i:jpe?g|png|gif|webp|heic|tiff?|bmp|svg)(?:\s*\(\s*\d[\d,.]*\s*(?i:bytes|kb|mb)\s*\))?\s*$"
)
# one with spaces in it, as a screenshot tool names it: "Screen Shot 2021-10-19 at 12.10_edited.jpg"
# (its last word carries a digit or an underscore; "I saved it as photo.jpg" is a sentence)
_SPACED_FILE = lazy(r"^\s*[\w.() -]{1,80}\s[\w.-]*[\d_][\w.-]*\.(?i:jpe?g|png|gif|webp|heic)\s*$")
SPACED_FILE_MAX_WORDS = 8
# a wiki's file title, the picture's subject, a dash and the file's own words: "- Amanda Gorman with
# Tracy K Smith - 2017 crop.jpeg"; a blog's attachment slug where its picture loads
# ("attachment-manchester-orchestra-tour loading...")
_TITLED_FILE = lazy(r"^\s*(?:[-•*]\s+)?[A-Z][^/\n]{3,100}\s[-–]\s[^/\n]{0,40}\.(?i:jpe?g|png|gif|webp)\s*$")
TITLED_FILE_MAX_WORDS = 16
_ATTACHMENT = lazy(r"^\s*attachment-[a-z0-9-]+(?:\s+loading(?:\.{3}|…)?)?\s*$")
# or a name of two or three lower-case words a person gave it: "quill diagram.jpg" (no sentence is
# so short and in lower case from its start; "3-d image.jpg")
_NAMED_FILE = lazy(r"^\s*[a-z0-9][a-z0-9-]*(?:\s[a-z][a-z-]*){1,2}\.(?i:jpe?g|png|gif|webp)\s*$")
# ... or of a few capitalised words, as a site titles a picture by its file name: "River Ship.jpg",
# "Board Game Competition Banner.jpg" (a sentence naming a file has words in lower case: "Save it as
# Banner.jpg")
_CAPITALISED_FILE = lazy(r"^\s*[A-Z][\w'’&-]*(?:\s[A-Z0-9][\w'’&-]*){1,5}\.(?i:jpe?g|png|gif|webp)\s*$")
_THREE_DIGITS = lazy(r"\d{3}")  # the cheap first test of _FILE_NAME
# a site builder's name for a picture, left where the picture was: "Stacks Image 349", "Image 12"
_PICTURE_NUMBER = lazy(r"^\s*(?:[A-Z][a-z]+\s+)?(?:Image|Photo|Picture)\s+\d{1,5}(?:\s+of\s+\d{1,5})?\s*$")  # and a viewer's "Image 1 of 1"
# a wiki's link to a picture's page, left for the picture: "File:Fletcher Free Library Tools.jpg"
_WIKI_FILE = lazy(r"^\s*(?:File|Image|Datei|Fichier|Archivo|Bestand|Plik|Файл):[^/\n]{1,80}\.(?i:jpe?g|png|gif|svg|webp|tiff?)\s*$")
# a phone camera's name for a picture, its date and time: "20220406 104342", "IMG_20190512_093012",
# "PXL_20230101_120000123"
_STAMP_FILE = lazy(r"^\s*(?:(?:IMG|VID|PXL)_)?(?:19|20)\d{6}[ _]\d{6,9}(?:\.(?i:jpe?g|png|heic|mp4))?\s*$")
# the same names as a site titles a picture from its file name, each "_" or "-" made a space: a
# camera's "IMG 8556", a phone's "Image 23 2 2024 at 11 23 am", a resized copy's "Pro lesson 1024x576"
_SPACED_CAMERA = lazy(r"^\s*(?:IMG|DSC|DSCN|DSCF|PICT|GOPR|PXL)(?:\s\d{3,}){1,2}\s*$")  # "IMG 20211012 101143"
# a screenshot's name without its extension: "Screen Shot 2018-11-07 at 2.09.55 PM"
_SCREENSHOT = lazy(r"^\s*Screen\s?[Ss]hot\s+\d{4}-\d\d-\d\d\s+at\s+\d{1,2}[.:]\d\d(?:[.:]\d\d)?(?:\s*[AaPp][Mm])?\s*$")
_PHONE_PICTURE = lazy(r"^\s*(?:WhatsApp\s+)?Image\s+\d{1,4}\s\d{1,2}\s\d{2,4}\s+at\s+\d{1,2}\s\d\d(?:\s\d\d)?\s*(?:[AaPp][Mm])?\s*$")
# (one side of the size one that WordPress makes copies at: 150, 300, 768, 1024, 1536, 2048 pixels;
# "Sheets of 210x297" is a paper size)
_RESIZED = lazy(
    r"^\s*[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*){0,4}\s"
    r"(?:(?:150|300|768|1024|1536|2048)x\d{2,4}|\d{2,4}x(?:150|300|768|1024|1536|2048))\s*$"
)
# a picture's code in a library or an asset store, beside its alt text: "Pupils ENGPPP00120130613143337"
# (capitals and a long run of digits, often a date and time, no word of prose)
_ASSET_CODE = lazy(r"^\s*(?:[A-Z][a-z]+\s+){0,3}[A-Z]{2,10}\d{10,}\s*$")
# a placeholder the site put where the picture was: "Article image", "Featured image", "article cover",
# "Author Profile Photo", "Illustrative image."
_PLACEHOLDER = lazy(
    r"^\s*(?:(?:article|featured|post|header|hero|thumbnail|placeholder|illustrative)\s+(?:image|photo|picture)|(?:article|post|story)\s+cover"
    r"|author(?:\s+profile)?\s+(?:photo|picture|image))\.?\s*$",
    re.I,
)


# a picture's alt text, left where the picture was: "picture of clouds from space", "Photo of
# apricots on tree branches." (a short line of no sentence: "Photo of the Week" names a feature,
# and a caption of the news tells what happened, "... released by police after the break-in")
_ALT_TEXT = lazy(
    r"^\s*(?:a\s+)?(?:picture|photo(?:graph)?|image|graphic|illustration|drawing|screenshot)\s+of\s+"
    r"(?!the\s+(?:day|week|month|year)\b)[^.!?:;]{3,100}\.?\s*$",
    re.I,
)
ALT_TEXT_MAX_WORDS = 10
# a news portal's alt text for its picture box, however long its description ("An image collage
# containing 1 images, Image 1 shows Woman managing home finances using a laptop and smartphone")
_COLLAGE = lazy(r"^\s*an image collage containing \d+ images?\b", re.I)
# a search engine's alt text for a picture found through it ("Image result for hydrogen buses")
_IMAGE_RESULT = lazy(r"^\s*image\s+results?\s+for\s+[^.!?]{2,80}$", re.I)
IMAGE_RESULT_MAX_WORDS = 14
# a social network's automatic alt text for a picture it was given ("Image may contain Transportation
# Vehicle Boat Human Person", "May be an image of 2 people and text")
_MACHINE_ALT = lazy(r"^\s*(?:image\s+may\s+contain\b|may\s+be\s+an?\s+(?:image|photo|illustration|graphic|closeup|selfie)\s+of\b)[^.!?]*$", re.I)
MACHINE_ALT_MAX_WORDS = 40


def _alt_over_caption(units: list[Unit], i: int) -> bool:
    """Is the line, all in lower case, right over the same words with capitals: a picture's alt
    text over its caption ("rainbow tree" / "Rainbow Tree", "animal tree bethlehem tree" /
    "Animal Tree & Bethlehem Tree")?"""
    if i + 1 >= len(units):
        return False
    text, caption = units[i].text, units[i + 1].text
    if text != text.lower() or not caption.lstrip()[:1].isupper():
        return False
    return letters_key(text) == letters_key(caption)


# the label over a list of the pictures' credits: "Photographs courtesy of:", "Pictures by:"
_CREDITS_LABEL = lazy(r"^\s*(?:photo(?:graph)?s?|pictures?|images?|pics?)\s+(?:courtesy\s+of|by|supplied\s+by|kindly\s+supplied\s+by)\s*:\s*$", re.I)


def credit(u: Unit, ctx: Context) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    if u.n <= MEDIA_LABEL_MAX_WORDS and _MEDIA_LABEL.match(text):
        return CREDIT, "picture credit or caption (screen-reader label)"
    if u.n == 2 and _BARE_MEDIA_LABEL.match(text):
        return CREDIT, "picture credit or caption (screen-reader label)"
    if u.n <= 4 and text.rstrip()[-1:] == ":" and _CREDITS_LABEL.match(text):
        return CREDIT, "the label over the pictures' credits"
    if u.n <= FILE_NAME_MAX_WORDS and _THREE_DIGITS.search(text) and _FILE_NAME.search(text):
        return CREDIT, "a picture's file name"
    if u.n <= 4 and text.rstrip()[-1:].isdigit() and _PICTURE_NUMBER.match(text):
        return CREDIT, "a picture's name in the site's software"
    if u.n <= 5 and "." in text and _BARE_FILE.match(text):
        return CREDIT, "a picture's file name"
    if u.n <= 3 and _STAMP_FILE.match(text):
        return CREDIT, "a picture's file name"
    if u.n <= 4 and _THREE_DIGITS.search(text) and _ASSET_CODE.match(text):
        return CREDIT, "a picture's code in the site's software"
    if u.n <= 3 and (_SPACED_CAMERA.match(text) or _PLACEHOLDER.match(text)):
        return CREDIT, "a picture's file name"
    if 2 <= u.n <= 6 and text.rstrip()[-1:].isdigit() and _RESIZED.match(text):
        return CREDIT, "a picture's file name"
    if 8 <= u.n <= 12 and _PHONE_PICTURE.match(text):
        return CREDIT, "a picture's file name"
    if u.n <= 7 and text.lstrip()[:6] == "Screen" and _SCREENSHOT.match(text):
        return CREDIT, "a picture's file name"
    if 3 <= u.n <= ALT_TEXT_MAX_WORDS and " of " in text[:24] and _ALT_TEXT.match(text):
        return CREDIT, "a picture's alt text"
    if 2 <= u.n <= ALT_TEXT_MAX_WORDS and text.lstrip()[:1].islower() and _alt_over_caption(ctx.units, u.index):
        return CREDIT, "a picture's alt text over its caption"
    if text.lstrip()[:1] in "Aa" and _COLLAGE.match(text):
        return CREDIT, "a picture's alt text"
    if 4 <= u.n <= IMAGE_RESULT_MAX_WORDS and text.lstrip()[:1] in "Ii" and _IMAGE_RESULT.match(text):
        return CREDIT, "a picture's alt text (a search engine's)"
    if u.n <= MACHINE_ALT_MAX_WORDS and text.lstrip()[:1] in "IiMm" and _MACHINE_ALT.match(text):
        return CREDIT, "a picture's alt text (a social network's, written by its software)"
    if 3 <= u.n <= 4 and text.rstrip()[-6:].lower() in (" photo", "photos") and _named_photo(text):
        return CREDIT, LONE_CREDIT  # "Trevor James photo", under each picture
    if u.n <= LABELLED_CREDIT_WORDS and "/" in text and _LABELLED_CREDIT.match(text):
        return CREDIT, LONE_CREDIT
    if u.n <= SPACED_FILE_MAX_WORDS and ":" in text and _WIKI_FILE.match(text):
        return CREDIT, "a picture's file name (a wiki's link to its page)"
    if 4 <= u.n <= TITLED_FILE_MAX_WORDS and text.rstrip()[-1:] in "gGfFpP" and _TITLED_FILE.match(text) and _named_subject(text):
        return CREDIT, "a picture's file name"
    if u.n <= 3 and text.lstrip()[:11] == "attachment-" and _ATTACHMENT.match(text):
        return CREDIT, "a picture's file name"
    if 3 <= u.n <= SPACED_FILE_MAX_WORDS and "." in text and _SPACED_FILE.match(text):
        return CREDIT, "a picture's file name"
    if 2 <= u.n <= 4 and "." in text and _NAMED_FILE.match(text):
        return CREDIT, "a picture's file name"
    if 2 <= u.n <= 6 and "." in text and _CAPITALISED_FILE.match(text):
        return CREDIT, "a picture's file name"
    hit = lone_credit(u, ctx)
    if hit:
        return hit
    if 10 <= u.n <= 80 and _CREDIT_LEAD.match(text) and _source_first(text):
        return CREDIT, "photo credit run into a caption"
    m = _BARRED_CREDIT.search(text) if "|" in text else None
    if m:
        return CREDIT, "photo credit run into a caption", u.start + m.start() + 1, u.start + m.end()
    m = _CREDIT_TAIL.search(text) if text.endswith(")") else None
    if m and u.n > 12:
        return CREDIT, "photo credit run into the text", u.start + m.start(), u.start + m.end()
    # a caption repeated next to its credit, signed with the site's name and a date stamp
    m = _BRAND_STAMP.search(text) if u.n <= 60 and text[-1].isdigit() else None
    if m:
        caption = text[: m.start()].strip()
        if len(caption) >= 20:
            for v in ctx.units[max(0, u.index - 2) : u.index + 3]:
                if v.index != u.index and caption in v.text:
                    ctx.brands.add(m.group("brand").strip())
                    return CREDIT, "photo caption repeated with the site's name and a date stamp"
    return None


# a picture's maker, signed with a copyright sign and nothing else: "©Zoe Oshiro", "© Reuters"
_SIGNED = lazy(r"^(?:©|\((?i:c)\))\s*(?P<name>[A-Z][^\d©|]*)$")
SIGNED_WORDS = 5
_NOT_A_NAME = frozenset("all rights reserved copyright inc ltd llc".split())


def _signed(u: Unit) -> bool:
    m = _SIGNED.match(u.text.strip()) if u.text.lstrip()[:1] in ("©", "(") else None
    if m is None:
        return False
    words = m["name"].split()
    return 1 <= len(words) <= SIGNED_WORDS and not any(w.lower().strip(".,") in _NOT_A_NAME for w in words)


def signed_picture(units: list[Unit], i: int) -> bool:
    """Is the line a picture's credit inside the story, not the page's copyright: a copyright sign
    and a name of a few words, no year, after the draft's first line and with the story going on
    under it or another such credit in the draft (an exhibition's "'Meadow Crane's Bill'" /
    "©Joan Giles")?  The labelled drafts keep such credits as the article's, as they keep credits
    without the sign."""
    if i == 0 or not _signed(units[i]):
        return False
    return i + 1 < len(units) or any(_signed(x) for x in units[:i])


def in_gallery(units: list[Unit], i: int) -> bool:
    """Is the line a picture's credit or the title over one (``signed_picture``)?"""
    return signed_picture(units, i) or (i + 1 < len(units) and signed_picture(units, i + 1))


def copyright_credit(u: Unit) -> tuple[str, str, int, int] | None:
    """A credit with a copyright sign run on after a caption's sentence ("... roads and factories.
    Photo: © Mark Kerrison / Alamy Stock Photo", "... 76-millimeter guns. © Kyodo"), or a
    copyright line after a paragraph's last sentence ("... a long debate. © 2024 Reuters"): the
    finding covers the credit or the line, not the text before it, which a copyright finding over
    the whole block would have removed with it.  (A credit without the sign is left alone: the
    labelled drafts keep such lines as the article's.)"""
    if u.n <= CAPTION_WORDS:
        return None
    text = u.text
    m = _CREDIT_END.search(text)
    if m is None or "©" not in m.group():
        m = _SIGN_END.search(text)
    if m is None or len(m.group().split()) > CREDIT_END_WORDS:
        return None
    if len(text[: m.start()].split()) < CAPTION_WORDS:
        return None
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    if _COPYRIGHT_WORDS.search(text[start:]):
        return COPYRIGHT, WHAT[COPYRIGHT], u.start + start, u.start + m.end()
    return CREDIT, "photo credit run into a caption", u.start + start, u.start + m.end()


def site_name(ctx: Context, verdicts: list) -> None:
    """A short block that is only the site name a caption was signed with ("- Sputnik
    International, 1920": the logo's text) is left over from the page too."""
    if not ctx.brands:
        return
    for u in ctx.units:
        if verdicts[u.index] is None and u.n <= 6:
            text = u.text.strip(" -–—•|")
            if any(text == b or text.startswith(b + ",") for b in ctx.brands):
                verdicts[u.index] = (TAGLINE, "site name (the logo's text)")


# the same few words in lower case, three times or more in the draft: a picture's alt text, printed
# under each picture of a box or a gallery ("sailboat race", "enter image description here",
# "toggle caption"); a story's own line does not come back so
ALT_REPEATS = 3
ALT_REPEAT_WORDS = 5
# ... longer when it stands under five pictures or more ("the prince of wales and the duchess of
# cornwall visit devon and cornwall day one", a picture agency's description of the day)
ALT_MANY_REPEATS = 5
ALT_LONG_WORDS = 20


def repeated_alt_text(u: Unit, count: int) -> tuple[str, str] | None:
    """``count``: how many blocks of the draft hold the same text."""
    if count < ALT_REPEATS or not 2 <= u.n <= (ALT_REPEAT_WORDS if count < ALT_MANY_REPEATS else ALT_LONG_WORDS) or u.index == 0:
        return None
    text = u.text.strip()
    if not text[:1].islower() or text[-1] in ".!?:;," or "://" in text or text.startswith("courtesy"):
        return None  # (an address a thread repeats; a credit, "courtesy Studio KMJ", the story's own)
    if CLOCK.search(text):
        return None  # a timetable's start time, the same on several days ("at 10.45 (Handicap)")
    return CREDIT, "a picture's alt text, repeated under each picture"


# A gallery's counter under each of its pictures ("1 of 36", "2 of 36", ...), each with the
# photographer's name under it ("Katie Larrington"): three counters or more out of the same total
_GALLERY_COUNTER = lazy(r"^\s*(\d{1,3})\s*(?:of|/)\s*(\d{1,3})\s*$")
GALLERY_COUNTERS = 3
GALLERY_CREDIT_WORDS = 6


def _gallery_total(u: Unit) -> str | None:
    """The total a gallery's counter counts out of ("36" for "2 of 36"), or None."""
    if u.n > 3 or not u.text.strip()[:1].isdigit():
        return None
    m = _GALLERY_COUNTER.match(u.text)
    return m.group(2) if m and 0 < int(m.group(1)) <= int(m.group(2)) else None


def gallery_counters(units: list[Unit], verdicts: list, counts: list[int]) -> None:
    """Flag a picture gallery's counters, and under each the photographer's credit when the same
    line stands under three of them or more (``counts``: how many blocks hold each block's text)."""
    for found in recurring(units, _gallery_total, GALLERY_COUNTERS):
        for i in found:
            if verdicts[i] is None:
                verdicts[i] = (NAVIGATION, "a picture gallery's counter")
            k = i + 1
            if k < len(units) and verdicts[k] is None and not units[k].prose and units[k].n <= GALLERY_CREDIT_WORDS and counts[k] >= GALLERY_COUNTERS:
                verdicts[k] = (CREDIT, "the photographer's credit under each picture")

