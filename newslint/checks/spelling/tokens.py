"""Which words of a document a spell checker should look at, and which it must leave alone.

News copy is full of names a dictionary does not know (Haqqani, Miranshah, CENTCOM, IBTimes).
A word is *not* checked when it is:

* all capitals (an acronym: CENTCOM, ANSF), or has a capital inside (IBTimes, McDonald, iPhone);
* capitalised anywhere but at the start of a sentence (a name), or in a headline or heading
  (title case), or capitalised at a sentence start while the document uses it as a name elsewhere;
* part of a handle, hashtag, URL, e-mail address or file name (@CENTCOM, #news, bbc.co.uk);
* a number, a measurement or a code (5km, 1990s, mk88, B-52), or a single letter;
* a prefix before a hyphen (co-opt, anti-war), or a word with a letter written three times
  (pleeease: deliberate);
* not in the Latin alphabet (a quoted foreign word).

A possessive or plural ending on a name does not make it a word to check (Haqqani's).
What remains goes to the dictionary; lower-case words the document also uses capitalised inside
sentences (a name written in lower case once) are passed too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import HEADING, HEADLINE

# A dotted token (domain, file name, URL, e-mail) or a handle: its words are not prose.
_NON_PROSE = re.compile(
    r"(?:https?://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[@#][\w]+"  # handles and hashtags
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|us|de|fr|ru|cn|in|au|ca|tv|ly|me)\b(?:/\S*)?",
    re.I,
)
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_TRIPLE = re.compile(r"(.)\1\1")
_SENTENCE_OPENERS = frozenset("\"“‘([—–*•")

HYPHEN_PREFIXES = frozenset(
    "a an anti bi co counter de e ex extra hyper inter intra macro mega micro mid mini mis multi neo non "
    "over post pre pro pseudo re semi sub super trans tri ultra un under uni vice self cross out up down "
    "well half all".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word to check: its span in prose, its text (apostrophes straightened) and its shape."""

    start: int
    end: int
    text: str  # as written, with ’ turned into '
    lower: str  # lower case, possessive ending removed
    capitalised: bool  # first letter a capital (a sentence-initial word that is not a name)
    left: str  # the lower-case word before (same sentence), "" at the start
    right: str  # the lower-case word after (same sentence), "" at the end
    sentence_start: bool


@dataclass(slots=True)
class Analysis:
    tokens: list[Token]  # words to check, in order
    names: frozenset[str]  # lower-case forms of words the document uses as names
    words: int  # number of words seen


def _strip_possessive(w: str) -> str:
    if w.endswith("'s"):
        return w[:-2]
    if w.endswith("'"):
        return w[:-1]
    return w


def analyse(doc, scopes: frozenset[str]) -> Analysis:
    """Split the document's prose into the tokens a spell checker should look at."""
    prose = doc.prose
    tokens: list[Token] = []
    names: set[str] = set()
    total = 0
    sentence_words: list[tuple[int, int, str, bool, bool]] = []
    for block in doc.blocks:
        if block.kind not in scopes:
            continue
        title_case = block.kind in (HEADLINE, HEADING)
        skip_spans = [m.span() for m in _NON_PROSE.finditer(prose, block.start, block.end)]
        for sent in block.sentences:
            words = doc.words_between(sent.start, sent.end)
            total += len(words)
            sentence_words.clear()
            first = True
            for a, b in words:
                raw = prose[a:b]
                initial = first
                first = False
                word = raw.replace("’", "'")
                if not _ASCII_WORD.fullmatch(word):
                    sentence_words.append((a, b, word.lower(), False, initial))
                    continue
                check = True
                before = prose[a - 1] if a > sent.start else ""
                after = prose[b] if b < len(prose) else ""
                if skip_spans and any(s <= a < e for s, e in skip_spans):
                    check = False
                elif before in "@#/\\_" or after in "@_/\\" or (after == "." and prose[b + 1 : b + 2].isalnum()):
                    check = False
                elif before == "." and a >= 2 and prose[a - 2].isalnum():
                    check = False
                elif after == "-" and word.lower() in HYPHEN_PREFIXES:
                    check = False
                base = _strip_possessive(word)
                cap = base[:1].isupper()
                if len(base) < 2 or _TRIPLE.search(base.lower()):
                    check = False
                elif base.isupper() or (cap and not base[1:].islower()) or (not cap and not base.islower()):
                    check = False  # acronym or inner capital: a name or a brand
                elif cap:
                    if title_case:
                        check = False
                    elif not initial and not _clause_start(prose, sent.start, a):
                        names.add(base.lower())
                        check = False
                sentence_words.append((a, b, base.lower() if check else word.lower(), check, initial))
            n = len(sentence_words)
            for i, (a, b, low, check, initial) in enumerate(sentence_words):
                if not check:
                    continue
                raw = prose[a:b].replace("’", "'")
                tokens.append(
                    Token(
                        start=a,
                        end=b,
                        text=raw,
                        lower=low,
                        capitalised=raw[:1].isupper(),
                        left=sentence_words[i - 1][2] if i else "",
                        right=sentence_words[i + 1][2] if i + 1 < n else "",
                        sentence_start=initial,
                    )
                )
    return Analysis(tokens, frozenset(names), total)


def _clause_start(prose: str, sent_start: int, a: int) -> bool:
    """Does the word at ``a`` open a quotation, a bracket or a clause after a colon or dash?"""
    i = a - 1
    while i >= sent_start and prose[i] in " \t\n\xa0":
        i -= 1
    return i >= sent_start and prose[i] in _SENTENCE_OPENERS | {":", ";"}
