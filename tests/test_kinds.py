"""YAML rule kinds: behaviour shared by every rule of a kind."""

from __future__ import annotations

from newslint import config as cfg
from newslint.api import load_registry
from newslint.config import Config
from newslint.document import read_document
from newslint.engine import Linter


def _rule(code: str):
    linter = Linter(cfg.with_overrides(Config(), select=[code]), load_registry())
    [(info, rule)] = linter.rules
    return linter, rule


def test_existence_requires_gates_the_whole_document_once(monkeypatch):
    """A rule with ``requires`` looks at no block of a document that holds none of its literals
    (one scan of the text instead of one per block), and still finds them where they are."""
    linter, rule = _rule("TY016")
    calls = []
    original = rule.check_block

    def spy(block, ctx):
        calls.append(block.index)
        return original(block, ctx)

    monkeypatch.setattr(rule, "check_block", spy)
    clean = read_document("Budget\n\nThe vote passed.\n\nThe mayor - and the council - agreed.\n", "a.txt")
    assert list(rule.check(clean, linter.context)) == []
    assert calls == []
    dashed = read_document("Budget\n\nThe vote passed.\n\nThe vote -- the first in years -- passed.\n", "b.txt")
    found = list(rule.check(dashed, linter.context))
    assert [dashed.prose[f.span.start : f.span.end].strip() for f in found] == ["--", "--"]
    assert calls  # the blocks were looked at


def _existence(data: dict):
    from newslint.kinds import load_rule_file

    info = load_rule_file("test.yaml", {"code": "TY999", "name": "test-rule", "category": "typography",
                                        "kind": "existence", "summary": "A test rule.", **data})
    return info.factory(None)


def _found(rule, text: str, path: str = "a.txt") -> list[tuple[int, int, str]]:
    doc = read_document(text, path)
    return [(f.span.start, f.span.end, f.message) for f in rule.check(doc, None)]


def test_existence_gate_selects_blocks_and_a_bad_gate_is_reported():
    import pytest

    from newslint.errors import RuleError

    rule = _existence({"patterns": ["b+"], "gate": "x"})
    # the pattern runs only in blocks where the gate matches
    assert [s for s, _, _ in _found(rule, "Head\n\nbb here\n\nx and bb\n")] == [21]
    assert _found(rule, "Head\n\nbb here\n") == []
    with pytest.raises(RuleError, match="gate"):
        _existence({"tokens": ["b"], "gate": "x"})
    with pytest.raises(RuleError, match="gate"):
        _existence({"patterns": ["b"], "gate": "("})


TY001_TEXTS = [
    "Admiral Mike Mullen, the chairman of the U.S Joint Chiefs of Staff, spoke.",
    "The meeting starts at 10 a.m on Monday. Several countries, e.g France and Spain, objected.",
    "U.S\nJoint\n\nThe U.S. and U.K. met.\nVisit ibtimes.com or t.co for more. U.S.-Afghan forces.",
    "x@a.b c/d.e f.g.h.i j.K\n\nA.B\nC.D.\nE.F",
]


def test_ty001_gate_loses_no_finding():
    """TY001 with its gate finds what its pattern alone finds, in every format."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    linter, rule = _rule("TY001")
    assert rule.gate is not None
    plain = _existence({"patterns": [p.pattern for p in rule.patterns], "ignorecase": False,
                        "fix": rule.fix_template, "message": rule.message})

    def same(text: str, path: str) -> None:
        assert _found(rule, text, path) == _found(plain, text, path)

    for text in TY001_TEXTS:
        for path in ("a.txt", "a.md", "a.html"):
            same(text, path)
            same(text.replace("\n", "\n\n"), path)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(["U", "S", "a", "m", "é", ".", ". ", "\n", "\n\n", " ", "@", "/", "1", "-", "x"]),
                    max_size=30))
    def random_texts(pieces):
        same("".join(pieces), "a.txt")

    random_texts()
    assert _found(rule, TY001_TEXTS[0])  # the texts do hold findings


def test_ty012_requires_every_character_its_pattern_matches():
    """TY012's ``requires`` (its fast gate) lists exactly the characters its patterns can flag
    (between two letters, for the joiners that only count there): no text that a pattern would
    flag is skipped."""
    linter, rule = _rule("TY012")
    assert len(rule.patterns) == 2
    matched = {c for c in map(chr, range(0x110000)) if any(p.search(f"a{c}a") for p in rule.patterns)}
    assert matched == set(rule.requires)


def test_existence_requirement_test_agrees_with_substring_search():
    """The document-wide ``requires`` test (characters first, then substrings) answers what
    ``any(lit in text for lit in requires)`` answers."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list(" \t,;:!?.()[]-xé\u200b"))
    rules = [_rule(code)[1] for code in ("TY003", "TY005", "TY009", "TY012", "TY015", "TY016")]
    rules.append(_existence({"patterns": ["x"], "requires": ["ab", "b", "\t;", "é("]}))

    @settings(max_examples=400, deadline=None)
    @given(st.lists(alphabet, max_size=30).map("".join))
    def agree(text):
        for rule in rules:
            assert rule._text_holds_a_requirement(text) == any(lit in text for lit in rule.requires)

    agree()
    assert rules[0]._text_holds_a_requirement("He said , then left")


