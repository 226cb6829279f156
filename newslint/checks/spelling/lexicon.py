"""The spelling data, loaded lazily (first use) and once per process.

Files in ``newslint/data/`` (built by ``python -m newslint.data.build_spelling``):

* ``spelling_words.txt``: ``A`` line: the accepted words, sorted; ``a`` line: their frequencies,
  one character each (``chr(40 + zipf * 10)``); ``K``/``k``: the same for known rare words.
* ``spelling_variants.txt``: ``british american`` pairs.
* ``spelling_confusables.txt``: ``word neighbours...`` (real-word confusion sets).
* ``spelling_tags.txt``: ``TAG words...`` (most likely word class of the words SP002 compares).
* ``spelling_bigrams.bin``: ``NLBG1\\n``, then little-endian uint32 ``len(vocab bytes)``,
  ``len(vocab)``, ``len(bigrams)``; the vocabulary (UTF-8, one word per line, most frequent first);
  uint16 unigram counts (``log10(count) * 5000``); uint32 sorted keys (``id1 << 15 | id2``);
  uint16 bigram counts (``(log10(count) - 6) * 8000``).

Frequencies are on the Zipf scale: ``log10`` of occurrences per billion words (3.0 = once per
million words).
"""

from __future__ import annotations

import struct
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from zlib import crc32

_DATA = "newslint.data"


def _read_text(name: str) -> str:
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def _find_in_run(text: str, lo: int, hi: int, key: str, sep: str, keyed: bool) -> tuple[int, int]:
    """Binary search for ``key`` among the items of ``text[lo:hi]``, which are sorted and separated
    by ``sep``, without splitting the text.  With ``keyed``, an item's key is its first word.
    Returns the item's ``(start, end)``, or ``(-1, -1)``."""
    while lo < hi:
        mid = (lo + hi) // 2
        s = text.rfind(sep, lo, mid) + 1 or lo
        e = text.find(sep, s, hi)
        if e < 0:
            e = hi
        item = text[s:e]
        if keyed:
            item = item.partition(" ")[0]
        if item == key:
            return s, e
        if key < item:
            hi = s
        else:
            lo = e + 1
    return -1, -1


class WordTable:
    """Sorted words with one frequency code per word.

    A cold start asks about a few hundred words: they are found by binary search in the raw line
    of the data file, with nothing built.  After ``WARM_AFTER`` lookups (a long run, or a spelling
    suggestion's many candidates) the words are split into a frozenset once and looked up there.
    A table asked only for frequencies (the known rare words) is split into a sorted list, with no
    set: its few lookups are binary searches in the list."""

    __slots__ = ("_text", "_codes", "_members", "_words", "_lookups", "_zipf_calls", "_marks")
    WARM_AFTER = 400
    ZIPF_WARM_AFTER = 32
    CHUNK = 16384  # characters of the raw line per running word count (see ``_index``)

    def __init__(self, text: str, codes: str) -> None:
        self._text = text  # the sorted words, separated by single spaces
        self._codes = codes
        self._members: frozenset[str] | None = None
        self._words: list[str] | None = None
        self._lookups = 0
        self._zipf_calls = 0
        self._marks = [0]  # _marks[k]: the number of words before character k * CHUNK

    def _split(self) -> list[str]:
        words = self._text.split(" ")
        if len(words) != len(self._codes):
            raise ValueError("spelling_words.txt: words and frequencies differ in length")
        self._words = words
        return words

    def _warm(self) -> frozenset[str]:
        words = self._words if self._words is not None else self._split()
        members = self._members = frozenset(words)
        return members

    @property
    def members(self) -> frozenset[str]:
        return self._members if self._members is not None else self._warm()

    def __contains__(self, word: str) -> bool:
        members = self._members
        if members is not None:
            return word in members
        self._lookups += 1
        if self._lookups > self.WARM_AFTER:
            return word in self._warm()
        return _find_in_run(self._text, 0, len(self._text), word, " ", False)[0] >= 0

    def zipf(self, word: str) -> float:
        words = self._words
        if words is None:
            # a frequency needs the word's index, which the raw line gives only by counting the
            # words before it: worth it for a handful of calls, not for a run that keeps asking
            self._zipf_calls += 1
            if self._zipf_calls > self.ZIPF_WARM_AFTER or self._lookups > self.WARM_AFTER:
                words = self._split()
        if words is not None:
            members = self._members
            if members is not None:
                if word not in members:
                    return 0.0
                return (ord(self._codes[bisect_left(words, word)]) - 40) / 10
            i = bisect_left(words, word)
            if i == len(words) or words[i] != word:
                return 0.0
            return (ord(self._codes[i]) - 40) / 10
        start, _ = _find_in_run(self._text, 0, len(self._text), word, " ", False)
        if start < 0:
            return 0.0
        return (ord(self._codes[self._index(start)]) - 40) / 10

    def _index(self, start: int) -> int:
        """The index of the word at ``start`` in the raw line: the spaces before it, counted from
        the nearest running count at a chunk boundary (the counts are extended as far as a lookup
        needs, so no lookup scans more than one chunk it has not seen)."""
        text, marks, chunk = self._text, self._marks, self.CHUNK
        k = start // chunk
        while len(marks) <= k:
            a = (len(marks) - 1) * chunk
            marks.append(marks[-1] + text.count(" ", a, a + chunk))
        return marks[k] + text.count(" ", k * chunk, start)


