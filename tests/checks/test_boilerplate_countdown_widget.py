"""A countdown widget or a slider's page dots copied with the page: a countdown's digits and unit labels one to a line ("0" / "0" /
"Days" / "0" / "0" / "Hrs" / ...).  Seen on sample 279 (a raft race's page counting down to the
next event); written for the test after that shape."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, codes_on, draft, flagged_lines, line_of

WIDGET = "\n".join(["0", "0", "0", "0", "Days", "0", "0", "Hrs", "0", "0", "Min", "0", "0", "Sec"])
WIDGET_NAMED = "\n".join(["12", "Days", "04", "Hours", "37", "Minutes", "09", "Seconds"])


def test_the_widget_under_the_headline_is_the_page_s_interface():
    for widget in (WIDGET, WIDGET_NAMED):
        text = draft(HEADLINE, widget, *PARAGRAPHS)
        rows = text.split("\n")
        first = line_of(text, widget.split("\n")[0])
        assert set(range(first, first + len(widget.split("\n")))) <= flagged_lines(text), rows
        assert "BP003" in codes_on(text, widget.split("\n")[0])


def test_one_unit_or_numbers_alone_are_left_alone():
    # a story's list of figures, one to a line, and a single unit under a number
    for block in ("3\n5\n8\n13", "40\nDays", "1\n2\n3\nDays"):
        text = draft(HEADLINE, PARAGRAPHS[0], block, *PARAGRAPHS[1:])
        assert not {line_of(text, block.split("\n")[0])} & flagged_lines(text)


def test_a_slider_s_page_dots_are_the_page_s_interface():
    # "• 1" / "• 2" / ...: a slider's dots with their numbers for screen readers (sample 275, a
    # charity's page under its picture slider)
    dots = "\n".join(f"• {k}" for k in range(1, 7))
    text = draft(dots, HEADLINE, *PARAGRAPHS)
    assert set(range(1, 7)) <= flagged_lines(text)
    assert "BP003" in codes_on(text, "• 1")


def test_a_bulleted_list_of_two_numbers_or_of_numbers_out_of_order_is_left_alone():
    for block in ("• 1\n• 2", "• 3\n• 1\n• 4"):
        text = draft(HEADLINE, PARAGRAPHS[0], block, *PARAGRAPHS[1:])
        assert not {line_of(text, block.split("\n")[0])} & flagged_lines(text)


def test_a_widget_with_each_unit_run_into_its_digits_is_the_page_s_interface():
    # "  • 00Days" / "  • 00Hours" / ...: the digits and the unit of each field on one bulleted
    # line (sample 288, a skydiving page counting down to World Skydiving Day)
    for widget in ("  • 00Days\n  • 00Hours\n  • 00Minutes\n  • 00Seconds", "12 Days\n04 Hours\n37 Minutes"):
        text = draft(HEADLINE, widget, *PARAGRAPHS)
        first = line_of(text, widget.split("\n")[0])
        assert set(range(first, first + len(widget.split("\n")))) <= flagged_lines(text), widget


def test_a_storys_durations_are_no_countdown():
    # two fields, or units out of a countdown's order (days, hours, minutes, seconds), under a
    # sentence of the story that introduces them
    for block in ("  • 3 days\n  • 5 hours", "  • 5 minutes\n  • 2 hours\n  • 1 day"):
        text = draft(HEADLINE, PARAGRAPHS[0], "The council set these waiting times for the new permits:", block, *PARAGRAPHS[1:])
        assert not {line_of(text, block.split("\n")[0])} & flagged_lines(text), block
