"""Typography rules that first ask whether the whole text holds a character their findings need
(a bracket, '&', a mojibake lead character) find exactly what the plain block-by-block check finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.typography.rules import HtmlEntity, Mojibake, UnbalancedBrackets
from newslint.document import read_document
from newslint.rule import Context, Rule

GATED = (UnbalancedBrackets, HtmlEntity, Mojibake)
PIECES = ["(", ")", "[", "]", "&amp;", "&#8217;", "&nope;", "&", "â€™", "Ã©", "Â ", "\ufffd", "ï»¿", "The agency",
          " said", ".", "\n", "\n\n", "a)", " ", ":)", "x"]


def both(rule_cls, text: str, path: str = "a.txt"):
    rule = rule_cls()
    ctx = Context()
    fast = list(rule.check(read_document(text, path), ctx))
    plain = list(Rule.check(rule, read_document(text, path), ctx))  # every block, no document gate
    return fast, plain


def test_gated_rules_agree_with_the_plain_check_on_their_examples():
    for cls in GATED:
        for text in cls.examples.bad + cls.examples.good:
            fast, plain = both(cls, text)
            assert fast == plain
        fast, plain = both(cls, cls.examples.bad[0])
        assert fast  # the gate lets a bad example through


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20), st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_gated_rules_agree_with_the_plain_check(pieces, path):
    text = "".join(pieces)
    for cls in GATED:
        fast, plain = both(cls, text, path)
        assert fast == plain
