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
