"""Typography: mixed quote styles, empty links, unbalanced brackets, HTML entities, mojibake."""

from __future__ import annotations

import html
import re

from ...diagnostics import Finding, Fix, Severity, Span
from ...rule import Examples, Rule
from ...lazyre import lazy

_STRAIGHT = lazy(r"[\"']")
_CURLY = lazy(r"[“”‘’]")
_WORDCHAR = lazy(r"\w")


class MixedQuotes(Rule):
    """A text that mostly uses curly quotes and apostrophes (“ ” ’) but has a few straight ones
    (" '), or the other way round, was edited in different tools.  The minority marks are flagged,
    with the curly (or straight) mark as the fix."""

    code = "TY004"
    name = "mixed-quotes"
    category = "typography"
    severity = Severity.INFO
    summary = "Straight and curly quotation marks mixed in one text."
    fixable = True
    examples = Examples(
        bad=["“We are ready,” she said. \"We start on Monday.\" It’s settled."],
        good=["“We are ready,” she said. “We start on Monday.” It’s settled.", "\"Fine,\" he said. It's done."],
    )

    def check(self, doc, ctx):
        text = doc.prose
        if not ('"' in text or "'" in text) or not any(c in text for c in "“”‘’"):
            return  # one style only (or no quotation marks at all): nothing to compare
        blocks = [b for b in doc.blocks if b.kind in self.scopes]
        straight: list[int] = []
        curly = 0
        for b in blocks:
            straight.extend(m.start() for m in _STRAIGHT.finditer(text, b.start, b.end))
            curly += len(_CURLY.findall(text, b.start, b.end))
        if not straight or not curly:
            return
        if len(straight) <= curly:
            for pos in straight:
                yield self._finding(text, pos, curly_wanted=True)
        else:
            for b in blocks:
                for m in _CURLY.finditer(text, b.start, b.end):
                    yield self._finding(text, m.start(), curly_wanted=False)

    @staticmethod
    def _finding(text: str, pos: int, curly_wanted: bool) -> Finding:
        ch = text[pos]
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if curly_wanted:
            if ch == '"':
                repl = "“" if (before.isspace() or before in "([{—–-") and not after.isspace() else "”"
            else:
                repl = "‘" if (before.isspace() or before in "([{—–-") and _WORDCHAR.match(after) else "’"
            message = f"Straight {'quote' if ch == chr(34) else 'apostrophe'} {ch} in a text that uses curly marks; use {repl}"
        else:
            repl = '"' if ch in "“”" else "'"
            message = f"Curly mark {ch} in a text that uses straight marks; use {repl}"
        return Finding(Span(pos, pos + 1), message, suggestions=(repl,), fix=Fix.replace(Span(pos, pos + 1), repl))


_BROKEN_URL = lazy(r"(?<![\w:/.])(?:https?:)?//(?=\s|$|[)\]])")


class EmptyLink(Rule):
    """A link with no text, a link with no target, or a bare ``//`` or ``http://`` where a link
    was: the page's link did not survive the copy.  Restore the link or remove the reference."""

    code = "TY006"
    name = "empty-link"
    category = "typography"
    summary = "Empty or broken link left in the text."
    examples = Examples(
        bad=["For more, see: //", "Read the report at http:// for details."],
        good=["Read the report at https://example.org/report for details.", "The ratio was 1//2 in the notation."],
    )

    def check(self, doc, ctx):
        for link in doc.links:
            href = (link.href or "").strip()
            if link.end <= link.start:
                yield Finding(
                    Span(link.start, link.end), "Link has no text: readers cannot see or click it.",
                    source_span=Span(link.source_start, link.source_end) if link.source_start >= 0 else None,
                )
            elif not href or href == "#":
                yield Finding(Span(link.start, link.end), f"Link {doc.text((link.start, link.end))!r} has no target.")
        text = doc.prose
        if "//" not in text:
            return  # no block can hold a broken address: one search instead of one per block
        for b in doc.blocks:
            if b.kind not in self.scopes or text.find("//", b.start, b.end) < 0:
                continue
            for m in _BROKEN_URL.finditer(text, b.start, b.end):
                yield Finding(Span(m.start(), m.end()), f"Broken link: {m.group()!r} with no address after it.")


