"""Plain text: the test that lets the source stand as prose (no CR, no directive comment) answers
what its plain form (one alternation, which the regex engine tries at every position) answers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import plain

NEEDS_MAP = re.compile(r"\r|<!--\s*newslint-")  # the plain form of the test
PIECES = ["x", " ", "\n", "\r", "\r\n", "<!--", "<!-- ", "newslint-", "<!-- newslint-disable TY001 -->",
          "<!--newslint-enable-->", "<!-\n- newslint-", "-->", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20))
def test_needs_map_matches_the_plain_test(pieces):
    source = "".join(pieces)
    assert plain.needs_map(source) == (NEEDS_MAP.search(source) is not None)
    prose, offsets = plain.build_prose(source)
    if not plain.needs_map(source):
        assert prose is source and offsets.is_identity
