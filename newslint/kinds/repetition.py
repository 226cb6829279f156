"""``repetition``: a word written twice (or more) in a row ("the the"): one finding per run."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice
from operator import eq

from ..diagnostics import Finding, Fix, Span
from .base import Definition, YamlRule


# Capitalised repeats at the start of a sentence are slips only for these ("The The council").
FUNCTION_WORDS = frozenset(
    "a an the and or but in on at of to for from with by as is was are were be it he she we they i "
    "this that these those his her its their our".split()
)


# A word, then only spaces or tabs, then the same word; not part of a hyphenated or
# apostrophised compound ("break-in in", "in in-house").  The quantifiers are possessive (``++``):
# giving back a letter of the first word or a space could never lead to a match (a letter cannot
# stand where the spaces must, a space cannot start the repeated word), so the engine is told not
# to try; the matches are those of ``([^\W\d_]+)[ \t]+``, found in three quarters of the time.
_REPEAT_SRC = r"(?<![\w\-–/'’])([^\W\d_]++)[ \t]++(\1)(?![\w\-–/'’])"
_REPEAT = re.compile(_REPEAT_SRC)
_REPEAT_I = re.compile(_REPEAT_SRC, re.IGNORECASE)


def _mark(text: str, i: int) -> bool:
    """Is ``text[i]`` a combining mark?  A regex takes the vowel signs of Devanagari or Bengali for
    no word character, so "सीरीज जीती" holds "ज ज", two halves of two words."""
    return 0 <= i < len(text) and unicodedata.category(text[i])[0] == "M"


# A character after which a word of the shared tokenizer may go on.
_WORD_GOES_ON = re.compile(r"[\w'’]")


def may_repeat(doc, ignorecase: bool) -> bool:
    """False only when no block of ``doc`` can hold a match of the pattern: a fast gate that compares
    neighbouring words of the document's word index instead of trying the pattern at every position.

    A match is two neighbouring words of the index (the pattern's boundaries are word boundaries of
    the shared tokenizer), equal as the regex engine compares them: character by character, after
    Unicode's simple lower-case mapping when ``ignorecase``.  ``str.lower`` is that mapping except for
    'İ' (two characters) and a final 'Σ' (ς); a document with either, or with a block that ends inside a
    word of the index (the block's last word is then shorter than the index's), takes the full scan.
    """
    text = doc.prose
    for block in doc.blocks:
        if _WORD_GOES_ON.match(text, block.end):
            return True
    if ignorecase:
        if "İ" in text or "Σ" in text:
            return True
        words = doc.word_lows  # (without those two letters, each word's lower case is the mapping's)
    else:
        words = doc.word_texts
    return any(map(eq, words, islice(words, 1, None)))


class Repetition(YamlRule):
    kind_name = "repetition"
    KEYS = {
        "ignorecase": "compare words regardless of case (default true)",
        "exceptions": "words that may legitimately repeat ('had had', 'that that')",
        "exceptions-after": "word -> words: the word may repeat only after one of these in its sentence "
        "('is is' after 'what': 'What it is is ...')",
        "names": "also flag repeated capitalised words mid-sentence, usually names (default false)",
    }
    PLACEHOLDERS = ("match", "word")

    def setup(self, d: Definition) -> None:
        self.ignorecase = d.optional("ignorecase", bool, True)
        self.exceptions = {w.lower() for w in d.string_list("exceptions")}
        self.after = self._after(d)
        self.names = d.optional("names", bool, False)

    @staticmethod
    def _after(d: Definition) -> dict[str, re.Pattern]:
        """``exceptions-after``: each word with a pattern of the words that license its repeat."""
        key = "exceptions-after"
        value = d.optional(key, dict, {})
        out = {}
        for word, openers in value.items():
            if not isinstance(word, str) or not isinstance(openers, list) or not all(isinstance(o, str) for o in openers):
                raise d.error(key, "must map each word to a list of words")
            alternation = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
            out[word.lower()] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
        return out

    def _licensed(self, block, word: str, at: int) -> bool:
        """Is ``word`` at ``at`` an ``exceptions-after`` word with one of its words earlier in the
        sentence?"""
        opener = self.after.get(word)
        if opener is None:
            return False
        start = block.start
        for sp in block.sentences:
            if sp.start > at:
                break
            start = sp.start
        return opener.search(block.doc.prose, start, at) is not None

    @classmethod
    def is_fixable(cls, d: Definition) -> bool:
        return True

    def check(self, doc, ctx):
        # most documents repeat no word: one pass over the word index settles them
        if may_repeat(doc, self.ignorecase):
            yield from super().check(doc, ctx)

    def check_block(self, block, ctx):
        text = block.doc.prose
        starts = None
        pattern = _REPEAT_I if self.ignorecase else _REPEAT
        run_end = -1
        # combining marks only outside ASCII: asked once per document, and only of one with a candidate
        marks = None
        # candidates in one C-level scan: a word, spaces or tabs, the same word again
        for m in pattern.finditer(text, block.start, block.end):
            a1, b1 = m.span(1)
            if a1 < run_end:
                continue  # inside the run reported already ("the the the the": the second pair)
            a2, b2 = m.span(2)
            w1, w2 = m.group(1), m.group(2)
            if w1.lower() in self.exceptions or (self.after and self._licensed(block, w1.lower(), a1)):
                continue
            if marks is None:
                marks = not block.doc.memo("prose.isascii", text.isascii)
            if marks and (_mark(text, a1 - 1) or _mark(text, b1) or _mark(text, a2 - 1) or _mark(text, b2)):
                continue  # pieces of words cut at their combining marks
            if not self.names and w2[:1].isupper():
                if starts is None:
                    starts = {sp.start for sp in block.sentences}
                if a1 not in starts or w1.lower() not in FUNCTION_WORDS:
                    continue  # "Duran Duran", "Walla Walla": names, not slips
            # a run of the same word is one slip, with one fix that leaves one copy ("the the the")
            repeats = 1
            nxt = pattern.match(text, a2, block.end)
            while nxt is not None:
                a2, b2 = nxt.span(2)
                repeats += 1
                nxt = pattern.match(text, a2, block.end)
            run_end = b2
            what = f"the second '{w2}'" if repeats == 1 else f"the {repeats} repeats of '{w1}'"
            yield Finding(
                Span(a1, b2),
                self.render(match=text[a1:b2], word=w1),
                suggestions=(w1,),
                help=self.help_text,
                fix=Fix.replace(Span(b1, b2), "", f"remove {what}"),
            )