@lru_cache(maxsize=1)
def _lines() -> dict[str, str]:
    """Tag -> the raw line of ``spelling_words.txt``."""
    out: dict[str, str] = {}
    for line in _read_text("spelling_words.txt").split("\n"):
        if line and line[0] != "#":
            out[line[0]] = line[2:]
    return out


@lru_cache(maxsize=1)
def accepted_table() -> WordTable:
    lines = _lines()
    return WordTable(lines["A"], lines["a"])


@lru_cache(maxsize=1)
def known_table() -> WordTable:
    lines = _lines()
    return WordTable(lines["K"], lines["k"])


def accepted() -> WordTable | frozenset[str]:
    """The accepted words (lower case): the only table a clean text needs.  Supports ``in``: the
    lazy table while a run is short, the frozenset itself once it has been built (so that hot
    loops test membership in C)."""
    table = accepted_table()
    members = table._members
    return members if members is not None else table


def zipf(word: str) -> float:
    """Frequency of a lower-case word on the Zipf scale (0.0 when it is unknown)."""
    table = accepted_table()
    if word in accepted():
        return table.zipf(word)
    return known_table().zipf(word)


class Variants:
    """British and American spellings of one word."""

    __slots__ = ("british", "american", "either")

    def __init__(self) -> None:
        self.british: dict[str, str] = {}  # british form -> american form
        self.american: dict[str, str] = {}  # american form -> british form
        for line in _read_text("spelling_variants.txt").splitlines():
            if line and line[0] != "#":
                uk, us = line.split()
                self.british[uk] = us
                self.american[us] = uk
        self.either = frozenset(self.british) | frozenset(self.american)


@lru_cache(maxsize=1)
def variants() -> Variants:
    return Variants()


