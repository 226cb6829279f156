"""Which words of a document a spell checker should look at, and which it must leave alone.

News copy is full of names a dictionary does not know (Haqqani, Miranshah, CENTCOM, IBTimes).
A word is *not* checked when it is:

* all capitals (an acronym: CENTCOM, ANSF), or has a capital inside (IBTimes, McDonald, iPhone);
* capitalised anywhere but at the start of a sentence (a name), or in a headline or heading
  (title case), or capitalised at a sentence start while the document uses it as a name elsewhere;
* part of a handle, hashtag, URL, e-mail address or file name (@CENTCOM, #news, bbc.co.uk);
* a number, a measurement or a code (5km, 1990s, mk88, B-52), or a single letter;
* a title or an abbreviation written with a capital (Ms, Dr, Sept), or a capitalised word of two
  letters (Ed, Bo);
* a prefix before a hyphen (co-opt, anti-war), a part of a hyphenated compound that is a
  dictionary word when closed up (pre-empt, docu-drama), or a word with a letter written three
  times (pleeease: deliberate);
* a name's short form in brackets after it ("Caledonian Maritime Assets Limited (Cmal)");
* followed by ``&`` (an HTML entity left in plain text: clich&#233;d), or an entity's name
  (&mdash;: typography reports the entity);
* not in the Latin alphabet (a quoted foreign word).

A possessive or plural ending on a name does not make it a word to check (Haqqani's).
Lower-case words the document also uses capitalised inside sentences (a name written in lower
case once) are passed too.

Speed: news vocabulary repeats, so the shape of each distinct word (acronym, name, dictionary
word, word with real-word neighbours, unknown word) is decided once per process and kept in a
dictionary; the common path for a word is one lookup.  Only words that need a decision become
entries of ``Analysis.checks``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

from ...document import HEADING, HEADLINE
from ...document.sentences import MAY_BE_FINAL, NEVER_FINAL
from . import lexicon
from .realword import may_judge

# Where a word may be part of a URL, e-mail address, handle, file name or path: the
# whitespace-delimited chunk around one of these is matched against _NON_PROSE.
_HINT = re.compile(r"[@#/\\_]|\.[^\W_]")
_NON_PROSE = re.compile(
    r"(?:https?://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[@#]\w+"  # handles and hashtags
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|us|de|fr|ru|cn|in|au|ca|tv|ly|me)\b(?:/\S*)?"
    r"|\S*[/\\_]\S*",  # paths, file names, snake_case
    re.I,
)
_LONGEST_CHUNK = 256  # characters without a space that can still hold prose words worth checking
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_TRIPLE = re.compile(r"(.)\1\1")
_CLAUSE_OPENERS = frozenset("\"“‘([—–*•:;")
_SPACE = " \t\n\xa0"

HYPHEN_PREFIXES = frozenset(
    "a an anti bi co counter de e ex extra hyper inter intra macro mega micro mid mini mis multi neo non "
    "over post pre pro pseudo re semi sub super trans tri ultra un under uni vice self cross out up down "
    "well half all".split()
)

# Word shapes (bit flags); a word with none of them needs nothing.
UNKNOWN = 1  # not in the dictionary, lower case: SP001 decides
NAME_LIKE = 2  # not in the dictionary, capitalised: a name inside a sentence, else SP001 decides
CONFUSABLE = 4  # a lower-case dictionary word with real-word neighbours: SP002 decides
VARIANT = 8  # a dictionary word with a British/American counterpart (the dialect option)
SKIP = 16  # never checked: acronym, inner capital, single letter, digits, non-Latin, "pleeease"


class _Shapes(dict):
    """word as written -> (shape, lower case, form to check, id in the pair counts or -1), filling
    itself through ``shape`` (so ``map`` can look words up in C)."""

    def __missing__(self, raw: str) -> tuple[int, str, str, int]:
        return shape(raw)


_SHAPES: dict[str, tuple[int, str, str, int]] = _Shapes()
_SHAPES_MAX = 400_000
_SHAPE_OF = _SHAPES.__getitem__


@dataclass(slots=True)
class Analysis:
    lows: list[str]  # lower-case form of every word, in order; "" between sentences
    ids: list[int]  # the id of each of ``lows`` in the pair counts (``lexicon.Bigrams``), -1 if none
    checks: list[tuple[int, int, int, int, str, bool]]  # (index in lows, start, end, shape, form, sentence-initial)
    names: frozenset[str]  # lower-case forms of words the document uses as names
    words: int  # number of words seen


def _strip_possessive(w: str) -> str:
    if w.endswith("'s") or w.endswith("'S"):
        return w[:-2]
    if w.endswith("'"):
        return w[:-1]
    return w


def shape(raw: str) -> tuple[int, str, str, int]:
    """``(shape flags, lower case, form to check, pair-count id)`` of a word as written (cached per
    process)."""
    got = _SHAPES.get(raw)
    if got is not None:
        return got
    if raw.isalpha() and raw.isascii():
        # the common new types, plain lower-case and capitalised words: decided as the general
        # path below decides them, with fewer tests
        if raw.islower():
            if len(raw) < 2 or _TRIPLE.search(raw):
                flags = SKIP
            elif raw in lexicon.accepted():
                flags = VARIANT if raw in lexicon.variants().either else 0
                if raw in lexicon.confusables():
                    flags |= CONFUSABLE
            else:
                flags = UNKNOWN
            full = (flags, raw, raw, lexicon.bigrams().ids.get(raw, -1))
        elif raw.istitle():
            low = raw.lower()
            if len(raw) <= 2 or _TRIPLE.search(low) or raw in NEVER_FINAL or raw in MAY_BE_FINAL:
                flags = SKIP
            elif low in lexicon.accepted():
                flags = VARIANT if low in lexicon.variants().either else 0
            else:
                flags = NAME_LIKE
            full = (flags, low, low, lexicon.bigrams().ids.get(low, -1))
        else:
            return _shape(raw)
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        _SHAPES[raw] = full
        return full
    return _shape(raw)


def _shape(raw: str) -> tuple[int, str, str, int]:
    word = raw.replace("’", "'")
    low = word.lower()
    result: tuple[int, str, str]
    if not _ASCII_WORD.fullmatch(word):
        result = (SKIP, low, low)
    else:
        base = _strip_possessive(word)
        lb = base.lower()
        cap = base[:1].isupper()
        if len(base) < 2 or _TRIPLE.search(lb):
            result = (SKIP, low, lb)
        elif base.isupper() or (cap and not base[1:].islower()) or (not cap and not base.islower()):
            result = (SKIP, low, lb)  # acronym or inner capital: a name or a brand
        elif cap and (len(base) <= 2 or base in NEVER_FINAL or base in MAY_BE_FINAL):
            result = (SKIP, low, lb)  # a title or an abbreviation (Ms, Dr, Sept) or a short name (Ed)
        elif lb in lexicon.accepted():
            flags = 0
            if lb in lexicon.variants().either:
                flags |= VARIANT
            if not cap and base == word and lb in lexicon.confusables():
                flags |= CONFUSABLE
            result = (flags, low, lb)
        else:
            result = (NAME_LIKE if cap else UNKNOWN, low, lb)
    if len(_SHAPES) >= _SHAPES_MAX:
        _SHAPES.clear()
    full = (*result, lexicon.bigrams().ids.get(low, -1))
    _SHAPES[raw] = full
    return full


def _non_prose_spans(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses, handles and paths in ``prose[start:end]``, in order."""
    spans: list[tuple[int, int]] = []
    if not _has_hint(prose, start, end):
        return spans
    last = start
    for m in _HINT.finditer(prose, start, end):
        p = m.start()
        if p < last:
            continue
        a = p
        while a > start and prose[a - 1] not in _SPACE:
            a -= 1
        b = p + 1
        while b < end and prose[b] not in _SPACE:
            b += 1
        last = b
        if b - a > _LONGEST_CHUNK:
            # no prose runs this long without a space (a link, a data blob, a minified script);
            # _NON_PROSE would try every split of it (seconds on a 16 KB chunk)
            spans.append((a, b))
            continue
        for n in _NON_PROSE.finditer(prose, a, b):
            if n.end() > n.start():
                spans.append(n.span())
    return spans


