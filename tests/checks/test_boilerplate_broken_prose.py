"""Prose broken one word to a line (a page whose words each sat in a box of their own): its lines
are the story's words, not a menu of short items; a real menu of single words over it is still
found.  Written for the test, after the shape seen in unseen sample 163."""

from __future__ import annotations

from council_story import flagged_lines

CAFE = (
    "With ageing demographics in the developed world, there is an increasing number of people with "
    "memory difficulties and greater pressure on their carers. What is needed is welcoming support "
    "and respite to both, within our community. The concept of a Memory Cafe has been around since "
    "the late 1990s and has developed in Europe, Australia and the USA. It provides a place where any "
    "member of the public can drop in for a chat."
)


# the paragraph's last line, whole: the page's one line of prose as the linter reads it
LAST = "support and also reduces the isolation felt by people with dementia, their carers and families."


def _one_word_lines(text: str) -> str:
    return "\n".join(text.split()) + "\n" + LAST


def test_a_story_one_word_to_a_line_is_not_flagged():
    text = "Memory Cafe\n\n" + _one_word_lines(CAFE) + "\n"
    assert flagged_lines(text) == set()


def test_a_menu_of_single_words_over_it_is_still_found():
    menu = "\n".join(["Home", "About", "Events", "Volunteers", "Donate", "Contact", "Shop"])
    text = menu + "\n\nMemory Cafe\n\n" + _one_word_lines(CAFE) + "\n"
    flagged = flagged_lines(text)
    assert set(range(1, 8)) <= flagged
    assert not flagged & set(range(10, 10 + len(CAFE.split())))


# an angling club's safety advice, each bullet on a line of its own over its sentence broken one
# word to a line up to its last words (after unseen sample 332 p64): two function words in ten
# words, the bullet no word
ADVICE = [
    ("NEVER put your hand to your mouth after immersion in", "river water and never place bait or fishing line in the mouth."),
    ("ALWAYS wash your hands or cover food with a", "wrapper before you eat anything at the waterside."),
]


def test_a_bulleted_sentence_broken_one_word_to_a_line_is_not_a_menu():
    lines = ["Weil's disease and the angler"]
    for words, end in ADVICE:
        lines += ["•", *words.split(), end]
    text = "\n".join(lines) + "\n"
    first = ADVICE[0][0].split()
    assert not flagged_lines(text) & set(range(2, 2 + len(first) + 2))
