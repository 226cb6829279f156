"""The short council story the boilerplate tests put furniture around (not a test module)."""

BP = [f"BP{n:03d}" for n in range(1, 12)]

HEADLINE = "Council approves budget for new schools"
PARAGRAPHS = [
    "The council approved the new budget on Monday after a debate that lasted most of the evening.",
    "Councillors said the plan would fund two new schools and repair the river bridge next year, "
    "and that building work would start in the spring.",
    "The mayor said the vote was a good day for the town, and residents welcomed the decision.",
    "Opposition members said the budget relied on optimistic forecasts of business rates, and "
    "asked for a review of the plan in the autumn.",
]


def findings_at(line: str, where: str) -> list[tuple[str, str]]:
    """(code, message) of the BP findings on ``line`` placed under the headline (``top``) or after
    the story (``end``)."""
    from newslint.api import lint_text

    blocks = [HEADLINE, line, *PARAGRAPHS] if where == "top" else [HEADLINE, *PARAGRAPHS, line]
    at = 3 if where == "top" else 2 * (len(PARAGRAPHS) + 1) + 1  # a blank line between blocks
    res = lint_text("\n\n".join(blocks) + "\n", path="a.txt", select=BP)
    return [(d.code, d.message) for d in res.diagnostics if d.line == at]


def codes_at(line: str, where: str) -> list[str]:
    """The codes of ``findings_at``."""
    return [code for code, _ in findings_at(line, where)]


def codes_on(text: str, block: str) -> list[str]:
    """The codes of the BP findings that start on the line of ``text`` that is ``block``."""
    from newslint.api import lint_text

    at = line_of(text, block)
    return [d.code for d in lint_text(text, path="a.txt", select=BP).diagnostics if d.line == at]


def flagged_lines(text: str, path: str = "a.txt") -> set[int]:
    """The lines any BP finding on ``text`` covers (1-based)."""
    from newslint.api import lint_text

    res = lint_text(text, path=path, select=BP)
    return {ln for d in res.diagnostics for ln in range(d.line, d.end_line + 1)}


def draft(*blocks: str) -> str:
    """The blocks as a plain-text draft, a blank line between them."""
    return "\n\n".join(blocks) + "\n"


def line_of(text: str, block: str) -> int:
    """The 1-based line of ``text`` that is ``block``."""
    return text.split("\n").index(block) + 1


def lines_from(text: str, first: str, last: str) -> set[int]:
    """The lines holding text from the block ``first`` to the block ``last`` (not the blank ones)."""
    rows = text.split("\n")
    return {i for i in range(line_of(text, first), line_of(text, last) + 1) if rows[i - 1].strip()}


def after_first_paragraph(*middle: str) -> str:
    """The story with ``middle`` between its first and second paragraphs."""
    return draft(HEADLINE, PARAGRAPHS[0], *middle, *PARAGRAPHS[1:])


def between_paragraphs(*middle: str) -> str:
    """The story with ``middle`` between its second and third paragraphs."""
    return draft(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *middle, PARAGRAPHS[2], PARAGRAPHS[3])


def found_between_and_at_end(line: str, code: str) -> bool:
    """Does ``line`` draw a ``code`` finding both between two of the story's paragraphs and after
    the story?"""
    return code in codes_on(between_paragraphs(line), line) and code in codes_at(line, "end")


def line_blocks(lines: list[str]) -> list:
    """The boilerplate blocks (``units.Unit``) of ``lines`` set one under another below the story's
    second paragraph, longer than a wrapped line, so that the plain reader keeps each line a block
    of its own (four lines of 30 to 100 characters alone would read as one hard-wrapped paragraph).
    The paragraph is block 0; block ``k`` is ``lines[k - 1]``."""
    from newslint.checks.boilerplate.units import build_units
    from newslint.document import read_document

    units = build_units(read_document("\n".join([PARAGRAPHS[1], *lines]) + "\n", "a.txt"))
    assert [u.text for u in units[1:]] == lines, "the reader joined the lines into paragraphs"
    return units