def _substitution(data: dict):
    from newslint.kinds import load_rule_file

    info = load_rule_file("test.yaml", {"code": "GR999", "name": "test-rule", "category": "grammar",
                                        "kind": "substitution", "summary": "A test rule.", **data})
    return info.factory(None)


def test_substitution_requires_and_gate_select_blocks_and_are_validated():
    import pytest

    from newslint.errors import RuleError

    rule = _substitution({"regex": True, "swap": {"b+": "c"}, "requires": ["x"]})
    assert [s for s, _, _ in _found(rule, "Head\n\nbb here\n\nx and bb\n")] == [21]
    assert _found(rule, "Head\n\nbb here\n") == []
    rule = _substitution({"regex": True, "swap": {"b+": "c"}, "gate": "x"})
    assert [s for s, _, _ in _found(rule, "Head\n\nbb here\n\nx and bb\n")] == [21]
    assert _found(rule, "Head\n\nbb here\n") == []
    with pytest.raises(RuleError, match="requires"):
        _substitution({"swap": {"b": "c"}, "requires": ["b"]})
    with pytest.raises(RuleError, match="gate"):
        _substitution({"swap": {"b": "c"}, "gate": "b"})
    with pytest.raises(RuleError, match="requires"):
        _substitution({"regex": True, "swap": {"b": "c"}, "requires": [""]})
    with pytest.raises(RuleError, match="gate"):
        _substitution({"regex": True, "swap": {"b": "c"}, "gate": "("})


GR_TEXTS = [
    "The police could of stopped it. He should of known, they wouldn't of agreed, she couldn’t of.",
    "Someone must of seen the car; a must of any tour; would of course. Its a deal, its been a year.",
    "Its not clear. The firm and its not inconsiderable debts. It's own goal; it’s own staff; Its an idea.",
    "MUST OF. Could of\ncourse. its a-list. Its. been. its\nbeen it's\nown",
    # one literal per block: a block is skipped only if it lacks every literal
    "Its not clear.\n\nThey could of.\n\nMust of.\n\nmustn't of\n\nits been a year\n\nit’s own.\n\nIt's own.\n\nits an",
]