_PAIRS = {")": "(", "]": "["}
_BRACKET = lazy(r"[()\[\]]")
_ENUM = lazy(r"(?:^|\s)(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})\)")


def _emoticon(text: str, start: int, i: int) -> bool:
    """Is the bracket at ``i`` the mouth of an emoticon (":(", ":-)", ";)", "=(")?"""
    return text[max(start, i - 1) : i] in (":", ";", "=") or text[max(start, i - 2) : i] in (":-", ";-")


class UnbalancedBrackets(Rule):
    """A parenthesis or square bracket that is never closed (or never opened) in its paragraph:
    often a sign of text cut off in the copy, or of a lost half of an aside."""

    code = "TY010"
    name = "unbalanced-brackets"
    category = "typography"
    severity = Severity.INFO
    summary = "Parenthesis or bracket without its partner in the paragraph."
    examples = Examples(
        bad=["The agency (which was founded in 1990 said it would appeal."],
        good=[
            "The agency (founded in 1990) said it would appeal.",
            "The options are a) wait or b) act now.",
            "The final was dull :( but the semi was fun :-) and so was the draw ;)",
        ],
    )

    def check(self, doc, ctx):
        # a text without brackets (nearly half of news articles) has none in any block
        if any(map(doc.prose.__contains__, "()[]")):
            yield from super().check(doc, ctx)

    def check_block(self, block, ctx):
        text = block.doc.prose
        brackets = _BRACKET.findall(text, block.start, block.end)
        if not brackets or (brackets.count("(") == brackets.count(")") and brackets.count("[") == brackets.count("]")):
            return
        stack: list[tuple[str, int]] = []
        enum_closers = {m.end() - 1 for m in _ENUM.finditer(text, block.start, block.end)}
        for m in _BRACKET.finditer(text, block.start, block.end):
            i = m.start()
            ch = text[i]
            if _emoticon(text, block.start, i):
                continue
            if ch in "([":
                stack.append((ch, i))
                continue
            if i in enum_closers:
                continue
            if stack and stack[-1][0] == _PAIRS[ch]:
                stack.pop()
            else:
                yield Finding(Span(i, i + 1), f"'{ch}' closes nothing in this paragraph.")
        for ch, i in stack:
            yield Finding(Span(i, i + 1), f"'{ch}' is never closed in this paragraph.")


