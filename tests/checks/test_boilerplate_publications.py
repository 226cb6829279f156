"""A publication's own parts that look like a page's furniture: its series and number over the
title ("Cooperative Extension Bulletin E363"), the heading of its abstract in a second language
("Résumé"). Written for the test, after the shape of extension bulletins and bilingual journals."""

from __future__ import annotations

import pytest

from council_story import draft, flagged_lines, line_of

TITLE = "Active Frost Protection Methods for Your Orchard"
STORY = [
    "The economic sustainability of an orchard requires maintaining the annual production of fruit at an "
    "optimal level. Frost during bloom can destroy a season's crop in a single night.",
    "There are two types of frost protection methods: active, which is employed at the time of frost events, "
    "and passive, which is planned long before them, such as the choice of the orchard's site.",
]


@pytest.mark.parametrize(
    "number",
    ["Cooperative Extension Bulletin E363", "Circular 701", "Fact Sheet FS1289", "Extension Publication No. 45"],
)
def test_a_bulletin_s_series_and_number_over_its_title_are_its_own(number):
    text = draft("Skip Navigation", "Menu", number, TITLE, *STORY)
    assert line_of(text, number) not in flagged_lines(text)
    assert line_of(text, "Skip Navigation") in flagged_lines(text)


ABSTRACT = (
    "Invasive species have long been recognized as a serious threat to freshwater ecosystems. This is "
    "especially true for crayfish, which alter the habitats they invade and the food webs of the lakes."
)
RESUME = (
    "Il est établi depuis longtemps que les espèces envahissantes constituent une menace sérieuse pour "
    "les écosystèmes d'eau douce, et c'est particulièrement vrai pour les écrevisses."
)


def test_the_heading_of_an_abstract_in_a_second_language_is_the_paper_s():
    text = draft("The hidden risk of keystone invaders in Canada", "Abstract", ABSTRACT, "Résumé", RESUME)
    assert line_of(text, "Résumé") not in flagged_lines(text)
