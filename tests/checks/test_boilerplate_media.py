"""Video boxes: a video's title over its running time, the thumbnail's file name and the player's
buttons are a box of links (``boilerplate/media.py``); a schedule's clock times and a race's
results are not."""

from __future__ import annotations

from newslint.api import lint_text

from council_story import BP, HEADLINE, PARAGRAPHS


def _flagged_lines(text: str) -> set[str]:
    res = lint_text(text, path="a.txt", select=BP)
    out: set[str] = set()
    for d in res.diagnostics:
        out.update(line for line in text[d.start : d.end].split("\n") if line.strip())
    return out


def _lines(*blocks: str) -> str:
    return "\n".join(blocks) + "\n"


CARD = ["coral reef bleaching natpkg_00021209.jpg", "Photos show budget vote in council chamber", "02:20 - Source: CNN"]

PLAYLIST = [
    "Go to video",
    "Former finance minister placed on Interpol list over corruption allegations",
    "01:30",
    "Opposition calls for election reform ahead of vote",
    "00:31",
    "Economist elected president of the regional development bank",
    "01:02",
    "City authorities renew battle against roadside trading",
    "Go to video",
]


def test_a_video_card_with_its_source_over_the_story_is_flagged_whole():
    text = _lines(*CARD, HEADLINE, *PARAGRAPHS)
    flagged = _flagged_lines(text)
    assert set(CARD) <= flagged
    assert not flagged & {HEADLINE, *PARAGRAPHS}


def test_a_playlist_after_the_story_is_flagged_with_its_buttons_and_last_title():
    text = _lines(HEADLINE, *PARAGRAPHS, *PLAYLIST)
    flagged = _flagged_lines(text)
    assert set(PLAYLIST) <= flagged
    assert not flagged & {HEADLINE, *PARAGRAPHS}


def test_a_playlist_inside_the_story_is_flagged_and_the_paragraphs_around_it_are_not():
    text = _lines(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *PLAYLIST, PARAGRAPHS[2], PARAGRAPHS[3])
    flagged = _flagged_lines(text)
    assert set(PLAYLIST) <= flagged
    assert not flagged & {HEADLINE, *PARAGRAPHS}


def test_a_schedule_of_round_clock_times_is_not_a_playlist():
    schedule = [
        "Opening speech by the mayor of the town",
        "10:30",
        "Panel on the future of the river bridge",
        "11:45",
        "Questions from residents about the new schools",
        "12:15",
    ]
    text = _lines(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *schedule, PARAGRAPHS[2], PARAGRAPHS[3])
    assert not _flagged_lines(text) & set(schedule)


def test_race_results_under_runners_names_are_not_videos():
    results = ["Eliud Kipchoge", "2:01:09", "Amos Kipruto", "2:03:13", "Mark Korir", "3:58"]
    text = _lines(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], *results, PARAGRAPHS[2], PARAGRAPHS[3])
    assert not _flagged_lines(text) & set(results)


def test_one_running_time_without_a_source_or_a_second_video_is_left_alone():
    text = _lines(HEADLINE, PARAGRAPHS[0], "Watch the council debate on the new schools", "03:17", *PARAGRAPHS[1:])
    assert not _flagged_lines(text) & {"03:17", "Watch the council debate on the new schools"}


def test_the_findings_name_the_video_box():
    text = _lines(HEADLINE, *PARAGRAPHS, *PLAYLIST)
    res = lint_text(text, path="a.txt", select=BP)
    messages = [d.message for d in res.diagnostics if "Go to video" in text[d.start : d.end]]
    assert messages and all("other stories" in m or "video" in m for m in messages)