def _has_hint(prose: str, start: int, end: int) -> bool:
    """Does ``_HINT`` match anywhere in ``prose[start:end]``?  Most blocks have no such character:
    a few ``str.find`` scans tell so five times faster than the regular expression's scan."""
    for c in "@#/\\_":
        if prose.find(c, start, end) >= 0:
            return True
    i = prose.find(".", start, end)
    while i >= 0:
        if i + 1 < end and prose[i + 1].isalnum():  # ``[^\W_]``: a word character but "_"
            return True
        i = prose.find(".", i + 1, end)
    return False


def analyse(doc, scopes: frozenset[str]) -> Analysis:
    """Split the document's prose into the words a spell checker should look at.

    A word with real-word neighbours (CONFUSABLE) becomes a check only when the pair counts know
    neither of its pairings with the words beside it (and know at least one of those words), and
    some neighbour's pairing with one of them (``realword.may_judge``): the cheap first tests of
    SP002, done here where the neighbours' ids are at hand."""
    prose = doc.prose
    plen = len(prose)
    lows: list[str] = []
    ids: list[int] = []
    checks: list[tuple[int, int, int, int, str, bool]] = []
    names: set[str] = set()
    total = 0
    texts, starts, ends = doc.word_texts, doc.word_starts, doc.word_ends
    pairs = lexicon.bigrams().pairs
    for block in doc.blocks:
        if block.kind not in scopes:
            continue
        title_case = block.kind in (HEADLINE, HEADING)
        skips = _non_prose_spans(prose, block.start, block.end)
        si = 0
        nskips = len(skips)
        wi, j0 = doc.word_range(block.start, block.end)  # the block's words in the document's
        total += j0 - wi
        for sent in block.sentences:
            wi = bisect_left(starts, sent.start, wi, j0)
            wj = bisect_left(starts, sent.end, wi, j0)
            got = list(map(_SHAPE_OF, texts[wi:wj]))
            w0 = wi
            wi = wj
            base = len(lows) + 1  # index in lows of the sentence's first word
            lows.append("")
            ids.append(-1)
            lows.extend(map(_LOW, got))
            ids.extend(map(_ID, got))
            for k in compress(count(), map(_WANTED.__contains__, map(_FLAGS, got))):
                flags, low, form, bid = got[k]
                i = base + k
                if flags == CONFUSABLE:
                    il, ir = ids[i - 1], ids[i + 1] if i + 1 < len(ids) else -1
                    if il < 0 and ir < 0:
                        continue  # neither neighbour is a word the counts know: nothing to go on
                    if bid >= 0 and ((il >= 0 and (il << 15 | bid) in pairs) or (ir >= 0 and (bid << 15 | ir) in pairs)):
                        continue  # the common path: a known pairing
                    if not may_judge(form, il, ir, pairs):
                        continue  # no neighbour of the word goes with either side: SP002 says nothing
                a, b = starts[w0 + k], ends[w0 + k]
                # inside a URL, e-mail address, handle or path?
                while si < nskips and skips[si][1] <= a:
                    si += 1
                if si < nskips and skips[si][0] <= a:
                    continue
                if a >= 2 and prose[a - 1] == "." and prose[a - 2].isalnum():
                    continue  # after a dot with no space: a domain or a file name
                after = prose[b] if b < plen else ""
                if after == "." and b + 1 < plen and prose[b + 1].isalnum():
                    continue  # a dotted name: bbc.co, file.txt
                if after == "-" and form in HYPHEN_PREFIXES:
                    continue
                if after == "&" or (after == ";" and a and prose[a - 1] == "&"):
                    continue  # an HTML entity left in plain text: clich&#233;d, &mdash;
                if flags & (UNKNOWN | NAME_LIKE) and _hyphen_compound(prose, a, b, lows, i, form):
                    continue
                if flags & UNKNOWN and a and prose[a - 1] == "-" and _given_name_end(prose, a, form):
                    continue
                if flags & NAME_LIKE:
                    if title_case:
                        continue
                    if k and not _clause_start(prose, sent.start, a):
                        names.add(form)
                        continue
                    if k and prose[a - 1] == "(" and _defined_acronym(prose, sent.start, a - 1, form):
                        names.add(form)
                        continue
                checks.append((i, a, b, flags, form, k == 0))
    lows.append("")
    ids.append(-1)
    return Analysis(lows, ids, checks, frozenset(names), total)


