"""Plain text in both layouts the seeds use, and block kinds."""

from __future__ import annotations

from newslint.document import read_document


def kinds(text, path="a.txt"):
    return [(b.kind, b.text) for b in read_document(text, path).blocks]


def test_one_paragraph_per_line():
    assert kinds("Headline\nFirst paragraph here.\nSecond paragraph here.\n") == [
        ("headline", "Headline"), ("paragraph", "First paragraph here."), ("paragraph", "Second paragraph here."),
    ]


def test_blank_line_paragraphs_with_long_lines():
    text = "Headline\n\nFirst paragraph is a long line.\n\nSecond one.\n"
    assert kinds(text) == [("headline", "Headline"), ("paragraph", "First paragraph is a long line."), ("paragraph", "Second one.")]


def test_hard_wrapped_paragraphs_are_joined():
    para = ("The council approved the budget on Monday after a long debate that ran\n"
            "late into the evening, with several members asking for more time to read\n"
            "the final figures before the vote was taken by the chair of the meeting.\n")
    text = "Headline\n\n" + para + "\n" + para
    blocks = read_document(text, "a.txt").blocks
    assert [b.kind for b in blocks] == ["headline", "paragraph", "paragraph"]
    assert blocks[1].text.count("\n") == 2
    assert len(blocks[1].sentences) == 1


def test_a_short_line_above_wrapped_looking_lines_is_its_own_paragraph():
    """One paragraph per line with no blank lines, every line 30 to 100 characters: it looks
    hard-wrapped, but a line that ends far short of the others although the next word would have
    fitted on it was ended by hand."""
    lines = [
        "Skip to main content | Video | Audio",
        "The council approved the new budget on Monday after a debate that lasted most of the evening.",
        "Councillors said the plan would fund two new schools and repair the river bridge next year.",
        "The mayor said the vote was a good day for the town, and residents welcomed the decision.",
    ]
    blocks = read_document("\n".join(lines) + "\n", "a.txt").blocks
    assert blocks[0].text == lines[0]
    assert len(blocks) >= 2


def test_a_short_wrapped_line_before_a_lower_case_line_goes_on():
    """A wrapped line may end short (the next word was long, or the text was re-wrapped by hand),
    but the next line opening in lower case continues its sentence."""
    para = (
        "The S&P 500 fell 112.92 points or 2.75% to 3,997.12 as\n"
        "of 10:35 am Eastern time, threatening to break a four-day winning streak. The\n"
        "Dow Jones Industrial Average lost 792.23 points, or 2.46%, to 31,589.11. The\n"
        "Nasdaq composite dropped 417.53 points or 3.8% to 11,848.88. Big tech stocks\n"
        "tumbled more than the rest of the market, as all 11 sectors lost ground.\n"
    )
    blocks = read_document(para + "\n" + para, "a.txt").blocks
    assert len(blocks) == 2, [b.text[:40] for b in blocks]


def test_wrapped_text_keeps_its_paragraphs_at_any_fill():
    """Greedy wrapping (textwrap, Vim, Emacs) and GNU fmt's shorter goal width (about 93%) are
    both read as one paragraph per blank-line group."""
    import textwrap

    para = ("The council approved the budget on Monday after a long debate that ran late into the evening, "
            "with several members asking for more time to read the final figures before the vote was taken "
            "by the chair of the meeting, who said the town could not wait another month for its new schools.")
    for width in (40, 60, 72, 80):
        text = "\n\n".join([textwrap.fill(para, width)] * 3) + "\n"
        assert len(read_document(text, "a.txt").blocks) == 3, width
    fmt_like = (  # GNU fmt -w 72: lines end well before the width
        "The council approved the budget on Monday after a long debate\n"
        "that ran late into the evening, with several members asking for\n"
        "more time to read the final figures before the vote was taken by\n"
        "the chair of the meeting, who said the town could not wait another\n"
        "month for its new schools.\n"
    )
    assert len(read_document(fmt_like + "\n" + fmt_like, "a.txt").blocks) == 2
    # a one-line paragraph longer than the wrapped lines does not set the width
    long_line = "See the council's budget papers at https://example.org/council/budget/2024/final-figures.pdf"
    text = "\n\n".join([textwrap.fill(para, 60), long_line, textwrap.fill(para, 60)]) + "\n"
    assert len(read_document(text, "a.txt").blocks) == 3


def test_headline_needs_following_text_and_no_final_period():
    assert kinds("Only one line.")[0][0] == "paragraph"
    assert kinds("A sentence that ends.\nAnother.")[0][0] == "paragraph"


def test_bullets_are_list_items():
    assert [k for k, _ in kinds("Head\n• first\n- second\n1. third\nProse.")] == ["headline", "list-item", "list-item", "list-item", "paragraph"]


def test_markdown_kinds():
    text = "# Title\n\nIntro para.\n\n## Section\n\n> A quote.\n\n- item\n\n![img](a.png) *Caption text*\n"
    assert [b.kind for b in read_document(text, "a.md").blocks] == ["headline", "paragraph", "heading", "quote", "list-item", "caption"]


def test_html_kinds_and_landmarks():
    text = "<h1>T</h1><p>Body.</p><blockquote>Q</blockquote><figure><figcaption>Cap</figcaption></figure><nav><li>Home</li></nav>"
    blocks = read_document(text, "a.html").blocks
    assert [b.kind for b in blocks] == ["headline", "paragraph", "quote", "caption", "list-item"]
    assert blocks[-1].meta["tags"] == ["nav"]
