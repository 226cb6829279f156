"""``repetition``: a word written twice in a row ("the the")."""

from __future__ import annotations

from ..diagnostics import Finding, Fix, Span
from .base import Definition, YamlRule


# Capitalised repeats at the start of a sentence are slips only for these ("The The council").
FUNCTION_WORDS = frozenset(
    "a an the and or but in on at of to for from with by as is was are were be it he she we they i "
    "this that these those his her its their our".split()
)


class Repetition(YamlRule):
    kind_name = "repetition"
    KEYS = {
        "ignorecase": "compare words regardless of case (default true)",
        "exceptions": "words that may legitimately repeat ('had had', 'that that')",
        "names": "also flag repeated capitalised words mid-sentence, usually names (default false)",
    }
    PLACEHOLDERS = ("match", "word")

    def setup(self, d: Definition) -> None:
        self.ignorecase = d.optional("ignorecase", bool, True)
        self.exceptions = {w.lower() for w in d.string_list("exceptions")}
        self.names = d.optional("names", bool, False)

    @classmethod
    def is_fixable(cls, d: Definition) -> bool:
        return True

    def check_block(self, block, ctx):
        text = block.doc.prose
        words = block.words()
        starts = {s.start for s in block.sentences}
        for (a1, b1), (a2, b2) in zip(words, words[1:]):
            gap = text[b1:a2]
            if not gap or not gap.isspace() or "\n" in gap:
                continue
            if a1 > 0 and text[a1 - 1] in "-–/'’" or b2 < len(text) and text[b2] in "-–/":
                continue  # "break-in in", "in in-house": part of a compound, not a repeat
            w1, w2 = text[a1:b1], text[a2:b2]
            same = w1.lower() == w2.lower() if self.ignorecase else w1 == w2
            if not same or not w1.isalpha() or w1.lower() in self.exceptions:
                continue
            if not self.names and w2[:1].isupper() and (a1 not in starts or w1.lower() not in FUNCTION_WORDS):
                continue  # "Duran Duran", "Walla Walla": names, not slips
            yield Finding(
                Span(a1, b2),
                self.render(match=text[a1:b2], word=w1),
                suggestions=(w1,),
                help=self.help_text,
                fix=Fix.replace(Span(b1, b2), "", f"remove the second '{w2}'"),
            )
