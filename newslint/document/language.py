"""Is a stretch of prose English?  The English-only checks (grammar, spelling, AT005) leave text in
another language alone: run over German or Indonesian prose they would flag nearly every word.

The test is the share of frequent English words that other languages rarely write ("a", "in",
"was", "as", "he" and "an" are Spanish, Portuguese, German or Italian words too).  English prose
has about a quarter of its words in this set; Portuguese, German or Indonesian text well under a
twentieth.  Text under a twentieth is then asked whether its lower-case words are mostly English
dictionary words, as a dense English sentence's are; so is a block under 0.3 (Danish, Norwegian
and Dutch write some of the set's words), which stays English unless most of them are not.  A
block is judged on its own words when it has enough of them, else it takes the document's
verdict.  Both verdicts are asked for only when a rule is about to report, so text with nothing
to report costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .tokens import WORD_RE

ENGLISH_MARKERS = frozenset(
    """the of and to is that with for this are have has been which would their they said from it by be
    not were on at she his her we you there what who but had also about after""".split()
)
MIN_ENGLISH_SHARE = 0.05
# Danish, Norwegian and Dutch write some of the markers too ("for", "at", "her", "by", "have", "is",
# "of"): their prose can reach a twentieth (Danish 0.05-0.07) and more (a Norwegian wire story's
# paragraph 0.15, "... at ... for ... at ... for ..."; a Norwegian sentence can pass 0.2).  A block
# under this share is asked the dictionary question as well, and is English unless it has enough
# lower-case words and most are not English.  English blocks of bbc-dev and 1,100 unseen pages with a
# share between the two (about 9,000) all have 0.7 or more of their lower-case words in the dictionary
# or too few of them to ask; Danish, Norwegian and Dutch prose about 0.35-0.55.
SURE_ENGLISH_SHARE = 0.3
OWN_VERDICT_WORDS = 12  # blocks shorter than this take the document's verdict


# a web address: its words ("www", "com", "live-news", "in-turkish-funded-syria-camps") are no
# evidence of the language of the prose around it
_LINK = re.compile(r"(?:https?://|www\.)\S+")


def _without_links(text: str) -> str:
    return _LINK.sub(" ", text) if "://" in text or "www." in text else text


def english_share(text: str) -> tuple[float, int]:
    """The share of ``text``'s words that are frequent English words, and the number of words
    (web addresses left out)."""
    words = [w.lower() for w in WORD_RE.findall(_without_links(text))]
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in ENGLISH_MARKERS) / len(words), len(words)


def document_is_english(prose: str, min_words: int = OWN_VERDICT_WORDS) -> bool:
    """Judged as a block of enough words is (``_english``): in the band between the two shares
    too, where a Norwegian story whose paragraphs write "for" and "at" often enough stands, while
    an English one that quotes a paragraph of German keeps most of its lower-case words in the
    dictionary (every English document of bbc-dev and 1,100 unseen pages in the band does).  A
    document shorter than ``min_words`` with no frequent English word is English unless its
    lower-case words are mostly outside the dictionary (a two-sentence Hungarian brief)."""
    share, n = english_share(prose)
    if n < min_words and share < MIN_ENGLISH_SHARE:
        return dictionary_english(prose) is not False
    return _english(prose, share)


def _english(text: str, share: float) -> bool:
    """The verdict on a block of enough words with this share of markers."""
    if share >= SURE_ENGLISH_SHARE:
        return True
    if share >= MIN_ENGLISH_SHARE:
        return dictionary_english(text) is not False
    return dictionary_english(text) is True


# Few markers do not make a text another language: a dense news sentence ("Irish publishing group
# Independent News & Media is buying up a 26% stake in Indian newspaper company Jagran in a deal
# worth 25m euros": only "is"), contractions ("I'm really enjoying Kurt Andersen's new book. It's
# always a treat"), a list.  So a text the markers call foreign is called so only when its lower-case
# words are mostly not English dictionary words.  On the blocks of the 766 boilerplate drafts that
# the markers call foreign, English ones have 0.73 or more of those words in the dictionary, German,
# Italian, Portuguese and Spanish ones 0.61 or less (Italian with English loan words).  With fewer
# than DICTIONARY_MIN_WORDS lower-case words (a line of names or figures) the markers decide alone.
DICTIONARY_SHARE = 0.7
DICTIONARY_MIN_WORDS = 8


def dictionary_english(text: str) -> bool | None:
    """Are most of ``text``'s lower-case words English dictionary words?  None when it has fewer
    than ``DICTIONARY_MIN_WORDS`` of them.  Asked only of text with few markers, so most English
    copy never pays for it."""
    from ..checks.spelling import lexicon  # the spell checker's word list, loaded on first use

    words = [w.replace("’", "'") for w in WORD_RE.findall(_without_links(text)) if w[0].islower()]
    if len(words) < DICTIONARY_MIN_WORDS:
        return None
    accepted = lexicon.accepted()
    return sum(1 for w in words if w in accepted) >= DICTIONARY_SHARE * len(words)


class EnglishBlocks:
    """Which blocks of a document are English, each decided the first time it is asked about."""

    __slots__ = ("doc", "own_verdict_words", "_starts", "_verdicts", "_document")

    def __init__(self, doc, own_verdict_words: int = OWN_VERDICT_WORDS) -> None:
        self.doc = doc
        self.own_verdict_words = own_verdict_words
        self._starts = [b.start for b in doc.blocks]
        self._verdicts: dict[int, bool] = {}
        self._document: bool | None = None

    def at(self, pos: int) -> bool:
        """Is the block holding prose offset ``pos`` English?"""
        i = bisect_right(self._starts, pos) - 1
        got = self._verdicts.get(i)
        if got is None:
            got = self._verdicts[i] = self._judge(i)
        return got

    def _judge(self, i: int) -> bool:
        if i < 0:
            return self.document
        b = self.doc.blocks[i]
        text = self.doc.prose[b.start : b.end]
        share, n = english_share(text)
        if n < self.own_verdict_words:
            # too short for a verdict of its own, it takes the document's; but an English line
            # under a foreign paragraph, sure by its markers and its dictionary words, stays English
            return self.document or (share >= SURE_ENGLISH_SHARE and dictionary_english(text) is True)
        return _english(text, share)

    def foreign(self) -> list[int]:
        """The blocks judged so far to be in another language."""
        return [i for i, english in self._verdicts.items() if not english and i >= 0]

    @property
    def document(self) -> bool:
        if self._document is None:
            self._document = document_is_english(self.doc.prose, self.own_verdict_words)
        return self._document


# A block judged on its own words by ``english_blocks`` needs this many of them; a shorter one takes
# the document's verdict.  An English list or a line of names can hold a dozen words and no "the",
# "of" or "is" ("diretor - Clint Eastwood; actor - Jamie Foxx; actress - Kate Winslet"), so the
# spelling and attribution rules ask for more evidence than the grammar rules (12) before they fall
# silent on a block.
CAUTIOUS_WORDS = 25


def english_blocks(doc, own_verdict_words: int = CAUTIOUS_WORDS) -> EnglishBlocks:
    """The document's English verdicts, shared by the families that use them: the cautious ones
    (spelling, attribution) by default, the grammar rules' with ``OWN_VERDICT_WORDS``."""
    return doc.memo(("language.english", own_verdict_words), lambda: EnglishBlocks(doc, own_verdict_words))


def unchecked_words(doc) -> int:
    """Words of the blocks that an English-only check was about to report in and left alone as
    another language.  Verdicts are asked for only there, so this costs nothing on English text
    with nothing to report, and a block no rule looked at is not counted."""
    blocks: set[int] = set()
    for value in doc.memo_values():
        if isinstance(value, EnglishBlocks):
            blocks.update(value.foreign())
    return sum(len(doc.blocks[i].words()) for i in blocks)
