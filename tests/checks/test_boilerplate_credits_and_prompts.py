"""A label over the pictures' credits, a petition's share prompt, a document site's wall for
registered users and a site theme's buttons.  Written for the test, after the shapes seen in unseen
samples 155 to 168."""

from __future__ import annotations

import pytest

from council_story import codes_at, codes_on, between_paragraphs


@pytest.mark.parametrize("line", ["Photographs courtesy of:", "Pictures by:", "Photos supplied by:"])
def test_the_label_over_the_pictures_credits(line):
    assert codes_at(line, "end") == ["BP007"]


def test_a_sentence_about_photographs_is_prose():
    line = "The photographs were taken by:"
    assert "BP007" not in codes_at(line, "end")


def test_share_the_petition():
    assert codes_at("Share the petition!", "end") == ["BP004"]


def test_a_document_site_s_wall_for_registered_users():
    line = "The whole doc is available only for registered users"
    assert codes_on(between_paragraphs(line), line) == ["BP008"]



@pytest.mark.parametrize("line", ["Close this search box.", "Toggle mobile menu visibility"])
def test_a_site_theme_s_buttons(line):
    assert codes_at(line, "top") == ["BP003"]
