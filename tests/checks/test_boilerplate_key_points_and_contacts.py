"""A tabloid's key points over its story, a press release's contact card, the tail of a cut tag,
a menu in another script, and two page strings.  Each written for the test, after the shape of
such pages."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, codes_at, draft, flagged_lines, line_of

POINTS = [
    # each shares a few of its words with the story, the last many: the story's summary
    "- Parents in three villages had campaigned for years for two new schools in the town",
    "- Engineers found cracks in the river bridge last winter and lorries were banned from crossing it",
    "- Opposition members warned that the forecasts were optimistic and called for an autumn review",
]


def test_a_story_s_key_points_over_its_first_paragraph_are_the_story_s():
    text = draft(*POINTS, *PARAGRAPHS)
    assert flagged_lines(text) == set()


def test_other_stories_headlines_over_the_story_are_still_flagged():
    teasers = ["- Storm Closes Coast Road For Second Night", "- Police Name Man Found In Harbour"]
    text = draft(*teasers, HEADLINE, *PARAGRAPHS)
    assert {line_of(text, t) for t in teasers} <= flagged_lines(text)


CARD = ["Priya David Clemens", "Public Information Manager", "Golden Gate Bridge, Highway & Transportation District"]


def test_a_press_release_s_contact_card_is_the_release_s():
    text = draft(HEADLINE, *PARAGRAPHS, "For more information, please contact:", *CARD)
    assert flagged_lines(text) == set()


def test_lines_after_the_story_with_no_contact_prompt_are_still_flagged():
    text = draft(HEADLINE, *PARAGRAPHS, "Public Information", "Transportation District")
    got = flagged_lines(text)
    assert {line_of(text, "Public Information"), line_of(text, "Transportation District")} <= got


@pytest.mark.parametrize("tail", ['"/>', "/>", "'>"])
def test_the_tail_of_a_cut_tag_alone_on_its_line_is_flagged(tail):
    text = draft(tail, HEADLINE, *PARAGRAPHS)
    assert flagged_lines(text) == {1}


def test_a_markdown_quotation_s_empty_line_is_not_a_tag():
    text = draft(HEADLINE, PARAGRAPHS[0], ">", PARAGRAPHS[1], *PARAGRAPHS[2:])
    assert flagged_lines(text) == set()


def test_a_menu_in_another_script_with_its_entries_between_bars_is_flagged():
    menu = "在线精品丝袜视频|日韩精品久久一区二区|亚洲成在人网站天堂直播|国产精品久久免费一级|欧美不卡视频在线播放|中文字幕在线观看|精品国产亚洲香蕉软件|免费视频在线观看|国产视频在线播放"
    assert codes_at(menu, "top") == ["BP010"]


def test_a_long_line_in_another_script_without_bars_is_no_interface_string():
    # a quotation in the original script is the story's, however long
    line = "Прокуратура города сообщила что уголовное дело было возбуждено по статье о мошенничестве в крупном размере"
    assert "BP010" not in codes_at(line, "top")


@pytest.mark.parametrize(
    "line, where, code",
    [
        ("Certain features on these pages use JavaScript", "end", "BP008"),
        ("Privacy statement", "top", "BP003"),
    ],
)
def test_a_page_s_strings(line, where, code):
    assert codes_at(line, where) == [code]
