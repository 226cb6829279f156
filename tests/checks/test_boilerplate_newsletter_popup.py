"""A trade magazine's page (samples 293 p2 and p3, a health-club magazine): a newsletter pop-up's
ways out, their buttons' text run together ("Not right now, thanksclose this window I've already
subscribed!"), and a row of follow buttons on one line, each naming the magazine and a network
("Follow Health Club Management on Twitter Like Health Club Management on Facebook ...")."""

import pytest
from council_story import between_paragraphs, codes_on, found_between_and_at_end

FOLLOW_ROW = (
    "Follow Leisure Weekly on Twitter Like Leisure Weekly on Facebook Join the discussion with "
    "Leisure Weekly on LinkedIn Follow Leisure Weekly on Instagram"
)


@pytest.mark.parametrize(
    "line",
    [
        "Not right now, thanksclose this window I've already subscribed!",
        "I have already subscribed",
        FOLLOW_ROW,
        "Follow the Gazette on Twitter Like the Gazette on Facebook",
    ],
)
def test_the_pop_up_s_buttons_and_the_follow_row_are_share_prompts(line):
    assert found_between_and_at_end(line, "BP004")


@pytest.mark.parametrize(
    "line",
    [
        "Follow him on Twitter and like his page on Facebook, the coach told the players' parents.",
        "Follow the council on Twitter for updates on the bridge works",
        "Like many clubs on Facebook, the gym posts its timetable every Monday.",
    ],
)
def test_a_story_s_sentence_naming_networks_is_left_alone(line):
    text = between_paragraphs(line)
    assert not codes_on(text, line)
