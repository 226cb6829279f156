"""A run of interface strings in another script than the story's: once one line of the run is
plainly an interface string (short, no sentence end), its neighbours in the same script are the
same box's strings, the longer messages ending on "。" and the bare labels ("著者:") too.  A line
in the story's script stops the run, and a passage in another script that no short line opens
stays the story's."""

from __future__ import annotations

from council_story import HEADLINE, PARAGRAPHS, draft, flagged_lines, line_of, lines_from

# a shop's cart and wish-list messages left over by a podcast page (Audible's, in Japanese)
CART = [
    "カートのアイテムが多すぎます",
    "カートに追加できませんでした。",
    "ウィッシュリストに追加できませんでした。",
    "ポッドキャストのフォローに失敗しました",
    "-",
    "著者:",
    "このコンテンツについて",
]
# the story, long enough that the strings are a small part of the draft's letters
STORY = [
    *PARAGRAPHS,
    "The finance committee will publish the full figures next week, and residents can comment on them until the end of the month.",
    "Head teachers at the two schools said they had waited for the money for years and thanked the councillors who backed the plan.",
    "Work on the bridge is expected to close one lane of the road for six weeks, and the council will put up signs for a diversion.",
]


def test_a_run_of_interface_strings_in_another_script_is_flagged_whole():
    text = draft(HEADLINE, *CART, *STORY)
    assert lines_from(text, CART[0], CART[-1]) <= flagged_lines(text)
    assert line_of(text, STORY[0]) not in flagged_lines(text)


def test_the_run_stops_at_a_line_in_the_storys_script():
    text = draft(HEADLINE, CART[0], "Listen to the episode", CART[1], *STORY)
    assert line_of(text, CART[0]) in flagged_lines(text)
    assert line_of(text, CART[1]) not in flagged_lines(text)


def test_sentences_in_another_script_with_no_interface_string_stay():
    quoted = ["カートに追加できませんでした。", "ウィッシュリストに追加できませんでした。"]
    text = draft(HEADLINE, STORY[0], *quoted, *STORY[1:])
    assert not flagged_lines(text) & {line_of(text, q) for q in quoted}
