"""Picture credits and file names, and their look-alikes: a caption that opens with "Photo:" but
names no source, and a link whose address ends like a camera's file name."""

from __future__ import annotations

import pytest

from council_story import HEADLINE, PARAGRAPHS, flagged_lines


def _inside(line: str) -> str:
    return "\n\n".join([HEADLINE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) + "\n"


def test_a_credit_run_into_a_caption_names_its_source_first():
    assert flagged_lines(_inside("Photo: Reuters A man walks past the flooded town hall in Leeds on Sunday morning")) == {5}
    assert flagged_lines(_inside("© Photo : Twitter / @CENTCOM Sailors load supplies onto the ship before it leaves the port")) == {5}


def test_a_caption_labelled_photo_is_the_storys():
    # the caption itself after the label: a child's name and age, a sentence
    assert flagged_lines(_inside("Photo: Courtney, aged 6, with a bat detector and the club's mascot at the start of the river walk.")) == set()
    assert flagged_lines(_inside("IMAGE: The mayor and a newly housed family make acquaintance at the town hall. (Credit: Ann Lee)")) == set()


def test_a_links_address_ending_like_a_file_name_is_no_picture():
    links = ["- http://www.councilwalks.com/", "- http://www.example.org/", "- http://www.example.com/site/whats-on/guided-walks-heritage-coast-centre-p499223"]
    text = _inside(PARAGRAPHS[1] + " The following sites will help.\n" + "\n".join(links))
    assert flagged_lines(text) == set()
    # a camera's file name left where the picture was is still flagged
    assert flagged_lines(_inside("2_IMG_9147")) == {5}


def test_a_site_builder_s_name_for_a_picture_is_flagged_and_its_caption_is_not():
    # a page made with a site builder names each picture "Stacks Image 349"; the tutor's name under
    # it is the picture's caption and the course's heading
    text = "\n\n".join(
        [
            HEADLINE, PARAGRAPHS[0], "Stacks Image 358", "Philippa Rader", PARAGRAPHS[1],
            "Stacks Image 352", "Dieter Rader", *PARAGRAPHS[2:],
        ]
    ) + "\n"
    rows = text.split("\n")
    got = flagged_lines(text)
    assert {rows.index("Stacks Image 358") + 1, rows.index("Stacks Image 352") + 1} <= got
    assert rows.index("Philippa Rader") + 1 not in got
    assert rows.index("Dieter Rader") + 1 not in got


def test_a_numbered_photo_label_alone_is_flagged_a_sentence_about_a_photo_is_not():
    assert flagged_lines(_inside("Photo 3")) == {5}
    assert flagged_lines(_inside("The photo was one of 3 taken by the warden on the night of the flood.")) == set()



def _over_subheading(line: str) -> str:
    """``line`` between the first paragraph and a subheading, where no test of position flags it."""
    return "\n\n".join([HEADLINE, PARAGRAPHS[0], line, "Training sessions", *PARAGRAPHS[1:]]) + "\n"


@pytest.mark.parametrize(
    "name",
    [
        "IMG 8556",  # the camera's name, its underscore made a space when the site titled the picture
        "DSC 01234",
        "Pro lesson 1024x576",  # a resized copy's name: the words of its file name and its size
        "fives court 768x512",
        "Image 23 2 2024 at 11 23 am",  # a phone's name for a saved picture, its date and time
        "Screen Shot 2018-11-07 at 2.09.55 PM",  # a screenshot's name, its extension dropped
        "Screenshot 2023-05-01 at 10.15.22",
        "picture of clouds from space",  # a picture's alt text, left where the picture was
        "Photo of apricots on tree branches.",
        "graphic of space shuttle, fireworks and astronaut",
        "Article image",  # a placeholder for the picture, as the site labels it
        "Featured image",
    ],
)
def test_a_picture_s_name_as_the_site_titled_it_is_flagged(name):
    assert flagged_lines(_over_subheading(name)) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "Photo of the Week",  # a feature's name
        "Picture of health: how the town's clinics fared in the winter",
        "Photo of the suspect released by police after the break-in at the school on Monday night",
    ],
)
def test_a_line_opening_like_an_alt_text_that_is_not_one_is_left_alone(line):
    assert flagged_lines(_over_subheading(line)) == set()


def test_a_picture_s_placeholder_repeated_over_the_headline_is_flagged_each_time():
    text = "\n\n".join(["Article image"] * 3 + [HEADLINE, *PARAGRAPHS]) + "\n"
    assert flagged_lines(text) == {1, 3, 5}


@pytest.mark.parametrize(
    "line",
    [
        "Screen resolution: 1920x1080",  # a specification's field
        "Sheets of 210x297",
        "Images 23 2 2024",
        "Image rights",
        "Main image",
    ],
)
def test_a_line_about_a_picture_or_a_size_is_not_a_picture_s_name(line):
    assert flagged_lines(_over_subheading(line)) == set()


@pytest.mark.parametrize(
    "credit",
    [
        "Image via Cartoon Network",  # "via" between the label and the source
        "Photo credit www.aljazeera.com",  # the source a site's address
        "Photo courtesy of James Barker at FreeDigitalPhotos.net",
        "A. Majeed—AFP",  # the photographer and the agency, an em dash between
        "Courtesy of Drone Racing League",  # the label alone, no "photo" before it
        "All pictures by Tom Craven.",  # the whole set's credit, closed by a full stop
        "Images from TikTok.",
    ],
)
def test_a_lone_credit_says_via_courtesy_of_or_names_a_site(credit):
    from council_story import codes_on

    assert flagged_lines(_inside(credit)) == {5}
    assert codes_on(_inside(credit), credit) == ["BP007"]


@pytest.mark.parametrize(
    "line",
    [
        "Images via satellite show the flooded valley",  # no source named in capitals
        "Photo courtesy of the family",  # the family's picture: the caption's own words
        "Image courtesy of the council at its archive",
        # in brackets under the picture: the extraction benchmark's gold keeps it as the story's
        "(Image credit: All About Space)",
        "(Image courtesy of James Barker at FreeDigitalPhotos.net)",
        "Courtesy of the family",
        "Pictures from the scene.",  # no source named in capitals
        "Photos from Gaza show the damage.",  # a sentence about pictures
        "Courtesy of Drone Racing League, the race went ahead.",
    ],
)
def test_a_line_that_reads_like_a_lone_credit_but_names_no_source_is_the_storys(line):
    assert flagged_lines(_inside(line)) == set()


def test_a_lone_credit_under_a_bare_source_label_is_still_flagged():
    # "Source" names no one, so the credit under it is not the story's own credits' pair
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Source", "Photo credit www.aljazeera.com"]) + "\n"
    assert 2 * len(PARAGRAPHS) + 5 in flagged_lines(text)
