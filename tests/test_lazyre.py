from newslint.lazyre import lazy


def test_lazy_pattern_compiles_on_first_use_and_behaves_like_a_pattern():
    p = lazy(r"(\w+) (\w+)")
    assert p._compiled is None
    assert p.search("hello world").group(2) == "world"
    assert p._compiled is not None
    assert [m.span() for m in p.finditer("a b c d")] == [(0, 3), (4, 7)]
    assert p.pattern == r"(\w+) (\w+)" and p.groups == 2
    assert p.sub(r"\2 \1", "a b") == "b a"