_FLAGS, _LOW, _ID = itemgetter(0), itemgetter(1), itemgetter(3)
_WANTED = frozenset(range(1, SKIP))  # any flags but SKIP (the highest): a word that needs a look


_FUNCTION_CLASSES = frozenset(("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "TO", "MD"))
_GIVEN_PART = 6  # letters in a syllable of a romanised given name ("myung")


def _given_name_end(prose: str, a: int, form: str) -> bool:
    """Is the word the last syllable of a romanised Korean or Chinese given name, after its
    surname ("Yoon Suk-yeol", "Lee Jae-myung")?  A short lower-case word after a hyphen, a short
    capitalised syllable before it and a capitalised surname before that, one of the two names
    having no word class of its own.  Not "The Anti-gover": "The" is a function word."""
    if len(form) > _GIVEN_PART or not form.islower() or a < 5:
        return False
    k = j = a - 1  # the hyphen
    while k > 0 and prose[k - 1].isalpha():
        k -= 1
    first = prose[k:j]
    if not (2 <= len(first) <= _GIVEN_PART - 1 and first.istitle()) or k < 3 or prose[k - 1] != " ":
        return False
    m = e = k - 1
    while m > 0 and prose[m - 1].isalpha():
        m -= 1
    surname = prose[m:e]
    if not (2 <= len(surname) <= _GIVEN_PART and surname.istitle()):
        return False
    classes = lexicon.tags()
    sc, fc = classes.get(surname.lower()), classes.get(first.lower())
    return sc not in _FUNCTION_CLASSES and (sc is None or fc is None)


def _hyphen_compound(prose: str, a: int, b: int, lows: list[str], i: int, form: str) -> bool:
    """Is the word one part of a hyphenated compound that is a dictionary word when closed up
    (pre-empt, re-gurgitation, docu-drama)?"""
    acc = lexicon.accepted()
    if a and prose[a - 1] == "-" and lows[i - 1] + form in acc:
        return True
    return b < len(prose) and prose[b] == "-" and i + 1 < len(lows) and form + lows[i + 1] in acc


_NAME_JOINERS = frozenset(("of", "and", "the", "for", "de", "&"))


def _defined_acronym(prose: str, sent_start: int, paren: int, form: str) -> bool:
    """Is the word in brackets the initials of the capitalised words before them, written as a
    word ("Caledonian Maritime Assets Limited (Cmal)", "the Scottish Environment Protection Agency
    (Sepa)")?  Then it is the name's short form, which the house style writes with one capital."""
    n = len(form)
    words = prose[max(sent_start, paren - 40 * n) : paren].split()
    initials = []
    for w in reversed(words):
        if w.lower() in _NAME_JOINERS:
            continue
        if not w[:1].isupper():
            break
        initials.append(w[0].lower())
        if len(initials) == n:
            break
    return len(initials) == n and "".join(reversed(initials)) == form


def _clause_start(prose: str, sent_start: int, a: int) -> bool:
    """Does the word at ``a`` open a quotation, a bracket or a clause after a colon or dash?"""
    i = a - 1
    while i >= sent_start and prose[i] in _SPACE:
        i -= 1
    return i >= sent_start and prose[i] in _CLAUSE_OPENERS
