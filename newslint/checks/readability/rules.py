"""Readability rules: long sentences, long paragraphs, hard documents."""

from __future__ import annotations

from dataclasses import dataclass

from ...diagnostics import Finding, Severity, Span
from ...document import LIST_ITEM, PARAGRAPH, QUOTE
from ...rule import Examples, Rule
from .metrics import metrics

BODY = frozenset({PARAGRAPH, QUOTE, LIST_ITEM})


class _Readability(Rule):
    category = "readability"
    severity = Severity.INFO
    scopes = BODY

    def facts(self, doc, ctx):
        return {"metrics": metrics(doc, ctx)}


class LongSentence(_Readability):
    """A sentence with more words than the limit is hard to follow in one reading.  News style
    guides put the comfortable length near 20-25 words; the default limit flags only the outliers.
    Split the sentence, or move a clause into a sentence of its own."""

    code = "RD001"
    name = "long-sentence"
    summary = "Sentence longer than the word limit."
    examples = Examples(
        bad=[
            "The council, which met on Monday evening in the town hall after a delay caused by a fire alarm "
            "that sent everyone out into the rain for more than an hour, finally approved the budget that the "
            "mayor had proposed in March despite objections from residents and two local business groups."
        ],
        good=["The council approved the budget on Monday. The mayor welcomed the vote."],
    )

    @dataclass(frozen=True)
    class Options:
        max_words: int = 40

    def check_block(self, block, ctx):
        limit = self.options.max_words
        doc = block.doc
        for s in block.sentences:
            i, j = doc.word_range(s.start, s.end)
            n = j - i
            if n > limit:
                yield Finding(
                    Span(s.start, s.end),
                    f"Sentence has {n} words (limit {limit}); consider splitting it.",
                )


class LongParagraph(_Readability):
    """News paragraphs are short: one idea, a few sentences.  A paragraph far above the limit is
    usually two paragraphs, or text whose line breaks were lost when it was copied."""

    code = "RD002"
    name = "long-paragraph"
    summary = "Paragraph longer than the word limit."
    scopes = frozenset({PARAGRAPH})
    examples = Examples(
        bad=[" ".join(["The council approved the budget on Monday after a long debate."] * 18)],
        good=["The council approved the budget on Monday. The mayor welcomed the vote."],
    )

    @dataclass(frozen=True)
    class Options:
        max_words: int = 150

    def check_block(self, block, ctx):
        i, j = block.doc.word_range(block.start, block.end)
        n = j - i  # the block's words (as many as block.words() lists)
        if n > self.options.max_words:
            first = block.sentences[0] if block.sentences else block.span
            yield Finding(
                Span(block.start, block.end),
                f"Paragraph has {n} words (limit {self.options.max_words}); consider splitting it.",
                help=f"It starts: {block.doc.text(first)[:80]!r}",
            )


class HardToRead(_Readability):
    """The Flesch-Kincaid grade of the body text (textstat) is above the limit.  Wire copy usually
    sits between grades 9 and 12.  The finding points at the first paragraph; the metrics are in the
    summary and in the JSON output."""

    code = "RD003"
    name = "hard-to-read"
    summary = "Document reading grade above the limit."
    examples = Examples(
        bad=[
            "Notwithstanding considerable macroeconomic uncertainty, institutional investors "
            "systematically reallocated discretionary capital toward infrastructure securitisations, "
            "intensifying countercyclical vulnerabilities."
        ],
        good=["The council approved the budget on Monday. The mayor said it was a good day for the town."],
    )

    @dataclass(frozen=True)
    class Options:
        max_grade: float = 16.0
        min_words: int = 12

    def check(self, doc, ctx):
        m = metrics(doc, ctx)
        grade = m.get("grade_level")
        if grade is None or m.get("words", 0) < self.options.min_words or grade <= self.options.max_grade:
            return
        first = next((b for b in doc.blocks if b.kind in BODY), None)
        if first is None:
            return
        span = first.sentences[0] if first.sentences else first.span
        yield Finding(
            Span(span.start, span.end),
            f"Reading grade {grade:g} is above the limit of {self.options.max_grade:g} "
            f"(Flesch reading ease {m.get('flesch_reading_ease')}).",
            help="Shorter sentences and plainer words lower the grade.",
        )


RULES = [LongSentence, LongParagraph, HardToRead]
