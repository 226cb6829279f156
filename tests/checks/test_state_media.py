"""State media (SM): the seed, the labelled dev set, and that clean text stays quiet."""

from __future__ import annotations

import json
from pathlib import Path

from newslint.api import lint_text

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def sm(text: str) -> list[tuple[str, str]]:
    return [(d.code, text[d.start : d.end]) for d in lint_text(text, path="x.txt", select=["SM"]).diagnostics]


def test_seed_001_footnote_marker_and_branding():
    text = (SEEDS / "001_4974886d6af128ab.txt").read_text(encoding="utf-8")
    found = sm(text)
    assert ("SM001", "*The Taliban is a terrorist group banned in Russia and many other countries.") in found
    assert ("SM002", "Taliban*") in found
    assert ("SM006", "- Sputnik International, 1920") in found
    assert ("SM006", "- Sputnik International, 1920, 09.08.2021") in found
    assert len(found) == 4


def test_other_seeds_have_no_state_media_findings():
    for name in ("000_15ed5231e2ee217b.txt", "002_06ed15e855302c2b.txt"):
        assert sm((SEEDS / name).read_text(encoding="utf-8")) == [], name


def test_label_appended_to_a_content_line_is_found_in_place():
    text = "Do you think Ritchson is a good choice for Gloss? *Meta запрещена в России"
    assert sm(text) == [("SM001", "*Meta запрещена в России")]


def test_mandated_labels_dev_set(shared_data):
    from benchmarks.common import score_spans

    recs = [json.loads(line) for line in (shared_data / "state-media-labels" / "tests.jsonl").open(encoding="utf-8")]
    preds = [lint_text(r["text"], path="x.txt", select=["SM"]).diagnostics for r in recs]
    res = score_spans(recs, preds, "state-media")
    assert res["recall"] >= 0.9, res["false_negatives"]
    assert res["clean_docs_flagged"] == 0, res["false_positives"]


def test_markdown_footnote_written_as_a_star_list_item():
    text = "Он выступил в эфире.\n\n* Минюст признал иноагентами\n"
    res = lint_text(text, path="x.md", format="markdown", select=["SM"])
    assert [text[d.start : d.end] for d in res.diagnostics] == ["Минюст признал иноагентами"]
    bullets = "Reading list:\n\n* foreign agent novels (two)\n* spy stories\n"
    assert lint_text(bullets, path="x.md", format="markdown", select=["SM"]).diagnostics == []
