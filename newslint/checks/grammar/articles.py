"""GR002: "a" before a vowel sound or "an" before a consonant sound."""

from __future__ import annotations

from ...diagnostics import Finding, Fix, Span
from ...rule import Examples, Rule
from .sounds import first_sound
from .words import blocks, match_case

# After these, "a" is a letter or a label, not the article: "options a or b", "a and b".
FUNCTION_WORDS = frozenset(
    "and or of is in on at as if it its are am an a the to by nor but was be for with from".split()
)
# "an der Oder", "an der Spree": German, not the article.
FOREIGN_AFTER_AN = frozenset({"der", "dem", "den", "die", "das"})


def _letter_spaced(text: str, a: int, b: int, end: int) -> bool:
    """Are the article and the single letters after it one word spaced out ("A N D:", "AN D:", a
    court caption's "AND")?  The letters, joined, make a dictionary word of three letters or more."""
    letters = text[a:b] + text[end - 1]
    n = len(text)
    # each next letter alone: a space, a letter, then no letter ("A N D:")
    while end + 1 < n and text[end] == " " and text[end + 1].isalpha() and (end + 2 == n or not text[end + 2].isalpha()):
        letters += text[end + 1]
        end += 2
    if len(letters) < 3:
        return False
    from ..spelling.lexicon import accepted  # loaded on first use; a letter after an article is rare

    return letters.lower() in accepted()


class IndefiniteArticle(Rule):
    """"An" goes before a vowel *sound*, "a" before a consonant sound: the sound decides, not the
    letter.  So "an hour", "an honest", "an FBI agent", "an MP", "an 8% rise", "an 11-year-old", but
    "a university", "a European", "a one-off", "a U.S. official", "a NATO summit".

    Pronunciations come from the CMU Pronouncing Dictionary.  Acronyms are read letter by letter
    when they cannot be read as a word (FBI, NHS, SNP); an acronym that might be read either way
    (NATO, MRSA) is judged only when both readings agree.  "An" before an h-word ("an historic",
    "an hotel") is an older usage and is left alone, and so are words with two pronunciations in
    the dictionary, names starting with U that it lacks ("a Uighur", "an Umbrian"), letters used
    as labels ("Plan A", "options a or b") and text in other languages."""

    code = "GR002"
    name = "wrong-indefinite-article"
    category = "grammar"
    summary = '"a" before a vowel sound or "an" before a consonant sound ("a apple", "an university").'
    fixable = True
    examples = Examples(
        bad=[
            "He ate a apple on the way.",
            "She studied at an university in Leeds.",
            "The fire lasted a hour.",
            "He met a FBI agent and a MP.",
            "It was an European decision.",
            "Profits rose by a 8% margin.",
        ],
        good=[
            "He ate an apple and waited an hour.",
            "She studied at a university in Leeds with a European grant.",
            "A U.S. official met an FBI agent, an MP and a NATO envoy.",
            "It was a one-off payment for an 11-year-old and an 18-month project.",
            "He made a U-turn after an X-ray; an historic day.",
            "Answer a or b, then Plan A and Serie A.",
        ],
    )

    def check(self, doc, ctx):
        for blk in blocks(doc, self.scopes):
            for article in ("a", "an"):
                for a, b in blk.hits.get(article, ()):
                    f = self._judge(blk, a, b, article)
                    if f is not None:
                        yield f

    @staticmethod
    def _judge(blk, a: int, b: int, article: str) -> Finding | None:
        nxt = blk.next_word(b)
        if nxt is None:
            return None
        text = blk.text
        word = text[nxt[0] : nxt[1]]
        low = word.lower()
        if low in FUNCTION_WORDS:
            return None
        if len(word) == 1 and _letter_spaced(text, a, b, nxt[1]):
            return None
        after = text[nxt[1] : nxt[1] + 4]
        if after[:1] in ("'", "’") and not word[0].isdigit():
            return None  # elisions and quoted words: unclear
        sound = first_sound(word, after if word[0].isdigit() else after[:1])
        if sound is None:
            return None
        if article == "a" and sound == "v":
            wanted = "an"
        elif article == "an" and sound == "c":
            if low[0] == "h" or low in FOREIGN_AFTER_AN:
                return None  # "an historic", "an hotel": an older usage, not a slip
            wanted = "a"
        else:
            return None
        if blk.capitalised_inside(a):
            return None  # "Plan A", "Serie A", "An Post", "An Najaf": not the article
        if not blk.english:
            return None
        original = text[a:b]
        replacement = match_case(wanted, original)
        span = Span(a, b)
        why = "a vowel sound" if wanted == "an" else "a consonant sound"
        return Finding(
            span,
            f"'{original} {word}': use '{replacement}' before {why}",
            suggestions=(replacement,),
            fix=Fix.replace(span, replacement, f"replace with {replacement!r}"),
        )
