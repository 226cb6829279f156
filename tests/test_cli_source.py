"""`newslint source NAME|DOMAIN`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newslint.cli import main


def run(*args):
    return CliRunner().invoke(main, ["source", *args])


def test_state_affiliated_outlet_with_rating_scale_and_sources():
    r = run("Sputnik")
    assert r.exit_code == 0, r.output
    assert "sputniknews.com" in r.output
    assert "state-affiliated media" in r.output
    assert "0 = lowest quality, 1 = highest" in r.output
    assert "EU Council Regulation" in r.output
    assert "pgad286" in r.output and "CC BY-SA 4.0" in r.output


def test_domain_or_url_and_public_broadcaster():
    r = run("https://www.bbc.co.uk/news/world-1")
    assert r.exit_code == 0
    assert r.output.startswith("BBC\n")
    assert "editorially independent" in r.output


def test_ambiguous_name_lists_every_outlet():
    r = run("The", "Times")
    assert r.exit_code == 0
    assert "ambiguous" in r.output
    assert "The New York Times" in r.output and "thetimes.co.uk" in r.output


def test_domain_known_only_from_ratings():
    r = run("infowars.com")
    assert r.exit_code == 0 and "low-rated" in r.output


def test_unknown_outlet_exits_1_with_a_suggestion():
    r = run("Daily Telegrap")
    assert r.exit_code == 1
    assert "Daily Telegraph" in r.output
    assert run("nothing-here.example").exit_code == 1


def test_json_format():
    r = run("--format", "json", "IBTimes")
    data = json.loads(r.output)
    (o,) = data["outlets"]
    assert o["name"] == "International Business Times" and o["domain"] == "ibtimes.com"
    assert o["state_affiliated"] is False and o["rating"] is not None
    assert "ratings" in data["sources"]
