"""Lines of village, club and show pages that looked like furniture, and leftovers no test knew.

The story's own: a news story's opening paragraphs that give a date, over a caption-like line that
repeats its words; a writer's sentence that lost its stop ("Each year we have a summer show,
usually 2nd sunday in August") above the headline or after the last paragraph; a blogger's "Sam
x"; the last of a club's named rules ("Rule 10 - Changes to Rules"); a page title under "Skip to
main content".  The page's: "page last updated: ...", "THIS EVENT IS PAST.".  Written for the
test, after the shape of such pages."""

from __future__ import annotations

import pytest

from council_story import PARAGRAPHS, codes_on, draft, flagged_lines, line_of

CONKERS = [
    "A village is gearing up for the return of the greenest sport on the calendar at the World Conker Championships in Southwick.",
    "Organisers have collected, graded and chosen the 4,000 premier quality horse chestnuts needed for the battle beneath the trees.",
    "Raising funds for charities, the day-long contest on Sunday, October 10, will see 250 competitors in knock-out rounds on the green.",
    "People of all ages can enter the conker contest",
    "Chairman of the organising committee James Packer will not be entering the championships but has encouraged everyone to have a go.",
    'He said: "We are delighted to be putting on the conker competition this year after the disappointment of having to cancel last year."',
    '"One of our secret sources of conkers is a school. Children are forbidden to even pick up the conkers from the playground."',
    "It is not just children who have become less skilled in the traditional autumn pastime of school playgrounds and back gardens.",
    'Mr Packer said: "A few years back I had to teach a television presenter how to play conkers. He had never played before."',
    "People of all ages can enter, with under 16s free to enter the younger age categories and instructions from more seasoned players.",
    "Entry to the site is seven pounds for adults and five pounds for children, and the money raised goes to charities for the blind.",
    "A parade led by the reigning king and queen of conkers opens the day at eleven, with a brass band and the village morris dancers.",
    "Stalls selling cider, pies and cakes line the edge of the green, and a beer tent stays open until the final is decided at dusk.",
    "Last time a retired engineer from Yorkshire took the men's title with a conker he swore he had never baked, soaked or varnished.",
]


def test_a_story_s_opening_that_gives_a_date_is_not_text_above_a_late_headline():
    text = draft(*CONKERS)
    assert flagged_lines(text) == set()


def test_a_writer_s_sentence_that_lost_its_stop_above_the_headline_is_the_story_s():
    line = "Each year we have a summer show, usually 2nd sunday in August"
    text = draft(
        "Summer Show",
        line,
        "Allotment Show Flower, Fruit & Vegetable Entries",
        "All fruit, vegetable and flower entries have to have been grown on the allotment site by the plot holder who enters them.",
        "Entries must be in by half past one, and the judges will look for even sized and symmetrical vegetables with no blemishes.",
        "The results are announced at four o'clock, when the cups are presented and the produce is sold to raise money for the society.",
    )
    assert line_of(text, line) not in flagged_lines(text)


HANDBELLS = [
    "The Handbell Alliance Christmas Ring is coming to town for the third year on Saturday, July 22, in the park.",
    "The alliance has nearly 300 handbell ringers from about 30 handbell ensembles across the state, who ring together once a year.",
    "The ringers come from local handbell choirs and will enjoy sharing the art of bell ringing with everyone at the concert.",
]


def test_a_sentence_that_lost_its_stop_after_the_last_paragraph_is_the_story_s():
    line = "The concert is free for anyone wishing to attend with all the information at the website of the alliance"
    text = draft(*HANDBELLS, line)
    assert line_of(text, line) not in flagged_lines(text)


def test_another_story_s_headline_after_the_last_paragraph_is_still_flagged():
    text = draft(*PARAGRAPHS, "Police hunt owner of stolen boat found drifting in harbour")
    assert codes_on(text, "Police hunt owner of stolen boat found drifting in harbour") == ["BP009"]


