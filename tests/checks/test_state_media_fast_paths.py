"""State media fast paths give the answers of the plain searches they stand in for."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from newslint.checks.state_media import banned, labels

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

EDGE = [
    "",
    "Hamas is a terrorist organisation banned in Russia.",
    "HAMAS IS A TERRORIST ORGANISATION BANNED IN RUSSIA.",
    "The group (banned in the Russian Federation) said.",
    "ISIL (a terrorist organization ſanctioned, banned in Ruſſia)",  # long s folds onto "s" under re.I
    "BANNED İN RUSSİA, a terrorıst group",  # dotted and dotless i
    "This organization is under UN ſanctions for terrorist activity.",
    "Meta is recognised as extremist and banned in Russia (Kelvin: \u212a)",
    "*Meta запрещена в России",
    "деятельность которой запрещена в России как экстремистская",
    "организации, признанной в РФ экстремистской",
    "находится под санкциями ООН",
    "\u1c80\u1c81 под санкциями СБ ООН",
    "Telegram was banned in Russia in 2018.",
    "ChinaWatch materials are distributed on behalf of China Daily; Department of Justice.",
    "Russia Today, Russia state-controlled media, funded in whole or in part by the government.",
    "An Advertising Supplement to The Daily Telegraph, prepared by China Daily.",
    "Sponsored content: paid for by Acme. Brought to you by Acme.",
    "Это сообщение создано иностранным агентом (иноагент).",
]


def _texts(shared_data=None) -> list[str]:
    texts = list(EDGE)
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if shared_data is not None:
        path = shared_data / "state-media-labels" / "tests.jsonl"
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return texts


def _variants(text: str, rng: random.Random) -> list[str]:
    """The text, upper-cased, and with some letters swapped for letters that fold onto them."""
    swaps = {"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a", "с": "\u1c83", "о": "\u1c82"}
    mixed = "".join(swaps.get(ch, ch) if rng.random() < 0.2 else ch for ch in text)
    return [text, text.upper(), text.swapcase(), mixed]


def _blocks(text: str) -> list[str]:
    return [b for b in text.split("\n") if b] or [text]


def _check_gate(texts):
    rng = random.Random(6)
    for text in texts:
        for v in _variants(text, rng):
            low = v.lower()
            assert labels._any_stem(low) == any(s in low for s in labels._ALL_STEMS), v[:80]


def _check_banned(texts):
    rng = random.Random(6)
    for text in texts:
        for v in _variants(text, rng):
            for block in _blocks(v):
                for stars in ([], [0]):
                    assert banned.find_banned(block, stars) == banned._find_banned(block, stars), block[:80]


def test_stem_gate_agrees_with_testing_every_stem():
    _check_gate(_texts() + list(labels._ALL_STEMS) + [s.upper() for s in labels._ALL_STEMS])


def test_stem_gate_agrees_on_the_labelled_set(shared_data):
    _check_gate(_texts(shared_data))


def test_gate_groups_hold_every_stem_under_a_key_it_contains():
    grouped = [s for stems in labels._GATE.values() for s in stems] + list(labels._CYRILLIC_STEMS)
    assert sorted(grouped) == sorted(labels._ALL_STEMS)
    for key, stems in labels._GATE.items():
        assert all(key in s for s in stems), key
    assert all(re.fullmatch("[а-я]+", s) for s in labels._CYRILLIC_STEMS)


def test_banned_keyword_check_finds_what_every_pattern_finds():
    _check_banned(_texts())


def test_banned_keyword_check_agrees_on_the_labelled_set(shared_data):
    _check_banned(_texts(shared_data))


def test_banned_fast_path_sees_every_character_a_pattern_letter_can_match():
    """Under re.I a non-ASCII pattern letter may match other characters, and an ASCII one
    non-ASCII characters: every such character must send the text to the full search."""
    pats = (banned._UN_NOTE, banned._UN_BARE, banned._DESIG, banned._BAN_EN, banned._BAN_RU)
    letters = sorted({ch for p in pats for ch in p.pattern if ch.isalpha()})
    any_letter = re.compile("[%s]" % "".join(letters), re.I)
    words = banned._UN_WORDS + banned._DESIG_WORDS + banned._BAN_EN_WORDS
    for cp in range(0x80, 0x110000):
        ch = chr(cp)
        if any_letter.fullmatch(ch):
            assert banned._MAY_FOLD.search(ch), hex(cp)
    # and the English keywords are plain ASCII letters
    assert all(re.fullmatch("[a-z]+", w) for w in words)
