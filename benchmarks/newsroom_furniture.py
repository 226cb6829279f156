"""A reporter's or a wire's own furniture, for ``benchmarks/boilerplate.py``: each line is inserted
into clean bbc-dev stories where a draft puts it, and the benchmark counts the insertions that draw
any boilerplate finding -- every one a false alarm, since none of it came from a web page.

Written from newsroom practice (wire and press-release conventions, BBC and Reuters house style),
not from labelled data, in the same session as the rules that leave most of it alone
(2026-11-21, thirteenth session; ``newslint/checks/boilerplate/newsroom.py``): a check that keeps
those rules from regressing, not an estimate of the false-alarm rate on unseen drafts.  "deck" is
the story's own first sentence cut to twelve words, put under the headline without its full stop.
"""

from __future__ import annotations

import re

from benchmarks.template_furniture import POSITIONS

# (position, line): top = before the headline, after-head = between the headline and the lead,
# end = after the story
ITEMS = [
    # kickers naming the genre of the piece
    ("top", "ANALYSIS"), ("top", "Opinion"), ("top", "EXCLUSIVE"), ("top", "Explainer"), ("top", "Fact check"),
    ("top", "Obituary"), ("top", "Review"), ("top", "Interview"), ("top", "Op-ed"),
    # notes to the reader and newsroom metadata
    ("top", "Editor's note: This story contains details some readers may find upsetting."),
    ("top", "Correction: An earlier version of this story gave the wrong date for the vote."),
    ("top", "SLUG: budget-vote"), ("top", "EMBARGOED UNTIL 00:01 GMT 20 NOVEMBER 2026"),
    # under the headline
    ("after-head", "deck"), ("after-head", "By Jane Smith"), ("after-head", "By Jane Smith, Business reporter"),
    ("after-head", "20 November 2026"), ("after-head", "Word count: 650"),
    ("after-head", "Update: This story has been updated with comment from the company."),
    # after the story
    ("end", "\u2014 Jane Smith, Business reporter"), ("end", "\u2014Jane Smith"), ("end", "-- Jane Smith in London"),
    ("end", "ENDS"), ("end", "-ends-"), ("end", "###"), ("end", "-30-"),
    ("end", "Additional reporting by Tom Brown in Paris; editing by Ann Lee"),
    ("end", "Reporting by Jane Smith; Editing by Tom Brown"),
    ("end", "Correction: An earlier version of this story misstated the company's profit."),
    ("end", "Jane Smith is the BBC's business reporter."),
    ("end", "Contact the reporter: jane.smith@example.com"),
]


def deck(paras: list[str]) -> str:
    first = re.split(r"(?<=[.!?])\s", paras[0])[0].rstrip(".")
    return " ".join(first.split()[:12])


def draft(pos: str, line: str, headline: str, body: list[str]) -> str:
    if line == "deck":
        line = deck(body)
    return "\n\n".join(POSITIONS[pos](line, headline, body)) + "\n"
