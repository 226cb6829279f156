"""What a block looks like, cheaply: words, case, final punctuation, script, dates and counts."""

from __future__ import annotations


from .cues import MONTHS
from ...lazyre import lazy

WORD = lazy(r"[^\W_]+(?:['’.-][^\W_]+)*")
# a month's name or its abbreviation, as a piece of a pattern: "Nov", "Nov.", "November", "Sept"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# a date with its year: "September 11, 2024", "11 Sept. 2024"
DATE_WITH_YEAR = rf"(?:{MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{MONTH},?\s+)(?:19|20)\d\d"
# a date in figures with its year: "7/6/2025", "06.07.2025", "2012-10-29"
DATE_IN_FIGURES = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
LETTERS = lazy(r"[^\W\d_]")
# the numbers in words a count may be written with ("One comment:", "two + two =", "Part Three")
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
# Words that carry no topic: left out when blocks are compared with the article body.
STOPWORDS = frozenset(
    """that this with from have been were they their there what when which will would about more
    after into than also said says your only over some such them then these those other could
    should here just like most many much very been being does done each even ever every into
    itself make made more must need news none once ours same shall since still take than that
    upon want well went what where while whom whose will with within without would year years
    read share click here page site home follow latest today
    dass eine einer eines nicht oder sich sind wird wurde dans pour avec cette sont plus mais
    para como pero este esta sobre entre nella della sono anche come questo""".split()
)
SMALL_WORDS = frozenset(
    "a an the and or of to in on for with at by from as vs via & de la le el del des du di da y et en und der die das van von".split()
)
SENTENCE_END = frozenset(".!?…。！？")
# a full stop between two sentences inside a line: a lower-case word, its stop, a capitalised word
# ("edges. Built", "... memorial flight. The p"; not "U.S. Says", "St. Louis", "Mr. Smith", "iPad
# Mini vs. Nexus 7")
SENTENCE_BREAK = lazy(r"\b(?!(?:vs|etc|approx|incl|esp|est|dept|govt|feat|ft|no|pp|vol)\.)[a-z]{2,}\.\s+[A-Z][a-z]")
CLOSERS = "\"'”’»)]"
_COUNT = lazy(r"\(\s*\d[\d,.]*\s*\)\s*$")
YEAR = lazy(r"\b(?:19|20)\d\d\b")  # a year of the last two centuries
CLOCK = lazy(r"\d{1,2}[:.]\d\d")  # a time of day, "14:30" or "10.45"
_ARROWS = lazy(r"^[\s►▶▸›»→⇢•·|>+\-–—*]+|[\s►▶▸›»→⇢•·|<+\-–—*]+$")
_LEADING = "►▶▸›»→⇢•·|>+-–—*"  # the two classes of _ARROWS, whitespace aside
_TRAILING = "►▶▸›»→⇢•·|<+-–—*"


QUOTATION_MARKS = frozenset("\"“”«»„")


def quotes(text: str) -> bool:
    """Does the text hold a quotation mark (straight or typographic double, guillemets)?  Someone's
    words are the story's, however much they sound like the page talking."""
    return any(c in QUOTATION_MARKS for c in text)


_NOT_LETTERS = lazy(r"[\W_]+")


def letters_key(text: str) -> str:
    """The line's letters and digits alone, in lower case: the same words whatever their case,
    spaces and punctuation ("ROLLERDISCO" and "Roller disco", "animal tree bethlehem tree" and
    "Animal Tree & Bethlehem Tree")."""
    return _NOT_LETTERS.sub("", text).lower()


def final_char(text: str) -> str:
    """The last character that is not a closing quote or bracket (nor a space), before the
    reference marks an encyclopedia puts after a sentence ("... in 2020. [170]", "...[157][158]")."""
    i = len(text)
    while i:
        while i and (text[i - 1] in CLOSERS or text[i - 1].isspace()):
            i -= 1  # (an index, not a shorter copy of the text each time: a line of 10,000 quote marks)
        if i and text[i - 1].isdigit() and (m := _REFERENCE_MARK.search(text, max(0, i - REFERENCE_MARK_SPAN), i + 1)):
            i = m.start()  # "[170]": the sentence ends before it
            continue
        break
    return text[i - 1] if i else ""


# a reference mark after a sentence: "[170]", "[note 3]" (the closing bracket included)
_REFERENCE_MARK = lazy(r"\[(?:note\s)?\d{1,4}\]$")
REFERENCE_MARK_SPAN = 12