def test_gr003_gr004_requires_lose_no_finding():
    """GR003 and GR004 with their ``requires`` find what their regexes alone find, in every format."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pairs = []
    for code in ("GR003", "GR004"):
        linter, rule = _rule(code)
        assert rule.requires
        plain = _substitution({"regex": True, "ignorecase": False, "message": rule.message,
                               "swap": {p.pattern: list(c) for p, c in rule.patterns}})
        pairs.append((rule, plain))

    def same(text: str, path: str) -> None:
        for rule, plain in pairs:
            assert _found(rule, text, path) == _found(plain, text, path)

    for text in GR_TEXTS:
        for path in ("a.txt", "a.md", "a.html"):
            same(text, path)
            same(text.replace(" ", "\n"), path)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(["could", "Would", "sh", "ould", "must", "M", "n't", "n’t", " of", " ", "\n",
                                     "\n\n", "I", "i", "ts", "Its not", "its a", "could of", "t's", "t’s", " a", " an", " been", " not", " own",
                                     ".", "-", "course", "the ", "x"]), max_size=25))
    def random_texts(pieces):
        same("".join(pieces), "a.txt")

    random_texts()
    assert all(_found(rule, GR_TEXTS[0]) or _found(rule, GR_TEXTS[1]) for rule, _ in pairs)


def test_fix_templates_expand_group_references_and_keep_plain_text():
    """A template with a group reference is expanded per match; one without a backslash is used as
    written (Match.expand would give the same string: Python's template escapes all start with one)."""
    import re

    m = re.search("(a)(b)", "xab")
    for plain in ["plain", "$1", "g<1>", "x&y", "{0}", "%s", "", "‘quoted’"]:
        assert m.expand(plain) == plain

    grouped = _existence({"patterns": [r"\b(U\.S)(?= )"], "fix": r"\1.", "message": "'{match}': '{fix}'"})
    literal = _existence({"patterns": [r"\bUS of A\b"], "fix": "United States", "message": "'{match}': '{fix}'"})
    text = "The U.S Joint command and the US of A."
    assert [f.suggestions for f in grouped.check(read_document(text, "a.txt"), None)] == [("U.S.",)]
    assert [f.suggestions for f in literal.check(read_document(text, "a.txt"), None)] == [("United States",)]
    swap = _substitution({"regex": True, "swap": {r"\b(could|would) of\b": [r"\1 have", "plain"]}})
    got = [f.suggestions for f in swap.check(read_document("We could of won.", "a.txt"), None)]
    assert got == [("could have", "plain")]


def test_a_run_of_repeats_is_one_finding_with_one_fix():
    """"the the the" is one slip: one finding over the whole run, and one fix that leaves one word
    (a finding per pair would overlap, and --fix could apply only every other one per round)."""
    from newslint.api import lint_text
    from newslint.engine import apply_fixes

    cases = {
        "He said that the the the plan was good.": ("the the the", "He said that the plan was good."),
        "Talks resume in in in in March.": ("in in in in", "Talks resume in March."),
        "It was was the best day.": ("was was", "It was the best day."),
        "They met on on\tOn Monday.": ("on on\tOn", "They met on Monday."),
    }
    for text, (match, fixed) in cases.items():
        found = lint_text(text, select=["TY002"]).diagnostics
        assert [text[d.start:d.end] for d in found] == [match], text
        assert apply_fixes(text, found) == (fixed, 1), text
    # two runs in one sentence stay two findings; an exception word never starts a run
    found = lint_text("The the the council had had a a plan.", select=["TY002"]).diagnostics
    assert [d.message for d in found] == ["'The' is repeated", "'a' is repeated"]


def test_repetition_exception_only_after_a_clause_word():
    """'is is' is legitimate after a wh-clause ("What it is is a budget") and a slip elsewhere ("The TUC
    is is calling"): ``exceptions-after`` lets a word repeat only when one of its words opens the
    sentence's clause before it."""
    from newslint.api import lint_text

    slips = ["The TUC is is calling on the government.", "He said the price is is too high. All good."]
    fine = [
        "What it is is a budget for growth.",
        "All he wants is is a seat.",  # a clause word earlier in the sentence
        "Where the money went is is unclear, he said.",
    ]
    for text in slips:
        (d,) = lint_text(text, select=["TY002"]).diagnostics
        assert text[d.start:d.end] == "is is", text
    for text in fine:
        assert lint_text(text, select=["TY002"]).diagnostics == [], text
    # the clause word must be in the same sentence
    (d,) = lint_text("What next? The plan is is late.", select=["TY002"]).diagnostics
    assert d.message == "'is' is repeated"


def test_repetition_exceptions_after_must_map_words_to_lists():
    import pytest

    from newslint.errors import RuleError
    from newslint.kinds import load_rule_file

    base = {"code": "TY999", "name": "r", "category": "typography", "kind": "repetition", "summary": "s"}
    for bad in (["is"], {"is": "what"}, {"is": [1]}):
        with pytest.raises(RuleError, match="exceptions-after"):
            load_rule_file("test.yaml", {**base, "exceptions-after": bad}).factory(None)
    rule = load_rule_file("test.yaml", {**base, "exceptions-after": {"Is": ["WHAT"]}}).factory(None)
    assert _found(rule, "What it is is fine. It is is not.") == [(23, 28, "s")]


def test_english_only_leaves_text_in_another_language_alone():
    """``english-only: true`` drops a rule's findings in blocks the language guard takes for another
    language (the guard of the grammar rules), and keeps them in English ones; any kind may ask."""
    import pytest

    from newslint.errors import RuleError
    from newslint.kinds import load_rule_file

    english = "The minister said the talks would resume on Monday, and the unions agreed to the plan. Zzz."
    german = "Der Minister sagte, die Gespräche würden am Montag fortgesetzt, und die Gewerkschaften stimmten dem Plan zu. Zzz."
    text = english + "\n\n" + german
    for kind, extra in (("existence", {"tokens": ["zzz"]}), ("repetition", {})):
        base = {"code": "TY999", "name": "r", "category": "typography", "kind": kind, "summary": "s", **extra}
        probe = text.replace("Zzz.", "zzz zzz.") if kind == "repetition" else text
        everywhere = _found(load_rule_file("test.yaml", base).factory(None), probe)
        english_only = _found(load_rule_file("test.yaml", {**base, "english-only": True}).factory(None), probe)
        assert len(everywhere) == 2, kind
        assert english_only == [x for x in everywhere if x[0] < len(english)], kind
        with pytest.raises(RuleError, match="english-only"):
            load_rule_file("test.yaml", {**base, "english-only": "yes"}).factory(None)
