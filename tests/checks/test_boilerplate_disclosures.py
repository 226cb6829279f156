"""A review or shopping site's disclosure of its affiliate links, however it is worded: the site
says that it, or the writer, may earn from the links on the page.  Written for the test, after the
wordings seen in unseen samples 95 to 180."""

from __future__ import annotations

import pytest

from council_story import between_paragraphs, codes_at, codes_on, findings_at

DISCLOSURES = [
    "We select and review products independently. If you buy through affiliate links, we may earn "
    "commissions, which help support our testing.",
    "Every editorial product is independently selected, though we may be compensated or receive an "
    "affiliate commission if you buy something through our links.",
    "When you shop through retailer links on our site, we may earn affiliate commissions. 100% of the "
    "fees we collect are used to support our nonprofit mission.",
    "Our posts contain affiliate links. Sometimes, not always, we may make $$ when you make a purchase "
    "through them.",
    "Disclaimer: Some pages on this site may include an affiliate link. This does not effect our "
    "editorial in any way.",
    "All products featured are independently chosen by us. However, the site may receive a commission "
    "on orders placed through its retail links.",
]


@pytest.mark.parametrize("line", DISCLOSURES)
def test_an_affiliate_disclosure_over_the_story(line):
    assert codes_at(line, "top") == ["BP008"]


@pytest.mark.parametrize("line", DISCLOSURES[:3])
def test_an_affiliate_disclosure_between_paragraphs(line):
    assert codes_on(between_paragraphs(line), line) == ["BP008"]


@pytest.mark.parametrize("line", [
    # the story's sentences about affiliate links and commissions, in the third person
    "The regulator said influencers must tell their followers when they use affiliate links and may "
    "earn a commission on sales.",
    "Retailers pay the sites a commission on each sale, and shoppers are rarely told.",
    "The commission said it would review the products independently before the vote.",
    "He said the councillors were not compensated for their time on the panel.",
])
def test_a_story_about_affiliate_links_is_prose(line):
    assert "BP008" not in codes_on(between_paragraphs(line), line)


def test_a_long_disclosure_box_says_what_it_is_first():
    line = ("We sustain our operations through affiliate commissions and advertising. If you click on an "
            "affiliate link and make a purchase, we may receive a commission from the merchant at no "
            "additional cost to you. We also display advertisements on our website, which help generate "
            "revenue to support our work and keep our content free for readers. Our editorial team "
            "operates independently of our advertising and affiliate partnerships to ensure that our "
            "content remains unbiased and focused on providing you with the best information and "
            "recommendations based on independent research, testing, and analysis in line with our "
            "editorial guidelines, which every writer on the team follows.")
    assert len(line.split()) > 60
    assert codes_at(line, "top") == ["BP008"]


def test_a_long_paragraph_mentioning_affiliate_links_late_is_prose():
    line = ("The council's economic development team met traders on Monday to discuss the plans for the "
            "market square, which have been delayed twice. Traders said footfall had fallen since the "
            "car park closed, and that the new bus route had not brought the visitors they were "
            "promised. The team said it would publish a survey in the spring. One trader, who runs a "
            "gift shop, said she now sold most of her stock online, and that our town's website "
            "pointed visitors to national chains through affiliate links instead of local shops.")
    assert len(line.split()) > 60
    assert "BP008" not in codes_on(between_paragraphs(line), line)


SITE_DISCLAIMERS = [
    # a site's disclaimer under every post (unseen samples 98, 164, 173 and 220)
    "Financial Disclaimer: This article is for educational purposes only and does not constitute financial advice. "
    "Consult a qualified professional before making decisions.",
    "The information on this site is provided for general informational and educational purposes only. It is not a "
    "substitute for professional advice.",
]


@pytest.mark.parametrize("line", SITE_DISCLAIMERS)
def test_a_site_s_disclaimer_between_paragraphs_is_flagged_and_named(line):
    assert codes_on(between_paragraphs(line), line) == ["BP008"]
    assert [m for _, m in findings_at(line, "end") if "site's disclaimer" in m]


@pytest.mark.parametrize("line", [
    "The regulator said the leaflet does not constitute financial advice under the rules.",
    "The course is offered for educational purposes only, the college said.",
])
def test_a_story_s_sentence_about_advice_is_prose(line):
    assert "BP008" not in codes_on(between_paragraphs(line), line)