def ends_sentence(text: str) -> bool:
    return final_char(text) in SENTENCE_END


def is_title_case(words: list[str]) -> bool:
    """Every word capitalised except short function words ("Top Stories", "Terms of Use")."""
    caps = 0
    for w in words:
        c = w[0]
        if c.isupper():
            caps += 1
        elif c.isdigit():
            continue
        elif w.lower() not in SMALL_WORDS:
            return False
    return caps > 0


def strip_decoration(text: str) -> str:
    """Drop leading/trailing arrows, bullets and separators ("► June (21)" -> "June (21)")."""
    # most lines neither start nor end with decoration or space, and then there is nothing to
    # strip (the pattern's second branch would be tried at every position)
    if text and not (text[0].isspace() or text[0] in _LEADING or text[-1].isspace() or text[-1] in _TRAILING):
        return text
    return _ARROWS.sub("", text)


def has_count(text: str) -> bool:
    """Ends with a count in brackets: "Salads (48)", "Comments (7)"."""
    return bool(_COUNT.search(text))


def dated_in_brackets(text: str) -> bool:
    """Ends with a year in brackets, the way a work is dated: "Sarabande (1969)"."""
    return bool(_YEAR_IN_BRACKETS.search(text))


_YEAR_IN_BRACKETS = lazy(r"\(\s*(?:19|20)\d\d\s*\)\s*$")


def is_month_archive(words: list[str]) -> bool:
    """ "June 2012": a month and a year, no day (with a count, "June 2012 (21)", see
    ``has_count``)."""
    if len(words) != 2 or words[0].lower() not in MONTHS:
        return False
    y = words[1]
    return len(y) == 4 and y[:2] in ("19", "20") and y.isdigit()


def is_month_row(words: list[str]) -> bool:
    """ "2011: Jan Feb Mar Apr ...", "2011 J F M A M J J A S O N D": the months of a year, a row
    of archive links."""
    if not 5 <= len(words) <= 16:
        return False
    months = sum(1 for w in words if w.lower() in MONTHS or (len(w) == 1 and w in "JFMASOND"))
    return months >= 5 and months >= len(words) - 2


def has_year(text: str) -> bool:
    return bool(YEAR.search(text))


# -- scripts ----------------------------------------------------------------------------------------
_RANGES = (
    (0x0250, "latin"), (0x0370, "latin"), (0x0400, "greek"), (0x0530, "cyrillic"), (0x0590, "armenian"),
    (0x0600, "hebrew"), (0x0780, "arabic"), (0x0900, "thaana"), (0x0E00, "indic"), (0x0E80, "thai"),
    (0x1E00, "other"), (0x1F00, "latin"), (0x2000, "greek"), (0x3040, "other"), (0xA000, "cjk"),
    (0xAC00, "other"), (0xD7B0, "cjk"), (0xFB50, "other"), (0xFE00, "arabic"), (0xFE70, "other"),
    (0xFF00, "arabic"), (0xFFF0, "cjk"),
)


def script_of(ch: str) -> str:
    o = ord(ch)
    if o < 0x0250:
        return "latin"
    for bound, name in _RANGES:
        if o < bound:
            return name
    return "other"


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NON_ASCII_LETTER = lazy(r"[^\x00-\x7f\W\d_]")


def has_non_ascii_letter(text: str) -> bool:
    return bool(_NON_ASCII_LETTER.search(text))


def script_counts(text: str) -> dict[str, int]:
    """Letters per script.  ASCII letters are counted in C (``bytes.translate``); only the others
    are looked at one by one."""
    data = text.encode("utf-8", "surrogatepass")
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    out: dict[str, int] = {"latin": latin} if latin else {}
    if len(data) == len(text):  # all ASCII
        return out
    for c in _NON_ASCII_LETTER.findall(text):
        s = script_of(c)
        out[s] = out.get(s, 0) + 1
    return out


_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty""".split()
    )
}
_RESTATED = lazy(r"([A-Za-z]+)\s*\(\s*(\d{1,2})\s*\)\s*$")


def restated_number(text: str) -> bool:
    """Does the count in brackets that ends the line restate the number written before it, the
    way rules and contracts write numbers ("Thirteen (13)", "... no more than two (2)")?  No
    archive link does."""
    m = _RESTATED.search(text)
    return m is not None and _NUMBER_WORDS.get(m.group(1).lower()) == int(m.group(2))