_ENTITY = lazy(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")


class HtmlEntity(Rule):
    """An HTML entity such as ``&amp;`` or ``&#8217;`` in plain text or Markdown is a leftover of
    the web page the text came from: readers see the code, not the character."""

    code = "TY014"
    name = "html-entity"
    category = "typography"
    summary = "HTML entity left in the text."
    fixable = True
    examples = Examples(bad=["Marks &amp; Spencer said sales rose.", "It&#8217;s done."], good=["Marks & Spencer said sales rose."])

    def check(self, doc, ctx):
        if "&" in doc.prose:  # every entity starts with '&': a text without one has none in any block
            yield from super().check(doc, ctx)

    def check_block(self, block, ctx):
        text = block.doc.prose
        for m in _ENTITY.finditer(text, block.start, block.end):
            decoded = html.unescape(m.group())
            if decoded == m.group():
                continue  # not an entity HTML knows
            shown = decoded if decoded.strip() else "a space"
            yield Finding(
                Span(m.start(), m.end()),
                f"HTML entity {m.group()!r} left in the text; write {shown!r}.",
                suggestions=(decoded,),
                fix=Fix.replace(Span(m.start(), m.end()), decoded if decoded != "\xa0" else " "),
            )


_MOJIBAKE_GATE = lazy("[âÃÂï\ufffd]")
_MOJIBAKE = lazy(r"(?:â€[™œ\u009d˜”“¦¢¡\u0080-\u00bf]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|ï»¿)+|\ufffd+")


class Mojibake(Rule):
    """Characters garbled by decoding text in the wrong encoding: ``â€™`` for ``’``, ``Ã©`` for
    ``é``, or the replacement character ``�``.  Where the original can be recovered it is suggested."""

    code = "TY013"
    name = "mojibake"
    category = "typography"
    summary = "Garbled characters from a wrong text encoding."
    examples = Examples(bad=["The company\u00e2\u20ac\u2122s shares fell.", "Caf\u00c3\u00a9 owners protested.", "Prices rose \ufffd sharply."], good=["The company’s shares fell.", "Café owners protested."])

    def check(self, doc, ctx):
        # every garbled sequence holds a character of the gate: one search of the whole text settles
        # the documents (nearly all) that have none
        if _MOJIBAKE_GATE.search(doc.prose) is not None:
            yield from super().check(doc, ctx)

    def check_block(self, block, ctx):
        text = block.doc.prose
        if _MOJIBAKE_GATE.search(text, block.start, block.end) is None:
            return
        for m in _MOJIBAKE.finditer(text, block.start, block.end):
            found = m.group()
            suggestions: tuple[str, ...] = ()
            fix = None
            try:
                repaired = found.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                repaired = None
            if repaired:
                suggestions = (repaired,)
                fix = Fix.replace(Span(m.start(), m.end()), repaired)
            yield Finding(
                Span(m.start(), m.end()),
                f"Garbled characters {found!r}: the text was decoded with the wrong encoding"
                + (f"; it probably read {repaired!r}." if repaired else "."),
                suggestions=suggestions,
                fix=fix,
            )


_DANGLING_WORDS = frozenset(
    "the a an of to and or but from with for in on at by that which who whose as than into onto its their his her "
    "our your my this these those".split()
)
_WORD_ONLY = lazy(r"[^\W\d_]+(?:['’][^\W\d_]*)?")


class TruncatedParagraph(Rule):
    """A paragraph that stops mid-sentence: it ends with a comma or semicolon, an opening quote,
    a possessive, or a word such as "the", "of" or "and" that cannot end a sentence.  Text cut off
    when it was copied or exported; restore the rest from the source."""

    code = "TY017"
    name = "truncated-paragraph"
    category = "typography"
    summary = "Paragraph cut off mid-sentence."
    examples = Examples(
        bad=[
            "Head\nThe US military supported Pakistan’s claim that it was conducting “s",
            "Head\nOther issues to be discussed at the five-day conference range from China's",
            "Head\nWal-Mart agreed to suspend firearms sales in its California stores in 2003,",
        ],
        good=[
            "Head\nThe council approved the budget on Monday.",
            "Head\nAsked if she would run again, she said: “Maybe”",
            "Head\nShort label,",
            "Head\nThe public are consistently dull, as they always have been, and always will be :(",
        ],
    )
    scopes = frozenset({"paragraph"})

    def check_block(self, block, ctx):
        prose = block.doc.prose
        if prose.count(" ", block.start, block.end) < 7:
            return
        offset = max(block.start, block.end - 60)
        text = prose[offset : block.end]
        tail = text.rstrip()
        last = tail[-1]
        reason = None
        if last in ",;":
            reason = f"ends with '{last}'"
        elif re.search(r"[“‘«(\[]\w{0,3}$", tail) and not (tail[-1] == "(" and _emoticon(tail, 0, len(tail) - 1)):
            reason = "ends inside an opening quote or bracket"
        elif last.isalpha() or last in "'’":
            word = tail.rsplit(None, 1)[-1]
            if _WORD_ONLY.fullmatch(word):
                if word.lower() in _DANGLING_WORDS:
                    reason = f"ends with '{word}'"
                elif word.endswith(("'s", "’s")) and word[:1].isupper():
                    reason = f"ends with the possessive '{word}'"
        if reason:
            start = max(0, len(tail) - 30)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            yield Finding(
                Span(offset + start, offset + len(tail)),
                f"Paragraph {reason}: it looks cut off mid-sentence.",
                help="Restore the rest of the paragraph from the source, or end the sentence.",
            )


RULES = [MixedQuotes, EmptyLink, UnbalancedBrackets, HtmlEntity, Mojibake, TruncatedParagraph]
