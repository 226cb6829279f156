"""Furniture of a reporter's or a wire's own draft: it did not come from a web page, so it is never
a leftover where a draft puts it.

* **a kicker** over the headline that names the piece's genre ("ANALYSIS", "Opinion", "Fact
  check"), or the part of a series ("Part 1 - Getting Started"), not a section of a site
  ("Technology", "World News": those stay the page's);
* **a deck** under the headline (``position.headline`` takes a long heading under a shorter one
  that shares the story's words for the deck, and the shorter one for the headline);
* **an editor's note** at the top ("Editor's note: ...", "Correction: ...", "Update: ...");
* **newsroom metadata** above the story ("SLUG: council-budget", "EMBARGOED UNTIL 00:01 GMT ...")
  or under its byline ("Word count: 650");
* **a sign-off** after the last paragraph: a dash and a name ("— Jane Smith, Business reporter",
  "-- Jane Smith in Leeds");
* **an end mark** after the last paragraph ("ENDS", "-30-", "###", a breaking story's "More to
  follow"), or a wire desk's slug ("CU/as/APA": the writer's and editors' initials and the
  agency's; "mkg/hc (Reuters, AFP, dpa, AP)": the initials and the wires the story drew on);
* **a blogger's closing greeting** at the end of the post ("Happy modelling", "Thanks for reading!",
  "Cheers"), a letter's or a notice's closing ("Kind regards", "Thank you for your co-operation"),
  and an opening salutation right above the first paragraph ("Hello there", "Hi everyone", "Dear
  members,");
* **a signer's title** under the name that signs a letter or a notice off ("Anthony Brand" /
  "Accommodation Organiser"), and a reader's letter's street under the writer's name ("Norman
  Long" / "Cornwall Road") or its "Name and address supplied".

Written from newsroom practice (wire and press-release conventions), not from the labelled sets;
none of these lines occurs in the dev drafts' gold as a leftover.
"""

from __future__ import annotations

from . import shape
from .names import first_names, looks_like_person
from .units import Unit
from ...lazyre import lazy

# Genres a desk prints over a headline.  Left out: "Comment" (alone on a line, the comment button of
# a page far more often), "Breaking news", "Live" and "News" (a page's banners and sections).
KICKERS = frozenset(
    """analysis|news analysis|opinion|exclusive|explainer|explained|fact check|factcheck|fact-check|
    review|obituary|obit|interview|editorial|feature|investigation|special report|in depth|eyewitness|
    profile|q&a|perspective|commentary|column|essay|first person|op-ed""".replace("\n", "").replace("    ", "").split("|")
)

_NOTE = lazy(
    r"(?i)^(?:editor'?s'?\s+note|editors'\s+note|note\s+to\s+(?:readers|editors)|correction|corrections|"
    r"clarification|update|updated|content\s+warning|trigger\s+warning)\s*:\s*\S"
)
_METADATA = lazy(
    r"(?i)^(?:slug\s*:|word\s*count\s*:|words\s*:\s*\d|embargo(?:ed)?\b|strictly\s+embargoed|"
    r"not\s+for\s+(?:publication|broadcast)\b|hold\s+for\s+release\b)"
)
_END_MARK = lazy(r"(?i)^(?:[-—–(\[]*\s*ends?\s*[-—–)\]]*|#{3}|-\s*30\s*-|xxx)$")
# a dash (or a tilde), a name (a capitalised given name, or a title and a name, and more
# capitalised words or initials), then perhaps a role after a comma or a place after "in": the
# reporter's signature under the story ("— Ann Lee", "~Ms Aparajita Saha")
_SIGNOFF = lazy(
    r"^(?:[—–~]|-{1,2})\s*(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?([A-Z][a-z'’]+)(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+|Mc[A-Z][a-z]+)){0,3}"
    r"(?:\s*,\s*[^,]{2,60}|\s+in\s+[A-Z][\w .'’-]{1,40})?$"
)

# a given name and kisses: a blogger signing a post to friends ("Sam x", "Jo xx")
_KISSED = lazy(r"^([A-Z][a-z'’]+)\s+[xX]{1,4}!?$")


# a post's last words to its readers: "Happy modelling", "Happy reading!", "Thanks for reading",
# "Cheers", "Until next time", "Take care", "Thanks, John"
_GREETING = lazy(
    r"(?i)^(?:happy\s+[a-z]+(?:ing|s)|cheers|thanks\s+for\s+(?:reading|stopping\s+by|visiting)|"
    r"thank\s+you\s+for\s+(?:reading|stopping\s+by|visiting)|until\s+next\s+time|see\s+you\s+next\s+time|"
    r"take\s+care|best\s+wishes|enjoy|"
    # a letter's or a notice's closing: "Kind regards", "Many thanks", "Thank you for your co-operation"
    r"(?:(?:kind|best|warm|warmest|with\s+(?:kind|best))\s+)?regards|many\s+thanks|yours\s+(?:sincerely|faithfully|truly)|"
    r"thank\s+you\s+(?:all|for\s+your\s+(?:co-?operation|understanding|patience|help|time|attention|consideration))|"
    # the closing with the writer's name after a comma: "Thanks, John", "Cheers, Ann B"
    r"(?:(?:many\s+)?thanks|thank\s+you|cheers|regards|best\s+wishes|all\s+the\s+best)\s*,\s*[a-z][\w'’.-]{0,20}(?:\s+[a-z][\w'’.-]{0,20})?)"
    r"\s*[!.]*\s*(?:[:;]-?\)|x+)?$"
)
GREETING_WORDS = 6


