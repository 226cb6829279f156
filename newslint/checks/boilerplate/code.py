"""Page code copied as text: the script of a social widget or an advertisement, a style sheet, a
block of structured data, that a text extractor or a copy from the browser kept with the story.

    (function(d, s, id) {
    var js, fjs = d.getElementsByTagName(s)[0];
    if (d.getElementById(id)) return;
    ...
    }(document, 'script', 'facebook-jssdk'));

No phrase list finds these (every site names its variables): the shape does.  A line is code when
it shows two or more traits of JavaScript, CSS, JSON or HTML that prose does not have (a call on a
dotted name, ``function (``, a declaration, a statement's closing ``;`` after an assignment, a
line that opens by closing a bracket, a CSS rule, a tag) and does not end like a sentence.  One
trait alone is not enough: lists in prose end their items with ";" and sports scores use "=".
A block is page code when all its lines that hold words are code lines, or from its first code line
on when a run of two or more closes it (a script after the story's last sentence, with no blank
line between them).  WordPress's curly quotes (“//connect.facebook.net/…”) are read as quotes."""

from __future__ import annotations

import re

from .families import CODE, MARKUP, NOTICE
from .units import Unit
from ...lazyre import lazy


def _gate(s: str) -> bool:
    """Does ``s`` hold a character every code line holds (one of ``;{}=<>``)?  Six scans in C
    cost less than one pass over the characters in Python."""
    return ";" in s or "=" in s or "{" in s or "}" in s or "<" in s or ">" in s


_SENTENCE_END = frozenset(".!?\"”'’")

_TRAITS = (
    lazy(r"\bfunction\s*[\w$]*\s*\("),  # function (d, s, id) / function gtag()
    lazy(r"\)\s*=>|[\w$]\s*=>\s*[{(]"),  # arrow functions
    lazy(r"\b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*[=,;]"),  # declarations
    lazy(r"[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*\("),  # a call on a dotted name: d.createElement(
    lazy(r"^\s*[A-Za-z_$][\w$.]*\(.*\)\s*;\s*$"),  # a line that is one call: gtag('js', new Date());
    lazy(r";\s*$"),  # a statement's end
    lazy(r"^\s*[})\]]"),  # a line that opens by closing: }(document, 'script', 'facebook-jssdk'));
    lazy(r"\{\s*$"),  # a line that opens a block
    lazy(r"\bif\s*\(.*\)\s*(?:\{|return\b)"),
    lazy(r"(?:^|[{;)])\s*return\b[^.;]{0,20};"),  # return; / {return false;} (not "in return;")
    lazy(r"[\w$\]]\s*=\s*[\w$\"“'‘/(\[{-]"),  # an assignment: js.src = “//connect…”
    lazy(r"\{[^}]*\b[a-z][a-z-]*\s*:[^;{}]+;|\b[a-z][a-z-]*\s*:\s*[^;{}:]{1,60};\s*[a-z][a-z-]*\s*:"),  # CSS declarations
    lazy(r"^\s*[.#@][A-Za-z][\w-]*[^{}]*\{"),  # a CSS selector or at-rule: .fb-like {, @media (…) {
    lazy(r"</?(?:script|style|iframe|noscript|div|span|ins|img|link|meta)\b"),  # tags of a page's code
    lazy(r"\s[\w-]+=[\"'“‘][^\"'”’]*[\"'”’]"),  # attributes: src="…" class='…'
    lazy(r"[\"“][\w@$-]+[\"”]\s*:\s*[\"“\d\[{tfn]"),  # JSON keys: "@context": "https://schema.org"
    lazy(r"^\s*\{.*\}\s*$"),  # an object on one line: {"@type": "NewsArticle", …}
    # markup printed with its entities, as a feed or a page's source shows it: &lt;col class=&quot;x&quot; /&gt;
    lazy(r"&lt;/?[A-Za-z][\w:-]*(?:\s|/?&gt;)"),
    lazy(r"\s[\w-]+=&quot;"),
)
TRAITS_OF_A_CODE_LINE = 2


