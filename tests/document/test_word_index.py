"""The document's word index: one split of the prose gives the same words as the tokenizer's
finditer, with their texts, and the ranges the rules slice it by."""

from __future__ import annotations

import pytest

from newslint.document import read_document
from newslint.document.tokens import WORD_RE

TEXTS = [
    "",
    "   ",
    "word",
    "Haqqani's men — and ‘their’ allies — said so.",
    "Ends on a word",
    "...starts with punctuation, and has digits 1990s, 5km and snake_case_name.",
    "Greek ΟΔΥΣΣΕΥΣ and Turkish İstanbul, Cyrillic Заголовок, Arabic بيان.",
    "Headline\n\nFirst paragraph here.\n\nSecond one, with don't and rock’n’roll.\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_index_holds_the_tokenizers_words_and_their_texts(text):
    doc = read_document(text, "a.txt")
    found = list(WORD_RE.finditer(doc.prose))
    assert doc.words_between(0, len(doc.prose)) == [m.span() for m in found]
    assert doc.word_texts == [m.group() for m in found]
    assert doc.word_starts == [m.start() for m in found]
    assert doc.word_ends == [m.end() for m in found]
    assert doc.word_lows == [m.group().lower() for m in found]
    assert doc.word_count == len(found)


def test_a_range_holds_the_words_inside_it_and_not_one_running_past_its_end():
    doc = read_document("alpha beta gamma", "a.txt")
    assert doc.word_range(0, len(doc.prose)) == (0, 3)
    assert doc.word_range(6, 16) == (1, 3)
    assert doc.word_range(6, 13) == (1, 2)  # "gamma" starts inside but runs past the end
    assert doc.word_range(5, 6) == (1, 1)
    for block in doc.blocks:
        i, j = doc.word_range(block.start, block.end)
        assert doc.word_texts[i:j] == [doc.prose[a:b] for a, b in block.words()]