def greeting(u: Unit) -> bool:
    return u.n <= GREETING_WORDS and bool(_GREETING.match(u.text.strip()))


# a post's first words to its readers: "Hello there", "Hi everyone!", "Good morning all", "Dear
# Fellow Quilters,"
_SALUTATION = lazy(
    r"(?i)^(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening)|dear\s+[\w'’ ]{2,40})"
    r"(?:\s+(?:there|everyone|everybody|all|folks|friends|again|y'all|guys))?\s*[!,.:]*$"
)


def salutation(u: Unit) -> bool:
    return u.n <= 6 and bool(_SALUTATION.match(u.text.strip()))


# the last word of a signer's title: "Accommodation Organiser", "Chief Executive", "Parish Clerk"
_ROLES = frozenset(
    """organiser organizer officer director manager chair chairman chairwoman chairperson president
    secretary editor executive coordinator co-ordinator treasurer founder owner councillor clerk
    captain leader trustee reporter correspondent minister spokesperson spokesman spokeswoman
    partner associate solicitor lawyer researcher lecturer professor analyst adviser advisor
    consultant""".split()
)


def signer_title(u: Unit) -> bool:
    words = u.words
    return 0 < len(words) <= 4 and words[-1].lower() in _ROLES and u.final.isalpha()


# a think tank's or a paper's long role line under the writer's name over the story ("James
# Carafano" / "Senior Counselor to the President and E.W. Richardson Fellow"): title case, a role
# closing it or among its first words
_LONG_ROLES = _ROLES | frozenset("fellow counselor counsellor columnist economist scientist".split())
ROLE_LINE_WORDS = (5, 12)


def role_line(u: Unit) -> bool:
    """Is the line the writer's long role (five to twelve words, title case, a role closing it or
    among its first two words)?"""
    words = u.words
    return (
        ROLE_LINE_WORDS[0] <= len(words) <= ROLE_LINE_WORDS[1] and u.final.isalpha() and shape.is_title_case(words)
        and (words[-1].lower() in _LONG_ROLES or any(w.lower() in _LONG_ROLES for w in words[:2]))
    )


def named_role(u: Unit) -> bool:
    """A name with the writer's role after it, as a firm's page bylines its adviser: "Helen
    Lester Partner"."""
    words = u.words
    return 3 <= len(words) <= 5 and words[-1].lower() in _ROLES and u.final.isalpha() and looks_like_person(" ".join(words[:-1]))


# a given name signing with its role: "Lisa the Editor", "Tom Hart, Editor", "Jane, Club Secretary"
_SIGNED_ROLE = lazy(r"^([A-Z][a-z'’]+)(?:\s+[A-Z][a-z'’-]+)?(?:,\s*|\s+the\s+)(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)$")
# ... and with what the role is of, in a few capitalised words: "Ann Lynch, Past President National
# PTA", "Josie Griffiths, Director in Residence"
_SIGNED_ROLE_OF = lazy(
    r"^([A-Z][a-z'’]+)\s+[A-Z][a-z'’-]+,\s*(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)"
    r"(?:\s+(?:of|in|for|at)(?:\s+the)?|)(?:\s+[A-Z][\w'’&-]*){1,4}$"
)
SIGNED_ROLE_OF_WORDS = 9


# the same with the surname, the role's qualifier and the organisation (and a year) after it, as a
# testimonial or a statement is signed: "Sarah Hinchley, Fundraising Manager, The Lord Mayor's
# Appeal Charity, 2016"
_SIGNED_FULL = lazy(r"^([A-Z][a-z'’]+)\s+[A-Z][\w'’-]+,\s*(?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]+)(?:,\s*[^,.!?]{2,60}){1,2}$")
SIGNED_FULL_WORDS = 16


def signed_role(u: Unit) -> bool:
    if not 2 <= u.n <= SIGNED_FULL_WORDS:
        return False
    text = u.text.strip()
    m = (_SIGNED_ROLE.match(text) if u.n <= 5 else None) or (_SIGNED_ROLE_OF.match(text) if u.n <= SIGNED_ROLE_OF_WORDS else None) or _SIGNED_FULL.match(text)
    return m is not None and m.group(2).lower() in _ROLES and m.group(1).lower() in first_names()


# the street a reader's letter is signed from, under the writer's name ("Norman Long" / "Cornwall
# Road", "Mary Harland" / "High Street, Whitby"), as a local paper prints it
_STREETS = frozenset(
    """road street lane avenue close drive crescent way place terrace gardens grove hill court square
    walk row mews green park rise view parade""".split()
)
_ADDRESS = lazy(r"^(?:\d{1,4}[a-z]?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][a-z]+(?:,\s*[A-Z][\w'’ -]{1,30})?$")