def traits(line: str) -> int:
    """How many traits of code ``line`` shows (0 for a line that ends like a sentence, has no
    character a code line needs, or is a shortcode)."""
    s = line.strip()
    if not s or s[-1] in _SENTENCE_END or not _gate(s):
        return 0
    if s[0] == "[" and s[-1] == "]":
        return 0  # a CMS shortcode ([gallery ids="12,13"]): a test of its own names it
    if s[0] == "<" and s[-1] == ">" and _markup_line(s):
        return TRAITS_OF_A_CODE_LINE
    return sum(1 for t in _TRAITS if t.search(s))


# a line that is one element of a feed or a page's markup: "<entry>", "</feed>",
# '<link rel="self" href="…"/>', "<updated>2019-05-04T04:48:05Z</updated>"
# (a name in lower case, attributes with values: "<The Palace: Jang Noksu>" is a title in the angle
# brackets Korean copy sets titles in)
_MARKUP_LINE = lazy(r"^</?([a-z][\w:.-]*)(?:\s+[\w:-]+=[^<>]*)?\s*/?>(?:([^<>]{0,200})</\1>)?$")


def _markup_line(s: str) -> bool:
    """Is ``s`` one element alone on its line?  Text inside a page's own text element ("<p>A short
    paragraph</p>") is the story's words with a tag around them (``_tags_in_prose``), not code."""
    m = _MARKUP_LINE.match(s)
    if m is None:
        return False
    return m.group(2) is None or _TAG.match(f"<{m.group(1)}>") is None


# one member of a JSON object alone on its line, as a page's data prints when an object is spread
# over lines: "url": "dubrovnik-ban-suitcase",  /  "page": 2  /  "tags": ["a", "b"],
# (it holds none of the characters ``_gate`` asks for, and its value is data, not words: a story's
# '"Enough": that was all she said' goes on in words)
_JSON_MEMBER = lazy(r'^\s*["“][\w@$.-]+["”]\s*:\s*(?:["“][^"“”]*["”]|-?\d[\d.]*|true|false|null|\[[^\]]*\]|[\[{])\s*,?\s*$')


def _json_gate(s: str) -> bool:
    return '":' in s or "”:" in s


def _is_code(line: str) -> bool | None:
    """True for a code line, None for a line with no letters or digits (a lone "}" or "});":
    neither code nor prose by itself), False otherwise."""
    if not any(c.isalnum() for c in line):
        return None
    if _json_gate(line) and _JSON_MEMBER.match(line):
        return True
    return traits(line) >= TRAITS_OF_A_CODE_LINE


# a tag of the page's markup, with its attributes: <span style="font-size: 1rem;"> (HTML's own
# element names: "vector<int>" and "#include <stdio.h>" in a story about code are no tags; and the
# tags a word processor's paste leaves, in their namespaces: <st1:place w:st="on">, <o:p>)
_TAG = lazy(r"</?(?:span|div|p|a|b|i|u|em|strong|font|br|hr|img|sup|sub|small|big|center|ul|ol|li|h[1-6]|table|tbody|thead|tr|td|th|section|article|figure|figcaption|blockquote|iframe|script|style|noscript|ins|link|meta|label|input|button|form|nav|header|footer|aside|main|picture|source|video|audio|o:p|(?:st1|o|w|v|m):[a-z]\w*)\b(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|“[^”]*”|[^\s>]+))?)*\s*/?>", re.I)
TAGGED_PROSE_WORDS = 3


def tag_runs(text: str) -> list[list[int]]:
    """The runs of tags in ``text`` (tags with only spaces between them make one run), as
    ``[start, end]`` offsets."""
    runs: list[list[int]] = []
    for m in _TAG.finditer(text):
        if runs and text[runs[-1][1] : m.start()].strip() == "":
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    return runs