class Confusables:
    """Written word -> its real-word neighbours, space-separated.  Found by binary search in the
    sorted lines of the data file until a run has asked ``WARM_AFTER`` times, then from a dict."""

    __slots__ = ("_text", "_dict", "_lookups")
    WARM_AFTER = 400

    def __init__(self) -> None:
        text = _read_text("spelling_confusables.txt")
        body = text.find("\n", text.rfind("\n#")) + 1 if text.startswith("#") else 0
        self._text = text[body:].rstrip("\n")
        self._dict: dict[str, str] | None = None
        self._lookups = 0

    def _warm(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for line in self._text.split("\n"):
            word, _, rest = line.partition(" ")
            out[word] = rest
        self._dict = out
        return out

    def get(self, word: str, default=None):
        d = self._dict
        if d is None:
            self._lookups += 1
            if self._lookups <= self.WARM_AFTER:
                s, e = _find_in_run(self._text, 0, len(self._text), word, "\n", True)
                return self._text[s + len(word) + 1 : e] if s >= 0 else default
            d = self._warm()
        return d.get(word, default)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


@lru_cache(maxsize=1)
def _confusables() -> Confusables:
    return Confusables()


def confusables() -> Confusables | dict[str, str]:
    """Written word -> its neighbours, space-separated: the lazy lookup while a run is short, the
    dict itself once it has been built."""
    c = _confusables()
    d = c._dict
    return d if d is not None else c


@lru_cache(maxsize=1)
def tags() -> dict[str, str]:
    """Lower-case word -> its most likely word class (coarse Penn tag: NN, VB, IN, DT ...)."""
    out: dict[str, str] = {}
    for line in _read_text("spelling_tags.txt").splitlines():
        if line and line[0] != "#":
            tag, *words = line.split(" ")
            out.update(dict.fromkeys(words, tag))
    return out


def _read_binary(name: str, magic: bytes, arrays: tuple[tuple[str, str], ...]) -> tuple[list[str], list[array]]:
    """A newslint binary table: a magic line; little-endian uint32 byte length of the words, number
    of words, number of items; the words (UTF-8, one per line); then one array per ``(typecode,
    'words' | 'items')``, as long as the words or the items, little-endian."""
    data = resources.files(_DATA).joinpath(name).read_bytes()
    if not data.startswith(magic):
        raise ValueError(f"{name}: not a newslint table")
    pos = len(magic)
    nbytes, nwords, nitems = struct.unpack_from("<III", data, pos)
    pos += 12
    words = data[pos : pos + nbytes].decode("utf-8").split("\n")
    pos += nbytes
    if len(words) != nwords:
        raise ValueError(f"{name}: {len(words)} words where the header says {nwords}")
    out = []
    for typecode, length in arrays:
        a = array(typecode)
        n = (nwords if length == "words" else nitems) * a.itemsize
        a.frombytes(data[pos : pos + n])
        pos += n
        if sys.byteorder == "big":
            a.byteswap()
        out.append(a)
    return words, out


class _PairView:
    """Membership and lookup of pair keys by binary search over the sorted key array: no table to
    build, so a run that lints one article pays nothing for the 240,000 pairs it never asks about."""

    __slots__ = ("keys", "counts", "n")

    def __init__(self, keys: array, counts: array) -> None:
        self.keys, self.counts, self.n = keys, counts, len(keys)

    def get(self, key: int, default=None):
        i = bisect_left(self.keys, key)
        return self.counts[i] if i < self.n and self.keys[i] == key else default

    def __contains__(self, key: int) -> bool:
        i = bisect_left(self.keys, key)
        return i < self.n and self.keys[i] == key

    def isdisjoint(self, keys) -> bool:
        """As ``frozenset.isdisjoint``: none of ``keys`` is a pair key."""
        return not any(map(self.__contains__, keys))


class Bigrams:
    """Counts of frequent word pairs (Google n-grams via symspellpy), pruned at build time.

    ``pairs`` holds the pair keys ``id1 << 15 | id2`` (``in`` tests); ``log_count`` gives a pair's
    quantised log count.  ``pairs`` starts as a binary-search view of the sorted arrays (nothing to
    build: a one-article run stays fast) and becomes a frozenset of the keys once enough documents
    have asked for it (a corpus run then pays the build once, ~30 ms, and tests pairs at set
    speed).  Counts stay in the sorted arrays: they are read far less often, and only for known
    pairs once the set is built."""

    __slots__ = ("ids", "_unigram", "_keys", "_counts", "_view", "_set", "_uses", "_floor")
    WARM_AFTER = 40  # property reads (about one per document) before the key set is built

    def __init__(self) -> None:
        vocab, (uni, keys, counts) = _read_binary(
            "spelling_bigrams.bin", b"NLBG1\n", (("H", "words"), ("I", "items"), ("H", "items"))
        )
        nvocab = len(vocab)
        self.ids = dict(zip(vocab, range(nvocab)))
        self._unigram = uni  # log10 count * 5000
        self._keys, self._counts = keys, counts
        self._view = _PairView(keys, counts)
        self._set: frozenset[int] | None = None
        self._uses = 0
        self._floor: float | None = None

    @property
    def floor(self) -> float:
        """log10 of the smallest count kept: an unseen pair occurred fewer times than this."""
        if self._floor is None:
            counts = self._counts
            self._floor = min(counts) / 8000 + 6 if counts else 6.0
        return self._floor

    @property
    def pairs(self):
        keys = self._set
        if keys is not None:
            return keys
        self._uses += 1
        if self._uses > self.WARM_AFTER:
            keys = self._set = frozenset(self._keys)
            return keys
        return self._view

    @property
    def table(self):
        """The pair keys as they are now (the view, or the set once built) without counting a use:
        for lookups made many times per document, which would otherwise build the set during a
        one-article run."""
        keys = self._set
        return keys if keys is not None else self._view

    def log_count(self, a: str, b: str) -> float | None:
        """log10 of the count of the pair ``a b``, or None when it is not among the kept pairs."""
        ia = self.ids.get(a)
        if ia is None:
            return None
        ib = self.ids.get(b)
        if ib is None:
            return None
        key = ia << 15 | ib
        if self._set is not None and key not in self._set:
            return None
        c = self._view.get(key)
        return None if c is None else c / 8000 + 6

    def log_unigram(self, w: str) -> float | None:
        i = self.ids.get(w)
        return None if i is None else self._unigram[i] / 5000


@lru_cache(maxsize=1)
def bigrams() -> Bigrams:
    return Bigrams()


class Deletes:
    """Symmetric-delete index over the frequent words: crc32(word or word minus one letter) -> word."""

    __slots__ = ("words", "keys", "ids", "_keyset", "_searches")

    # a set of the keys (20 ms and 15 MB to build) pays for itself after about this many searches:
    # a text with a few typos never builds it, a scraped corpus full of unknown words soon does
    SET_AFTER = 100

    def __init__(self) -> None:
        self.words, (self.keys, self.ids) = _read_binary(
            "spelling_deletes.bin", b"NLDL1\n", (("I", "items"), ("H", "items"))
        )
        self._keyset: frozenset[int] | None = None
        self._searches = 0

    def known(self, hashes) -> set[int]:
        """The ``hashes`` the index holds: by binary search for the first ``SET_AFTER`` searches,
        then by one intersection with a set of the keys."""
        if self._keyset is None:
            self._searches += 1
            if self._searches <= self.SET_AFTER:
                keys = self.keys
                n = len(keys)
                out = set()
                for h in hashes:
                    i = bisect_left(keys, h)
                    if i < n and keys[i] == h:
                        out.add(h)
                return out
            self._keyset = frozenset(self.keys)
        return self._keyset.intersection(hashes)

    def words_for(self, queries) -> set[str]:
        """The words equal to any of ``queries`` or one deletion away from it (hash matches; the
        caller verifies the distance)."""
        out: set[str] = set()
        for h in self.known(map(crc32, map(str.encode, queries))):  # UTF-8
            self._add_words(h, out)
        return out

    def lookup(self, s: str, out: set[str]) -> None:
        """``words_for`` of one query, added to ``out``."""
        self._add_words(crc32(s.encode("utf-8")), out)

    def _add_words(self, h: int, out: set[str]) -> None:
        keys, ids, words = self.keys, self.ids, self.words
        i = bisect_left(keys, h)
        n = len(keys)
        while i < n and keys[i] == h:
            out.add(words[ids[i]])
            i += 1


@lru_cache(maxsize=1)
def deletes() -> Deletes:
    return Deletes()


def preload() -> None:
    """Load the tables every text needs (not the suggestion tables, which wait for the first
    unknown word).  The rules call this when they are built, so that a parallel run loads the
    data once, before its worker processes fork, instead of once per worker."""
    accepted_table()
    confusables()
    bigrams()
    variants()
    tags()