def sender_address(u: Unit) -> bool:
    if not 2 <= u.n <= 7 or not _ADDRESS.match(u.text.strip()):
        return False
    street = u.text.split(",", 1)[0].split()[-1].lower()
    return street in _STREETS


# the signature of a letter whose writer asked not to be named ("Name and address supplied"), or
# signed with a pen name and the paper's note ("Deafened of Docklands (email supplied)")
_WITHHELD = lazy(
    r"(?i)^\(?\s*name\s+and\s+address\s+(?:supplied|withheld|provided)\s*\.?\)?$"
    r"|^[^()]{1,50}\(\s*(?:name|e-?mail|address|name\s+and\s+(?:e-?mail\s+)?address)\s+(?:supplied|withheld|provided)\s*\)\.?$"
)
WITHHELD_WORDS = 10


def withheld_name(u: Unit) -> bool:
    return u.n <= WITHHELD_WORDS and bool(_WITHHELD.match(u.text.strip()))


# a series' part over the instalment's own title ("Part 1 - Getting Started", "Part Two:", "Part 3 of 5")
_SERIES_PART = lazy(
    r"(?i)^part\s+(?:\d{1,2}|" + shape.NUMBER_WORDS + r"|[ivx]{1,4})\b"
    r"(?:\s+of\s+(?:\d{1,2}|[a-z]+))?(?:\s*[-–—:|]\s*\S.{0,60})?:?$"
)
SERIES_PART_WORDS = 8


def kicker(u: Unit) -> bool:
    if u.n <= SERIES_PART_WORDS and u.text.lstrip()[:4].lower() == "part" and _SERIES_PART.match(u.text.strip()):
        return True
    return u.n <= 3 and u.text.strip().strip(":|").strip().lower() in KICKERS


def note(u: Unit) -> bool:
    return bool(_NOTE.match(u.text))


def metadata(u: Unit) -> bool:
    return u.n <= 20 and bool(_METADATA.match(u.text))


# a wire desk's slug under the story: the initials of its writer and editors and the agency
# ("CU/as/APA", "jm/ds/AFP", "(ita/ita)"); at least one part in lower case, as desks write
# initials ("Home/News" is a path of the site)
_DESK_SLUG = lazy(r"^\(?-?[A-Za-z]{1,4}(?:/[A-Za-z]{1,5}){1,4}\)?$")
_INITIALS = lazy(r"(?:^|[(/])[a-z]{2,3}(?=$|[/)])")


# the slug followed by the wires the story drew on, as DW signs off: "mkg/hc (Reuters, AFP, dpa, AP)"
# (each a news agency of ``structure.is_agency``)
_SLUG_WITH_WIRES = lazy(r"^[a-z]{1,4}(?:/[a-z]{1,5}){1,4}\s*\((?P<wires>[A-Za-z]{2,9}(?:\s*,\s*[A-Za-z]{2,9}){0,5})\)$")


# a breaking story's note that more is coming, on its own line after the last paragraph
_DEVELOPING = frozenset((
    "more to follow", "more to come", "developing story", "developing", "this is a developing story",
    "this story is developing", "this is a breaking news story", "this story will be updated", "this article will be updated",
))


def end_mark(u: Unit) -> bool:
    text = u.text.strip()
    if u.n <= 7 and text.rstrip(".!…").strip("(*[]) ").lower() in _DEVELOPING:
        return True
    if u.n <= 8 and text[-1:] == ")" and "/" in text[:12]:
        m = _SLUG_WITH_WIRES.match(text)
        if m is not None:
            from .structure import is_agency  # (structure reads this module's tests)

            if all(is_agency(w.strip()) for w in m["wires"].split(",")):
                return True
    if u.n > 5:
        return False
    if "/" in text and " " not in text:
        return bool(_DESK_SLUG.match(text)) and bool(_INITIALS.search(text))
    return u.n <= 3 and bool(_END_MARK.match(text))


# the source of the text above, after a dash: "- definition by wikipedia", "— quote from the
# minister", "– source: Met Office"
_TEXT_SOURCE = lazy(
    r"(?i)^[-—–]\s*(?:(?:definition|quote|quotation|excerpt|extract|poem|lyrics|text)\s+(?:by|from)|source\s*:|via)\s+\S.{0,40}$"
)
TEXT_SOURCE_WORDS = 8


def text_source(u: Unit) -> bool:
    return u.n <= TEXT_SOURCE_WORDS and u.text.lstrip()[:1] in "-—–" and _TEXT_SOURCE.match(u.text.strip()) is not None


def signoff(u: Unit) -> bool:
    if u.n > 12:
        return False
    text = u.text.strip()
    m = _SIGNOFF.match(text)
    if m is None:
        k = _KISSED.match(text)
        return k is not None and k.group(1).lower() in first_names()
    # a given name the table lacks ("—Mushtaq Yusufzai"): a typographic dash and a surname after it
    # (a hyphen and one word may be a menu's entry: "- Business")
    return m["title"] is not None or m.group(2).lower() in first_names() or (text[0] in "—–" and len(text[1:].split()) >= 2 and "," not in text)