def _tags_in_prose(u: Unit) -> tuple[str, str, int, int] | None:
    """A tag left in a paragraph of the story ("<span style="font-size: 1rem;">The detailed plans
    were agreed ...</span>"): the tags alone are the leftover, the words around them are the
    story's.  The verdict holds the first run of tags; the segmentation reports the others
    beside it (``segment._segment``), each a finding of its own."""
    text = u.text
    runs = tag_runs(text)
    if not runs:
        return None
    prose = _TAG.sub(" ", text)
    if len(prose.split()) < TAGGED_PROSE_WORDS or traits(prose) >= TRAITS_OF_A_CODE_LINE:
        return None
    a, e = runs[0]
    return NOTICE, TAG_IN_PROSE, u.start + a, u.start + e


TAG_IN_PROSE = "HTML tag left in the text"


# marks of the page's markup alone on a line: an HTML comment's opening or closing, as the page's
# source had it or with its two hyphens made a dash by a typographer's filter ("<!–"), and the tail
# of a tag whose opening was cut away ('"/>': an attribute's closing quote and the tag's end; a lone
# ">" is a Markdown quotation's empty line, not one of them)
_COMMENT_MARKS = frozenset(("<!--", "<!–", "<!—", "-->", "–>", "—>", "/>", '"/>', '" />', "'/>", '">', "'>"))


# a server's error message printed over the page ("Warning: mysql_fetch_assoc(): supplied argument is
# not a valid MySQL result resource in /home/site/public_html/news.php on line 12"): PHP's label, a
# message, the script's path on the server
_SERVER_ERROR = lazy(
    r"^(?:PHP\s+)?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error)\s*:\s+"
    r".{3,300}?\s+in\s+(?:(?:/[\w.~-]+){2,}|[A-Z]:\\\S+)(?:\s+on\s+line\s+\d+)?"
)
SERVER_ERROR = "a server's error message printed over the page"


def _markup(lines: list[str]) -> bool:
    """Does every line open with a tag of the page's text markup ("<a href=...>http://...</a>"),
    not a script's, a style sheet's or the page head's ("<script async src=...>")?"""
    return all((m := _TAG.match(line.lstrip())) and not _SCRIPT_TAG.match(m.group()) for line in lines if line.strip())


_SCRIPT_TAG = lazy(r"</?(?:script|style|noscript|link|meta|iframe)\b", re.I)


def page_code(u: Unit) -> tuple[str, str] | tuple[str, str, int, int] | None:
    text = u.text
    if text[:1] in "WNDFPSC" and " in " in text and _SERVER_ERROR.match(text):
        return NOTICE, SERVER_ERROR
    if not _gate(text) and not _json_gate(text):
        return None
    if text.strip() in _COMMENT_MARKS:
        return NOTICE, CODE
    if "<" in text and ">" in text and "\n" not in text:
        tagged = _tags_in_prose(u)
        if tagged is not None:
            return tagged
    lines = text.split("\n")
    verdicts = [_is_code(line) for line in lines]
    if not any(verdicts):
        return None
    if all(v is not False for v in verdicts):
        return NOTICE, MARKUP if _markup(lines) else CODE
    # prose, then code to the block's end: flag from the first line of the closing run
    first = len(lines)
    while first > 0 and verdicts[first - 1] is not False:
        first -= 1
    if sum(1 for v in verdicts[first:] if v) < 2:
        return None
    start = u.start + sum(len(line) + 1 for line in lines[:first])
    return NOTICE, CODE, start, u.end


def absorb_brackets(units: list[Unit], verdicts: list) -> None:
    """A block of brackets alone ("}", "});") beside page code is part of it (so that removing
    the code leaves no stray bracket).  Forward, then back: "}" after a style sheet, "{" before."""
    n = len(units)
    for order in (range(1, n), range(n - 2, -1, -1)):
        step = -1 if order.step == 1 else 1  # the neighbour already decided in this sweep
        for i in order:
            v = verdicts[i + step]
            if verdicts[i] is None and v is not None and len(v) == 2 and v[1] == CODE and not any(c.isalnum() for c in units[i].text):
                verdicts[i] = (NOTICE, CODE)
