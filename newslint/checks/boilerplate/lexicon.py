"""The cue tables of ``cues.py`` as phrase matchers (token lookup), built once per process on
first use."""

from __future__ import annotations

from ...document.tokens import WORD_RE
from ...matching import PhraseMatcher
from . import cues, shape
from .units import Unit

# -- matchers, built once per process on first use ----------------------------------------------
_TABLES = {"anywhere": cues.ANYWHERE, "short": cues.SHORT, "leads": cues.LEADS, "labels": cues.LABELS}


_MATCHERS: dict[str, tuple[PhraseMatcher, dict[str, str], frozenset[str], dict[str, list[frozenset[str]]]]] = {}


def key(phrase: str) -> str:
    return " ".join(w.lower() for w in shape.WORD.findall(phrase))


def matcher(kind: str) -> tuple[PhraseMatcher, dict[str, str], frozenset[str], dict[str, list[frozenset[str]]]]:
    """The phrase matcher of one cue table, the family of each phrase, the words one of which
    must be in a block for any phrase to match (each phrase's longest word), and the word sets of
    the phrases as the matcher splits them, by their first word (``phrase_cue``)."""
    got = _MATCHERS.get(kind)
    if got is None:
        m = PhraseMatcher(())
        family: dict[str, str] = {}
        longest: set[str] = set()
        needs: dict[str, list[frozenset[str]]] = {}
        for fam, phrases in _TABLES[kind].items():
            for p in phrases:
                k = key(p)
                if k and k not in family:
                    m.add(p)
                    family[k] = fam
                    # the longest word of each phrase: a block without any of them cannot match
                    longest.add(max(k.split(), key=len))
                    words = [w.lower() for w in WORD_RE.findall(p)]
                    needs.setdefault(words[0], []).append(frozenset(words))
        got = _MATCHERS[kind] = (m, family, frozenset(longest), needs)
    return got


def cue(kind: str, u: Unit, text: str | None = None, lead_only: bool = False) -> str | None:
    """Family of the first phrase of table ``kind`` in the block (at its start when ``lead_only``)."""
    return phrase_cue(kind, u.lower, u.text if text is None else text, lead_only)


def phrase_cue(kind: str, lower, text: str, lead_only: bool = False) -> str | None:
    """``cue`` for any text (a block, or a sentence of a long one) and its lowercased words
    (straight apostrophes, as ``Unit.lower``): those words rule most texts out before a scan."""
    m, family, longest, needs = matcher(kind)
    if longest.isdisjoint(lower):
        return None
    text = straight(text)
    # a phrase matches only where each of its words, as the matcher splits them, is a word of
    # the text: a few set tests rule out most blocks that hold a phrase's longest word ("share"
    # in "Share prices fell") before the matcher walks the text word by word
    words = {w.lower() for w in WORD_RE.findall(text)}
    if not any(need <= words for w in words.intersection(needs) for need in needs[w]):
        return None
    for a, _b, phrase in m.finditer(text):
        if lead_only and text[:a].strip(DECORATION):
            return None
        return family[key(phrase)]
    return None


_TOPIC_KEYS: dict[str, frozenset[str]] = {}


def topic_keys(kind: str) -> frozenset[str]:
    """One topic word (``units.topic_words``) of every phrase of table ``kind``: a block whose topic
    words hold none of them holds none of its phrases."""
    got = _TOPIC_KEYS.get(kind)
    if got is None:
        from .units import topic_words

        keys = set()
        for phrases in _TABLES[kind].values():
            for p in phrases:
                words = topic_words(p.lower())
                if not words:
                    raise ValueError(f"cue {p!r} has no word of four letters or more")
                keys.add(max(words, key=len))
        got = _TOPIC_KEYS[kind] = frozenset(keys)
    return got


def straight(text: str) -> str:
    """The text with typographic apostrophes made straight, as in the cue tables (same length, so
    offsets hold)."""
    return text.replace("’", "'") if "’" in text else text


DECORATION = " \t-–—•·►▶›»|:*>+⇢→"