@pytest.mark.parametrize(
    "line",
    [
        "You can make a difference to the ringers and it would be very much appreciated",  # an appeal, its stop lost
        "Each of the ringers will be given a place in the park",  # a modal after a lower-case word
        "Folding chairs may be brought along to the park upon request",
    ],
)
def test_a_short_sentence_that_lost_its_stop_after_the_last_paragraph_is_the_story_s(line):
    """Six words or more in sentence case with a modal after a lower-case word, and no figures: a
    sentence; a headline seldom says "will" or "may" (unseen samples 283 to 330)."""
    text = draft(*HANDBELLS, line)
    assert line_of(text, line) not in flagged_lines(text)


@pytest.mark.parametrize(
    "line",
    [
        "Council approves plan for new harbour wall",  # no modal: a headline
        "Five things you need to know about the budget",
        "Planning permission for phone masts to be scrapped",  # "to be" is a headline's future
    ],
)
def test_a_sentence_case_headline_after_the_last_paragraph_is_still_flagged(line):
    text = draft(*PARAGRAPHS, line)
    assert line_of(text, line) in flagged_lines(text)


def test_a_headline_with_a_modal_and_a_figure_is_still_flagged():
    """Another story's headline with its date or a figure ("How the fragmented world of mobile
    wallets will sow confusion 11/03/2012", Dragnet), on the same subject as the story."""
    line = "How 30 handbell choirs will ring in the new year 11/03/2012"
    text = draft(*HANDBELLS, line)
    assert line_of(text, line) in flagged_lines(text)


def test_a_blogger_s_kiss_signing_the_post_is_the_story_s():
    text = draft(
        "The winter solstice is the time to wassail, a medieval drinking ritual to ensure a good cider harvest the following year.",
        "Slice the apple and orange and put them in a pan with the apple juice, the cinnamon sticks and the other spices.",
        "Heat up the mixture, simmer it gently, then pour it into a favourite mug and toast your apple tree outside.",
        "Merry Christmas",
        "Sam x",
    )
    assert line_of(text, "Sam x") not in flagged_lines(text)


RULES = [
    "Club Rules",
    "These rules come into force on 1 January 2013 and apply to every member and guest of the club.",
    "Rule 8 - Site Cleanliness",
    "All members are responsible for the removal of their own rubbish and crash debris from the flying field.",
    "Rule 9 - Smoking Policy",
    "Smoking in the club house is strictly forbidden, and members are expected to smoke responsibly outside.",
    "Rule 10 - Changes to Rules",
]


def test_the_last_of_a_club_s_named_rules_is_the_story_s():
    text = draft(*RULES)
    assert line_of(text, "Rule 10 - Changes to Rules") not in flagged_lines(text)


def test_a_named_part_with_no_neighbour_in_its_series_is_still_flagged():
    text = draft(*PARAGRAPHS, "Chapter 4 - Beyond the Budget")
    assert line_of(text, "Chapter 4 - Beyond the Budget") in flagged_lines(text)


def test_a_page_s_last_updated_stamp_is_flagged():
    text = draft(*PARAGRAPHS, "page last updated: 20/02/2020")
    assert codes_on(text, "page last updated: 20/02/2020") == ["BP003"]


PRODDY = [
    "The traditional and homely craft of proddy mat making began in the north of England, where it was an early kind of rug hooking.",
    "In the most traditional proddy mats, short pieces of wool are poked through the backing from the back to form a thick pile.",
    "Join us for a whole day of proddy techniques at the workshop: bring a project of your own or choose one of the teacher's.",
]


def test_a_past_event_banner_is_flagged_and_the_title_under_the_skip_link_is_not():
    text = draft("Skip to main content", "Traditional Proddy & Beyond Workshop", "THIS EVENT IS PAST.", *PRODDY)
    assert codes_on(text, "THIS EVENT IS PAST.") == ["BP003"]
    assert codes_on(text, "Skip to main content") == ["BP003"]
    assert line_of(text, "Traditional Proddy & Beyond Workshop") not in flagged_lines(text)
